"""Ranking: each participant's short list of ideas, first choice at the top, ordered by drag
or Alt+Up/Down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ...core.rules import PARTICIPANT_CODE_RE
from ..errors import error_text
from ..labels import one_line
from .common import (
    PROBLEM_STYLE,
    ROLE_DOTS,
    ROLE_ID,
    CodeField,
    EntryContext,
    IdeaPicker,
    MessageLine,
    Saver,
    mark_problem,
    no_sideways,
    section_heading,
    unknown_code_text,
)


class ShortList(QListWidget):
    """A participant's ordered short list: drag to reorder, Alt+Up / Alt+Down to move the
    selected idea, Delete to take it off."""

    reordered = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(lambda *_a: self.renumber())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            row = self.currentRow()
            if row >= 0:
                self.takeItem(row)
                self.renumber()
            return
        super().keyPressEvent(event)

    def move_current(self, delta: int) -> None:
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.renumber()

    def renumber(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setText(f"{row + 1}. {item.data(ROLE_DOTS)}")
        self.reordered.emit()

    def idea_ids(self) -> list[str]:
        return [self.item(r).data(ROLE_ID) for r in range(self.count())]


class RankingPanel(QWidget):
    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ctx: EntryContext | None = None
        self.code = CodeField(self.tr("code or ballot no."), self.tr("Participant code or "
                                                                     "ballot number"), self)
        code_label = QLabel(self.tr("&Ballot of:"), self)
        code_label.setBuddy(self.code)
        self.picker = IdeaPicker(self.tr("Ideas (Enter puts one on the list)"), self)
        self.short_list = ShortList(self)
        self.short_list.setAccessibleName(self.tr("Short list, first choice at the top"))
        no_sideways(self.short_list)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Move the selected idea up (Alt+Up)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Move the selected idea down (Alt+Down)"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Take the selected idea off the list (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove from the list"))
        self.record_button = QPushButton(self.tr("&Record ballot"), self)
        self.record_button.setAccessibleName(self.tr("Record ballot"))
        self.record_button.setToolTip(self.tr("Save this ranking (Ctrl+Enter)"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the list"))
        self.message = MessageLine(self)
        self.recorded = QLabel(self)
        self.recorded.setStyleSheet("color: palette(placeholder-text);")
        self.recorded.setAccessibleName(self.tr("Ballots recorded"))
        top = QHBoxLayout()
        top.addWidget(code_label)
        top.addWidget(self.code)
        top.addStretch(1)
        top.addWidget(self.recorded)
        moves = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(b)
        moves.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_heading(self.tr("Short list (drag, or Alt+Up / Alt+Down)"), self))
        right.addWidget(self.short_list, 1)
        right.addLayout(moves)
        lists = QHBoxLayout()
        lists.addWidget(self.picker, 1)
        lists.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        self.setStyleSheet(PROBLEM_STYLE)
        self.picker.chosen.connect(self.add)
        self.up_button.clicked.connect(lambda: self.short_list.move_current(-1))
        self.down_button.clicked.connect(lambda: self.short_list.move_current(1))
        self.remove_button.clicked.connect(self._remove)
        self.record_button.clicked.connect(self.record)
        self.clear_button.clicked.connect(self.clear)
        self.code.returnPressed.connect(self.picker.filter.setFocus)
        self.code.textEdited.connect(lambda _t: mark_problem(self.code, False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.record)

    def set_context(self, ctx: EntryContext) -> None:
        self.ctx = ctx
        self.code.set_codes(ctx.codes)
        self.picker.set_ideas(ctx.ideas, ctx.numbers)
        self.recorded.setText(self.tr("%n ballot(s) recorded", "", ctx.ballots))
        self.setEnabled(not ctx.closed)

    def add(self, idea_id: str) -> None:
        if idea_id in self.short_list.idea_ids():
            self.message.error(self.tr("That idea is on the list already."))
            return
        self.message.clear()
        item = QListWidgetItem()
        item.setData(ROLE_ID, idea_id)
        text = self.ctx.text_of(idea_id) if self.ctx else idea_id
        item.setData(ROLE_DOTS, one_line(text, 90))
        item.setToolTip(text)
        self.short_list.addItem(item)
        self.short_list.renumber()

    def _remove(self) -> None:
        row = self.short_list.currentRow()
        if row >= 0:
            self.short_list.takeItem(row)
            self.short_list.renumber()

    def clear(self) -> None:
        self.short_list.clear()
        self.code.clear()
        mark_problem(self.code, False)

    def record(self) -> bool:
        if self.ctx is None:
            return False
        ballot = self.code.code()
        participant_id = self.ctx.codes.get(ballot) if ballot else None
        if not ballot:
            mark_problem(self.code, True)
            self.code.setFocus()
            self.message.error(self.tr("Type the participant code or the number on the "
                                       "ballot."))
            return False
        if participant_id is None and PARTICIPANT_CODE_RE.match(ballot):
            # Looks like a participant code (W1-007) that is not in this workshop.
            mark_problem(self.code, True)
            self.code.setFocus()
            self.code.selectAll()
            self.message.error(unknown_code_text(ballot))
            return False
        ids = self.short_list.idea_ids()
        if not ids:
            self.message.error(self.tr("The list is empty: choose ideas with Enter."))
            self.picker.filter.setFocus()
            return False
        try:
            self.saver.ranking_ballot(ballot, ids, participant_id)
        except SmartCityError as exc:
            self.message.error(error_text(exc))
            return False
        self.ctx.ballots += 1
        self.recorded.setText(self.tr("%n ballot(s) recorded", "", self.ctx.ballots))
        self.message.saved(self.tr("Ranking of %1 recorded: %n idea(s).", "", len(ids))
                           .replace("%1", ballot))
        self.clear()
        self.code.setFocus()
        return True
