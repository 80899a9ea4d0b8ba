"""The central office's dashboard across every workshop of a project.

- Participation by group per workshop (``services.office_dashboard.participation``): counts of
  fewer than 5 people, and counts that would reveal such a group from the totals, are not
  shown ("–", explained below the table).
- Top priorities: the best-ranked ideas of every prioritisation round of every workshop.
- SDG coverage of the whole project (``services.coverage``), drawn like the Coverage tab.

Counting runs in the thread pool (a central database can hold hundreds of workshops); the
worker never touches widgets, and a newer refresh supersedes an older one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.ideas import coverage
from ...services.reports import office as office_dashboard
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels
from ..coverage_chart import GOAL_COLOUR, CoverageChart
from ..errors import error_text
from ..icons import icon
from ..labels import method_label, rank_text, score_text
from ..tasks import Task, wait_for_tasks
from ..undo import ChangeBus
from .base import RefreshWhenShown, ScopedView

WITHHELD = "–"
MUTED = "#5b6670"
DIMENSION_BG = "#eef1f3"
TOP = 3


@dataclass(frozen=True)
class OfficeData:
    project_id: str
    project_name: str
    participation: office_dashboard.ParticipationTable
    priorities: list[office_dashboard.RoundTop]
    coverage: coverage.Coverage


def gather(db: Database, project_id: str, cancel=None) -> OfficeData:
    """Everything the dashboard shows (runs in the worker: no widgets)."""
    project = projects.get_project(db, project_id)
    return OfficeData(project_id, project.name,
                      office_dashboard.participation(db, project_id),
                      office_dashboard.top_priorities(db, project_id, TOP, cancel=cancel),
                      coverage.coverage(db, project_id))


def _item(text: str, tooltip: str = "", align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class OfficeView(RefreshWhenShown, ScopedView):
    """Participation, priorities and SDG coverage across every workshop of the project."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._task: Task | None = None
        self._again = False
        self._sized = False
        self.data: OfficeData | None = None

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Dashboard heading"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Dashboard summary"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Counting"))
        self.busy.setVisible(False)
        self.refresh_button = QPushButton(icon("recent"), self.tr("Re&count"), self)
        self.refresh_button.setAccessibleName(self.tr("Count again"))
        self.refresh_button.setToolTip(self.tr("Count again, e.g. after importing packages"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.busy)
        top.addWidget(self.refresh_button)

        # ---------------------------------------------------------------- participation
        self.participation = QTableWidget(self)
        self.participation.setAccessibleName(self.tr("Participants by group per workshop"))
        self.participation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participation.verticalHeader().setVisible(False)
        self.participation.setWordWrap(False)
        self.participation.verticalHeader().setDefaultSectionSize(
            self.participation.fontMetrics().height() + 8)
        self.participation.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.participation.horizontalHeader().setStretchLastSection(False)
        self.participation_note = QLabel(self)
        self.participation_note.setWordWrap(True)
        self.participation_note.setStyleSheet(f"color: {MUTED};")
        self.participation_note.setAccessibleName(self.tr("About the hidden counts"))
        people_box = self._box(self.tr("Participation by group"), self.participation,
                               self.participation_note)

        # ---------------------------------------------------------------- priorities
        self.priorities = QTreeWidget(self)
        self.priorities.setAccessibleName(self.tr("Top priorities of every round"))
        self.priorities.setColumnCount(3)
        self.priorities.setHeaderLabels([self.tr("Rank"), self.tr("Idea"), self.tr("Score")])
        self.priorities.setAlternatingRowColors(True)
        self.priorities.setWordWrap(True)
        header = self.priorities.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.priorities_note = QLabel(self)
        self.priorities_note.setWordWrap(True)
        self.priorities_note.setStyleSheet(f"color: {MUTED};")
        priorities_box = self._box(self.tr("Top priorities across rounds"), self.priorities,
                                   self.priorities_note)

        # ---------------------------------------------------------------- coverage
        self.sdg_chart = CoverageChart(self.tr("Ideas per SDG, all workshops"), self)
        self.sdg_note = QLabel(self)
        self.sdg_note.setWordWrap(True)
        self.sdg_note.setStyleSheet(f"color: {MUTED};")
        self.sdg_note.setAccessibleName(self.tr("SDGs without ideas"))
        sdg_box = self._box(self.tr("SDG coverage, all workshops"), self.sdg_chart,
                            self.sdg_note)

        # Participation and priorities on the left, one above the other; the 17 SDG bars
        # need the full height on the right (their labels vanish when squeezed).
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(people_box)
        self.left.addWidget(priorities_box)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.left.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(sdg_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.hint = self._workshop_hint(self.tr("Choose a project to see its dashboard."))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint, 1)
        self._show_content(False)

        self._init_refresh_when_shown()
        bus.ideas_changed.connect(lambda _change: self._data_changed())
        bus.participants_changed.connect(self._data_changed)
        bus.structure_changed.connect(self._data_changed)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._sized and self.width() > 200:
            # The SDG titles need room; the tables scroll.
            self._sized = True
            self.splitter.setSizes([round(self.width() * 0.52), round(self.width() * 0.48)])

    def _box(self, title: str, widget: QWidget, note: QLabel) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(widget, 1)
        layout.addWidget(note)
        return box

    def _show_content(self, shown: bool) -> None:
        self.splitter.setVisible(shown)
        self.summary.setVisible(shown)
        self.refresh_button.setVisible(shown)
        self.hint.setVisible(not shown)

    # ------------------------------------------------------------------ scope and counting
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        changed = project_id != self._project_id
        self._project_id = project_id
        self._workshop_id = workshop_id
        if not changed and self.data is not None:
            return
        self._refresh_or_defer()

    def refresh(self) -> None:
        self._refreshed()
        if not self._project_id:
            self.data = None
            self.heading.clear()
            self._show_content(False)
            return
        if self._task is not None:  # counting already: count again when that is done
            self._again = True
            return
        project_id = self._project_id
        db = self._db
        task = Task(lambda _progress: gather(db, project_id, cancel=task.is_cancelled))
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._task = task
        self.busy.setVisible(True)
        self.refresh_button.setEnabled(False)
        task.start()

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, msecs: int = 30000) -> bool:
        """For tests: wait for the worker (its result still comes by signal)."""
        return wait_for_tasks(msecs)

    def _task_done(self) -> bool:
        """Clear the running task; True when its result is out of date."""
        self._task = None
        self.busy.setVisible(False)
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _on_finished(self, data: OfficeData) -> None:
        if self._task_done() or data.project_id != self._project_id:
            return
        self.data = data
        self._show(data)

    def _on_failed(self, exc) -> None:
        if self._task_done():
            return
        self._show_content(True)
        self.summary.setText(self.tr("Could not count: %1").replace(
            "%1", error_text(exc)))

    # ------------------------------------------------------------------ showing
    def _show(self, data: OfficeData) -> None:
        self._show_content(True)
        self.heading.setText(self.tr("Central office: %1").replace("%1", data.project_name))
        table = data.participation
        n = len(table.workshops)
        people = str(table.total) if table.total is not None else WITHHELD
        rounds = len(data.priorities)
        self.summary.setText(" · ".join((
            self.tr("%n workshop(s)", "", n),
            self.tr("%1 participants").replace("%1", people),
            self.tr("%n idea(s)", "", data.coverage.ideas),
            self.tr("%n round(s) with votes", "", rounds))))
        self._fill_participation(table)
        self._fill_priorities(data.priorities)
        self._fill_coverage(data.coverage)

    def _count(self, value: int | None, minimum: int) -> QTableWidgetItem:
        if value is None:
            item = _item(WITHHELD, self.tr("Not shown: fewer than %1 people, or a count that "
                                           "would reveal such a group.")
                         .replace("%1", str(minimum)), align_right=True)
            item.setForeground(QBrush(QColor(MUTED)))
            return item
        return _item(str(value), align_right=True)

    def _fill_participation(self, table: office_dashboard.ParticipationTable) -> None:
        grid = self.participation
        grid.clearSpans()
        grid.clear()
        columns = [self.tr("Group")] + [w.code for w in table.workshops] + [self.tr("All")]
        grid.setColumnCount(len(columns))
        grid.setHorizontalHeaderLabels(columns)
        for c, w in enumerate(table.workshops, 1):
            header = grid.horizontalHeaderItem(c)
            date = w.date.isoformat() if w.date else ""
            header.setToolTip(f"{w.code} · {w.title}\n{date}".strip())
        rows = 1 + sum(1 + len(d.rows) for d in table.dimensions)
        grid.setRowCount(rows)
        bold = QFont(grid.font())
        bold.setBold(True)
        r = 0
        total = _item(self.tr("Participants"))
        total.setFont(bold)
        grid.setItem(r, 0, total)
        for c, value in enumerate(table.participants, 1):
            grid.setItem(r, c, self._count(value, table.minimum))
        grid.setItem(r, len(columns) - 1, self._count(table.total, table.minimum))
        for c in range(len(columns)):
            grid.item(r, c).setFont(bold)
        for dim in table.dimensions:
            r += 1
            head = _item(dim.label)
            head.setFont(bold)
            head.setBackground(QBrush(QColor(DIMENSION_BG)))
            grid.setItem(r, 0, head)
            grid.setSpan(r, 0, 1, len(columns))
            for row in dim.rows:
                r += 1
                label = self.tr("Not answered") if row.not_answered else row.label
                name = _item("    " + label, label)
                if row.not_answered or row.is_prefer_not_to_say:
                    name.setForeground(QBrush(QColor(MUTED)))
                grid.setItem(r, 0, name)
                for c, value in enumerate(row.counts, 1):
                    grid.setItem(r, c, self._count(value, table.minimum))
                grid.setItem(r, len(columns) - 1, self._count(row.total, table.minimum))
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if table.withheld:
            self.participation_note.setText(self.tr(
                "%1 = not shown: fewer than %2 people, or a count from which such a small "
                "group could be worked out. %n count(s) hidden.", "", table.withheld)
                .replace("%1", WITHHELD).replace("%2", str(table.minimum)))
        else:
            self.participation_note.setText(self.tr(
                "No group has fewer than %1 people: every count is shown.")
                .replace("%1", str(table.minimum)))

    def _fill_priorities(self, tops: list[office_dashboard.RoundTop]) -> None:
        tree = self.priorities
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for top in tops:
            method = method_label(top.method)
            name = top.round_name if top.round_name.casefold() == method.casefold() \
                else f"{top.round_name} · {method}"
            if top.problem:
                who = self.tr("could not be counted: %1").replace("%1", top.problem)
            elif top.participants is None:
                who = self.tr("fewer than 5 participants")
            else:
                who = self.tr("%n participant(s)", "", top.participants)
            head = QTreeWidgetItem(tree, [top.workshop.code, f"{name} — {who}", ""])
            head.setFirstColumnSpanned(False)
            head.setToolTip(1, f"{top.workshop.code} · {top.workshop.title}\n{name}\n{who}")
            for column in range(3):
                head.setFont(column, bold)
            for idea in top.ideas:
                child = QTreeWidgetItem(head, [rank_text(idea), idea.text.replace("\n", " "),
                                               score_text(idea.score)])
                child.setToolTip(1, idea.text)
                child.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
            head.setExpanded(True)
        if tops:
            self.priorities_note.setText(self.tr(
                "The ideas ranked 1 to %1 in each round (ties share a rank, marked =).")
                .replace("%1", str(TOP)))
        else:
            self.priorities_note.setText(self.tr("No round of this project has votes yet."))

    def _fill_coverage(self, result: coverage.Coverage) -> None:
        self.sdg_chart.set_rows(result.sdgs,
                                [f"{g.key}. {labels.sdg_title(g.key)}" for g in result.sdgs],
                                [g.colour or GOAL_COLOUR for g in result.sdgs])
        missing = [f"{g.key}. {labels.sdg_title(g.key)}" for g in result.sdgs_without_ideas]
        covered = 17 - len(missing)
        text = self.tr("%1 of 17 SDGs have ideas.").replace("%1", str(covered))
        if missing:
            text += " " + self.tr("No ideas yet: %1").replace("%1", "; ".join(missing))
        self.sdg_note.setText(text)

    # ------------------------------------------------------------------ for tests and readers
    def participation_cell(self, row_label: str, column: str,
                           dimension: str | None = None) -> str | None:
        """The text of the participation table at the row labelled ``row_label`` (the first
        one, or the first under the question labelled ``dimension``) and the column titled
        ``column`` (a workshop code or "All")."""
        grid = self.participation
        col = next((c for c in range(grid.columnCount())
                    if grid.horizontalHeaderItem(c).text() == column), None)
        if col is None:
            return None
        inside = dimension is None
        for r in range(grid.rowCount()):
            item = grid.item(r, 0)
            if item is None:
                continue
            if grid.columnSpan(r, 0) > 1:  # a question's heading
                inside = dimension is None or item.text() == dimension
                continue
            if inside and item.text().strip() == row_label:
                cell = grid.item(r, col)
                return cell.text() if cell is not None else None
        return None
