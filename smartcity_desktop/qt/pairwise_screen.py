"""The pairwise screen: two ideas side by side, large, and three answers — the left one, the
right one, or "can't decide" (keys ←, →, ↓). After each answer the next pair is asked for.

The screen knows nothing about the database: ``next_pair(session)`` gives the next two idea
ids (or None), ``record(a, b, outcome, session)`` saves an answer and returns True when it was
saved. The Rounds view supplies both (through the service and the undo stack)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import PairOutcome

CARD_STYLE = ("QLabel#pairCard { background: palette(base); border: 2px solid #9aa5ad;"
              " border-radius: 12px; padding: 18px; }")
FLASH_STYLE = ("QLabel#pairCard { background: #e3f4e6; border: 3px solid #2e7d32;"
               " border-radius: 12px; padding: 17px; }")


def new_session_name(who: str = "") -> str:
    """A name for one sitting at the screen: the time, a short random part, and who sits."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    name = f"{stamp} {secrets.token_hex(2)}"
    return f"{name} {who}".strip()[:64]


class PairwiseScreen(QWidget):
    """``answered(outcome)`` after each saved answer; ``finished()`` when no pair is left."""

    answered = Signal(str)
    finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._next_pair: Callable[[str], tuple[str, str] | None] | None = None
        self._record: Callable[[str, str, PairOutcome, str], bool] | None = None
        self._texts: dict[str, str] = {}
        self.pair: tuple[str, str] | None = None
        self.session = ""
        self.count = 0
        self._key: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Pairwise comparison"))
        self.setAccessibleDescription(self.tr(
            "Which of the two ideas matters more? Left arrow: the left idea. Right arrow: the "
            "right idea. Down arrow: can't decide."))
        self._build()

    def _build(self) -> None:
        self.question = QLabel(self.tr("Which of these two matters more to you?"), self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.question.setFont(font)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)

        card_font = QFont(self.font())
        card_font.setPointSizeF(card_font.pointSizeF() * 1.6)
        self.left_card = self._card(card_font, self.tr("Left idea"))
        self.right_card = self._card(card_font, self.tr("Right idea"))
        self.or_label = QLabel(self.tr("or"), self)
        self.or_label.setStyleSheet("color: palette(placeholder-text); font-size: 14pt;")
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self.left_card, 1)
        cards.addWidget(self.or_label)
        cards.addWidget(self.right_card, 1)

        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.2)
        button_font.setBold(True)
        self.left_button = self._button(self.tr("← Left"), self.tr("Left"),
                                        self.tr("The left idea matters more (Left arrow)"),
                                        button_font, PairOutcome.A)
        self.cant_button = self._button(self.tr("↓ Can't decide"), self.tr("Can't decide"),
                                        self.tr("Both matter as much, or I can't tell "
                                                "(Down arrow)"), button_font,
                                        PairOutcome.CANT_DECIDE)
        self.right_button = self._button(self.tr("Right →"), self.tr("Right"),
                                         self.tr("The right idea matters more (Right arrow)"),
                                         button_font, PairOutcome.B)
        buttons = QHBoxLayout()
        buttons.addWidget(self.left_button, 1)
        buttons.addWidget(self.cant_button, 1)
        buttons.addWidget(self.right_button, 1)

        self.progress = QLabel(self)
        self.progress.setAccessibleName(self.tr("Comparisons in this session"))
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setStyleSheet("color: palette(placeholder-text);")
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Participant code (optional)"))
        self.who.setAccessibleName(self.tr("Participant code for this session (optional)"))
        self.who.setMaximumWidth(220)
        self.who.setMaxLength(16)
        self.new_session_button = QPushButton(self.tr("New session"), self)
        self.new_session_button.setAccessibleName(self.tr("Start a new session"))
        self.new_session_button.setToolTip(self.tr("The next person sits down: start counting "
                                                   "again"))
        self.new_session_button.clicked.connect(lambda: self.start_session())
        self.session_label = QLabel(self)
        self.session_label.setStyleSheet("color: palette(placeholder-text);")
        self.session_label.setAccessibleName(self.tr("Session"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.who)
        bottom.addWidget(self.new_session_button)
        bottom.addWidget(self.session_label, 1)
        bottom.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(cards, 1)
        layout.addLayout(buttons)
        layout.addLayout(bottom)
        self.who.returnPressed.connect(self.setFocus)

    def _card(self, font: QFont, name: str) -> QLabel:
        card = QLabel(self)
        card.setObjectName("pairCard")
        card.setFont(font)
        card.setWordWrap(True)
        card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.setStyleSheet(CARD_STYLE)
        card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        card.setMinimumHeight(140)
        card.setAccessibleName(name)
        card.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return card

    def _button(self, text: str, name: str, tip: str, font: QFont,
                outcome: PairOutcome) -> QPushButton:
        button = QPushButton(text, self)
        button.setFont(font)
        button.setMinimumHeight(44)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.clicked.connect(lambda: self.answer(outcome))
        button.installEventFilter(self)  # the arrow keys answer on the buttons too
        return button

    # ---------------------------------------------------------------- content
    def configure(self, texts: dict[str, str],
                  next_pair: Callable[[str], tuple[str, str] | None],
                  record: Callable[[str, str, PairOutcome, str], bool],
                  key: str | None = None) -> None:
        """Show the round ``key``. The same key again (e.g. after an undo) keeps the session
        going and only refreshes the texts."""
        self._texts = dict(texts)
        self._next_pair = next_pair
        self._record = record
        if key is not None and key == self._key and self.session:
            if self.pair is not None and all(i in self._texts for i in self.pair):
                self.left_card.setText(self._texts[self.pair[0]])
                self.right_card.setText(self._texts[self.pair[1]])
            else:
                self.show_next()
            return
        self._key = key
        self.start_session()

    def participant_code(self) -> str:
        return self.who.text().strip().upper()

    def start_session(self, name: str | None = None) -> None:
        self.session = name or new_session_name(self.participant_code())
        self.count = 0
        self.session_label.setText(self.tr("Session: %s") % self.session)
        self._update_progress()
        self.show_next()

    def show_next(self) -> None:
        pair = self._next_pair(self.session) if self._next_pair else None
        self.pair = pair
        enabled = pair is not None
        for button in (self.left_button, self.right_button, self.cant_button):
            button.setEnabled(enabled)
        self.left_card.setStyleSheet(CARD_STYLE)
        self.right_card.setStyleSheet(CARD_STYLE)
        if pair is None:
            self.left_card.setText("")
            self.right_card.setText("")
            self.question.setText(self.tr("No more pairs to compare. Thank you!"))
            self.finished.emit()
            return
        self.question.setText(self.tr("Which of these two matters more to you?"))
        a, b = pair
        self.left_card.setText(self._texts.get(a, a))
        self.right_card.setText(self._texts.get(b, b))
        self.left_card.setAccessibleDescription(self.left_card.text())
        self.right_card.setAccessibleDescription(self.right_card.text())

    def answer(self, outcome: PairOutcome) -> bool:
        if self.pair is None or self._record is None:
            return False
        a, b = self.pair
        if not self._record(a, b, PairOutcome(outcome), self.session):
            return False
        self.count += 1
        self._update_progress()
        self.answered.emit(PairOutcome(outcome).value)
        self.show_next()
        return True

    def _update_progress(self) -> None:
        self.progress.setText(self.tr("%n comparison(s) in this session", "", self.count))

    # ---------------------------------------------------------------- keys
    _KEYS = {Qt.Key.Key_Left: PairOutcome.A, Qt.Key.Key_Right: PairOutcome.B,
             Qt.Key.Key_Down: PairOutcome.CANT_DECIDE}

    def keyPressEvent(self, event) -> None:  # noqa: N802
        outcome = self._KEYS.get(event.key())
        if outcome is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if not event.isAutoRepeat():  # holding a key down must not cast a row of votes
                self.answer(outcome)
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in self._KEYS:
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)
