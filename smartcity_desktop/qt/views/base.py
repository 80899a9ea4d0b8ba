"""What every tab of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...storage.database import Database
from ..undo import ChangeBus


class ScopedView(QWidget):
    """A view of one project or one of its workshops: the main window calls
    :meth:`set_scope` when the navigation changes and shows ``status_message`` texts."""

    status_message = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._stack = undo_stack
        self._bus = bus
        self._project_id: str | None = None
        self._workshop_id: str | None = None

    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        raise NotImplementedError
