"""Opening database files: creation, pragmas, refusals that leave files untouched, and
upgrades of older files with a backup first."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from smartcity_desktop.core.errors import (
    CorruptDatabaseError,
    DatabaseRefusedError,
    NewerSchemaError,
    NotOurFileError,
)
from smartcity_desktop.core.sdgs import SDGS
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage import models
from smartcity_desktop.storage.database import (
    APPLICATION_ID,
    Database,
    inspect_file,
    schema_head,
    upgrade_to,
)

SYNC_COLUMNS = ("id", "created_at", "updated_at", "device_id", "hlc", "deleted")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def plain_sqlite(path: Path):
    """A plain sqlite3 connection that commits and is closed (so the WAL is checkpointed into
    the main file and removed) when the block ends."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def tables_of(path: Path) -> set[str]:
    with plain_sqlite(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def assert_refused_untouched(path: Path, error: type[DatabaseRefusedError]):
    """Opening ``path`` raises ``error`` and leaves the file (and its folder) as it was."""
    before = sha256(path)
    siblings = set(path.parent.iterdir())
    with pytest.raises(error) as info:
        Database.open(path, device_id="test-device")
    assert sha256(path) == before
    new_files = set(path.parent.iterdir()) - siblings
    assert not [p for p in new_files if "backup" in p.name]
    # A read-only look at a WAL file may leave empty -wal/-shm helpers, nothing else.
    for extra in new_files:
        assert extra.name in (path.name + "-wal", path.name + "-shm"), extra
        if extra.name.endswith("-wal"):
            assert extra.stat().st_size == 0
    assert info.value.message and str(path.name) in info.value.message
    return info.value


def make_db_with_ideas(path: Path, n: int = 5, text: str = "Bike lanes on Main Street") -> None:
    db = Database.open(path, device_id="maker")
    try:
        p = projects.create_project(db, "P")
        w = projects.create_workshop(db, p.id, "W1", "Kick-off")
        for i in range(n):
            capture.add_idea(db, w.id, capture.IdeaInput(text=f"{text} {i} " + "lorem ipsum " * 30))
    finally:
        db.close()


# --------------------------------------------------------------------------- a new database


def test_new_database_has_every_table_the_sdgs_and_the_head_revision(tmp_path):
    path = tmp_path / "new.sqlite"
    db = Database.open(path, device_id="dev")
    try:
        assert db.backup_path is None
        assert db.path == path
        with db.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            rows = conn.execute(sa.text("SELECT number, short_title, colour FROM sdg "
                                        "ORDER BY number")).all()
            revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        db.close()
    assert set(SQLModel.metadata.tables) <= tables
    assert {"alembic_version", "idea_fts"} <= tables
    assert [tuple(r) for r in rows] == [(s.number, s.short_title, s.colour) for s in SDGS]
    assert revision == schema_head()
    assert not list(tmp_path.glob("*backup*"))


def test_pragmas_are_in_force_on_engine_connections(db):
    with db.engine.connect() as conn:
        def pragma(name):
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode").lower() == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("busy_timeout") >= 1000


def test_application_id_is_stored_in_the_file(db):
    with plain_sqlite(db.path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO workshop (id, created_at, updated_at, device_id, hlc, deleted, project_id,"
            " code, title, venue, facilitators, status, consent_version, notes) VALUES ('w', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 'd', 'h', 0, 'no-such-project', 'W9',"
            " 't', '', '', 'planned', '1', '')"))


def test_every_synced_table_has_the_sync_columns(db):
    assert len(models.SYNCED_TABLES) >= 15
    with plain_sqlite(db.path) as conn:
        for cls in models.SYNCED_TABLES:
            table = cls.__tablename__
            info = {r[1]: r for r in conn.execute(f"PRAGMA table_info({table})")}
            assert info, f"table {table} is missing"
            for column in SYNC_COLUMNS:
                assert column in info, f"{table}.{column} is missing"
                assert info[column][3] == 1, f"{table}.{column} may be NULL"
            assert info["id"][5] == 1, f"{table}.id is not the primary key"
            # and the model says the same
            assert set(SYNC_COLUMNS) <= set(cls.__table__.columns.keys())



def test_no_table_is_left_out_of_sync():
    synced = {cls.__tablename__ for cls in models.SYNCED_TABLES}
    assert len(synced) == len(models.SYNCED_TABLES)
    local = {name for name in SQLModel.metadata.tables if name not in synced}
    # reference data, facts about this file, and the device-local sync bookkeeping only
    assert local == {"sdg", "app_meta", "trusted_key", "imported_package", "sync_conflict",
                     "sync_base"}


def test_reopening_a_current_database_makes_no_backup(tmp_path):
    path = tmp_path / "cur.sqlite"
    make_db_with_ideas(path, n=2)
    db = Database.open(path, device_id="dev")
    try:
        assert db.backup_path is None
        assert capture.count_ideas(db) == 2
    finally:
        db.close()
    assert not list(tmp_path.glob("*backup*"))


def test_an_empty_file_is_treated_as_new(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    db = Database.open(path, device_id="dev")
    try:
        assert projects.list_projects(db) == []
        assert db.backup_path is None
    finally:
        db.close()


# --------------------------------------------------------------------------- refused files


def test_a_newer_schema_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "newer.sqlite"
    make_db_with_ideas(path, n=3)
    with plain_sqlite(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    error = assert_refused_untouched(path, NewerSchemaError)
    assert error.details["revision"] == "9999"
    assert "newer version" in error.message
    with plain_sqlite(path) as conn:  # still readable, still 9999, data intact
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
        assert conn.execute("SELECT count(*) FROM idea").fetchone()[0] == 3


def test_a_text_file_is_not_ours_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Meeting notes: bring sticky notes and markers.\n" * 50, encoding="utf-8")
    assert_refused_untouched(path, NotOurFileError)


def test_another_applications_sqlite_file_is_not_ours_and_left_unchanged(tmp_path):
    path = tmp_path / "other-app.db"
    with plain_sqlite(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('Fårikål')")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    assert_refused_untouched(path, NotOurFileError)
    assert tables_of(path) == {"recipes"}


def test_a_sqlite_file_with_another_application_id_is_not_ours(tmp_path):
    path = tmp_path / "other-id.db"
    with plain_sqlite(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE t (x)")
    assert_refused_untouched(path, NotOurFileError)


def test_a_corrupt_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    make_db_with_ideas(path, n=150)
    size = path.stat().st_size
    assert size > 40 * 4096  # enough pages that the middle is table and index data
    rng = random.Random(20261130)
    with open(path, "r+b") as fh:  # the header (page 1) stays valid
        fh.seek(size // 2 - 4 * 4096)
        fh.write(bytes(rng.randrange(256) for _ in range(8 * 4096)))
    with open(path, "rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    assert_refused_untouched(path, CorruptDatabaseError)


def test_a_damaged_header_is_refused(tmp_path):
    path = tmp_path / "header.sqlite"
    make_db_with_ideas(path, n=1)
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, NotOurFileError)


# --------------------------------------------------------------------------- older files


def _insert_at_0001(path: Path) -> None:
    """Rows as an app of schema 0001 would have written them (plain SQL, no models)."""
    stamp = "2026-03-01 09:30:00.000000"
    sync = "'{id}', '{t}', '{t}', 'old-device', '001772357400000-000000-old-device', 0"
    with plain_sqlite(path) as conn:
        conn.execute(
            "INSERT INTO project (id, created_at, updated_at, device_id, hlc, deleted, name, "
            f"description, language) VALUES ({sync.format(id='p1', t=stamp)}, 'Old project', "
            "'', 'nb')")
        conn.execute(
            "INSERT INTO workshop (id, created_at, updated_at, device_id, hlc, deleted, "
            "project_id, code, title, date, venue, facilitators, status, consent_version, notes)"
            f" VALUES ({sync.format(id='w1', t=stamp)}, 'p1', 'W1', 'Gamle Oslo', '2026-03-01', "
            "'Biblioteket', '', 'closed', '1', '')")
        for n, text in enumerate(["Flere sykkelparkeringer ved stasjonen",
                                  "Bedre busstilbud på kveldstid"], 1):
            conn.execute(
                "INSERT INTO idea (id, created_at, updated_at, device_id, hlc, deleted, "
                "workshop_id, title, text, kind, theme_id, source, author_participant_id, "
                "author_table_group, entered_by, status, status_reason, status_date) VALUES "
                f"({sync.format(id=f'i{n}', t=stamp)}, 'w1', NULL, ?, 'idea', NULL, 'paper', "
                "NULL, 'Bord 3', '', 'new', '', NULL)", (text,))
        conn.execute("INSERT INTO idea_sdg (id, created_at, updated_at, device_id, hlc, deleted,"
                     f" idea_id, sdg_number) VALUES ({sync.format(id='l1', t=stamp)}, 'i1', 11)")


def test_an_older_database_is_backed_up_then_migrated_keeping_its_data(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0001")
    assert inspect_file(path).revision == "0001"
    assert "idea_fts" not in tables_of(path)
    _insert_at_0001(path)
    before = sha256(path)

    db = Database.open(path, device_id="dev")
    try:
        backup = db.backup_path
        assert backup is not None and backup.exists()
        assert backup.parent == path.parent and backup != path
        assert "0001" in backup.name

        # migrated, data kept
        assert inspect_file(path).revision == schema_head()
        [project] = projects.list_projects(db)
        assert (project.name, project.language) == ("Old project", "nb")
        [workshop] = projects.list_workshops(db, project.id)
        assert workshop.code == "W1" and workshop.status == "closed"
        assert capture.count_ideas(db, workshop.id) == 2
        old = capture.get_idea(db, "i1")
        assert old.data.text == "Flere sykkelparkeringer ved stasjonen"
        assert old.data.sdgs == (11,)
        assert old.data.author_table_group == "Bord 3"
        assert old.created_at.tzinfo is not None

        # the search index was built for the ideas that were already there
        for word in ("sykkelparkeringer", "stasjon", "kveldstid"):
            rowids = capture.idea_rowids(db, capture.IdeaQuery(text=word))
            assert len(rowids) == 1, word
        [rowid] = capture.idea_rowids(db, capture.IdeaQuery(text="sykkelparkeringer"))
        assert capture.fetch_idea_rows(db, [rowid])[rowid].id == "i1"

        # and the migrated database takes new ideas that are found too
        new_id = capture.add_idea(db, workshop.id, capture.IdeaInput(text="Sykkelverksted"))
        [rowid] = capture.idea_rowids(db, capture.IdeaQuery(text="sykkelverksted"))
        assert capture.rowid_of(db, new_id) == rowid
    finally:
        db.close()

    # the backup is a readable copy of the file as it was: still 0001, with the idea
    with plain_sqlite(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT text FROM idea WHERE id = 'i1'").fetchone()[0] == \
            "Flere sykkelparkeringer ved stasjonen"
        assert "idea_fts" not in {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
    assert sha256(path) != before  # the original was migrated, the backup was not


def test_a_tombstoned_idea_of_an_older_database_is_not_indexed(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0001")
    _insert_at_0001(path)
    with plain_sqlite(path) as conn:
        conn.execute("UPDATE idea SET deleted = 1 WHERE id = 'i2'")
    db = Database.open(path, device_id="dev")
    try:
        assert capture.idea_rowids(db, capture.IdeaQuery(text="kveldstid")) == []
        assert len(capture.idea_rowids(db, capture.IdeaQuery(text="sykkelparkeringer"))) == 1
        with db.engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO idea_fts(idea_fts) VALUES('integrity-check')")
    finally:
        db.close()


def test_two_upgrades_in_a_row_do_not_overwrite_an_earlier_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0001")
    _insert_at_0001(path)
    copy = tmp_path / "old-copy.sqlite"
    copy.write_bytes(path.read_bytes())
    first = Database.open(path, device_id="dev")
    first.close()
    path.write_bytes(copy.read_bytes())  # the same old file again (e.g. restored from a stick)
    second = Database.open(path, device_id="dev")
    second.close()
    assert first.backup_path != second.backup_path
    assert first.backup_path.exists() and second.backup_path.exists()
