"""The paper card as a form: its fields in the order of the printed card, the need-or-idea
tick, the side panel, and the checks shown while a field is typed (participant code, text
length, SDG numbers, theme). Saving the card is in :mod:`.card_entry`."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....core import rules
from ....core.enums import IdeaKind
from ....core.errors import SmartCityError, ValidationError
from ....core.sdgs import SDG_BY_NUMBER
from ....services.ideas import intake
from ....services.ideas import volunteer_entry as ve
from ... import labels
from ...errors import error_text
from ...icons import icon
from .common import ERROR_COLOUR, OK_COLOUR

_PARTIAL_CODE = re.compile(r"^[A-Z0-9]{0,8}(\s*[-‐‑–—]\s*\d{0,5})?$")


def _still_typing(text: str) -> bool:
    """A code on its way to the printed form (W1-007): no error shown yet."""
    match = _PARTIAL_CODE.match(text)
    return bool(match) and len(re.sub(r"\D", "", match.group(1) or "")) < 3


def _sdg_chips(numbers) -> str:
    parts = []
    for number in numbers:
        sdg = SDG_BY_NUMBER[number]
        parts.append(f"<span style='background:{sdg.colour}; color:white; font-weight:600'>"
                     f"&nbsp;{number}&nbsp;</span>&nbsp;{html.escape(labels.sdg_title(number))}")
    return " &nbsp; ".join(parts)


# --------------------------------------------------------------------------- small widgets
class KindField(QFrame):
    """The need-or-idea tick: one focus stop; N ticks "need", I ticks "idea", Delete clears.
    The radio buttons can be clicked but take no focus, so Tab goes straight on."""

    changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kindField")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Need or idea"))
        self.setStyleSheet("#kindField { border: 1px solid transparent; border-radius: 4px; }"
                           "#kindField:focus { border: 2px solid palette(highlight); }")
        # Keys a translator may change; N and I always work too.
        self.need_key = self.tr("N", "key that ticks 'need'")
        self.idea_key = self.tr("I", "key that ticks 'idea'")
        self.need = QRadioButton(self.tr("Need or problem  (%s)") % self.need_key, self)
        self.idea = QRadioButton(self.tr("Idea or solution  (%s)") % self.idea_key, self)
        self.group = QButtonGroup(self)
        for button, value in ((self.need, IdeaKind.NEED.value), (self.idea, IdeaKind.IDEA.value)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("kind", value)
            self.group.addButton(button)
        self.group.buttonClicked.connect(lambda _b: self._announce())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.need)
        layout.addSpacing(16)
        layout.addWidget(self.idea)
        layout.addStretch(1)
        self._announce()

    def value(self) -> str:
        button = self.group.checkedButton()
        return button.property("kind") if button is not None else ""

    def set_value(self, value: str) -> None:
        self.group.setExclusive(False)
        self.need.setChecked(value == IdeaKind.NEED.value)
        self.idea.setChecked(value == IdeaKind.IDEA.value)
        self.group.setExclusive(True)
        self._announce()

    def _announce(self) -> None:
        value = self.value()
        self.setAccessibleDescription(labels.idea_kind(value) if value else
                                      self.tr("Not ticked. Press %1 for need, %2 for idea.")
                                      .replace("%1", self.need_key).replace("%2", self.idea_key))
        self.changed.emit(value)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, text = event.key(), event.text().upper()
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier |
                                 Qt.KeyboardModifier.KeypadModifier):
            super().keyPressEvent(event)
        elif text in ("N", self.need_key.upper()):
            self.set_value(IdeaKind.NEED.value)
        elif text in ("I", self.idea_key.upper()):
            self.set_value(IdeaKind.IDEA.value)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.set_value(IdeaKind.NEED.value)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.set_value(IdeaKind.IDEA.value)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value("")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
        else:
            super().keyPressEvent(event)



class VolunteerCardForm:
    """Builds the card form of :class:`.view.VolunteerEntryView` and checks its fields as they
    are typed, a mixin. Its strings are translated under this class's name: lupdate files them
    so, and ``self.tr`` looks along the MRO and finds them."""

    def _field_label(self, number: int, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{number}</b>&nbsp; {text}", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 5, 0, 0)
        return label

    def _build_entry_page(self) -> QWidget:
        page = QWidget(self)
        self.card = QFrame(page)
        self.card.setObjectName("paperCard")
        self.card.setStyleSheet("#paperCard { background: palette(base); border: 1px solid "
                                "#b9c3ca; border-radius: 8px; }")
        self.counter_label = QLabel(self.card)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.counter_label.setFont(font)
        self.counter_label.setAccessibleName(self.tr("Card number"))
        self.counter_label.setWordWrap(True)

        self.code_edit = QLineEdit(self.card)
        self.code_edit.setAccessibleName(self.tr("Participant code"))
        self.code_edit.setMaxLength(24)
        self.code_edit.setFixedWidth(170)
        self.code_message = self._message_label(self.tr("Participant code check"))
        self.kind_field = KindField(self.card)
        self.text_edit = QPlainTextEdit(self.card)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Text of the card"))
        self.text_edit.setPlaceholderText(self.tr("Type the text as written. Enter starts a new "
                                                  "line; Tab goes on."))
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text_edit.setMinimumHeight(110)
        self.text_message = self._message_label(self.tr("Text check"))
        self.sdg_edit = QLineEdit(self.card)
        self.sdg_edit.setAccessibleName(self.tr("SDGs ticked"))
        self.sdg_edit.setPlaceholderText(self.tr("e.g. 11 13"))
        self.sdg_edit.setToolTip(self.tr("The numbers of the SDG boxes ticked on the card, "
                                         "with spaces between them"))
        self.sdg_edit.setFixedWidth(170)
        self.sdg_message = self._message_label(self.tr("SDGs check"))
        self.theme_combo = QComboBox(self.card)
        self.theme_combo.setEditable(True)
        self.theme_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.lineEdit().setAccessibleName(self.tr("Theme"))
        self.theme_combo.lineEdit().setPlaceholderText(self.tr("Optional"))
        self.theme_combo.setMinimumContentsLength(24)
        self.theme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.theme_combo.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.theme_message = self._message_label(self.tr("Theme check"))

        self.error_label = QLabel(self.card)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
        self.error_label.setAccessibleName(self.tr("Problem with the card"))
        self.save_action = QAction(icon("add"), self.tr("&Save card"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_card)
        page.addAction(self.save_action)
        self.save_button = QPushButton(icon("add"), self.tr("Save card  (Ctrl+Enter)"), self.card)
        self.save_button.setAccessibleName(self.tr("Save card"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab cycles the card's fields
        self.save_button.clicked.connect(self.save_card)
        self.clear_button = QPushButton(self.tr("Clear"), self.card)
        self.clear_button.setAccessibleName(self.tr("Clear the form"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear_form)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        rows = ((self.tr("Participant code"), self.code_edit, self.code_message),
                (self.tr("Need or idea"), self.kind_field, None),
                (self.tr("Text"), self.text_edit, self.text_message),
                (self.tr("SDGs"), self.sdg_edit, self.sdg_message),
                (self.tr("Theme"), self.theme_combo, self.theme_message))
        self._field_widgets = {}
        r = 0
        for n, ((text, widget, message), name) in enumerate(zip(rows, ve.FIELDS), 1):
            grid.addWidget(self._field_label(n, text, widget), r, 0)
            if widget in (self.code_edit, self.sdg_edit, self.theme_combo):
                row = QHBoxLayout()
                row.setSpacing(10)
                row.addWidget(widget)
                row.addWidget(message, 1)
                grid.addLayout(row, r, 1)
            else:
                grid.addWidget(widget, r, 1)
                grid.setRowStretch(r, 1 if widget is self.text_edit else 0)
                if message is not None:
                    r += 1
                    grid.addWidget(message, r, 1)
            self._field_widgets[name] = widget
            r += 1
        self._messages = {"participant_code": self.code_message, "text": self.text_message,
                          "sdgs": self.sdg_message, "theme": self.theme_message}
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        card_layout.addWidget(self.counter_label)
        card_layout.addSpacing(6)
        card_layout.addLayout(grid, 1)
        card_layout.addSpacing(6)
        card_layout.addLayout(buttons)
        # The paper card's order is the tab order.
        QWidget.setTabOrder(self.code_edit, self.kind_field)
        QWidget.setTabOrder(self.kind_field, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.sdg_edit)
        QWidget.setTabOrder(self.sdg_edit, self.theme_combo)

        self.entry_stats = self._message_label(self.tr("Entry speed"))
        self.entry_stats.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.last_saved = self._message_label(self.tr("Last card saved"))
        side = QFrame(page)
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side.setMinimumWidth(230)
        side.setMaximumWidth(320)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.last_saved)
        self.undo_button = QPushButton(icon("undo"), self.tr("&Undo last card"), side)
        self.undo_button.setAccessibleName(self.tr("Undo the last card saved"))
        self.undo_button.setToolTip(self.tr("Take back the card saved last (also Edit ▸ Undo)"))
        self.undo_button.clicked.connect(self.undo_last_card)
        side_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.entry_stats)
        side_layout.addStretch(1)
        keys = QLabel(self.tr("<b>Keys</b><br>Tab / Shift+Tab: next / previous field<br>"
                              "N / I: need or idea<br>Ctrl+Enter: save the card<br>"
                              "Enter on the theme: save the card<br>"
                              "Alt+U: undo the last card saved"),
                      side)
        keys.setWordWrap(True)
        keys.setStyleSheet("color: palette(placeholder-text);")
        side_layout.addWidget(keys)

        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.card, 1)
        layout.addWidget(side)
        return page

    # ------------------------------------------------------------------ checking as you type
    def _mark(self, name: str, error: str | None, note: str = "") -> None:
        widget = self._field_widgets.get(name)
        if widget is not None:
            widget.setProperty("invalid", bool(error))
            target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            target.setStyleSheet(f"border: 2px solid {ERROR_COLOUR}; border-radius: 3px;"
                                 if error else "")
            target.setAccessibleDescription(error or note)
        message = self._messages.get(name)
        if message is not None:
            if error:
                message.setText(f"<span style='color:{ERROR_COLOUR}'>"
                                f"{html.escape(error)}</span>")
            else:
                message.setText(note)

    def _check_code(self, text: str) -> None:
        typed = text.strip().upper()
        if not typed or not self._workshop_id:
            self._mark("participant_code", None, html.escape(self.tr("Blank if the card has "
                                                                     "no code.")))
            return
        try:
            code, _pid = ve.check_participant_code(self._db, self._workshop_id, text)
        except ValidationError as exc:
            if _still_typing(typed):
                hint = self.tr("Format: %s-007") % (self._workshop_code or "W1")
                self._mark("participant_code", None,
                           f"<span style='color:gray'>{html.escape(hint)}</span>")
            else:
                self._mark("participant_code", self.code_error(exc))
            return
        except SmartCityError as exc:
            self._mark("participant_code", error_text(exc))
            return
        self._mark("participant_code", None, f"<span style='color:{OK_COLOUR}'>✓ "
                   f"{html.escape(self.tr('Participant %s') % code)}</span>")

    def code_error(self, exc: ValidationError) -> str:
        """The translated message for a participant code problem."""
        code = exc.details.get("code", "")
        reason = exc.reason
        if reason == intake.OTHER_WORKSHOP:
            return self.tr("%1 belongs to workshop %2").replace("%1", code) \
                .replace("%2", exc.details["workshop"])
        if reason == intake.PARTICIPANT_NOT_FOUND:
            return self.tr("No participant %s") % code
        if reason == intake.UNKNOWN_WORKSHOP:
            return self.tr("%1 is not a code of workshop %2").replace("%1", code) \
                .replace("%2", self._workshop_code)
        return self.tr("Not a participant code. Format: %s-007") % (self._workshop_code or "W1")

    def _check_text(self) -> None:
        length = len(rules.clean_text(self.text_edit.toPlainText()))
        if length > rules.MAX_IDEA_TEXT:
            self._mark("text", self.tr("%1 characters; the limit is %2.")
                       .replace("%1", str(length)).replace("%2", str(rules.MAX_IDEA_TEXT)))
        elif length > rules.MAX_IDEA_TEXT - 500:
            self._mark("text", None, html.escape(self.tr("%1 of %2 characters")
                                                 .replace("%1", str(length))
                                                 .replace("%2", str(rules.MAX_IDEA_TEXT))))
        else:
            self._mark("text", None)

    def sdg_error(self, exc: ValidationError) -> str:
        numbers = exc.details.get("numbers")
        if numbers:
            return self.tr("SDG %s does not exist; they are numbered 1 to 17.") % \
                ", ".join(map(str, numbers))
        return self.tr("“%s” is not a number from 1 to 17.") % exc.details.get("value", "")

    def _check_sdgs(self, text: str) -> None:
        try:
            numbers = intake.parse_sdgs(text)
        except ValidationError as exc:
            self._mark("sdgs", self.sdg_error(exc))
            return
        self._mark("sdgs", None, _sdg_chips(numbers))

    def _check_theme(self, text: str) -> None:
        name = rules.clean_text(text)
        if len(name) > rules.MAX_NAME:
            self._mark("theme", self.tr("The theme is too long (%1 characters; the limit is "
                                        "%2).").replace("%1", str(len(name)))
                       .replace("%2", str(rules.MAX_NAME)))
        elif name and self.theme_combo.findText(name, Qt.MatchFlag.MatchFixedString) < 0:
            self._mark("theme", None, f"<span style='color:gray'>"
                       f"{html.escape(self.tr('New theme'))}</span>")
        else:
            self._mark("theme", None)
