"""Where files live: the default database and this installation's identity.

``SMARTCITY_DATA_DIR`` overrides the platform's user data directory (tests and portable use).

The ``device_id`` file is written here, below the services, because the app and the CLI need
the id to open the database before any service runs. It is written with the app's one atomic
writer, :func:`storage.files.write_text_atomically` (which ``services.files`` re-exports), not
with a copy of it.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import platformdirs

from .. import APP_ORG
from .files import write_text_atomically

APP_DIR_NAME = "smartcity-desktop"
DEFAULT_DB_NAME = "smartcity.sqlite"


def data_dir() -> Path:
    override = os.environ.get("SMARTCITY_DATA_DIR")
    path = Path(override) if override else Path(
        platformdirs.user_data_dir(APP_DIR_NAME, APP_ORG, roaming=False)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def device_id() -> str:
    """This installation's id, made once and kept in the data directory."""
    path = data_dir() / "device_id"
    try:
        value = path.read_text(encoding="ascii").strip()
        uuid.UUID(value)
        return value
    except (FileNotFoundError, ValueError):
        value = str(uuid.uuid4())
        write_text_atomically(path, value, encoding="ascii")
        return value
