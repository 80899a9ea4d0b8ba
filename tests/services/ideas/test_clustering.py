"""Clustering ideas into themes without Qt: moving ideas, creating, renaming, merging,
splitting and deleting themes, each undone and redone, the refusals, and the board read path."""

from __future__ import annotations

import time
import unicodedata

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.commands import Change
from smartcity_desktop.services.ideas import capture, clustering
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.ideas.clustering_commands import (
    CreateTheme,
    DeleteTheme,
    MergeThemes,
    MoveIdeasToTheme,
    RenameTheme,
    SplitTheme,
)
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.storage.models import Idea, Theme

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


# --------------------------------------------------------------------------- helpers


def theme_of(db, idea_id):
    return capture.get_idea(db, idea_id).data.theme_id


def row(db, cls, record_id):
    with db.session() as s:
        record = s.get(cls, record_id)
        s.expunge(record)
        return record


def live_theme_names(db, project_id):
    return sorted(t.name for t in projects.list_themes(db, project_id))


def theme_rows(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM theme")).scalar()


@pytest.fixture
def themes(db, project):
    return {name: projects.add_theme(db, project.id, name).id
            for name in ("Mobility", "Green spaces", "Energy")}


@pytest.fixture
def person(db, workshop):
    return participants.register_participant(db, workshop.id, participants.ParticipantInput())


@pytest.fixture
def ideas(db, workshop, themes, person):
    """Five ideas: three in Mobility (one by a participant, from a paper form), one in
    Green spaces (a table group's sticky note), one without a theme (kiosk)."""
    mob, green = themes["Mobility"], themes["Green spaces"]
    specs = [
        IdeaInput(text="Night buses to the suburbs", theme_id=mob, sdgs=(11, 3),
                  kind=IdeaKind.NEED, source=IdeaSource.PAPER,
                  author_participant_id=person.id, entered_by="Kari"),
        IdeaInput(text="Bike lanes on Ring 2", theme_id=mob, title="Bikes"),
        IdeaInput(text="Car-free school streets", theme_id=mob, sdgs=(4,)),
        IdeaInput(text="Pocket parks", theme_id=green, source=IdeaSource.STICKY,
                  author_table_group="Table 3"),
        IdeaInput(text="Repair café", source=IdeaSource.KIOSK),
    ]
    return [capture.add_idea(db, workshop.id, spec) for spec in specs]


@pytest.fixture
def other_project(db):
    project = projects.create_project(db, "Another town")
    workshop = projects.create_workshop(db, project.id, "X1", "Elsewhere")
    theme = projects.add_theme(db, project.id, "Mobility")
    idea = capture.add_idea(db, workshop.id, IdeaInput(text="Ferry", theme_id=theme.id))
    return project, workshop, theme, idea


# --------------------------------------------------------------------------- moving


def test_move_changes_only_the_theme_and_returns_the_previous_ones(db, ideas, themes):
    before = {i: capture.get_idea(db, i) for i in ideas}
    stamps = {i: (row(db, Idea, i).hlc, row(db, Idea, i).updated_at) for i in ideas}
    previous = clustering.move_ideas_to_theme(db, [ideas[0], ideas[3], ideas[4]],
                                              themes["Energy"])
    assert previous == {ideas[0]: themes["Mobility"], ideas[3]: themes["Green spaces"],
                        ideas[4]: None}
    for idea_id in (ideas[0], ideas[3], ideas[4]):
        after = capture.get_idea(db, idea_id)
        assert after.data.theme_id == themes["Energy"]
        # Every other field (text, kind, SDGs, source, author, who typed it) is kept.
        assert after.data.__class__(**{**vars(after.data), "theme_id": None}) == \
            before[idea_id].data.__class__(**{**vars(before[idea_id].data), "theme_id": None})
        assert after.status == before[idea_id].status
        record = row(db, Idea, idea_id)
        assert record.hlc > stamps[idea_id][0]          # stamped, so the move syncs
        assert record.updated_at >= stamps[idea_id][1]
        assert record.device_id == "test-device"
    # The ideas that were not moved were not written either.
    assert row(db, Idea, ideas[1]).hlc == stamps[ideas[1]][0]


def test_move_to_no_theme_and_undo_redo(db, ideas, themes):
    cmd = MoveIdeasToTheme(db, (ideas[0], ideas[1]), None)
    assert cmd.label == "move_ideas_to_theme"
    assert cmd.redo() == Change(updated=(ideas[0], ideas[1]))
    assert theme_of(db, ideas[0]) is None and theme_of(db, ideas[1]) is None
    assert cmd.undo() == Change(updated=(ideas[0], ideas[1]))
    assert theme_of(db, ideas[0]) == theme_of(db, ideas[1]) == themes["Mobility"]
    cmd.redo()
    assert theme_of(db, ideas[0]) is None


def test_move_undo_puts_each_idea_back_in_its_own_theme(db, ideas, themes):
    cmd = MoveIdeasToTheme(db, tuple(ideas), themes["Green spaces"])
    change = cmd.redo()
    # The idea already in Green spaces did not move, so it is not announced.
    assert set(change.updated) == set(ideas) - {ideas[3]}
    assert {theme_of(db, i) for i in ideas} == {themes["Green spaces"]}
    hlc_untouched = row(db, Idea, ideas[3]).hlc
    cmd.undo()
    assert [theme_of(db, i) for i in ideas] == [themes["Mobility"]] * 3 + [
        themes["Green spaces"], None]
    assert row(db, Idea, ideas[3]).hlc == hlc_untouched


def test_move_refuses_ideas_of_another_project(db, project, ideas, themes, other_project):
    _, _, their_theme, their_idea = other_project
    with pytest.raises(ValidationError, match="own project") as exc:
        clustering.move_ideas_to_theme(db, [ideas[0], their_idea], themes["Energy"])
    assert exc.value.field == "idea"
    with pytest.raises(ValidationError, match="own project"):
        clustering.move_ideas_to_theme(db, [ideas[0]], their_theme.id)
    with pytest.raises(ValidationError, match="different projects"):
        clustering.move_ideas_to_theme(db, [ideas[0], their_idea], None)
    with pytest.raises(ValidationError, match="own project"):
        clustering.move_ideas_to_theme(db, [their_idea], None, project_id=project.id)
    # Nothing changed, not even the ideas that were acceptable.
    assert theme_of(db, ideas[0]) == themes["Mobility"]
    assert theme_of(db, their_idea) == their_theme.id


def test_move_refuses_deleted_unknown_ideas_and_themes(db, ideas, themes):
    capture.delete_idea(db, ideas[1])
    with pytest.raises(ValidationError, match="deleted"):
        clustering.move_ideas_to_theme(db, [ideas[0], ideas[1]], themes["Energy"])
    with pytest.raises(ValidationError, match="No idea"):
        clustering.move_ideas_to_theme(db, ["no-such-idea"], themes["Energy"])
    with pytest.raises(NotFoundError):
        clustering.move_ideas_to_theme(db, [ideas[0]], "no-such-theme")
    clustering.delete_theme(db, themes["Energy"])
    with pytest.raises(NotFoundError):
        clustering.move_ideas_to_theme(db, [ideas[0]], themes["Energy"])
    assert theme_of(db, ideas[0]) == themes["Mobility"]
    assert clustering.move_ideas_to_theme(db, [], themes["Mobility"]) == {}


def test_duplicate_ids_move_once(db, ideas, themes):
    previous = clustering.move_ideas_to_theme(db, [ideas[4], ideas[4]], themes["Energy"])
    assert previous == {ideas[4]: None}


# --------------------------------------------------------------------------- creating, renaming


@pytest.mark.parametrize("clash", ["mobility", "MOBILITY", "  Mobility ", "Mobility",
                                   "mobility\t"])
def test_theme_names_are_unique_ignoring_case_and_spaces(db, project, themes, clash):
    with pytest.raises(ValidationError, match="already has a theme called 'Mobility'") as exc:
        clustering.create_theme(db, project.id, clash)
    assert exc.value.field == "theme"
    with pytest.raises(ValidationError, match="already has"):
        clustering.rename_theme(db, themes["Energy"], clash)
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]


