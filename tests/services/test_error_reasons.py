"""The services' refusals name a stable reason and the parameters of their message, so the
GUI can say the same thing in the user's language (qt/errors.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.exports import tables
from smartcity_desktop.services.ideas import capture, clustering, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import rounds as prioritise
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.sync import package as sync_package
from smartcity_desktop.services.sync import package_read
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput


def _idea(db, workshop, text="Car-free Sundays"):
    return capture.add_idea(db, workshop.id, IdeaInput(text=text))


def test_a_missing_record_is_not_found_with_what_and_id(db):
    with pytest.raises(NotFoundError) as info:
        projects.get_workshop(db, "no-such-id")
    assert info.value.reason == "not_found"
    assert info.value.details == {"what": "workshop", "id": "no-such-id"}


def test_a_participant_code_that_does_not_exist(db, workshop):
    with pytest.raises(NotFoundError) as info:
        participants.find_participant(db, "W1-999")
    assert (info.value.reason, info.value.details["code"]) == ("participant_not_found", "W1-999")


def test_an_empty_theme_name_and_a_taken_one(db, project):
    with pytest.raises(ValidationError) as info:
        clustering.create_theme(db, project.id, "   ")
    assert (info.value.reason, info.value.field) == ("required", "theme")
    clustering.create_theme(db, project.id, "Mobility")
    with pytest.raises(ValidationError) as info:
        clustering.create_theme(db, project.id, "mobility")
    assert info.value.reason == "theme_exists"
    assert (info.value.details["existing"], info.value.details["name"]) == (
        "Mobility", "mobility")


def test_a_status_that_is_already_set(db, workshop):
    idea_id = _idea(db, workshop)
    lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "Fits the plan",
                            dt.date(2026, 10, 1))
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, [idea_id], IdeaStatus.ACCEPTED, "Again",
                                  dt.date(2026, 10, 2))
    assert (info.value.reason, info.value.details["status"]) == ("already_status", "accepted")
    with pytest.raises(ValidationError) as info:
        lifecycle.change_status(db, idea_id, IdeaStatus.DECLINED, "", dt.date(2026, 10, 2))
    assert (info.value.reason, info.value.field) == ("required", "reason")
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, [], IdeaStatus.DECLINED, "why", dt.date(2026, 10, 2))
    assert info.value.reason == "no_ideas"


def test_dot_ballots_name_the_limit_and_the_closed_round(db, workshop):
    ideas = [_idea(db, workshop, t) for t in ("A", "B", "C")]
    person = participants.register_participant(db, workshop.id, ParticipantInput()).id
    r = prioritise.create_round(db, workshop.id, "dots", name="Evening", dots_per_participant=2)
    with pytest.raises(ValidationError) as info:
        prioritise_votes.add_dot_ballot(db, r.id, person, ideas)
    assert info.value.reason == "too_many_dots"
    assert {k: info.value.details[k] for k in ("limit", "given", "used")} == {
        "limit": 2, "given": 3, "used": 0}
    prioritise_votes.add_dot_ballot(db, r.id, person, ideas[:1])
    with pytest.raises(ValidationError) as info:
        prioritise_votes.add_dot_ballot(db, r.id, person, ideas[1:])
    assert (info.value.reason, info.value.details["used"]) == ("too_many_dots_used", 1)
    prioritise.close_round(db, r.id)
    with pytest.raises(ValidationError) as info:
        prioritise_votes.add_dot_ballot(db, r.id, person, ideas[:1])
    assert (info.value.reason, info.value.details["name"]) == ("round_closed", "Evening")


def test_an_export_to_a_missing_folder_names_the_folder(db, project, tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(tables.ExportError) as info:
        tables.export_csv(db, missing, project_id=project.id)
    assert (info.value.reason, info.value.details["path"]) == ("folder_missing", str(missing))


def test_a_package_file_that_does_not_exist(db, tmp_path):
    with pytest.raises(sync_package.PackageRejected) as info:
        package_read.read_package(tmp_path / "gone.zip", db)
    assert info.value.reason == "file_not_found"
    assert info.value.details["path"] == str(tmp_path / "gone.zip")
