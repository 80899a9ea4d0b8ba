"""The Results view of a workshop's prioritisation rounds: the ranking of a round (ties shown as
ties) with a bar chart of the top ideas, the methods side by side with their agreement
(Kendall's tau), the impact/effort matrix, and the results by group — where groups of fewer
than five people are never shown on their own and the ideas a group sees differently from
everyone else are marked with colour, an arrow and words."""

from __future__ import annotations

import math

import qtawesome as qta
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import RoundMethod
from ...core.errors import SmartCityError
from ...core.rules import MIN_PUBLISHED_GROUP
from ...services.prioritise import commands as prioritise_commands
from ...services.prioritise import placements as prioritise_placements
from ...services.prioritise import results as prioritise_results
from ...services.prioritise import rounds as prioritise_rounds
from ...services.prioritise.results import GroupResult, RoundResult
from ...services.prioritise.scoring import RankedIdea
from ...services.workshop import projects
from ...storage.database import Database
from ..errors import error_text
from ..matrix import QUADRANTS, ImpactEffortMatrix, MatrixIdea, quadrant_of, quadrant_title
from ..undo import ChangeBus, push
from ..vote_entry import method_label, one_line
from .base import ScopedView

ROLE_ID = Qt.ItemDataRole.UserRole
TOP_CHART = 10          # ideas in the bar chart
TOP_GROUP = 10          # ideas per group in "by group"
SHIFT_THRESHOLD = 3     # methods compared: ranks this far apart are marked
MIN_COMPARED = 5        # fewer ideas in common: Kendall's tau comes with a caution
HIGHER = "#1b7f3b"
HIGHER_BG = "#e3f4e6"
LOWER = "#b3261e"
LOWER_BG = "#fbe4e1"
BAR_COLOUR = "#2f5d8a"

TAB_RANKING, TAB_COMPARE, TAB_MATRIX, TAB_GROUPS = range(4)
COL_RANK, COL_NUMBER, COL_IDEA, COL_SCORE, COL_N = range(5)


# ============================================================================ display helpers
def rank_text(idea: RankedIdea) -> str:
    """"3", or "=3" when another idea has the same rank."""
    return f"={idea.rank}" if idea.tied else str(idea.rank)


def rank_spoken(idea: RankedIdea) -> str:
    if idea.tied:
        return QCoreApplication.translate("Results", "%1, tied").replace("%1", str(idea.rank))
    return str(idea.rank)


def score_text(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"


def tau_words(tau: float) -> str:
    if tau is None or math.isnan(tau):
        return QCoreApplication.translate("Results", "cannot be measured (too few ideas in "
                                                     "common, or everything tied)")
    if tau >= 0.7:
        return QCoreApplication.translate("Results", "strong agreement")
    if tau >= 0.4:
        return QCoreApplication.translate("Results", "moderate agreement")
    if tau >= 0.1:
        return QCoreApplication.translate("Results", "weak agreement")
    if tau > -0.1:
        return QCoreApplication.translate("Results", "no real agreement")
    return QCoreApplication.translate("Results", "they disagree")


def note_text(code: str) -> str:
    """Words for the caveat codes of services.prioritise and services.representativeness."""
    head, _, rest = code.partition(":")
    if head == "no_participants":
        return QCoreApplication.translate(
            "Results", "Nobody in the workshop is in the reference group %1, so it cannot be "
            "weighted up.").replace("%1", rest.replace(":", " / "))
    if head == "nobody_answered":
        return QCoreApplication.translate(
            "Results", "Nobody answered the question “%1”; it is left out of the "
            "weighting.").replace("%1", rest)
    known = {
        "tallies_have_no_voters": QCoreApplication.translate(
            "Results", "Dots counted on the wall have no voter attached: they are in the "
            "scores, but not in the number of voters."),
        "criteria_missing": QCoreApplication.translate(
            "Results", "Some ideas were not scored on every criterion; their score uses the "
            "criteria that were scored."),
        "no_criteria": QCoreApplication.translate(
            "Results", "The project has no criteria, so nothing can be scored."),
        "cant_decide_ignored": QCoreApplication.translate(
            "Results", "“Can't decide” answers are counted as comparisons made, but not in "
            "the scores."),
        "tallies_not_weighted": QCoreApplication.translate(
            "Results", "Dots counted on the wall have no voter, so they are not weighted."),
        "table_groups_not_weighted": QCoreApplication.translate(
            "Results", "Scores by table groups have no single voter, so they are not "
            "weighted."),
        "anonymous_not_weighted": QCoreApplication.translate(
            "Results", "Votes without a participant code count with weight 1."),
        "no_reference": QCoreApplication.translate(
            "Results", "The project has no reference population, so nothing is weighted."),
        "cap_limits_margins": QCoreApplication.translate(
            "Results", "Some weights reached the cap, so the weighted groups match the "
            "reference population only approximately."),
        "not_converged": QCoreApplication.translate(
            "Results", "The weighting did not settle; the weighted result is approximate."),
        "tallies_not_split": QCoreApplication.translate(
            "Results", "Dots counted on the wall without a colour for this question cannot be "
            "split into groups; they are only in “Everyone”."),
        "table_groups_not_split": QCoreApplication.translate(
            "Results", "Scores by table groups cannot be split into groups; they are only in "
            "“Everyone”."),
        "anonymous_not_split": QCoreApplication.translate(
            "Results", "Votes without a participant code cannot be split into groups; they "
            "are only in “Everyone”."),
    }
    return known.get(code, code.replace("_", " ").capitalize())


def round_title(r, separator: str = " · ") -> str:
    """The round's name, with its method unless the name says it already."""
    method = method_label(r.method)
    return r.name if r.name.casefold() == method.casefold() else f"{r.name}{separator}{method}"


def signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "−")