def test_theme_names_compare_composed_and_decomposed_letters(db, project):
    clustering.create_theme(db, project.id, unicodedata.normalize("NFC", "Grønt og ærlig å"))
    with pytest.raises(ValidationError, match="already has"):
        clustering.create_theme(db, project.id, unicodedata.normalize("NFD", "GRØNT OG ÆRLIG Å"))
    clustering.create_theme(db, project.id, "Café")
    with pytest.raises(ValidationError):
        clustering.create_theme(db, project.id, unicodedata.normalize("NFD", "café"))


@pytest.mark.parametrize("bad, message", [("", "must not be empty"),
                                          ("   \n ", "must not be empty"),
                                          ("x" * 201, "limit is 200")])
def test_empty_and_overlong_names_are_refused(db, project, themes, bad, message):
    with pytest.raises(ValidationError, match=message):
        clustering.create_theme(db, project.id, bad)
    with pytest.raises(ValidationError, match=message):
        clustering.rename_theme(db, themes["Energy"], bad)
    with pytest.raises(ValidationError, match=message):
        clustering.split_theme(db, themes["Energy"], ["x"], bad)
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]


def test_names_in_any_script_are_kept_as_typed(db, project, themes):
    names = (ARABIC, ETHIOPIC, "Общественный транспорт", "Blåbær og ærfugl", "Ёлки")
    for name in names:
        theme = clustering.create_theme(db, project.id, f"  {name}  ")
        assert row(db, Theme, theme.id).name == name
    clustering.rename_theme(db, themes["Energy"], "Energi   og  klima")
    assert row(db, Theme, themes["Energy"]).name == "Energi og klima"


