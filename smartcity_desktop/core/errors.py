"""Errors raised by the core, storage and services.

Each error carries an English ``message`` for the CLI and logs, and for the GUI a stable snake_case
``reason`` (what went wrong) with its ``details`` (the values the message names), which
``qt/errors.py`` turns into a translated sentence. The class-level ``code`` is the category (the
default reason).
"""

from __future__ import annotations


class _Details(dict):
    """The details of an error: a plain dict of its parameters, whose ``get("reason")`` and
    ``["reason"]`` still answer the reason given to the constructor. Transitional: some idea
    intake modules read the reason from the details, as before ``reason`` was an attribute;
    once they read ``exc.reason`` this class can go."""

    def __init__(self, reason: str | None, values: dict) -> None:
        super().__init__(values)
        self._reason = reason

    def get(self, key, default=None):
        if key == "reason" and "reason" not in self:
            return self._reason if self._reason is not None else default
        return super().get(key, default)

    def __missing__(self, key):
        if key == "reason" and self._reason is not None:
            return self._reason
        raise KeyError(key)


class SmartCityError(Exception):
    """Base class for every error the application expects and explains to the user."""

    code = "error"

    def __init__(self, message: str, *, reason: str | None = None, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or self.code
        self.details = _Details(reason, details)


class ValidationError(SmartCityError):
    """Input that breaks a domain rule. ``field`` names the offending field."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, reason: str | None = None,
                 **details: object) -> None:
        super().__init__(message, reason=reason, field=field, **details)
        self.field = field


class NotFoundError(SmartCityError):
    code = "not_found"


class DatabaseRefusedError(SmartCityError):
    """A database file that we will not open. Nothing has been written to it."""

    code = "db_refused"


class NotOurFileError(DatabaseRefusedError):
    code = "db_not_ours"


class NewerSchemaError(DatabaseRefusedError):
    code = "db_newer_schema"


class CorruptDatabaseError(DatabaseRefusedError):
    code = "db_corrupt"
