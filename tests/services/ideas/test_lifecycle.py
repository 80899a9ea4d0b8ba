"""The idea life cycle: every status change has a reason and a date and is logged."""

from __future__ import annotations

import datetime as dt

import pytest

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery


@pytest.fixture
def idea_id(db, workshop):
    return capture.add_idea(db, workshop.id, IdeaInput(text="Car-free Sundays"))


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_reason_is_required(db, idea_id, reason):
    with pytest.raises(ValidationError) as info:
        lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, reason, dt.date(2026, 10, 1))
    assert info.value.field == "reason"
    assert capture.get_idea(db, idea_id).status == "new"
    assert lifecycle.status_log(db, idea_id) == []


def test_a_date_is_required(db, idea_id):
    with pytest.raises(ValidationError):
        lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "ok", "2026-10-01")
    assert lifecycle.status_log(db, idea_id) == []


def test_an_unknown_status_is_refused(db, idea_id):
    with pytest.raises(ValidationError):
        lifecycle.change_status(db, idea_id, "maybe", "ok", dt.date(2026, 10, 1))


def test_status_changes_are_logged_in_order(db, idea_id):
    first = lifecycle.change_status(db, idea_id, IdeaStatus.UNDER_REVIEW, " Sent to the board ",
                                    dt.date(2026, 10, 1), changed_by="Kari")
    assert (first.from_status, first.to_status, first.reason) == (
        "new", "under_review", "Sent to the board")
    lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "Budget found",
                            dt.date(2026, 11, 5))
    lifecycle.change_status(db, idea_id, IdeaStatus.IMPLEMENTED, "Opened on 1 December",
                            dt.date(2026, 12, 1))
    log = lifecycle.status_log(db, idea_id)
    assert [(e.from_status, e.to_status) for e in log] == [
        ("new", "under_review"), ("under_review", "accepted"), ("accepted", "implemented")]
    assert [e.decided_on for e in log] == [dt.date(2026, 10, 1), dt.date(2026, 11, 5),
                                           dt.date(2026, 12, 1)]
    assert log[0].changed_by == "Kari"
    assert capture.get_idea(db, idea_id).status == "implemented"
    assert capture.idea_rowids(db, IdeaQuery(status=IdeaStatus.IMPLEMENTED)) == [
        capture.rowid_of(db, idea_id)]


def test_the_idea_keeps_its_latest_reason_and_date(db, idea_id):
    from smartcity_desktop.storage.models import Idea

    lifecycle.change_status(db, idea_id, IdeaStatus.DECLINED, "Too expensive", dt.date(2026, 9, 9))
    with db.session() as s:
        idea = s.get(Idea, idea_id)
        assert (idea.status, idea.status_reason, idea.status_date) == (
            "declined", "Too expensive", dt.date(2026, 9, 9))


def test_the_same_status_again_is_refused(db, idea_id):
    lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "ok", dt.date(2026, 10, 1))
    with pytest.raises(ValidationError):
        lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "again", dt.date(2026, 10, 2))
    assert len(lifecycle.status_log(db, idea_id)) == 1


def test_a_deleted_idea_cannot_change_status(db, idea_id):
    capture.delete_idea(db, idea_id)
    with pytest.raises(NotFoundError):
        lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "ok", dt.date(2026, 10, 1))
    assert lifecycle.status_log(db, idea_id) == []
