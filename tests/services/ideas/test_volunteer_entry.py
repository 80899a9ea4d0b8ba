"""Volunteer entry of paper idea cards (no Qt): checks while typing, single entry that makes
ideas at once, double entry compared field by field and resolved into exactly one idea per
card, undo, and the speed and discrepancy figures."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas import card_compare as vc
from smartcity_desktop.services.ideas import volunteer_entry as ve
from smartcity_desktop.services.ideas.volunteer_entry import CardFields
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
NORDIC = "Flere benker ved Æbeløkka, grønne tak på Østbanehallen og blåbærlyng"
CYRILLIC = "Больше велосипедных дорожек"
T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- helpers
@pytest.fixture
def people(db, workshop):
    """W1-001 … W1-003 in the workshop; W2-001 in another workshop."""
    codes = {}
    for _ in range(3):
        person = participants.register_participant(db, workshop.id, ParticipantInput())
        codes[person.code] = person.id
    other = projects.create_workshop(db, workshop.project_id, "W2", "Second evening")
    person = participants.register_participant(db, other.id, ParticipantInput())
    codes[person.code] = person.id
    return codes


def count(db, table: str, where: str = "1 = 1") -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar()


def single(db, workshop):
    return ve.create_batch(db, workshop.id, "Table 1 stack", double_entry=False,
                           created_by="Anna")


def double(db, workshop, label="Table 3 stack"):
    return ve.create_batch(db, workshop.id, label, double_entry=True, created_by="Anna")


def enter(db, batch, pass_no, volunteer, cards, start=T0, step=dt.timedelta(minutes=1)):
    return [ve.add_card_entry(db, batch.id, pass_no, volunteer, card, entered_at=start + n * step)
            for n, card in enumerate(cards)]


# --------------------------------------------------------------------------- checks
@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"participant_code": "W1-099", "text": "Benches"}, "participant_code",
     ["no participant W1-099"]),
    ({"participant_code": "W2-001", "text": "Benches"}, "participant_code",
     ["W2-001 belongs to workshop W2"]),
    ({"participant_code": "W9-001", "text": "Benches"}, "participant_code",
     ["no workshop W9", "W1-"]),
    ({"participant_code": "W1007", "text": "Benches"}, "participant_code",
     ["not a participant code", "W1-007"]),
    ({"participant_code": "W1-0x7", "text": "Benches"}, "participant_code",
     ["not a participant code"]),
    ({"text": ""}, "text", ["must not be empty"]),
    ({"text": "  \n\t "}, "text", ["must not be empty"]),
    ({"text": "x" * 5001}, "text", ["5001", "5000"]),
    ({"text": "Benches", "sdgs": "11 18"}, "sdgs", ["no SDG 18", "1 to 17"]),
    ({"text": "Benches", "sdgs": "0"}, "sdgs", ["no SDG 0"]),
    ({"text": "Benches", "sdgs": "11 b"}, "sdgs", ["Cannot read SDG numbers", "11 b"]),
    ({"text": "Benches", "kind": "maybe"}, "kind", ["not a kind", "need or idea"]),
    ({"text": "Benches", "theme": "t" * 201}, "theme", ["201"]),
])
@pytest.mark.parametrize("mode", ["single", "double"])
def test_a_bad_card_names_the_field_and_saves_nothing(db, workshop, people, fields, field,
                                                      words, mode):
    batch = single(db, workshop) if mode == "single" else double(db, workshop)
    with pytest.raises(ValidationError) as info:
        ve.add_card_entry(db, batch.id, 1, "Anna", fields)
    assert info.value.field == field
    for word in words:
        assert word in info.value.message
    assert count(db, "card_entry") == 0
    assert count(db, "idea") == 0
    assert count(db, "theme") == 0
    assert ve.count_entered(db, batch.id, 1) == 0


def test_a_deleted_participant_is_not_found(db, workshop, people):
    participants.delete_participant(db, people["W1-002"])
    batch = single(db, workshop)
    with pytest.raises(ValidationError, match="no participant W1-002"):
        ve.add_card_entry(db, batch.id, 1, "Anna", {"participant_code": "W1-002", "text": "x"})
    assert count(db, "card_entry") == 0


def test_codes_are_tidied_the_way_people_write_them(db, workshop, people):
    assert ve.check_participant_code(db, workshop.id, " w1 - 2 ") == ("W1-002",
                                                                     people["W1-002"])
    assert ve.check_participant_code(db, workshop.id, "W1–3") == ("W1-003", people["W1-003"])
    assert ve.check_participant_code(db, workshop.id, "") == ("", None)
    assert ve.check_participant_code(db, workshop.id, "3") == ("W1-003", people["W1-003"])


def test_the_volunteer_must_give_a_name_and_passes_must_fit_the_batch(db, workshop, people):
    one, two = single(db, workshop), double(db, workshop)
    with pytest.raises(ValidationError) as info:
        ve.add_card_entry(db, one.id, 1, "  ", {"text": "Benches"})
    assert info.value.field == "volunteer"
    with pytest.raises(ValidationError) as info:
        ve.add_card_entry(db, one.id, 2, "Anna", {"text": "Benches"})
    assert info.value.field == "pass_no"
    with pytest.raises(ValidationError) as info:
        ve.add_card_entry(db, two.id, 3, "Anna", {"text": "Benches"})
    assert info.value.field == "pass_no"
    with pytest.raises(ValidationError) as info:
        ve.add_card_entry(db, two.id, 1, "Anna", {"text": "Benches", "colour": "red"})
    assert info.value.field == "colour"
    assert count(db, "card_entry") == 0


def test_batch_labels_are_required_and_unique_within_the_workshop(db, workshop):
    double(db, workshop, "Table 3")
    with pytest.raises(ValidationError, match="already a batch called “Table 3”"):
        ve.create_batch(db, workshop.id, "  table 3 ")
    with pytest.raises(ValidationError) as info:
        ve.create_batch(db, workshop.id, "   ")
    assert info.value.field == "label"
    other = projects.create_workshop(db, workshop.project_id, "W2", "Second")
    ve.create_batch(db, other.id, "Table 3")  # another workshop may use the same name
    assert [b.label for b in ve.list_batches(db, workshop.id)] == ["Table 3"]


def test_a_closed_batch_takes_no_more_cards(db, workshop, people):
    batch = single(db, workshop)
    ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "Benches"})
    assert ve.close_batch(db, batch.id).status == "closed"
    with pytest.raises(ValidationError, match="closed"):
        ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "More benches"})
    assert ve.count_entered(db, batch.id, 1) == 1


# --------------------------------------------------------------------------- single entry
def test_single_entry_makes_an_idea_per_card_at_once(db, workshop, people):
    batch = single(db, workshop)
    projects.add_theme(db, workshop.project_id, "Mobility")
    cards = [
        {"participant_code": "w1-1", "kind": "need", "text": "Buses in the evening",
         "sdgs": "11 13", "theme": "mobility"},
        {"participant_code": "", "kind": "", "text": "A repair café", "sdgs": "",
         "theme": "Circular economy"},
        CardFields("W1-003", "idea", "Shade trees", "15", ""),
    ]
    saved = enter(db, batch, 1, "Anna", cards)
    assert [s.position for s in saved] == [1, 2, 3]
    assert [s.count for s in saved] == [1, 2, 3]
    assert ve.count_entered(db, batch.id, 1) == 3
    ideas = [capture.get_idea(db, s.idea_id) for s in saved]
    assert [i.data.text for i in ideas] == ["Buses in the evening", "A repair café",
                                            "Shade trees"]
    assert [i.data.kind for i in ideas] == [IdeaKind.NEED, IdeaKind.IDEA, IdeaKind.IDEA]
    assert [i.data.sdgs for i in ideas] == [(11, 13), (), (15,)]
    assert {i.data.source for i in ideas} == {IdeaSource.PAPER}
    assert {i.data.entered_by for i in ideas} == {"Anna"}
    assert [i.data.author_participant_id for i in ideas] == [people["W1-001"], None,
                                                             people["W1-003"]]
    themes = {t.id: t.name for t in projects.list_themes(db, workshop.project_id)}
    assert [themes.get(i.data.theme_id) for i in ideas] == ["Mobility", "Circular economy",
                                                            None]
    assert sorted(themes.values()) == ["Circular economy", "Mobility"]  # no "mobility" twin
    assert capture.count_ideas(db, workshop.id) == 3
    info = ve.get_batch(db, batch.id)
    assert (info.count(1), info.resolved, info.status) == (3, 3, "open")
    # the card records keep what was typed, tidied, with the idea they became
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT position, participant_code, kind, sdgs, theme_name, volunteer, "
            "resolved_idea_id FROM card_entry ORDER BY position")).all()
    assert [tuple(r) for r in rows] == [
        (1, "W1-001", "need", "11,13", "Mobility", "Anna", saved[0].idea_id),
        (2, "", "", "", "Circular economy", "Anna", saved[1].idea_id),
        (3, "W1-003", "idea", "15", "", "Anna", saved[2].idea_id)]


@pytest.mark.parametrize("text", [ARABIC, ETHIOPIC, NORDIC, CYRILLIC, "x" * 5000,
                                  "Line one\nline two — «quoted» 🚲"])
def test_every_script_and_the_longest_text_round_trip(db, workshop, people, text):
    batch = single(db, workshop)
    saved = ve.add_card_entry(db, batch.id, 1, "Åse Ødegård", {"text": text, "theme": ARABIC})
    idea = capture.get_idea(db, saved.idea_id)
    assert idea.data.text == text
    assert idea.data.entered_by == "Åse Ødegård"
    assert [t.name for t in projects.list_themes(db, workshop.project_id)] == [ARABIC]
    if len(text) < 100:
        [rowid] = capture.idea_rowids(db, capture.IdeaQuery(text=text.split()[0]))
        assert capture.fetch_idea_rows(db, [rowid])[rowid].id == saved.idea_id


def test_undoing_a_card_removes_its_idea_and_redo_brings_the_same_back(db, workshop, people):
    batch = single(db, workshop)
    command = ve.EnterCard(db, batch.id, 1, "Anna", CardFields(text="Benches"))
    change = command.redo()
    idea_id = command.saved.idea_id
    assert change.added == (idea_id,)
    assert command.undo().removed == (idea_id,)
    assert capture.count_ideas(db) == 0
    assert ve.count_entered(db, batch.id, 1) == 0
    assert command.redo().added == (idea_id,)
    assert capture.count_ideas(db) == 1 and ve.count_entered(db, batch.id, 1) == 1
    assert count(db, "card_entry") == 1 and count(db, "idea") == 1
    # after an undo the next card takes the freed number, and its idea is the new text
    command.undo()
    again = ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "Picnic tables"})
    assert again.position == 1
    assert capture.get_idea(db, again.idea_id).data.text == "Picnic tables"
    assert capture.count_ideas(db) == 1


def test_a_card_saved_without_its_idea_gets_it_once(db, workshop, people):
    """The app stopped between saving the card and making its idea."""
    batch = single(db, workshop)
    saved = ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "Benches"})
    with db.engine.begin() as conn:  # as if the second step never ran
        conn.execute(sa.text("UPDATE card_entry SET resolved_idea_id = NULL"))
        conn.execute(sa.text("DELETE FROM idea"))
    assert ve.complete_pending(db, batch.id) == [saved.idea_id]
    assert ve.complete_pending(db, batch.id) == []
    assert capture.count_ideas(db) == 1
    ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "Tables"})
    assert capture.count_ideas(db) == 2


# --------------------------------------------------------------------------- double entry
PASS_1 = [
    CardFields("W1-001", "need", "Buses run late in the evening", "11", "Mobility"),
    CardFields("W1-002", "idea", "A tool library at the school", "11,12", ""),
    CardFields("", "idea", ARABIC, "3,11", ""),
    CardFields("W1-003", "need", "Safer crossings at the market", "3", ""),
]
PASS_2 = [
    CardFields("W1-001", "need", "Buses run  late in the\nevening", "11", "mobility"),
    CardFields("W1-002", "idea", "A tool library at the scool", "11,12", ""),  # text differs
    CardFields("", "idea", ARABIC, "3,13", ""),                                # SDGs differ
]


@pytest.fixture
def typed(db, workshop, people):
    batch = double(db, workshop)
    enter(db, batch, 1, "Anna", PASS_1)
    enter(db, batch, 2, "Bilal", PASS_2, start=T0 + dt.timedelta(hours=1))
    return batch


def test_double_entry_makes_no_idea_until_resolved(db, workshop, typed):
    assert capture.count_ideas(db) == 0
    info = ve.get_batch(db, typed.id)
    assert (info.count(1), info.count(2), info.resolved, info.status) == (4, 3, 0, "open")


def test_compare_finds_the_planted_discrepancies_field_by_field(db, typed):
    comparison = vc.compare(db, typed.id)
    assert [c.position for c in comparison.cards] == [1, 2, 3, 4]
    by_position = {c.position: c for c in comparison.cards}
    # spaces, line breaks and the case of a theme are not discrepancies
    assert by_position[1].agrees
    assert by_position[2].differences == (vc.FieldDiff(
        "text", "A tool library at the school", "A tool library at the scool"),)
    assert by_position[3].differences == (vc.FieldDiff("sdgs", "3,11", "3,13"),)
    assert by_position[4].only_in == 1 and by_position[4].second is None
    assert by_position[4].open_fields == ve.FIELDS
    assert [c.position for c in comparison.discrepancies] == [2, 3, 4]
    assert [c.position for c in comparison.agreeing_unresolved] == [1]


def test_a_differing_card_must_be_decided_field_by_field(db, typed):
    with pytest.raises(ValidationError) as info:
        vc.resolve(db, typed.id, 2, {})
    assert info.value.field == "text" and "card 2" in info.value.message
    with pytest.raises(ValidationError) as info:
        vc.resolve(db, typed.id, 4, {"text": "Safer crossings"})
    assert info.value.field == "participant_code"
    with pytest.raises(ValidationError) as info:
        vc.resolve(db, typed.id, 3, {"sdgs": "3 18"})  # a typed correction is checked too
    assert info.value.field == "sdgs" and info.value.details["position"] == 3
    with pytest.raises(ValidationError, match="Card 9 has not been entered"):
        vc.resolve(db, typed.id, 9, {})
    assert capture.count_ideas(db) == 0
    assert count(db, "card_entry", "pass_no = 0") == 0


def test_resolving_makes_exactly_one_idea_per_card_with_the_chosen_values(db, workshop, typed,
                                                                         people):
    accepted = vc.accept_agreeing(db, typed.id, resolver="Coordinator")
    assert list(accepted.resolved) == [1] and not accepted.failed
    assert vc.accept_agreeing(db, typed.id).resolved == {}  # nothing twice
    ids = {1: accepted.resolved[1]}
    ids[2] = vc.resolve(db, typed.id, 2, {"text": "A tool library at the school"}, "Coordinator")
    ids[3] = vc.resolve(db, typed.id, 3, {"sdgs": "3 11 13"}, "Coordinator")  # typed value
    whole = PASS_1[3]
    ids[4] = vc.resolve(db, typed.id, 4, {f: whole.value(f) for f in ve.FIELDS}, "Coordinator")
    with pytest.raises(ValidationError, match="already been resolved"):
        vc.resolve(db, typed.id, 2, {"text": "again"})

    assert capture.count_ideas(db, workshop.id) == 4 == len(set(ids.values()))
    ideas = {n: capture.get_idea(db, i).data for n, i in ids.items()}
    assert ideas[1].text == "Buses run late in the evening"  # pass 1 wording kept
    assert ideas[1].author_participant_id == people["W1-001"]
    assert ideas[2].text == "A tool library at the school"
    assert ideas[3].text == ARABIC and ideas[3].sdgs == (3, 11, 13)
    assert ideas[4].text == "Safer crossings at the market" and ideas[4].sdgs == (3,)
    assert ideas[2].entered_by == "Anna, Bilal" and ideas[4].entered_by == "Anna"
    assert {d.source for d in ideas.values()} == {IdeaSource.PAPER}
    assert [t.name for t in projects.list_themes(db, workshop.project_id)] == ["Mobility"]
    assert ids[2] == ve.idea_id_for(typed.id, 2)
    # the chosen values are recorded as pass 0, and the typed passes point at the idea
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT position, sdgs, volunteer, resolved_idea_id FROM card_entry "
            "WHERE pass_no = 0 ORDER BY position")).all()
        unlinked = conn.execute(sa.text(
            "SELECT count(*) FROM card_entry WHERE resolved_idea_id IS NULL")).scalar()
    assert [(r[0], r[1], r[2]) for r in rows] == [(1, "11", "Coordinator"),
                                                  (2, "11,12", "Coordinator"),
                                                  (3, "3,11,13", "Coordinator"),
                                                  (4, "3", "Coordinator")]
    assert [r[3] for r in rows] == [ids[n] for n in (1, 2, 3, 4)]
    assert unlinked == 0
    info = ve.get_batch(db, typed.id)
    assert (info.resolved, info.status) == (4, "verified")
    comparison = vc.compare(db, typed.id)
    assert comparison.unresolved == ()
    assert comparison.card(3).resolved.sdgs == "3,11,13"
    # pass 2 catching up on a resolved card keeps the batch verified; a new card opens it
    assert ve.add_card_entry(db, typed.id, 2, "Bilal", PASS_1[3]).position == 4
    assert ve.get_batch(db, typed.id).status == "verified"
    assert ve.add_card_entry(db, typed.id, 1, "Anna", PASS_1[0]).position == 5
    assert ve.get_batch(db, typed.id).status == "open"


def test_undo_of_a_resolution_opens_the_cards_again(db, typed):
    command = vc.ResolveCards(db, typed.id, {1: {}, 2: {"text": "A tool library"},
                                             3: {"sdgs": "3 99"}}, "Coordinator")
    change = command.redo()
    assert sorted(command.result.resolved) == [1, 2]
    assert list(command.result.failed) == [3]  # reported, left open
    assert set(change.added) == {ve.idea_id_for(typed.id, 1), ve.idea_id_for(typed.id, 2)}
    assert capture.count_ideas(db) == 2
    assert set(command.undo().removed) == set(change.added)
    assert capture.count_ideas(db) == 0
    assert [c.position for c in vc.compare(db, typed.id).unresolved] == [1, 2, 3, 4]
    command.redo()
    assert capture.count_ideas(db) == 2 and count(db, "idea") == 2  # the same records back
    assert capture.get_idea(db, ve.idea_id_for(typed.id, 2)).data.text == "A tool library"


def test_a_resolution_that_fails_entirely_raises_and_changes_nothing(db, typed):
    command = vc.ResolveCards(db, typed.id, {3: {"sdgs": "18"}})
    with pytest.raises(ValidationError) as info:
        command.redo()
    assert info.value.field == "sdgs"
    assert capture.count_ideas(db) == 0


def test_single_entry_batches_have_nothing_to_compare(db, workshop, people):
    batch = single(db, workshop)
    with pytest.raises(ValidationError, match="nothing to compare"):
        vc.compare(db, batch.id)


def test_decomposed_letters_are_the_same_text(db, workshop, people):
    batch = double(db, workshop)
    composed = "Grønn kafé på torget"
    ve.add_card_entry(db, batch.id, 1, "Anna", {"text": composed})
    ve.add_card_entry(db, batch.id, 2, "Bilal",
                      {"text": unicodedata.normalize("NFD", composed)})
    assert vc.compare(db, batch.id).card(1).agrees


# --------------------------------------------------------------------------- figures
def test_forms_per_hour_leave_out_breaks(db, workshop, people):
    batch = double(db, workshop)
    # Anna: 4 cards two minutes apart, a 40-minute break, then 3 cards a minute apart
    minutes = [0, 2, 4, 6, 46, 47, 48]
    for n, minute in enumerate(minutes):
        ve.add_card_entry(db, batch.id, 1, "Anna", {"text": f"card {n}"},
                          entered_at=T0 + dt.timedelta(minutes=minute))
    # Bilal: 3 cards, 5 minutes apart; a second spelling of his name counts as him
    for n, minute in enumerate([0, 5, 10]):
        ve.add_card_entry(db, batch.id, 2, "Bilal" if n else "bilal", {"text": f"card {n}"},
                          entered_at=T0 + dt.timedelta(minutes=minute))
    figures = vc.stats(db, batch_id=batch.id)
    rates = {r.volunteer.casefold(): r for r in figures.volunteers}
    assert set(rates) == {"anna", "bilal"}
    anna = rates["anna"]
    assert anna.cards == 7
    assert anna.active == dt.timedelta(minutes=6 + 2)  # 3 gaps of 2 min, 2 gaps of 1 min
    assert anna.per_hour == pytest.approx(5 / (8 / 60))
    assert rates["bilal"].cards == 3
    assert rates["bilal"].per_hour == pytest.approx(12.0)
    # cards 1-3 were typed twice; "card 1" and "card 2" agree, the others were typed once
    assert (figures.cards_compared, figures.cards_differing) == (3, 0)
    assert figures.fields_compared == 3 * len(ve.FIELDS)
    assert figures.card_rate == 0 and figures.field_rate == 0


def test_discrepancy_rate_of_a_batch_and_of_the_workshop(db, workshop, people, typed):
    figures = vc.stats(db, batch_id=typed.id)
    # cards 1-3 are in both passes; card 2 differs in text, card 3 in SDGs
    assert (figures.cards_compared, figures.cards_differing) == (3, 2)
    assert (figures.fields_compared, figures.fields_differing) == (15, 2)
    assert figures.card_rate == pytest.approx(2 / 3)
    assert figures.field_rate == pytest.approx(2 / 15)
    assert {r.volunteer: r.cards for r in figures.volunteers} == {"Anna": 4, "Bilal": 3}
    assert {r.volunteer: r.per_hour for r in figures.volunteers} == {"Anna": 60.0,
                                                                      "Bilal": 60.0}
    # resolving does not change how well the passes agreed
    vc.accept_agreeing(db, typed.id)
    vc.resolve(db, typed.id, 2, {"text": "x"})
    assert vc.stats(db, batch_id=typed.id).fields_differing == 2
    # the workshop adds a single-entry batch (counted for speed, not for agreement) and a
    # second double-entry batch with one card that differs in every field but the theme
    one = single(db, workshop)
    ve.add_card_entry(db, one.id, 1, "Chen", {"text": "Benches"}, entered_at=T0)
    ve.add_card_entry(db, one.id, 1, "Chen", {"text": "Trees"},
                      entered_at=T0 + dt.timedelta(seconds=90))
    other = double(db, workshop, "Table 4")
    ve.add_card_entry(db, other.id, 1, "Anna", CardFields("W1-001", "need", "a", "1", "T"))
    ve.add_card_entry(db, other.id, 2, "Bilal", CardFields("W1-002", "idea", "b", "2", "t"))
    total = vc.stats(db, workshop_id=workshop.id)
    assert (total.cards_compared, total.cards_differing) == (4, 3)
    assert (total.fields_compared, total.fields_differing) == (20, 6)
    chen = next(r for r in total.volunteers if r.volunteer == "Chen")
    assert chen.cards == 2 and chen.per_hour == pytest.approx(40.0)
    with pytest.raises(ValueError):
        vc.stats(db)


def test_a_volunteer_with_one_card_has_no_rate_yet(db, workshop, people):
    batch = single(db, workshop)
    ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "Benches"})
    [rate] = vc.stats(db, batch_id=batch.id).volunteers
    assert (rate.cards, rate.per_hour) == (1, None)
    assert vc.stats(db, batch_id=batch.id).field_rate is None


def test_no_rate_from_a_few_seconds_of_typing(db, workshop, people):
    batch = ve.create_batch(db, workshop.id, "Quick stack", double_entry=False)
    start = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)
    for n in range(3):
        ve.add_card_entry(db, batch.id, 1, "Dana", {"text": f"Kort {n}"},
                          entered_at=start + dt.timedelta(seconds=n))
    (rate,) = vc.stats(db, batch_id=batch.id).volunteers
    assert rate.cards == 3 and rate.per_hour is None


# --------------------------------------------------------------------------- one transaction


def test_a_card_is_one_transaction(db, workshop, people, monkeypatch):
    from smartcity_desktop.services.ideas import intake

    batch = single(db, workshop)
    commits = []

    def on_commit(_conn):
        commits.append(1)

    sa.event.listen(db.engine, "commit", on_commit)
    try:
        saved = ve.add_card_entry(db, batch.id, 1, "Kari", {
            "participant_code": "W1-001", "kind": "need", "text": "Safer crossings",
            "sdgs": "11", "theme": "Road safety"})
    finally:
        sa.event.remove(db.engine, "commit", on_commit)
    # The card, its idea and the theme it names were written by one commit.
    assert len(commits) == 1
    assert saved.idea_id and saved.new_theme_id
    assert count(db, "theme", "deleted = false") == 1

    # A failure after the card row is in the session leaves nothing behind.
    def broken(self, data, idea_id=None, **kw):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(intake.IdeaWriter, "add", broken)
    before = [count(db, t) for t in ("card_entry", "idea", "theme", "idea_sdg")]
    try:
        ve.add_card_entry(db, batch.id, 1, "Kari", {"text": "Benches", "theme": "Rest"})
    except RuntimeError:
        pass
    else:
        raise AssertionError("the broken writer must fail the card")
    assert [count(db, t) for t in ("card_entry", "idea", "theme", "idea_sdg")] == before


def test_undo_of_a_card_takes_back_the_theme_it_created(db, workshop, people):
    batch = single(db, workshop)
    command = ve.EnterCard(db, batch.id, 1, "Kari", ve.CardFields(text="Benches",
                                                                  theme="Places to rest"))
    change = command.redo()
    assert change.themes == (command.saved.new_theme_id,)
    assert count(db, "theme", "deleted = false") == 1
    command.undo()
    assert count(db, "theme", "deleted = false") == 0
    assert count(db, "idea", "deleted = false") == 0
    command.redo()
    assert count(db, "theme", "deleted = false") == 1 and count(db, "theme") == 1
    assert count(db, "idea", "deleted = false") == 1
