"""The "By group" tab of the Results view: the top ideas of each group, where groups of
fewer than five people are never shown on their own and the ideas a group sees
differently from everyone else are marked with colour, an arrow and words."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.rules import MIN_PUBLISHED_GROUP
from ....services.prioritise import results as prioritise_results
from ...labels import one_line, rank_text
from .common import (
    HIGHER,
    HIGHER_BG,
    LOWER,
    LOWER_BG,
    ROLE_ID,
    TOP_GROUP,
    escape_html,
    group_label,
    note_text,
    ordinal,
    rank_spoken,
    read_only_item,
    shift_text,
)


class ResultsGroupsTab:
    """The "By group" tab of :class:`.view.ResultsView`, a mixin. Its strings are translated
    under this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and
    finds them."""

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
            text = QCoreApplication.translate(
                "ResultsGroupsTab", "%n group(s) hidden to protect privacy.", "", len(hidden))
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
                item = read_only_item(text)
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
                    f"<span style='color:{colour}'><b>{escape_html(shift_text(shift))}</b></span> "
                    + escape_html(self.tr("%1: “%2” — %3 in this group, %4 for everyone")
                              .replace("%1", group_label(g))
                              .replace("%2", one_line(idea.text, 70))
                              .replace("%3", ordinal(idea.rank))
                              .replace("%4", ordinal(overall_rank.get(idea_id,
                                                                      idea.rank - shift)))))
        if lines:
            self.differences.setText("<b>" + escape_html(self.tr("Ideas the groups see "
                                                             "differently")) + "</b><br>"
                                     + "<br>".join(lines))
        else:
            self.differences.setText(self.tr("No group ranks an idea much higher or lower "
                                             "than everyone together."))
