"""Registering participants: codes, answers ("prefer not to say" is an answer), consent,
contact details kept apart, and deletion that leaves tombstones."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.workshop import overview, projects
from smartcity_desktop.services.workshop.participants import (
    ContactInput,
    IdeasOnDelete,
    ParticipantInput,
    delete_participant,
    find_participant,
    list_participants,
    register_participant,
    update_participant,
)


def rows(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(sa.text(sql), params).all()


def scalar(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def dimension(result, key):
    [dim] = [d for d in result if d.key == key]
    return dim


def group(dim, key):
    [g] = [g for g in dim.groups if g.key == key]
    return g.count


def test_codes_count_up_per_workshop(db, project, workshop):
    codes = [register_participant(db, workshop.id, ParticipantInput()).code for _ in range(3)]
    assert codes == ["W1-001", "W1-002", "W1-003"]
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    assert register_participant(db, w2.id, ParticipantInput()).code == "W2-001"
    assert register_participant(db, workshop.id, ParticipantInput()).code == "W1-004"


def test_a_deleted_participants_code_is_never_given_again(db, workshop):
    register_participant(db, workshop.id, ParticipantInput())
    last = register_participant(db, workshop.id, ParticipantInput())
    delete_participant(db, last.id)
    assert register_participant(db, workshop.id, ParticipantInput()).code == "W1-003"
    assert [p.code for p in list_participants(db, workshop.id)] == ["W1-001", "W1-003"]


def test_answers_are_stored_and_listed(db, workshop):
    data = ParticipantInput(answers={"age": "20-44", "gender": "woman", "stakeholder": "resident"},
                            consent_processing=True)
    p = register_participant(db, workshop.id, data)
    [row] = list_participants(db, workshop.id)
    assert row.id == p.id and row.consent_processing and not row.consent_contact
    assert row.answers == {"age": "20-44", "gender": "woman", "stakeholder": "resident"}
    assert not row.has_contact


def test_prefer_not_to_say_is_an_answer_and_omitted_is_not_answered(db, project, workshop):
    register_participant(db, workshop.id, ParticipantInput(answers={"age": "prefer_not_to_say"}))
    register_participant(db, workshop.id, ParticipantInput(answers={"age": "20-44",
                                                                    "gender": ""}))
    register_participant(db, workshop.id, ParticipantInput())
    stored = rows(db, "SELECT c.key, c.is_prefer_not_to_say FROM participant_answer a "
                      "JOIN demographic_category c ON c.id = a.category_id")
    assert sorted(tuple(r) for r in stored) == [("20-44", 0), ("prefer_not_to_say", 1)]

    result = overview.participants_by_group(db, project.id)
    age = dimension(result, "age")
    assert group(age, "prefer_not_to_say") == 1
    assert group(age, "20-44") == 1
    assert age.not_answered == 1
    gender = dimension(result, "gender")
    assert sum(g.count for g in gender.groups) == 0  # "" counts as not answered
    assert gender.not_answered == 3
    assert [g.key for g in age.groups] == [c.key for c in projects.list_dimensions(
        db, project.id)[0].categories]  # every category, in form order, zeros included


def test_self_description_is_kept_only_for_self_described(db, workshop):
    register_participant(db, workshop.id, ParticipantInput(
        answers={"gender": "self_described"}, self_description=" Two-spirit "))
    register_participant(db, workshop.id, ParticipantInput(
        answers={"gender": "woman"}, self_description="ignored"))
    stored = sorted(r[0] or "" for r in rows(db, "SELECT self_description FROM participant_answer"))
    assert stored == ["", "Two-spirit"]


@pytest.mark.parametrize("answers", [{"shoe_size": "42"}, {"age": "200+"}])
def test_unknown_questions_and_categories_are_refused(db, workshop, answers):
    with pytest.raises(ValidationError):
        register_participant(db, workshop.id, ParticipantInput(answers=answers))
    assert scalar(db, "SELECT count(*) FROM participant") == 0


def test_contact_details_need_consent_and_nothing_is_written_without_it(db, workshop):
    register_participant(db, workshop.id, ParticipantInput())
    data = ParticipantInput(answers={"age": "20-44"}, consent_processing=True,
                            consent_contact=False,
                            contact=ContactInput(name="Kari Nordmann", email="kari@example.no"))
    with pytest.raises(ValidationError) as info:
        register_participant(db, workshop.id, data)
    assert info.value.field == "contact"
    assert scalar(db, "SELECT count(*) FROM participant") == 1
    assert scalar(db, "SELECT count(*) FROM participant_answer") == 0
    assert scalar(db, "SELECT count(*) FROM contact_detail") == 0
    # the failed attempt did not use up a code either
    assert register_participant(db, workshop.id, ParticipantInput()).code == "W1-002"


def test_contact_details_with_consent_are_kept_apart(db, workshop):
    p = register_participant(db, workshop.id, ParticipantInput(
        consent_contact=True, contact=ContactInput(" Kari ", " kari@example.no ", "+47 400 00 000")))
    assert rows(db, "SELECT participant_id, name, email, phone FROM contact_detail") == [
        (p.id, "Kari", "kari@example.no", "+47 400 00 000")]
    assert list_participants(db, workshop.id)[0].has_contact
    # the participant table itself holds no personal data
    columns = {r[1] for r in rows(db, "PRAGMA table_info(participant)")}
    assert not columns & {"name", "email", "phone"}


def test_blank_contact_fields_need_no_consent(db, workshop):
    register_participant(db, workshop.id, ParticipantInput(contact=ContactInput("  ", "", " ")))
    assert scalar(db, "SELECT count(*) FROM contact_detail") == 0


@pytest.mark.parametrize("email", ["kari", "@example.no", "kari@"])
def test_a_bad_email_is_refused(db, workshop, email):
    with pytest.raises(ValidationError) as info:
        register_participant(db, workshop.id, ParticipantInput(
            consent_contact=True, contact=ContactInput(email=email)))
    assert info.value.field == "email"
    assert scalar(db, "SELECT count(*) FROM participant") == 0


def test_withdrawn_contact_consent_blanks_the_details(db, workshop):
    p = register_participant(db, workshop.id, ParticipantInput(
        answers={"age": "20-44", "gender": "man"}, consent_contact=True,
        contact=ContactInput("Ola", "ola@example.no")))
    update_participant(db, p.id, ParticipantInput(answers={"age": "45-66"}))
    assert rows(db, "SELECT name, email, phone, deleted FROM contact_detail") == [("", "", "", 1)]
    [row] = list_participants(db, workshop.id)
    assert row.answers == {"age": "45-66"}
    assert not row.has_contact and not row.consent_contact
    # the dropped answer is a tombstone, the changed one kept its record id
    assert scalar(db, "SELECT count(*) FROM participant_answer WHERE deleted = 1") == 1
    assert scalar(db, "SELECT count(*) FROM participant_answer") == 2


def test_find_participant_by_code(db, workshop):
    p = register_participant(db, workshop.id, ParticipantInput())
    assert find_participant(db, " w1-001 ").id == p.id
    delete_participant(db, p.id)
    with pytest.raises(NotFoundError):
        find_participant(db, "W1-001")


# --------------------------------------------------------------------------- deletion


@pytest.fixture
def author_with_ideas(db, workshop):
    p = register_participant(db, workshop.id, ParticipantInput(
        answers={"age": "20-44", "gender": "woman"}, consent_contact=True,
        contact=ContactInput("Kari", "kari@example.no")))
    ideas = [capture.add_idea(db, workshop.id, capture.IdeaInput(
        text=f"Idea {n}", author_participant_id=p.id)) for n in range(2)]
    other = capture.add_idea(db, workshop.id, capture.IdeaInput(text="Someone else's idea"))
    return p, ideas, other


def _assert_participant_tombstoned(db, participant_id):
    assert rows(db, "SELECT deleted FROM participant WHERE id = :i", i=participant_id) == [(1,)]
    assert rows(db, "SELECT deleted FROM participant_answer WHERE participant_id = :i",
                i=participant_id) == [(1,), (1,)]
    assert rows(db, "SELECT name, email, deleted FROM contact_detail WHERE participant_id = :i",
                i=participant_id) == [("", "", 1)]


def test_delete_keeping_the_ideas(db, workshop, author_with_ideas):
    p, ideas, other = author_with_ideas
    assert delete_participant(db, p.id, IdeasOnDelete.KEEP) == []
    _assert_participant_tombstoned(db, p.id)
    assert list_participants(db, workshop.id) == []
    for idea_id in ideas:
        snap = capture.get_idea(db, idea_id)
        assert not snap.deleted and snap.data.author_participant_id == p.id
    assert capture.count_ideas(db) == 3


def test_delete_anonymising_the_ideas(db, author_with_ideas):
    p, ideas, other = author_with_ideas
    assert sorted(delete_participant(db, p.id, "anonymise")) == sorted(ideas)
    _assert_participant_tombstoned(db, p.id)
    for idea_id in ideas:
        snap = capture.get_idea(db, idea_id)
        assert not snap.deleted and snap.data.author_participant_id is None
    assert capture.count_ideas(db) == 3


def test_delete_with_the_ideas(db, author_with_ideas):
    p, ideas, other = author_with_ideas
    assert sorted(delete_participant(db, p.id, IdeasOnDelete.DELETE)) == sorted(ideas)
    _assert_participant_tombstoned(db, p.id)
    assert [capture.get_idea(db, i).deleted for i in ideas] == [True, True]
    assert not capture.get_idea(db, other).deleted
    assert capture.count_ideas(db) == 1
    assert scalar(db, "SELECT count(*) FROM idea") == 3  # tombstones, not removed rows


def test_deleting_twice_is_refused(db, workshop):
    p = register_participant(db, workshop.id, ParticipantInput())
    delete_participant(db, p.id)
    with pytest.raises(NotFoundError):
        delete_participant(db, p.id)


def test_a_deleted_participant_is_not_counted(db, project, workshop):
    keep = register_participant(db, workshop.id, ParticipantInput(answers={"age": "80+"}))
    gone = register_participant(db, workshop.id, ParticipantInput(answers={"age": "80+"}))
    delete_participant(db, gone.id)
    age = dimension(overview.participants_by_group(db, project.id, workshop.id), "age")
    assert group(age, "80+") == 1 and age.not_answered == 0
    assert keep.id != gone.id
