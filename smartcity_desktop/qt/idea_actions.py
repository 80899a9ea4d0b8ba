"""Editing and deleting ideas from a list, shared by the Ideas and Capture views: both go
through the undo stack, so Ctrl+Z brings the old text or the deleted ideas back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView

from ..core.errors import SmartCityError
from ..services.ideas import capture, commands
from ..services.workshop import projects
from ..storage.database import Database
from .dialogs import IdeaDialog
from .errors import error_text
from .idea_model import IdeaTableModel
from .undo import ChangeBus, push


def setup_idea_table(table: QTableView, model: IdeaTableModel,
                     widths=(0, 70, 150, 110, 80, 100, 100, 70, 120)) -> None:
    """The ideas table look: whole rows, fixed row height (fast with 100,000 rows), the text
    column stretching."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, width)


def selected_idea_ids(table: QTableView, model: IdeaTableModel) -> list[str]:
    return [model.idea_id_at(i.row()) for i in table.selectionModel().selectedRows()]


def edit_idea(parent, db: Database, stack, bus: ChangeBus, idea_id: str) -> bool:
    """Open the idea dialog on ``idea_id``; a save is one undoable edit. True if saved."""
    snapshot = capture.get_idea(db, idea_id)
    workshop = projects.workshop_info(db, snapshot.workshop_id)

    def save(data):
        data = replace(data, entered_by=snapshot.data.entered_by)
        push(stack, commands.EditIdea(db, snapshot.id, data),
             QCoreApplication.translate("IdeaActions", "Edit idea"), bus)

    return bool(IdeaDialog(db, workshop, save, snapshot, parent=parent).exec())


def delete_ideas(parent, db: Database, stack, bus: ChangeBus, ids) -> bool:
    """Delete ``ids`` as one undoable step; explains a refusal in a message box."""
    ids = tuple(i for i in ids if i)
    if not ids:
        return False
    try:
        push(stack, commands.DeleteIdeas(db, ids),
             QCoreApplication.translate("IdeaActions", "Delete %n idea(s)", "", len(ids)), bus)
    except SmartCityError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("IdeaActions", "Could not delete"),
                            error_text(exc))
        return False
    return True
