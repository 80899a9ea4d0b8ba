"""The list under the Capture view's form: the workshop's ideas, their count, and Edit (F2)
and Delete (Delete) for the selected ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QToolButton, QVBoxLayout, QWidget

from ....services.commands import Change
from ...icons import icon
from ...idea_actions import delete_ideas, edit_idea, selected_idea_ids, setup_idea_table
from ...idea_model import IdeaTableModel


class CaptureIdeaList:
    """Builds and updates the list of ideas of :class:`.view.CaptureView`, a mixin. Its strings
    are translated under this class's name: lupdate files them so, and ``self.tr`` looks along
    the MRO and finds them."""

    def _build_list(self, page: QWidget, layout: QVBoxLayout) -> None:
        """The counter, the Edit and Delete buttons and the table of ideas, under the form."""
        list_bar = QHBoxLayout()
        self.counter_label = QLabel(page)
        self.counter_label.setAccessibleName(self.tr("Number of ideas in this workshop"))
        list_bar.addWidget(self.counter_label)
        list_bar.addStretch(1)
        self.edit_button = QToolButton(page)
        self.delete_button = QToolButton(page)
        list_bar.addWidget(self.edit_button)
        list_bar.addWidget(self.delete_button)
        layout.addLayout(list_bar)

        self.table = QTableView(page)
        self.table.setAccessibleName(self.tr("Ideas of this workshop"))
        setup_idea_table(self.table, self.model, (0, 60, 170, 70, 80, 90, 0, 0, 120))
        for column in ("workshop", "status"):
            self.table.setColumnHidden(IdeaTableModel.COLUMNS.index(column), True)
        layout.addWidget(self.table, 1)

        self.edit_action = QAction(icon("edit"), self.tr("&Edit idea…"), self.table)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setToolTip(self.tr("Edit the selected idea (F2)"))
        self.delete_action = QAction(icon("delete"), self.tr("&Delete idea"), self.table)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.delete_action.setToolTip(self.tr("Delete the selected ideas (Delete); Ctrl+Z "
                                              "brings them back"))
        for action, button in ((self.edit_action, self.edit_button),
                               (self.delete_action, self.delete_button)):
            # Only in the list: F2 and Delete keep their usual meaning in the form's fields.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

    # ================================================================== the list
    def _on_ideas_changed(self, change: Change) -> None:
        self.model.apply_change(change)
        self._update_actions()

    def _update_counter(self, *args) -> None:
        self.counter_label.setText(QCoreApplication.translate(
            "CaptureIdeaList", "%n idea(s) in this workshop", "",
            self.model.rowCount()))

    def _update_actions(self, *args) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    def selected_ids(self) -> list[str]:
        return selected_idea_ids(self.table, self.model)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids and ids[0]:
            edit_idea(self, self._db, self._stack, self._bus, ids[0])
            self._reload_choices()  # the dialog may have created a theme

    def delete_selected(self) -> None:
        ids = tuple(i for i in self.selected_ids() if i)
        if ids and delete_ideas(self, self._db, self._stack, self._bus, ids):
            self.status_message.emit(
                QCoreApplication.translate(
                    "CaptureIdeaList", "%n idea(s) deleted. Undo with Ctrl+Z.", "", len(ids)))
