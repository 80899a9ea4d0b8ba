"""Entry panels of the Rounds view, one per prioritisation method: dot ballots and wall tallies
(optionally one column per dot colour), criteria scores typed with the digit keys, ranked short
lists ordered by drag or Alt+Up/Down. (The pairwise screen is qt/pairwise_screen.py.)

The panels know nothing about the database: they call a :class:`Saver` (the Rounds view),
which writes through the service and the undo stack and raises ``SmartCityError`` when the
service refuses; the panel then shows why, and keeps what was typed so it can be corrected."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import RoundMethod
from ..core.errors import SmartCityError
from ..core.rules import PARTICIPANT_CODE_RE
from .errors import error_text
from .idea_form import code_completer
from .search_box import search_box

ERROR_STYLE = "color: #b00020; font-weight: 600;"
SAVED_STYLE = "color: #1b7f3b; font-weight: 600;"
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_DOTS = Qt.ItemDataRole.UserRole + 1
MAX_TALLY = 9999

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


def method_label(method: str) -> str:
    return {
        RoundMethod.DOTS: QCoreApplication.translate("VoteEntry", "Dot voting"),
        RoundMethod.CRITERIA: QCoreApplication.translate("VoteEntry", "Criteria scoring"),
        RoundMethod.RANKING: QCoreApplication.translate("VoteEntry", "Ranking"),
        RoundMethod.PAIRWISE: QCoreApplication.translate("VoteEntry", "Pairwise comparison"),
    }.get(method, method)


def method_description(method: str) -> str:
    return {
        RoundMethod.DOTS: QCoreApplication.translate(
            "VoteEntry", "Each participant places a number of dots on the ideas they support. "
            "Type in each person's ballot, or count the dots on the wall (optionally one "
            "count per dot colour)."),
        RoundMethod.CRITERIA: QCoreApplication.translate(
            "VoteEntry", "Participants or table groups score ideas from 1 to 5 on the "
            "project's criteria; the weights of the criteria combine the scores."),
        RoundMethod.RANKING: QCoreApplication.translate(
            "VoteEntry", "Each participant puts a short list of ideas in order, first choice "
            "at the top (Borda count)."),
        RoundMethod.PAIRWISE: QCoreApplication.translate(
            "VoteEntry", "People at the screen see two ideas at a time and pick the one that "
            "matters more, or say they can't decide."),
    }.get(method, "")


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def one_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


# ============================================================================ shared
class Saver(Protocol):
    """What the panels call to save (the Rounds view). Each raises SmartCityError when the
    service refuses the entry; nothing is saved then."""

    def dot_ballot(self, participant_id: str, idea_ids: list[str]) -> None: ...
    def dot_tally(self, idea_id: str, dots: int, category_id: str | None) -> None: ...
    def criterion_scores(self, idea_id: str, scores: dict[str, int],
                         participant_id: str | None, table_group: str | None) -> None: ...
    def ranking_ballot(self, ballot: str, idea_ids: list[str],
                       participant_id: str | None) -> None: ...


@dataclass
class EntryContext:
    """What a panel needs to know about the round being entered."""

    round_id: str
    method: str
    dots_per_participant: int
    closed: bool
    ideas: list[tuple[str, str]]           # (id, display text), in the workshop's order
    codes: dict[str, str]                  # participant code -> participant id
    criteria: list[tuple[str, str, float]] = field(default_factory=list)  # (id, label, weight)
    dimensions: list = field(default_factory=list)  # services.projects.DimensionInfo
    tallies: dict[tuple[str, str | None], int] = field(default_factory=dict)
    ballots: int = 0                        # ballots/score sets already recorded
    numbers: dict[str, int] = field(default_factory=dict)  # idea id -> its number (#12)
    dots_used: dict[str, int] = field(default_factory=dict)  # participant id -> dots so far

    def text_of(self, idea_id: str) -> str:
        for i, text in self.ideas:
            if i == idea_id:
                return text
        return idea_id

    def number_of(self, idea_id: str) -> int | None:
        return self.numbers.get(idea_id)


class MessageLine(QLabel):
    """One line under a form: an error in red, or what was saved in green."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("VoteEntry", "Message"))
        self.kind = ""

    def error(self, text: str) -> None:
        self.kind = "error"
        self.setStyleSheet(ERROR_STYLE)
        self.setText("⚠ " + QCoreApplication.translate("VoteEntry", "Not saved: %s") % text)

    def saved(self, text: str) -> None:
        self.kind = "saved"
        self.setStyleSheet(SAVED_STYLE)
        self.setText("✓ " + text)

    def clear(self) -> None:  # noqa: D102
        self.kind = ""
        super().clear()


