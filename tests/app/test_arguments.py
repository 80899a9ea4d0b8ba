"""Which database ``smartcity-desktop`` opens from its command line."""

from __future__ import annotations

import pytest

from smartcity_desktop.app.main import database_argument

URL = "postgresql+psycopg://office:secret@db.example/smartcity"


@pytest.mark.parametrize("args, expected", [
    (["--db", URL], URL),
    ([f"--db={URL}"], URL),
    (["--db", "/data/møte.sqlite"], "/data/møte.sqlite"),
    (["workshop.sqlite"], "workshop.sqlite"),
    (["-style", "fusion", "--db", "b.sqlite"], "b.sqlite"),
])
def test_database_argument(args, expected):
    assert database_argument(args) == expected


def test_environment_then_default(monkeypatch, tmp_path):
    monkeypatch.setenv("SMARTCITY_DB", URL)
    assert database_argument([]) == URL
    monkeypatch.delenv("SMARTCITY_DB")
    monkeypatch.setenv("SMARTCITY_DATA_DIR", str(tmp_path))
    assert database_argument([]).startswith(str(tmp_path))
