"""Running a workshop: the agenda as it happens, the facilitator's notes, and what a projector
may show to the room.

The database records when each activity really started and ended (``AgendaItem.actual_start``
and ``actual_end``, UTC). The *current* activity is the one that has started and not ended, so
a view that is rebuilt (or an app that is restarted) finds the running activity again from the
database alone. Pausing and "+1 minute" are presentation matters kept by the view; they do not
change the recorded times.

Life of a workshop: ``planned`` → ``running`` (when its first activity starts) → ``closed``
(:func:`finish_workshop`). A closed workshop is never re-opened (see
``core.enums.WORKSHOP_TRANSITIONS``).

Agenda editing here works item by item (so every change is one synced record) and only on items
that have not started: what happened in the room is not rewritten afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from ...core import rules
from ...core.clock import utcnow
from ...core.enums import WorkshopStatus
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import AgendaItem, Workshop
from ..records import get_live, live, new_record, touch
from . import projects

MAX_NOTES = 20_000
MIN_MINUTES = 1
MAX_MINUTES = 600
DEFAULT_PROJECTOR_IDEAS = 8


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item as the Run view shows it (detached from any session)."""

    id: str
    position: int
    activity: str
    planned_minutes: int
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None

    @property
    def started(self) -> bool:
        return self.actual_start is not None

    @property
    def is_current(self) -> bool:
        return self.actual_start is not None and self.actual_end is None

    @property
    def is_done(self) -> bool:
        return self.actual_end is not None


@dataclass(frozen=True)
class RunState:
    """Everything the Run view needs about one workshop, read in one go."""

    workshop_id: str
    project_id: str
    code: str
    title: str
    status: WorkshopStatus
    notes: str
    agenda: tuple[AgendaEntry, ...]
    current_index: int | None  # index into ``agenda`` of the running activity

    @property
    def current(self) -> AgendaEntry | None:
        return None if self.current_index is None else self.agenda[self.current_index]

    @property
    def next_pending(self) -> AgendaEntry | None:
        """The first activity that has not started yet (the one Start or Next begins)."""
        return next((e for e in self.agenda if not e.started), None)

    @property
    def can_start(self) -> bool:
        return (self.status != WorkshopStatus.CLOSED and self.current is None
                and self.next_pending is not None)

    @property
    def all_done(self) -> bool:
        return bool(self.agenda) and all(e.is_done for e in self.agenda)


def _entry(item: AgendaItem) -> AgendaEntry:
    return AgendaEntry(item.id, item.position, item.activity, item.planned_minutes,
                       item.actual_start, item.actual_end)


def _items(s, workshop_id: str) -> list[AgendaItem]:
    return list(s.exec(live(AgendaItem).where(AgendaItem.workshop_id == workshop_id)
                       .order_by(AgendaItem.position, AgendaItem.created_at)))


def _current(items: list[AgendaItem]) -> AgendaItem | None:
    # Normally at most one. Should two devices both have started an activity (a sync
    # conflict), the one furthest down the agenda is the one the meeting has reached.
    running = [i for i in items if i.actual_start is not None and i.actual_end is None]
    return running[-1] if running else None