class IdeaPicker(QWidget):
    """A filter box over a list of the workshop's ideas. Enter (or a double click) chooses the
    current idea: ``chosen(idea_id)``."""

    chosen = Signal(str)

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-weight: 600;")
        self.filter = search_box(self, self.tr("Find an idea…"), self.tr("Find an idea"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        _no_sideways(self.list)
        self.list.setUniformItemSizes(True)
        self.title.setBuddy(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._choose_current)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(ROLE_ID)))

    def set_ideas(self, ideas: list[tuple[str, str]], numbers: dict[str, int]) -> None:
        """``numbers``: each idea's number in its workshop (as on the tally sheets)."""
        current = self.current_id()
        self.list.clear()
        for n, (idea_id, text) in enumerate(ideas, 1):
            item = QListWidgetItem(f"{numbers.get(idea_id, n)}. {one_line(text)}")
            item.setData(ROLE_ID, idea_id)
            item.setToolTip(text)
            self.list.addItem(item)
        self._apply_filter(self.filter.text())
        if current:
            self.select(current)

    def _apply_filter(self, text: str) -> None:
        """Words filter the texts; a number goes to the idea with that number."""
        needle = text.strip().casefold()
        number = needle if needle.isdigit() else None
        first = exact = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = item.text().casefold()
            if number is not None:
                hidden = not label.startswith(number)
            else:
                hidden = bool(needle) and needle not in label
            item.setHidden(hidden)
            if hidden:
                continue
            first = first or item
            if number is not None and exact is None and label.startswith(number + "."):
                exact = item
        target = exact or first
        current = self.list.currentItem()
        if target is not None and (exact is not None or current is None or current.isHidden()):
            self.list.setCurrentItem(target)

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(ROLE_ID))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        if not rows:
            return
        current = self.list.currentRow()
        if current not in rows:
            target = rows[0]
        else:
            n = rows.index(current) + delta
            target = rows[max(0, min(n, len(rows) - 1))]
        self.list.setCurrentRow(target)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item is not None and not item.isHidden() else None

    def select(self, idea_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_ID) == idea_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def select_next(self) -> None:
        self._step(1)