def test_same_name_is_free_in_another_project(db, themes, other_project):
    project, *_ = other_project
    theme = clustering.create_theme(db, project.id, "Green spaces")
    assert theme.project_id == project.id


def test_create_theme_undo_redo_keeps_one_record(db, project, themes):
    cmd = CreateTheme(db, project.id, "Safety")
    change = cmd.redo()
    assert change.themes == (cmd.theme_id,) and change.updated == ()
    assert "Safety" in live_theme_names(db, project.id)
    count = theme_rows(db)
    cmd.undo()
    assert "Safety" not in live_theme_names(db, project.id)
    assert row(db, Theme, cmd.theme_id).deleted
    first_id = cmd.theme_id
    cmd.redo()
    assert cmd.theme_id == first_id and theme_rows(db) == count
    assert "Safety" in live_theme_names(db, project.id)


def test_new_theme_with_ideas_from_several_themes_and_undo(db, project, ideas, themes):
    cmd = CreateTheme(db, project.id, "Everyday trips", (ideas[0], ideas[3], ideas[4]))
    change = cmd.redo()
    assert set(change.updated) == {ideas[0], ideas[3], ideas[4]}
    assert {theme_of(db, i) for i in (ideas[0], ideas[3], ideas[4])} == {cmd.theme_id}
    cmd.undo()
    # Each idea goes back to where it was, the new theme is gone.
    assert [theme_of(db, i) for i in (ideas[0], ideas[3], ideas[4])] == [
        themes["Mobility"], themes["Green spaces"], None]
    assert "Everyday trips" not in live_theme_names(db, project.id)
    cmd.redo()
    assert theme_of(db, ideas[4]) == cmd.theme_id


def test_new_theme_with_a_foreign_idea_is_not_made_at_all(db, project, ideas, other_project):
    count = theme_rows(db)
    with pytest.raises(ValidationError, match="own project"):
        clustering.create_theme_with_ideas(db, project.id, "Mixed", [ideas[0], other_project[3]])
    assert theme_rows(db) == count and theme_of(db, ideas[0]) is not None


def test_redo_of_create_is_refused_when_the_name_was_taken_meanwhile(db, project):
    cmd = CreateTheme(db, project.id, "Safety")
    cmd.redo()
    cmd.undo()
    clustering.create_theme(db, project.id, "SAFETY")
    with pytest.raises(ValidationError, match="already has"):
        cmd.redo()
    assert live_theme_names(db, project.id) == ["SAFETY"]


def test_rename_theme_and_undo(db, project, ideas, themes):
    cmd = RenameTheme(db, themes["Mobility"], "Getting around")
    assert cmd.redo() == Change(themes=(themes["Mobility"],))
    assert cmd.old_name == "Mobility"
    assert live_theme_names(db, project.id) == ["Energy", "Getting around", "Green spaces"]
    assert theme_of(db, ideas[0]) == themes["Mobility"]  # same theme, new name
    cmd.undo()
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]


def test_rename_may_change_only_the_case(db, project, themes):
    hlc = row(db, Theme, themes["Energy"]).hlc
    assert clustering.rename_theme(db, themes["Energy"], "Energy") == "Energy"
    assert row(db, Theme, themes["Energy"]).hlc == hlc  # no change, nothing written
    clustering.rename_theme(db, themes["Energy"], "ENERGY")
    assert "ENERGY" in live_theme_names(db, project.id)


# --------------------------------------------------------------------------- merging


