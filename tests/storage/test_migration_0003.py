"""Migration 0003 (volunteer entry): a database made at 0002 upgrades keeping its data, and
the new tables take batches and cards afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas import card_compare as vc
from smartcity_desktop.services.ideas import volunteer_entry as ve
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database, alembic_config, inspect_file, upgrade_to

STAMP = "2026-03-01 09:30:00.000000"
SYNC = "'{id}', '" + STAMP + "', '" + STAMP + "', 'old-device', " \
       "'001772357400000-000000-old-device', 0"


def _insert_at_0002(path: Path) -> None:
    """Rows as an app of schema 0002 wrote them (plain SQL: the models are newer)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("INSERT INTO project (id, created_at, updated_at, device_id, hlc, deleted,"
                         f" name, description, language) VALUES ({SYNC.format(id='p1')}, "
                         "'Grønn by', '', 'nb')")
            conn.execute("INSERT INTO workshop (id, created_at, updated_at, device_id, hlc, "
                         "deleted, project_id, code, title, date, venue, facilitators, status, "
                         f"consent_version, notes) VALUES ({SYNC.format(id='w1')}, 'p1', 'W1', "
                         "'Biblioteket', '2026-03-01', '', '', 'running', '1', '')")
            conn.execute("INSERT INTO participant (id, created_at, updated_at, device_id, hlc, "
                         "deleted, workshop_id, code, consent_processing, consent_contact) "
                         f"VALUES ({SYNC.format(id='pa1')}, 'w1', 'W1-001', 1, 0)")
            conn.execute("INSERT INTO idea (id, created_at, updated_at, device_id, hlc, deleted,"
                         " workshop_id, title, text, kind, theme_id, source, "
                         "author_participant_id, author_table_group, entered_by, status, "
                         f"status_reason, status_date) VALUES ({SYNC.format(id='i1')}, 'w1', "
                         "NULL, 'Flere benker på torget', 'need', NULL, 'paper', 'pa1', NULL, "
                         "'Åse', 'new', '', NULL)")
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_0002_database_upgrades_to_0003_keeping_its_data(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0002")
    assert inspect_file(path).revision == "0002"
    assert not {"entry_batch", "card_entry"} & _tables(path)
    _insert_at_0002(path)

    upgrade_to(path, "0003")
    assert inspect_file(path).revision == "0003"
    assert {"entry_batch", "card_entry", "idea_fts"} <= _tables(path)

    db = Database.open(path, device_id="dev")  # up to the head, whatever comes after 0003
    try:
        [project] = projects.list_projects(db)
        assert project.name == "Grønn by"
        [workshop] = projects.list_workshops(db, project.id)
        old = capture.get_idea(db, "i1")
        assert (old.data.text, old.data.entered_by, old.data.author_participant_id) == \
            ("Flere benker på torget", "Åse", "pa1")
        assert len(capture.idea_rowids(db, capture.IdeaQuery(text="benker"))) == 1
        # the new tables work: a double-entry batch typed twice and resolved
        batch = ve.create_batch(db, workshop.id, "Bord 3")
        for pass_no, volunteer in ((1, "Åse"), (2, "Bilal")):
            ve.add_card_entry(db, batch.id, pass_no, volunteer,
                              {"participant_code": "W1-001", "text": "Lys i parken"})
        assert vc.accept_agreeing(db, batch.id).resolved
        assert capture.count_ideas(db, workshop.id) == 2
        assert len(capture.idea_rowids(db, capture.IdeaQuery(text="parken"))) == 1
    finally:
        db.close()


def test_0003_downgrades_to_0002_dropping_only_its_tables(tmp_path):
    path = tmp_path / "db.sqlite"
    upgrade_to(path, "0003")
    _insert_at_0002(path)
    engine = sa.create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    engine.dispose()
    assert inspect_file(path).revision == "0002"
    tables = _tables(path)
    assert not {"entry_batch", "card_entry"} & tables
    assert {"idea", "idea_fts", "participant"} <= tables
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT text FROM idea WHERE id = 'i1'").fetchone()[0] == \
            "Flere benker på torget"
    finally:
        conn.close()
