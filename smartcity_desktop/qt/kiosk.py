"""Kiosk mode: a full-screen window on a shared computer where participants type their own
idea and, if they choose, a few answers about themselves.

Three steps, big and touch-friendly: (1) "Your idea" (text, need or idea, optional theme),
(2) "About you" (optional, can be skipped; answers are only kept with a ticked consent box),
(3) "Thank you", which returns to step 1 after a few seconds. Everything is saved in one
transaction when the person presses Send (services.kiosk.submit_kiosk_entry) and announced on
the ChangeBus so the other views and the projector update.

After every submission, and after 90 seconds without input on a half-filled form (with a
10-second "Still there?" warning), every field, choice, scroll position, the text box's undo
history and the clipboard are cleared, so the next person sees nothing of the last one.

Only the facilitator can leave: Esc, Ctrl+Shift+Q, Alt+F4 or the small lock button in the
corner show a numeric PIN pad; the PIN is kept as a salted hash (services.kiosk.PinLock) and
five wrong tries lock the pad for 30 seconds. The window is application-modal, has no menus,
and hides the main window while it runs.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QFont, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..core import rules
from ..core.enums import IdeaKind
from ..core.errors import SmartCityError, ValidationError
from ..core.resources import resource
from ..services.commands import Change, NotUndoable
from ..services.ideas import kiosk
from ..services.ideas.kiosk import PinCheck, PinLock
from ..services.workshop import projects
from ..services.workshop.participants import ParticipantInput
from ..storage.database import Database
from ..storage.models import Workshop
from .errors import error_text
from .icons import icon
from .ui.ui_start_kiosk_dialog import Ui_StartKioskDialog
from .undo import ChangeBus, announce

log = logging.getLogger(__name__)

SELF_DESCRIBED = "self_described"
IDLE_SECONDS = 90      # a half-filled form is cleared after this long without input …
WARNING_SECONDS = 10   # … of which the last seconds show "Still there?"
THANKS_SECONDS = 4
LONG_TEXT_HINT = 4500  # from here on the text box shows how much room is left

BASE_POINT_SIZE = 20
BUTTON_HEIGHT = 60

STYLE = """
KioskWindow { background: #ffffff; }
QWidget { color: #111111; }
QScrollArea, QScrollArea > QWidget > QWidget { background: #ffffff; border: none; }
QLabel#heading { font-size: 30pt; font-weight: bold; color: #0b2540; }
QLabel#step { font-size: 18pt; color: #3d4a55; }
QLabel#question { font-size: 21pt; font-weight: bold; }
QLabel#hint { font-size: 18pt; color: #3d4a55; }
QLabel#thanks { font-size: 60pt; font-weight: bold; color: #0b6e4f; }
QLabel#workshop { font-size: 18pt; color: #3d4a55; }
QLabel#message { font-size: 19pt; background: #fff4d6; border: 2px solid #8a5a00;
                 border-radius: 12px; padding: 12px 16px; color: #3b2600; }
QLabel#error { font-size: 19pt; background: #fde7ea; border: 2px solid #b00020;
               border-radius: 12px; padding: 12px 16px; color: #6d0014; }
QLabel#counter { font-size: 18pt; color: #3d4a55; }
QPlainTextEdit, QLineEdit { background: #ffffff; border: 3px solid #44515c; border-radius: 14px;
                            padding: 10px 14px; font-size: 24pt;
                            selection-background-color: #0b4f8a; selection-color: #ffffff; }
QPlainTextEdit:focus, QLineEdit:focus { border: 4px solid #0b4f8a; }
QPushButton { min-height: %(button)dpx; padding: 4px 18px; font-size: 20pt; background: #eef2f6;
              border: 3px solid #44515c; border-radius: 16px; color: #111111; }
QPushButton:hover { background: #e2e8ee; }
QPushButton:pressed { background: #c9d3dc; }
QPushButton:checked { background: #d3e7ff; border: 3px solid #0b4f8a; color: #0b2540; }
QPushButton:disabled { color: #8a939b; border-color: #b9c1c8; background: #f4f6f8; }
QPushButton#primary { background: #0b6e4f; color: #ffffff; border: 3px solid #0b6e4f;
                      font-weight: bold; font-size: 24pt; min-width: 220px;
                      min-height: 76px; padding: 4px 40px; }
QPushButton#primary:hover { background: #095c42; }
QPushButton#secondary { background: #ffffff; border: 3px solid #44515c; min-height: 76px;
                        min-width: 160px; }
QPushButton#key { font-size: 30pt; font-weight: bold; min-width: 116px; min-height: 80px;
                  padding: 0; }
QPushButton#exit { background: transparent; border: none; min-height: 44px; min-width: 44px;
                   padding: 0; }
QCheckBox { font-size: 20pt; spacing: 18px; padding: 10px 4px; }
QCheckBox::indicator { width: 44px; height: 44px; }
QCheckBox::indicator:unchecked { image: url(%(check_off)s); }
QCheckBox::indicator:checked { image: url(%(check_on)s); }
QFrame#consent { background: #f4f6f8; border: 2px solid #c9d3dc; border-radius: 14px; }
QFrame#banner { background: #ffd54f; border-bottom: 3px solid #8a5a00; }
QFrame#banner QLabel { font-size: 24pt; font-weight: bold; color: #111111; }
QFrame#bottom { background: #f4f6f8; border-top: 2px solid #c9d3dc; }
QScrollBar:vertical { width: 28px; background: #eef2f6; }
QScrollBar::handle:vertical { background: #8a959f; border-radius: 10px; min-height: 60px; }
"""

# Only while someone uses the keyboard (Tab) does the focused control get an orange frame; a
# frame on a touched button would look like a choice.
KEYBOARD_STYLE = """
QPushButton:focus, QPushButton#primary:focus, QPushButton#secondary:focus,
QPushButton#key:focus { border: 3px solid #c25e00; background: #fff0e0; }
QPushButton#primary:focus { background: #0b6e4f; }
QPushButton:checked:focus { background: #d3e7ff; }
QCheckBox:focus { background: #ffe8cc; }
"""


def _style(keyboard: bool) -> str:
    values = {"button": BUTTON_HEIGHT,
              "check_off": resource("icons", "kiosk-check-off.svg").as_posix(),
              "check_on": resource("icons", "kiosk-check-on.svg").as_posix()}
    return STYLE % values + (KEYBOARD_STYLE if keyboard else "")


# --------------------------------------------------------------------------- building blocks
class FlowLayout(QLayout):
    """Lays widgets out in lines that wrap, like words (right to left in RTL languages)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 14) -> None:
        super().__init__(parent)
        self._items = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else \
            Qt.LayoutDirection.LeftToRight
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line = area.x(), y + line + self._gap, 0
            if apply:
                box = QRect(QPoint(x, y), QSize(width, hint.height()))
                item.setGeometry(QStyle.visualRect(direction, area, box))
            x += width + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def _choice_icon() -> QIcon:
    result = QIcon()
    size = QSize(32, 32)
    result.addPixmap(icon("choice_off").pixmap(size), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(icon("choice_on").pixmap(size), QIcon.Mode.Normal, QIcon.State.On)
    return result


class ChoiceRow(QWidget):
    """Big toggle buttons of which at most one is chosen. Pressing the chosen one again
    clears the choice, so "nothing chosen" stays possible (it means "not answered")."""

    changed = Signal()

    def __init__(self, name: str, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.buttons: dict[str, QPushButton] = {}
        layout = FlowLayout(self)
        mark = _choice_icon()
        for key, text in choices:
            button = QPushButton(text.replace("&", "&&"), self)
            button.setCheckable(True)
            button.setIcon(mark)
            button.setIconSize(QSize(32, 32))
            button.setAccessibleName(f"{name}: {text}")
            button.setAutoDefault(False)
            button.toggled.connect(lambda on, k=key: self._toggled(k, on))
            layout.addWidget(button)
            self.buttons[key] = button

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            for other, button in self.buttons.items():
                if other != key and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        self.changed.emit()

    def value(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def set_value(self, key: str | None) -> None:
        for other, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(other == key)
            button.blockSignals(False)
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons.values())


class _IdeaEditor(QPlainTextEdit):
    """The idea's text box: three lines at least, and it takes the room the screen has."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 140)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 140)


def _label(text: str, name: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def _scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def _page_column(content: QWidget) -> QVBoxLayout:
    """A centred column of readable width inside ``content``."""
    outer = QHBoxLayout(content)
    outer.setContentsMargins(32, 4, 32, 24)
    outer.addStretch(1)
    column = QVBoxLayout()
    column.setSpacing(14)
    outer.addLayout(column, 16)
    outer.addStretch(1)
    return column


def _heading_row(heading: QLabel, step: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    heading.setWordWrap(False)
    row.addWidget(heading, 1)
    row.addWidget(step, 0, Qt.AlignmentFlag.AlignBottom)
    step.setWordWrap(False)
    return row


# --------------------------------------------------------------------------- the kiosk
class KioskWindow(QWidget):
    """The kiosk for one workshop. ``pin`` guards the way out.

    Test hooks: ``idle_seconds``, ``warning_seconds`` and ``thanks_seconds`` set the timers;
    :meth:`on_idle`, :meth:`finish_thanks` and :meth:`refresh_lock` are the timers' slots."""

    finished = Signal()            # the facilitator unlocked and the kiosk closed
    submitted = Signal(object)     # services.kiosk.KioskResult

    PAGE_IDEA, PAGE_ABOUT, PAGE_THANKS, PAGE_PIN = range(4)

    def __init__(self, db: Database, workshop_id: str, bus: ChangeBus | None, pin: PinLock,
                 parent: QWidget | None = None, *, idle_seconds: float = IDLE_SECONDS,
                 warning_seconds: float = WARNING_SECONDS,
                 thanks_seconds: float = THANKS_SECONDS) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._db = db
        self._workshop: Workshop = projects.get_workshop(db, workshop_id)
        self._bus = bus
        self._pin = pin
        self._unlocked = False
        self._keep_full_screen = False
        self._return_page = self.PAGE_IDEA
        self._themes = projects.list_themes(db, self._workshop.project_id)
        self._dimensions = projects.list_dimensions(db, self._workshop.project_id)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Share your idea"))
        self.setAccessibleName(self.tr("Kiosk: share your idea"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        font = QFont(self.font())
        font.setPointSize(BASE_POINT_SIZE)
        self.setFont(font)
        self._keyboard_mode = False
        self.setStyleSheet(_style(keyboard=False))

        self._build()
        self._build_timers(idle_seconds, warning_seconds, thanks_seconds)
        self._build_shortcuts()
        self.reset_form()
        self.show_page(self.PAGE_IDEA)
        QApplication.instance().installEventFilter(self)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.header = QFrame(self)
        header = QHBoxLayout(self.header)
        header.setContentsMargins(32, 6, 8, 0)
        self.workshop_label = _label(f"{self._workshop.code} · {self._workshop.title}",
                                     "workshop", self.header, wrap=False)
        self.workshop_label.setAccessibleName(self.tr("Workshop"))
        self.exit_button = _button("", "exit", self.tr("Leave kiosk mode (facilitator)"),
                                   self.header)
        self.exit_button.setIcon(icon("lock"))
        self.exit_button.setIconSize(QSize(28, 28))
        self.exit_button.setToolTip(self.tr("Leave kiosk mode (facilitator PIN)"))
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not in the participants' way
        self.exit_button.clicked.connect(self.request_exit)
        header.addWidget(self.workshop_label, 1)
        header.addWidget(self.exit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(32, 12, 32, 12)
        self.banner_label = _label("", "bannerText", self.banner)
        self.banner_label.setAccessibleName(self.tr("Still there?"))
        self.still_here_button = _button(self.tr("I'm still here"), "secondary",
                                         self.tr("I'm still here"), self.banner)
        self.still_here_button.clicked.connect(self.note_activity)
        banner.addWidget(self.banner_label, 1)
        banner.addWidget(self.still_here_button)
        self.banner.hide()

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_idea_page())
        self.stack.addWidget(self._build_about_page())
        self.stack.addWidget(self._build_thanks_page())
        self.stack.addWidget(self._build_pin_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def _bottom_bar(self, parent: QWidget, left: list[QWidget], right: list[QWidget]) -> QFrame:
        bar = QFrame(parent)
        bar.setObjectName("bottom")
        row = QHBoxLayout(bar)
        row.setContentsMargins(48, 16, 48, 16)
        row.setSpacing(24)
        for widget in left:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in right:
            row.addWidget(widget)
        return bar

    def _build_idea_page(self) -> QWidget:
        page = QWidget(self)
        content = QWidget(page)
        column = _page_column(content)
        self.idea_heading = _label(self.tr("Your idea"), "heading", content)
        column.addLayout(_heading_row(self.idea_heading,
                                      _label(self.tr("Step 1 of 2"), "step", content)))
        self.idea_prompt = _label(
            self.tr("What would make your neighbourhood smarter, greener or better for "
                    "everyone?"), "hint", content)
        self.editor = _IdeaEditor(content)
        self.editor.setAccessibleName(self.tr("Your idea"))
        self.editor.setPlaceholderText(self.tr("Write here, in your own words and in any "
                                                "language…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.editor.textChanged.connect(self._update_counter)
        self.counter_label = _label("", "counter", content)
        self.counter_label.setAccessibleName(self.tr("Characters left"))
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.kind_question = _label(self.tr("Is it a need or an idea?"), "question", content)
        self.kind_row = ChoiceRow(self.tr("Need or idea"), [
            (IdeaKind.NEED.value, self.tr("A need or a problem")),
            (IdeaKind.IDEA.value, self.tr("An idea or a solution"))], content)
        self.theme_question = _label(self.tr("Which theme fits best? (optional)"), "question",
                                     content)
        self.theme_row = ChoiceRow(self.tr("Theme"), [(t.id, t.name) for t in self._themes],
                                   content)
        self.theme_question.setVisible(bool(self._themes))
        self.theme_row.setVisible(bool(self._themes))
        self.idea_message = _label("", "error", content)
        self.idea_message.setAccessibleName(self.tr("Message"))
        self.idea_message.hide()
        for widget in (self.idea_prompt, self.editor, self.counter_label, self.kind_question,
                       self.kind_row, self.theme_question, self.theme_row, self.idea_message):
            if widget in (self.kind_question, self.theme_question):
                column.addSpacing(6)
            column.addWidget(widget, 1 if widget is self.editor else 0)
        self.idea_scroll = _scrolling(content, page)

        self.next_button = _button(self.tr("Next  →"), "primary", self.tr("Next"), page)
        self.next_button.setToolTip(self.tr("Next (Ctrl+Enter)"))
        self.next_button.clicked.connect(self.go_next)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.idea_scroll, 1)
        layout.addWidget(self._bottom_bar(page, [], [self.next_button]))
        self._chain([self.editor, *self.kind_row.focus_widgets(),
                     *self.theme_row.focus_widgets(), self.next_button])
        return page

    def _build_about_page(self) -> QWidget:
        page = QWidget(self)
        content = QWidget(page)
        column = _page_column(content)
        column.addLayout(_heading_row(_label(self.tr("About you (optional)"), "heading", content),
                                      _label(self.tr("Step 2 of 2"), "step", content)))
        column.addWidget(_label(
            self.tr("These questions help us see who took part, so that every group is heard. "
                    "Answer only what you like. We never ask for your name."), "hint", content))
        self.answer_rows: dict[str, ChoiceRow] = {}
        self.self_description_edit = QLineEdit(content)
        self.self_description_edit.setAccessibleName(self.tr("In your own words"))
        self.self_description_edit.setPlaceholderText(self.tr("In your own words (optional)"))
        self.self_description_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.self_description_edit.setMaxLength(rules.MAX_NAME)
        self.self_description_edit.hide()
        focus: list[QWidget] = []
        for dim in self._dimensions:
            column.addSpacing(6)
            column.addWidget(_label(dim.label, "question", content))
            row = ChoiceRow(dim.label, [(c.key, c.label) for c in dim.categories], content)
            row.changed.connect(self._answers_changed)
            column.addWidget(row)
            self.answer_rows[dim.key] = row
            focus += row.focus_widgets()
            if SELF_DESCRIBED in row.buttons and self._self_described_key() == dim.key:
                column.addWidget(self.self_description_edit)
                focus.append(self.self_description_edit)
        self.consent_check = QCheckBox(
            self.tr("I agree that my answers are used for this project's analysis"), content)
        self.consent_check.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.consent_check.setAccessibleName(
            self.tr("I agree that my answers are used for this project's analysis"))
        self.consent_check.toggled.connect(self._answers_changed)
        self.consent_hint = _label(
            self.tr("Without this tick we cannot keep your answers about you."),
            "hint", content)
        self.about_message = _label("", "message", content)
        self.about_message.setAccessibleName(self.tr("Message"))
        self.about_message.hide()
        consent_box = QFrame(content)
        consent_box.setObjectName("consent")
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.setContentsMargins(16, 8, 16, 12)
        consent_layout.setSpacing(4)
        consent_layout.addWidget(self.consent_check)
        consent_layout.addWidget(self.consent_hint)
        column.addSpacing(12)
        column.addWidget(consent_box)
        column.addWidget(self.about_message)
        column.addStretch(1)
        self.about_scroll = _scrolling(content, page)

        self.back_button = _button(self.tr("←  Back"), "secondary", self.tr("Back"), page)
        self.back_button.clicked.connect(lambda: self.show_page(self.PAGE_IDEA))
        self.skip_button = _button(self.tr("Skip"), "secondary",
                                   self.tr("Skip these questions and send my idea"), page)
        self.skip_button.setToolTip(self.tr("Send your idea without answers about you"))
        self.skip_button.clicked.connect(lambda: self.skip())
        self.send_button = _button(self.tr("Send  ✓"), "primary", self.tr("Send"), page)
        self.send_button.setToolTip(self.tr("Send (Enter)"))
        self.send_button.clicked.connect(lambda: self.send())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.about_scroll, 1)
        layout.addWidget(self._bottom_bar(page, [self.back_button],
                                          [self.skip_button, self.send_button]))
        self._chain([*focus, self.consent_check, self.send_button, self.skip_button,
                     self.back_button])
        self._about_first = focus[0] if focus else self.consent_check
        return page

    def _build_thanks_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 48, 48, 48)
        column.setSpacing(24)
        column.addStretch(2)
        self.thanks_label = _label(self.tr("Thank you!"), "thanks", page)
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_detail = _label(self.tr("Your idea has been saved. The screen is ready for "
                                            "the next person in a moment."), "hint", page)
        self.thanks_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_detail.setAccessibleName(self.tr("Your idea has been saved."))
        self.next_person_button = _button(self.tr("Next person"), "secondary",
                                          self.tr("Start again for the next person"), page)
        self.next_person_button.clicked.connect(self.finish_thanks)
        column.addWidget(self.thanks_label)
        column.addWidget(self.thanks_detail)
        column.addSpacing(24)
        column.addWidget(self.next_person_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        return page

    def _build_pin_page(self) -> QWidget:
        page = QWidget(self)
        content = QWidget(page)
        outer = QHBoxLayout(content)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(64)
        outer.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(16)
        heading = _label(self.tr("Facilitator PIN"), "heading", content)
        hint = _label(self.tr("Enter the PIN to leave kiosk mode. Participants: please press "
                              "\u201cBack to the form\u201d."), "hint", content)
        self.pin_edit = QLineEdit(content)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(kiosk.PIN_MAX)
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                          | Qt.InputMethodHint.ImhSensitiveData)
        self.pin_message = _label("", "error", content)
        self.pin_message.setAccessibleName(self.tr("Message"))
        self.pin_message.hide()
        self.pin_cancel_button = _button(self.tr("Back to the form"), "secondary",
                                         self.tr("Back to the form"), content)
        self.pin_cancel_button.clicked.connect(self.cancel_exit)
        left.addWidget(heading)
        left.addWidget(hint)
        left.addSpacing(8)
        left.addWidget(self.pin_edit)
        left.addWidget(self.pin_message)
        left.addSpacing(8)
        left.addWidget(self.pin_cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        outer.addLayout(left, 5)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.keypad: dict[str, QPushButton] = {}
        for n, key in enumerate("123456789"):
            self.keypad[key] = _button(key, "key", key, content)
            grid.addWidget(self.keypad[key], n // 3, n % 3)
        self.keypad["back"] = _button("", "key", self.tr("Delete the last digit"), content)
        self.keypad["back"].setIcon(icon("backspace"))
        self.keypad["back"].setIconSize(QSize(40, 40))
        self.keypad["0"] = _button("0", "key", "0", content)
        self.keypad["ok"] = _button(self.tr("OK"), "key", self.tr("OK, leave kiosk mode"),
                                    content)
        grid.addWidget(self.keypad["back"], 3, 0)
        grid.addWidget(self.keypad["0"], 3, 1)
        grid.addWidget(self.keypad["ok"], 3, 2)
        for key, button in self.keypad.items():
            if key.isdigit():
                button.clicked.connect(lambda _=False, k=key: self._pin_digit(k))
        self.keypad["back"].clicked.connect(self._pin_backspace)
        self.keypad["ok"].clicked.connect(self.submit_pin)
        pad = QVBoxLayout()
        pad.addLayout(grid)
        pad.addStretch(1)
        outer.addLayout(pad, 0)
        outer.addStretch(1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(content, page))
        keys = [self.keypad[k] for k in "123456789"] + [self.keypad["back"], self.keypad["0"],
                                                       self.keypad["ok"]]
        self._chain([self.pin_edit, *keys, self.pin_cancel_button])
        return page

    @staticmethod
    def _chain(widgets: list[QWidget]) -> None:
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def _self_described_key(self) -> str | None:
        for dim in self._dimensions:
            if any(c.key == SELF_DESCRIBED for c in dim.categories):
                return dim.key
        return None

    def _build_timers(self, idle: float, warning: float, thanks: float) -> None:
        warning = min(warning, idle)
        self._warning_seconds = warning
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(max(int((idle - warning) * 1000), 1))
        self._idle_timer.timeout.connect(self.on_idle)
        self._reset_timer = QTimer(self)
        self._reset_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(max(int(warning * 1000), 1))
        self._reset_timer.timeout.connect(self.on_idle_reset)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(250)
        self._countdown_timer.timeout.connect(self._update_banner)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(max(int(thanks * 1000), 1))
        self._thanks_timer.timeout.connect(self.finish_thanks)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(500)
        self._lock_timer.timeout.connect(self.refresh_lock)

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WindowShortcut
        for keys in ("Ctrl+Shift+Q", "Esc"):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(self._on_escape if keys == "Esc" else self.request_exit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(
                self._primary_action)

    # ------------------------------------------------------------------ pages
    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.exit_button.setVisible(page != self.PAGE_PIN)
        if page == self.PAGE_IDEA:
            self.editor.setFocus()
        elif page == self.PAGE_ABOUT:
            self._about_first.setFocus()
        elif page == self.PAGE_THANKS:
            self.next_person_button.setFocus()
        else:
            self.pin_edit.setFocus()

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def _primary_action(self) -> None:
        page = self.current_page()
        if page == self.PAGE_IDEA:
            self.go_next()
        elif page == self.PAGE_ABOUT:
            self.send()
        elif page == self.PAGE_THANKS:
            self.finish_thanks()
        else:
            self.submit_pin()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and not focused.isCheckable() \
                    and focused.window() is self:
                focused.click()  # Enter on a focused button presses that button
            else:
                self._primary_action()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ step 1
    def _text_problem(self) -> str | None:
        text = rules.clean_text(self.editor.toPlainText())
        if not text:
            return self.tr("Please write your idea first. A few words are enough.")
        if len(text) > rules.MAX_IDEA_TEXT:
            return self.tr("Your text is %1 characters long. Please shorten it to %2.") \
                .replace("%1", str(len(text))).replace("%2", str(rules.MAX_IDEA_TEXT))
        return None

    def _show_idea_message(self, text: str | None) -> None:
        self.idea_message.setText(text or "")
        self.idea_message.setVisible(bool(text))

    def _update_counter(self) -> None:
        length = len(self.editor.toPlainText())
        if length >= LONG_TEXT_HINT:
            left = rules.MAX_IDEA_TEXT - length
            self.counter_label.setText(
                (self.tr("Characters left: %1") if left >= 0 else
                 self.tr("Too long: please remove %1 characters")).replace("%1", str(abs(left))))
        else:
            self.counter_label.clear()
        self.counter_label.setVisible(length >= LONG_TEXT_HINT)
        if self.idea_message.isVisible() and not self._text_problem():
            self._show_idea_message(None)

    def go_next(self) -> None:
        problem = self._text_problem()
        self._show_idea_message(problem)
        if problem:
            self.show_page(self.PAGE_IDEA)
            return
        self.show_page(self.PAGE_ABOUT)

    # ------------------------------------------------------------------ step 2
    def _answers(self) -> dict[str, str]:
        return {key: row.value() for key, row in self.answer_rows.items() if row.value()}

    def _answers_changed(self, *args) -> None:
        described = any(row.value() == SELF_DESCRIBED for row in self.answer_rows.values())
        self.self_description_edit.setVisible(described)
        if not described:
            self.self_description_edit.setText("")
        if self.about_message.isVisible() and (self.consent_check.isChecked()
                                               or not self._answers()):
            self._show_about_message(None)

    def _show_about_message(self, text: str | None, error: bool = False) -> None:
        self.about_message.setObjectName("error" if error else "message")
        self.about_message.setStyleSheet("")  # re-apply the style of the new object name
        self.about_message.setText(text or "")
        self.about_message.setVisible(bool(text))
        if text:
            self.about_scroll.ensureWidgetVisible(self.about_message)

    def skip(self) -> None:
        """Send the idea without any answers about the person."""
        self._submit(with_answers=False)

    def send(self) -> None:
        """Send the idea, with the answers if the person agreed to their use."""
        self._submit(with_answers=True)

    def _submit(self, with_answers: bool) -> None:
        problem = self._text_problem()
        if problem:
            self._show_idea_message(problem)
            self.show_page(self.PAGE_IDEA)
            return
        about = None
        if with_answers:
            answers = self._answers()
            if answers and not self.consent_check.isChecked():
                self._show_about_message(self.tr(
                    "Thank you for answering! We can only keep your answers if you agree: "
                    "tick the box above. Or press Skip to send your idea without them."))
                self.consent_check.setFocus()
                return
            if answers:
                described = SELF_DESCRIBED in answers.values()
                about = ParticipantInput(
                    answers=answers, consent_processing=True,
                    self_description=self.self_description_edit.text() if described else None)
        try:
            result = kiosk.submit_kiosk_entry(
                self._db, self._workshop.id, self.editor.toPlainText(),
                self.kind_row.value() or IdeaKind.IDEA, self.theme_row.value(), about)
        except ValidationError as exc:
            if exc.field == "text":
                self._show_idea_message(self._text_problem() or error_text(exc))
                self.show_page(self.PAGE_IDEA)
            else:
                self._show_about_message(error_text(exc), error=True)
            return
        except (SmartCityError, SQLAlchemyError, OSError):
            log.exception("A kiosk entry could not be saved")
            self._show_about_message(self.tr(
                "Sorry, your idea could not be saved. Please ask the facilitator for help."),
                error=True)
            return
        if self._bus is not None:
            announce(self._bus, Change(added=(result.idea_id,), participants=(
                (result.participant_id,) if result.participant_id else ())), NotUndoable.KIOSK)
        self.submitted.emit(result)
        self.reset_form()
        self.show_page(self.PAGE_THANKS)
        self._thanks_timer.start()

    # ------------------------------------------------------------------ step 3
    def finish_thanks(self) -> None:
        self._thanks_timer.stop()
        if self.current_page() == self.PAGE_THANKS:
            self.reset_form()
            self.show_page(self.PAGE_IDEA)

    # ------------------------------------------------------------------ clearing
    def reset_form(self) -> None:
        """Forget everything the last person typed or chose."""
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.editor.verticalScrollBar().setValue(0)
        self.kind_row.set_value(None)
        self.theme_row.set_value(None)
        for row in self.answer_rows.values():
            row.set_value(None)
        self.self_description_edit.setText("")  # setText (unlike clear) drops the undo history
        self.self_description_edit.hide()
        self.consent_check.setChecked(False)
        self.pin_edit.setText("")
        self._show_idea_message(None)
        self._show_about_message(None)
        self._update_counter()
        for area in (self.idea_scroll, self.about_scroll):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)
        self._hide_banner()
        self._return_page = self.PAGE_IDEA
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def is_dirty(self) -> bool:
        """Whether anything of a person is on the screen (typed, chosen or half-way)."""
        return bool(self.editor.toPlainText().strip() or self.kind_row.value()
                    or self.theme_row.value() or self._answers()
                    or self.consent_check.isChecked() or self.self_description_edit.text()
                    or self.pin_edit.text()
                    or self.current_page() in (self.PAGE_ABOUT, self.PAGE_PIN))

    # ------------------------------------------------------------------ inactivity
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and isinstance(watched, QWidget) \
                and watched.window() is self:
            self.note_activity()
            if event.type() == QEvent.Type.KeyPress:
                if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    self._set_keyboard_mode(True)
            elif event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
                self._set_keyboard_mode(False)
        return False

    def _set_keyboard_mode(self, on: bool) -> None:
        """Show where the keyboard focus is only while someone uses the keyboard."""
        if on != self._keyboard_mode:
            self._keyboard_mode = on
            self.setStyleSheet(_style(keyboard=on))

    def note_activity(self) -> None:
        if self.banner.isVisible():
            self._hide_banner()
        if self.current_page() != self.PAGE_THANKS:
            self._idle_timer.start()

    def on_idle(self) -> None:
        """No input for a while: warn if someone's half-filled form is on the screen."""
        if not self.is_dirty() or self.current_page() == self.PAGE_THANKS:
            return
        self.banner.show()
        self._reset_timer.start()
        self._countdown_timer.start()
        self._update_banner()

    def _update_banner(self) -> None:
        left = self._reset_timer.remainingTime() if self._reset_timer.isActive() else 0
        seconds = min(max(math.ceil(left / 1000), 0), math.ceil(self._warning_seconds))
        self.banner_label.setText(
            self.tr("Still there? The form will be cleared in %1 s.").replace("%1", str(seconds)))

    def _hide_banner(self) -> None:
        self._reset_timer.stop()
        self._countdown_timer.stop()
        self.banner.hide()

    def on_idle_reset(self) -> None:
        self.reset_form()
        self.show_page(self.PAGE_IDEA)

    # ------------------------------------------------------------------ leaving
    def _on_escape(self) -> None:
        if self.current_page() == self.PAGE_PIN:
            self.cancel_exit()
        else:
            self.request_exit()

    def request_exit(self) -> None:
        """Show the PIN pad (the form underneath is kept until the PIN is right)."""
        if self.current_page() == self.PAGE_PIN:
            return
        if self.current_page() == self.PAGE_THANKS:
            self.finish_thanks()
        self.note_activity()
        self._return_page = self.current_page()
        self.pin_edit.setText("")
        self.pin_message.hide()
        self.show_page(self.PAGE_PIN)
        self.refresh_lock()

    def cancel_exit(self) -> None:
        self.pin_edit.setText("")
        self.pin_message.hide()
        self.show_page(self._return_page)

    def _pin_digit(self, digit: str) -> None:
        if len(self.pin_edit.text()) < kiosk.PIN_MAX:
            self.pin_edit.setText(self.pin_edit.text() + digit)
        self.pin_edit.setFocus()

    def _pin_backspace(self) -> None:
        self.pin_edit.backspace()
        self.pin_edit.setFocus()  # so that typing (and Enter) go on in the PIN field

    def submit_pin(self) -> None:
        if self.current_page() != self.PAGE_PIN:
            return
        entered = self.pin_edit.text()
        self.pin_edit.setText("")
        result = self._pin.check(entered)
        if result == PinCheck.OK:
            self.unlock()
            return
        if result == PinCheck.WRONG:
            self._show_pin_message(self.tr("That PIN is not right. Tries left: %1.")
                                   .replace("%1", str(self._pin.tries_left)))
        self.refresh_lock()
        self.pin_edit.setFocus()

    def _show_pin_message(self, text: str) -> None:
        self.pin_message.setText(text)
        self.pin_message.setVisible(bool(text))

    def refresh_lock(self) -> None:
        """Disable the PIN pad while locked out, with a countdown."""
        seconds = self._pin.seconds_locked()
        locked = seconds > 0
        for widget in (*self.keypad.values(), self.pin_edit):
            widget.setEnabled(not locked)
        if locked:
            self._show_pin_message(self.tr("Too many wrong tries. Try again in %1 s.")
                                   .replace("%1", str(math.ceil(seconds))))
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self._show_pin_message("")
            if self.current_page() == self.PAGE_PIN:
                self.pin_edit.setFocus()

    def is_locked_out(self) -> bool:
        return self._pin.seconds_locked() > 0

    def unlock(self) -> None:
        """The right PIN: leave kiosk mode (clearing the screen first)."""
        self._unlocked = True
        self.reset_form()
        self.close()

    def set_keep_full_screen(self, keep: bool) -> None:
        self._keep_full_screen = keep

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self._keep_full_screen \
                and not self._unlocked and not self.isFullScreen():
            QTimer.singleShot(0, self.showFullScreen)  # e.g. the window manager minimised it

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._unlocked:
            event.ignore()  # Alt+F4, the window manager's close button, …
            self.request_exit()
            return
        QApplication.instance().removeEventFilter(self)
        for timer in (self._idle_timer, self._reset_timer, self._countdown_timer,
                      self._thanks_timer, self._lock_timer):
            timer.stop()
        super().closeEvent(event)
        self.finished.emit()


_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                 QEvent.Type.TouchUpdate, QEvent.Type.Wheel, QEvent.Type.InputMethod}


# --------------------------------------------------------------------------- starting
class StartKioskDialog(QDialog):
    """The facilitator chooses the PIN (twice). ``pin_lock`` holds its salted hash."""

    def __init__(self, workshop: Workshop, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartKioskDialog()
        self.ui.setupUi(self)
        self.pin_lock: PinLock | None = None
        self.ui.workshopLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.workshopLabel.setText(self.tr("Workshop: %s") % f"{workshop.code} · "
                                      f"{workshop.title}")
        font = QFont(self.ui.workshopLabel.font())
        font.setBold(True)
        self.ui.workshopLabel.setFont(font)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start kiosk mode"))
        ok.setAccessibleName(self.tr("Start kiosk mode"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.pinEdit.setFocus()

    def _on_accept(self) -> None:
        pin, repeat = self.ui.pinEdit.text(), self.ui.repeatEdit.text()
        try:
            lock = PinLock.from_pin(pin)
        except ValidationError:
            self._error(self.tr("The PIN must be 4 to 8 digits."), self.ui.pinEdit)
            return
        try:
            same = kiosk.normalise_pin(repeat) == kiosk.normalise_pin(pin)
        except ValidationError:
            same = False
        if not same:
            self._error(self.tr("The two PINs are not the same. Type the PIN again."),
                        self.ui.repeatEdit)
            return
        self.pin_lock = lock
        self.ui.pinEdit.setText("")
        self.ui.repeatEdit.setText("")
        self.accept()

    def _error(self, text: str, field: QLineEdit) -> None:
        self.ui.errorLabel.setText(text)
        field.selectAll()
        field.setFocus()


_RUNNING: list[KioskWindow] = []


def running_kiosk() -> KioskWindow | None:
    return _RUNNING[0] if _RUNNING else None


def start_kiosk(db: Database, workshop_id: str | None, bus: ChangeBus | None,
                parent: QWidget | None = None, *, full_screen: bool = True) -> KioskWindow | None:
    """Ask the facilitator for a PIN, then run the kiosk for ``workshop_id`` full screen.

    The window of ``parent`` (the main window) is hidden while the kiosk runs and shown again
    when the facilitator leaves. Returns the kiosk window, or None if not started."""
    if running_kiosk() is not None:
        window = running_kiosk()
        window.raise_()
        window.activateWindow()
        return window
    if not workshop_id:
        QMessageBox.information(parent, QApplication.translate("KioskWindow", "Kiosk mode"),
                                QApplication.translate(
                                    "KioskWindow", "Choose a workshop in the list first: the "
                                    "kiosk collects ideas for one workshop."))
        return None
    workshop = projects.get_workshop(db, workshop_id)
    dialog = StartKioskDialog(workshop, parent)
    if not dialog.exec() or dialog.pin_lock is None:
        return None
    window = KioskWindow(db, workshop_id, bus, dialog.pin_lock)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    host = parent.window() if parent is not None else None
    _RUNNING.append(window)

    def finished() -> None:
        if window in _RUNNING:
            _RUNNING.remove(window)
        if host is not None:
            host.show()
            host.raise_()
            host.activateWindow()

    window.finished.connect(finished)
    if host is not None:
        host.hide()
    if full_screen:
        window.set_keep_full_screen(True)
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    return window