def test_merge_moves_every_idea_of_every_workshop_and_tombstones_the_source(
        db, project, workshop, ideas, themes):
    second = projects.create_workshop(db, project.id, "W2", "Second")
    elsewhere = capture.add_idea(db, second.id, IdeaInput(text="Tram", theme_id=themes["Mobility"]))
    gone = capture.add_idea(db, workshop.id, IdeaInput(text="Old", theme_id=themes["Mobility"]))
    capture.delete_idea(db, gone)

    cmd = MergeThemes(db, themes["Mobility"], themes["Green spaces"])
    change = cmd.redo()
    assert set(change.updated) == {ideas[0], ideas[1], ideas[2], elsewhere}
    assert set(change.themes) == {themes["Mobility"], themes["Green spaces"]}
    assert set(cmd.result.moved) == {ideas[0], ideas[1], ideas[2], elsewhere, gone}
    # B keeps its name, A is tombstoned, A's ideas (also the deleted one) are in B.
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces"]
    assert row(db, Theme, themes["Mobility"]).deleted
    for idea_id in (*ideas[:4], elsewhere, gone):
        assert theme_of(db, idea_id) == themes["Green spaces"]
    assert theme_of(db, ideas[4]) is None

    cmd.undo()
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]
    for idea_id in (*ideas[:3], elsewhere, gone):
        assert theme_of(db, idea_id) == themes["Mobility"]
    assert theme_of(db, ideas[3]) == themes["Green spaces"]  # B's own idea stays in B

    cmd.redo()
    assert theme_of(db, elsewhere) == themes["Green spaces"]
    assert row(db, Theme, themes["Mobility"]).deleted


def test_merge_refusals(db, themes, other_project):
    _, _, their_theme, _ = other_project
    with pytest.raises(ValidationError, match="into itself"):
        clustering.merge_themes(db, themes["Energy"], themes["Energy"])
    with pytest.raises(ValidationError, match="same project"):
        clustering.merge_themes(db, themes["Energy"], their_theme.id)
    with pytest.raises(NotFoundError):
        clustering.merge_themes(db, themes["Energy"], "nope")
    clustering.merge_themes(db, themes["Energy"], themes["Mobility"])
    with pytest.raises(NotFoundError):  # a merged theme is gone
        clustering.merge_themes(db, themes["Energy"], themes["Mobility"])
    assert not row(db, Theme, their_theme.id).deleted


def test_undo_of_merge_refused_when_the_name_was_taken_meanwhile(db, project, themes):
    result = clustering.merge_themes(db, themes["Energy"], themes["Mobility"])
    clustering.create_theme(db, project.id, "energy")
    with pytest.raises(ValidationError, match="already has"):
        clustering.unmerge_themes(db, result)
    assert row(db, Theme, themes["Energy"]).deleted


# --------------------------------------------------------------------------- splitting


def test_split_and_undo_redo(db, project, ideas, themes):
    cmd = SplitTheme(db, themes["Mobility"], (ideas[0], ideas[2]), "School routes")
    change = cmd.redo()
    new_id = cmd.new_theme_id
    assert change.updated == (ideas[0], ideas[2])
    assert set(change.themes) == {themes["Mobility"], new_id}
    assert row(db, Theme, new_id).name == "School routes"
    assert theme_of(db, ideas[0]) == theme_of(db, ideas[2]) == new_id
    assert theme_of(db, ideas[1]) == themes["Mobility"]
    before = capture.get_idea(db, ideas[0]).data
    assert before.sdgs == (3, 11) and before.source == IdeaSource.PAPER

    count = theme_rows(db)
    cmd.undo()
    assert [theme_of(db, i) for i in ideas[:3]] == [themes["Mobility"]] * 3
    assert row(db, Theme, new_id).deleted
    assert "School routes" not in live_theme_names(db, project.id)

    cmd.redo()
    assert cmd.new_theme_id == new_id and theme_rows(db) == count  # the same record again
    assert theme_of(db, ideas[0]) == new_id and not row(db, Theme, new_id).deleted


def test_split_refusals(db, project, ideas, themes, other_project):
    mob = themes["Mobility"]
    with pytest.raises(ValidationError, match="not in the theme 'Mobility'"):
        clustering.split_theme(db, mob, [ideas[0], ideas[3]], "Mixed")
    with pytest.raises(ValidationError, match="already has a theme called 'Energy'"):
        clustering.split_theme(db, mob, [ideas[0]], "energy")
    with pytest.raises(ValidationError, match="Choose the ideas"):
        clustering.split_theme(db, mob, [], "Nothing")
    with pytest.raises(ValidationError, match="own project"):
        clustering.split_theme(db, mob, [ideas[0], other_project[3]], "Foreign")
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]
    assert theme_of(db, ideas[0]) == mob


