"""The coverage bar chart: one horizontal bar per SDG or strategy goal, the ideas in the plan
in the goal's colour and the other ideas in a light shade of it, with the count (or "no ideas
yet", in words) at the end of each bar. Used by the Coverage view and the office dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsSimpleTextItem, QSizePolicy, QToolTip

from ..core.enums import IdeaStatus
from ..services.ideas.coverage import GoalCoverage
from . import labels

NO_IDEAS = "#6b7680"
NOTE = "#24303a"
GOAL_COLOUR = "#1f6f5c"  # strategy goals have no official colour: the app's own green
LIGHT_SHARE = 0.42       # "other ideas" are the goal's colour at this strength on white


def light(colour: str, strength: float = LIGHT_SHARE) -> QColor:
    c = QColor(colour)
    return QColor(round(255 - (255 - c.red()) * strength),
                  round(255 - (255 - c.green()) * strength),
                  round(255 - (255 - c.blue()) * strength))


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
                                 (row.ideas - row.in_plan, light(colour))):
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
