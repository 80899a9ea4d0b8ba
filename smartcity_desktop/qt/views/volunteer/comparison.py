"""Double entry compared: the table of the fields where the two passes differ, the value
chosen for each (from pass 1, pass 2 or typed), and the selected difference in full. Turning
the decided cards into ideas is in :mod:`.resolution`."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....services.ideas import card_compare as vc
from ... import labels
from ...icons import icon
from .common import ROLE_KEY, ROLE_VALUE, field_names, read_value, show_value


def _diff_html(first: str, second: str, by_word: bool = False) -> tuple[str, str]:
    """Both texts with the characters (or words) that differ highlighted."""
    def mark(parts):
        text = html.escape("".join(parts))
        return f"<span style='background:#ffd5d5; color:#7a0010'>{text}</span>" if text else ""
    a_parts = re.split(r"(\s+)", first) if by_word else list(first)
    b_parts = re.split(r"(\s+)", second) if by_word else list(second)
    a, b = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_parts, b_parts,
                                                      autojunk=False).get_opcodes():
        if op == "equal":
            a.append(html.escape("".join(a_parts[i1:i2])))
            b.append(html.escape("".join(b_parts[j1:j2])))
        else:
            a.append(mark(a_parts[i1:i2]))
            b.append(mark(b_parts[j1:j2]))
    return "".join(a).replace("\n", "<br>"), "".join(b).replace("\n", "<br>")


class ChosenDelegate(QStyledItemDelegate):
    """Edits the Chosen column with the raw value (not the words shown for it)."""

    def __init__(self, table: QTableWidget, on_chosen) -> None:
        super().__init__(table)
        self._table = table
        self._on_chosen = on_chosen

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Chosen value"))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        name = self._table.item(index.row(), 0).data(ROLE_KEY)[1]
        value = index.data(ROLE_VALUE)
        if value is None:
            value = ""
        editor.setText(" ".join(value.split(",")) if name == "sdgs" else
                       (labels.idea_kind(value) if name == "kind" and value else value))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        self._on_chosen(index.row(), editor.text(), typed=True)



class VolunteerComparison:
    """Builds and fills the comparison page of :class:`.view.VolunteerEntryView`, a mixin.
    Its strings are translated under this class's name: lupdate files them so, and
    ``self.tr`` looks along the MRO and finds them."""

    def _build_compare_page(self) -> QWidget:
        page = QWidget(self)
        self.compare_summary = self._message_label(self.tr("Comparison summary"))
        self.accept_button = QPushButton(icon("resolve"), "", page)
        self.accept_button.setAccessibleName(self.tr("Accept the cards both passes agree on"))
        self.accept_button.clicked.connect(self.accept_agreeing)
        # 1 and 2 pick a value while the table has the focus (Ctrl+1… switch views in the main
        # window); F2, a double click or typing any other key edits the Chosen cell.
        self.pick1_action = QAction(self.tr("Use pass 1"), self)
        self.pick2_action = QAction(self.tr("Use pass 2"), self)
        self.resolve_action = QAction(self.tr("&Resolve"), self)
        self.resolve_action.setShortcuts([QKeySequence("Ctrl+Return"),
                                          QKeySequence("Ctrl+Enter")])
        self.resolve_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.resolve_action)
        self.pick1_action.triggered.connect(lambda: self.choose_selected(1))
        self.pick2_action.triggered.connect(lambda: self.choose_selected(2))
        self.resolve_action.triggered.connect(self.resolve_chosen)
        self.pick1_button = QPushButton(self.tr("Use pass 1  (key 1)"), page)
        self.pick1_button.clicked.connect(self.pick1_action.trigger)
        self.pick1_button.setAccessibleName(self.tr("Use the pass 1 value"))
        self.pick2_button = QPushButton(self.tr("Use pass 2  (key 2)"), page)
        self.pick2_button.clicked.connect(self.pick2_action.trigger)
        self.pick2_button.setAccessibleName(self.tr("Use the pass 2 value"))
        self.resolve_button = QPushButton(icon("resolve"), self.tr("Resolve  (Ctrl+Enter)"),
                                          page)
        self.resolve_button.clicked.connect(self.resolve_action.trigger)
        self.resolve_button.setAccessibleName(self.tr("Resolve the decided cards"))

        self.table = QTableWidget(0, 5, page)
        self.table.setAccessibleName(self.tr("Differences between the passes"))
        self.table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Field"),
                                              self.tr("Pass 1"), self.tr("Pass 2"),
                                              self.tr("Chosen")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                   QAbstractItemView.EditTrigger.EditKeyPressed |
                                   QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(4, ChosenDelegate(self.table, self.set_chosen))
        self.table.installEventFilter(self)  # keys 1 and 2
        self.detail = QTextBrowser(page)
        self.detail.setAccessibleName(self.tr("The selected difference in full"))
        self.detail.setMinimumHeight(90)
        self.compare_stats = self._message_label(self.tr("Discrepancy rate and entry speed"))
        self.compare_message = self._message_label(self.tr("Result of the last action"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.pick1_button)
        buttons.addWidget(self.pick2_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.compare_message, 1)
        buttons.addWidget(self.resolve_button)
        head = QHBoxLayout()
        head.addWidget(self.compare_summary, 1)
        head.addWidget(self.accept_button)
        lower = QWidget(page)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 3)
        stats_frame = QFrame(lower)
        stats_frame.setFrameShape(QFrame.Shape.StyledPanel)
        stats_layout = QVBoxLayout(stats_frame)
        stats_layout.addWidget(self.compare_stats)
        stats_layout.addStretch(1)
        lower_layout.addWidget(stats_frame, 2)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ comparing
    def _clear_comparison(self) -> None:
        self.comparison = None
        self.table.setRowCount(0)
        self.detail.clear()
        self.compare_summary.clear()
        self.compare_message.clear()

    def load_comparison(self) -> None:
        batch = self.batch()
        if batch is None or not batch.double_entry:
            self._clear_comparison()
            return
        self.comparison = vc.compare(self._db, batch.id)
        chosen = self._chosen_values()
        names = field_names()
        self.table.setRowCount(0)
        rows = [(card, name) for card in self.comparison.unresolved if not card.agrees
                for name in card.open_fields]
        self.table.setRowCount(len(rows))
        grey = self.palette().placeholderText().color()
        shade = self.palette().alternateBase().color().darker(104)
        shaded, previous = False, None
        for row, (card, name) in enumerate(rows):
            if card.position != previous:  # the rows of one card share a background
                shaded, previous = not shaded if previous is not None else False, card.position
            first = card.first.value(name) if card.first else None
            second = card.second.value(name) if card.second else None
            label = str(card.position)
            if card.only_in:
                label += " " + self.tr("(pass %s only)") % card.only_in
            items = [QTableWidgetItem(label), QTableWidgetItem(names[name]),
                     QTableWidgetItem(show_value(name, first)),
                     QTableWidgetItem(show_value(name, second)), QTableWidgetItem()]
            items[0].setData(ROLE_KEY, (card.position, name))
            items[2].setData(ROLE_VALUE, first)
            items[3].setData(ROLE_VALUE, second)
            for column, item in enumerate(items):
                if column != 4:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if shaded:
                        item.setBackground(shade)
                if column in (2, 3):
                    item.setToolTip(show_value(name, item.data(ROLE_VALUE)))
                    if item.data(ROLE_VALUE) is None:
                        item.setForeground(grey)
                        font = item.font()
                        font.setItalic(True)
                        item.setFont(font)
                self.table.setItem(row, column, item)
            self._show_chosen(row, chosen.get((card.position, name)))
        agreeing = len(self.comparison.agreeing_unresolved)
        deciding = len({card.position for card, _name in rows})
        done = sum(1 for c in self.comparison.cards if c.is_resolved)
        self.compare_summary.setText(
            self.tr("<b>%1</b> cards typed in pass 1, <b>%2</b> in pass 2. "
                    "<b>%3</b> need a decision, <b>%4</b> agree and wait to be accepted, "
                    "<b>%5</b> already resolved.")
            .replace("%1", str(batch.count(1))).replace("%2", str(batch.count(2)))
            .replace("%3", str(deciding)).replace("%4", str(agreeing))
            .replace("%5", str(done)))
        self.accept_button.setText(QCoreApplication.translate(
            "VolunteerComparison", "&Accept %n agreeing card(s)", "", agreeing))
        self.accept_button.setEnabled(agreeing > 0)
        for widget in (self.pick1_button, self.pick2_button, self.resolve_button):
            widget.setEnabled(bool(rows))
        if rows and not self.table.selectedItems():
            self.table.setCurrentCell(0, 4)
        self._show_detail()

    def _chosen_values(self) -> dict[tuple[int, str], str]:
        """What has been chosen so far (kept when the table is reloaded)."""
        result = {}
        for row in range(self.table.rowCount()):
            value = self.table.item(row, 4).data(ROLE_VALUE) if self.table.item(row, 4) else None
            if value is not None:
                result[self.table.item(row, 0).data(ROLE_KEY)] = value
        return result

    def _show_chosen(self, row: int, value: str | None) -> None:
        item = self.table.item(row, 4)
        name = self.table.item(row, 0).data(ROLE_KEY)[1]
        item.setData(ROLE_VALUE, value)
        font = item.font()
        if value is None:
            item.setText(self.tr("choose…"))
            item.setForeground(self.palette().placeholderText().color())
            item.setBackground(QColor(0, 0, 0, 0))
            font.setItalic(True)
        else:
            item.setText(show_value(name, value))
            item.setForeground(QColor("#10301a"))
            item.setBackground(QColor("#dff2e3"))
            font.setItalic(False)
        item.setFont(font)
        item.setToolTip(item.text())

    def set_chosen(self, row: int, value: str, typed: bool = False) -> None:
        """Choose ``value`` for the difference in ``row`` (typed values are read back from
        the words shown, e.g. "Need")."""
        name = self.table.item(row, 0).data(ROLE_KEY)[1]
        self._show_chosen(row, read_value(name, value) if typed else value)
        self._show_detail()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def choose_selected(self, pass_no: int) -> None:
        """Take the pass-1 or pass-2 value for the selected rows (a value not typed in that
        pass cannot be taken)."""
        rows = self.selected_rows()
        skipped = 0
        for row in rows:
            value = self.table.item(row, 1 + pass_no).data(ROLE_VALUE)
            if value is None:
                skipped += 1
                continue
            self.set_chosen(row, value)
        if skipped:
            self.compare_message.setText(QCoreApplication.translate(
                "VolunteerComparison", "Pass %1 has no value for %n of the selected "
                "row(s); choose another or type one.", "",
                skipped).replace("%1", str(pass_no)))
        if rows and rows[-1] + 1 < self.table.rowCount() and len(rows) == 1:
            self.table.setCurrentCell(rows[-1] + 1, 4)  # on to the next difference

    def choices(self) -> tuple[dict[int, dict[str, str]], list[int]]:
        """(cards whose every difference has a chosen value -> values, cards still open)."""
        by_card: dict[int, dict[str, str | None]] = {}
        for row in range(self.table.rowCount()):
            position, name = self.table.item(row, 0).data(ROLE_KEY)
            by_card.setdefault(position, {})[name] = self.table.item(row, 4).data(ROLE_VALUE)
        ready = {p: v for p, v in by_card.items() if all(x is not None for x in v.values())}
        waiting = [p for p in by_card if p not in ready]
        return ready, waiting

    def _show_detail(self) -> None:
        rows = self.selected_rows()
        if not rows or self.comparison is None:
            self.detail.clear()
            return
        row = rows[0]
        position, name = self.table.item(row, 0).data(ROLE_KEY)
        first = self.table.item(row, 2).data(ROLE_VALUE)
        second = self.table.item(row, 3).data(ROLE_VALUE)
        if first is not None and second is not None:
            a, b = _diff_html(show_value(name, first), show_value(name, second),
                              by_word=name != "text")
        else:
            a, b = (html.escape(show_value(name, v)) for v in (first, second))
        chosen = self.table.item(row, 4).data(ROLE_VALUE)
        title = self.tr("Card %1 · %2").replace("%1", str(position)) \
            .replace("%2", field_names()[name])
        self.detail.setHtml(
            f"<p><b>{html.escape(title)}</b></p><table cellspacing=4>"
            f"<tr><td><b>{html.escape(self.tr('Pass 1'))}</b></td><td>{a}</td></tr>"
            f"<tr><td><b>{html.escape(self.tr('Pass 2'))}</b></td><td>{b}</td></tr>"
            f"<tr><td><b>{html.escape(self.tr('Chosen'))}</b></td><td>"
            f"{html.escape(show_value(name, chosen)) if chosen is not None else '—'}"
            "</td></tr></table>")
