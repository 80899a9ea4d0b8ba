"""Fixtures shared by every test (no Qt here; Qt fixtures live in tests/qt/conftest.py)."""

from __future__ import annotations

import pytest

from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test may read or write the user's real data folder (device id, default database)."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SMARTCITY_DATA_DIR", str(data))
    monkeypatch.delenv("SMARTCITY_DB", raising=False)
    return data


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "test.sqlite", device_id="test-device")
    yield database
    database.close()


@pytest.fixture
def project(db):
    return projects.create_project(db, "Green mobility 2030")


@pytest.fixture
def workshop(db, project):
    return projects.create_workshop(db, project.id, "W1", "Kick-off")
