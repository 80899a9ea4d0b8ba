"""Capturing ideas: validation that writes nothing on refusal, links kept as tombstones, and
text in every script stored exactly and found again."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.services.workshop.participants import ParticipantInput, register_participant


def rows(db, sql: str, **params):
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql), params).all()]


def all_rows_count(db) -> dict[str, int]:
    tables = ("idea", "idea_sdg", "idea_strategy_goal")
    return {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


@pytest.fixture
def goals(db, project):
    return [projects.add_strategy_goal(db, project.id, f"K{n}", f"Goal {n}").id for n in (1, 2, 3)]


def test_add_idea_stores_everything(db, project, workshop, goals):
    theme = projects.add_theme(db, project.id, "Cycling")
    p = register_participant(db, workshop.id, ParticipantInput())
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(
        text="  More bike parking\r\nat the station  ", title=" Bike parking ", kind="need",
        theme_id=theme.id, sdgs=(13, 11, 11), strategy_goal_ids=(goals[1], goals[0], goals[1]),
        source="paper", author_participant_id=p.id, entered_by=" Kari "))
    snap = capture.get_idea(db, idea_id)
    assert snap.id == idea_id and snap.workshop_id == workshop.id
    assert snap.data.text == "More bike parking\nat the station"
    assert snap.data.title == "Bike parking"
    assert snap.data.kind is IdeaKind.NEED and snap.data.source is IdeaSource.PAPER
    assert snap.data.theme_id == theme.id
    assert snap.data.sdgs == (11, 13)
    assert sorted(snap.data.strategy_goal_ids) == sorted(goals[:2])
    assert snap.data.author_participant_id == p.id
    assert snap.data.entered_by == "Kari"
    assert snap.status == "new" and not snap.deleted
    assert snap.created_at.tzinfo is not None


def test_update_replaces_links_and_tombstones_the_removed_ones(db, workshop, goals):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Trees", sdgs=(11, 13),
                                                          strategy_goal_ids=(goals[0],)))
    before = capture.update_idea(db, idea_id, IdeaInput(text="More trees", sdgs=(13, 15),
                                                        strategy_goal_ids=(goals[1],)))
    assert before.data.text == "Trees" and before.data.sdgs == (11, 13)
    snap = capture.get_idea(db, idea_id)
    assert snap.data.text == "More trees"
    assert snap.data.sdgs == (13, 15)
    assert snap.data.strategy_goal_ids == (goals[1],)
    assert sorted(rows(db, "SELECT sdg_number, deleted FROM idea_sdg")) == [
        (11, 1), (13, 0), (15, 0)]
    assert sorted(rows(db, "SELECT goal_id, deleted FROM idea_strategy_goal")) == sorted(
        [(goals[0], 1), (goals[1], 0)])


def test_a_link_that_comes_back_reuses_its_record(db, workshop, goals):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Trees", sdgs=(11,),
                                                          strategy_goal_ids=(goals[0],)))
    [(link_id,)] = rows(db, "SELECT id FROM idea_sdg")
    [(goal_link_id,)] = rows(db, "SELECT id FROM idea_strategy_goal")
    capture.update_idea(db, idea_id, IdeaInput(text="Trees"))
    assert rows(db, "SELECT deleted FROM idea_sdg") == [(1,)]
    assert capture.get_idea(db, idea_id).data.sdgs == ()
    capture.update_idea(db, idea_id, IdeaInput(text="Trees", sdgs=(11,),
                                               strategy_goal_ids=(goals[0],)))
    assert rows(db, "SELECT id, deleted FROM idea_sdg") == [(link_id, 0)]
    assert rows(db, "SELECT id, deleted FROM idea_strategy_goal") == [(goal_link_id, 0)]


def test_delete_and_restore_leave_a_tombstone(db, workshop):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Bench by the river", sdgs=(11,)))
    capture.delete_idea(db, idea_id)
    assert capture.get_idea(db, idea_id).deleted
    assert rows(db, "SELECT deleted FROM idea WHERE id = :i", i=idea_id) == [(1,)]
    assert capture.count_ideas(db, workshop.id) == 0
    with pytest.raises(ValidationError):
        capture.update_idea(db, idea_id, IdeaInput(text="Edited while deleted"))
    capture.restore_idea(db, idea_id)
    snap = capture.get_idea(db, idea_id)
    assert not snap.deleted and snap.data.sdgs == (11,)
    assert snap.data.text == "Bench by the river"
    assert capture.count_ideas(db, workshop.id) == 1


def test_unknown_ideas_are_reported(db):
    with pytest.raises(ValidationError):
        capture.get_idea(db, "no-such-idea")
    with pytest.raises(ValidationError):
        capture.delete_idea(db, "no-such-idea")


def test_an_idea_needs_a_live_workshop(db):
    with pytest.raises(NotFoundError):
        capture.add_idea(db, "no-such-workshop", IdeaInput(text="x"))


def test_a_participant_of_another_workshop_is_refused(db, project, workshop):
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = register_participant(db, w2.id, ParticipantInput())
    with pytest.raises(ValidationError) as info:
        capture.add_idea(db, workshop.id, IdeaInput(text="Hi", author_participant_id=stranger.id))
    assert info.value.field == "participant"
    assert "W2-001" in info.value.message
    assert all_rows_count(db)["idea"] == 0
    # also when editing an existing idea
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Hi"))
    with pytest.raises(ValidationError):
        capture.update_idea(db, idea_id, IdeaInput(text="Hi", author_participant_id=stranger.id))
    assert capture.get_idea(db, idea_id).data.author_participant_id is None


def test_a_deleted_participant_cannot_author_new_ideas(db, workshop):
    from smartcity_desktop.services.workshop.participants import delete_participant

    p = register_participant(db, workshop.id, ParticipantInput())
    delete_participant(db, p.id)
    with pytest.raises(ValidationError):
        capture.add_idea(db, workshop.id, IdeaInput(text="Hi", author_participant_id=p.id))
    assert all_rows_count(db)["idea"] == 0


def test_participant_and_table_group_together_are_refused(db, workshop):
    p = register_participant(db, workshop.id, ParticipantInput())
    with pytest.raises(ValidationError) as info:
        capture.add_idea(db, workshop.id, IdeaInput(text="Hi", author_participant_id=p.id,
                                                    author_table_group="Table 3"))
    assert info.value.field == "author"
    assert all_rows_count(db)["idea"] == 0
    # each on its own is fine
    a = capture.add_idea(db, workshop.id, IdeaInput(text="Hi", author_table_group=" Table 3 "))
    assert capture.get_idea(db, a).data.author_table_group == "Table 3"


@pytest.mark.parametrize("data, field", [
    (IdeaInput(text=""), "text"),
    (IdeaInput(text=" \n\t "), "text"),
    (IdeaInput(text="x" * 5001), "text"),
    (IdeaInput(text="ok", title="t" * 201), "title"),
    (IdeaInput(text="ok", sdgs=(11, 18)), "sdgs"),
    (IdeaInput(text="ok", sdgs=(0,)), "sdgs"),
    (IdeaInput(text="ok", kind="maybe"), "kind"),
    (IdeaInput(text="ok", source="email"), "source"),
    (IdeaInput(text="ok", theme_id="no-such-theme"), "theme"),
    (IdeaInput(text="ok", strategy_goal_ids=("no-such-goal",)), "strategy_goals"),
    (IdeaInput(text="ok", author_participant_id="no-such-person"), "participant"),
])
def test_invalid_ideas_are_refused_and_nothing_is_written(db, workshop, data, field):
    with pytest.raises(ValidationError) as info:
        capture.add_idea(db, workshop.id, data)
    assert info.value.field == field
    assert all_rows_count(db) == {"idea": 0, "idea_sdg": 0, "idea_strategy_goal": 0}


def test_an_invalid_edit_changes_nothing(db, workshop):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Original", sdgs=(3,)))
    with pytest.raises(ValidationError):
        capture.update_idea(db, idea_id, IdeaInput(text="x" * 5001, sdgs=(4,)))
    with pytest.raises(ValidationError):
        capture.update_idea(db, idea_id, IdeaInput(text="Changed", sdgs=(4, 99)))
    snap = capture.get_idea(db, idea_id)
    assert snap.data.text == "Original" and snap.data.sdgs == (3,)
    assert rows(db, "SELECT sdg_number, deleted FROM idea_sdg") == [(3, 0)]


def test_themes_and_goals_of_another_project_are_refused(db, workshop):
    other = projects.create_project(db, "Other")
    theme = projects.add_theme(db, other.id, "Harbour")
    goal = projects.add_strategy_goal(db, other.id, "X1", "Other goal")
    with pytest.raises(ValidationError):
        capture.add_idea(db, workshop.id, IdeaInput(text="x", theme_id=theme.id))
    with pytest.raises(ValidationError):
        capture.add_idea(db, workshop.id, IdeaInput(text="x", strategy_goal_ids=(goal.id,)))
    assert all_rows_count(db)["idea"] == 0


def test_the_text_limit_is_5000_characters(db, workshop):
    text = "æ" * 4999 + "ø"
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text=text))
    assert capture.get_idea(db, idea_id).data.text == text


def test_an_idea_can_be_given_its_id(db, workshop):
    chosen = "7b1c3f1e-0000-4000-8000-000000000001"
    assert capture.add_idea(db, workshop.id, IdeaInput(text="x"), idea_id=chosen) == chosen
    assert capture.get_idea(db, chosen).data.text == "x"


# --------------------------------------------------------------------------- every script

SCRIPTS = {
    "norwegian": ("Blåbærsyltetøy og ærlige grønnsaksbutikker på Økern", "grønnsaksbutikker"),
    "arabic": ("مواعيد الحافلات في المساء", "الحافلات"),
    "cyrillic": ("Больше велосипедных дорожек", "велосипедных"),
    "ethiopic": ("የአውቶቡስ መርሐ ግብር", "መርሐ"),
}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_text_in_every_script_round_trips_and_is_found(db, workshop, name):
    text, word = SCRIPTS[name]
    title = text.split()[0]
    capture.add_idea(db, workshop.id, IdeaInput(text="Unrelated idea about parking"))
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text=text, title=title,
                                                          author_table_group=title))
    snap = capture.get_idea(db, idea_id)
    assert (snap.data.text, snap.data.title, snap.data.author_table_group) == (text, title, title)

    found = capture.idea_rowids(db, IdeaQuery(text=word))
    assert found == [capture.rowid_of(db, idea_id)]
    row = capture.fetch_idea_rows(db, found)[found[0]]
    assert (row.id, row.text, row.title, row.author) == (idea_id, text, title, title)
    assert row.workshop_code == "W1"
    # a prefix of the word finds it too (results while typing)
    assert capture.idea_rowids(db, IdeaQuery(text=word[:3])) == found


def test_norwegian_letters_are_searchable_in_any_case(db, workshop):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Ærlig talt: Østre bydel trenger ÅPNE plasser"))
    rowid = capture.rowid_of(db, idea_id)
    for word in ("ærlig", "ØSTRE", "åpne", "plass"):
        assert capture.idea_rowids(db, IdeaQuery(text=word)) == [rowid], word
