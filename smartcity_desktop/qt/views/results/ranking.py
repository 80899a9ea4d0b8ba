"""The Ranking tab of the Results view: the ranking of a round, ties shown as ties, with a
bar chart of the top ideas."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import RoundMethod
from ....services.prioritise import results as prioritise_results
from ....services.prioritise.results import RoundResult
from ...labels import one_line, rank_text, score_text
from .common import (
    BAR_COLOUR,
    COL_IDEA,
    COL_N,
    COL_NUMBER,
    COL_RANK,
    COL_SCORE,
    ROLE_ID,
    TOP_CHART,
    note_text,
    rank_spoken,
    read_only_item,
)


class ResultsRankingTab:
    """The Ranking tab of :class:`.view.ResultsView`, a mixin. Its strings are translated under
    this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and finds
    them."""

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
            rank = read_only_item(rank_text(idea))
            rank.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rank.setData(Qt.ItemDataRole.AccessibleTextRole, rank_spoken(idea))
            if idea.tied:
                rank.setToolTip(self.tr("Tied: shares rank %s with another idea") % idea.rank)
            number = read_only_item(str(idea.number) if idea.number else "")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = read_only_item(one_line(idea.text))
            text.setToolTip(idea.text)
            text.setData(ROLE_ID, idea.idea_id)
            score = read_only_item(score_text(idea.score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            n = read_only_item(str(idea.n))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items = (rank, number, text, score, n)
            if idea.n == 0 and not idea.score:  # nobody voted on it: tied at the bottom
                for item in items:
                    item.setForeground(QBrush(QColor("#7a858d")))
                text.setToolTip(idea.text + "\n" + self.tr("No votes"))
            for col, item in enumerate(items):
                table.setItem(row, col, item)
        parts = [self._score_meaning(result.method),
                 QCoreApplication.translate(
                     "ResultsRankingTab", "%n voter(s).", "", result.participants)]
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
