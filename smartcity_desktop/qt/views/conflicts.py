"""Conflicts: records that were changed here and on another device since they were last
exchanged (``services.sync_merge`` queues them on import). For each, both versions side by
side, field by field, the fields that differ highlighted and listed first; then

- **Keep this device's version**, **Take the incoming version**, or
- **Combine**: tick, per differing field, which side's value to keep.

Every choice writes a new version of the record (it beats both versions wherever it travels)
and can be undone with Ctrl+Z (``services.sync_review.ResolveConflict``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ...services.sync import conflicts as sync_conflicts
from ...services.sync import review as sync_review
from ...services.sync.conflicts import ConflictInfo
from ...storage.database import Database
from .. import labels
from ..errors import error_text
from ..icons import icon
from ..undo import ChangeBus, push
from .base import RefreshWhenShown, ScopedView

DIFF_BG = "#fff1c2"      # a field that differs
CHOSEN_BG = "#d9f0dc"    # the value chosen for the combined version
MUTED = "#5b6670"
ERROR = "#7a0010"
CONFLICT_ID = Qt.ItemDataRole.UserRole
FIELD = Qt.ItemDataRole.UserRole + 1
COL_FIELD, COL_LOCAL, COL_INCOMING = range(3)
SIDES = {COL_LOCAL: "local", COL_INCOMING: "incoming"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


def table_label(table: str) -> str:
    known = {
        "project": _t("Project"), "strategy_goal": _t("Strategy goal"), "theme": _t("Theme"),
        "criterion": _t("Criterion"), "demographic_dimension": _t("Demographic question"),
        "demographic_category": _t("Answer option"), "workshop": _t("Workshop"),
        "agenda_item": _t("Agenda item"), "participant": _t("Participant"),
        "participant_answer": _t("Demographic answer"), "contact_detail": _t("Contact details"),
        "idea": _t("Idea"), "idea_sdg": _t("Idea's SDG"),
        "idea_strategy_goal": _t("Idea's strategy goal"),
        "idea_status_change": _t("Status change"), "entry_batch": _t("Card batch"),
        "card_entry": _t("Typed card"), "priority_round": _t("Prioritisation round"),
        "dot_vote": _t("Dot vote"), "criterion_score": _t("Criterion score"),
        "ranking_entry": _t("Ranking"), "pairwise_vote": _t("Pairwise vote"),
        "reference_category": _t("Reference figure"), "idea_placement": _t("Matrix placement"),
    }
    return known.get(table, table.replace("_", " ").capitalize())


def field_label(column: str) -> str:
    known = {
        "text": _t("Text"), "title": _t("Title"), "kind": _t("Kind"), "theme_id": _t("Theme"),
        "source": _t("Source"), "status": _t("Status"), "status_reason": _t("Reason"),
        "status_date": _t("Decided on"), "deleted": _t("Deleted"), "name": _t("Name"),
        "description": _t("Description"), "workshop_id": _t("Workshop"),
        "project_id": _t("Project"), "author_participant_id": _t("Author"),
        "author_table_group": _t("Table group"), "entered_by": _t("Entered by"),
        "code": _t("Code"), "date": _t("Date"), "venue": _t("Venue"),
        "facilitators": _t("Facilitators"), "notes": _t("Notes"), "label": _t("Label"),
        "colour": _t("Colour"), "position": _t("Position"), "reason": _t("Reason"),
        "decided_on": _t("Decided on"), "from_status": _t("From status"),
        "to_status": _t("To status"), "changed_by": _t("Decided by"), "idea_id": _t("Idea"),
        "email": _t("E-mail"), "phone": _t("Phone"), "language": _t("Language"),
        "consent_processing": _t("Consent to processing"),
        "consent_contact": _t("Consent to be contacted"), "weight": _t("Weight"),
        "activity": _t("Activity"), "planned_minutes": _t("Planned minutes"),
    }
    return known.get(column, column.replace("_", " ").capitalize())


def value_text(table: str, column: str, value, names: dict[str, str]) -> str:
    """A field's value as people read it."""
    if value is None or value == "":
        return _t("(empty)")
    if isinstance(value, bool):
        return _t("Yes") if value else _t("No")
    if column.endswith("_id") and isinstance(value, str):
        return names.get(value, value)
    if column in ("status", "from_status", "to_status"):
        return labels.idea_status(value)
    if table == "idea" and column == "kind":
        return labels.idea_kind(value)
    if table == "idea" and column == "source":
        return labels.idea_source(value)
    if table == "workshop" and column == "status":
        return labels.workshop_status(value)
    return str(value)


