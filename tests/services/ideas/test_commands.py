"""Undo and redo of idea edits as plain command objects."""

from __future__ import annotations

import sqlalchemy as sa

from smartcity_desktop.services.commands import Change
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.ideas.commands import AddIdea, DeleteIdeas, EditIdea
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


# --------------------------------------------------------------------------- one transaction each


class Commits:
    """Counts the transactions committed on ``db`` while it is open (a ``with`` block)."""

    def __init__(self, db) -> None:
        self.engine = db.engine
        self.count = 0

    def _on_commit(self, _conn) -> None:
        self.count += 1

    def __enter__(self):
        sa.event.listen(self.engine, "commit", self._on_commit)
        return self

    def __exit__(self, *exc) -> None:
        sa.event.remove(self.engine, "commit", self._on_commit)


def live_themes(db, project_id) -> list[str]:
    return [t.name for t in projects.list_themes(db, project_id)]


def theme_rows(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM theme")).scalar()


def test_undo_of_an_idea_with_a_new_theme_removes_the_theme_too(db, project, workshop):
    cmd = AddIdea(db, workshop.id, IdeaInput("More benches", new_theme="Places to rest"))
    with Commits(db) as commits:
        change = cmd.redo()
    assert commits.count == 1  # the theme and the idea in one transaction
    assert live_themes(db, project.id) == ["Places to rest"]
    assert change.added == (cmd.idea_id,) and change.themes == (cmd.new_theme_id,)
    assert change.touches_structure  # the theme lists elsewhere must be read again
    with Commits(db) as commits:
        cmd.undo()
    assert commits.count == 1
    assert live_themes(db, project.id) == [] and capture.count_ideas(db) == 0
    cmd.redo()  # the same theme record comes back with the idea, not a second one
    assert live_themes(db, project.id) == ["Places to rest"] and theme_rows(db) == 1
    assert capture.get_idea(db, cmd.idea_id).data.theme_id == cmd.new_theme_id


def test_undo_keeps_a_new_theme_that_another_idea_uses_by_now(db, project, workshop):
    first = AddIdea(db, workshop.id, IdeaInput("More benches", new_theme="Places to rest"))
    first.redo()
    # Another idea took the theme meanwhile (e.g. moved there on the board).
    other = capture.add_idea(db, workshop.id, IdeaInput("Shade", theme_id=first.new_theme_id))
    first.undo()
    assert live_themes(db, project.id) == ["Places to rest"]
    assert capture.get_idea(db, other).data.theme_id == first.new_theme_id


def test_an_existing_theme_named_in_any_case_is_used_and_kept_on_undo(db, project, workshop):
    energy = projects.add_theme(db, project.id, "Energy")
    cmd = AddIdea(db, workshop.id, IdeaInput("Solar roofs", new_theme="ENERGY"))
    change = cmd.redo()
    assert cmd.new_theme_id is None and change.themes == ()
    assert capture.get_idea(db, cmd.idea_id).data.theme_id == energy.id
    cmd.undo()
    assert live_themes(db, project.id) == ["Energy"]


def test_edit_to_a_new_theme_and_undo_removes_it(db, project, workshop):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput("Bike lanes"))
    cmd = EditIdea(db, idea_id, IdeaInput("Bike lanes", new_theme="Cycling"))
    cmd.redo()
    assert live_themes(db, project.id) == ["Cycling"]
    with Commits(db) as commits:
        cmd.undo()
    assert commits.count == 1
    assert live_themes(db, project.id) == [] and capture.get_idea(db, idea_id).data.theme_id \
        is None
    cmd.redo()
    assert live_themes(db, project.id) == ["Cycling"] and theme_rows(db) == 1


def test_a_delete_of_many_ideas_that_fails_halfway_changes_nothing(db, workshop):
    ids = [capture.add_idea(db, workshop.id, IdeaInput(f"Idea {n}")) for n in range(4)]
    cmd = DeleteIdeas(db, (ids[0], ids[1], "no-such-idea", ids[2]))
    try:
        cmd.redo()
    except Exception as exc:  # noqa: BLE001 - the type is checked below
        assert exc.reason == "idea_not_found"
    else:
        raise AssertionError("a missing idea must refuse the whole delete")
    assert capture.count_ideas(db) == 4
    assert not any(capture.get_idea(db, i).deleted for i in ids)
    good = DeleteIdeas(db, tuple(ids[:3]))
    with Commits(db) as commits:
        assert good.redo() == Change(removed=tuple(ids[:3]))
    assert commits.count == 1 and capture.count_ideas(db) == 1
