"""The widgets of the Run view and how they are laid out: the big clock with its buttons, the
facilitator's notes and the agenda table with its tools. The view's behaviour is in
:mod:`.view`."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....services.workshop import run
from ...icons import icon

NOTES_DELAY_MS = 500
COL_MARK, COL_ACTIVITY, COL_MINUTES, COL_START, COL_END = range(5)


class MinutesDelegate(QStyledItemDelegate):
    """Planned minutes are edited in a spin box limited to what the service accepts."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(run.MIN_MINUTES, run.MAX_MINUTES)
        editor.setSuffix(QApplication.translate("RunView", " min"))
        editor.setAccessibleName(QApplication.translate("RunView", "Planned minutes"))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or run.MIN_MINUTES))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RunViewLayout:
    """Builds the widgets of :class:`.view.RunView`, a mixin. Its strings are translated under
    this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and finds
    them."""

    def _make_action(self, name: str, text: str, tip: str, slot, shortcuts=()) -> QAction:
        action = QAction(icon(name), text, self)
        action.setToolTip(tip)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        return action

    def _build(self) -> None:
        self.start_action = self._make_action(
            "start", self.tr("Start"), self.tr("Start the next activity (Space)"), self.start)
        self.pause_action = self._make_action(
            "pause", self.tr("Pause"), self.tr("Pause the timer; the activity goes on in the "
                                               "record (Space)"), self.pause)
        self.add_minute_action = self._make_action(
            "add_minute", self.tr("+1 min"), self.tr("Give the current activity one more minute "
                                                     "(Ctrl+= or +)"),
            self.add_minute, ("Ctrl+=", "Ctrl++", "+"))
        self.next_action = self._make_action(
            "next", self.tr("Next activity"), self.tr("End this activity and start the next "
                                                      "one (Ctrl+Right)"),
            self.next_activity, ("Ctrl+Right",))
        self.close_action = self._make_action(
            "close_workshop", self.tr("Close workshop…"),
            self.tr("End the meeting: the workshop's status becomes closed"), self.close_workshop)
        self.projector_action = QAction(icon("projector"), self.tr("&Projector window"), self)
        self.projector_action.setShortcut(QKeySequence("F5"))
        self.projector_action.setToolTip(self.tr("Show the timer and the newest ideas to the "
                                                 "room on a second screen (F5)"))
        self.projector_action.triggered.connect(self.open_projector)

        self.pages = QStackedWidget(self)
        self.hint = QLabel(self.tr("Choose a workshop to run"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("font-size: 16pt; color: palette(placeholder-text);")
        self.hint.setAccessibleName(self.tr("Choose a workshop to run"))
        self.pages.addWidget(self.hint)
        self.page = QWidget(self)
        self.pages.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # Header: the workshop and its status, the projector.
        self.heading = QLabel(self.page)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label = QLabel(self.page)
        self.status_label.setAccessibleName(self.tr("Workshop status"))
        projector_button = QToolButton(self.page)
        projector_button.setDefaultAction(self.projector_action)
        projector_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        projector_button.setAccessibleName(self.tr("Projector window"))
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.status_label)
        header.addSpacing(12)
        header.addWidget(projector_button)

        # The clock.
        self.timer_panel = QFrame(self.page)
        self.timer_panel.setObjectName("timerPanel")
        self.timer_panel.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # click here, then Space
        self.activity_label = QLabel(self.timer_panel)
        self.activity_label.setWordWrap(True)
        self.activity_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.activity_label.setAccessibleName(self.tr("Current activity"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.activity_label.setFont(font)
        self.position_label = QLabel(self.timer_panel)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position_label.setStyleSheet("color: palette(placeholder-text);")
        self.timer_label = QLabel(self.timer_panel)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self._fit_timer_font()
        self.cue_label = QLabel(self.timer_panel)
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue_label.setAccessibleName(self.tr("Timer state"))
        cue_font = QFont(self.font())
        cue_font.setPointSizeF(cue_font.pointSizeF() * 1.5)
        cue_font.setBold(True)
        self.cue_label.setFont(cue_font)
        self.next_label = QLabel(self.timer_panel)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Up next"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = self._big_button(self.start_action, self.tr("Start"))
        self.pause_button = self._big_button(self.pause_action, self.tr("Pause"))
        self.add_minute_button = self._big_button(self.add_minute_action, self.tr("+1 min"))
        self.next_button = self._big_button(self.next_action, self.tr("Next activity"))
        for button in (self.start_button, self.pause_button, self.add_minute_button,
                       self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        panel = QVBoxLayout(self.timer_panel)
        panel.setContentsMargins(16, 14, 16, 14)
        panel.addStretch(1)
        panel.addWidget(self.activity_label)
        panel.addWidget(self.position_label)
        panel.addWidget(self.timer_label)
        panel.addWidget(self.cue_label)
        panel.addSpacing(6)
        panel.addLayout(buttons)
        panel.addWidget(self.next_label)
        panel.addStretch(1)
        self.timer_panel.setStyleSheet(
            "QFrame#timerPanel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; }")
        self.timer_panel.installEventFilter(self)

        # Notes.
        notes_title = QLabel(self.tr("Facilitator notes"), self.page)
        notes_title.setStyleSheet("font-weight: 600;")
        self.notes_state = QLabel(self.page)
        self.notes_state.setAccessibleName(self.tr("Notes saving state"))
        self.notes_state.setStyleSheet("color: palette(placeholder-text);")
        self.notes_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notes = QPlainTextEdit(self.page)
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        self.notes.setPlaceholderText(self.tr("What to follow up, questions from the room, "
                                              "what to change next time… Saved as you type."))
        self.notes.setTabChangesFocus(True)
        self.notes.installEventFilter(self)
        notes_head = QHBoxLayout()
        notes_head.addWidget(notes_title)
        notes_head.addStretch(1)
        notes_head.addWidget(self.notes_state)
        left = QWidget(self.page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timer_panel, 3)
        left_layout.addLayout(notes_head)
        left_layout.addWidget(self.notes, 2)

        # The agenda.
        agenda_title = QLabel(self.tr("Agenda"), self.page)
        agenda_title.setStyleSheet("font-weight: 600;")
        self.agenda = QTableWidget(0, 5, self.page)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setHorizontalHeaderLabels(
            ["#", self.tr("Activity"), self.tr("Minutes"), self.tr("Started"), self.tr("Ended")])
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.agenda.setItemDelegateForColumn(COL_MINUTES, MinutesDelegate(self.agenda))
        self.agenda.setWordWrap(True)
        self.agenda.verticalHeader().setVisible(False)
        self.agenda.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head = self.agenda.horizontalHeader()
        head.setSectionResizeMode(COL_MARK, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_ACTIVITY, QHeaderView.ResizeMode.Stretch)
        for column in (COL_MINUTES, COL_START, COL_END):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.setToolTip(self.tr("Double-click an activity that has not started to "
                                       "change its name or minutes"))

        self.move_up_action = self._make_action(
            "up", self.tr("Move up"), self.tr("Move the selected activity up (Ctrl+Up)"),
            lambda: self.move_selected(-1))
        self.move_down_action = self._make_action(
            "down", self.tr("Move down"), self.tr("Move the selected activity down (Ctrl+Down)"),
            lambda: self.move_selected(+1))
        self.remove_action = self._make_action(
            "delete", self.tr("Remove"), self.tr("Take the selected activity off the agenda "
                                                 "(Delete)"), self.remove_selected)
        # These keys belong to the agenda table only (in the notes they move the cursor).
        for action, key in ((self.move_up_action, "Ctrl+Up"), (self.move_down_action, "Ctrl+Down"),
                            (self.remove_action, "Delete")):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.agenda.addAction(action)
        # Arrows alone (their tooltips say what they do), so a narrow agenda keeps every tool.
        self.agenda_buttons = {}
        agenda_tools = QHBoxLayout()
        agenda_tools.setSpacing(2)
        for action, style in ((self.move_up_action, Qt.ToolButtonStyle.ToolButtonIconOnly),
                              (self.move_down_action, Qt.ToolButtonStyle.ToolButtonIconOnly),
                              (self.remove_action, Qt.ToolButtonStyle.ToolButtonTextBesideIcon)):
            button = QToolButton(self.page)
            button.setDefaultAction(action)
            button.setToolButtonStyle(style)
            button.setAutoRaise(True)
            button.setAccessibleName(action.text())
            agenda_tools.addWidget(button)
            self.agenda_buttons[action] = button

        self.new_activity = QLineEdit(self.page)
        self.new_activity.setPlaceholderText(self.tr("New activity"))
        self.new_activity.setAccessibleName(self.tr("Name of the new activity"))
        self.new_activity.setMaxLength(200)
        self.new_minutes = QSpinBox(self.page)
        self.new_minutes.setRange(run.MIN_MINUTES, run.MAX_MINUTES)
        self.new_minutes.setValue(10)
        self.new_minutes.setSuffix(self.tr(" min"))
        self.new_minutes.setAccessibleName(self.tr("Minutes of the new activity"))
        self.add_action = self._make_action(
            "add", self.tr("Add"), self.tr("Add the activity at the end of the agenda (Enter)"),
            self.add_activity)
        add_button = QToolButton(self.page)
        add_button.setDefaultAction(self.add_action)
        add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add_button.setAccessibleName(self.tr("Add activity"))
        self.add_button = add_button
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_activity, 1)
        add_row.addWidget(self.new_minutes)
        add_row.addWidget(add_button)

        close_button = QToolButton(self.page)
        close_button.setDefaultAction(self.close_action)
        close_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        close_button.setAccessibleName(self.tr("Close workshop"))
        self.close_button = close_button
        self.total_label = QLabel(self.page)
        self.total_label.setStyleSheet("color: palette(placeholder-text);")
        self.total_label.setAccessibleName(self.tr("Agenda total"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(close_button)

        right = QWidget(self.page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        agenda_head = QHBoxLayout()
        agenda_head.addWidget(agenda_title)
        agenda_head.addStretch(1)
        agenda_head.addLayout(agenda_tools)
        right_layout.addLayout(agenda_head)
        right_layout.addWidget(self.agenda, 1)
        right_layout.addLayout(add_row)
        right_layout.addLayout(bottom)

        self.splitter = QSplitter(self.page)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])
        page_layout = QVBoxLayout(self.page)
        page_layout.addLayout(header)
        page_layout.addWidget(self.splitter, 1)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)

    def _fit_timer_font(self) -> None:
        """Digits as big as the clock panel allows (the widest reading must fit)."""
        rect = self.timer_panel.contentsRect()
        size = int(max(48, min(200, rect.height() * 0.36)))
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setBold(True)
        font.setPixelSize(size)
        widest = QFontMetrics(font).horizontalAdvance("\u221288:88") + 40
        if widest > rect.width() * 0.95 and rect.width() > 0:
            font.setPixelSize(max(36, int(size * rect.width() * 0.95 / widest)))
        self.timer_label.setFont(font)

    def _big_button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self.timer_panel)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(24, 24))
        button.setMinimumHeight(44)
        button.setMinimumWidth(96)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(name)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        button.setFont(font)
        return button
