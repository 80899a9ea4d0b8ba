"""Dot colours for wall tallies: the usual sticker colours, each standing for one category of a
demographic or stakeholder dimension, and the dialog that assigns them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from .common import ROLE_ID

# Dot colours for wall tallies: the usual sticker colours, in order. Each stands for one
# category of one demographic or stakeholder dimension.
DOT_COLOURS = (("#d32f2f", "red"), ("#1976d2", "blue"), ("#388e3c", "green"),
               ("#fbc02d", "yellow"), ("#7b1fa2", "purple"), ("#f57c00", "orange"),
               ("#c2185b", "pink"), ("#5d4037", "brown"))


def colour_name(name: str) -> str:
    return {
        "red": QCoreApplication.translate("VoteEntry", "red"),
        "blue": QCoreApplication.translate("VoteEntry", "blue"),
        "green": QCoreApplication.translate("VoteEntry", "green"),
        "yellow": QCoreApplication.translate("VoteEntry", "yellow"),
        "purple": QCoreApplication.translate("VoteEntry", "purple"),
        "orange": QCoreApplication.translate("VoteEntry", "orange"),
        "pink": QCoreApplication.translate("VoteEntry", "pink"),
        "brown": QCoreApplication.translate("VoteEntry", "brown"),
    }.get(name, name)


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


@dataclass(frozen=True)
class DotColour:
    colour: str          # "#d32f2f"
    name: str            # "red"
    category_id: str
    label: str           # the category it stands for


class ColoursDialog(QDialog):
    """Which category each dot colour stands for: one dimension, some of its categories."""

    def __init__(self, dimensions, chosen: list[DotColour], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dot colours"))
        self.dimensions = [d for d in dimensions]
        self.dimensions.sort(key=lambda d: not d.is_stakeholder)
        intro = QLabel(self.tr("At the wall, each dot colour can stand for one group of "
                               "people, e.g. red for residents and blue for local "
                               "businesses. Choose the question and tick the groups that "
                               "have a colour. Leave everything unticked to count all dots "
                               "together."), self)
        intro.setWordWrap(True)
        self.dimension = QComboBox(self)
        self.dimension.setAccessibleName(self.tr("Question the colours stand for"))
        for d in self.dimensions:
            self.dimension.addItem(d.label, d.key)
        dim_label = QLabel(self.tr("&Question:"), self)
        dim_label.setBuddy(self.dimension)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Groups with a dot colour"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(dim_label)
        row.addWidget(self.dimension, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)
        chosen_ids = {c.category_id for c in chosen}
        if chosen:
            for n, d in enumerate(self.dimensions):
                if any(c.id in chosen_ids for c in d.categories):
                    self.dimension.setCurrentIndex(n)
        self._fill(chosen_ids)
        self.dimension.currentIndexChanged.connect(lambda _i: self._fill(set()))
        self.list.itemChanged.connect(lambda _item: self._recolour())

    def _fill(self, checked: set[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        dim = self.dimensions[self.dimension.currentIndex()] if self.dimensions else None
        for cat in dim.categories if dim else ():
            if cat.is_prefer_not_to_say:
                continue
            item = QListWidgetItem(cat.label)
            item.setData(ROLE_ID, cat.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cat.id in checked
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._recolour()

    def _recolour(self) -> None:
        self.list.blockSignals(True)
        n = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked and n < len(DOT_COLOURS):
                colour, name = DOT_COLOURS[n]
                item.setIcon(swatch(colour))
                item.setText(f"{item.text().split(' — ')[0]} — {colour_name(name)}")
                n += 1
            else:
                item.setIcon(QIcon())
                item.setText(item.text().split(" — ")[0])
        self.list.blockSignals(False)

    def colours(self) -> list[DotColour]:
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked and len(result) < len(DOT_COLOURS):
                colour, name = DOT_COLOURS[len(result)]
                result.append(DotColour(colour, name, item.data(ROLE_ID),
                                        item.text().split(" — ")[0]))
        return result


def colours_for(category_ids, dimensions) -> list[DotColour]:
    """Dot colours for the categories that already have tallies (in the dimension's order)."""
    wanted = set(category_ids)
    result: list[DotColour] = []
    for dim in dimensions:
        for cat in dim.categories:
            if cat.id in wanted and len(result) < len(DOT_COLOURS):
                colour, name = DOT_COLOURS[len(result)]
                result.append(DotColour(colour, name, cat.id, cat.label))
    return result
