"""Dot voting: each participant's ballot typed in (:class:`DotBallotEntry`), or the dots on the
wall counted (:class:`.tally.TallyEntry`), side by side in :class:`DotsPanel`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ..errors import error_text
from ..labels import one_line
from .colours import DotColour
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
from .tally import TallyEntry


class DotCounter(QLabel):
    """"3 of 5 dots left" — big, red when the ballot has too many dots."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.setFont(font)
        self.setAccessibleName(self.tr("Dots left"))
        self.left = 0

    def show_count(self, used: int, allowed: int) -> None:
        self.left = allowed - used
        if self.left >= 0:
            self.setText(self.tr("%1 of %2 dots left").replace("%1", str(self.left))
                         .replace("%2", str(allowed)))
            self.setStyleSheet("color: #1b7f3b;" if self.left == 0 else "")
        else:
            self.setText(self.tr("%n dot(s) too many", "", -self.left))
            self.setStyleSheet("color: #b00020;")
        self.setAccessibleDescription(self.text())


class DotBallotEntry(QWidget):
    """One participant's ballot: their code, then the ideas they put dots on (Enter on an idea
    adds a dot; Delete takes one off), then Ctrl+Enter records it."""

    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ctx: EntryContext | None = None
        self.dots: dict[str, int] = {}  # idea id -> dots, in the order first chosen
        self.code = CodeField(self.tr("e.g. W1-007"), self.tr("Participant code"), self)
        code_label = QLabel(self.tr("&Participant:"), self)
        code_label.setBuddy(self.code)
        self.counter = DotCounter(self)
        self.picker = IdeaPicker(self.tr("Ideas (Enter adds a dot)"), self)
        self.ballot = QListWidget(self)
        self.ballot.setAccessibleName(self.tr("Dots on this ballot"))
        no_sideways(self.ballot)
        self.ballot.setToolTip(self.tr("Delete or Backspace takes one dot off the selected "
                                       "idea"))
        self.add_button = QPushButton(self.tr("Add dot →"), self)
        self.add_button.setAccessibleName(self.tr("Add a dot to the chosen idea"))
        self.remove_button = QPushButton(self.tr("← Remove dot"), self)
        self.remove_button.setAccessibleName(self.tr("Take a dot off the selected idea"))
        self.record_button = QPushButton(self.tr("&Record ballot"), self)
        self.record_button.setAccessibleName(self.tr("Record ballot"))
        self.record_button.setToolTip(self.tr("Save this ballot (Ctrl+Enter)"))
        self.record_button.setDefault(False)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the ballot"))
        self.message = MessageLine(self)
        self.recorded = QLabel(self)
        self.recorded.setAccessibleName(self.tr("Ballots recorded"))
        self.recorded.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(code_label)
        top.addWidget(self.code)
        top.addStretch(1)
        top.addWidget(self.recorded)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_heading(self.tr("This ballot"), self))
        right.addWidget(self.ballot, 1)
        right.addWidget(self.counter)
        lists = QHBoxLayout()
        lists.addWidget(self.picker, 3)
        lists.addLayout(middle)
        lists.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        self.setStyleSheet(PROBLEM_STYLE)

        self.picker.chosen.connect(self.add_dot)
        self.add_button.clicked.connect(lambda: self._add_current())
        self.remove_button.clicked.connect(self.remove_dot)
        self.record_button.clicked.connect(self.record)
        self.clear_button.clicked.connect(self.clear)
        self.code.returnPressed.connect(self.picker.filter.setFocus)
        self.code.textEdited.connect(lambda _t: mark_problem(self.code, False))
        self.code.textChanged.connect(lambda _t: self._show_ballot())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.record)
        for keys in ("Delete", "Backspace"):
            shortcut = QShortcut(QKeySequence(keys), self.ballot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.remove_dot)

    def set_context(self, ctx: EntryContext) -> None:
        self.ctx = ctx
        self.code.set_codes(ctx.codes)
        self.picker.set_ideas(ctx.ideas, ctx.numbers)
        self.recorded.setText(self.tr("%n ballot(s) recorded", "", ctx.ballots))
        self._show_ballot()

    def _add_current(self) -> None:
        idea_id = self.picker.current_id()
        if idea_id:
            self.add_dot(idea_id)

    def add_dot(self, idea_id: str) -> None:
        self.dots[idea_id] = self.dots.get(idea_id, 0) + 1
        self.message.clear()
        self._show_ballot(idea_id)

    def remove_dot(self) -> None:
        item = self.ballot.currentItem()
        if item is None:
            return
        idea_id = item.data(ROLE_ID)
        self.dots[idea_id] -= 1
        if self.dots[idea_id] <= 0:
            del self.dots[idea_id]
        self._show_ballot(idea_id if idea_id in self.dots else None)

    def _show_ballot(self, select: str | None = None) -> None:
        self.ballot.clear()
        for idea_id, n in self.dots.items():
            text = self.ctx.text_of(idea_id) if self.ctx else idea_id
            item = QListWidgetItem(f"{'●' * n}  {one_line(text, 80)}")
            item.setData(ROLE_ID, idea_id)
            item.setData(ROLE_DOTS, n)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("%n dot(s) on", "", n) + " " + text)
            self.ballot.addItem(item)
            if idea_id == select:
                self.ballot.setCurrentItem(item)
        self.counter.show_count(self.total(), self.allowed())

    def allowed(self) -> int:
        """The dots this participant has left in the round (earlier ballots count)."""
        if self.ctx is None:
            return 0
        participant_id = self.ctx.codes.get(self.code.code())
        return self.ctx.dots_per_participant - self.ctx.dots_used.get(participant_id, 0)

    def total(self) -> int:
        return sum(self.dots.values())

    def idea_ids(self) -> list[str]:
        """The ballot as the service takes it: an idea id once per dot."""
        return [i for i, n in self.dots.items() for _ in range(n)]

    def clear(self) -> None:
        self.dots = {}
        self.code.clear()
        mark_problem(self.code, False)
        self._show_ballot()

    def record(self) -> bool:
        if self.ctx is None:
            return False
        code = self.code.code()
        if not code:
            mark_problem(self.code, True)
            self.code.setFocus()
            self.message.error(self.tr("Type the participant code from the ballot."))
            return False
        participant_id = self.ctx.codes.get(code)
        if participant_id is None:
            mark_problem(self.code, True)
            self.code.setFocus()
            self.code.selectAll()
            self.message.error(unknown_code_text(code))
            return False
        if not self.dots:
            self.message.error(self.tr("The ballot has no dots yet: choose the ideas "
                                       "with Enter."))
            self.picker.filter.setFocus()
            return False
        total = self.total()
        try:
            self.saver.dot_ballot(participant_id, self.idea_ids())
        except SmartCityError as exc:
            self.message.error(error_text(exc))
            return False
        if not self.ctx.dots_used.get(participant_id):
            self.ctx.ballots += 1
        self.ctx.dots_used[participant_id] = self.ctx.dots_used.get(participant_id, 0) + total
        self.recorded.setText(self.tr("%n ballot(s) recorded", "", self.ctx.ballots))
        self.message.saved(self.tr("Ballot of %1 recorded: %n dot(s).", "", total)
                           .replace("%1", code))
        self.clear()
        self.code.setFocus()
        return True


class DotsPanel(QWidget):
    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("How the dots are entered"))
        self.ballots = DotBallotEntry(saver, self)
        self.tallies = TallyEntry(saver, self)
        self.tabs.addTab(self.ballots, self.tr("Ballots (one per person)"))
        self.tabs.addTab(self.tallies, self.tr("Wall tallies (dots counted per idea)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: EntryContext, colours: list[DotColour] | None = None) -> None:
        self.ballots.set_context(ctx)
        self.tallies.set_context(ctx, colours)
        self.ballots.setEnabled(not ctx.closed)