def group_label(group: GroupResult) -> str:
    if group.category_key == prioritise_results.NOT_ANSWERED:
        return QCoreApplication.translate("Results", "Not answered")
    if group.category_key == prioritise_results.OTHER and group.folded:
        return QCoreApplication.translate("Results", "Other (small groups combined)")
    return group.label


def shift_text(shift: int) -> str:
    """rank_shift = group rank - everyone's rank: negative means the group ranks it higher."""
    if shift < 0:
        return QCoreApplication.translate("Results", "▲ %n place(s) higher than everyone",
                                          "", -shift)
    return QCoreApplication.translate("Results", "▼ %n place(s) lower than everyone", "", shift)


def ordinal(n: int) -> str:
    return QCoreApplication.translate("Results", "#%1").replace("%1", str(n))


def _heading(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600;")
    return label


def _hint(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


# ============================================================================ the view
class ResultsView(ScopedView):
    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._rounds = []
        self._result: RoundResult | None = None
        self._groups: list[GroupResult] = []
        self._dirty = set(range(4))
        self._has_reference = False
        self._own_push = False
        self._build()
        self._connect_signals()
        self.set_scope(None, None)

    # ================================================================== layout
    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        self.hint = self._workshop_hint(self.tr(
            "Choose a workshop to see the results of its prioritisation rounds."))
        self.pages.addWidget(self.hint)
        page = QWidget(self)
        self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.round_combo = QComboBox(page)
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.setMinimumWidth(260)
        round_label = QLabel(self.tr("&Round:"), page)
        round_label.setBuddy(self.round_combo)
        self.weighted = QCheckBox(self.tr("&Weighted to the reference population"), page)
        self.weighted.setAccessibleName(self.tr("Weighted to the reference population"))
        self.weighted.setToolTip(self.tr(
            "Give each voter a weight so that the groups match the project's reference "
            "population (e.g. census figures). The effective number of voters shows how much "
            "information is left after weighting."))
        self.effective_n = QLabel(page)
        self.effective_n.setAccessibleName(self.tr("Effective number of voters"))
        header = QHBoxLayout()
        header.addWidget(round_label)
        header.addWidget(self.round_combo)
        header.addSpacing(16)
        header.addWidget(self.weighted)
        header.addWidget(self.effective_n)
        header.addStretch(1)

        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(self.tr("Results"))
        self.tabs.addTab(self._build_ranking(), self.tr("Ranking"))
        self.tabs.addTab(self._build_compare(), self.tr("Methods compared"))
        self.tabs.addTab(self._build_matrix(), self.tr("Impact / effort"))
        self.tabs.addTab(self._build_groups(), self.tr("By group"))
        self.empty = QLabel(self.tr("This workshop has no prioritisation rounds yet. Create "
                                    "one in the Rounds view."), page)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 12pt; color: palette(placeholder-text);")
        self.body = QStackedWidget(page)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.tabs)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)

    def _build_ranking(self) -> QWidget:
        tab = QWidget(self)
        self.ranking_table = QTableWidget(0, 5, tab)
        self.ranking_table.setAccessibleName(self.tr("Ranking of the round"))
        self.ranking_table.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("No."),
                                                      self.tr("Idea"), self.tr("Score"),
                                                      self.tr("n")])
        self.ranking_table.horizontalHeaderItem(COL_RANK).setToolTip(
            self.tr("“=2” means two or more ideas share rank 2"))
        self.ranking_table.horizontalHeaderItem(COL_NUMBER).setToolTip(
            self.tr("The idea's number in the workshop (as on the tally sheets)"))
        self.ranking_table.horizontalHeaderItem(COL_N).setToolTip(
            self.tr("How many ballots, scorers or comparisons the score rests on"))
        self.ranking_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking_table.verticalHeader().setVisible(False)
        self.ranking_table.setAlternatingRowColors(True)
        self.ranking_table.setWordWrap(False)
        head = self.ranking_table.horizontalHeader()
        for col in (COL_RANK, COL_NUMBER, COL_SCORE, COL_N):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_IDEA, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(tab)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("About this result"))
        self.chart_view = QChartView(self._new_chart(), tab)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Bar chart of the top ideas"))
        self.chart_view.setMinimumWidth(380)
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.ranking_table, 1)
        left_layout.addWidget(self.summary)
        splitter = QSplitter(tab)
        splitter.addWidget(left)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        return tab

    def _build_compare(self) -> QWidget:
        tab = QWidget(self)
        self.compare_rounds = QListWidget(tab)
        self.compare_rounds.setAccessibleName(self.tr("Rounds to compare"))
        self.compare_rounds.setMaximumWidth(260)
        self.compare_table = QTableWidget(0, 1, tab)
        self.compare_table.setAccessibleName(self.tr("Rank of each idea in each round"))
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compare_table.verticalHeader().setVisible(False)
        self.compare_table.setAlternatingRowColors(True)
        self.compare_table.setWordWrap(False)
        self.agreement = QLabel(tab)
        self.agreement.setWordWrap(True)
        self.agreement.setTextFormat(Qt.TextFormat.RichText)
        self.agreement.setAccessibleName(self.tr("Agreement between the methods"))
        self.compare_message = _hint("", tab)
        left = QVBoxLayout()
        left.addWidget(_heading(self.tr("Rounds compared"), tab))
        left.addWidget(self.compare_rounds, 1)
        left.addWidget(_hint(self.tr("Only the ideas that every ticked round ranked are "
                                     "compared."), tab))
        right = QVBoxLayout()
        right.addWidget(self.agreement)
        right.addWidget(self.compare_message)
        right.addWidget(self.compare_table, 1)
        layout = QHBoxLayout(tab)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        return tab

    def _build_matrix(self) -> QWidget:
        tab = QWidget(self)
        self.matrix = ImpactEffortMatrix(tab)
        self.matrix.setMinimumSize(520, 360)
        self.top_n = QSpinBox(tab)
        self.top_n.setRange(2, 60)
        self.top_n.setValue(12)
        self.top_n.setAccessibleName(self.tr("How many top ideas to place"))
        top_label = QLabel(self.tr("&Top ideas shown:"), tab)
        top_label.setBuddy(self.top_n)
        self.placements = QTreeWidget(tab)
        self.placements.setHeaderHidden(True)
        self.placements.setAccessibleName(self.tr("Ideas by quadrant"))
        self.placements.setMinimumWidth(220)
        self.placements.setMaximumWidth(300)
        self.matrix_message = QLabel(tab)
        self.matrix_message.setWordWrap(True)
        self.matrix_message.setAccessibleName(self.tr("Matrix message"))
        side = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(top_label)
        row.addWidget(self.top_n)
        row.addStretch(1)
        side.addLayout(row)
        side.addWidget(_heading(self.tr("Ideas by quadrant"), tab))
        side.addWidget(self.placements, 1)
        side.addWidget(_hint(self.tr("Drag the cards, or Tab to a card and use the arrow keys "
                                     "(Shift: small steps). Every move is saved."), tab))
        side.addWidget(self.matrix_message)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.matrix, 1)
        layout.addLayout(side)
        return tab

    def _build_groups(self) -> QWidget:
        tab = QWidget(self)
        self.dimension_combo = QComboBox(tab)
        self.dimension_combo.setAccessibleName(self.tr("Group people by"))
        dim_label = QLabel(self.tr("&Group by:"), tab)
        dim_label.setBuddy(self.dimension_combo)
        notice = QFrame(tab)
        notice.setObjectName("privacyNotice")
        notice.setStyleSheet("QFrame#privacyNotice { background: #eef3f8; border-radius: 4px; }"
                             " QLabel { color: #1f3f5f; }")
        lock = QLabel(notice)
        lock.setPixmap(qta.icon("mdi6.shield-lock-outline", color="#1f3f5f").pixmap(20, 20))
        self.privacy_notice = QLabel(self.tr(
            "Groups with fewer than %1 participants are combined into “Other” or hidden to "
            "protect privacy.").replace("%1", str(MIN_PUBLISHED_GROUP)), notice)
        self.privacy_notice.setWordWrap(True)
        self.privacy_notice.setAccessibleName(self.tr("Privacy notice"))
        row = QHBoxLayout(notice)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(lock)
        row.addWidget(self.privacy_notice, 1)
        self.hidden_label = QLabel(tab)
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setAccessibleName(self.tr("Groups not shown"))
        self.hidden_label.setStyleSheet("color: palette(placeholder-text);")
        self.group_table = QTableWidget(0, 0, tab)
        self.group_table.setAccessibleName(self.tr("Top ideas of each group"))
        self.group_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.group_table.setWordWrap(True)
        self.group_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.group_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.group_table.horizontalHeader().setMinimumSectionSize(150)
        self.legend = QLabel(tab)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.differences = QLabel(tab)
        self.differences.setWordWrap(True)
        self.differences.setTextFormat(Qt.TextFormat.RichText)
        self.differences.setAccessibleName(self.tr("Ideas the groups see differently"))
        self.differences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(dim_label)
        top.addWidget(self.dimension_combo)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(notice)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.group_table, 3)
        layout.addWidget(self.legend)
        layout.addWidget(self.differences, 1)
        return tab

    def _connect_signals(self) -> None:
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.weighted.toggled.connect(lambda _on: self._refresh_tab(TAB_RANKING, force=True))
        self.tabs.currentChanged.connect(lambda i: self._refresh_tab(i))
        self.dimension_combo.currentIndexChanged.connect(
            lambda _i: self._refresh_tab(TAB_GROUPS, force=True))
        self.compare_rounds.itemChanged.connect(
            lambda _item: self._refresh_tab(TAB_COMPARE, force=True))
        self.top_n.valueChanged.connect(lambda _v: self._refresh_tab(TAB_MATRIX, force=True))
        self.matrix.placed.connect(self._save_placement)
        self.placements.itemActivated.connect(self._placement_activated)
        self.placements.currentItemChanged.connect(
            lambda item, _prev: self._placement_activated(item, focus=False))
        # Bound methods (not lambdas): Qt drops the connections when the view goes away.
        self._bus.structure_changed.connect(self.refresh)
        self._bus.ideas_changed.connect(self._on_ideas_changed)
        self._stack.indexChanged.connect(self._on_undo_index)

    def _on_ideas_changed(self, _change) -> None:
        self._mark_dirty()

    def _on_undo_index(self, _index: int) -> None:
        if not self._own_push:  # votes entered or undone elsewhere (the Rounds view)
            self._mark_dirty()

    # ================================================================== scope and refresh
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Votes are entered in the Rounds view: look again whenever this view comes up.
        QTimer.singleShot(0, self, self.refresh)

    def _mark_dirty(self) -> None:
        self._dirty = set(range(4))
        if self.isVisible():
            QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        if self._workshop_id is None:
            self.pages.setCurrentIndex(0)
            self._rounds = []
            return
        self.pages.setCurrentIndex(1)
        try:
            self._rounds = list(prioritise_rounds.list_rounds(self._db, self._workshop_id))
            self._has_reference = self._reference_exists()
            dims = projects.list_dimensions(self._db, self._project_id) \
                if self._project_id else []
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))
            return
        current = self.current_round_id()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self._rounds:
            self.round_combo.addItem(round_title(r), r.id)
        index = self.round_combo.findData(current) if current else -1
        self.round_combo.setCurrentIndex(index if index >= 0 else (0 if self._rounds else -1))
        self.round_combo.blockSignals(False)
        self._fill_dimensions(dims)
        self._fill_compare_rounds()
        self.weighted.setVisible(self._has_reference)
        self.effective_n.setVisible(self._has_reference)
        self.body.setCurrentIndex(1 if self._rounds else 0)
        self._dirty = set(range(4))
        if self._rounds:
            self._refresh_tab(self.tabs.currentIndex())

    def _reference_exists(self) -> bool:
        if self._project_id is None:
            return False
        try:
            from ...services.workshop import reference_profile
        except ImportError:  # pragma: no cover - depends on the other helper's progress
            return False
        return bool(reference_profile.reference_profile(self._db, self._project_id))

    def _fill_dimensions(self, dims) -> None:
        current = self.dimension_combo.currentData()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for d in sorted(dims, key=lambda d: not d.is_stakeholder):
            self.dimension_combo.addItem(d.label, d.key)
        index = self.dimension_combo.findData(current) if current else 0
        self.dimension_combo.setCurrentIndex(max(index, 0))
        self.dimension_combo.blockSignals(False)

    def _fill_compare_rounds(self) -> None:
        checked = {self.compare_rounds.item(i).data(ROLE_ID)
                   for i in range(self.compare_rounds.count())
                   if self.compare_rounds.item(i).checkState() == Qt.CheckState.Unchecked}
        self.compare_rounds.blockSignals(True)
        self.compare_rounds.clear()
        for r in self._rounds:
            item = QListWidgetItem(round_title(r, "\n"))
            item.setData(ROLE_ID, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if r.id in checked
                               else Qt.CheckState.Checked)
            self.compare_rounds.addItem(item)
        self.compare_rounds.blockSignals(False)

    def current_round_id(self) -> str | None:
        return self.round_combo.currentData()

    def select_round(self, round_id: str) -> None:
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)

    def _on_round_changed(self, _index: int) -> None:
        self._dirty = set(range(4))
        self._refresh_tab(self.tabs.currentIndex())

    def _refresh_tab(self, index: int, force: bool = False) -> None:
        if not self._rounds or (index not in self._dirty and not force):
            return
        self._dirty.discard(index)
        try:
            if index == TAB_RANKING:
                self._show_ranking()
            elif index == TAB_COMPARE:
                self._show_compare()
            elif index == TAB_MATRIX:
                self._show_matrix()
            elif index == TAB_GROUPS:
                self._show_groups()
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))

    # ================================================================== ranking
    def _round(self):
        rid = self.current_round_id()
        return next((r for r in self._rounds if r.id == rid), None)

    def _load_result(self) -> RoundResult | None:
        rid = self.current_round_id()
        if rid is None:
            return None
        weighted = self._has_reference and self.weighted.isChecked()
        self._result = prioritise_results.round_result(self._db, rid, weighted=weighted)
        return self._result

    def _show_ranking(self) -> None:
        result = self._load_result()
        table = self.ranking_table
        table.setRowCount(0)
        if result is None:
            return
        table.setRowCount(len(result.ideas))
        for row, idea in enumerate(result.ideas):
            rank = _readonly(rank_text(idea))
            rank.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rank.setData(Qt.ItemDataRole.AccessibleTextRole, rank_spoken(idea))
            if idea.tied:
                rank.setToolTip(self.tr("Tied: shares rank %s with another idea") % idea.rank)
            number = _readonly(str(idea.number) if idea.number else "")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = _readonly(one_line(idea.text))
            text.setToolTip(idea.text)
            text.setData(ROLE_ID, idea.idea_id)
            score = _readonly(score_text(idea.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            n = _readonly(str(idea.n))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items = (rank, number, text, score, n)
            if idea.n == 0 and not idea.score:  # nobody voted on it: tied at the bottom
                for item in items:
                    item.setForeground(QBrush(QColor("#7a858d")))
                text.setToolTip(idea.text + "\n" + self.tr("No votes"))
            for col, item in enumerate(items):
                table.setItem(row, col, item)
        parts = [self._score_meaning(result.method),
                 self.tr("%n voter(s).", "", result.participants)]
        if result.weighted:
            parts.insert(0, self.tr("Weighted to the reference population: each voter counts "
                                    "with their weight."))
        if result.weighted and result.effective_n is not None:
            self.effective_n.setText(self.tr("Effective n = %1 of %2 voters")
                                     .replace("%1", f"{result.effective_n:.1f}")
                                     .replace("%2", str(result.participants)))
        else:
            self.effective_n.setText("")
        if any(i.tied for i in result.ideas):
            parts.append(self.tr("“=” marks ideas that share a rank."))
        parts.extend(note_text(code) for code in result.notes)
        if not result.ideas:
            parts.insert(0, self.tr("No votes have been entered in this round yet."))
        self.summary.setText(" ".join(parts))
        self._show_chart(result)

    def _score_meaning(self, method: str) -> str:
        return {
            RoundMethod.DOTS: self.tr("Score = dots."),
            RoundMethod.CRITERIA: self.tr("Score = the criteria scores (1–5) combined with "
                                          "the criteria's weights."),
            RoundMethod.RANKING: self.tr("Score = Borda points (on a list of k ideas the "
                                         "first gets k points, the last 1)."),
            RoundMethod.PAIRWISE: self.tr("Score = the chance (0–100) that the idea wins "
                                          "against an average idea (Bradley–Terry)."),
        }.get(method, "")

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        return chart

    def chart(self) -> QChart:
        return self.chart_view.chart()

    def _show_chart(self, result: RoundResult) -> None:
        # A new chart each time: a reused one keeps drawing the old axes for a moment.
        chart = self._new_chart()
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        top = list(result.ideas[:TOP_CHART])
        r = self._round()
        chart.setTitle(self.tr("Top ideas — %s") % (r.name if r else ""))
        if not top:
            self.chart_view.setAccessibleDescription(self.tr("No votes yet"))
            return
        top.reverse()  # a horizontal bar chart draws the first category at the bottom
        bars = QBarSet(self.tr("Score"))
        bars.setColor(QColor(BAR_COLOUR))
        categories = []
        for idea in top:
            bars.append(float(idea.score))
            categories.append(f"{rank_text(idea)}  {one_line(idea.text, 34)}")
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        axis_y.setLabelsFont(font)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        high = max((float(i.score) for i in top), default=1.0)
        axis_x.setRange(min(0.0, min(float(i.score) for i in top)), high * 1.15 or 1.0)
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%g")
        axis_x.setLabelsFont(font)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        self.chart_view.setAccessibleDescription("; ".join(
            f"{rank_spoken(i)}: {one_line(i.text, 60)} ({score_text(i.score)})"
            for i in result.ideas[:3]))

    # ================================================================== methods compared
    def _checked_rounds(self) -> list[str]:
        return [self.compare_rounds.item(i).data(ROLE_ID)
                for i in range(self.compare_rounds.count())
                if self.compare_rounds.item(i).checkState() == Qt.CheckState.Checked]

    def _show_compare(self) -> None:
        ids = self._checked_rounds()
        table = self.compare_table
        table.setRowCount(0)
        table.setColumnCount(1)
        table.setHorizontalHeaderLabels([self.tr("Idea")])
        self.agreement.setText("")
        if len(ids) < 2:
            self.compare_message.setText(self.tr("Tick at least two rounds to compare their "
                                                 "rankings."))
            return
        comparison = prioritise_results.compare_methods(self._db, ids)
        names = {r.id: r.name for r in self._rounds}
        titles = {r.id: round_title(r, "\n") for r in self._rounds}
        texts: dict[str, str] = {}
        for rid in comparison.round_ids:
            for idea in prioritise_results.round_result(self._db, rid).ideas:
                texts.setdefault(idea.idea_id, idea.text)
        if not comparison.idea_ids:
            self.compare_message.setText(self.tr("These rounds have no ranked ideas in "
                                                 "common."))
            return
        self.compare_message.setText(self.tr("%n idea(s) ranked in every ticked round.", "",
                                             len(comparison.idea_ids)))
        rounds = list(comparison.round_ids)
        table.setColumnCount(len(rounds) + 1)
        table.setHorizontalHeaderLabels(
            [self.tr("Idea")] + [titles.get(r, r) for r in rounds])
        order = sorted(comparison.idea_ids,
                       key=lambda i: (sum(comparison.ranks[i]) / len(rounds), texts.get(i, "")))
        table.setRowCount(len(order))
        for row, idea_id in enumerate(order):
            text = _readonly(one_line(texts.get(idea_id, idea_id)))
            text.setToolTip(texts.get(idea_id, ""))
            table.setItem(row, 0, text)
            ranks = comparison.ranks[idea_id]
            spread = max(ranks) - min(ranks)
            for col, rank in enumerate(ranks, 1):
                item = _readonly(str(rank))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if spread >= SHIFT_THRESHOLD and rank in (min(ranks), max(ranks)):
                    best = rank == min(ranks)
                    item.setText(f"{'▲' if best else '▼'} {rank}")
                    item.setForeground(QBrush(QColor(HIGHER if best else LOWER)))
                    item.setToolTip(self.tr("The rounds disagree on this idea by %n place(s)",
                                            "", spread))
                table.setItem(row, col, item)
        head = table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(rounds) + 1):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lines = []
        for (a, b), tau in comparison.kendall_tau.items():
            value = "–" if tau is None or math.isnan(tau) else signed(tau)
            lines.append(self.tr("<b>%1</b> and <b>%2</b>: Kendall’s τ = %3 — %4")
                         .replace("%1", _escape(names.get(a, a)))
                         .replace("%2", _escape(names.get(b, b)))
                         .replace("%3", value).replace("%4", tau_words(tau)))
        caution = ""
        if len(comparison.idea_ids) < MIN_COMPARED:
            caution = "<p style='margin:4px 0 0 0; color:#8a5a00'>" + _escape(self.tr(
                "Only %n idea(s) in common: with so few, agreement can swing from −1 to +1 by "
                "chance. Treat it with care.", "", len(comparison.idea_ids))) + "</p>"
        self.agreement.setText(
            "<p style='margin:0'>" + self.tr("Agreement (1 = the same order, 0 = unrelated, "
                                              "−1 = reversed):") + "</p>"
            + "<br>".join(lines) + caution)

    # ================================================================== matrix
    def _show_matrix(self) -> None:
        rid = self.current_round_id()
        if rid is None:
            return
        result = self._result if (self._result and self._result.round_id == rid) \
            else prioritise_results.round_result(self._db, rid)
        placed = prioritise_placements.placements(self._db, rid)
        shown = list(result.ideas[:self.top_n.value()])
        ids = {i.idea_id for i in shown}
        shown += [i for i in result.ideas if i.idea_id in placed and i.idea_id not in ids]
        self.matrix.set_ideas([MatrixIdea(i.idea_id, i.text, i.rank, rank_text(i))
                               for i in shown], placed)
        self._texts = {i.idea_id: i.text for i in shown}
        self._fill_placements()
        if not shown:
            self.matrix_message.setText(self.tr("No ideas have votes in this round yet: the "
                                                "matrix shows the ranked ideas."))
        else:
            self.matrix_message.setText("")

    def _fill_placements(self) -> None:
        self.placements.blockSignals(True)
        self.placements.clear()
        parents = {}
        for key, *_rest in QUADRANTS:
            parent = QTreeWidgetItem(self.placements, [quadrant_title(key)])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setExpanded(True)
            parents[key] = parent
        waiting = QTreeWidgetItem(self.placements, [self.tr("Not placed yet")])
        font = waiting.font(0)
        font.setBold(True)
        waiting.setFont(0, font)
        waiting.setExpanded(True)
        for idea_id, card in self.matrix.cards.items():
            where = card.placement
            parent = parents[quadrant_of(*where)] if where else waiting
            label = one_line(card.idea.text, 60)
            if card.idea.badge:
                label = f"{card.idea.badge}  {label}"
            item = QTreeWidgetItem(parent, [label])
            item.setData(0, ROLE_ID, idea_id)
            item.setToolTip(0, card.idea.text)
        for parent in list(parents.values()) + [waiting]:
            parent.setText(0, f"{parent.text(0).split(' (')[0]} ({parent.childCount()})")
        self.placements.blockSignals(False)

    def _placement_activated(self, item, _column=0, focus: bool = True) -> None:
        idea_id = item.data(0, ROLE_ID) if item is not None else None
        if idea_id:
            self.matrix.select(idea_id)
            if not focus:
                self.placements.setFocus()

    def _save_placement(self, idea_id: str, impact: float, effort: float) -> None:
        rid = self.current_round_id()
        if rid is None:
            return
        try:
            self._own_push = True
            try:
                push(self._stack, prioritise_commands.SetPlacement(
                    self._db, rid, idea_id, impact, effort),
                    self.tr("Move idea on the matrix"), self._bus)
            finally:
                self._own_push = False
        except SmartCityError as exc:
            self._show_matrix()  # the card goes back to where it is saved
            self.matrix_message.setText(self.tr("Not saved: %s") % error_text(exc))
            self.matrix_message.setStyleSheet("color: #b00020;")
            return
        quadrant = quadrant_title(quadrant_of(impact, effort))
        text = one_line(self._texts.get(idea_id, ""), 50)
        self.matrix_message.setStyleSheet("color: #1b7f3b;")
        self.matrix_message.setText(self.tr("Saved: “%1” in %2.").replace("%1", text)
                                    .replace("%2", quadrant))
        self._fill_placements()
        self.status_message.emit(self.matrix_message.text())

    # ================================================================== by group
    def _show_groups(self) -> None:
        rid = self.current_round_id()
        key = self.dimension_combo.currentData()
        table = self.group_table
        table.clear()
        table.setRowCount(0)
        table.setColumnCount(0)
        self.differences.setText("")
        self.hidden_label.setText("")
        self.hidden_label.hide()
        self.legend.setText("")
        if rid is None or key is None:
            return
        groups = prioritise_results.results_by_group(self._db, rid, key)
        self._groups = groups
        overall = prioritise_results.round_result(self._db, rid)
        shown = [g for g in groups if not g.suppressed]
        hidden = [g for g in groups if g.suppressed]
        notes = []
        if hidden:
            # Neither the names nor the sizes of hidden groups: only that some are hidden.
            text = self.tr("%n group(s) hidden to protect privacy.", "", len(hidden))
            if any(g.reason == "protects_small_group" for g in hidden):
                text += " " + self.tr("A larger group is hidden too, so that a small group "
                                      "cannot be worked out by subtracting the groups shown "
                                      "from the total.")
            notes.append(text)
        for g in groups[:1]:
            notes.extend(note_text(code) for code in g.notes)
        self.hidden_label.setText(" ".join(notes))
        self.hidden_label.setVisible(bool(notes))
        if not shown:
            self.differences.setText(self.tr("No group is large enough to be shown on its "
                                             "own in this round."))
            return
        threshold = max((g.shift_threshold for g in shown), default=0)
        columns = [(self.tr("Everyone"), overall.participants, overall.ideas, {}, ())]
        columns += [(group_label(g), g.participants, g.ideas, g.rank_shift, g.notable)
                    for g in shown]
        rows = min(TOP_GROUP, max(len(c[2]) for c in columns))
        table.setColumnCount(len(columns))
        table.setRowCount(rows)
        table.setHorizontalHeaderLabels(
            [f"{name}\n" + self.tr("n = %s") % (n if n is not None else "–")
             for name, n, *_rest in columns])
        table.setVerticalHeaderLabels([str(r + 1) for r in range(rows)])
        up = qta.icon("mdi6.arrow-up-bold", color=HIGHER)
        down = qta.icon("mdi6.arrow-down-bold", color=LOWER)
        for col, (_name, _n, ideas, shifts, notable) in enumerate(columns):
            for row, idea in enumerate(ideas[:rows]):
                text = f"{rank_text(idea)}  {one_line(idea.text, 90)}"
                if idea.n == 0 and not idea.score:
                    text = f"{rank_text(idea)}  " + self.tr("(no votes)")
                item = _readonly(text)
                item.setToolTip(idea.text)
                item.setData(ROLE_ID, idea.idea_id)
                spoken = f"{rank_spoken(idea)}: {idea.text}"
                shift = shifts.get(idea.idea_id, 0)
                if idea.idea_id in notable and shift:
                    words = shift_text(shift)
                    item.setText(f"{text}\n{words}")
                    item.setIcon(up if shift < 0 else down)
                    item.setBackground(QBrush(QColor(HIGHER_BG if shift < 0 else LOWER_BG)))
                    item.setForeground(QBrush(QColor("#1d262d")))
                    spoken += f" — {words}"
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        if threshold:
            self.legend.setText(self.tr(
                "<span style='color:%1'><b>▲ higher</b></span> / "
                "<span style='color:%2'><b>▼ lower</b></span>: the group ranks the idea at "
                "least %3 places higher or lower than everyone together.")
                .replace("%1", HIGHER).replace("%2", LOWER).replace("%3", str(threshold)))
        # Every marked difference, also those below the top ten, in words.
        overall_rank = {i.idea_id: i.rank for i in overall.ideas}
        lines = []
        for g in shown:
            group_rank = {i.idea_id: i for i in g.ideas}
            marked = sorted((i for i in g.notable if i in group_rank),
                            key=lambda i: g.rank_shift.get(i, 0))
            for idea_id in marked:
                shift = g.rank_shift.get(idea_id, 0)
                if not shift:
                    continue
                idea = group_rank[idea_id]
                colour = HIGHER if shift < 0 else LOWER
                lines.append(
                    f"<span style='color:{colour}'><b>{_escape(shift_text(shift))}</b></span> "
                    + _escape(self.tr("%1: “%2” — %3 in this group, %4 for everyone")
                              .replace("%1", group_label(g))
                              .replace("%2", one_line(idea.text, 70))
                              .replace("%3", ordinal(idea.rank))
                              .replace("%4", ordinal(overall_rank.get(idea_id,
                                                                      idea.rank - shift)))))
        if lines:
            self.differences.setText("<b>" + _escape(self.tr("Ideas the groups see "
                                                             "differently")) + "</b><br>"
                                     + "<br>".join(lines))
        else:
            self.differences.setText(self.tr("No group ranks an idea much higher or lower "
                                             "than everyone together."))

    # ================================================================== for tests and tools
    def ranking_rows(self) -> list[tuple[str, str, str, str]]:
        """(rank, idea, score, n) as the table shows them."""
        t = self.ranking_table
        return [tuple(t.item(r, c).text() for c in (COL_RANK, COL_IDEA, COL_SCORE, COL_N))
                for r in range(t.rowCount())]

    def group_headers(self) -> list[str]:
        t = self.group_table
        return [t.horizontalHeaderItem(c).text().split("\n")[0] for c in range(t.columnCount())]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