class CodeField(QLineEdit):
    """A participant code with a completer over the workshop's codes."""

    def __init__(self, placeholder: str, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(name)
        self.setMaxLength(16)
        self.setMaximumWidth(200)

    def set_codes(self, codes) -> None:
        self.setCompleter(code_completer(self, sorted(codes)))

    def code(self) -> str:
        return self.text().strip().upper()


def unknown_code_text(code: str) -> str:
    return QCoreApplication.translate(
        "VoteEntry", "There is no participant %1 in this workshop. Check the code on the "
        "paper.").replace("%1", code)


def _heading(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600;")
    return label


def _mark(widget: QWidget, problem: bool) -> None:
    widget.setProperty("problem", problem)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _no_sideways(view) -> None:
    """Long idea texts are cut with "…" (the full text is in the tooltip) instead of making
    the list scroll sideways."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if hasattr(view, "setResizeMode"):
        view.setResizeMode(QListView.ResizeMode.Adjust)


PROBLEM_STYLE = '*[problem="true"] { border: 2px solid #b00020; border-radius: 3px; }'


# ============================================================================ dots
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
        _no_sideways(self.ballot)
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
        right.addWidget(_heading(self.tr("This ballot"), self))
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
        self.code.textEdited.connect(lambda _t: _mark(self.code, False))
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
        _mark(self.code, False)
        self._show_ballot()

    def record(self) -> bool:
        if self.ctx is None:
            return False
        code = self.code.code()
        if not code:
            _mark(self.code, True)
            self.code.setFocus()
            self.message.error(self.tr("Type the participant code from the ballot."))
            return False
        participant_id = self.ctx.codes.get(code)
        if participant_id is None:
            _mark(self.code, True)
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


# ============================================================================ criteria
class ScoreRow(QFrame):
    """A 1–5 score for one criterion. Focusable: a digit 1–5 sets the score and moves on to
    the next field; 0, Delete or Backspace clears it."""

    changed = Signal()

    def __init__(self, criterion_id: str, label: str, weight: float, parent=None) -> None:
        super().__init__(parent)
        self.criterion_id = criterion_id
        self.label_text = label
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("scoreRow")
        self.setStyleSheet("QFrame#scoreRow { border: 1px solid transparent; border-radius: 4px;}"
                           "QFrame#scoreRow:focus { border: 2px solid #1565c0;"
                           " background: palette(alternate-base); }")
        self.setAccessibleName(label)
        self.name = QLabel(label, self)
        self.name.setMinimumWidth(200)
        self.weight = QLabel(self.tr("weight %1 %").replace("%1", f"{weight * 100:.0f}"), self)
        self.weight.setStyleSheet("color: palette(placeholder-text);")
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(self.name, 1)
        row.addWidget(self.weight)
        self.buttons: list[QToolButton] = []
        for value in range(1, 6):
            button = QToolButton(self)
            button.setText(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setMinimumSize(34, 30)
            button.setAccessibleName(f"{label}: {value}")
            button.setStyleSheet("QToolButton:checked { background: #2f5d8a; color: white;"
                                 " font-weight: bold; border-radius: 4px; }")
            self.group.addButton(button, value)
            row.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        self.value: int | None = None

    def _clicked(self, value: int) -> None:
        self.set_value(None if self.value == value else value)

    def set_value(self, value: int | None) -> None:
        self.value = value
        for button in self.buttons:
            button.setChecked(self.group.id(button) == value)
        self.setAccessibleDescription(str(value) if value else self.tr("not scored"))
        self.changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = event.text()
        if text in ("1", "2", "3", "4", "5"):
            self.set_value(int(text))
            self.focusNextChild()
            return
        if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        if event.key() == Qt.Key.Key_Up:
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)


class CriteriaPanel(QWidget):
    """Pick an idea, then score it 1–5 on each criterion. Digits move on; Enter on the last
    field saves, and the next idea comes up."""

    def __init__(self, saver: Saver, parent=None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.ctx: EntryContext | None = None
        self.idea_id: str | None = None
        self.rows: list[ScoreRow] = []
        self.picker = IdeaPicker(self.tr("Idea to score"), self)
        self.by_participant = QRadioButton(self.tr("&Participant"), self)
        self.by_group = QRadioButton(self.tr("&Table group"), self)
        self.by_participant.setChecked(True)
        self.code = CodeField(self.tr("e.g. W1-007"), self.tr("Participant code"), self)
        self.table_group = QLineEdit(self)
        self.table_group.setPlaceholderText(self.tr("e.g. Table 3"))
        self.table_group.setAccessibleName(self.tr("Table group"))
        self.table_group.setMaxLength(64)
        self.table_group.setMaximumWidth(200)
        scorer = QHBoxLayout()
        scorer.addWidget(QLabel(self.tr("Scored by:"), self))
        scorer.addWidget(self.by_participant)
        scorer.addWidget(self.code)
        scorer.addSpacing(12)
        scorer.addWidget(self.by_group)
        scorer.addWidget(self.table_group)
        scorer.addStretch(1)
        self.idea_label = QLabel(self)
        self.idea_label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.idea_label.setFont(font)
        self.idea_label.setAccessibleName(self.tr("Idea being scored"))
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(2)
        self.save_button = QPushButton(self.tr("&Save scores"), self)
        self.save_button.setAccessibleName(self.tr("Save scores"))
        self.save_button.setToolTip(self.tr("Save the scores of this idea (Enter)"))
        self.save_button.setAutoDefault(True)
        self.message = MessageLine(self)
        self.recorded = QLabel(self)
        self.recorded.setStyleSheet("color: palette(placeholder-text);")
        self.recorded.setAccessibleName(self.tr("Score sets recorded"))
        hint = QLabel(self.tr("Keys: 1–5 give a score and move on, 0 clears, Enter on the "
                              "last field saves."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(scorer)
        right.addSpacing(6)
        right.addWidget(self.idea_label)
        right.addLayout(self.rows_box)
        right.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addStretch(1)
        right.addWidget(self.recorded)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picker, 2)
        layout.addLayout(right, 3)
        self.setStyleSheet(PROBLEM_STYLE)
        self.picker.list.currentItemChanged.connect(lambda *_a: self._choose(
            self.picker.current_id()))
        self.picker.chosen.connect(lambda _i: self.rows and self.rows[0].setFocus())
        self.save_button.clicked.connect(self.save)
        self.by_participant.toggled.connect(self._scorer_kind)
        self.code.returnPressed.connect(lambda: self.rows and self.rows[0].setFocus())
        self.table_group.returnPressed.connect(lambda: self.rows and self.rows[0].setFocus())
        self.code.textEdited.connect(lambda _t: _mark(self.code, False))
        self._scorer_kind(True)

    def _scorer_kind(self, by_participant: bool) -> None:
        self.code.setEnabled(self.by_participant.isChecked())
        self.table_group.setEnabled(self.by_group.isChecked())

    def set_context(self, ctx: EntryContext) -> None:
        self.ctx = ctx
        self.code.set_codes(ctx.codes)
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for criterion_id, label, weight in ctx.criteria:
            row = ScoreRow(criterion_id, label, weight, self)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        # Tab order: scorer → score rows → save.
        previous = self.table_group
        for row in self.rows:
            QWidget.setTabOrder(previous, row)
            previous = row
        QWidget.setTabOrder(previous, self.save_button)
        self.picker.set_ideas(ctx.ideas, ctx.numbers)
        self.recorded.setText(self.tr("%n score set(s) recorded", "", ctx.ballots))
        if self.picker.current_id() is None and ctx.ideas:
            self.picker.list.setCurrentRow(0)
        self._choose(self.picker.current_id())
        self.setEnabled(not ctx.closed)
        if not ctx.criteria:
            self.message.error(self.tr("The project has no criteria to score on."))

    def _choose(self, idea_id: str | None) -> None:
        self.idea_id = idea_id
        text = self.ctx.text_of(idea_id) if (self.ctx and idea_id) else ""
        self.idea_label.setText(one_line(text, 200) if text else self.tr("Choose an idea"))
        self.idea_label.setToolTip(text)
        for row in self.rows:
            row.set_value(None)

    def set_scores(self, scores: dict[str, int]) -> None:
        for row in self.rows:
            row.set_value(scores.get(row.criterion_id))

    def scores(self) -> dict[str, int]:
        return {row.criterion_id: row.value for row in self.rows if row.value}

    def save(self) -> bool:
        if self.ctx is None:
            return False
        if self.idea_id is None:
            self.message.error(self.tr("Choose the idea to score."))
            return False
        participant_id = table_group = None
        if self.by_participant.isChecked():
            code = self.code.code()
            if not code:
                _mark(self.code, True)
                self.code.setFocus()
                self.message.error(self.tr("Type the participant code, or choose Table "
                                           "group."))
                return False
            participant_id = self.ctx.codes.get(code)
            if participant_id is None:
                _mark(self.code, True)
                self.code.setFocus()
                self.code.selectAll()
                self.message.error(unknown_code_text(code))
                return False
            who = code
        else:
            table_group = self.table_group.text().strip()
            if not table_group:
                self.table_group.setFocus()
                self.message.error(self.tr("Type the name of the table group."))
                return False
            who = table_group
        scores = self.scores()
        if not scores:
            if self.rows:
                self.rows[0].setFocus()
            self.message.error(self.tr("Give at least one score from 1 to 5."))
            return False
        try:
            self.saver.criterion_scores(self.idea_id, scores, participant_id, table_group)
        except SmartCityError as exc:
            self.message.error(error_text(exc))
            return False
        self.ctx.ballots += 1
        self.recorded.setText(self.tr("%n score set(s) recorded", "", self.ctx.ballots))
        self.message.saved(self.tr("Scores by %1 saved for “%2”.").replace("%1", who)
                           .replace("%2", one_line(self.ctx.text_of(self.idea_id), 50)))
        before = self.picker.list.currentRow()
        self.picker.select_next()
        if self.picker.list.currentRow() == before:
            self._choose(self.idea_id)  # the last idea: clear for another scorer
        if self.rows:
            self.rows[0].setFocus()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                (self.save_button.hasFocus() or (self.rows and self.rows[-1].hasFocus())):
            self.save()
            return
        super().keyPressEvent(event)


# ============================================================================ ranking
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
        _no_sideways(self.short_list)
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
        right.addWidget(_heading(self.tr("Short list (drag, or Alt+Up / Alt+Down)"), self))
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
        self.code.textEdited.connect(lambda _t: _mark(self.code, False))
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
        _mark(self.code, False)

    def record(self) -> bool:
        if self.ctx is None:
            return False
        ballot = self.code.code()
        participant_id = self.ctx.codes.get(ballot) if ballot else None
        if not ballot:
            _mark(self.code, True)
            self.code.setFocus()
            self.message.error(self.tr("Type the participant code or the number on the "
                                       "ballot."))
            return False
        if participant_id is None and PARTICIPANT_CODE_RE.match(ballot):
            # Looks like a participant code (W1-007) that is not in this workshop.
            _mark(self.code, True)
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


# ============================================================================ new round
class NewRoundDialog(QDialog):
    """Method, name and (for dot voting) dots per participant of a new round."""

    def __init__(self, existing_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New round"))
        self._existing = existing_names
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Method"))
        for method in RoundMethod:
            self.method.addItem(method_label(method), method.value)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        self.description.setMinimumHeight(48)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the round"))
        self.name.setMaxLength(200)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 50)
        self.dots.setValue(5)
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        self.dots_label = QLabel(self.tr("&Dots per participant:"), self)
        self.dots_label.setBuddy(self.dots)
        grid = QGridLayout()
        method_label_ = QLabel(self.tr("&Method:"), self)
        method_label_.setBuddy(self.method)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        grid.addWidget(method_label_, 0, 0)
        grid.addWidget(self.method, 0, 1)
        grid.addWidget(self.description, 1, 1)
        grid.addWidget(name_label, 2, 0)
        grid.addWidget(self.name, 2, 1)
        grid.addWidget(self.dots_label, 3, 0)
        grid.addWidget(self.dots, 3, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        self._auto_name = ""
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self, *_args) -> None:
        method = self.chosen_method()
        self.description.setText(method_description(method))
        is_dots = method == RoundMethod.DOTS
        self.dots.setVisible(is_dots)
        self.dots_label.setVisible(is_dots)
        if not self.name.text() or self.name.text() == self._auto_name:
            base = method_label(method)
            n = 1
            name = base
            while name in self._existing:
                n += 1
                name = f"{base} {n}"
            self._auto_name = name
            self.name.setText(name)

    def chosen_method(self) -> RoundMethod:
        return RoundMethod(self.method.currentData())

