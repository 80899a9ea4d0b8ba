"""Participants of a workshop (placeholder list; registration arrives below)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...storage.database import Database
from ..undo import ChangeBus


class ParticipantsView(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        QVBoxLayout(self).addWidget(QLabel("…", self))

    def set_scope(self, project_id, workshop_id) -> None:
        pass
