"""services.capture_form without Qt: codes, theme names and SDG numbers as typed on a form,
refusals that write nothing, and the completer lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services.ideas import capture, capture_form
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.ideas.capture_form import IdeaForm, resolve_idea_form
from smartcity_desktop.services.workshop import participants, projects


@pytest.fixture
def people(db, workshop):
    return [participants.register_participant(db, workshop.id, participants.ParticipantInput())
            for _ in range(3)]


# --------------------------------------------------------------------------- SDG numbers
@pytest.mark.parametrize("typed, expected", [
    ("", ()), ("   ", ()), ("11", (11,)), ("11 13", (11, 13)), ("13,11", (11, 13)),
    ("11; 13 11", (11, 13)), (" 1  17 ", (1, 17)), ("03", (3,)),
])
def test_sdg_numbers_as_typed(typed, expected):
    assert capture_form.parse_sdg_numbers(typed) == expected


@pytest.mark.parametrize("typed", ["0", "18", "11 99", "x", "1.5", "-3", "١١", "11 abc"])
def test_bad_sdg_numbers_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        capture_form.parse_sdg_numbers(typed)
    assert err.value.field == "sdgs"
    assert "1 to 17" in err.value.message


@given(st.lists(st.integers(1, 17), max_size=20), st.sampled_from([" ", ",", "; ", "  "]))
def test_sdg_numbers_round_trip(numbers, separator):
    typed = separator.join(str(n) for n in numbers)
    assert capture_form.parse_sdg_numbers(typed) == tuple(sorted(set(numbers)))


# --------------------------------------------------------------------------- participant codes
@pytest.mark.parametrize("typed, expected", [
    ("7", "W1-007"), ("007", "W1-007"), ("123", "W1-123"), ("w1-007", "W1-007"),
    (" W1-012 ", "W1-012"), ("W2-001", "W2-001"), ("Kari", "KARI"),
])
def test_expand_participant_code(typed, expected):
    assert capture_form.expand_participant_code("W1", typed) == expected


def test_participant_codes_resolve_or_are_refused_with_a_reason(db, project, workshop, people):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = participants.register_participant(db, other.id, participants.ParticipantInput())
    assert capture_form.resolve_participant(db, workshop, "") is None
    assert capture_form.resolve_participant(db, workshop, "2").id == people[1].id
    assert capture_form.resolve_participant(db, workshop, "w1-003").id == people[2].id
    for typed, reason, code in [("9", capture_form.UNKNOWN_PARTICIPANT, "W1-009"),
                                ("w2-001", capture_form.OTHER_WORKSHOP, stranger.code),
                                ("Kari", capture_form.NOT_A_CODE, "Kari")]:
        with pytest.raises(ValidationError) as err:
            capture_form.resolve_participant(db, workshop, typed)
        assert err.value.field == "participant"
        assert err.value.details["reason"] == reason
        assert err.value.details["code"] == code
    # A deleted participant is not found any more.
    participants.delete_participant(db, people[0].id)
    with pytest.raises(ValidationError) as err:
        capture_form.resolve_participant(db, workshop, "1")
    assert err.value.details["reason"] == capture_form.UNKNOWN_PARTICIPANT


# --------------------------------------------------------------------------- the whole form
def test_a_full_form_becomes_an_idea_input(db, project, workshop, people):
    goal = projects.add_strategy_goal(db, project.id, "SG1", "Low emissions")
    energy = projects.add_theme(db, project.id, "Energy")
    data = resolve_idea_form(db, workshop.id, IdeaForm(
        text="  Solar panels on the school roof  ", kind=IdeaKind.NEED, title=" Solar ",
        theme="ENERGY", sdgs=(13, 7), strategy_goal_ids=(goal.id,), source=IdeaSource.PAPER,
        participant_code="3", entered_by="Kari"))
    assert data.theme_id == energy.id  # matched ignoring case, not created again
    assert data.author_participant_id == people[2].id
    assert data.sdgs == (7, 13) and data.strategy_goal_ids == (goal.id,)
    assert (data.kind, data.source, data.entered_by) == (IdeaKind.NEED, IdeaSource.PAPER, "Kari")
    assert len(projects.list_themes(db, project.id)) == 1
    idea_id = capture.add_idea(db, workshop.id, data)
    stored = capture.get_idea(db, idea_id).data
    assert (stored.text, stored.title) == ("Solar panels on the school roof", "Solar")
    assert stored.theme_id == energy.id and stored.author_participant_id == people[2].id


def test_a_new_theme_is_created_only_when_everything_else_passes(db, project, workshop,
                                                                  people):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = participants.register_participant(db, other.id, participants.ParticipantInput())
    bad_forms = [
        (IdeaForm(text="   ", theme="Night transport"), "text"),
        (IdeaForm(text="x" * 5001, theme="Night transport"), "text"),
        (IdeaForm(text="ok", title="t" * 201, theme="Night transport"), "title"),
        (IdeaForm(text="ok", table_group="T" * 65, theme="Night transport"), "table_group"),
        (IdeaForm(text="ok", sdgs=(18,), theme="Night transport"), "sdgs"),
        (IdeaForm(text="ok", kind="wish", theme="Night transport"), "kind"),
        (IdeaForm(text="ok", source="email", theme="Night transport"), "source"),
        (IdeaForm(text="ok", participant_code="W1-999", theme="Night transport"), "participant"),
        (IdeaForm(text="ok", participant_code=stranger.code, theme="Night transport"),
         "participant"),
        (IdeaForm(text="ok", participant_code="1", table_group="Table 2",
                  theme="Night transport"), "author"),
        (IdeaForm(text="ok", theme="n" * 201), "theme"),
    ]
    for form, field in bad_forms:
        with pytest.raises(ValidationError) as err:
            resolve_idea_form(db, workshop.id, form)
        assert err.value.field == field, form
    assert projects.list_themes(db, project.id) == []
    assert capture.count_ideas(db) == 0

    data = resolve_idea_form(db, workshop.id, IdeaForm(text="ok", theme=" Night transport "))
    [theme] = projects.list_themes(db, project.id)
    assert (theme.name, theme.id) == ("Night transport", data.theme_id)
    again = resolve_idea_form(db, workshop.id, IdeaForm(text="ok", theme="night TRANSPORT"))
    assert again.theme_id == theme.id and len(projects.list_themes(db, project.id)) == 1


def test_a_table_group_as_author_and_scripts_kept_exactly(db, workshop):
    for text in ("مواعيد الحافلات في المساء", "የአውቶቡስ መርሐ ግብር", "Блок æøå"):
        data = resolve_idea_form(db, workshop.id, IdeaForm(text=text, table_group=" Bord 3 "))
        assert data.author_table_group == "Bord 3" and data.author_participant_id is None
        assert capture.get_idea(db, capture.add_idea(db, workshop.id, data)).data.text == text


def test_an_unknown_workshop_is_refused(db):
    with pytest.raises(Exception) as err:
        resolve_idea_form(db, "no-such-workshop", IdeaForm(text="ok"))
    assert "workshop" in str(err.value).lower()


# --------------------------------------------------------------------------- completer lists
def test_participant_codes_are_the_live_ones_of_the_workshop(db, project, workshop, people):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    participants.register_participant(db, other.id, participants.ParticipantInput())
    assert capture_form.participant_codes(db, workshop.id) == ["W1-001", "W1-002", "W1-003"]
    participants.delete_participant(db, people[1].id)
    assert capture_form.participant_codes(db, workshop.id) == ["W1-001", "W1-003"]


def test_table_groups_used_before_in_natural_order(db, project, workshop):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    for group in ("Table 10", "Table 2", "table 1", "Table 2", "Bord ²"):
        capture.add_idea(db, workshop.id, IdeaInput("x", author_table_group=group))
    capture.add_idea(db, other.id, IdeaInput("x", author_table_group="Elsewhere"))
    gone = capture.add_idea(db, workshop.id, IdeaInput("x", author_table_group="Deleted"))
    capture.delete_idea(db, gone)
    capture.add_idea(db, workshop.id, IdeaInput("x"))
    assert capture_form.table_groups(db, workshop.id) == [
        "Bord ²", "table 1", "Table 2", "Table 10"]
