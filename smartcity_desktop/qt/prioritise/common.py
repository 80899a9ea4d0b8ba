"""What the vote entry panels share: the :class:`Saver` they write through, the round they
enter votes for (:class:`EntryContext`), the message line, the idea picker, the participant
code field and how problems are marked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..idea_form import code_completer
from ..labels import one_line
from ..search_box import search_box

ERROR_STYLE = "color: #b00020; font-weight: 600;"
SAVED_STYLE = "color: #1b7f3b; font-weight: 600;"
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_DOTS = Qt.ItemDataRole.UserRole + 1


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
        no_sideways(self.list)
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


def section_heading(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600;")
    return label


def mark_problem(widget: QWidget, problem: bool) -> None:
    widget.setProperty("problem", problem)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def no_sideways(view) -> None:
    """Long idea texts are cut with "…" (the full text is in the tooltip) instead of making
    the list scroll sideways."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if hasattr(view, "setResizeMode"):
        view.setResizeMode(QListView.ResizeMode.Adjust)


PROBLEM_STYLE = '*[problem="true"] { border: 2px solid #b00020; border-radius: 3px; }'
