"""Volunteer entry of paper idea cards: a form that follows the printed card field by field,
checks each field as it is typed, and saves with Ctrl+Enter (or Enter on the last field).

A volunteer types their name once (kept in QSettings), picks or creates a batch (a stack of
cards) and, for a double-entry batch, the pass they type. The second pass is typed blind:
nothing on the pass-2 screen comes from pass 1. "Compare and resolve" lists where the two
passes differ, field by field; the coordinator picks a value or types a corrected one, and
"Resolve" turns the cards into ideas. Every save goes through the undo stack.
"""

from __future__ import annotations

import difflib
import html
import re

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import rules
from ...core.enums import EntryBatchStatus, IdeaKind
from ...core.errors import SmartCityError, ValidationError
from ...core.sdgs import SDG_BY_NUMBER
from ...services.ideas import card_compare as vc
from ...services.ideas import intake
from ...services.ideas import volunteer_entry as ve
from ...services.ideas.card_compare import Comparison
from ...services.ideas.volunteer_entry import BatchInfo, CardFields
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels, settings
from ..errors import error_text
from ..icons import icon
from ..tasks import Task
from ..ui.ui_entry_batch_dialog import Ui_EntryBatchDialog
from ..undo import ChangeBus, push

ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1b6e3a"
MODE_PASS_1, MODE_PASS_2, MODE_COMPARE = 1, 2, 0
BACKGROUND_FROM = 20  # resolving this many cards or more runs in a worker thread
_PARTIAL_CODE = re.compile(r"^[A-Z0-9]{0,8}(\s*[-‐‑–—]\s*\d{0,5})?$")

ROLE_KEY = Qt.ItemDataRole.UserRole        # (position, field) on the card column
ROLE_VALUE = Qt.ItemDataRole.UserRole + 1  # the raw value (None: not typed / not chosen)


def field_names() -> dict[str, str]:
    return {"participant_code": QCoreApplication.translate("VolunteerEntry", "Participant code"),
            "kind": QCoreApplication.translate("VolunteerEntry", "Need or idea"),
            "text": QCoreApplication.translate("VolunteerEntry", "Text"),
            "sdgs": QCoreApplication.translate("VolunteerEntry", "SDGs"),
            "theme": QCoreApplication.translate("VolunteerEntry", "Theme")}


def show_value(name: str, value: str | None) -> str:
    """A card value as people read it (codes to words, SDGs with spaces)."""
    if value is None:
        return QCoreApplication.translate("VolunteerEntry", "(not typed)")
    if name == "kind":
        return labels.idea_kind(value) if value else \
            QCoreApplication.translate("VolunteerEntry", "(no tick)")
    if name == "sdgs":
        return " ".join(value.split(",")) if value else \
            QCoreApplication.translate("VolunteerEntry", "(none)")
    return value if value else QCoreApplication.translate("VolunteerEntry", "(blank)")


def read_value(name: str, typed: str) -> str:
    """A value typed into the Chosen column, back to the card's raw form."""
    text = typed.strip()
    if name == "kind":
        folded = text.casefold()
        for kind in IdeaKind:
            word = labels.idea_kind(kind).casefold()
            if folded in (kind.value, word) or (folded and (kind.value.startswith(folded)
                                                            or word.startswith(folded))):
                return kind.value
        return "" if not folded or folded in ("-", "—") else text
    return text


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


