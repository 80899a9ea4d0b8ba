"""The Results view of a workshop's prioritisation rounds: the ranking of a round (ties shown as
ties) with a bar chart of the top ideas, the methods side by side with their agreement
(Kendall's tau), the impact/effort matrix, and the results by group — where groups of fewer
than five people are never shown on their own and the ideas a group sees differently from
everyone else are marked with colour, an arrow and words. Each tab is a mixin of its own
module; this one holds the view, the round chooser and the refresh logic."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
)

from ....core.errors import SmartCityError
from ....services.prioritise import rounds as prioritise_rounds
from ....services.prioritise.results import GroupResult, RoundResult
from ....services.workshop import projects, reference_profile
from ....storage.database import Database
from ...errors import error_text
from ...undo import ChangeBus
from ..base import ScopedView
from .common import (
    COL_IDEA,
    COL_N,
    COL_RANK,
    COL_SCORE,
    ROLE_ID,
    TAB_COMPARE,
    TAB_GROUPS,
    TAB_MATRIX,
    TAB_RANKING,
    round_title,
)
from .compare import ResultsCompareTab
from .groups import ResultsGroupsTab
from .impact_effort import ResultsMatrixTab
from .ranking import ResultsRankingTab


class ResultsView(ResultsRankingTab, ResultsCompareTab, ResultsMatrixTab, ResultsGroupsTab,
                  ScopedView):
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
        page = self._hint_or_page(self._workshop_hint(self.tr(
            "Choose a workshop to see the results of its prioritisation rounds.")))

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
        self._bus.rounds_changed.connect(self._on_rounds_changed)

    def _on_ideas_changed(self, _change) -> None:
        self._mark_dirty()

    def _on_rounds_changed(self, _change) -> None:
        if not self._own_push:  # votes entered, undone or redone elsewhere (the Rounds view)
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

    # ================================================================== for tests and tools
    def ranking_rows(self) -> list[tuple[str, str, str, str]]:
        """(rank, idea, score, n) as the table shows them."""
        t = self.ranking_table
        return [tuple(t.item(r, c).text() for c in (COL_RANK, COL_IDEA, COL_SCORE, COL_N))
                for r in range(t.rowCount())]

    def group_headers(self) -> list[str]:
        t = self.group_table
        return [t.horizontalHeaderItem(c).text().split("\n")[0] for c in range(t.columnCount())]
