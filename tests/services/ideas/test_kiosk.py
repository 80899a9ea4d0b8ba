"""Kiosk submissions (participant + answers + idea in one transaction, consent required for
answers, no contact details) and the facilitator's PIN lock. No Qt."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture, intake, kiosk
from smartcity_desktop.services.ideas.capture import IdeaQuery
from smartcity_desktop.services.ideas.kiosk import PinCheck, PinLock, submit_kiosk_entry
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.services.workshop.participants import (
    ContactInput,
    ParticipantInput,
    list_participants,
    register_participant,
)
from smartcity_desktop.storage.models import Idea

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


def count(db, table: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()


def everything(db) -> dict[str, int]:
    """Row counts of every table a kiosk submission may write to."""
    return {t: count(db, t) for t in ("idea", "idea_fts", "participant", "participant_answer",
                                      "contact_detail")}


@pytest.fixture
def theme(db, project):
    return projects.add_theme(db, project.id, "Transport")


def test_answers_with_consent_register_the_author_with_the_idea(db, workshop, theme):
    register_participant(db, workshop.id, ParticipantInput())  # W1-001 registered at the door
    about = ParticipantInput(answers={"age": "20-44", "gender": "prefer_not_to_say",
                                      "stakeholder": "resident"}, consent_processing=True)
    result = submit_kiosk_entry(db, workshop.id, "  Evening buses to the library  ",
                                IdeaKind.NEED, theme.id, about)
    assert result.participant_code == "W1-002"
    idea = capture.get_idea(db, result.idea_id)
    assert idea.workshop_id == workshop.id
    assert idea.data.text == "Evening buses to the library"
    assert idea.data.kind == IdeaKind.NEED
    assert idea.data.theme_id == theme.id
    assert idea.data.source == IdeaSource.KIOSK
    assert idea.data.entered_by == "kiosk"
    assert idea.data.author_participant_id == result.participant_id
    rows = {p.code: p for p in list_participants(db, workshop.id)}
    me = rows["W1-002"]
    assert me.id == result.participant_id
    # "Prefer not to say" is stored as an answer; cultural background was not answered.
    assert me.answers == {"age": "20-44", "gender": "prefer_not_to_say",
                          "stakeholder": "resident"}
    assert me.consent_processing and not me.consent_contact and not me.has_contact
    # The idea is found by search (the FTS index was fed by the same transaction).
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop.id, text="library"))
    assert [capture.fetch_idea_rows(db, rowids)[r].id for r in rowids] == [result.idea_id]
    assert capture.fetch_idea_rows(db, rowids)[rowids[0]].author == "W1-002"


def test_self_description_is_kept_with_consent(db, workshop):
    about = ParticipantInput(answers={"gender": "self_described"},
                             self_description="Two-spirit", consent_processing=True)
    result = submit_kiosk_entry(db, workshop.id, "Benches", about=about)
    with db.engine.connect() as conn:
        stored = conn.execute(sa.text(
            "SELECT self_description FROM participant_answer WHERE participant_id = :p"),
            {"p": result.participant_id}).scalar()
    assert stored == "Two-spirit"


def test_without_answers_the_idea_is_anonymous_and_nobody_is_registered(db, workshop):
    for about in (None, ParticipantInput(), ParticipantInput(consent_processing=True),
                  ParticipantInput(answers={"age": "", "gender": None})):
        result = submit_kiosk_entry(db, workshop.id, "More trees", IdeaKind.IDEA, None, about)
        assert result.participant_id is None and result.participant_code is None
        idea = capture.get_idea(db, result.idea_id)
        assert idea.data.author_participant_id is None
        assert idea.data.source == IdeaSource.KIOSK
    assert count(db, "participant") == 0 and count(db, "participant_answer") == 0
    assert count(db, "idea") == 4


def test_answers_without_consent_are_refused_and_nothing_is_written(db, workshop):
    before = everything(db)
    about = ParticipantInput(answers={"age": "67-79"}, consent_processing=False)
    with pytest.raises(ValidationError) as err:
        submit_kiosk_entry(db, workshop.id, "Safer crossings", about=about)
    assert err.value.field == "consent"
    assert everything(db) == before


def test_the_kiosk_never_records_contact_details(db, workshop):
    before = everything(db)
    about = ParticipantInput(answers={"age": "67-79"}, consent_processing=True,
                             consent_contact=True, contact=ContactInput(email="a@b.no"))
    with pytest.raises(ValidationError) as err:
        submit_kiosk_entry(db, workshop.id, "Safer crossings", about=about)
    assert err.value.field == "contact"
    assert everything(db) == before


@pytest.mark.parametrize("text", ["", "   ", "\n\t \r\n", None])
def test_empty_text_is_refused_and_nothing_is_written(db, workshop, text):
    before = everything(db)
    about = ParticipantInput(answers={"age": "20-44"}, consent_processing=True)
    with pytest.raises(ValidationError) as err:
        submit_kiosk_entry(db, workshop.id, text, about=about)
    assert err.value.field == "text"
    assert everything(db) == before


def test_too_long_text_is_refused_and_nothing_is_written(db, workshop):
    before = everything(db)
    about = ParticipantInput(answers={"age": "20-44"}, consent_processing=True)
    with pytest.raises(ValidationError) as err:
        submit_kiosk_entry(db, workshop.id, "x" * 5001, about=about)
    assert err.value.field == "text" and err.value.details["limit"] == 5000
    assert everything(db) == before
    # The limit itself is fine.
    result = submit_kiosk_entry(db, workshop.id, "y" * 5000, about=about)
    assert len(capture.get_idea(db, result.idea_id).data.text) == 5000


@pytest.mark.parametrize("about, field", [
    (ParticipantInput(answers={"shoe_size": "42"}, consent_processing=True), "shoe_size"),
    (ParticipantInput(answers={"age": "12-15"}, consent_processing=True), "age"),
])
def test_unknown_answers_are_refused_and_nothing_is_written(db, workshop, about, field):
    before = everything(db)
    with pytest.raises(ValidationError) as err:
        submit_kiosk_entry(db, workshop.id, "Bike racks", about=about)
    assert err.value.field == field
    assert everything(db) == before


def test_bad_kind_or_foreign_theme_writes_nothing(db, project, workshop):
    other = projects.create_project(db, "Other project")
    foreign = projects.add_theme(db, other.id, "Water")
    about = ParticipantInput(answers={"age": "20-44"}, consent_processing=True)
    before = everything(db)
    with pytest.raises(ValidationError):
        submit_kiosk_entry(db, workshop.id, "Bike racks", "maybe", None, about)
    with pytest.raises(ValidationError):
        submit_kiosk_entry(db, workshop.id, "Bike racks", IdeaKind.IDEA, foreign.id, about)
    with pytest.raises(NotFoundError):
        submit_kiosk_entry(db, "no-such-workshop", "Bike racks", about=about)
    assert everything(db) == before


def test_a_crash_while_writing_the_idea_leaves_no_participant(db, workshop, monkeypatch):
    """One transaction: the participant and answers are flushed before the idea is written;
    if writing the idea fails, they must not be left behind."""
    real = intake.new_record

    def failing(db_, cls, **values):
        if cls is Idea:
            raise RuntimeError("power cut")
        return real(db_, cls, **values)

    monkeypatch.setattr(intake, "new_record", failing)
    before = everything(db)
    about = ParticipantInput(answers={"age": "20-44", "gender": "woman"},
                             consent_processing=True)
    with pytest.raises(RuntimeError):
        submit_kiosk_entry(db, workshop.id, "Bike racks", about=about)
    assert everything(db) == before
    monkeypatch.setattr(intake, "new_record", real)
    # The code that was about to be used is still free.
    assert submit_kiosk_entry(db, workshop.id, "Bike racks",
                              about=about).participant_code == "W1-001"


@pytest.mark.parametrize("text", [ARABIC, ETHIOPIC, "Вечерние автобусы",
                                  "Sykkelstier på Ås"])
def test_every_script_round_trips(db, workshop, text):
    about = ParticipantInput(answers={"cultural_background": "immigrant"},
                             consent_processing=True)
    result = submit_kiosk_entry(db, workshop.id, f"\n{text}\n", IdeaKind.NEED, None, about)
    assert capture.get_idea(db, result.idea_id).data.text == text
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop.id, text=text.split()[0]))
    assert [capture.fetch_idea_rows(db, rowids)[r].text for r in rowids] == [text]


def test_codes_keep_counting_across_kiosk_and_door(db, workshop):
    about = ParticipantInput(answers={"age": "80+"}, consent_processing=True)
    assert submit_kiosk_entry(db, workshop.id, "a", about=about).participant_code == "W1-001"
    assert register_participant(db, workshop.id, ParticipantInput()).code == "W1-002"
    assert submit_kiosk_entry(db, workshop.id, "b", about=about).participant_code == "W1-003"


# --------------------------------------------------------------------------- the PIN


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pin_is_kept_only_as_a_salted_hash():
    a = PinLock.from_pin("2468")
    b = PinLock.from_pin("2468")
    assert a.salt != b.salt and a.digest != b.digest
    assert b"2468" not in a.digest and "2468" not in repr(a)
    assert a.check("2468") == PinCheck.OK and b.check("2468") == PinCheck.OK
    assert a.check("2469") == PinCheck.WRONG


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", "½½½½", None])
def test_bad_pins_are_refused(pin):
    with pytest.raises(ValidationError) as err:
        PinLock.from_pin(pin)
    assert err.value.field == "pin"


def test_digits_of_other_scripts_are_the_same_pin():
    lock = PinLock.from_pin("٢٠٢٤")  # Arabic-Indic digits
    assert lock.check("2024") == PinCheck.OK
    assert kiosk.normalise_pin(" 0042 ") == "0042"


def test_five_wrong_tries_lock_out_for_thirty_seconds():
    clock = FakeClock()
    lock = PinLock.from_pin("13579", clock=clock)
    results = [lock.check(p) for p in ("1", "11111", "00000", "1357", "97531")]
    assert results == [PinCheck.WRONG] * 4 + [PinCheck.LOCKED]
    assert lock.tries_left == 0
    assert lock.seconds_locked() == pytest.approx(30)
    clock.now += 29
    assert lock.check("13579") == PinCheck.LOCKED  # even the right PIN, while locked
    clock.now += 1.5
    assert lock.seconds_locked() == 0 and lock.tries_left == 5
    assert lock.check("13579") == PinCheck.OK


def test_a_right_pin_resets_the_count_of_wrong_tries():
    lock = PinLock.from_pin("1234", clock=FakeClock())
    for _ in range(4):
        assert lock.check("0000") == PinCheck.WRONG
    assert lock.check("1234") == PinCheck.OK
    assert lock.tries_left == 5
    assert [lock.check("0000") for _ in range(4)] == [PinCheck.WRONG] * 4


def test_a_database_failure_is_the_services_error_and_saves_nothing(db, workshop, monkeypatch):
    """The kiosk window catches SmartCityError, not the database driver's errors: a refused
    write comes back as KioskEntryNotSaved, with nothing of the entry left behind."""
    real = intake.new_record

    def refused(db_, cls, **values):
        if cls is Idea:
            raise sa.exc.OperationalError("INSERT INTO idea", {}, Exception("database is locked"))
        return real(db_, cls, **values)

    monkeypatch.setattr(intake, "new_record", refused)
    before = everything(db)
    about = ParticipantInput(answers={"age": "20-44"}, consent_processing=True)
    with pytest.raises(kiosk.KioskEntryNotSaved) as caught:
        submit_kiosk_entry(db, workshop.id, "Bike racks", about=about)
    assert caught.value.code == "kiosk_not_saved"
    assert caught.value.__cause__.reason == "db_locked"  # a DatabaseWriteError that says why
    assert isinstance(caught.value.__cause__.__cause__, sa.exc.OperationalError)
    assert everything(db) == before
