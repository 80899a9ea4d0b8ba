"""A write the database refuses (full disk, read-only file, lock held by another program) comes
out of every service as a DatabaseWriteError that says why, with nothing saved, and the file
still works afterwards. The driver's own error never reaches the user."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from smartcity_desktop import cli
from smartcity_desktop.core.errors import DatabaseWriteError, SmartCityError
from smartcity_desktop.services.ideas import capture, intake
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop import projects

PROBLEMS = [
    ("database or disk is full", "disk_full", "disk is full"),
    ("attempt to write a readonly database", "db_read_only", "read-only"),
    ("database is locked", "db_locked", "Another program"),
    ("unable to open database file", "db_unreachable", "cannot be reached"),
    ("no such savepoint: x", "db_write_failed", "no such savepoint"),
]


def refuse_writes(monkeypatch, message: str) -> None:
    real = intake.IdeaWriter.flush

    def flush(writer):
        real(writer)  # the rows really reach SQLite, then the "disk" refuses
        raise sa.exc.OperationalError("INSERT INTO idea_sdg", {}, Exception(message))

    monkeypatch.setattr(intake.IdeaWriter, "flush", flush)


@pytest.mark.parametrize("message, reason, words", PROBLEMS)
def test_a_refused_write_says_why_and_saves_nothing(db, project, workshop, monkeypatch,
                                                    message, reason, words):
    refuse_writes(monkeypatch, message)
    with pytest.raises(DatabaseWriteError) as caught:
        capture.add_idea(db, workshop.id, IdeaInput("Benches by the river", sdgs=(11,),
                                                    new_theme="Places to rest"))
    assert caught.value.reason == reason
    assert words in caught.value.message and "nothing was saved" in caught.value.message
    assert isinstance(caught.value, SmartCityError)
    assert capture.count_ideas(db) == 0 and projects.list_themes(db, project.id) == []
    # Not damaged: once the disk takes writes again, the same database saves.
    monkeypatch.undo()
    assert capture.count_ideas(db) == 0
    capture.add_idea(db, workshop.id, IdeaInput("Benches by the river"))
    assert capture.count_ideas(db) == 1


def test_the_cli_prints_one_line_and_exits_with_2(tmp_path, monkeypatch, capsys):
    refuse_writes(monkeypatch, "database or disk is full")
    monkeypatch.setattr("sys.argv", ["smartcity", "--db", str(tmp_path / "full.sqlite"), "demo"])
    with pytest.raises(SystemExit) as caught:
        cli.main()
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "Error: The disk is full: nothing was saved. Free some space and try again."
    assert not any("Traceback" in line or "OperationalError" in line for line in err)


# --------------------------------------------------------------------------- opening


OPEN_PROBLEMS = [
    ("database or disk is full", "open_disk_full", "disk is full"),
    ("attempt to write a readonly database", "open_read_only", "read-only"),
    ("database is locked", "open_locked", "in use by another program"),
    ("unable to open database file", "open_unreachable", "cannot be opened"),
]


@pytest.mark.parametrize("message, reason, words", OPEN_PROBLEMS)
def test_a_healthy_file_that_cannot_be_opened_now_is_not_called_damaged(
        tmp_path, monkeypatch, message, reason, words):
    from smartcity_desktop.core.errors import CorruptDatabaseError, DatabaseRefusedError
    from smartcity_desktop.storage import database
    from smartcity_desktop.storage.database import Database

    path = tmp_path / "healthy.sqlite"
    Database.open(path, device_id="d").close()
    before = path.read_bytes()

    def refused(*args, **kwargs):
        raise database.sqlite3.OperationalError(message)

    monkeypatch.setattr(database.sqlite3, "connect", refused)
    with pytest.raises(DatabaseRefusedError) as caught:
        Database.open(path, device_id="d")
    assert caught.value.reason == reason and not isinstance(caught.value, CorruptDatabaseError)
    assert words in caught.value.message and "not damaged" in caught.value.message
    assert "damaged" not in caught.value.message.replace("not damaged", "")
    assert path.read_bytes() == before


def test_a_full_disk_while_creating_the_schema_is_refused_with_the_reason(tmp_path,
                                                                          monkeypatch):
    from smartcity_desktop.core.errors import DatabaseRefusedError
    from smartcity_desktop.storage import database
    from smartcity_desktop.storage.database import Database

    def full(engine):
        raise sa.exc.OperationalError("CREATE TABLE project", {},
                                      Exception("database or disk is full"))

    monkeypatch.setattr(database, "_upgrade", full)
    with pytest.raises(DatabaseRefusedError) as caught:
        Database.open(tmp_path / "new.sqlite", device_id="d")
    assert caught.value.reason == "open_disk_full"


def test_a_damaged_file_is_still_called_damaged(tmp_path):
    from smartcity_desktop.core.errors import CorruptDatabaseError
    from smartcity_desktop.storage.database import Database

    path = tmp_path / "broken.sqlite"
    Database.open(path, device_id="d").close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError):
        Database.open(path, device_id="d")
