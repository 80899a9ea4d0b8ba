"""The Coverage view: which SDGs and which strategy goals the ideas speak to, as horizontal
bar charts (QtCharts) in the official SDG colours; goals without ideas are marked "no ideas
yet" in words, not by colour alone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.ideas import coverage
from ...services.ideas.coverage import GoalCoverage
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels
from ..coverage_chart import GOAL_COLOUR, NO_IDEAS, CoverageChart, light
from ..undo import ChangeBus
from .base import RefreshWhenShown, ScopedView

MUTED = "#5b6670"


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


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
                             (light("#3b4650").name(), self.tr("Light: other ideas"))):
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
