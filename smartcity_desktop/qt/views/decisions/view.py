"""The Decisions view: the ideas of a project or workshop with their status and the date of
their latest status change, filterable by status and searchable; for the selected idea its
strategy goals, its SDGs and its whole path to a decision (the status log). Status changes
(one idea or several at once) go through the "Change status…" dialog and the undo stack."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import IdeaStatus
from ....core.sdgs import SDG_BY_NUMBER
from ....services.commands import Change
from ....services.ideas import capture, coverage, lifecycle
from ....services.workshop import projects
from ....storage.database import Database
from ... import labels
from ...icons import icon
from ...search_box import search_box
from ...status_dialog import change_status, status_icon
from ...undo import ChangeBus
from ..base import RefreshWhenShown, ScopedView
from .model import LOG_ROW, DecisionModel, LogDelegate

SEARCH_DELAY_MS = 150
CHANGE_STATUS_KEYS = "Ctrl+Shift+D"
MUTED = "#5b6670"


def _local_day(moment: dt.datetime) -> str:
    return moment.astimezone().date().isoformat()


class DecisionsView(RefreshWhenShown, ScopedView):
    """The ideas of the project or workshop on their way to a decision."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None,
                 qsettings: QSettings | None = None, own_shortcut: bool = True) -> None:
        """``own_shortcut=False`` leaves Ctrl+Shift+D to a window-wide "Change status…"
        action (two actions on one key would cancel each other out)."""
        super().__init__(db, undo_stack, bus, parent)
        self._settings = qsettings
        self._own_shortcut = own_shortcut
        self._stale = False
        self._shown_idea: str | None = None
        self.model = DecisionModel(db, self)
        self._build()
        self._connect_signals()
        self._update_actions()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.change_status_action = QAction(icon("change_status"), self.tr("Change &status…"),
                                            self)
        if self._own_shortcut:
            self.change_status_action.setShortcut(QKeySequence(CHANGE_STATUS_KEYS))
        self.change_status_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.change_status_action.setToolTip(self.tr(
            "Change the status of the selected ideas, with a reason and a date (Ctrl+Shift+D)"))
        self.change_status_action.setStatusTip(self.change_status_action.toolTip())
        self.addAction(self.change_status_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.change_status_action)

        self.search = search_box(self, self.tr("Search ideas"), self.tr("Search ideas"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in IdeaStatus:
            self.status_filter.addItem(status_icon(status.value), labels.idea_status(status),
                                       status.value)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of ideas shown"))

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Ideas and their status"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(DecisionModel.COLUMNS.index("date"),
                                Qt.SortOrder.DescendingOrder)
        for column, width in ((1, 70), (2, 150), (3, 96)):
            self.table.setColumnWidth(column, width)
        self.table.setSortingEnabled(True)

        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._build_details())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._init_refresh_when_shown()

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setStyleSheet("font-weight: 600; margin-top: 6px;")
        return label

    def _build_details(self) -> QWidget:
        self.details = QStackedWidget(self)
        self.details.setMinimumWidth(300)
        self.no_selection = QLabel(self.tr("Select an idea to see its strategy goals, its SDGs "
                                           "and its path to a decision."), self.details)
        self.no_selection.setWordWrap(True)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setStyleSheet(f"color: {MUTED}; padding: 24px;")
        self.details.addWidget(self.no_selection)

        page = QWidget(self.details)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        self.idea_title = QLabel(page)
        self.idea_title.setWordWrap(True)
        self.idea_title.setTextFormat(Qt.TextFormat.PlainText)
        self.idea_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.idea_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.idea_title.setAccessibleName(self.tr("Selected idea"))
        self.idea_title.setMaximumHeight(90)
        self.idea_meta = QLabel(page)
        self.idea_meta.setWordWrap(True)
        self.idea_meta.setStyleSheet(f"color: {MUTED};")
        self.idea_meta.setAccessibleName(self.tr("Status of the selected idea"))

        self.goals_label = QLabel(page)
        self.goals_label.setWordWrap(True)
        self.goals_label.setTextFormat(Qt.TextFormat.RichText)
        self.goals_label.setAccessibleName(self.tr("Strategy goals of the selected idea"))
        self.sdgs_label = QLabel(page)
        self.sdgs_label.setWordWrap(True)
        self.sdgs_label.setTextFormat(Qt.TextFormat.RichText)
        self.sdgs_label.setAccessibleName(self.tr("SDGs of the selected idea"))
        self.log = QListWidget(page)
        self.log.setAccessibleName(self.tr("Path to a decision"))
        self.log.setWordWrap(True)
        self.log.setUniformItemSizes(False)
        self.log.setResizeMode(QListView.ResizeMode.Adjust)
        self.log.setAlternatingRowColors(True)
        self.log.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.log.setItemDelegate(LogDelegate(self.log))
        self.log.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.change_button = QPushButton(icon("change_status"), self.tr("Change status…"), page)
        self.change_button.setAccessibleName(self.tr("Change status"))
        self.change_button.setToolTip(self.change_status_action.toolTip())
        self.change_button.clicked.connect(self.change_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)

        layout.addWidget(self.idea_title)
        layout.addWidget(self.idea_meta)
        layout.addWidget(self._heading(self.tr("Strategy goals"), page))
        layout.addWidget(self.goals_label)
        layout.addWidget(self._heading(self.tr("Sustainable Development Goals"), page))
        layout.addWidget(self.sdgs_label)
        layout.addWidget(self._heading(self.tr("Path to a decision"), page))
        layout.addWidget(self.log, 1)
        layout.addLayout(buttons)
        self.details_page = page
        self.details.addWidget(page)
        return self.details

    def _connect_signals(self) -> None:
        self.change_status_action.triggered.connect(self.change_selected)
        self.table.doubleClicked.connect(lambda _index: self.change_selected())
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_details())
        self._bus.ideas_changed.connect(self._on_ideas_changed)
        self._bus.structure_changed.connect(self._data_changed)

    # ------------------------------------------------------------------ scope and filters
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        self.table.setColumnHidden(DecisionModel.COLUMNS.index("workshop"),
                                   workshop_id is not None)
        if not self.isVisible():  # the main window scopes every tab; read when shown
            self.model.set_scope(project_id, workshop_id, reload=False)
            self._stale = True
            return
        self.model.set_scope(project_id, workshop_id)
        self._after_reload([], None)

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        status = self.status_filter.currentData()
        keep, current = self.selected_ids(), self._current_id()
        self.model.set_filter(IdeaStatus(status) if status else None, self.search.text())
        self._after_reload(keep, current)

    def refresh(self) -> None:
        """Read the list again, keeping the selection (ideas may have moved)."""
        self._refreshed()
        keep, current = self.selected_ids(), self._current_id()
        self.model.reload()
        self._after_reload(keep, current)

    def _after_reload(self, keep: list[str], current: str | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in keep) if r is not None]
        for row in rows:
            self.table.selectionModel().select(
                self.model.index(row, 0), selection.SelectionFlag.Select |
                selection.SelectionFlag.Rows)
        current_row = self.model.row_of(current) if current else None
        if current_row is not None:
            selection.setCurrentIndex(self.model.index(current_row, 0),
                                      selection.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(current_row, 0))
        selection.blockSignals(False)
        self._update_count()
        self._update_actions()
        self._show_details()

    def _update_count(self, *args) -> None:
        self.count_label.setText(self.tr("%n idea(s)", "", self.model.rowCount()))

    def _on_ideas_changed(self, change: Change) -> None:
        self._refresh_or_defer()  # at once if shown: the change was probably made here


    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.idea_id_at(r) for r in rows) if i]

    def _current_id(self) -> str | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.idea_id_at(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_idea(self, idea_id: str) -> bool:
        row = self.model.row_of(idea_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_selection_changed(self, *args) -> None:
        self._update_actions()
        self._show_details()

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.change_status_action.setEnabled(count > 0)
        self.change_button.setEnabled(count > 0)
        self.change_button.setText(self.tr("Change status…") if count <= 1 else
                                   self.tr("Change status of %n ideas…", "", count))

    # ------------------------------------------------------------------ details
    def _show_details(self) -> None:
        idea_id = self._current_id()
        self._shown_idea = idea_id
        if idea_id is None:
            self.details.setCurrentWidget(self.no_selection)
            return
        snapshot = capture.get_idea(self._db, idea_id)
        self.details.setCurrentWidget(self.details_page)
        data = snapshot.data
        self.idea_title.setText(f"{data.title} — {data.text}" if data.title else data.text)
        workshop = projects.get_workshop(self._db, snapshot.workshop_id)
        self.idea_meta.setText(" · ".join((
            f"{workshop.code} {workshop.title}",
            self.tr("added %1").replace("%1", _local_day(snapshot.created_at)),
            labels.idea_status(snapshot.status))))
        goals = coverage.goals_of_idea(self._db, idea_id)
        if goals:
            self.goals_label.setText("<br>".join(
                f"<b>{_html(g.code)}</b>&nbsp;· {_html(g.title)}" for g in goals))
        else:
            self.goals_label.setText(f"<i style='color:{MUTED}'>"
                                     f"{_html(self.tr('No strategy goal linked yet.'))}</i>")
        if data.sdgs:
            self.sdgs_label.setText("<br>".join(
                f"<span style='background-color:{SDG_BY_NUMBER[n].colour}; color:white; "
                f"font-weight:600'>&nbsp;{n}&nbsp;</span>&nbsp;{_html(labels.sdg_title(n))}"
                for n in data.sdgs if n in SDG_BY_NUMBER))
        else:
            self.sdgs_label.setText(f"<i style='color:{MUTED}'>"
                                    f"{_html(self.tr('No SDG linked yet.'))}</i>")
        self._fill_log(snapshot)

    def _fill_log(self, snapshot) -> None:
        """The idea's path: when it came in, then every status change with its reason."""
        self.log.clear()
        added = self.tr("Added (%1)").replace("%1", labels.idea_source(snapshot.data.source))
        if snapshot.data.entered_by:
            added += " · " + self.tr("entered by %1").replace("%1", snapshot.data.entered_by)
        rows = [(_local_day(snapshot.created_at), added, "", "", "new", "")]
        for entry in lifecycle.status_log(self._db, snapshot.id):
            rows.append((entry.decided_on.isoformat(),
                         f"{labels.idea_status(entry.from_status)} → "
                         f"{labels.idea_status(entry.to_status)}",
                         entry.reason, entry.changed_by, entry.to_status, entry.id))
        for n, (date, change, reason, who, status, entry_id) in enumerate(rows):
            text = f"{date} {change}"
            if who:
                text += ", " + self.tr("decided by %1").replace("%1", who)
            # The text is what a screen reader says; the delegate paints the parts.
            item = QListWidgetItem(status_icon(status), f"{text}\n{reason}" if reason else text)
            item.setData(LOG_ROW, (date, change, reason, who))
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setToolTip(reason)
            if n == 0:
                item.setForeground(QColor(MUTED))
            self.log.addItem(item)
        self.log.scrollToBottom()

    def log_rows(self) -> list[tuple[str, str, str, str]]:
        """What the log shows, row by row: (date, change, reason, decided by)."""
        return [tuple(self.log.item(r).data(LOG_ROW)) for r in range(self.log.count())]

    # ------------------------------------------------------------------ writes
    def change_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.status_message.emit(self.tr("Select one or more ideas first."))
            return
        if change_status(self, self._db, self._stack, self._bus, ids, self._settings):
            self.status_message.emit(self.tr(
                "Status changed for %n idea(s). Undo with Ctrl+Z.", "", len(ids)))


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))
