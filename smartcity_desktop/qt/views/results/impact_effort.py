"""The impact/effort tab of the Results view: the top ideas of a round placed on the
matrix (by mouse or keys), every move saved through the undo stack."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import SmartCityError
from ....services.prioritise import commands as prioritise_commands
from ....services.prioritise import placements as prioritise_placements
from ....services.prioritise import results as prioritise_results
from ...errors import error_text
from ...labels import one_line, rank_text
from ...matrix import QUADRANTS, ImpactEffortMatrix, MatrixIdea, quadrant_of, quadrant_title
from ...undo import push
from .common import ROLE_ID, hint_label, section_heading


class ResultsMatrixTab:
    """The impact/effort tab of :class:`.view.ResultsView`, a mixin. Its strings are translated
    under this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and
    finds them."""

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
        side.addWidget(section_heading(self.tr("Ideas by quadrant"), tab))
        side.addWidget(self.placements, 1)
        side.addWidget(hint_label(self.tr("Drag the cards, or Tab to a card and use the arrow keys "
                                     "(Shift: small steps). Every move is saved."), tab))
        side.addWidget(self.matrix_message)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.matrix, 1)
        layout.addLayout(side)
        return tab

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