def run_state(db: Database, workshop_id: str) -> RunState:
    """The workshop, its agenda and which activity is running."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        items = _items(s, workshop_id)
    current = _current(items)
    agenda = tuple(_entry(i) for i in items)
    index = next((n for n, i in enumerate(items) if current is not None and i.id == current.id),
                 None)
    return RunState(workshop.id, workshop.project_id, workshop.code, workshop.title,
                    WorkshopStatus(workshop.status), workshop.notes, agenda, index)


def current_activity(db: Database, workshop_id: str) -> AgendaEntry | None:
    """The activity that has started and not ended, or None."""
    return run_state(db, workshop_id).current


# --------------------------------------------------------------------------- the meeting


def _now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise ValueError("naive datetime given; use core.clock.utcnow()")
    return now


def _open_workshop(s, workshop_id: str) -> Workshop:
    workshop = get_live(s, Workshop, workshop_id, "workshop")
    if workshop.status == WorkshopStatus.CLOSED:
        raise ValidationError("status", f"Workshop {workshop.code} is closed; its agenda can no "
                              "longer change.", reason="workshop_closed", code=workshop.code)
    return workshop


def start_activity(db: Database, workshop_id: str, now: dt.datetime | None = None) -> AgendaEntry:
    """Start the first activity that has not started yet and return it.

    Records its ``actual_start`` and, for the first activity, moves the workshop from planned
    to running. Refused when the agenda is empty, an activity is already running, every
    activity has been run, or the workshop is closed."""
    now = _now(now)
    with db.session() as s:
        workshop = _open_workshop(s, workshop_id)
        _pending_to_start(_items(s, workshop_id))
    # Status first: should the app stop between the two writes, the workshop is running with
    # nothing started yet, a state Start handles (the reverse order would not be).
    if workshop.status == WorkshopStatus.PLANNED:
        projects.set_workshop_status(db, workshop_id, WorkshopStatus.RUNNING)
    with db.session() as s:
        pending = _pending_to_start(_items(s, workshop_id))
        touch(db, pending, actual_start=now)
        s.add(pending)
        s.commit()
        return _entry(pending)


def _pending_to_start(items: list[AgendaItem]) -> AgendaItem:
    if not items:
        raise ValidationError("agenda", "The agenda is empty: add an activity first.",
                              reason="agenda_empty")
    current = _current(items)
    if current is not None:
        raise ValidationError("agenda", f"{current.activity!r} is still running.",
                              reason="activity_running", activity=current.activity)
    pending = next((i for i in items if i.actual_start is None), None)
    if pending is None:
        raise ValidationError("agenda", "Every activity on the agenda has been run.",
                              reason="agenda_done")
    return pending


def next_activity(db: Database, workshop_id: str,
                  now: dt.datetime | None = None) -> AgendaEntry | None:
    """End the running activity and start the next one (both at the same instant).

    Returns the activity now running, or None when the one that ended was the last (the
    workshop stays running until :func:`finish_workshop`). Refused when nothing is running."""
    now = _now(now)
    with db.session() as s:
        _open_workshop(s, workshop_id)
        items = _items(s, workshop_id)
        current = _current(items)
        if current is None:
            raise ValidationError("agenda", "No activity is running.", reason="no_activity_running")
        touch(db, current, actual_end=now)
        s.add(current)
        pending = next((i for i in items if i.actual_start is None), None)
        if pending is not None:
            touch(db, pending, actual_start=now)
            s.add(pending)
        s.commit()
        return None if pending is None else _entry(pending)


def finish_workshop(db: Database, workshop_id: str, now: dt.datetime | None = None) -> Workshop:
    """Close the workshop: end the running activity (if any) and set the status to closed.

    Activities that never started keep empty times (they were not run). Refused for a
    workshop that is still planned (nothing has happened that could be closed; start its
    first activity) and for one already closed."""
    now = _now(now)
    with db.session() as s:
        workshop = _open_workshop(s, workshop_id)
        if workshop.status == WorkshopStatus.PLANNED:
            raise ValidationError("status", f"Workshop {workshop.code} has not started yet; "
                                  "start its first activity before closing it.",
                                  reason="workshop_not_started", code=workshop.code)
        current = _current(_items(s, workshop_id))
        if current is not None:
            touch(db, current, actual_end=now)
            s.add(current)
            s.commit()
    return projects.set_workshop_status(db, workshop_id, WorkshopStatus.CLOSED)


def save_notes(db: Database, workshop_id: str, notes: str) -> bool:
    """Store the facilitator's notes for the workshop (also after it closed).

    Returns False when the stored notes were already the same (nothing written)."""
    text = rules.clean_text(notes)
    if len(text) > MAX_NOTES:
        raise ValidationError("notes", f"The notes are {len(text)} characters long; the limit "
                              f"is {MAX_NOTES}.", reason="too_long", length=len(text),
                              limit=MAX_NOTES)
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        if workshop.notes == text:
            return False
        touch(db, workshop, notes=text)
        s.add(workshop)
        s.commit()
        return True


# --------------------------------------------------------------------------- agenda editing


def _activity(activity: str) -> str:
    return rules.require_text("activity", activity, rules.MAX_NAME)


def _minutes(minutes) -> int:
    try:
        value = int(minutes)
    except (TypeError, ValueError):
        raise ValidationError("minutes", f"{minutes!r} is not a number of minutes.",
                              reason="minutes_invalid", value=minutes) from None
    if value != minutes and not isinstance(minutes, str):
        raise ValidationError("minutes", f"{minutes!r} is not a whole number of minutes.",
                              reason="minutes_invalid", value=minutes)
    if not MIN_MINUTES <= value <= MAX_MINUTES:
        raise ValidationError("minutes", f"{value} minutes is not between {MIN_MINUTES} and "
                              f"{MAX_MINUTES}.", reason="minutes_out_of_range", minutes=value,
                              low=MIN_MINUTES, high=MAX_MINUTES)
    return value


def _renumber(db: Database, s, items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            touch(db, item, position=position)
            s.add(item)


def _editable_item(s, item_id: str) -> tuple[AgendaItem, list[AgendaItem]]:
    item = get_live(s, AgendaItem, item_id, "agenda item")
    _open_workshop(s, item.workshop_id)
    if item.actual_start is not None:
        raise ValidationError("agenda", f"{item.activity!r} has already started; it can no "
                              "longer be changed.", reason="activity_started",
                              activity=item.activity)
    return item, _items(s, item.workshop_id)


def add_agenda_item(db: Database, workshop_id: str, activity: str, minutes: int,
                    position: int | None = None) -> AgendaEntry:
    """Add an activity at ``position`` (default: at the end). An activity cannot be put
    before one that has already started."""
    activity = _activity(activity)
    minutes = _minutes(minutes)
    with db.session() as s:
        _open_workshop(s, workshop_id)
        items = _items(s, workshop_id)
        started = sum(1 for i in items if i.actual_start is not None)
        if position is None:
            position = len(items)
        if not started <= position <= len(items):
            raise ValidationError("position", "A new activity goes after the ones that have "
                                  "already started.", reason="position_before_started",
                                  position=position)
        item = new_record(db, AgendaItem, workshop_id=workshop_id, position=position,
                          activity=activity, planned_minutes=minutes)
        items.insert(position, item)
        s.add(item)
        _renumber(db, s, items)
        s.commit()
        return _entry(item)


def update_agenda_item(db: Database, item_id: str, activity: str | None = None,
                       minutes: int | None = None) -> AgendaEntry:
    """Rename an activity and/or change its planned minutes (only before it starts)."""
    values = {}
    if activity is not None:
        values["activity"] = _activity(activity)
    if minutes is not None:
        values["planned_minutes"] = _minutes(minutes)
    with db.session() as s:
        item, _ = _editable_item(s, item_id)
        if any(getattr(item, k) != v for k, v in values.items()):
            touch(db, item, **values)
            s.add(item)
            s.commit()
        return _entry(item)


def remove_agenda_item(db: Database, item_id: str) -> None:
    """Take an activity off the agenda (tombstoned, so the removal syncs)."""
    with db.session() as s:
        item, items = _editable_item(s, item_id)
        touch(db, item, deleted=True)
        s.add(item)
        _renumber(db, s, [i for i in items if i.id != item.id])
        s.commit()


def move_agenda_item(db: Database, item_id: str, offset: int) -> int:
    """Move an activity ``offset`` places (-1 = up, +1 = down); returns its new index.

    Refused past either end of the agenda or above an activity that has already started."""
    with db.session() as s:
        item, items = _editable_item(s, item_id)
        index = next(n for n, i in enumerate(items) if i.id == item.id)
        target = index + int(offset)
        started = sum(1 for i in items if i.actual_start is not None)
        if not started <= target < len(items):
            raise ValidationError("position", f"{item.activity!r} cannot move there.",
                                  reason="position_before_started", activity=item.activity,
                                  position=target)
        items.insert(target, items.pop(index))
        _renumber(db, s, items)
        s.commit()
        return target


# --------------------------------------------------------------------------- for the projector


@dataclass(frozen=True)
class PublicIdea:
    """What a projector may show of an idea: its words and theme, never who wrote it."""

    id: str
    title: str | None
    text: str
    theme: str  # "" = no theme


def latest_ideas(db: Database, workshop_id: str,
                 limit: int = DEFAULT_PROJECTOR_IDEAS) -> list[PublicIdea]:
    """The newest live ideas of the workshop, newest first.

    Deliberately selects no author, participant or demographic column, so nothing personal
    can reach the room's screen through this function."""
    sql = sa.text(
        "SELECT i.id, i.title, i.text, coalesce(t.name, '') FROM idea i "
        "LEFT JOIN theme t ON t.id = i.theme_id AND t.deleted = false "
        "WHERE i.deleted = false AND i.workshop_id = :w "
        f"ORDER BY i.created_at DESC, {db.row_key('i')} DESC LIMIT :n")
    with db.engine.connect() as conn:
        rows = conn.execute(sql, {"w": workshop_id, "n": max(0, int(limit))}).all()
    return [PublicIdea(*row) for row in rows]
