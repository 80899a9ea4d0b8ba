"""The Capture view: fast idea entry during a meeting or from a pile of paper cards.

One form built for the keyboard (Enter saves, Shift+Enter starts a new line, F7 / F8 choose need
or idea, SDGs typed as numbers), every save committed at once through the undo stack, the fields
that stay the same from card to card kept (pinned), and the workshop's ideas listed below, where
F2 edits and Delete deletes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import IdeaKind, IdeaSource
from ...core.errors import SmartCityError
from ...services.commands import Change
from ...services.ideas import capture, commands, intake
from ...services.ideas.capture import IdeaQuery
from ...services.ideas.intake import IdeaForm
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels
from ..icons import icon
from ..idea_actions import delete_ideas, edit_idea, selected_idea_ids, setup_idea_table
from ..idea_form import code_completer, error_text, fill_theme_combo
from ..idea_model import IdeaTableModel
from ..sdg_chips import SdgChips
from ..undo import ChangeBus, push
from .base import ScopedView

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

# Which error goes next to which field (``ValidationError.field`` → form field).
ERROR_FIELDS = {"text": "text", "title": "title", "theme": "theme", "participant": "participant",
                "author": "participant", "table_group": "table_group", "sdgs": "sdgs",
                "strategy_goals": "goals", "kind": "kind", "source": "source"}


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


class CaptureView(ScopedView):
    """Fast entry of the ideas of one workshop."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._workshop_code = ""
        self._entered_by = ""
        self.model = IdeaTableModel(db, self)
        self.errors: dict[str, QLabel] = {}       # field → the label its problem shows in
        self._error_widgets: dict[str, QWidget] = {}
        self._shown_errors: dict[str, str] = {}
        self.pins: dict[str, QToolButton] = {}
        self.goal_buttons: dict[str, QToolButton] = {}
        self._goals_shown: list[tuple[str, str, str]] = []
        self._build()
        self._connect_signals()
        self.setFocusProxy(self.text_edit)  # the main window focuses a view it switches to
        self.set_scope(None, None)

    # ================================================================== layout
    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        self.hint = QLabel(self.tr("Choose a workshop in the list on the left: ideas are "
                                   "captured into one workshop."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("No workshop chosen"))
        self.pages.addWidget(self.hint)
        page = QWidget(self)
        self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        self.heading = QLabel(page)
        self.heading.setAccessibleName(self.tr("Workshop"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.form = QFrame(page)
        self.form.setObjectName("captureForm")
        self.form.setFrameShape(QFrame.Shape.StyledPanel)
        self.form.setStyleSheet("QFrame#captureForm { background: palette(base); "
                                "border: 1px solid #c5ccd3; border-radius: 6px; }")
        layout.addWidget(self.form)
        self._build_form(self.form)

        list_bar = QHBoxLayout()
        self.counter_label = QLabel(page)
        self.counter_label.setAccessibleName(self.tr("Number of ideas in this workshop"))
        list_bar.addWidget(self.counter_label)
        list_bar.addStretch(1)
        self.edit_button = QToolButton(page)
        self.delete_button = QToolButton(page)
        list_bar.addWidget(self.edit_button)
        list_bar.addWidget(self.delete_button)
        layout.addLayout(list_bar)

        self.table = QTableView(page)
        self.table.setAccessibleName(self.tr("Ideas of this workshop"))
        setup_idea_table(self.table, self.model, (0, 60, 170, 70, 80, 90, 0, 0, 120))
        for column in ("workshop", "status"):
            self.table.setColumnHidden(IdeaTableModel.COLUMNS.index(column), True)
        layout.addWidget(self.table, 1)

        self.edit_action = QAction(icon("edit"), self.tr("&Edit idea…"), self.table)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setToolTip(self.tr("Edit the selected idea (F2)"))
        self.delete_action = QAction(icon("delete"), self.tr("&Delete idea"), self.table)
        self.delete_action.setShortcuts(QKeySequence.StandardKey.Delete)
        self.delete_action.setToolTip(self.tr("Delete the selected ideas (Delete); Ctrl+Z "
                                              "brings them back"))
        for action, button in ((self.edit_action, self.edit_button),
                               (self.delete_action, self.delete_button)):
            # Only in the list: F2 and Delete keep their usual meaning in the form's fields.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(SAVED_MS)
        self._saved_timer.timeout.connect(lambda: self.saved_label.clear())

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

    # ================================================================== signals
    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._bus.ideas_changed.connect(self._on_ideas_changed)
        self._bus.structure_changed.connect(self._reload_choices)
        self._bus.participants_changed.connect(self._reload_participants)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_counter)
        # Editing a field takes its error away.
        self.text_edit.textChanged.connect(lambda: self._clear_error("text"))
        self.title_edit.textEdited.connect(lambda _t: self._clear_error("title"))
        self.participant_edit.textEdited.connect(lambda _t: self._clear_error("participant"))
        self.table_edit.textEdited.connect(lambda _t: self._clear_error("table_group"))
        self.theme_combo.editTextChanged.connect(lambda _t: self._clear_error("theme"))
        self.sdg_chips.changed.connect(lambda: self._clear_error("sdgs"))

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

    # ================================================================== scope
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        """Capture needs a workshop; for a project (or nothing) a hint is shown."""
        project_changed = project_id != self._project_id
        workshop_changed = workshop_id != self._workshop_id
        self._project_id = project_id
        self._workshop_id = workshop_id
        if workshop_id is None:
            self.pages.setCurrentWidget(self.hint)
            self.model.set_query(IdeaQuery())
            self._update_actions()
            return
        workshop = projects.get_workshop(self._db, workshop_id)
        self._workshop_code = workshop.code
        self.heading.setText(self.tr("Capture ideas · %1 %2").replace("%1", workshop.code)
                             .replace("%2", workshop.title))
        self.pages.setCurrentWidget(self.pages.widget(1))
        if workshop_changed:
            # A code or table of another workshop would be refused; start those afresh.
            self.participant_edit.clear()
            self.table_edit.clear()
            self._clear_errors()
        if project_changed:
            self.theme_combo.setEditText("")
            self.sdg_chips.clear()
        self._reload_choices()
        self._reload_participants()
        self._reload_table_groups()
        if workshop_changed or self.model.query.workshop_id != workshop_id:
            self.model.set_query(IdeaQuery(workshop_id=workshop_id))
        self._update_actions()

    def set_entered_by(self, name: str) -> None:
        """Who types (stored with each idea, e.g. from the ``capture/entered_by`` setting)."""
        self._entered_by = name

    def showEvent(self, event) -> None:  # noqa: N802
        # Themes or participants may have been added in another view meanwhile.
        if self._workshop_id is not None:
            self._reload_choices()
            self._reload_participants()
            self._reload_table_groups()
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_text)

    def focus_text(self) -> None:
        """Put the cursor in the text, unless the user is already somewhere in this view."""
        focus = QApplication.focusWidget()
        if self._workshop_id is not None and self.isVisible() and not (
                focus is not None and self.isAncestorOf(focus)):
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

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

    # ================================================================== saving
    def current_form(self) -> IdeaForm:
        """The form as typed (SDGs from the numbers field; raises on a bad number)."""
        return IdeaForm(
            text=self.text_edit.toPlainText(), title=self.title_edit.text(),
            kind=IdeaKind.NEED if self.need_button.isChecked() else IdeaKind.IDEA,
            theme=self.theme_combo.currentText(), sdgs=self.sdg_chips.checked_numbers(),
            strategy_goal_ids=tuple(g for g, b in self.goal_buttons.items() if b.isChecked()),
            source=IdeaSource(self.source_combo.currentData()),
            participant_code=self.participant_edit.text(), table_group=self.table_edit.text(),
            entered_by=self._entered_by)

    def save(self) -> bool:
        """Save the form as a new idea (one undoable step). On a problem nothing is saved,
        the problem is shown next to its field and everything typed stays."""
        if self._workshop_id is None:
            return False
        self._clear_errors()
        try:
            form = self.current_form()
            data = intake.read_form(self._db, self._workshop_id, form)
            change = push(self._stack, commands.AddIdea(self._db, self._workshop_id, data),
                          self.tr("Add idea"), self._bus)
        except SmartCityError as exc:
            self._show_error(exc)
            return False
        # A theme typed in is created with the idea; the ChangeBus reloads the choices.
        if data.author_participant_id and self.pins["participant"].isChecked():
            # Show the full code a short one ("7") stood for.
            self.participant_edit.setText(intake.parse_participant_code(
                form.participant_code, self._workshop_code))
        if data.author_table_group:
            model = self.table_edit.completer().model()
            if data.author_table_group not in model.stringList():
                self._reload_table_groups()
        self._reset_after_save()
        self._show_saved(change.added[0] if change.added else None, data.text)
        return True

    def _reset_after_save(self) -> None:
        self.text_edit.setPlainText("")  # also forgets the text's own undo history
        self.title_edit.clear()
        if not self.pins["kind"].isChecked():
            self.idea_button.setChecked(True)
        if not self.pins["source"].isChecked():
            self.source_combo.setCurrentIndex(0)
        if not self.pins["theme"].isChecked():
            self.theme_combo.setCurrentIndex(0)
            self.theme_combo.setEditText("")
        if not self.pins["participant"].isChecked():
            self.participant_edit.clear()
        if not self.pins["table_group"].isChecked():
            self.table_edit.clear()
        if not self.pins["sdgs"].isChecked():
            self.sdg_chips.clear()
        if not self.pins["goals"].isChecked():
            for button in self.goal_buttons.values():
                button.setChecked(False)
        self._clear_errors()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_saved(self, idea_id: str | None, text: str) -> None:
        excerpt = " ".join(text.split())
        if len(excerpt) > 40:
            excerpt = excerpt[:39] + "…"
        self.saved_label.setText(self.tr("Saved ✓"))
        self.saved_label.setToolTip(excerpt)
        self._saved_timer.start()
        self.status_message.emit(self.tr("Idea saved: “%1”. Ctrl+Z undoes it.")
                                 .replace("%1", excerpt))
        row = self.model.row_of(idea_id) if idea_id else None
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().clearSelection()
            self.table.selectRow(row)
            self.table.scrollTo(index)

    def _show_error(self, exc: SmartCityError) -> None:
        name = ERROR_FIELDS.get(getattr(exc, "field", ""), "general")
        text = error_text(exc)
        self._shown_errors[name] = text
        label = self.errors.get(name, self._general_error)
        label.setText(text)
        label.show()
        self.saved_label.clear()
        widget = self._error_widgets.get(name)
        if widget is not None:
            self._mark(widget, True)
            focus = self.sdg_edit if widget is self.sdg_chips else widget
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit):
                focus.selectAll()
        self.status_message.emit(self.tr("Not saved: %s") % text)

    @staticmethod
    def _mark(widget: QWidget, problem: bool) -> None:
        if widget is not None and bool(widget.property("problem")) != problem:
            widget.setProperty("problem", problem)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _clear_error(self, name: str) -> None:
        if self._shown_errors.pop(name, None) is not None:
            self._mark(self._error_widgets.get(name), False)
            label = self.errors.get(name, self._general_error)
            if not any(self.errors.get(n, self._general_error) is label
                       for n in self._shown_errors):
                label.clear()
                label.hide()
        if name == "table_group":  # "a participant or a table group, not both" shows there
            self._clear_error("participant")

    def _clear_errors(self) -> None:
        for name in list(self._shown_errors):
            self._clear_error(name)

    def error_texts(self) -> dict[str, str]:
        """The problems shown, by field (for tests and screen readers)."""
        return dict(self._shown_errors)

    # ================================================================== the list
    def _on_ideas_changed(self, change: Change) -> None:
        self.model.apply_change(change)
        self._update_actions()

    def _update_counter(self, *args) -> None:
        self.counter_label.setText(self.tr("%n idea(s) in this workshop", "",
                                           self.model.rowCount()))

    def _update_actions(self, *args) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    def selected_ids(self) -> list[str]:
        return selected_idea_ids(self.table, self.model)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids and ids[0]:
            edit_idea(self, self._db, self._stack, self._bus, ids[0])
            self._reload_choices()  # the dialog may have created a theme

    def delete_selected(self) -> None:
        ids = tuple(i for i in self.selected_ids() if i)
        if ids and delete_ideas(self, self._db, self._stack, self._bus, ids):
            self.status_message.emit(
                self.tr("%n idea(s) deleted. Undo with Ctrl+Z.", "", len(ids)))