class ConflictsView(RefreshWhenShown, ScopedView):
    """The conflict queue of the whole database (conflicts are not limited to the project or
    workshop chosen in the navigation)."""

    #: the number of open conflicts after every refresh (for a tab title or a badge)
    open_count_changed = Signal(int)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._stale = False
        self._conflicts: list[ConflictInfo] = []
        self._shown: ConflictInfo | None = None
        self._names: dict[str, str] = {}
        self._choices: dict[str, str] = {}  # column -> "local" | "incoming"
        self._sized = False
        self._build()
        self._init_refresh_when_shown()
        bus.ideas_changed.connect(lambda _change: self._data_changed())
        bus.participants_changed.connect(self._data_changed)
        bus.structure_changed.connect(self._data_changed)
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Conflicts to review"), self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of open conflicts"))
        self.resolved_check = QCheckBox(self.tr("Show &resolved conflicts too"), self)
        self.resolved_check.setAccessibleName(self.tr("Show resolved conflicts too"))
        self.resolved_check.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.resolved_check)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setMinimumWidth(220)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_current_changed)

        detail = QWidget(self)
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(detail)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.title.setAccessibleName(self.tr("The conflict"))
        self.explain = QLabel(detail)
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setStyleSheet(f"color: {MUTED};")
        self.explain.setAccessibleName(self.tr("About the two versions"))
        self.fields = QTableWidget(0, 3, detail)
        self.fields.setAccessibleName(self.tr("Both versions, field by field"))
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This device's version"),
                                               self.tr("Incoming version")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.fields.setWordWrap(True)
        self.fields.setTabKeyNavigation(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LOCAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_INCOMING, QHeaderView.ResizeMode.Stretch)
        self.fields.itemChanged.connect(self._on_item_changed)
        # Wrapped values need their rows measured again whenever the columns change width.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.fields.cellActivated.connect(self._on_cell_activated)
        self.fields.cellClicked.connect(self._on_cell_activated)
        self.combine_hint = QLabel(self.tr(
            "To combine, click (or press Enter on) the value to keep in each highlighted row, "
            "then choose Combine."), detail)
        self.combine_hint.setWordWrap(True)
        self.combine_hint.setStyleSheet(f"color: {MUTED};")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR};")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setVisible(False)

        self.keep_button = QPushButton(icon("undo"), self.tr("&Keep this device's version"),
                                       detail)
        self.keep_button.setAccessibleName(self.tr("Keep this device's version"))
        self.take_button = QPushButton(icon("import_ideas"), self.tr("&Take incoming version"),
                                       detail)
        self.take_button.setAccessibleName(self.tr("Take the incoming version"))
        self.combine_button = QPushButton(icon("merge"), self.tr("&Combine chosen fields"),
                                          detail)
        self.combine_button.setAccessibleName(self.tr("Combine the chosen fields"))
        self.keep_button.clicked.connect(lambda: self.resolve("local"))
        self.take_button.clicked.connect(lambda: self.resolve("incoming"))
        self.combine_button.clicked.connect(lambda: self.resolve("combined"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.combine_button)
        buttons.addStretch(1)

        box.addWidget(self.title)
        box.addWidget(self.explain)
        box.addWidget(self.fields, 1)
        box.addWidget(self.combine_hint)
        box.addLayout(buttons)

        self.none_label = QLabel(self.tr("No conflicts to review. When an imported package "
                                         "changes a record that was also changed here, it "
                                         "appears in this list."), self)
        self.none_label.setWordWrap(True)
        self.none_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.none_label.setStyleSheet("font-size: 13pt; color: palette(placeholder-text);")
        self.none_label.setAccessibleName(self.tr("No conflicts"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.none_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)  # also seen when no conflict is left to show
        layout.addWidget(self.pages, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._sized and self.width() > 300:
            self._sized = True
            self.splitter.setSizes([round(self.width() * 0.27), round(self.width() * 0.73)])

    # ------------------------------------------------------------------ scope and loading
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        # The queue belongs to the database; the scope does not filter it.
        self._project_id, self._workshop_id = project_id, workshop_id

    def refresh(self) -> None:
        self._refreshed()
        keep = self._shown.id if self._shown is not None else None
        self._conflicts = sync_conflicts.list_conflicts(
            self._db, open_only=not self.resolved_check.isChecked())
        # Open ones first (oldest first, as listed by the service), then the resolved ones.
        self._conflicts.sort(key=lambda c: not c.is_open)
        open_count = sum(1 for c in self._conflicts if c.is_open) if \
            self.resolved_check.isChecked() else len(self._conflicts)
        self.count_label.setText(self.tr("%n open", "", open_count))
        self.list.blockSignals(True)
        self.list.clear()
        current = None
        for conflict in self._conflicts:
            item = QListWidgetItem(self._list_text(conflict), self.list)
            item.setData(CONFLICT_ID, conflict.id)
            item.setIcon(icon("merge") if conflict.is_open else icon("resolve"))
            if not conflict.is_open:
                item.setForeground(QBrush(QColor(MUTED)))
            if conflict.id == keep:
                current = item
        self.list.blockSignals(False)
        self.pages.setCurrentWidget(self.splitter if self._conflicts else self.none_label)
        if current is None and self.list.count():
            current = self.list.item(0)
        if current is not None:
            self.list.setCurrentItem(current)
            self._show_conflict(self._by_id(current.data(CONFLICT_ID)))
        else:
            self._show_conflict(None)
        self.open_count_changed.emit(open_count)

    def _by_id(self, conflict_id: str) -> ConflictInfo | None:
        return next((c for c in self._conflicts if c.id == conflict_id), None)

    def _list_text(self, c: ConflictInfo) -> str:
        name = sync_review.record_name(c.table_name, c.current or c.incoming)
        if len(name) > 60:
            name = name[:59] + "…"
        when = c.detected_at.astimezone().strftime("%Y-%m-%d %H:%M")
        head = f"{table_label(c.table_name)}: {name}"
        if not c.is_open:
            return head + "\n" + self.tr("resolved: %1").replace("%1", self._resolution(c))
        return head + "\n" + self.tr("from %1 · %2").replace("%1", c.incoming_device) \
            .replace("%2", when)

    def _resolution(self, c: ConflictInfo) -> str:
        return {"local": self.tr("kept this device's version"),
                "incoming": self.tr("took the incoming version"),
                "combined": self.tr("combined")}.get(c.resolution or "", c.resolution or "")

    def _on_current_changed(self, item, _previous) -> None:
        self._show_conflict(self._by_id(item.data(CONFLICT_ID)) if item else None)

    # ------------------------------------------------------------------ one conflict
    def _show_conflict(self, c: ConflictInfo | None) -> None:
        self._shown = c
        self._choices = {}
        self.error_label.setVisible(False)
        self.fields.blockSignals(True)
        self.fields.setRowCount(0)
        if c is None:
            self.title.clear()
            self.explain.clear()
            self.fields.blockSignals(False)
            self._update_buttons()
            return
        self._names = sync_review.reference_names(self._db, c.table_name,
                                                  [c.local, c.incoming, c.current])
        name = sync_review.record_name(c.table_name, c.current or c.incoming)
        self.title.setText(self.tr("%1 “%2” was changed on this device and on %3")
                           .replace("%1", table_label(c.table_name)).replace("%2", name)
                           .replace("%3", c.incoming_device))
        self.explain.setText(self._explain_text(c))
        columns = sync_review.data_columns(c.table_name)
        differing = [col for col in columns if col in c.differences]
        same = [col for col in columns if col not in c.differences]
        current = c.current or {}
        bold = QFont(self.fields.font())
        bold.setBold(True)
        for column in differing + same:
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            head = QTableWidgetItem(field_label(column))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(FIELD, column)
            self.fields.setItem(row, COL_FIELD, head)
            for col, version in ((COL_LOCAL, c.local), (COL_INCOMING, c.incoming)):
                text = value_text(c.table_name, column, version.get(column), self._names)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(FIELD, column)
                if column in c.differences and c.is_open:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column not in c.differences:
                    item.setForeground(QBrush(QColor(MUTED)))
                self.fields.setItem(row, col, item)
            if column in c.differences:
                head.setFont(bold)
                head.setText("≠ " + field_label(column))
                head.setToolTip(self.tr("The two versions differ in this field"))
                # Preselect what is in the database now (the later change).
                side = "incoming" if current.get(column) == c.incoming.get(column) and \
                    current.get(column) != c.local.get(column) else "local"
                if c.is_open:
                    self._choose(row, side)
                else:
                    for col in (COL_FIELD, COL_LOCAL, COL_INCOMING):
                        self.fields.item(row, col).setBackground(QBrush(QColor(DIFF_BG)))
        self.fields.blockSignals(False)
        self._rows_timer.start()
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Row heights for the wrapped values. Measured here, not by resizeRowsToContents:
        Qt leaves the tick box out of the width and then elides the last line."""
        metrics = self.fields.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        tick = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth) + 14
        for row in range(self.fields.rowCount()):
            height = metrics.height()
            for col in (COL_LOCAL, COL_INCOMING):
                item = self.fields.item(row, col)
                if item is None:
                    continue
                width = self.fields.columnWidth(col) - 12
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    width -= tick
                rect = metrics.boundingRect(QRect(0, 0, max(40, width), 100000), flags,
                                            item.text())
                height = max(height, rect.height())
            self.fields.setRowHeight(row, height + 10)

    def _explain_text(self, c: ConflictInfo) -> str:
        local_time = sync_review.hlc_time(c.local_hlc)
        incoming_time = sync_review.hlc_time(c.incoming_hlc)

        def when(moment) -> str:
            return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "?"

        now_side = self.tr("the incoming version") if (c.current or {}).get("hlc") == \
            c.incoming_hlc else self.tr("this device's version") if \
            (c.current or {}).get("hlc") == c.local_hlc else self.tr("a later version")
        lines = [self.tr("This device's version: changed %1 on %2.")
                 .replace("%1", when(local_time)).replace("%2", c.local_device),
                 self.tr("Incoming version: changed %1 on %2.")
                 .replace("%1", when(incoming_time)).replace("%2", c.incoming_device)]
        if c.is_open:
            lines.append(self.tr("Until you choose, the database holds %1 (the later change).")
                         .replace("%1", now_side))
        else:
            when_resolved = c.resolved_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if c.resolved_at else ""
            lines.append(self.tr("Resolved %1: %2.").replace("%1", when_resolved)
                         .replace("%2", self._resolution(c)))
        return "\n".join(lines)

    def _choose(self, row: int, side: str) -> None:
        column = self.fields.item(row, COL_FIELD).data(FIELD)
        self._choices[column] = side
        was_blocked = self.fields.blockSignals(True)
        for col, name in SIDES.items():
            item = self.fields.item(row, col)
            chosen = name == side
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            item.setBackground(QBrush(QColor(CHOSEN_BG if chosen else DIFF_BG)))
        self.fields.item(row, COL_FIELD).setBackground(QBrush(QColor(DIFF_BG)))
        self.fields.blockSignals(was_blocked)
        self._update_buttons()

    def _row_choosable(self, row: int, col: int) -> bool:
        item = self.fields.item(row, col)
        return (col in SIDES and item is not None
                and bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        # A tick clicked or toggled with the space bar: that side's value is kept.
        if self._row_choosable(item.row(), item.column()):
            self._choose(item.row(), SIDES[item.column()])

    def _on_cell_activated(self, row: int, col: int) -> None:
        if self._row_choosable(row, col):
            self._choose(row, SIDES[col])

    def choose_field(self, column: str, side: str) -> None:
        """Choose ``side`` ("local" or "incoming") for field ``column`` (as a click would)."""
        for row in range(self.fields.rowCount()):
            if self.fields.item(row, COL_FIELD).data(FIELD) == column:
                self._choose(row, side)
                return
        raise KeyError(column)

    def _update_buttons(self) -> None:
        c = self._shown
        enabled = c is not None and c.is_open
        for button in (self.keep_button, self.take_button, self.combine_button):
            button.setEnabled(enabled)
        self.combine_hint.setVisible(enabled)
        self.combine_button.setEnabled(enabled and len(set(self._choices.values())) > 1)
        self.combine_button.setToolTip(
            self.tr("Choose values from both versions to combine them") if enabled and
            len(set(self._choices.values())) <= 1 else "")

    # ------------------------------------------------------------------ resolving
    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.status_message.emit(text)

    def combined_values(self) -> dict:
        c = self._shown
        if c is None:
            return {}
        return {column: (c.local if side == "local" else c.incoming).get(column)
                for column, side in self._choices.items()}

    def resolve(self, choice: str) -> bool:
        c = self._shown
        if c is None or not c.is_open:
            return False
        if choice == "combined":
            self._update_buttons()
            if not self.combine_button.isEnabled():
                return False
        values = self.combined_values() if choice == "combined" else None
        command = sync_review.ResolveConflict(self._db, c.id, choice, values)
        text = {"local": self.tr("Keep this device's version"),
                "incoming": self.tr("Take the incoming version"),
                "combined": self.tr("Combine both versions")}[choice]
        try:
            push(self._stack, command, text, self._bus, on_error=self._undo_refused,
                 on_change=lambda _change: self.refresh())
        except SmartCityError as exc:
            self.show_error(error_text(exc))
            return False
        self.refresh()
        self.status_message.emit(self.tr("Conflict resolved. Undo with Ctrl+Z."))
        return True

    def _undo_refused(self, exc: SmartCityError) -> None:
        """An undo or redo of a resolution that the database refused: the record changed
        again since. Say so, and show the queue as it is."""
        self.refresh()
        self.show_error(error_text(exc))

    # ------------------------------------------------------------------ for tests and readers
    def shown_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.fields.item(r, c).text() for c in range(3))
                for r in range(self.fields.rowCount())]

    def conflict_count(self) -> int:
        return self.list.count()
