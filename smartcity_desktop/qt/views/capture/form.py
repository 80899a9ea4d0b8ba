"""The Capture view's form, built for the keyboard: need or idea (F7 / F8), the source, the
text, the participant code or table group and the theme (with completers), the SDGs as numbers,
the strategy goals and the title, each field that can be kept for the next idea with its pin.
Enter saves, Shift+Enter starts a new line, and Ctrl+Z in a field with nothing of its own to
undo undoes the last save."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import IdeaSource
from ....services.ideas import capture
from ....services.workshop import projects
from ... import labels
from ...icons import icon
from ...idea_form import code_completer, fill_theme_combo
from ...sdg_chips import SdgChips

ERROR_STYLE = "color: #b00020;"
SAVED_STYLE = "color: #1b7f3b; font-weight: bold;"
SAVED_MS = 4000
TEXT_LINES = 3
# Need / idea. Not F5 (the Run view's projector window) nor Alt+letters (menus, view tabs).
NEED_KEY = "F7"
IDEA_KEY = "F8"

# Fields that can be kept from one idea to the next, and whether they are kept by default.
STICKY_DEFAULTS = {"kind": True, "source": True, "theme": True, "participant": True,
                   "table_group": True, "sdgs": False, "goals": False}


def _goal_chip_style() -> str:
    return ("QToolButton { border: 1px solid #9aa5ad; border-radius: 4px; padding: 2px 8px; }"
            "QToolButton:checked { background: #2f5d8a; color: white; border-color: #1f3f5f; "
            "font-weight: bold; }"
            "QToolButton:focus { border: 2px solid #1565c0; }")


def _kind_style(colour: str) -> str:
    return ("QToolButton { border: 1px solid #9aa5ad; border-radius: 4px; padding: 3px 10px; }"
            f"QToolButton:checked {{ background: {colour}; color: white; border-color: {colour};"
            " font-weight: bold; }"
            "QToolButton:focus { border: 2px solid #1565c0; }")


class CaptureForm:
    """Builds the form of :class:`.view.CaptureView` and fills its choices, a mixin. Its
    strings are translated under this class's name: lupdate files them so, and ``self.tr``
    looks along the MRO and finds them."""

    def _error_label(self, names, parent: QWidget) -> QLabel:
        """A red label for the problems of the fields ``names`` (hidden while there are none)."""
        label = QLabel(parent)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Problem"))
        label.hide()
        for name in ([names] if isinstance(names, str) else names):
            self.errors[name] = label
        return label

    def _pin(self, name: str, what: str, parent: QWidget) -> QToolButton:
        """A pin toggle: pinned fields are kept for the next idea."""
        pin = QToolButton(parent)
        pin.setCheckable(True)
        pin.setAutoRaise(True)
        pin.setAccessibleName(self.tr("Keep %s for the next idea") % what)
        pin.toggled.connect(lambda on, p=pin, w=what: self._update_pin(p, w, on))
        pin.setChecked(STICKY_DEFAULTS[name])
        self._update_pin(pin, what, pin.isChecked())
        self.pins[name] = pin
        return pin

    def _update_pin(self, pin: QToolButton, what: str, on: bool) -> None:
        pin.setIcon(icon("pin") if on else icon("pin_off"))
        pin.setToolTip(self.tr("Pinned: %s is kept for the next idea. Click to clear it after "
                               "each save.") % what if on else
                       self.tr("Not pinned: %s is cleared after each save. Click to keep it.")
                       % what)

    def _label(self, text: str, buddy: QWidget | None, parent: QWidget) -> QLabel:
        """A field label, as tall as a line edit so that it lines up with its field."""
        label = QLabel(text, parent)
        if buddy is not None:
            label.setBuddy(buddy)
        label.setMinimumHeight(self._line_height)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _field(self, widget: QWidget, name: str, pin_text: str | None,
               parent: QWidget, stretch: bool = True, error: bool = True) -> QVBoxLayout:
        """``widget`` with its pin (if it can be kept) and, below, its error label (unless
        the row has one label for several fields)."""
        self._error_widgets[name] = widget
        box = QVBoxLayout()
        box.setSpacing(1)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(widget, 1 if stretch else 0)
        if pin_text is not None:
            row.addWidget(self._pin(name, pin_text, parent))
        if not stretch:
            row.addStretch(1)
        box.addLayout(row)
        if error:
            box.addWidget(self._error_label(name, parent))
        box.addStretch(1)
        return box

    def _build_form(self, form: QFrame) -> None:
        self._line_height = QLineEdit().sizeHint().height()  # a probe, never shown
        grid = QGridLayout(form)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

        # --- kind and source
        self.need_button = QToolButton(form)
        self.need_button.setText(self.tr("Need  %s") % NEED_KEY)
        self.need_button.setToolTip(self.tr("A need or a problem (%s)") % NEED_KEY)
        self.need_button.setAccessibleName(self.tr("Need or problem"))
        self.need_button.setStyleSheet(_kind_style("#b45f06"))
        self.idea_button = QToolButton(form)
        self.idea_button.setText(self.tr("Idea  %s") % IDEA_KEY)
        self.idea_button.setToolTip(self.tr("An idea or a solution (%s)") % IDEA_KEY)
        self.idea_button.setAccessibleName(self.tr("Idea or solution"))
        self.idea_button.setStyleSheet(_kind_style("#2e7d32"))
        self.kind_group = QButtonGroup(self)
        for button in (self.need_button, self.idea_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.kind_group.addButton(button)
        self.idea_button.setChecked(True)
        self.need_action = QAction(self.tr("Need or problem"), self)
        self.need_action.setShortcut(QKeySequence(NEED_KEY))
        self.need_action.triggered.connect(lambda: self.need_button.setChecked(True))
        self.idea_action = QAction(self.tr("Idea or solution"), self)
        self.idea_action.setShortcut(QKeySequence(IDEA_KEY))
        self.idea_action.triggered.connect(lambda: self.idea_button.setChecked(True))
        for action in (self.need_action, self.idea_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        kind_box = QWidget(form)
        kind_row = QHBoxLayout(kind_box)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.setSpacing(0)
        kind_row.addWidget(self.need_button)
        kind_row.addWidget(self.idea_button)
        kind_row.addWidget(self._pin("kind", self.tr("the kind"), form))
        kind_row.addStretch(1)

        self.source_combo = QComboBox(form)
        self.source_combo.setAccessibleName(self.tr("Source"))
        for source in IdeaSource:
            self.source_combo.addItem(labels.idea_source(source), source.value)
        source_label = self._label(self.tr("Source:"), self.source_combo, form)
        top = QHBoxLayout()
        top.addWidget(kind_box)
        top.addStretch(1)
        top.addWidget(source_label)
        top.addWidget(self.source_combo)
        top.addWidget(self._pin("source", self.tr("the source"), form))
        kind_label = self._label(self.tr("Kind:"), None, form)
        grid.addWidget(kind_label, 0, 0)
        grid.addLayout(top, 0, 1)

        # --- text
        self.text_edit = QPlainTextEdit(form)
        self.text_edit.setAccessibleName(self.tr("Idea text"))
        self.text_edit.setPlaceholderText(self.tr(
            "What did the participant say or write? Enter saves · Shift+Enter starts a new "
            "line"))
        self.text_edit.setTabChangesFocus(True)
        metrics = self.text_edit.fontMetrics()
        self.text_edit.setFixedHeight(metrics.lineSpacing() * TEXT_LINES + 14)
        grid.addWidget(self._label(self.tr("Text:"), self.text_edit, form), 1, 0,
                       Qt.AlignmentFlag.AlignTop)
        grid.addLayout(self._field(self.text_edit, "text", None, form), 1, 1)

        # --- author and theme
        self.participant_edit = QLineEdit(form)
        self.participant_edit.setAccessibleName(self.tr("Participant code"))
        self.participant_edit.setPlaceholderText(self.tr("e.g. W1-007 or 7"))
        self.participant_edit.setToolTip(self.tr(
            "The code on the participant's card. A number alone means this workshop's "
            "participant with that number."))
        self.participant_edit.setCompleter(code_completer(self, []))
        self.table_edit = QLineEdit(form)
        self.table_edit.setAccessibleName(self.tr("Table group"))
        self.table_edit.setPlaceholderText(self.tr("e.g. Table 3"))
        self.table_edit.setToolTip(self.tr("For ideas of a whole table: leave the participant "
                                           "code empty."))
        self.table_edit.setCompleter(code_completer(self, []))
        self.theme_combo = QComboBox(form)
        self.theme_combo.setEditable(True)
        self.theme_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.setToolTip(self.tr("Pick a theme, or type a new name to create it."))
        self.theme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme_combo.setMinimumContentsLength(14)
        self.theme_combo.lineEdit().setPlaceholderText(self.tr("Pick or type a new one"))
        fill_theme_combo(self.theme_combo, [], keep_text=False)
        author = QHBoxLayout()
        author.setSpacing(8)
        author.addLayout(self._field(self.participant_edit, "participant",
                                     self.tr("the participant code"), form, error=False), 3)
        author.addWidget(self._label(self.tr("or table group:"), self.table_edit, form))
        author.addLayout(self._field(self.table_edit, "table_group", self.tr("the table group"),
                                     form, error=False), 3)
        author.addWidget(self._label(self.tr("Theme:"), self.theme_combo, form))
        author.addLayout(self._field(self.theme_combo, "theme", self.tr("the theme"), form,
                                     error=False), 4)
        # The messages are longer than these fields are wide: one label under the whole row.
        author_box = QVBoxLayout()
        author_box.setSpacing(1)
        author_box.addLayout(author)
        author_box.addWidget(self._error_label(("participant", "table_group", "theme"), form))
        participant_label = self._label(self.tr("Participant:"), self.participant_edit, form)
        grid.addWidget(participant_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(author_box, 2, 1)

        # --- SDGs
        self.sdg_chips = SdgChips(form, columns=17, chip_size=(30, 26), chip_focus=False,
                                  numbers_edit=True)
        self.sdg_edit = self.sdg_chips.numbers_edit
        grid.addWidget(self._label(self.tr("SDGs:"), self.sdg_edit, form), 3, 0,
                       Qt.AlignmentFlag.AlignTop)
        grid.addLayout(self._field(self.sdg_chips, "sdgs", self.tr("the SDGs"), form,
                                   stretch=False), 3, 1)

        # --- strategy goals and title
        self.goals_box = QWidget(form)
        self.goals_box.setAccessibleName(self.tr("Strategy goals"))
        self._goals_row = QHBoxLayout(self.goals_box)
        self._goals_row.setContentsMargins(0, 0, 0, 0)
        self._goals_row.setSpacing(4)
        self._goals_row.addStretch(1)
        self.title_edit = QLineEdit(form)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Optional short title"))
        last = QHBoxLayout()
        last.setSpacing(8)
        last.addLayout(self._field(self.goals_box, "goals", self.tr("the strategy goals"),
                                   form, stretch=False), 3)
        last.addWidget(self._label(self.tr("Title:"), self.title_edit, form), 0,
                       Qt.AlignmentFlag.AlignTop)
        last.addLayout(self._field(self.title_edit, "title", None, form), 2)
        self.goals_label = self._label(self.tr("Goals:"), None, form)
        grid.addWidget(self.goals_label, 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(last, 4, 1)

        # --- hint, feedback, save
        self.keys_hint = QLabel(self.tr(
            "Enter saves · Shift+Enter new line · %1 need · %2 idea · pinned fields are kept "
            "for the next idea · Ctrl+Z undoes a save").replace("%1", NEED_KEY)
            .replace("%2", IDEA_KEY), form)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: palette(placeholder-text);")
        self.keys_hint.setAccessibleName(self.tr("Keyboard help"))
        self.saved_label = QLabel(form)
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setAccessibleName(self.tr("Save result"))
        self.save_button = QPushButton(icon("add"), self.tr("Save idea"), form)
        self.save_button.setToolTip(self.tr("Save the idea (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save idea"))
        self.save_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.saved_label)
        bottom.addWidget(self.save_button)
        grid.addLayout(bottom, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        # A field with a problem gets a red frame, besides the message under it.
        form.setStyleSheet(form.styleSheet() + ' *[problem="true"] { border: 2px solid #b00020;'
                           " border-radius: 3px; }")
        self._general_error = self._error_label(("general", "kind", "source"), form)
        grid.addWidget(self._general_error, 6, 0, 1, 2)

        # Tab goes through the fields a paper card fills most, then the rest, then the pins.
        self._set_tab_order([self.text_edit, self.participant_edit, self.sdg_edit,
                             self.theme_combo, self.table_edit, self.need_button,
                             self.idea_button, self.source_combo, self.title_edit])
        for widget in (self.text_edit, self.title_edit, self.participant_edit, self.table_edit,
                       self.theme_combo, self.theme_combo.lineEdit(), self.sdg_edit,
                       self.source_combo, self.need_button, self.idea_button):
            widget.installEventFilter(self)

    def _set_tab_order(self, widgets: list[QWidget]) -> None:
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def _rebuild_tab_order(self) -> None:
        chain = [self.text_edit, self.participant_edit, self.sdg_edit, self.theme_combo,
                 self.table_edit, self.need_button, self.idea_button, self.source_combo,
                 self.title_edit, *self.goal_buttons.values(), self.save_button,
                 *self.pins.values(), self.edit_button, self.delete_button, self.table]
        self._set_tab_order(chain)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                            Qt.Key.Key_Enter):
            if (event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    and watched is self.text_edit):
                self.text_edit.insertPlainText("\n")
            else:
                self.save()
            return True
        if kind == QEvent.Type.ShortcutOverride and self._nothing_to_undo(watched, event):
            # Ctrl+Z in a field with nothing of its own to undo (e.g. right after a save,
            # the text is empty) undoes the last save instead of doing nothing. The field
            # forgets its own redo then, so that Ctrl+Shift+Z redoes that same save.
            if event.matches(QKeySequence.StandardKey.Undo):
                self._forget_field_history(watched)
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _forget_field_history(widget) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.document().clearUndoRedoStacks()
        elif isinstance(widget, QLineEdit) and widget.isRedoAvailable():
            cursor = widget.cursorPosition()
            widget.setText(widget.text())  # setText clears the undo and redo history
            widget.setCursorPosition(cursor)

    @staticmethod
    def _nothing_to_undo(widget, event) -> bool:
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if isinstance(widget, QPlainTextEdit):
            doc = widget.document()
            return not (doc.isUndoAvailable() if undo else doc.isRedoAvailable())
        if isinstance(widget, QLineEdit):
            return not (widget.isUndoAvailable() if undo else widget.isRedoAvailable())
        return True

    def _reload_choices(self) -> None:
        if self._project_id is None:
            return
        fill_theme_combo(self.theme_combo, projects.list_themes(self._db, self._project_id))
        goals = projects.list_strategy_goals(self._db, self._project_id)
        shown = [(g.id, g.code, g.title) for g in goals]
        if shown != self._goals_shown or not goals:
            self._goals_shown = shown
            self._rebuild_goal_buttons(goals)
        for widget in (self.goals_label, self.goals_box, self.pins["goals"]):
            widget.setVisible(bool(goals))
        self._rebuild_tab_order()

    def _rebuild_goal_buttons(self, goals) -> None:
        checked = {g for g, b in self.goal_buttons.items() if b.isChecked()}
        for button in self.goal_buttons.values():
            self._goals_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.goal_buttons.clear()
        for n, goal in enumerate(goals):
            button = QToolButton(self.goals_box)
            button.setText(goal.code)
            button.setCheckable(True)
            button.setChecked(goal.id in checked)
            button.setToolTip(f"{goal.code} {goal.title}")
            button.setAccessibleName(self.tr("Strategy goal %1: %2").replace("%1", goal.code)
                                     .replace("%2", goal.title))
            button.setStyleSheet(_goal_chip_style())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.installEventFilter(self)
            self._goals_row.insertWidget(n, button)
            self.goal_buttons[goal.id] = button

    def _reload_participants(self) -> None:
        if self._workshop_id is None:
            return
        codes = capture.participant_codes(self._db, self._workshop_id)
        self.participant_edit.completer().model().setStringList(codes)

    def _reload_table_groups(self) -> None:
        if self._workshop_id is None:
            return
        groups = capture.table_groups(self._db, self._workshop_id)
        self.table_edit.completer().model().setStringList(groups)
