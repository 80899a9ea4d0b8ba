"""Undo and redo of idea edits as plain command objects."""

from __future__ import annotations

import sqlalchemy as sa

from smartcity_desktop.services.commands import AddIdea, Change, DeleteIdeas, EditIdea
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.workshop import projects


def idea_rows(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM idea")).scalar()


def test_add_idea_redo_undo_redo_keeps_one_record(db, workshop):
    cmd = AddIdea(db, workshop.id, IdeaInput(text="Night bus to the suburbs", sdgs=(11,)))
    assert cmd.label == "add_idea"
    change = cmd.redo()
    idea_id = cmd.idea_id
    assert change == Change(added=(idea_id,))
    assert capture.count_ideas(db) == 1

    assert cmd.undo() == Change(removed=(idea_id,))
    assert capture.get_idea(db, idea_id).deleted
    assert capture.count_ideas(db) == 0
    assert capture.idea_rowids(db, IdeaQuery(text="night")) == []

    assert cmd.redo() == Change(added=(idea_id,))
    assert cmd.idea_id == idea_id
    snap = capture.get_idea(db, idea_id)
    assert not snap.deleted and snap.data.sdgs == (11,)
    assert idea_rows(db) == 1  # the same record came back; no second idea
    assert capture.idea_rowids(db, IdeaQuery(text="night")) == [capture.rowid_of(db, idea_id)]


def test_edit_idea_undo_restores_old_text_and_sdgs(db, project, workshop):
    theme = projects.add_theme(db, project.id, "Transport")
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Buses", sdgs=(11, 13),
                                                          theme_id=theme.id))
    cmd = EditIdea(db, idea_id, IdeaInput(text="Electric buses", sdgs=(7,)))
    assert cmd.redo() == Change(updated=(idea_id,))
    after = capture.get_idea(db, idea_id).data
    assert (after.text, after.sdgs, after.theme_id) == ("Electric buses", (7,), None)

    assert cmd.undo() == Change(updated=(idea_id,))
    back = capture.get_idea(db, idea_id).data
    assert (back.text, back.sdgs, back.theme_id) == ("Buses", (11, 13), theme.id)
    assert capture.idea_rowids(db, IdeaQuery(text="electric")) == []
    assert capture.idea_rowids(db, IdeaQuery(text="buses")) == [capture.rowid_of(db, idea_id)]

    cmd.redo()
    again = capture.get_idea(db, idea_id).data
    assert (again.text, again.sdgs) == ("Electric buses", (7,))
    cmd.undo()
    assert capture.get_idea(db, idea_id).data.sdgs == (11, 13)


def test_delete_ideas_undo_brings_them_back(db, workshop):
    ids = tuple(capture.add_idea(db, workshop.id, IdeaInput(text=f"Idea {n}", sdgs=(n,)))
                for n in (1, 2, 3))
    keep = capture.add_idea(db, workshop.id, IdeaInput(text="Stays"))
    cmd = DeleteIdeas(db, ids[:2])
    assert cmd.redo() == Change(removed=ids[:2])
    assert capture.count_ideas(db) == 2
    assert [capture.get_idea(db, i).deleted for i in ids] == [True, True, False]

    assert cmd.undo() == Change(added=ids[:2])
    assert capture.count_ideas(db) == 4
    assert [capture.get_idea(db, i).data.sdgs for i in ids] == [(1,), (2,), (3,)]
    assert not capture.get_idea(db, keep).deleted
    assert idea_rows(db) == 4
