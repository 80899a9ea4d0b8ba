"""Decisions and coverage.

:class:`DecisionsView` lists the ideas of a project or workshop with their status and the date
of their latest status change, filterable by status and searchable; for the selected idea it
shows its strategy goals, its SDGs and its whole path to a decision (the status log). Status
changes (one idea or several at once) go through the "Change status…" dialog and the undo
stack.

:class:`CoverageView` shows which SDGs and which strategy goals the ideas speak to, as
horizontal bar charts (QtCharts) in the official SDG colours; goals without ideas are marked
"no ideas yet" in words, not by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QPointF,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGraphicsSimpleTextItem,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import IdeaStatus
from ...core.sdgs import SDG_BY_NUMBER
from ...services.commands import Change
from ...services.ideas import capture, coverage, lifecycle
from ...services.ideas.coverage import GoalCoverage
from ...services.ideas.lifecycle import DecisionRow
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels
from ..icons import icon
from ..paged_rows import cached_row, row_of
from ..search_box import search_box
from ..status_dialog import change_status, status_icon
from ..undo import ChangeBus
from .base import RefreshWhenShown, ScopedView

SEARCH_DELAY_MS = 150
CHANGE_STATUS_KEYS = "Ctrl+Shift+D"
MUTED = "#5b6670"
LOG_ROW = Qt.ItemDataRole.UserRole + 1
NO_IDEAS = "#6b7680"
NOTE = "#24303a"
GOAL_COLOUR = "#1f6f5c"  # strategy goals have no official colour: the app's own green
LIGHT_SHARE = 0.42       # "other ideas" are the goal's colour at this strength on white


def _light(colour: str, strength: float = LIGHT_SHARE) -> QColor:
    c = QColor(colour)
    return QColor(round(255 - (255 - c.red()) * strength),
                  round(255 - (255 - c.green()) * strength),
                  round(255 - (255 - c.blue()) * strength))


def _local_day(moment: dt.datetime) -> str:
    return moment.astimezone().date().isoformat()


# =========================================================================== decisions
class DecisionModel(QAbstractTableModel):
    """Ideas with their status, lazily: row ids for the whole list, rows fetched by page."""

    COLUMNS = ("text", "workshop", "status", "date")
    SORTS = {"text": "text", "workshop": "workshop", "status": "status", "date": "date"}

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._project_id: str | None = None
        self._workshop_id: str | None = None
        self._status: IdeaStatus | None = None
        self._text = ""
        self._sort = "date"
        self._descending = True
        self._rowids: list[int] = []
        self._pages: OrderedDict[int, dict[int, DecisionRow]] = OrderedDict()

    # -------------------------------------------------------------- loading
    def set_scope(self, project_id: str | None, workshop_id: str | None,
                  reload: bool = True) -> None:
        self._project_id, self._workshop_id = project_id, workshop_id
        if reload:
            self.reload()

    def set_filter(self, status: IdeaStatus | None, text: str) -> None:
        self._status, self._text = status, text
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.SORTS[self.COLUMNS[column]]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rowids = lifecycle.decision_rowids(
            self._db, self._project_id, self._workshop_id, self._status, self._text,
            self._sort, self._descending)
        self._pages.clear()
        self.endResetModel()

    def row_at(self, row: int) -> DecisionRow | None:
        return cached_row(self._pages, self._rowids, row,
                          lambda ids: lifecycle.fetch_decision_rows(self._db, ids))

    def idea_id_at(self, row: int) -> str | None:
        item = self.row_at(row)
        return item.id if item else None

    def row_of(self, idea_id: str) -> int | None:
        return row_of(self._rowids, capture.rowid_of(self._db, idea_id))

    # -------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "text": self.tr("Idea"), "workshop": self.tr("Workshop"),
            "status": self.tr("Status"), "date": self.tr("Last change"),
        }[self.COLUMNS[section]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "date":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.UserRole):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(item.status) if column == "status" else None
        if column == "text":
            text = f"{item.title} — {item.text}" if item.title else item.text
            return text if role == Qt.ItemDataRole.ToolTipRole else text.replace("\n", " ")
        if column == "workshop":
            return item.workshop_code
        if column == "status":
            if role == Qt.ItemDataRole.ToolTipRole and item.status_reason:
                return f"{labels.idea_status(item.status)}: {item.status_reason}"
            return labels.idea_status(item.status)
        if column == "date":
            if item.status_date is None:
                return self.tr("no decision yet") if role == Qt.ItemDataRole.ToolTipRole \
                    else "–"
            return item.status_date.isoformat()
        return None


class LogDelegate(QStyledItemDelegate):
    """One step of an idea's path: the date and the change (and who decided) in bold, the
    reason below, wrapped to the width of the list. Measured and painted with the same text
    layout, so text in any script or direction is never cut off."""

    PAD = 6
    ICON = 18

    def _texts(self, index) -> tuple[str, str]:
        date, change, reason, who = index.data(LOG_ROW) or ("", "", "", "")
        head = f"{date}   {change}"
        if who:
            head += "   · " + who
        return head, reason

    def _text_width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(80, width - self.ICON - 3 * self.PAD)

    def _heights(self, option, index, width: int) -> tuple[int, int]:
        head, reason = self._texts(index)
        bold = QFont(option.font)
        bold.setBold(True)
        flags = int(Qt.TextFlag.TextWordWrap)
        head_h = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 100000), flags, head).height()
        reason_h = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, width, 100000), flags, reason).height() if reason else 0
        return head_h, reason_h

    def sizeHint(self, option, index):  # noqa: N802
        width = self._text_width(option)
        head_h, reason_h = self._heights(option, index, width)
        return QSize(width + self.ICON + 3 * self.PAD,
                     head_h + reason_h + 2 * self.PAD + (2 if reason_h else 0))

    def paint(self, painter: QPainter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        head, reason = self._texts(index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        width = rect.width() - self.ICON - 3 * self.PAD
        head_h, reason_h = self._heights(option, index, width)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            colour = option.palette.highlightedText().color()
        elif foreground is not None:
            colour = foreground.color() if isinstance(foreground, QBrush) else QColor(foreground)
        else:
            colour = option.palette.text().color()
        painter.save()
        icon_ = index.data(Qt.ItemDataRole.DecorationRole)
        if icon_ is not None:
            icon_.paint(painter, QRect(rect.left() + self.PAD, rect.top() + self.PAD,
                                       self.ICON, self.ICON))
        left = rect.left() + self.ICON + 2 * self.PAD
        flags = int(Qt.TextFlag.TextWordWrap)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(colour)
        painter.setFont(bold)
        painter.drawText(QRect(left, rect.top() + self.PAD, width, head_h), flags, head)
        if reason:
            painter.setFont(option.font)
            painter.drawText(QRect(left, rect.top() + self.PAD + head_h + 2, width, reason_h),
                             flags, reason)
        painter.restore()


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


# =========================================================================== coverage
class CoverageChart(QChartView):
    """Horizontal bars, one per goal, top to bottom in the given order: the ideas in the plan
    in the goal's colour, the other ideas in a light shade of it; the count at the end of the
    bar, and "no ideas yet" in words where there are none."""

    def __init__(self, name: str, parent=None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 10, 2))
        chart.setBackgroundRoundness(0)
        chart.setBackgroundVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setStyleSheet("background: transparent;")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(name)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rows: list[GoalCoverage] = []
        self._names: list[str] = []
        self._series: QHorizontalStackedBarSeries | None = None
        self._notes: list[QGraphicsSimpleTextItem] = []
        chart.plotAreaChanged.connect(lambda _rect: self._place_notes())

    def set_rows(self, rows: Sequence[GoalCoverage], names: Sequence[str],
                 colours: Sequence[str], long_names: Sequence[str] | None = None) -> None:
        """``names`` label the bars; ``long_names`` (default: the same) are for tooltips and
        screen readers."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        for note in self._notes:
            chart.scene().removeItem(note)
        self._notes = []
        self._rows, self._names = list(rows), list(names)
        self._long_names = list(long_names) if long_names is not None else list(names)
        n = len(rows)
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.72)
        # Horizontal bar charts put the first category at the bottom: reverse, so the first
        # goal is on top.
        for position, (row, colour) in enumerate(zip(reversed(rows), reversed(colours))):
            for value, shade in ((row.in_plan, QColor(colour)),
                                 (row.ideas - row.in_plan, _light(colour))):
                bar = QBarSet(str(row.code))
                bar.append([float(value) if p == position else 0.0 for p in range(n)])
                bar.setColor(shade)
                bar.setBorderColor(shade)
                bar.setPen(QPen(Qt.PenStyle.NoPen))
                series.append(bar)
        series.hovered.connect(self._on_hovered)
        chart.addSeries(series)
        self._series = series
        categories = QBarCategoryAxis()
        categories.append(list(reversed(self._names)))
        categories.setGridLineVisible(False)
        font = QFont(self.font())
        categories.setLabelsFont(font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        top = max([r.ideas for r in rows] + [1])
        values.setRange(0, top * 1.2 + 1)
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        values.setLabelsFont(font)
        values.setGridLineColor(QColor("#e3e7ea"))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        for row in reversed(rows):
            note = QGraphicsSimpleTextItem(self.note_text(row), chart)
            note_font = QFont(font)
            note_font.setItalic(not row.covered)
            note.setFont(note_font)
            note.setZValue(10)  # above the bars
            self._notes.append(note)
        self.setAccessibleDescription("; ".join(
            f"{name}: {self.note_text(row)}" for name, row in zip(self._long_names,
                                                                  self._rows)))
        self._place_notes()

    def note_text(self, row: GoalCoverage) -> str:
        if not row.covered:
            return self.tr("no ideas yet")
        if row.in_plan:
            return self.tr("%1 · %2 in plan").replace("%1", str(row.ideas)) \
                .replace("%2", str(row.in_plan))
        return str(row.ideas)

    def _place_notes(self) -> None:
        if self._series is None:
            return
        chart = self.chart()
        area = chart.plotArea()
        for position, (note, row) in enumerate(zip(self._notes, reversed(self._rows))):
            point = chart.mapToPosition(QPointF(row.ideas, position), self._series)
            box = note.boundingRect()
            x = point.x() + 6
            colour = NO_IDEAS if not row.covered else NOTE
            if x + box.width() > area.right():  # no room after the bar: inside its end
                x = point.x() - box.width() - 6
                colour = "white" if row.in_plan == row.ideas else NOTE
            note.setBrush(QColor(colour))
            note.setPos(x, point.y() - box.height() / 2)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_notes()

    def _on_hovered(self, status: bool, index: int, bar: QBarSet) -> None:
        if not status or not 0 <= index < len(self._rows):
            QToolTip.hideText()
            return
        row = list(reversed(self._rows))[index]
        name = list(reversed(self._long_names))[index]
        QToolTip.showText(QCursor.pos(), "\n".join((name, self.tooltip_text(row))), self)

    def tooltip_text(self, row: GoalCoverage) -> str:
        if not row.covered:
            return self.tr("No ideas yet.")
        lines = [self.tr("%n idea(s)", "", row.ideas)]
        for status in IdeaStatus:
            if row.count(status):
                lines.append(f"  {labels.idea_status(status)}: {row.count(status)}")
        return "\n".join(lines)

    # -------------------------------------------------------------- for tests and readers
    def bar_count(self) -> int:
        return len(self._rows)

    def category_labels(self) -> list[str]:
        """Top to bottom."""
        return list(self._names)

    def notes(self) -> list[str]:
        """The text at each bar, top to bottom."""
        return [n.text() for n in reversed(self._notes)]

    def bar_colours(self) -> list[str]:
        """The full colour of each bar, top to bottom."""
        if self._series is None:
            return []
        sets = self._series.barSets()
        return [sets[2 * p].color().name().upper() for p in reversed(range(len(self._rows)))]


class CoverageView(RefreshWhenShown, ScopedView):
    """Which SDGs and which strategy goals have ideas, and which have none yet."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._stale = False
        self._sized = False
        self.coverage: coverage.Coverage | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Coverage summary"))
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for colour, text in (("#3b4650", self.tr("Dark: accepted, in progress or implemented")),
                             (_light("#3b4650").name(), self.tr("Light: other ideas"))):
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour}; border-radius: 2px;")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text, self))
            legend.addSpacing(14)
        legend.addStretch(1)

        self.sdg_chart = CoverageChart(self.tr("Ideas per SDG"), self)
        self.sdg_missing = self._note_label()
        sdg_box = self._box(self.tr("Sustainable Development Goals"), self.sdg_chart,
                            self.sdg_missing)
        self.goal_chart = CoverageChart(self.tr("Ideas per strategy goal"), self)
        self.goal_key = self._note_label()
        self.goal_key.setTextFormat(Qt.TextFormat.RichText)
        self.goal_key.setAccessibleName(self.tr("Strategy goals"))
        self.no_goals = QLabel(self.tr("This project has no strategy goals yet. Add them to the "
                                       "project to see which of them the ideas support."), self)
        self.no_goals.setWordWrap(True)
        self.no_goals.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.no_goals.setStyleSheet(f"color: {MUTED}; padding: 12px;")
        self.goal_stack = QStackedWidget(self)
        self.goal_stack.addWidget(self.goal_chart)
        self.goal_stack.addWidget(self.no_goals)
        self.goal_box = self._box(self.tr("Strategy goals of the project"), self.goal_stack,
                                  self.goal_key, grow=False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(sdg_box)
        self.splitter.addWidget(self.goal_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(legend)
        layout.addWidget(self.splitter, 1)

        self._init_refresh_when_shown()
        bus.ideas_changed.connect(lambda _change: self._data_changed())
        bus.structure_changed.connect(self._data_changed)

    def _note_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {MUTED};")
        return label

    def _box(self, title: str, widget: QWidget, note: QLabel, grow: bool = True) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(widget, 1 if grow else 0)
        layout.addWidget(note)
        if not grow:
            layout.addStretch(1)
        return box

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._sized and self.width() > 200:
            # The SDG titles need the room; a few strategy goal codes do not.
            self._sized = True
            self.splitter.setSizes([round(self.width() * 0.64), round(self.width() * 0.36)])

    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        # counting 100,000 ideas takes a moment: only when the charts are seen
        self._refresh_or_defer()


    def refresh(self) -> None:
        self._refreshed()
        if not self._project_id:
            self.coverage = None
            for label in (self.heading, self.summary, self.sdg_missing, self.goal_key):
                label.clear()
            self.sdg_chart.set_rows([], [], [])
            self.goal_chart.set_rows([], [], [])
            return
        result = coverage.coverage(self._db, self._project_id, self._workshop_id)
        self.coverage = result
        scope = projects.get_workshop(self._db, self._workshop_id) if self._workshop_id \
            else projects.get_project(self._db, self._project_id)
        name = f"{scope.code} {scope.title}" if self._workshop_id else scope.name
        self.heading.setText(self.tr("What the ideas of %1 cover").replace("%1", name))
        self.sdg_chart.set_rows(result.sdgs,
                                [f"{g.key}. {labels.sdg_title(g.key)}" for g in result.sdgs],
                                [g.colour for g in result.sdgs])
        # Strategy goal titles are long: the bars carry the codes, the key below the titles.
        self.goal_chart.set_rows(result.goals, [g.code for g in result.goals],
                                 [GOAL_COLOUR] * len(result.goals),
                                 [f"{g.code} {g.title}" for g in result.goals])
        self.goal_stack.setCurrentWidget(self.goal_chart if result.goals else self.no_goals)
        self.sdg_missing.setText(self._missing_text(
            [f"{g.key}. {labels.sdg_title(g.key)}" for g in result.sdgs_without_ideas]))
        self.goal_key.setText(self._goal_key(result.goals))
        self.goal_key.setVisible(bool(result.goals))
        # Bars as thick as the SDG bars, not stretched over the whole height for a few goals.
        height = max(len(result.goals), 2) * 34 + 60
        self.goal_chart.setFixedHeight(height)
        self.goal_stack.setFixedHeight(height if result.goals else
                                       self.no_goals.sizeHint().height() + 24)
        self.summary.setText(self._summary_text(result))

    def _missing_text(self, names: list[str]) -> str:
        if not names:
            return self.tr("Every goal has at least one idea.")
        return self.tr("No ideas yet: %1").replace("%1", "; ".join(names))

    def _goal_key(self, goals: Sequence[GoalCoverage]) -> str:
        lines = []
        for goal in goals:
            line = f"<b>{_html(goal.code)}</b>&nbsp; {_html(goal.title)}"
            if not goal.covered:
                line += f" — <i style='color:{NO_IDEAS}'>{_html(self.tr('no ideas yet'))}</i>"
            lines.append(line)
        return "<br>".join(lines)

    def _summary_text(self, result: coverage.Coverage) -> str:
        covered_sdgs = sum(1 for g in result.sdgs if g.covered)
        parts = [self.tr("%n idea(s)", "", result.ideas),
                 self.tr("%1 of 17 SDGs have ideas").replace("%1", str(covered_sdgs))]
        if result.goals:
            covered_goals = sum(1 for g in result.goals if g.covered)
            parts.append(self.tr("%1 of %2 strategy goals have ideas")
                         .replace("%1", str(covered_goals))
                         .replace("%2", str(len(result.goals))))
        without = []
        if result.ideas_without_sdg:
            without.append(self.tr("%n idea(s) without an SDG", "", result.ideas_without_sdg))
        if result.goals and result.ideas_without_goal:
            without.append(self.tr("%n idea(s) without a strategy goal", "",
                                   result.ideas_without_goal))
        return " · ".join(parts + without)
