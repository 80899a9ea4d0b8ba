"""Criteria scoring: an idea's scores from 1 to 5 on each of the project's criteria, typed
with the digit keys, by a participant or a table group."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ..errors import error_text
from ..labels import one_line
from .common import (
    PROBLEM_STYLE,
    CodeField,
    EntryContext,
    IdeaPicker,
    MessageLine,
    Saver,
    mark_problem,
    unknown_code_text,
)


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
        self.code.textEdited.connect(lambda _t: mark_problem(self.code, False))
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
                mark_problem(self.code, True)
                self.code.setFocus()
                self.message.error(self.tr("Type the participant code, or choose Table "
                                           "group."))
                return False
            participant_id = self.ctx.codes.get(code)
            if participant_id is None:
                mark_problem(self.code, True)
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
