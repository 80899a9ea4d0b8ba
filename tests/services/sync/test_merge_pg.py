"""The merge against a central office database on PostgreSQL (a throwaway server started by
tests/pg.py; skipped with a message when the PostgreSQL programs are missing)."""

from __future__ import annotations

import copy
import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.sync import codec as sync_codec
from smartcity_desktop.services.sync import collect as sync_collect
from smartcity_desktop.services.sync import conflicts as sync_conflicts
from smartcity_desktop.services.sync import merge as sync_merge
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database
from tests.services.sync.test_merge import dump, edit, open_db, realistic, row, send

pytest_plugins = ["tests.pg"]  # the pg_server and pg_url fixtures


@pytest.fixture
def office_pg(pg_url):  # noqa: F811
    db = Database.open(pg_url, device_id="office")
    yield db
    db.close()


def test_round_trip_conflicts_and_rollback_on_postgresql(tmp_path, office_pg):
    o = office_pg
    assert o.engine.dialect.name == "postgresql"
    a = open_db(tmp_path, "a", "dev-a")
    b = open_db(tmp_path, "b", "dev-b")
    data = realistic(a)
    report, _ = send(a, o, include_contacts=True)
    mine, theirs = dump(a), dump(o)
    consenting = data["consenting"].id
    assert theirs.pop("participant_answer") == [
        r for r in mine.pop("participant_answer") if r["participant_id"] == consenting]
    assert theirs == mine and report.conflicts == 0
    # the same records again: nothing changes; the same package id: already imported
    again, _ = send(a, o, package_id=report.package_id)
    assert again.already_imported
    # a conflict between two devices that share a version
    send(o, b, kind="return", tables=sync_codec.RETURN_TABLES)
    idea = data["ideas"][1]
    edit(a, idea, "A's wording")
    edit(b, idea, "B's wording")
    send(a, o)
    r, _ = send(b, o)
    assert r.conflicts == 1 and row(o, "idea", idea)["text"] == "B's wording"
    [c] = sync_conflicts.list_conflicts(o)
    sync_conflicts.resolve_conflict(o, c.id, "combined", {"text": "A and B"})
    assert row(o, "idea", idea)["text"] == "A and B" and sync_conflicts.list_conflicts(o) == []
    # a package that breaks a rule midway is rolled back completely on PostgreSQL too
    projects.create_project(a, "Second")
    capture.add_idea(a, data["workshop"].id, capture.IdeaInput(text="New idea"))
    tables = copy.deepcopy(sync_collect.collect_changes(a).tables)
    tables["idea_sdg"].append(dict(tables["idea_sdg"][0], id=str(uuid.uuid4())))
    before = dump(o)
    with pytest.raises(sync_codec.SyncRejected) as info:
        sync_merge.apply_changes(o, package_id=str(uuid.uuid4()), device_id="dev-a", kind="full",
                                 created_at=dt.datetime.now(dt.UTC), hlc_from=None, hlc_to=None,
                                 tables=tables)
    assert info.value.reason == "constraint"
    assert dump(o) == before
    # and the office's return package applies on a fresh SQLite device
    c_db = open_db(tmp_path, "c", "dev-c")
    send(o, c_db, kind="return", tables=sync_codec.RETURN_TABLES)
    assert row(c_db, "idea", idea)["text"] == "A and B"
    with o.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM imported_package")).scalar_one() == 3
