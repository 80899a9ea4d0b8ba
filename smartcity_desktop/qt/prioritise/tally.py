"""Wall tallies: the dots counted on the wall per idea, optionally one column per dot
colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ..errors import error_text
from ..labels import one_line
from .colours import ColoursDialog, DotColour, colour_name, colours_for, swatch
from .common import ROLE_ID, EntryContext, MessageLine, Saver

MAX_TALLY = 9999


class SpinDelegate(QStyledItemDelegate):
    """Whole numbers 0…MAX_TALLY typed straight into a cell. ``entered`` is emitted after
    Enter has saved a cell (the table then moves down, like a tally sheet)."""

    entered = Signal()

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        enter = event.type() == QEvent.Type.KeyPress and \
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        handled = super().eventFilter(editor, event)
        if enter:
            QTimer.singleShot(0, self, self.entered.emit)  # after the queued commit
        return handled

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_TALLY)
        editor.setAccessibleName(QCoreApplication.translate("VoteEntry", "Dots"))
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        return editor

    def displayText(self, value, locale) -> str:  # noqa: N802
        return "" if value in (0, "0", None) else super().displayText(value, locale)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class TallyEntry(QWidget):
    """Dots counted on the wall: one row per idea, one column per dot colour (or one column).
    A typed number is saved when the cell is left (it replaces the earlier count)."""

    COL_IDEA = 0
    colours_changed = Signal()

    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ctx: EntryContext | None = None
        self.colours: list[DotColour] = []
        self._filling = False
        self.colours_button = QPushButton(self.tr("&Colours…"), self)
        self.colours_button.setAccessibleName(self.tr("Set up dot colours"))
        self.colours_button.setToolTip(self.tr("Let each dot colour stand for a group, e.g. "
                                               "a stakeholder group"))
        self.colours_label = QLabel(self)
        self.colours_label.setWordWrap(True)
        self.colours_label.setAccessibleName(self.tr("What the dot colours stand for"))
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Dots counted per idea"))
        self.delegate = SpinDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.delegate.entered.connect(self._next_row)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(True)
        self.message = MessageLine(self)
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Dots counted in all"))
        hint = QLabel(self.tr("Type the number of dots and press Enter or Tab. 0 removes a "
                              "count."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.colours_button)
        top.addWidget(self.colours_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.itemChanged.connect(self._on_item_changed)
        self.colours_button.clicked.connect(self.edit_colours)
        # Enter in a cell saves and goes down to the next idea (like a paper tally sheet).
        self.table.installEventFilter(self)

    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog (tests replace this to drive the dialog directly)."""
        return dialog.exec()

    def set_context(self, ctx: EntryContext, colours: list[DotColour] | None = None) -> None:
        """``colours``: the colours chosen earlier for this round (None: work them out from
        the counts already saved). A colour that holds counts always keeps its column."""
        self.ctx = ctx
        colours = list(colours or [])
        used = {c for (_i, c), n in ctx.tallies.items() if c is not None and n}
        if used - {c.category_id for c in colours}:
            colours = colours_for(used | {c.category_id for c in colours}, ctx.dimensions)
        self.colours = colours
        self._fill()

    def edit_colours(self) -> None:
        if self.ctx is None:
            return
        dialog = ColoursDialog(self.ctx.dimensions, self.colours, self)
        if self.exec_dialog(dialog):
            self.set_colours(dialog.colours())
        dialog.deleteLater()

    def set_colours(self, colours: list[DotColour]) -> None:
        used = {c for (_i, c) in self.ctx.tallies if c is not None and self.ctx.tallies[(_i, c)]}
        chosen = {c.category_id for c in colours}
        if used - chosen:
            self.message.error(self.tr("Colours that already have counts stay on the sheet; "
                                       "set their counts to 0 first."))
            colours = colours_for(used | chosen, self.ctx.dimensions)
        has_plain = any(c is None and n for (_i, c), n in self.ctx.tallies.items())
        if colours and has_plain:
            self.message.error(self.tr("Dots counted without a colour stay in the “All dots” "
                                       "column."))
        self.colours = colours
        self._fill()
        self.colours_changed.emit()

    def columns(self) -> list[str | None]:
        """The category id of each count column (None = dots without a colour)."""
        cols: list[str | None] = [c.category_id for c in self.colours]
        has_plain = any(c is None and n for (_i, c), n in self.ctx.tallies.items()) \
            if self.ctx else False
        if not cols or has_plain:
            cols.insert(0, None)
        return cols

    def _fill(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        self._filling = True
        columns = self.columns()
        colour_of = {c.category_id: c for c in self.colours}
        headers = [self.tr("Idea")]
        for cat in columns:
            if cat is None:
                headers.append(self.tr("All dots") if self.colours else self.tr("Dots"))
            else:
                c = colour_of[cat]
                headers.append(f"{colour_name(c.name).capitalize()}: {c.label}")
        if len(columns) > 1:
            headers.append(self.tr("Total"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(ctx.ideas))
        self.table.setHorizontalHeaderLabels(headers)
        for n, cat in enumerate(columns, 1):
            if cat is not None:
                self.table.horizontalHeaderItem(n).setIcon(swatch(colour_of[cat].colour))
        for row, (idea_id, text) in enumerate(ctx.ideas):
            item = QTableWidgetItem(f"{ctx.numbers.get(idea_id, row + 1)}. {one_line(text)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(ROLE_ID, idea_id)
            item.setToolTip(text)
            self.table.setItem(row, 0, item)
            for col, cat in enumerate(columns, 1):
                value = ctx.tallies.get((idea_id, cat), 0)
                cell = QTableWidgetItem()
                cell.setData(Qt.ItemDataRole.EditRole, value)
                cell.setData(ROLE_ID, cat)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not ctx.closed:
                    flags |= Qt.ItemFlag.ItemIsEditable
                cell.setFlags(flags)
                self.table.setItem(row, col, cell)
            if len(columns) > 1:
                total = QTableWidgetItem()
                total.setFlags(Qt.ItemFlag.ItemIsEnabled)
                total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, len(columns) + 1, total)
                self._update_row_total(row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if self.colours:
            self.colours_label.setText(self.tr("Each colour stands for a group: %s")
                                       % ", ".join(f"{colour_name(c.name)} = {c.label}"
                                                   for c in self.colours))
        else:
            self.colours_label.setText(self.tr("All dots are counted together. Use "
                                               "Colours… to count the colours of the dots "
                                               "separately."))
        self._filling = False
        self._update_total()
        if self.table.rowCount():
            self.table.setCurrentCell(0, 1)

    def _update_row_total(self, row: int) -> None:
        cols = self.columns()
        if len(cols) <= 1:
            return
        total = sum(int(self.table.item(row, c).data(Qt.ItemDataRole.EditRole) or 0)
                    for c in range(1, len(cols) + 1))
        item = self.table.item(row, len(cols) + 1)
        if item is not None:
            item.setText(str(total) if total else "")

    def _update_total(self) -> None:
        total = sum(self.ctx.tallies.values()) if self.ctx else 0
        self.total_label.setText(self.tr("%n dot(s) counted", "", total))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0 or self.ctx is None:
            return
        cols = self.columns()
        if item.column() > len(cols):
            return
        idea_id = self.table.item(item.row(), 0).data(ROLE_ID)
        category = item.data(ROLE_ID)
        dots = int(item.data(Qt.ItemDataRole.EditRole) or 0)
        before = self.ctx.tallies.get((idea_id, category), 0)
        if dots == before:
            return
        try:
            self.saver.dot_tally(idea_id, dots, category)
        except SmartCityError as exc:
            self._filling = True
            item.setData(Qt.ItemDataRole.EditRole, before)
            self._filling = False
            self.message.error(error_text(exc))
            return
        if dots:
            self.ctx.tallies[(idea_id, category)] = dots
        else:
            self.ctx.tallies.pop((idea_id, category), None)
        self._update_row_total(item.row())
        self._update_total()
        self.message.saved(self.tr("Saved: %n dot(s) on", "", dots) + " "
                           + one_line(self.ctx.text_of(idea_id), 60))

    def set_count(self, idea_id: str, dots: int, category_id: str | None = None) -> None:
        """Type ``dots`` into the cell of ``idea_id`` (as a person does; for tests/tools)."""
        col = self.columns().index(category_id) + 1
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ROLE_ID) == idea_id:
                self.table.item(row, col).setData(Qt.ItemDataRole.EditRole, dots)
                return
        raise KeyError(idea_id)

    def _next_row(self) -> None:
        row = self.table.currentRow()
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, max(1, self.table.currentColumn()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.table.state() != QAbstractItemView.State.EditingState:
            self._next_row()
            return True
        return super().eventFilter(watched, event)
