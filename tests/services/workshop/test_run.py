"""Running a workshop: activity times, status changes, notes, agenda edits (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from smartcity_desktop.core.enums import WorkshopStatus
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.workshop import participants, projects, run
from smartcity_desktop.storage.models import AgendaItem, Workshop

T0 = dt.datetime(2026, 9, 8, 17, 0, tzinfo=dt.UTC)
AGENDA = [("Welcome", 10), ("Needs: what is hard today?", 25), ("Dot voting", 15)]


@pytest.fixture
def planned(db, workshop):
    projects.set_agenda(db, workshop.id, AGENDA)
    return workshop


def _rows(db, workshop_id):
    """Every agenda row straight from the table, live ones in order."""
    with db.session() as s:
        return list(s.exec(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id,
                                                    AgendaItem.deleted == False)  # noqa: E712
                           .order_by(AgendaItem.position)))


def _status(db, workshop_id):
    with db.session() as s:
        return s.get(Workshop, workshop_id).status


def test_start_records_the_time_and_makes_the_workshop_running(db, planned):
    assert _status(db, planned.id) == "planned"
    started = run.start_activity(db, planned.id, now=T0)
    assert started.activity == "Welcome"
    rows = _rows(db, planned.id)
    assert rows[0].actual_start == T0 and rows[0].actual_end is None
    assert all(r.actual_start is None for r in rows[1:])
    assert _status(db, planned.id) == "running"
    assert run.current_activity(db, planned.id).id == rows[0].id


def test_next_ends_the_current_and_starts_the_following_at_the_same_instant(db, planned):
    run.start_activity(db, planned.id, now=T0)
    t1 = T0 + dt.timedelta(minutes=11, seconds=7)
    second = run.next_activity(db, planned.id, now=t1)
    rows = _rows(db, planned.id)
    assert second.id == rows[1].id
    assert rows[0].actual_end == t1
    assert rows[1].actual_start == t1 and rows[1].actual_end is None
    assert rows[2].actual_start is None
    state = run.run_state(db, planned.id)
    assert state.current_index == 1 and state.next_pending.activity == "Dot voting"


def test_next_after_the_last_ends_it_and_then_refuses(db, planned):
    run.start_activity(db, planned.id, now=T0)
    run.next_activity(db, planned.id, now=T0 + dt.timedelta(minutes=10))
    run.next_activity(db, planned.id, now=T0 + dt.timedelta(minutes=35))
    end = T0 + dt.timedelta(minutes=52)
    assert run.next_activity(db, planned.id, now=end) is None
    rows = _rows(db, planned.id)
    assert rows[2].actual_end == end
    state = run.run_state(db, planned.id)
    assert state.current is None and state.all_done and not state.can_start
    assert state.status == WorkshopStatus.RUNNING  # closing is a separate, explicit step
    with pytest.raises(ValidationError, match="No activity is running"):
        run.next_activity(db, planned.id, now=end)
    with pytest.raises(ValidationError, match="has been run"):
        run.start_activity(db, planned.id, now=end)
    assert _rows(db, planned.id)[2].actual_end == end  # refusals changed nothing


def test_finishing_the_last_activity_closes_the_workshop(db, planned):
    run.start_activity(db, planned.id, now=T0)
    run.next_activity(db, planned.id, now=T0 + dt.timedelta(minutes=10))
    run.next_activity(db, planned.id, now=T0 + dt.timedelta(minutes=35))
    end = T0 + dt.timedelta(minutes=50)
    workshop = run.finish_workshop(db, planned.id, now=end)
    assert workshop.status == "closed" and _status(db, planned.id) == "closed"
    rows = _rows(db, planned.id)
    assert rows[2].actual_end == end
    assert [r.actual_start for r in rows] == [T0, T0 + dt.timedelta(minutes=10),
                                              T0 + dt.timedelta(minutes=35)]


def test_closing_early_ends_the_running_activity_and_leaves_the_rest_unrun(db, planned):
    run.start_activity(db, planned.id, now=T0)
    run.finish_workshop(db, planned.id, now=T0 + dt.timedelta(minutes=4))
    rows = _rows(db, planned.id)
    assert rows[0].actual_end == T0 + dt.timedelta(minutes=4)
    assert rows[1].actual_start is None and rows[2].actual_start is None
    with pytest.raises(ValidationError, match="closed"):
        run.start_activity(db, planned.id)
    with pytest.raises(ValidationError, match="closed"):
        run.finish_workshop(db, planned.id)


def test_a_planned_workshop_cannot_be_closed_before_anything_ran(db, planned):
    with pytest.raises(ValidationError, match="not started"):
        run.finish_workshop(db, planned.id, now=T0)
    assert _status(db, planned.id) == "planned"
    assert all(r.actual_start is None for r in _rows(db, planned.id))


def test_start_without_agenda_is_refused_and_the_status_stays_planned(db, workshop):
    with pytest.raises(ValidationError, match="agenda is empty"):
        run.start_activity(db, workshop.id, now=T0)
    assert _status(db, workshop.id) == "planned"
    assert run.run_state(db, workshop.id).current is None


def test_start_twice_is_refused(db, planned):
    run.start_activity(db, planned.id, now=T0)
    with pytest.raises(ValidationError, match="still running"):
        run.start_activity(db, planned.id, now=T0 + dt.timedelta(minutes=1))
    assert _rows(db, planned.id)[0].actual_start == T0
    assert _rows(db, planned.id)[1].actual_start is None


def test_unknown_workshop_and_naive_time(db, planned):
    with pytest.raises(NotFoundError):
        run.start_activity(db, "no-such-id")
    with pytest.raises(ValueError, match="naive"):
        run.start_activity(db, planned.id, now=dt.datetime(2026, 9, 8, 17, 0))
    assert _status(db, planned.id) == "planned"


def test_times_go_through_the_sync_stamps(db, planned):
    before = {r.id: r.hlc for r in _rows(db, planned.id)}
    run.start_activity(db, planned.id, now=T0)
    first = _rows(db, planned.id)[0]
    assert first.hlc > before[first.id] and first.device_id == "test-device"


def test_notes_are_saved_cleaned_and_unchanged_notes_are_not_rewritten(db, workshop):
    text = "Bus timetable:\r\nمواعيد الحافلات في المساء\nየአውቶቡስ መርሐ ግብር — Åse, Жанна  "
    assert run.save_notes(db, workshop.id, text) is True
    stored = projects.get_workshop(db, workshop.id)
    assert stored.notes == text.replace("\r\n", "\n").strip()
    assert run.save_notes(db, workshop.id, text) is False
    assert projects.get_workshop(db, workshop.id).hlc == stored.hlc
    assert run.save_notes(db, workshop.id, "") is True
    assert projects.get_workshop(db, workshop.id).notes == ""


def test_notes_too_long_are_refused_and_the_old_notes_kept(db, workshop):
    run.save_notes(db, workshop.id, "keep me")
    with pytest.raises(ValidationError, match="limit"):
        run.save_notes(db, workshop.id, "x" * (run.MAX_NOTES + 1))
    assert projects.get_workshop(db, workshop.id).notes == "keep me"


def test_notes_can_still_be_written_after_closing(db, planned):
    run.start_activity(db, planned.id, now=T0)
    run.finish_workshop(db, planned.id, now=T0 + dt.timedelta(minutes=3))
    assert run.save_notes(db, planned.id, "Follow up with the school")
    assert projects.get_workshop(db, planned.id).notes == "Follow up with the school"


# --------------------------------------------------------------------------- agenda editing


def test_add_update_move_remove(db, planned):
    added = run.add_agenda_item(db, planned.id, "Walk-and-talk", 20, position=1)
    names = [r.activity for r in _rows(db, planned.id)]
    assert names == ["Welcome", "Walk-and-talk", "Needs: what is hard today?", "Dot voting"]
    assert [r.position for r in _rows(db, planned.id)] == [0, 1, 2, 3]
    run.update_agenda_item(db, added.id, activity="  Walk and talk ", minutes=25)
    row = next(r for r in _rows(db, planned.id) if r.id == added.id)
    assert (row.activity, row.planned_minutes) == ("Walk and talk", 25)
    assert run.move_agenda_item(db, added.id, +1) == 2
    assert [r.activity for r in _rows(db, planned.id)][1:3] == [
        "Needs: what is hard today?", "Walk and talk"]
    run.remove_agenda_item(db, added.id)
    assert [r.activity for r in _rows(db, planned.id)] == [a for a, _ in AGENDA]
    assert [r.position for r in _rows(db, planned.id)] == [0, 1, 2]
    with db.session() as s:  # tombstoned, not deleted, so the removal syncs
        assert s.get(AgendaItem, added.id).deleted is True


def test_bad_agenda_edits_change_nothing(db, planned):
    rows = _rows(db, planned.id)
    for bad in ("", "   ", "x" * 201):
        with pytest.raises(ValidationError):
            run.add_agenda_item(db, planned.id, bad, 10)
    for minutes in (0, -5, 601, "ten", None, 2.5):
        with pytest.raises(ValidationError):
            run.add_agenda_item(db, planned.id, "Coffee", minutes)
    with pytest.raises(ValidationError):
        run.update_agenda_item(db, rows[0].id, minutes=0)
    with pytest.raises(ValidationError):
        run.move_agenda_item(db, rows[0].id, -1)
    with pytest.raises(ValidationError):
        run.move_agenda_item(db, rows[2].id, +1)
    with pytest.raises(ValidationError):
        run.add_agenda_item(db, planned.id, "Coffee", 10, position=9)
    with pytest.raises(NotFoundError):
        run.remove_agenda_item(db, "no-such-item")
    after = _rows(db, planned.id)
    assert [(r.id, r.activity, r.planned_minutes, r.position) for r in after] == \
        [(r.id, r.activity, r.planned_minutes, r.position) for r in rows]


def test_activities_that_started_cannot_be_edited_but_later_ones_can(db, planned):
    run.start_activity(db, planned.id, now=T0)
    rows = _rows(db, planned.id)
    with pytest.raises(ValidationError, match="already started"):
        run.update_agenda_item(db, rows[0].id, minutes=99)
    with pytest.raises(ValidationError, match="already started"):
        run.remove_agenda_item(db, rows[0].id)
    with pytest.raises(ValidationError, match="cannot move"):
        run.move_agenda_item(db, rows[1].id, -1)  # not above the one that started
    with pytest.raises(ValidationError, match="after the ones"):
        run.add_agenda_item(db, planned.id, "Coffee", 5, position=0)
    run.update_agenda_item(db, rows[2].id, minutes=5)
    extra = run.add_agenda_item(db, planned.id, "Coffee", 5, position=1)
    assert [r.activity for r in _rows(db, planned.id)] == [
        "Welcome", "Coffee", "Needs: what is hard today?", "Dot voting"]
    # Next picks the agenda as it is now.
    assert run.next_activity(db, planned.id, now=T0 + dt.timedelta(minutes=9)).id == extra.id


def test_an_activity_added_after_all_were_run_can_be_started(db, planned):
    run.start_activity(db, planned.id, now=T0)
    for minute in (10, 20, 30):
        run.next_activity(db, planned.id, now=T0 + dt.timedelta(minutes=minute))
    run.add_agenda_item(db, planned.id, "Extra round", 10)
    started = run.start_activity(db, planned.id, now=T0 + dt.timedelta(minutes=31))
    assert started.activity == "Extra round"


def test_a_closed_workshop_agenda_is_frozen(db, planned):
    run.start_activity(db, planned.id, now=T0)
    run.finish_workshop(db, planned.id, now=T0 + dt.timedelta(minutes=1))
    pending = _rows(db, planned.id)[1]
    with pytest.raises(ValidationError, match="closed"):
        run.update_agenda_item(db, pending.id, minutes=3)
    with pytest.raises(ValidationError, match="closed"):
        run.add_agenda_item(db, planned.id, "Late item", 5)


# --------------------------------------------------------------------------- projector feed


def test_latest_ideas_newest_first_without_any_author_data(db, project, planned):
    theme = projects.add_theme(db, project.id, "Mobility")
    person = participants.register_participant(db, planned.id, participants.ParticipantInput(
        answers={"age": "67-79"}, consent_processing=True, consent_contact=True,
        contact=participants.ContactInput(name="Åse Kjærnes", email="ase@example.org")))
    ids = [capture.add_idea(db, planned.id, capture.IdeaInput(
        text=f"Idea {n}", theme_id=theme.id if n % 2 else None,
        author_participant_id=person.id)) for n in range(10)]
    capture.delete_idea(db, ids[9])
    feed = run.latest_ideas(db, planned.id, limit=4)
    assert [i.text for i in feed] == ["Idea 8", "Idea 7", "Idea 6", "Idea 5"]
    assert [i.theme for i in feed] == ["", "Mobility", "", "Mobility"]
    for idea in feed:
        assert set(vars(idea)) == {"id", "title", "text", "theme"}
        assert person.code not in repr(idea) and "Åse" not in repr(idea)
    other = projects.create_workshop(db, project.id, "W2", "Other")
    assert run.latest_ideas(db, other.id) == []