def test_undo_of_split_after_more_ideas_joined_the_new_theme(db, ideas, themes):
    cmd = SplitTheme(db, themes["Mobility"], (ideas[0],), "Night")
    cmd.redo()
    # Not through the stack (e.g. another device): an idea joined the new theme meanwhile.
    clustering.move_ideas_to_theme(db, [ideas[4]], cmd.new_theme_id)
    cmd.undo()
    assert theme_of(db, ideas[0]) == themes["Mobility"]
    assert theme_of(db, ideas[4]) is None  # back to "No theme", not lost in a tombstone


# --------------------------------------------------------------------------- deleting


def test_delete_theme_sends_ideas_to_no_theme_and_undo_brings_them_back(db, project, ideas, themes):
    cmd = DeleteTheme(db, themes["Mobility"])
    change = cmd.redo()
    assert set(change.updated) == set(ideas[:3])
    assert [theme_of(db, i) for i in ideas[:3]] == [None] * 3
    assert "Mobility" not in live_theme_names(db, project.id)
    cmd.undo()
    assert [theme_of(db, i) for i in ideas[:3]] == [themes["Mobility"]] * 3
    assert "Mobility" in live_theme_names(db, project.id)


# --------------------------------------------------------------------------- the board


def test_board_cards_carry_origin_kind_and_sdgs(db, project, workshop, ideas, themes, person):
    board = clustering.load_board(db, project.id, workshop.id)
    assert [t.name for t in board.themes] == ["Energy", "Green spaces", "Mobility"]
    by_id = {c.id: c for c in board.cards}
    assert list(by_id) == ideas  # oldest first
    paper = by_id[ideas[0]]
    assert (paper.source, paper.participant_code, paper.kind, paper.sdgs) == (
        "paper", person.code, "need", (3, 11))
    assert paper.workshop_code == "W1" and paper.theme_id == themes["Mobility"]
    sticky = by_id[ideas[3]]
    assert (sticky.source, sticky.table_group, sticky.participant_code) == (
        "sticky", "Table 3", "")
    assert by_id[ideas[4]].theme_id is None and by_id[ideas[1]].title == "Bikes"
    counts = {t.name: (t.in_scope, t.total) for t in board.themes}
    assert counts == {"Energy": (0, 0), "Green spaces": (1, 1), "Mobility": (3, 3)}
    assert [c.id for c in board.cards_of(None)] == [ideas[4]]


def test_board_scope_workshop_or_project(db, project, workshop, ideas, themes):
    second = projects.create_workshop(db, project.id, "W2", "Second")
    capture.add_idea(db, second.id, IdeaInput(text="Tram", theme_id=themes["Mobility"]))
    capture.delete_idea(db, ideas[1])
    one = clustering.load_board(db, project.id, workshop.id)
    whole = clustering.load_board(db, project.id)
    assert len(one.cards) == 4 and len(whole.cards) == 5
    mob = next(t for t in one.themes if t.name == "Mobility")
    assert (mob.in_scope, mob.total) == (2, 3)
    assert {c.workshop_code for c in whole.cards} == {"W1", "W2"}


def test_board_refuses_a_workshop_of_another_project(db, project, other_project):
    _, their_workshop, _, _ = other_project
    with pytest.raises(ValidationError, match="another project"):
        clustering.load_board(db, project.id, their_workshop.id)


def test_load_cards_leaves_out_deleted_ideas(db, ideas):
    capture.delete_idea(db, ideas[0])
    cards = clustering.load_cards(db, [ideas[0], ideas[1], "nope"])
    assert list(cards) == [ideas[1]]


def test_two_thousand_ideas_load_and_merge_quickly(db, project, workshop, themes):
    inputs = [IdeaInput(text=f"Idea number {n} about the city", sdgs=(11,),
                        theme_id=list(themes.values())[n % 3]) for n in range(2000)]
    capture.add_ideas_in_one_transaction(db, workshop.id, inputs)
    start = time.perf_counter()
    board = clustering.load_board(db, project.id, workshop.id)
    load = time.perf_counter() - start
    assert len(board.cards) == 2000
    assert load < 1.0, f"loading the board took {load:.2f} s"
    start = time.perf_counter()
    result = clustering.merge_themes(db, themes["Mobility"], themes["Energy"])
    merge = time.perf_counter() - start
    assert len(result.live) == 667
    assert merge < 5.0, f"merging 667 ideas took {merge:.2f} s"
