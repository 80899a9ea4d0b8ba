"""Errors raised by the core, storage and services.

Each error carries a stable ``code`` so the GUI can show a translated message, and an English
``message`` for the CLI and logs.
"""

from __future__ import annotations


class SmartCityError(Exception):
    """Base class for every error the application expects and explains to the user."""

    code = "error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class ValidationError(SmartCityError):
    """Input that breaks a domain rule. ``field`` names the offending field."""

    code = "invalid"

    def __init__(self, field: str, message: str, **details: object) -> None:
        super().__init__(message, field=field, **details)
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
