"""Errors raised by the core, storage and services.

Each error carries an English ``message`` for the CLI and logs, and for the GUI a stable snake_case
``reason`` (what went wrong) with its ``details`` (the values the message names), which
``qt/errors.py`` turns into a translated sentence. The class-level ``code`` is the category (the
default reason).
"""

from __future__ import annotations


class SmartCityError(Exception):
    """Base class for every error the application expects and explains to the user."""

    code = "error"

    def __init__(self, message: str, *, reason: str | None = None, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or self.code
        self.details = details


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


class DatabaseWriteError(SmartCityError):
    """The database refused a write (a full disk, a read-only file or folder, another program
    holding the lock …). The transaction was rolled back: nothing of it was saved, and the
    file is not damaged. ``reason`` says which: ``disk_full``, ``db_read_only``,
    ``db_locked``, ``db_unreachable`` or ``db_write_failed``."""

    code = "db_write_failed"
