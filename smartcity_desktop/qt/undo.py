"""QUndoStack glue: wraps the plain service commands and announces what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from ..services.commands import Change, Command


class ChangeBus(QObject):
    """The signals views listen to; each carries what a write changed."""

    ideas_changed = Signal(object)  # services.commands.Change
    participants_changed = Signal()
    structure_changed = Signal()    # projects, workshops, themes

    def announce(self, change: Change) -> None:
        if change.touches_ideas:
            self.ideas_changed.emit(change)
        if change.participants:
            self.participants_changed.emit()


class ServiceCommand(QUndoCommand):
    """A service command on the undo stack. A failing redo leaves the stack untouched:
    :meth:`push` runs the command first and only then records it."""

    def __init__(self, command: Command, text: str, bus: ChangeBus) -> None:
        super().__init__(text)
        self.command = command
        self._bus = bus
        self._first = True

    def redo(self) -> None:
        if self._first:  # already run by push()
            self._first = False
            return
        self._bus.announce(self.command.redo())

    def undo(self) -> None:
        self._bus.announce(self.command.undo())


def push(stack, command: Command, text: str, bus: ChangeBus) -> Change:
    """Run ``command`` now (errors propagate, nothing recorded), then put it on ``stack``."""
    change = command.redo()
    stack.push(ServiceCommand(command, text, bus))
    bus.announce(change)
    return change
