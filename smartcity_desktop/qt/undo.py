"""The one write path of the GUI: every change a user makes is a service ``Command`` run by
:func:`push` onto the one ``QUndoStack``, and what it changed is announced on the one
:class:`ChangeBus`. Writes that are deliberately not undoable (``services.commands.NotUndoable``)
are announced with :func:`announce`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from ..core.errors import SmartCityError
from ..services.commands import Change, Command, NotUndoable


class ChangeBus(QObject):
    """The signals views listen to; each carries what a write changed."""

    ideas_changed = Signal(object)  # services.commands.Change
    participants_changed = Signal()
    structure_changed = Signal()    # projects, workshops, themes, rounds came or went
    rounds_changed = Signal(object)  # services.commands.Change: votes, placements, rounds
    references_changed = Signal(object)  # services.commands.Change: reference profiles
    batches_changed = Signal(object)  # services.commands.Change: cards typed from paper
    undo_refused = Signal(object)   # a SmartCityError: an undo or redo the database refused

    def announce(self, change: Change) -> None:
        if change.touches_ideas:
            self.ideas_changed.emit(change)
        if change.participants or change.everything:
            self.participants_changed.emit()
        if change.touches_rounds:
            self.rounds_changed.emit(change)
        if change.references:
            self.references_changed.emit(change)
        if change.batches:
            self.batches_changed.emit(change)
        if change.touches_structure:
            self.structure_changed.emit()


class UndoStep(QUndoCommand):
    """A service command on the undo stack. :func:`push` has already run it once, so the
    stack's first ``redo()`` does nothing. An undo or redo that the database refuses (e.g.
    another device changed the record meanwhile) takes the step off the stack, so the stack
    never claims a state the database is not in, and is reported to ``on_error`` (by default
    ``ChangeBus.undo_refused``). ``on_change`` is told of every later undo and redo after the
    announcement, for a view that must show the result at once rather than on its next
    refresh."""

    def __init__(self, command: Command, text: str, bus: ChangeBus,
                 on_error: Callable[[SmartCityError], None] | None = None,
                 on_change: Callable[[Change], None] | None = None) -> None:
        super().__init__(text)
        self.command = command
        self._bus = bus
        self._on_error = on_error
        self._on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # already run by push()
            self._first = False
            return
        self._run(self.command.redo)

    def undo(self) -> None:
        self._run(self.command.undo)

    def _run(self, step) -> None:
        try:
            change = step()
        except SmartCityError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(exc)
            else:
                self._bus.undo_refused.emit(exc)
            return
        self._bus.announce(change)
        if self._on_change is not None:
            self._on_change(change)


def push(stack, command: Command, text: str, bus: ChangeBus, *,
         on_error: Callable[[SmartCityError], None] | None = None,
         on_change: Callable[[Change], None] | None = None,
         done: Change | None = None) -> Change:
    """Run ``command`` now (errors propagate and nothing is recorded), put it on ``stack``
    and announce what changed. ``done`` is the change of a command a worker has already run
    (its first ``redo()`` off the UI thread): it is recorded and announced, not run again."""
    change = command.redo() if done is None else done
    stack.push(UndoStep(command, text, bus, on_error, on_change))
    bus.announce(change)
    return change


def announce(bus: ChangeBus, change: Change, why: NotUndoable) -> None:
    """Tell the views about a write that deliberately is not on the undo stack (``why`` says
    which of the listed kinds it is)."""
    assert isinstance(why, NotUndoable)
    bus.announce(change)
