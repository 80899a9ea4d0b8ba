"""The idea intake without Qt: codes, theme names and SDG numbers as typed or read, the one set
of reason codes, refusals that write nothing, and the completer lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services.ideas import capture, intake
from smartcity_desktop.services.ideas.intake import IdeaForm, IdeaInput, read_form
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.storage.models import Workshop


@pytest.fixture
def people(db, workshop):
    return [participants.register_participant(db, workshop.id, participants.ParticipantInput())
            for _ in range(3)]


# --------------------------------------------------------------------------- SDG numbers
@pytest.mark.parametrize("typed, expected", [
    ("", ()), ("   ", ()), (None, ()), ("11", (11,)), ("11 13", (11, 13)), ("13,11", (11, 13)),
    ("11; 13 11", (11, 13)), (" 1  17 ", (1, 17)), ("03", (3,)), ("13 / 11 + 3", (3, 11, 13)),
    ("SDG 11", (11,)), ("SDG-11 og SDG13", (11, 13)), ("11.2", (11,)),
    ("Mål 3 and goal 4", (3, 4)), ((13, 7, 13), (7, 13)),
])
def test_sdg_numbers_as_typed_or_read(typed, expected):
    assert intake.parse_sdgs(typed) == expected


@pytest.mark.parametrize("typed, reason", [
    ("0", intake.SDG_UNKNOWN), ("18", intake.SDG_UNKNOWN), ("11 99", intake.SDG_UNKNOWN),
    ((4, 18), intake.SDG_UNKNOWN), ("x", intake.SDG_UNREADABLE), ("-3", intake.SDG_UNREADABLE),
    ("١١", intake.SDG_UNREADABLE), ("11 abc", intake.SDG_UNREADABLE),
    ("ሰላም", intake.SDG_UNREADABLE), ("SDG", intake.SDG_UNREADABLE),
])
def test_bad_sdg_numbers_are_refused_with_a_reason(typed, reason):
    with pytest.raises(ValidationError) as err:
        intake.parse_sdgs(typed)
    assert err.value.field == "sdgs"
    assert err.value.reason == reason
    assert "1 to 17" in err.value.message


@given(st.lists(st.integers(1, 17), max_size=20), st.sampled_from([" ", ",", "; ", "  "]))
def test_sdg_numbers_round_trip(numbers, separator):
    typed = separator.join(str(n) for n in numbers)
    assert intake.parse_sdgs(typed) == tuple(sorted(set(numbers)))


# --------------------------------------------------------------------------- participant codes
@pytest.mark.parametrize("typed, expected", [
    ("7", "W1-007"), ("007", "W1-007"), ("123", "W1-123"), ("w1-007", "W1-007"),
    (" W1-012 ", "W1-012"), ("W2-001", "W2-001"), ("w1 - 7", "W1-007"), ("W1–3", "W1-003"),
    ("", ""), (None, ""),
])
def test_participant_codes_as_typed(typed, expected):
    assert intake.parse_participant_code(typed, "W1") == expected


@pytest.mark.parametrize("typed", ["Kari", "W1-", "W1 7", "١٢", "W1-0123456", "x" * 300])
def test_what_cannot_be_a_code_is_refused(typed):
    with pytest.raises(ValidationError) as err:
        intake.parse_participant_code(typed, "W1")
    assert err.value.field == "participant"
    assert err.value.reason == intake.NOT_A_CODE


def test_participant_codes_resolve_or_are_refused_with_a_reason(db, project, workshop, people):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = participants.register_participant(db, other.id, participants.ParticipantInput())
    with db.session() as s:
        lookup = intake.Lookup(s, s.get(Workshop, workshop.id))
        assert intake.resolve_participant(lookup, "") is None
        assert intake.resolve_participant(lookup, "2").id == people[1].id
        assert intake.resolve_participant(lookup, "w1-003").id == people[2].id
        for typed, reason, code in [("9", intake.PARTICIPANT_NOT_FOUND, "W1-009"),
                                    ("w2-001", intake.OTHER_WORKSHOP, stranger.code),
                                    ("W7-001", intake.UNKNOWN_WORKSHOP, "W7-001"),
                                    ("Kari", intake.NOT_A_CODE, "Kari")]:
            with pytest.raises(ValidationError) as err:
                intake.resolve_participant(lookup, typed)
            assert err.value.field == "participant"
            assert err.value.reason == reason
            assert err.value.details["code"] == code
    # A deleted participant is not found any more.
    participants.delete_participant(db, people[0].id)
    with db.session() as s:
        with pytest.raises(ValidationError) as err:
            intake.resolve_participant(intake.Lookup(s, s.get(Workshop, workshop.id)), "1")
    assert err.value.reason == intake.PARTICIPANT_NOT_FOUND


# --------------------------------------------------------------------------- the whole form
def test_a_full_form_becomes_an_idea_input(db, project, workshop, people):
    goal = projects.add_strategy_goal(db, project.id, "SG1", "Low emissions")
    energy = projects.add_theme(db, project.id, "Energy")
    data = read_form(db, workshop.id, IdeaForm(
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


def test_a_refused_form_writes_nothing_not_even_its_new_theme(db, project, workshop, people):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = participants.register_participant(db, other.id, participants.ParticipantInput())
    bad_forms = [
        (IdeaForm(text="   ", theme="Night transport"), "text"),
        (IdeaForm(text="x" * 5001, theme="Night transport"), "text"),
        (IdeaForm(text="ok", title="t" * 201, theme="Night transport"), "title"),
        (IdeaForm(text="ok", table_group="T" * 65, theme="Night transport"), "table_group"),
        (IdeaForm(text="ok", sdgs=(18,), theme="Night transport"), "sdgs"),
        (IdeaForm(text="ok", kind="maybe", theme="Night transport"), "kind"),
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
            capture.add_idea(db, workshop.id, read_form(db, workshop.id, form))
        assert err.value.field == field, form
    assert projects.list_themes(db, project.id) == []
    assert capture.count_ideas(db) == 0

    # Reading a form writes nothing: the new theme is made with the idea, in its transaction.
    data = read_form(db, workshop.id, IdeaForm(text="ok", theme="  Night   transport "))
    assert (data.theme_id, data.new_theme) == (None, "Night transport")
    assert projects.list_themes(db, project.id) == []
    idea_id = capture.add_idea(db, workshop.id, data)
    [theme] = projects.list_themes(db, project.id)
    assert theme.name == "Night transport"
    assert capture.get_idea(db, idea_id).data.theme_id == theme.id
    again = read_form(db, workshop.id, IdeaForm(text="ok", theme="night TRANSPORT"))
    assert (again.theme_id, again.new_theme) == (theme.id, None)
    capture.add_idea(db, workshop.id, again)
    assert len(projects.list_themes(db, project.id)) == 1


def test_a_table_group_as_author_and_scripts_kept_exactly(db, workshop):
    for text in ("مواعيد الحافلات في المساء", "የአውቶቡስ መርሐ ግብር", "Блок æøå"):
        data = read_form(db, workshop.id, IdeaForm(text=text, table_group=" Bord 3 "))
        assert data.author_table_group == "Bord 3" and data.author_participant_id is None
        assert capture.get_idea(db, capture.add_idea(db, workshop.id, data)).data.text == text


def test_an_unknown_workshop_is_refused(db):
    with pytest.raises(Exception) as err:
        read_form(db, "no-such-workshop", IdeaForm(text="ok"))
    assert "workshop" in str(err.value).lower()


# --------------------------------------------------------------------------- completer lists
def test_participant_codes_are_the_live_ones_of_the_workshop(db, project, workshop, people):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    participants.register_participant(db, other.id, participants.ParticipantInput())
    assert capture.participant_codes(db, workshop.id) == ["W1-001", "W1-002", "W1-003"]
    participants.delete_participant(db, people[1].id)
    assert capture.participant_codes(db, workshop.id) == ["W1-001", "W1-003"]


def test_table_groups_used_before_in_natural_order(db, project, workshop):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    for group in ("Table 10", "Table 2", "table 1", "Table 2", "Bord ²"):
        capture.add_idea(db, workshop.id, IdeaInput("x", author_table_group=group))
    capture.add_idea(db, other.id, IdeaInput("x", author_table_group="Elsewhere"))
    gone = capture.add_idea(db, workshop.id, IdeaInput("x", author_table_group="Deleted"))
    capture.delete_idea(db, gone)
    capture.add_idea(db, workshop.id, IdeaInput("x"))
    assert capture.table_groups(db, workshop.id) == [
        "Bord ²", "table 1", "Table 2", "Table 10"]
