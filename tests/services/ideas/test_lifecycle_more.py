"""The idea life cycle beyond one change: several ideas at once, undo and redo, the decision
list and the names of those who decided."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.ideas.lifecycle_commands import ChangeStatus
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.models import Idea, IdeaStatusChange

OCT1, NOV5 = dt.date(2026, 10, 1), dt.date(2026, 11, 5)
ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


@pytest.fixture
def ideas(db, workshop):
    return [capture.add_idea(db, workshop.id, IdeaInput(text=t))
            for t in ("Car-free Sundays", "Benches on the hill", "Bus shelter at the school")]


def _state(db, idea_id):
    with db.session() as s:
        idea = s.get(Idea, idea_id)
        return idea.status, idea.status_reason, idea.status_date


def _all_entries(db):
    with db.session() as s:
        return {e.id: e for e in s.exec(select(IdeaStatusChange))}


# --------------------------------------------------------------------------- several at once
def test_several_ideas_change_with_one_reason_and_date(db, ideas):
    entries = lifecycle.change_statuses(db, ideas[:2], IdeaStatus.UNDER_REVIEW,
                                        "  Sent to the planning office\r\n", OCT1, " Kari ")
    assert [e.idea_id for e in entries] == ideas[:2]
    for idea_id in ideas[:2]:
        assert _state(db, idea_id) == ("under_review", "Sent to the planning office", OCT1)
        [entry] = lifecycle.status_log(db, idea_id)
        assert (entry.from_status, entry.to_status, entry.changed_by) == (
            "new", "under_review", "Kari")
    assert _state(db, ideas[2]) == ("new", "", None)
    assert lifecycle.status_log(db, ideas[2]) == []


def test_ideas_already_in_the_status_are_left_alone(db, ideas):
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Budget found", OCT1)
    entries = lifecycle.change_statuses(db, ideas + [ideas[1]], IdeaStatus.ACCEPTED,
                                        "All three in the plan", NOV5)
    assert sorted(e.idea_id for e in entries) == sorted(ideas[1:])
    assert _state(db, ideas[0]) == ("accepted", "Budget found", OCT1)
    assert len(lifecycle.status_log(db, ideas[0])) == 1
    assert len(lifecycle.status_log(db, ideas[1])) == 1  # the repeated id counts once


def test_nothing_to_change_is_refused(db, ideas):
    lifecycle.change_statuses(db, ideas, IdeaStatus.DECLINED, "Out of scope", OCT1)
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, ideas, IdeaStatus.DECLINED, "Again", NOV5)
    assert info.value.field == "status"
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, [], IdeaStatus.ACCEPTED, "None chosen", NOV5)
    assert info.value.field == "ideas"
    assert len(_all_entries(db)) == 3


@pytest.mark.parametrize("reason", ["", " \n\t ", None, "x" * 5001])
def test_a_bulk_change_needs_a_reason_of_sensible_length(db, ideas, reason):
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, ideas, IdeaStatus.ACCEPTED, reason, OCT1)
    assert info.value.field == "reason"
    assert [_state(db, i)[0] for i in ideas] == ["new"] * 3
    assert _all_entries(db) == {}


@pytest.mark.parametrize("date", [None, "2026-10-01", 20261001])
def test_a_bulk_change_needs_a_date(db, ideas, date):
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, ideas, IdeaStatus.ACCEPTED, "ok", date)
    assert info.value.field == "date"
    assert _all_entries(db) == {}


def test_a_timestamp_counts_as_its_day(db, ideas):
    [entry] = lifecycle.change_statuses(db, ideas[:1], IdeaStatus.ACCEPTED, "ok",
                                        dt.datetime(2026, 10, 1, 18, 30))
    assert lifecycle.status_log(db, ideas[0])[0].decided_on == OCT1 == entry.decided_on


def test_an_unknown_status_changes_nothing(db, ideas):
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, ideas, "maybe_later", "ok", OCT1)
    assert info.value.field == "status"
    assert _all_entries(db) == {}


def test_one_unknown_or_deleted_idea_changes_none_of_them(db, ideas):
    capture.delete_idea(db, ideas[2])
    for wrong in (ideas[2], "no-such-idea"):
        with pytest.raises(NotFoundError):
            lifecycle.change_statuses(db, [ideas[0], ideas[1], wrong], IdeaStatus.ACCEPTED,
                                      "ok", OCT1)
    assert [_state(db, i)[0] for i in ideas[:2]] == ["new", "new"]
    assert _all_entries(db) == {}


@pytest.mark.parametrize("text", ["Vedtatt i bydelsutvalget – æøå ÆØÅ", ARABIC, ETHIOPIC,
                                  "Решение совета района"])
def test_reasons_and_names_keep_every_script(db, project, ideas, text):
    lifecycle.change_statuses(db, ideas[:1], IdeaStatus.ACCEPTED, text, OCT1, changed_by=text)
    [entry] = lifecycle.status_log(db, ideas[0])
    assert (entry.reason, entry.changed_by) == (text, text)
    assert _state(db, ideas[0]) == ("accepted", text, OCT1)
    assert lifecycle.deciders(db, project.id) == [text]


# --------------------------------------------------------------------------- undo and redo
def test_revert_restores_the_previous_status_reason_and_date(db, ideas):
    lifecycle.change_status(db, ideas[0], IdeaStatus.UNDER_REVIEW, "To the board", OCT1)
    second = lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Budget found", NOV5)
    assert lifecycle.revert_status_changes(db, [second.id]) == [ideas[0]]
    assert _state(db, ideas[0]) == ("under_review", "To the board", OCT1)
    assert [e.to_status for e in lifecycle.status_log(db, ideas[0])] == ["under_review"]
    tombstone = _all_entries(db)[second.id]
    assert tombstone.deleted and tombstone.to_status == "accepted"  # kept for sync
    first = lifecycle.status_log(db, ideas[0])[0]
    lifecycle.revert_status_changes(db, [first.id])
    assert _state(db, ideas[0]) == ("new", "", None)
    assert lifecycle.status_log(db, ideas[0]) == []
    assert capture.idea_rowids(db, IdeaQuery(status=IdeaStatus.NEW)) == sorted(
        (capture.rowid_of(db, i) for i in ideas), reverse=True)


def test_only_the_latest_change_of_an_idea_can_be_reverted(db, ideas):
    first = lifecycle.change_status(db, ideas[0], IdeaStatus.UNDER_REVIEW, "To the board", OCT1)
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Budget found", NOV5)
    with pytest.raises(ValidationError):
        lifecycle.revert_status_changes(db, [first.id])
    assert _state(db, ideas[0])[0] == "accepted"
    assert len(lifecycle.status_log(db, ideas[0])) == 2


def test_a_failed_revert_of_several_changes_none(db, ideas):
    first = lifecycle.change_status(db, ideas[0], IdeaStatus.UNDER_REVIEW, "a", OCT1)
    other = lifecycle.change_status(db, ideas[1], IdeaStatus.DECLINED, "b", OCT1)
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "c", NOV5)
    with pytest.raises(ValidationError):
        lifecycle.revert_status_changes(db, [other.id, first.id])
    assert _state(db, ideas[1]) == ("declined", "b", OCT1)
    assert not _all_entries(db)[other.id].deleted


def test_reapply_brings_back_the_same_entry(db, ideas):
    lifecycle.change_status(db, ideas[0], IdeaStatus.UNDER_REVIEW, "To the board", OCT1)
    second = lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Budget found", NOV5)
    lifecycle.revert_status_changes(db, [second.id])
    assert lifecycle.reapply_status_changes(db, [second.id]) == [ideas[0]]
    assert _state(db, ideas[0]) == ("accepted", "Budget found", NOV5)
    log = lifecycle.status_log(db, ideas[0])
    assert [e.id for e in log][-1] == second.id
    assert [(e.from_status, e.to_status) for e in log] == [("new", "under_review"),
                                                          ("under_review", "accepted")]
    assert len(_all_entries(db)) == 2
    with pytest.raises(ValidationError):  # it is live again: nothing to reapply
        lifecycle.reapply_status_changes(db, [second.id])
    with pytest.raises(NotFoundError):
        lifecycle.reapply_status_changes(db, ["no-such-entry"])
    with pytest.raises(NotFoundError):
        lifecycle.revert_status_changes(db, ["no-such-entry"])


def test_the_command_is_one_undo_step_for_several_ideas(db, ideas):
    lifecycle.change_status(db, ideas[2], IdeaStatus.ACCEPTED, "Earlier decision", OCT1)
    command = ChangeStatus(db, tuple(ideas), IdeaStatus.ACCEPTED, "All into the plan", NOV5,
                           "Bydelsutvalget")
    change = command.redo()
    assert sorted(change.updated) == sorted(ideas[:2])
    assert [_state(db, i) for i in ideas] == [
        ("accepted", "All into the plan", NOV5)] * 2 + [("accepted", "Earlier decision", OCT1)]
    entry_ids = command.entry_ids
    assert len(entry_ids) == 2

    change = command.undo()
    assert sorted(change.updated) == sorted(ideas[:2])
    assert [_state(db, i)[0] for i in ideas] == ["new", "new", "accepted"]
    assert [len(lifecycle.status_log(db, i)) for i in ideas] == [0, 0, 1]

    command.redo()
    assert command.entry_ids == entry_ids
    assert [_state(db, i)[0] for i in ideas] == ["accepted"] * 3
    assert {e.id for i in ideas[:2] for e in lifecycle.status_log(db, i)} == set(entry_ids)
    assert len(_all_entries(db)) == 3


def test_a_refused_command_changes_nothing_and_has_nothing_to_undo(db, ideas):
    command = ChangeStatus(db, tuple(ideas), IdeaStatus.ACCEPTED, "   ", NOV5)
    with pytest.raises(ValidationError):
        command.redo()
    assert command.entry_ids == () and _all_entries(db) == {}


# --------------------------------------------------------------------------- decision list
def test_the_decision_list_sorts_filters_and_counts(db, project, workshop, ideas):
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    late = capture.add_idea(db, w2.id, IdeaInput(text="Evening buses", title="Aften"))
    lifecycle.change_status(db, ideas[0], IdeaStatus.UNDER_REVIEW, "To the board", OCT1)
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Budget found", NOV5)
    lifecycle.change_status(db, late, IdeaStatus.DECLINED, "Too expensive",
                            dt.date(2026, 10, 20))
    rowid = {capture.rowid_of(db, i): i for i in ideas + [late]}

    def ids(**kw):
        return [rowid[r] for r in lifecycle.decision_rowids(db, project.id, **kw)]

    by_date = ids()
    assert by_date[:2] == [ideas[0], late]           # latest decision first
    assert set(by_date[2:]) == set(ideas[1:])       # never decided: at the end
    assert ids(descending=False)[:2] == [late, ideas[0]]
    statuses = [capture.get_idea(db, i).status for i in ids(sort="status", descending=False)]
    assert statuses == ["new", "new", "accepted", "declined"]
    assert ids(status=IdeaStatus.DECLINED) == [late]
    assert ids(text="benches") == [ideas[1]]
    assert ids(sort="workshop")[0] == late
    assert ids(sort="text", descending=False) == [late, ideas[1], ideas[2], ideas[0]]
    assert [rowid[r] for r in lifecycle.decision_rowids(db, project.id, w2.id)] == [late]
    assert lifecycle.decision_rowids(db, None) == []
    with pytest.raises(ValidationError):
        lifecycle.decision_rowids(db, project.id, sort="colour")

    rows = lifecycle.fetch_decision_rows(db, list(rowid))
    first = rows[capture.rowid_of(db, ideas[0])]
    assert (first.status, first.status_date, first.status_reason, first.changes,
            first.workshop_code) == ("accepted", NOV5, "Budget found", 2, "W1")
    assert rows[capture.rowid_of(db, late)].title == "Aften"
    assert rows[capture.rowid_of(db, ideas[1])].changes == 0


def test_deciders_are_the_names_used_in_the_project(db, project, workshop, ideas):
    other = projects.create_project(db, "Elsewhere")
    foreign = capture.add_idea(db, projects.create_workshop(db, other.id, "X1", "x").id,
                               IdeaInput(text="Harbour"))
    lifecycle.change_status(db, ideas[0], IdeaStatus.UNDER_REVIEW, "a", OCT1, "planning office")
    lifecycle.change_status(db, ideas[1], IdeaStatus.UNDER_REVIEW, "b", OCT1, "Bydelsutvalget")
    lifecycle.change_status(db, ideas[2], IdeaStatus.UNDER_REVIEW, "c", OCT1, "")
    lifecycle.change_status(db, foreign, IdeaStatus.UNDER_REVIEW, "d", OCT1, "Harbour board")
    withdrawn = lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "e", NOV5, "Mayor")
    lifecycle.revert_status_changes(db, [withdrawn.id])
    assert lifecycle.deciders(db, project.id) == ["Bydelsutvalget", "planning office"]


def test_the_next_step_leads_towards_implementation():
    step, path = IdeaStatus.NEW, [IdeaStatus.NEW]
    while step in lifecycle.NEXT_STEP:
        step = lifecycle.NEXT_STEP[step]
        path.append(step)
    assert path[-1] == IdeaStatus.IMPLEMENTED and IdeaStatus.DECLINED not in path
    assert lifecycle.IN_PLAN == {IdeaStatus.ACCEPTED, IdeaStatus.IN_PROGRESS,
                                 IdeaStatus.IMPLEMENTED}
