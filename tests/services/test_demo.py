"""The demo project built from resources/demo/demo_project.json."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from smartcity_desktop.services import demo
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.workshop import overview, projects
from smartcity_desktop.services.workshop.participants import list_participants
from smartcity_desktop.storage.database import Database

ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite", device_id="demo-test")
    calls = []
    project_id = demo.load_demo(db, progress=lambda done, total: calls.append((done, total)))
    yield db, project_id, calls
    db.close()


def scalar(db, sql: str):
    with db.engine.connect() as conn:
        return conn.execute(sa.text(sql)).scalar()


def test_demo_file_is_shipped():
    assert demo.demo_file().is_file()


def test_demo_has_three_workshops_and_the_expected_size(demo_db):
    db, project_id, _ = demo_db
    [project] = projects.list_projects(db)
    assert project.id == project_id
    workshops = projects.list_workshops(db, project_id)
    assert sorted(w.code for w in workshops) == ["W1", "W2", "W3"]
    counts = overview.database_counts(db)
    assert counts["workshop"] == 3
    assert 55 <= counts["participant"] <= 65
    assert 190 <= counts["idea"] <= 210
    assert sum(len(list_participants(db, w.id)) for w in workshops) == counts["participant"]
    assert sum(capture.count_ideas(db, w.id) for w in workshops) == counts["idea"]


def test_demo_participant_codes_follow_the_workshop(demo_db):
    db, project_id, _ = demo_db
    for w in projects.list_workshops(db, project_id):
        codes = [p.code for p in list_participants(db, w.id)]
        assert codes == [f"{w.code}-{n:03d}" for n in range(1, len(codes) + 1)]


def test_some_demo_participants_prefer_not_to_say(demo_db):
    db, project_id, _ = demo_db
    pnts = scalar(db, "SELECT count(DISTINCT a.participant_id) FROM participant_answer a "
                      "JOIN demographic_category c ON c.id = a.category_id "
                      "WHERE c.is_prefer_not_to_say = 1 AND a.deleted = 0")
    assert pnts >= 1
    groups = overview.participants_by_group(db, project_id)
    assert any(g.key == "prefer_not_to_say" and g.count > 0 for d in groups for g in d.groups)


def test_demo_text_has_norwegian_letters_and_arabic_script(demo_db):
    db, project_id, _ = demo_db
    rowids = capture.idea_rowids(db, capture.IdeaQuery(project_id=project_id))
    texts = [r.text + " " + (r.title or "") for r in capture.fetch_idea_rows(db, rowids).values()]
    assert len(texts) == len(rowids)
    assert any(set("æøåÆØÅ") & set(t) for t in texts)
    arabic = [t for t in texts if ARABIC.search(t)]
    assert arabic
    # and the Arabic text is searchable
    word = max(re.findall(r"[\u0600-\u06FF]+", arabic[0]), key=len)
    assert capture.idea_rowids(db, capture.IdeaQuery(text=word))


def test_demo_is_consistent(demo_db):
    db, project_id, calls = demo_db
    # progress was reported for every idea, ending at the total
    assert calls and calls[-1][0] == calls[-1][1] == overview.database_counts(db)["idea"]
    assert [c[0] for c in calls] == list(range(1, len(calls) + 1))
    # every idea that is not "new" has a logged reason
    changed = scalar(db, "SELECT count(*) FROM idea WHERE status != 'new'")
    assert changed > 0
    assert scalar(db, "SELECT count(DISTINCT idea_id) FROM idea_status_change") == changed
    some = scalar(db, "SELECT id FROM idea WHERE status != 'new' LIMIT 1")
    assert lifecycle.status_log(db, some)[-1].reason.strip()
    # the search index agrees with the ideas
    with db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO idea_fts(idea_fts) VALUES('integrity-check')")
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert projects.list_themes(db, project_id)
    assert any(n > 0 for _, n in overview.ideas_by_sdg(db, project_id))
