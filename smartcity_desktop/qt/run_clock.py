"""The meeting clock shared by the Run view and the projector window.

The remaining time of the running activity is always *computed* from timestamps, never
counted down tick by tick, so it cannot drift however late the timer fires:

    remaining = planned minutes + minutes added − (now − actual start − time spent paused)

``actual start`` comes from the database (``services.run``), so a rebuilt view or a restarted
app finds the running activity and its time again. Pausing and "+1 min" are bookkeeping kept
here, per activity, for the life of the clock: after a crash or restart they are forgotten and
the activity counts from its recorded start with its planned minutes (documented limitation).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..core.clock import utcnow
from ..core.enums import WorkshopStatus
from ..services.workshop.run import RunState

TICK_MS = 200
BLINK_PERIOD = 1.0  # seconds: half on, half off


class Phase(Enum):
    NO_WORKSHOP = "no_workshop"
    EMPTY = "empty"        # the agenda has no activity
    READY = "ready"        # nothing running; the next activity can start
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"          # every activity has been run; the workshop can be closed
    CLOSED = "closed"


@dataclass
class _Book:
    extra_seconds: int = 0
    paused_seconds: float = 0.0
    paused_since: dt.datetime | None = None


@dataclass(frozen=True)
class ClockState:
    """One reading of the clock: what both screens show."""

    phase: Phase
    workshop: str = ""
    activity: str = ""        # the running activity, or the one Start would begin
    number: int = 0           # 1-based place of ``activity`` on the agenda
    count: int = 0
    planned_minutes: int = 0
    extra_minutes: int = 0
    remaining: float | None = None  # seconds; negative once time is up
    up_next: str = ""
    blink_on: bool = False

    @property
    def time_up(self) -> bool:
        return self.phase in (Phase.RUNNING, Phase.PAUSED) and self.remaining is not None \
            and self.remaining <= 0

    @property
    def time_text(self) -> str:
        return format_remaining(self.remaining) if self.remaining is not None else "--:--"

    @property
    def cue_text(self) -> str:
        """A short word on the state: "Time is up", "Paused", … ("" while simply running)."""
        if self.time_up:
            return QCoreApplication.translate("RunClock", "Time is up") if self.phase == Phase.RUNNING \
                else QCoreApplication.translate("RunClock", "Time is up · paused")
        return {
            Phase.NO_WORKSHOP: QCoreApplication.translate("RunClock", "Choose a workshop to run"),
            Phase.EMPTY: QCoreApplication.translate("RunClock", "The agenda is empty"),
            Phase.READY: QCoreApplication.translate("RunClock", "Ready to start"),
            Phase.PAUSED: QCoreApplication.translate("RunClock", "Paused"),
            Phase.DONE: QCoreApplication.translate("RunClock", "All activities done"),
            Phase.CLOSED: QCoreApplication.translate("RunClock", "Workshop closed"),
        }.get(self.phase, "")


def display_seconds(remaining: float) -> int:
    """Whole seconds to show: rounded up while time is left (the last second reads 00:01,
    never 00:00 too early), down once it is over (−00:01 after one full second)."""
    return math.ceil(remaining) if remaining > 0 else -math.floor(-remaining)


def format_remaining(remaining: float) -> str:
    """``12:05``, ``1:02:03`` for an hour or more, ``−00:42`` once time is up."""
    seconds = display_seconds(remaining)
    sign = "\u2212" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


class RunClock(QObject):
    """Knows the workshop's run state and the pause / extra-time bookkeeping; ticks while an
    activity runs. ``now`` is a callable returning an aware UTC datetime (tests pass a fake).

    Signals: ``updated`` whenever what is shown changes (each second, pause, +1 min, another
    activity); ``scope_changed`` when another workshop is loaded; ``time_up`` once per activity
    when its time runs out."""

    updated = Signal()
    scope_changed = Signal()
    time_up = Signal()

    def __init__(self, now: Callable[[], dt.datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.now = now or utcnow
        self._run: RunState | None = None
        self._books: dict[str, _Book] = {}
        self._announced: set[str] = set()
        self._last_key = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    # ------------------------------------------------------------------ state
    @property
    def run_state(self) -> RunState | None:
        return self._run

    @property
    def workshop_id(self) -> str | None:
        return self._run.workshop_id if self._run else None

    @property
    def project_id(self) -> str | None:
        return self._run.project_id if self._run else None

    def set_run_state(self, run: RunState | None) -> None:
        """Take a fresh reading of the database (after every start, next, close, edit)."""
        scope_changed = (run.workshop_id if run else None) != self.workshop_id
        self._run = run
        current = run.current if run and run.status != WorkshopStatus.CLOSED else None
        if current is not None and current.id not in self._books:
            self._books[current.id] = _Book()
            if self._remaining_of(current) <= 0:
                self._announced.add(current.id)  # ran out before we saw it: no cue sound
        if current is not None:
            self._timer.start()
        else:
            self._timer.stop()
        if scope_changed:
            self.scope_changed.emit()
        self._last_key = None
        self.tick()

    def _current(self):
        run = self._run
        if run is None or run.status == WorkshopStatus.CLOSED:
            return None
        return run.current

    def _remaining_of(self, entry) -> float:
        book = self._books[entry.id]
        now = self.now()
        paused = book.paused_seconds
        if book.paused_since is not None:
            paused += (now - book.paused_since).total_seconds()
        elapsed = (now - entry.actual_start).total_seconds() - paused
        return entry.planned_minutes * 60 + book.extra_seconds - elapsed

    def remaining(self) -> float | None:
        """Seconds left of the running activity (negative once over), None if none runs."""
        current = self._current()
        return None if current is None else self._remaining_of(current)

    @property
    def paused(self) -> bool:
        current = self._current()
        return current is not None and self._books[current.id].paused_since is not None

    # ------------------------------------------------------------------ actions
    def pause(self) -> None:
        current = self._current()
        if current is not None and self._books[current.id].paused_since is None:
            self._books[current.id].paused_since = self.now()
            self._changed()

    def resume(self) -> None:
        current = self._current()
        if current is None:
            return
        book = self._books[current.id]
        if book.paused_since is not None:
            book.paused_seconds += (self.now() - book.paused_since).total_seconds()
            book.paused_since = None
            self._changed()

    def add_minutes(self, minutes: int = 1) -> None:
        current = self._current()
        if current is not None:
            self._books[current.id].extra_seconds += 60 * minutes
            if self._remaining_of(current) > 0:
                self._announced.discard(current.id)  # running out again cues again
            self._changed()

    def _changed(self) -> None:
        self._last_key = None
        self.tick()

    # ------------------------------------------------------------------ reading
    def state(self) -> ClockState:
        run = self._run
        if run is None:
            return ClockState(Phase.NO_WORKSHOP)
        workshop = f"{run.code} \u00b7 {run.title}"
        count = len(run.agenda)
        if run.status == WorkshopStatus.CLOSED:
            return ClockState(Phase.CLOSED, workshop, count=count)
        if not run.agenda:
            return ClockState(Phase.EMPTY, workshop)
        current = run.current
        pending = run.next_pending
        if current is None:
            if pending is None:
                return ClockState(Phase.DONE, workshop, count=count)
            return ClockState(Phase.READY, workshop, pending.activity, pending.position + 1,
                              count, pending.planned_minutes, 0,
                              float(pending.planned_minutes * 60),
                              up_next=pending.activity)
        book = self._books[current.id]
        remaining = self._remaining_of(current)
        over = -remaining
        blink = over >= 0 and (over % BLINK_PERIOD) < BLINK_PERIOD / 2
        return ClockState(Phase.PAUSED if book.paused_since else Phase.RUNNING, workshop,
                          current.activity, run.current_index + 1, count,
                          current.planned_minutes, book.extra_seconds // 60, remaining,
                          pending.activity if pending else "", blink)

    def tick(self) -> None:
        """Re-read the time; emit ``updated`` if anything shown changed (and ``time_up``
        the first time the running activity runs out)."""
        state = self.state()
        key = (state.phase, state.activity, state.time_text, state.blink_on, state.extra_minutes)
        current = self._current()
        if state.time_up and current is not None and current.id not in self._announced:
            self._announced.add(current.id)
            self.time_up.emit()
        if key != self._last_key:
            self._last_key = key
            self.updated.emit()
