"""The "Methods compared" tab of the Results view: the ranks of the ideas in several rounds
side by side, with their agreement (Kendall's tau)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ....services.prioritise import results as prioritise_results
from ...labels import one_line
from .common import (
    HIGHER,
    LOWER,
    MIN_COMPARED,
    ROLE_ID,
    SHIFT_THRESHOLD,
    escape_html,
    hint_label,
    read_only_item,
    round_title,
    section_heading,
    signed,
    tau_words,
)


class ResultsCompareTab:
    """The "Methods compared" tab of :class:`.view.ResultsView`, a mixin. Its strings are
    translated under this class's name: lupdate files them so, and ``self.tr`` looks along the
    MRO and finds them."""

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
        self.compare_message = hint_label("", tab)
        left = QVBoxLayout()
        left.addWidget(section_heading(self.tr("Rounds compared"), tab))
        left.addWidget(self.compare_rounds, 1)
        left.addWidget(hint_label(self.tr("Only the ideas that every ticked round ranked are "
                                     "compared."), tab))
        right = QVBoxLayout()
        right.addWidget(self.agreement)
        right.addWidget(self.compare_message)
        right.addWidget(self.compare_table, 1)
        layout = QHBoxLayout(tab)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        return tab

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
        self.compare_message.setText(QCoreApplication.translate(
            "ResultsCompareTab", "%n idea(s) ranked in every ticked round.", "",
            len(comparison.idea_ids)))
        rounds = list(comparison.round_ids)
        table.setColumnCount(len(rounds) + 1)
        table.setHorizontalHeaderLabels(
            [self.tr("Idea")] + [titles.get(r, r) for r in rounds])
        order = sorted(comparison.idea_ids,
                       key=lambda i: (sum(comparison.ranks[i]) / len(rounds), texts.get(i, "")))
        table.setRowCount(len(order))
        for row, idea_id in enumerate(order):
            text = read_only_item(one_line(texts.get(idea_id, idea_id)))
            text.setToolTip(texts.get(idea_id, ""))
            table.setItem(row, 0, text)
            ranks = comparison.ranks[idea_id]
            spread = max(ranks) - min(ranks)
            for col, rank in enumerate(ranks, 1):
                item = read_only_item(str(rank))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if spread >= SHIFT_THRESHOLD and rank in (min(ranks), max(ranks)):
                    best = rank == min(ranks)
                    item.setText(f"{'▲' if best else '▼'} {rank}")
                    item.setForeground(QBrush(QColor(HIGHER if best else LOWER)))
                    item.setToolTip(QCoreApplication.translate(
                        "ResultsCompareTab", "The rounds disagree on this idea by %n place(s)",
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
                         .replace("%1", escape_html(names.get(a, a)))
                         .replace("%2", escape_html(names.get(b, b)))
                         .replace("%3", value).replace("%4", tau_words(tau)))
        caution = ""
        if len(comparison.idea_ids) < MIN_COMPARED:
            caution = "<p style='margin:4px 0 0 0; color:#8a5a00'>" + escape_html(self.tr(
                "Only %n idea(s) in common: with so few, agreement can swing from −1 to +1 by "
                "chance. Treat it with care.", "", len(comparison.idea_ids))) + "</p>"
        self.agreement.setText(
            "<p style='margin:0'>" + self.tr("Agreement (1 = the same order, 0 = unrelated, "
                                              "−1 = reversed):") + "</p>"
            + "<br>".join(lines) + caution)
