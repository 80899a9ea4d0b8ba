"""The kiosk's pages ("Your idea", "About you", "Thank you", the facilitator's PIN pad) and the
header and banner above them, built for :class:`.window.KioskWindow`."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import rules
from ...core.enums import IdeaKind
from ...services.ideas import kiosk
from ..icons import icon
from .widgets import (
    ChoiceRow,
    IdeaEditor,
    heading_row,
    kiosk_button,
    kiosk_label,
    page_column,
    scrolling_page,
)

SELF_DESCRIBED = "self_described"


class KioskPages:
    """Builds the pages of :class:`.window.KioskWindow`, a mixin. Its strings are translated
    under this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and
    finds them."""

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.header = QFrame(self)
        header = QHBoxLayout(self.header)
        header.setContentsMargins(32, 6, 8, 0)
        self.workshop_label = kiosk_label(f"{self._workshop.code} · {self._workshop.title}",
                                     "workshop", self.header, wrap=False)
        self.workshop_label.setAccessibleName(self.tr("Workshop"))
        self.exit_button = kiosk_button("", "exit", self.tr("Leave kiosk mode (facilitator)"),
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
        self.banner_label = kiosk_label("", "bannerText", self.banner)
        self.banner_label.setAccessibleName(self.tr("Still there?"))
        self.still_here_button = kiosk_button(self.tr("I'm still here"), "secondary",
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
        column = page_column(content)
        self.idea_heading = kiosk_label(self.tr("Your idea"), "heading", content)
        column.addLayout(heading_row(self.idea_heading,
                                      kiosk_label(self.tr("Step 1 of 2"), "step", content)))
        self.idea_prompt = kiosk_label(
            self.tr("What would make your neighbourhood smarter, greener or better for "
                    "everyone?"), "hint", content)
        self.editor = IdeaEditor(content)
        self.editor.setAccessibleName(self.tr("Your idea"))
        self.editor.setPlaceholderText(self.tr("Write here, in your own words and in any "
                                                "language…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.editor.textChanged.connect(self._update_counter)
        self.counter_label = kiosk_label("", "counter", content)
        self.counter_label.setAccessibleName(self.tr("Characters left"))
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.kind_question = kiosk_label(self.tr("Is it a need or an idea?"), "question", content)
        self.kind_row = ChoiceRow(self.tr("Need or idea"), [
            (IdeaKind.NEED.value, self.tr("A need or a problem")),
            (IdeaKind.IDEA.value, self.tr("An idea or a solution"))], content)
        self.theme_question = kiosk_label(self.tr("Which theme fits best? (optional)"), "question",
                                     content)
        self.theme_row = ChoiceRow(self.tr("Theme"), [(t.id, t.name) for t in self._themes],
                                   content)
        self.theme_question.setVisible(bool(self._themes))
        self.theme_row.setVisible(bool(self._themes))
        self.idea_message = kiosk_label("", "error", content)
        self.idea_message.setAccessibleName(self.tr("Message"))
        self.idea_message.hide()
        for widget in (self.idea_prompt, self.editor, self.counter_label, self.kind_question,
                       self.kind_row, self.theme_question, self.theme_row, self.idea_message):
            if widget in (self.kind_question, self.theme_question):
                column.addSpacing(6)
            column.addWidget(widget, 1 if widget is self.editor else 0)
        self.idea_scroll = scrolling_page(content, page)

        self.next_button = kiosk_button(self.tr("Next  →"), "primary", self.tr("Next"), page)
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
        column = page_column(content)
        column.addLayout(heading_row(kiosk_label(self.tr("About you (optional)"), "heading", content),
                                      kiosk_label(self.tr("Step 2 of 2"), "step", content)))
        column.addWidget(kiosk_label(
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
            column.addWidget(kiosk_label(dim.label, "question", content))
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
        self.consent_hint = kiosk_label(
            self.tr("Without this tick we cannot keep your answers about you."),
            "hint", content)
        self.about_message = kiosk_label("", "message", content)
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
        self.about_scroll = scrolling_page(content, page)

        self.back_button = kiosk_button(self.tr("←  Back"), "secondary", self.tr("Back"), page)
        self.back_button.clicked.connect(lambda: self.show_page(self.PAGE_IDEA))
        self.skip_button = kiosk_button(self.tr("Skip"), "secondary",
                                   self.tr("Skip these questions and send my idea"), page)
        self.skip_button.setToolTip(self.tr("Send your idea without answers about you"))
        self.skip_button.clicked.connect(lambda: self.skip())
        self.send_button = kiosk_button(self.tr("Send  ✓"), "primary", self.tr("Send"), page)
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
        self.thanks_label = kiosk_label(self.tr("Thank you!"), "thanks", page)
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_detail = kiosk_label(self.tr("Your idea has been saved. The screen is ready for "
                                            "the next person in a moment."), "hint", page)
        self.thanks_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_detail.setAccessibleName(self.tr("Your idea has been saved."))
        self.next_person_button = kiosk_button(self.tr("Next person"), "secondary",
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
        heading = kiosk_label(self.tr("Facilitator PIN"), "heading", content)
        hint = kiosk_label(self.tr("Enter the PIN to leave kiosk mode. Participants: please press "
                              "\u201cBack to the form\u201d."), "hint", content)
        self.pin_edit = QLineEdit(content)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(kiosk.PIN_MAX)
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                          | Qt.InputMethodHint.ImhSensitiveData)
        self.pin_message = kiosk_label("", "error", content)
        self.pin_message.setAccessibleName(self.tr("Message"))
        self.pin_message.hide()
        self.pin_cancel_button = kiosk_button(self.tr("Back to the form"), "secondary",
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
            self.keypad[key] = kiosk_button(key, "key", key, content)
            grid.addWidget(self.keypad[key], n // 3, n % 3)
        self.keypad["back"] = kiosk_button("", "key", self.tr("Delete the last digit"), content)
        self.keypad["back"].setIcon(icon("backspace"))
        self.keypad["back"].setIconSize(QSize(40, 40))
        self.keypad["0"] = kiosk_button("0", "key", "0", content)
        self.keypad["ok"] = kiosk_button(self.tr("OK"), "key", self.tr("OK, leave kiosk mode"),
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
        layout.addWidget(scrolling_page(content, page))
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