class NewBatchDialog(QDialog):
    """Name a new stack of cards and choose single or double entry (form from .ui)."""

    def __init__(self, db: Database, workshop_id: str, created_by: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryBatchDialog()
        self.ui.setupUi(self)
        self._db = db
        self._workshop_id = workshop_id
        self._created_by = created_by
        self.batch: BatchInfo | None = None
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.ui.labelEdit.setFocus()

    def _on_accept(self) -> None:
        # Not on the undo stack: services.commands.NotUndoable.SETUP says why.
        try:
            self.batch = ve.create_batch(self._db, self._workshop_id, self.ui.labelEdit.text(),
                                         self.ui.doubleCheck.isChecked(), self._created_by)
        except SmartCityError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.labelEdit.setFocus()
            return
        self.accept()


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


# --------------------------------------------------------------------------- the view
class VolunteerEntryView(QWidget):
    """Paper idea cards of one workshop, typed in by volunteers."""

    status_message = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None,
                 qsettings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._stack = undo_stack
        self._bus = bus
        self._settings = qsettings if qsettings is not None else QSettings()
        self._project_id: str | None = None
        self._workshop_id: str | None = None
        self._workshop_code = ""
        self._batches: list[BatchInfo] = []
        self.comparison: Comparison | None = None
        self.worker: Task | None = None
        self._running = None
        self._build()
        self._connect_signals()
        self.name_edit.setText(settings.ENTERED_BY.get(self._settings))
        self._update_state()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.name_label = QLabel(self.tr("Your &name:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Type it once; it is remembered"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(rules.MAX_NAME)
        self.name_edit.setMinimumWidth(140)
        self.name_label.setBuddy(self.name_edit)
        self.batch_label = QLabel(self.tr("&Batch:"), self)
        self.batch_combo = QComboBox(self)
        self.batch_combo.setAccessibleName(self.tr("Batch of cards"))
        self.batch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_combo.setMinimumContentsLength(16)
        self.batch_label.setBuddy(self.batch_combo)
        self.new_batch_button = QPushButton(icon("add"), self.tr("Ne&w batch…"), self)
        self.new_batch_button.setAccessibleName(self.tr("New batch"))
        self.new_batch_button.setToolTip(self.tr("Start a new stack of paper cards"))

        self.pass1_radio = QRadioButton(self.tr("Pass &1"), self)
        self.pass1_radio.setToolTip(self.tr("The first volunteer types the stack"))
        self.pass2_radio = QRadioButton(self.tr("Pass &2 (blind check)"), self)
        self.pass2_radio.setToolTip(self.tr("A second volunteer types the same stack again, "
                                            "without seeing pass 1"))
        self.compare_radio = QRadioButton(self.tr("&Compare and resolve"), self)
        self.compare_radio.setToolTip(self.tr("Show where the two passes differ and decide"))
        self.mode_group = QButtonGroup(self)
        for radio, mode, name in ((self.pass1_radio, MODE_PASS_1, self.tr("Pass 1")),
                                  (self.pass2_radio, MODE_PASS_2, self.tr("Pass 2")),
                                  (self.compare_radio, MODE_COMPARE,
                                   self.tr("Compare and resolve"))):
            radio.setAccessibleName(name)
            self.mode_group.addButton(radio, mode)
        self.pass1_radio.setChecked(True)
        self.mode_box = QWidget(self)
        mode_layout = QHBoxLayout(self.mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.setSpacing(18)
        for radio in (self.pass1_radio, self.pass2_radio, self.compare_radio):
            mode_layout.addWidget(radio)
        self.single_note = QLabel(self.tr("Single entry: each card becomes an idea when "
                                          "saved."), self)
        self.single_note.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.name_edit)
        top.addSpacing(12)
        top.addWidget(self.batch_label)
        top.addWidget(self.batch_combo, 1)
        top.addWidget(self.new_batch_button)
        modes = QHBoxLayout()
        modes.addWidget(self.mode_box)
        modes.addWidget(self.single_note)
        modes.addStretch(1)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("padding: 6px; background: palette(alternate-base); "
                                "border-radius: 4px;")
        self.hint.setAccessibleName(self.tr("What to do next"))

        self.pages = QStackedWidget(self)
        self.entry_page = self._build_entry_page()
        self.compare_page = self._build_compare_page()
        self.pages.addWidget(self.entry_page)
        self.pages.addWidget(self.compare_page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(modes)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages, 1)

    def _field_label(self, number: int, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{number}</b>&nbsp; {text}", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 5, 0, 0)
        return label

    def _message_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
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

    def _connect_signals(self) -> None:
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.batch_combo.currentIndexChanged.connect(lambda _i: self._on_batch_changed())
        self.mode_group.idToggled.connect(self._on_mode_toggled)
        self.new_batch_button.clicked.connect(self.new_batch)
        self.code_edit.textChanged.connect(self._check_code)
        self.code_edit.returnPressed.connect(self.kind_field.setFocus)
        self.text_edit.textChanged.connect(self._check_text)
        self.sdg_edit.textChanged.connect(self._check_sdgs)
        self.sdg_edit.returnPressed.connect(self.theme_combo.setFocus)
        self.theme_combo.currentTextChanged.connect(self._check_theme)
        self.theme_combo.installEventFilter(self)
        self.theme_combo.lineEdit().installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self._bus.participants_changed.connect(self._on_participants_changed)
        self._bus.structure_changed.connect(self._load_themes)
        if hasattr(self._stack, "indexChanged"):
            self._stack.indexChanged.connect(self._on_stack_changed)
        # Enter in the theme's suggestion list takes the first suggestion, not the bare prefix
        # (which would make a new theme by accident).
        self.theme_combo.completer().popup().installEventFilter(self)

    def _on_participants_changed(self) -> None:
        self._check_code(self.code_edit.text())

    def _on_stack_changed(self, _index: int) -> None:
        if shiboken6.isValid(self._stack) and shiboken6.isValid(self):  # not while closing
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.text() in ("1", "2") and not event.modifiers() & ~(
                    Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier) \
                and self.table.state() != QAbstractItemView.State.EditingState:
            self.choose_selected(int(event.text()))
            return True
        completer = self.theme_combo.completer()
        if watched is completer.popup() and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not watched.currentIndex().isValid() and completer.completionCount():
            # Enter with no suggestion highlighted takes the first one, as people expect.
            completer.setCurrentRow(0)
            self.theme_combo.setEditText(completer.currentCompletion())
            watched.hide()
            return True
        # Enter on the last field (the theme) saves the card, unless it picks a completion.
        if watched in (self.theme_combo, self.theme_combo.lineEdit()) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            popup = self.theme_combo.completer().popup()
            if popup is None or not popup.isVisible():
                self.save_card()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ scope and state
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        self._workshop_code = ""
        if workshop_id:
            try:
                self._workshop_code = projects.get_workshop(self._db, workshop_id).code
            except SmartCityError:
                self._workshop_id = None
        self.code_edit.setPlaceholderText(self.tr("e.g. %s-007") % (self._workshop_code or "W1"))
        self._load_themes()
        self._load_batches()
        self.clear_form()

    def volunteer(self) -> str:
        return self.name_edit.text().strip()

    def batch(self) -> BatchInfo | None:
        batch_id = self.batch_combo.currentData()
        return next((b for b in self._batches if b.id == batch_id), None)

    def mode(self) -> int:
        batch = self.batch()
        if batch is not None and not batch.double_entry:
            return MODE_PASS_1
        return self.mode_group.checkedId()

    def pass_no(self) -> int | None:
        mode = self.mode()
        return mode if mode in (MODE_PASS_1, MODE_PASS_2) else None

    def _load_themes(self) -> None:
        text = self.theme_combo.currentText()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem("")
        if self._project_id:
            for theme in projects.list_themes(self._db, self._project_id):
                self.theme_combo.addItem(theme.name)
        self.theme_combo.setEditText(text)
        self.theme_combo.blockSignals(False)

    def _batch_text(self, batch: BatchInfo) -> str:
        kind = self.tr("double entry") if batch.double_entry else self.tr("single entry")
        status = {EntryBatchStatus.VERIFIED.value: self.tr("verified"),
                  EntryBatchStatus.CLOSED.value: self.tr("closed")}.get(batch.status)
        return f"{batch.label} — {kind}" + (f", {status}" if status else "")

    def _load_batches(self, select_id: str | None = None) -> None:
        select_id = select_id or self.batch_combo.currentData()
        self._batches = ve.list_batches(self._db, self._workshop_id) if self._workshop_id else []
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for batch in self._batches:
            self.batch_combo.addItem(self._batch_text(batch), batch.id)
        index = self.batch_combo.findData(select_id) if select_id else -1
        if index < 0:
            index = self.batch_combo.count() - 1  # the newest batch
        self.batch_combo.setCurrentIndex(index)
        self.batch_combo.blockSignals(False)
        self._on_batch_changed()

    def _on_name_changed(self, text: str) -> None:
        settings.ENTERED_BY.set(self._settings, text.strip())
        self._update_state()

    def _on_batch_changed(self) -> None:
        self._update_state()
        self.refresh()

    def _on_mode_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self.clear_form()
            self._update_state()
            self.refresh()
            if self.pass_no() is not None and self.code_edit.isEnabled():
                self.code_edit.setFocus()

    def _update_state(self) -> None:
        batch = self.batch()
        has_workshop = self._workshop_id is not None
        for widget in (self.batch_combo, self.new_batch_button):
            widget.setEnabled(has_workshop)
        self.mode_box.setVisible(batch is None or batch.double_entry)
        self.mode_box.setEnabled(batch is not None)
        self.single_note.setVisible(batch is not None and not batch.double_entry)
        comparing = self.mode() == MODE_COMPARE
        self.pages.setCurrentWidget(self.compare_page if comparing else self.entry_page)
        if not comparing:
            self._clear_comparison()  # the pass-2 screen never holds pass-1 values
        closed = batch is not None and batch.status == EntryBatchStatus.CLOSED.value
        can_type = bool(has_workshop and batch is not None and self.volunteer() and not closed
                        and not comparing)
        self.card.setEnabled(can_type)
        self.save_action.setEnabled(can_type)
        if not has_workshop:
            hint = self.tr("Choose a workshop in the list on the left: paper cards are typed in "
                           "per workshop.")
        elif not self.volunteer():
            hint = self.tr("Type your name first, so that the cards you enter are counted for "
                           "you.")
        elif batch is None:
            hint = self.tr("Start a batch for the stack of cards in front of you: "
                           "New batch… (Alt+W).")
        elif closed:
            hint = self.tr("This batch is closed. Start a new batch for more cards.")
        elif comparing:
            hint = self.tr("Pick the right value for each difference (keys 1 and 2, or type "
                           "it in the Chosen column), then Resolve (Ctrl+Enter). Cards both "
                           "passes agree on can be accepted all at once.")
        elif self.pass_no() == MODE_PASS_2:
            hint = self.tr("Pass 2: type the same stack again from the first card, exactly as "
                           "written. You do not see pass 1; the passes are compared afterwards.")
        else:
            hint = self.tr("Type each card as written, field by field in the order of the card. "
                           "Ctrl+Enter saves it and starts the next card.")
        self.hint.setText(hint)

    def refresh(self) -> None:
        """Counters, figures and (in compare mode) the differences, from the database."""
        batch_id = self.batch_combo.currentData()
        if batch_id:
            try:
                fresh = ve.get_batch(self._db, batch_id)
            except SmartCityError:
                self._load_batches()
                return
            self._batches = [fresh if b.id == fresh.id else b for b in self._batches]
            index = self.batch_combo.currentIndex()
            self.batch_combo.setItemText(index, self._batch_text(fresh))
        self._update_counter()
        self._update_stats()
        self.undo_button.setEnabled(self._last_card_command() is not None)
        if self.mode() == MODE_COMPARE and self.batch() is not None:
            self.load_comparison()

    def _update_counter(self) -> None:
        batch, pass_no = self.batch(), self.pass_no()
        if batch is None or pass_no is None:
            self.counter_label.setText(self.tr("No batch chosen"))
            return
        number = ve.next_position(self._db, batch.id, pass_no)
        text = self.tr("Card %1 in batch “%2”").replace("%1", str(number)) \
            .replace("%2", batch.label)
        if batch.double_entry:
            text += " · " + self.tr("pass %s") % pass_no
        self.counter_label.setText(text)
        self.counter_label.setAccessibleDescription(text)

    def _rate_lines(self, figures: vc.EntryStats) -> list[str]:
        lines = []
        for rate in figures.volunteers:
            speed = self.tr("%s cards/hour") % f"{rate.per_hour:.0f}" if rate.per_hour \
                else self.tr("rate after the next card")
            lines.append(f"{html.escape(rate.volunteer)}: <b>{rate.cards}</b> · {speed}")
        return lines

    def _update_stats(self) -> None:
        batch = self.batch()
        if batch is None:
            self.entry_stats.setText("")
            self.compare_stats.setText("")
            return
        figures = vc.stats(self._db, batch_id=batch.id)
        lines = self._rate_lines(figures)
        speed = f"<b>{html.escape(self.tr('Cards typed and forms per hour'))}</b><br>" + \
            ("<br>".join(lines) if lines else html.escape(self.tr("No cards yet.")))
        self.entry_stats.setText(speed)
        if figures.cards_compared:
            rate = self.tr("<b>Discrepancy rate</b><br>%1 of %2 cards differ (%3)<br>"
                           "%4 of %5 fields differ (%6)") \
                .replace("%1", str(figures.cards_differing)) \
                .replace("%2", str(figures.cards_compared)) \
                .replace("%3", f"{figures.card_rate:.0%}") \
                .replace("%4", str(figures.fields_differing)) \
                .replace("%5", str(figures.fields_compared)) \
                .replace("%6", f"{figures.field_rate:.1%}")
        else:
            rate = self.tr("<b>Discrepancy rate</b><br>No card typed in both passes yet.")
        self.compare_stats.setText(rate + "<br><br>" + speed)

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

    # ------------------------------------------------------------------ entering
    def card_fields(self) -> CardFields:
        return CardFields(self.code_edit.text(), self.kind_field.value(),
                          self.text_edit.toPlainText(), self.sdg_edit.text(),
                          self.theme_combo.currentText())

    def _hide_theme_popup(self) -> None:
        popup = self.theme_combo.completer().popup()
        if popup.isVisible():
            popup.hide()

    def clear_form(self) -> None:
        self._hide_theme_popup()  # a suggestion list left open would take the keyboard
        self.code_edit.clear()
        self.kind_field.set_value("")
        self.text_edit.clear()
        self.sdg_edit.clear()
        self.theme_combo.setEditText("")
        self.error_label.clear()
        for name in ve.FIELDS:
            self._mark(name, None)
        self._check_code("")

    def save_card(self) -> None:
        batch, pass_no = self.batch(), self.pass_no()
        if batch is None or pass_no is None or not self.card.isEnabled():
            self.status_message.emit(self.hint.text())
            return
        self._hide_theme_popup()
        fields = self.card_fields()
        command = ve.EnterCard(self._db, batch.id, pass_no, self.volunteer(), fields)
        number = ve.next_position(self._db, batch.id, pass_no)
        try:
            push(self._stack, command, self.tr("Enter card %1 of “%2”").replace(
                "%1", str(number)).replace("%2", batch.label), self._bus)
        except ValidationError as exc:
            self.show_problem(exc)
            return
        except SmartCityError as exc:
            self.error_label.setText(error_text(exc))
            self.status_message.emit(error_text(exc))
            return
        saved = command.saved
        if saved.idea_id:
            message = self.tr("Card %s saved as an idea.") % saved.position
        else:
            message = self.tr("Card %1 saved in pass %2.").replace("%1", str(saved.position)) \
                .replace("%2", str(pass_no))
        self.last_saved.setText(f"<span style='color:{OK_COLOUR}'>✓ {html.escape(message)}"
                                "</span>")
        self.status_message.emit(message)
        if fields.theme.strip() and self.theme_combo.findText(
                fields.theme.strip(), Qt.MatchFlag.MatchFixedString) < 0:
            self._load_themes()
        self.clear_form()
        self.refresh()
        self.code_edit.setFocus()

    def _last_card_command(self) -> ve.EnterCard | None:
        """The card on top of the undo stack, if it was typed in this batch and pass."""
        stack = self._stack
        if not hasattr(stack, "index") or not shiboken6.isValid(stack) or stack.index() == 0:
            return None
        top = getattr(stack.command(stack.index() - 1), "command", None)
        batch = self.batch()
        if isinstance(top, ve.EnterCard) and batch is not None and \
                top.batch_id == batch.id and top.pass_no == self.pass_no():
            return top
        return None

    def undo_last_card(self) -> None:
        command = self._last_card_command()
        if command is None:
            return
        self._stack.undo()  # announces the change and refreshes this view (indexChanged)
        message = self.tr("Card %s taken back; type it again.") % command.saved.position
        self.last_saved.setText(html.escape(message))
        self.status_message.emit(message)
        self.code_edit.setFocus()

    def show_problem(self, exc: ValidationError) -> None:
        """Report a refused card at its field; nothing was saved."""
        name = exc.field
        if name == "participant_code":
            text = self.code_error(exc)
        elif name == "sdgs":
            text = self.sdg_error(exc)
        elif name == "text" and not rules.clean_text(self.text_edit.toPlainText()):
            text = self.tr("The text is empty: type what is written on the card.")
        else:
            text = error_text(exc)
        if name in self._field_widgets:
            self._mark(name, text)
            self._field_widgets[name].setFocus()
        elif name == "volunteer":
            self.name_edit.setFocus()
        self.error_label.setText(self.tr("Not saved: %s") % text)
        self.status_message.emit(self.tr("Card not saved: %s") % text)

    def new_batch(self) -> None:
        if not self._workshop_id:
            return
        dialog = self.make_batch_dialog()
        if self.exec_dialog(dialog) and dialog.batch is not None:
            self._load_batches(dialog.batch.id)
            self.pass1_radio.setChecked(True)
            self.status_message.emit(self.tr("Batch “%s” started.") % dialog.batch.label)
            if self.code_edit.isEnabled():
                self.code_edit.setFocus()
        dialog.deleteLater()

    def make_batch_dialog(self) -> NewBatchDialog:
        return NewBatchDialog(self._db, self._workshop_id, self.volunteer(), self)

    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog (tests replace this to drive the dialog directly)."""
        return dialog.exec()

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
        self.accept_button.setText(self.tr("&Accept %n agreeing card(s)", "", agreeing))
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
            self.compare_message.setText(self.tr("Pass %1 has no value for %n of the selected "
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

    def resolve_chosen(self) -> None:
        batch = self.batch()
        if batch is None:
            return
        self._commit_open_editor()
        ready, waiting = self.choices()
        if not ready:
            self.compare_message.setText(self.tr("Choose a value for every difference of a card "
                                                 "first (keys 1 and 2, or type it)."))
            return
        command = vc.ResolveCards(self._db, batch.id, ready, self.volunteer())
        self.run_resolution(command, self.tr("Resolve %n card(s)", "", len(ready)), waiting)

    def run_resolution(self, command: vc.ResolveCards, text: str, waiting: list[int]) -> None:
        """Resolve cards through the undo stack: at once for a few, in a worker thread with
        a progress dialog (and Cancel) for many."""
        if len(command.choices) < BACKGROUND_FROM:
            try:
                push(self._stack, command, text, self._bus)
            except ValidationError as exc:
                self._report(0, {exc.details.get("position"): exc}, waiting)
                return
            self._report(len(command.result.resolved), command.result.failed, waiting)
            return
        progress = QProgressDialog(self.tr("Turning the cards into ideas…"), self.tr("Cancel"),
                                   0, len(command.choices), self)
        progress.setWindowTitle(self.tr("Resolving cards"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        task = Task(lambda _progress: command.redo())  # touches no widget
        command.progress = task.report
        task.progress.connect(progress.setValue)  # queued: both live in the GUI thread
        progress.canceled.connect(task.cancel, Qt.ConnectionType.DirectConnection)
        task.finished.connect(lambda change: self._resolution_finished(change, None))
        task.failed.connect(lambda error: self._resolution_finished(None, error))
        self.worker = task  # reachable from tests while it runs
        self._running = (command, text, waiting, progress)
        task.start()

    def _resolution_finished(self, change, error) -> None:
        command, text, waiting, progress = self._running
        self._running = None
        progress.close()
        progress.deleteLater()
        self.worker = None
        if error is not None:
            if not isinstance(error, SmartCityError):
                raise error  # a bug: to the crash handler, with the progress dialog gone
            self._report(0, {error.details.get("position"): error}, waiting)
            return
        push(self._stack, command, text, self._bus, done=change)  # the worker ran it
        result = command.result
        handled = set(result.resolved) | set(result.failed)
        stopped = [p for p in command.choices if p not in handled]
        self._report(len(result.resolved), result.failed, waiting + stopped)
        if result.cancelled:
            self.compare_message.setText(
                self.tr("Stopped.") + " " + self.compare_message.text())

    def _commit_open_editor(self) -> None:
        """Ctrl+Enter while a Chosen cell is being edited: keep what was typed."""
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.table.setFocus()

    def _report(self, done: int, failed: dict, waiting: list[int]) -> None:
        chosen = self._chosen_values()
        self.refresh()  # reloads the table (resolved cards leave it; choices are kept)
        for key, value in chosen.items():
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ROLE_KEY) == key:
                    self._show_chosen(row, value)
        parts = []
        if done:
            parts.append(self.tr("%n card(s) resolved and added as ideas.", "", done))
        for position, exc in failed.items():
            reason = self.code_error(exc) if exc.field == "participant_code" else \
                self.sdg_error(exc) if exc.field == "sdgs" else error_text(exc)
            parts.append(f"<span style='color:{ERROR_COLOUR}'>" + html.escape(
                self.tr("Card %1 not resolved: %2").replace("%1", str(position))
                .replace("%2", reason)) + "</span>")
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ROLE_KEY) == (position, exc.field):
                    self.table.setCurrentCell(row, 4)
        if waiting:
            parts.append(self.tr("%n card(s) still need a decision.", "", len(waiting)))
        self.compare_message.setText("<br>".join(parts))
        self.status_message.emit(self.compare_message.text().split("<br>")[0]
                                 if done else self.tr("Nothing resolved."))

    def accept_agreeing(self) -> None:
        batch = self.batch()
        if batch is None or self.comparison is None:
            return
        positions = [c.position for c in self.comparison.agreeing_unresolved]
        if not positions:
            return
        command = vc.ResolveCards(self._db, batch.id, {p: {} for p in positions},
                                  self.volunteer())
        self.run_resolution(command, self.tr("Accept %n agreeing card(s)", "", len(positions)),
                            [])

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
