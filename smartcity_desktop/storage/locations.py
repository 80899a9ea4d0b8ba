"""Where files live: the default database and this installation's identity.

``SMARTCITY_DATA_DIR`` overrides the platform's user data directory (tests and portable use).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import platformdirs

from .. import APP_ORG

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
        tmp = path.with_suffix(".tmp")
        tmp.write_text(value, encoding="ascii")
        os.replace(tmp, path)
        return value
