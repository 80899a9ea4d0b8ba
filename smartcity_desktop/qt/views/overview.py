"""The Overview: who is in the room (participants by group) and what the ideas are about
(by theme and by SDG). Counts are for the facilitator; published figures apply the
small-group rule elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.sdgs import SDG_BY_NUMBER
from ...services.workshop import overview
from ...storage.database import Database
from .. import labels
from ..bars import BAR_COLOUR, BAR_FRACTION, BarDelegate
from ..undo import ChangeBus
from .base import RefreshWhenShown


def _row(parent, label: str, count: int, highest: int, colour: str | None = None):
    item = QTreeWidgetItem(parent, [label, str(count), ""])
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setData(2, BAR_FRACTION, count / highest if highest else 0)
    item.setData(2, BAR_COLOUR, colour)
    item.setToolTip(0, label)
    return item


class OverviewView(RefreshWhenShown, QWidget):
    def __init__(self, db: Database, bus: ChangeBus, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._project_id: str | None = None
        self._workshop_id: str | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.people = self._tree(self.tr("Participants by group"), self.tr("Group"))
        self.themes = self._tree(self.tr("Ideas by theme"), self.tr("Theme"))
        self.sdgs = self._tree(self.tr("Ideas by SDG"), self.tr("Goal"))
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Who is here"), self.people), 0, 0, 2, 1)
        grid.addWidget(self._box(self.tr("Themes"), self.themes), 0, 1)
        grid.addWidget(self._box(self.tr("Sustainable Development Goals"), self.sdgs), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        # Counting 100,000 ideas takes a while: recount only while the Overview is on screen,
        # at most once per burst of changes, and catch up when it is shown again.
        self._init_refresh_when_shown()
        bus.ideas_changed.connect(lambda _change: self._data_changed())
        bus.participants_changed.connect(self._data_changed)
        bus.structure_changed.connect(self._data_changed)


    def _tree(self, name: str, first_column: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(3)
        tree.setHeaderLabels([first_column, self.tr("Count"), ""])
        tree.setAccessibleName(name)
        tree.setRootIsDecorated(True)
        tree.setAlternatingRowColors(True)
        tree.setItemDelegateForColumn(2, BarDelegate(tree))
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 140)
        header.setStretchLastSection(False)
        return tree

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(widget)
        return box

    def set_scope(self, project_id: str | None, workshop_id: str | None, heading: str) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        self.heading.setText(heading)
        self._refresh_or_defer()

    def refresh(self) -> None:
        self._refreshed()
        for tree in (self.people, self.themes, self.sdgs):
            tree.clear()
        if not self._project_id:
            return
        grey = QBrush(QColor("#6b7680"))
        for dim in overview.participants_by_group(self._db, self._project_id, self._workshop_id):
            top = QTreeWidgetItem(self.people, [dim.label])
            highest = max([g.count for g in dim.groups] + [dim.not_answered])
            for group in dim.groups:
                _row(top, group.label, group.count, highest)
            _row(top, self.tr("Not answered"), dim.not_answered, highest, "#9aa5ad") \
                .setForeground(0, grey)
            top.setExpanded(True)
        themes = overview.ideas_by_theme(self._db, self._project_id, self._workshop_id)
        highest = max([c for _, c in themes] + [0])
        for name, count in themes:
            _row(self.themes, name or self.tr("(no theme)"), count, highest)
        sdgs = overview.ideas_by_sdg(self._db, self._project_id, self._workshop_id)
        highest = max([c for _, c in sdgs] + [0])
        for number, count in sdgs:
            _row(self.sdgs, f"{number}. {labels.sdg_title(number)}", count, highest,
                 SDG_BY_NUMBER[number].colour)
