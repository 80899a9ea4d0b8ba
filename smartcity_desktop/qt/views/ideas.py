"""The Ideas view: a lazily loaded table over every idea in scope, FTS5 search, filters (also
by the demographic group of the author), and add / edit / delete through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
)

from ...core.enums import IdeaKind, IdeaSource
from ...core.sdgs import SDGS
from ...services.commands import Change
from ...services.ideas import commands
from ...services.ideas.capture import IdeaQuery
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels
from ..dialogs import IdeaDialog
from ..icons import icon
from ..idea_actions import delete_ideas, edit_idea, selected_idea_ids, setup_idea_table
from ..idea_model import IdeaTableModel
from ..search_box import search_box
from ..undo import ChangeBus, push
from .base import ScopedView

SEARCH_DELAY_MS = 150


class IdeasView(ScopedView):
    """Shows the ideas of a project or one workshop."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._scope_stale = False  # a scope set while hidden, read when shown
        self.model = IdeaTableModel(db, self)
        self._build()
        self._connect_signals()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.add_action = QAction(icon("add"), self.tr("&New idea…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.setToolTip(self.tr("Add an idea to the selected workshop (Ctrl+Shift+N)"))
        self.edit_action = QAction(icon("edit"), self.tr("&Edit idea…"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.delete_action = QAction(icon("delete"), self.tr("&Delete idea"), self)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        for action in (self.add_action, self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.addAction(action)

        self.search = search_box(self, self.tr("Search ideas (Ctrl+F)"), self.tr("Search ideas"))

        self.theme_filter = QComboBox(self)
        self.theme_filter.setAccessibleName(self.tr("Filter by theme"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in IdeaKind:
            self.kind_filter.addItem(labels.idea_kind(kind), kind.value)
        self.source_filter = QComboBox(self)
        self.source_filter.setAccessibleName(self.tr("Filter by source"))
        self.source_filter.addItem(self.tr("All sources"), None)
        for source in IdeaSource:
            self.source_filter.addItem(labels.idea_source(source), source.value)
        self.sdg_filter = QComboBox(self)
        self.sdg_filter.setAccessibleName(self.tr("Filter by SDG"))
        self.sdg_filter.addItem(self.tr("All SDGs"), None)
        for sdg in SDGS:
            self.sdg_filter.addItem(f"{sdg.number}. {labels.sdg_title(sdg.number)}", sdg.number)
        self.group_filter = QComboBox(self)
        self.group_filter.setAccessibleName(self.tr("Filter by demographic group of the author"))
        self.group_filter.setToolTip(self.tr(
            "Ideas by participants who gave this answer on the registration form"))

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of ideas shown"))

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Ideas"))
        setup_idea_table(self.table, self.model)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in self._filter_combos():
            # Long entries (SDG titles, theme names) must not make the window wider.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.theme_filter, self.kind_filter, self.source_filter, self.sdg_filter,
                self.group_filter)

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self.add_idea)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_filters)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._apply_filters)
        self._bus.ideas_changed.connect(self._on_ideas_changed)
        self._bus.structure_changed.connect(self._on_structure_changed)
        self._bus.participants_changed.connect(self._on_participants_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # ------------------------------------------------------------------ scope
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        # One workshop: its code on every row says nothing and costs the text column room.
        self.table.setColumnHidden(IdeaTableModel.COLUMNS.index("workshop"),
                                   workshop_id is not None)
        if not self.isVisible() and self.window().isVisible():
            # A hidden tab of a shown window: the list is read when the tab is shown (with
            # 100,000 ideas that is tens of milliseconds saved on every click in the tree).
            self._scope_stale = True
            return
        self._scope_stale = False
        self._reload_choices()
        self._apply_filters()

    def _reload_choices(self) -> None:
        self._reload_themes()
        self._reload_groups()

    def showEvent(self, event) -> None:  # noqa: N802
        # Themes may have been created elsewhere meanwhile (the Capture view creates them as
        # they are typed); the lists are short, so they are simply read again.
        if self._scope_stale:
            self._scope_stale = False
            self._reload_choices()
            self._apply_filters()
        else:
            self._on_structure_changed()
        super().showEvent(event)

    def _reload_groups(self) -> None:
        """"All groups", then "Dimension: Category" for every demographic category."""
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        if self._project_id:
            for dimension in projects.list_dimensions(self._db, self._project_id):
                for category in dimension.categories:
                    self.group_filter.addItem(f"{dimension.label}: {category.label}",
                                              category.id)
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(current), 0))
        self.group_filter.blockSignals(False)

    def _on_structure_changed(self) -> None:
        if self._scope_stale:  # read in full when shown
            return
        self._reload_choices()
        if self.current_query() != self.model.query:  # a chosen theme or group is gone
            self._apply_filters()

    def _on_participants_changed(self) -> None:
        # A changed demographic answer (or a deleted participant) changes who is in a group.
        if self.group_filter.currentData() and not self._scope_stale:
            self._apply_filters()

    def _reload_themes(self) -> None:
        current = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("All themes"), None)
        if self._project_id:
            for theme in projects.list_themes(self._db, self._project_id):
                self.theme_filter.addItem(theme.name, theme.id)
        self.theme_filter.setCurrentIndex(max(self.theme_filter.findData(current), 0))
        self.theme_filter.blockSignals(False)

    def current_query(self) -> IdeaQuery:
        return IdeaQuery(project_id=self._project_id, workshop_id=self._workshop_id,
                         text=self.search.text(), theme_id=self.theme_filter.currentData(),
                         kind=self.kind_filter.currentData(),
                         source=self.source_filter.currentData(),
                         sdg=self.sdg_filter.currentData(),
                         category_id=self.group_filter.currentData())

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._update_actions()

    def _update_count(self, *args) -> None:
        self.count_label.setText(self.tr("%n idea(s)", "", self.model.rowCount()))

    def _update_actions(self, *args) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.add_action.setEnabled(self._workshop_id is not None)
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ writes
    def _on_ideas_changed(self, change: Change) -> None:
        self.model.apply_change(change)
        self._update_count()

    def add_idea(self) -> None:
        if self._workshop_id is None:
            self.status_message.emit(self.tr("Choose a workshop first: ideas belong to one."))
            return
        workshop = projects.workshop_info(self._db, self._workshop_id)

        added: list[str] = []

        def save(data):
            change = push(self._stack, commands.AddIdea(self._db, workshop.id, data),
                          self.tr("Add idea"), self._bus)
            added.extend(change.added)

        dialog = IdeaDialog(self._db, workshop, save, parent=self)
        accepted = dialog.exec()
        self._reload_themes()  # the dialog may have created a theme
        if accepted:
            self.status_message.emit(self.tr("Idea saved."))
            # Select the new idea (a search or filter may hide it: then select nothing).
            row = self.model.row_of(added[0]) if added else None
            if row is None:
                self.table.clearSelection()
            else:
                self.table.selectRow(row)

    def selected_ids(self) -> list[str]:
        return selected_idea_ids(self.table, self.model)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        edit_idea(self, self._db, self._stack, self._bus, ids[0])
        self._reload_themes()  # the dialog may have created a theme

    def delete_selected(self) -> None:
        ids = tuple(i for i in self.selected_ids() if i)
        if ids and delete_ideas(self, self._db, self._stack, self._bus, ids):
            self.status_message.emit(
                self.tr("%n idea(s) deleted. Undo with Ctrl+Z.", "", len(ids)))
