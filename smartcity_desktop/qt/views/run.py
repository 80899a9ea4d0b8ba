"""The Run view: the facilitator's screen during the meeting.

A big countdown for the running activity (Start, Pause, +1 min, Next), the agenda with the
current activity highlighted and the real start and end times, the facilitator's notes (saved
as they type), and "Close workshop". The projector window (F5) shows the same clock to the room.

Every start, next and close is written at once through ``services.run``; the clock derives the
running activity and its remaining time from the database, so rebuilding this view loses
nothing but the pause and "+1 min" bookkeeping of a crashed session (see ``qt.run_clock``).
Recording what happened in the room is not undoable: time has passed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import WorkshopStatus
from ...core.errors import SmartCityError
from ...services.commands import Change, NotUndoable
from ...services.workshop import run
from ...services.workshop.run import AgendaEntry, RunState
from ...storage.database import Database
from .. import labels
from ..errors import error_text
from ..icons import icon
from ..run_clock import ClockState, Phase, RunClock
from ..undo import ChangeBus, announce

NOTES_DELAY_MS = 500
COL_MARK, COL_ACTIVITY, COL_MINUTES, COL_START, COL_END = range(5)
ROLE_ID = Qt.ItemDataRole.UserRole

CURRENT_BACKGROUND = "#ffe59a"
CURRENT_TEXT = "#1a1a1a"
DONE_TEXT = "#6b7680"
TIMER_TEXT = "#1f2a33"
TIME_UP = "#c62828"
PAUSED = "#b26a00"


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


class RunView(QWidget):
    """Runs one workshop. ``now`` (optional) replaces the wall clock, for tests."""

    status_message = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None, *,
                 now=None) -> None:
        super().__init__(parent)
        self._db = db
        self._stack = undo_stack  # run events record real time and are deliberately not undoable
        self._bus = bus
        self._project_id: str | None = None
        self._workshop_id: str | None = None
        self._state: RunState | None = None
        self._notes_workshop_id: str | None = None
        self._notes_dirty = False
        self._loading = False
        self.clock = RunClock(now, self)
        self.projector = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Space starts/pauses when focused
        self._build()
        self._connect_signals()
        self.set_scope(None, None)

    # ------------------------------------------------------------------ layout
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

    def _connect_signals(self) -> None:
        self.clock.updated.connect(self._show_clock)
        self.clock.time_up.connect(QApplication.beep)
        self.notes.textChanged.connect(self._on_notes_changed)
        self._notes_timer.timeout.connect(self.save_notes)
        self.agenda.itemChanged.connect(self._on_item_changed)
        self.agenda.itemSelectionChanged.connect(self._update_actions)
        self.new_activity.returnPressed.connect(self.add_activity)

    # ------------------------------------------------------------------ scope
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        same = workshop_id is not None and workshop_id == self._notes_workshop_id
        if not same:
            self.save_notes()  # to the workshop the notes belong to, before switching
        self._project_id = project_id
        self._workshop_id = workshop_id
        if workshop_id is None:
            self._state = None
            self.clock.set_run_state(None)
            self._load_notes(None)
            self.pages.setCurrentWidget(self.hint)
            self.projector_action.setEnabled(self.projector is not None)
            return
        self.pages.setCurrentWidget(self.page)
        self.projector_action.setEnabled(True)
        self.refresh()
        if not same:  # the same workshop again (navigation refresh): keep what is being typed
            self._load_notes(self._state)

    def refresh(self) -> None:
        """Re-read the workshop from the database and show it."""
        if self._workshop_id is None:
            return
        try:
            self._state = run.run_state(self._db, self._workshop_id)
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))
            self._workshop_id = None
            self.set_scope(self._project_id, None)
            return
        state = self._state
        self.heading.setText(f"{state.code} \u00b7 {state.title}")
        self.heading.setToolTip(f"{state.code} \u00b7 {state.title}")
        self.status_label.setText(labels.workshop_status(state.status))
        colour = {WorkshopStatus.PLANNED: "#37474f", WorkshopStatus.RUNNING: "#1b7f3b",
                  WorkshopStatus.CLOSED: "#6b7680"}[state.status]
        self.status_label.setStyleSheet(f"color: white; background: {colour}; font-weight: 600;"
                                        "padding: 3px 10px; border-radius: 9px;")
        self._fill_agenda(state)
        self.clock.set_run_state(state)
        self._update_actions()

    def _fill_agenda(self, state: RunState) -> None:
        selected = self._selected_entry()
        self._loading = True
        self.agenda.setRowCount(len(state.agenda))
        locale = QLocale()
        editable_agenda = state.status != WorkshopStatus.CLOSED
        bold = QFont(self.agenda.font())
        bold.setBold(True)
        for row, entry in enumerate(state.agenda):
            mark = "\u25b6" if entry.is_current else ("\u2713" if entry.is_done else
                                                     str(row + 1))
            cells = [mark, entry.activity, entry.planned_minutes,
                     self._time(locale, entry.actual_start), self._time(locale, entry.actual_end)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole if column == COL_MINUTES
                             else Qt.ItemDataRole.DisplayRole, value)
                item.setData(ROLE_ID, entry.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable_agenda and not entry.started and column in (COL_ACTIVITY,
                                                                         COL_MINUTES):
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column != COL_ACTIVITY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if entry.is_current:
                    item.setBackground(QBrush(QColor(CURRENT_BACKGROUND)))
                    item.setForeground(QBrush(QColor(CURRENT_TEXT)))
                    item.setFont(bold)
                elif entry.is_done:
                    item.setForeground(QBrush(QColor(DONE_TEXT)))
                if column == COL_ACTIVITY:
                    item.setToolTip(entry.activity)
                self.agenda.setItem(row, column, item)
            self.agenda.item(row, COL_MARK).setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Running now") if entry.is_current else
                self.tr("Done") if entry.is_done else str(row + 1))
        total = sum(e.planned_minutes for e in state.agenda)
        self.total_label.setText(self.tr("%n activities", "", len(state.agenda)) + " \u00b7 "
                                 + self.tr("%n min planned", "", total) if state.agenda else "")
        self._loading = False
        if selected is not None:
            self.select_entry(selected.id)
        if state.current_index is not None:
            self.agenda.scrollToItem(self.agenda.item(state.current_index, COL_ACTIVITY))

    @staticmethod
    def _time(locale: QLocale, value) -> str:
        if value is None:
            return ""
        local = value.astimezone()
        return locale.toString(QTime(local.hour, local.minute, local.second),
                               QLocale.FormatType.ShortFormat)

    # ------------------------------------------------------------------ the clock
    def _show_clock(self) -> None:
        state: ClockState = self.clock.state()
        self.activity_label.setText(state.activity or state.cue_text)
        if state.phase == Phase.READY:
            self.activity_label.setText(self.tr("Next: %s") % state.activity)
        where = []
        if state.number and state.phase in (Phase.RUNNING, Phase.PAUSED, Phase.READY):
            where.append(self.tr("Activity %1 of %2").replace("%1", str(state.number))
                         .replace("%2", str(state.count)))
            planned = self.tr("%n min planned", "", state.planned_minutes)
            if state.extra_minutes:
                planned += " " + self.tr("(+%n min)", "", state.extra_minutes)
            where.append(planned)
        self.position_label.setText(" \u00b7 ".join(where))
        self.timer_label.setText(state.time_text if state.remaining is not None else "")
        self.timer_label.setVisible(state.remaining is not None)
        cue = state.cue_text if state.phase not in (Phase.NO_WORKSHOP,) else ""
        if state.phase in (Phase.EMPTY, Phase.DONE, Phase.CLOSED):
            self.activity_label.setText(cue)
            cue = {Phase.EMPTY: self.tr("Add activities to the agenda on the right."),
                   Phase.DONE: self.tr("Add another activity, or close the workshop."),
                   Phase.CLOSED: self.tr("The recorded times are in the agenda.")
                   if self._state and any(e.started for e in self._state.agenda)
                   else self.tr("No activity times were recorded for this workshop.")
                   }[state.phase]
        explaining = state.phase in (Phase.EMPTY, Phase.DONE, Phase.CLOSED, Phase.READY)
        cue_font = self.cue_label.font()
        cue_font.setBold(not explaining)
        self.cue_label.setFont(cue_font)
        if state.time_up:
            background = TIME_UP if state.blink_on else "transparent"
            foreground = "white" if state.blink_on else TIME_UP
            self.timer_label.setStyleSheet(f"color: {foreground}; background: {background};"
                                           "border-radius: 12px;")
            self.cue_label.setStyleSheet(f"color: {TIME_UP};")
        elif state.phase == Phase.PAUSED:
            self.timer_label.setStyleSheet(f"color: {PAUSED};")
            self.cue_label.setStyleSheet(f"color: {PAUSED};")
        elif state.phase == Phase.READY:
            self.timer_label.setStyleSheet("color: palette(placeholder-text);")
            self.cue_label.setStyleSheet("")
        else:
            self.timer_label.setStyleSheet(f"color: {TIMER_TEXT};")
            self.cue_label.setStyleSheet("")
        self.cue_label.setText(cue)
        self.timer_label.setAccessibleDescription(cue)
        self.next_label.setText(self.tr("Up next: %s") % state.up_next
                                if state.up_next and state.phase in (Phase.RUNNING, Phase.PAUSED)
                                else "")
        self._update_actions()

    def _update_actions(self) -> None:
        state = self._state
        phase = self.clock.state().phase
        running = phase in (Phase.RUNNING, Phase.PAUSED)
        self.start_action.setEnabled(bool(state and (state.can_start or phase == Phase.PAUSED)))
        self.start_action.setText(self.tr("Resume") if phase == Phase.PAUSED else self.tr("Start"))
        self.start_button.setAccessibleName(self.start_action.text())
        self.pause_action.setEnabled(phase == Phase.RUNNING)
        self.add_minute_action.setEnabled(running)
        self.next_action.setEnabled(running)
        last = running and state is not None and state.next_pending is None
        self.next_action.setText(self.tr("End activity") if last else self.tr("Next activity"))
        self.next_action.setToolTip(
            self.tr("End the last activity (Ctrl+Right)") if last else
            self.tr("End this activity and start the next one (Ctrl+Right)"))
        self.next_button.setAccessibleName(self.next_action.text())
        self.close_action.setEnabled(bool(state and state.status == WorkshopStatus.RUNNING))
        open_agenda = bool(state and state.status != WorkshopStatus.CLOSED)
        for widget in (self.new_activity, self.new_minutes):
            widget.setEnabled(open_agenda)
        self.add_action.setEnabled(open_agenda)
        entry = self._selected_entry()
        editable = open_agenda and entry is not None and not entry.started
        self.remove_action.setEnabled(editable)
        index = self._index_of(entry.id) if entry else -1
        first_open = sum(1 for e in state.agenda if e.started) if state else 0
        self.move_up_action.setEnabled(editable and index - 1 >= first_open)
        self.move_down_action.setEnabled(editable and index + 1 < len(state.agenda))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Space reaches the view only when no child wanted it (buttons, the notes, the table
        # keep their own Space), i.e. when the view or the clock has the focus.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle(self) -> None:
        """Space: start the next activity, pause, or resume."""
        phase = self.clock.state().phase
        if phase == Phase.RUNNING:
            self.pause()
        elif phase == Phase.PAUSED or (self._state and self._state.can_start):
            self.start()

    # ------------------------------------------------------------------ meeting actions
    def start(self) -> None:
        if self.clock.paused:
            self.clock.resume()
            self.status_message.emit(self.tr("Timer running again."))
            return
        if self._workshop_id is None:
            return
        was = self._state.status if self._state else None
        try:
            entry = run.start_activity(self._db, self._workshop_id, now=self.clock.now())
        except SmartCityError as exc:
            self._refuse(exc)
            return
        self._after_run_change(was)
        self.status_message.emit(self.tr("Started: %s") % entry.activity)

    def pause(self) -> None:
        self.clock.pause()
        self.status_message.emit(self.tr("Timer paused. Press Space or Resume to go on."))

    def add_minute(self) -> None:
        if self.clock.remaining() is not None:
            self.clock.add_minutes(1)

    def next_activity(self) -> None:
        if self._workshop_id is None or self.clock.remaining() is None:
            return
        try:
            entry = run.next_activity(self._db, self._workshop_id, now=self.clock.now())
        except SmartCityError as exc:
            self._refuse(exc)
            return
        self._after_run_change(None)
        self.status_message.emit(self.tr("Started: %s") % entry.activity if entry else
                                 self.tr("The last activity has ended. Close the workshop when "
                                         "you are done."))

    def confirm_close(self) -> bool:
        """Ask before closing; a separate method so tests can drive the box."""
        state = self._state
        text = self.tr("Close workshop %s? Its status becomes closed and the agenda can no "
                       "longer change. Notes stay editable.") % state.code
        if state.current is not None:
            text += "\n\n" + self.tr("“%s” is still running; it ends now.") % \
                state.current.activity
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close workshop"), text,
                          QMessageBox.StandardButton.NoButton, self)
        close = box.addButton(self.tr("Close workshop"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(close)
        box.exec()
        return box.clickedButton() is close

    def close_workshop(self) -> None:
        if self._workshop_id is None or self._state is None:
            return
        if not self.confirm_close():
            return
        try:
            run.finish_workshop(self._db, self._workshop_id, now=self.clock.now())
        except SmartCityError as exc:
            self._refuse(exc)
            return
        self.save_notes()
        self._after_run_change(WorkshopStatus.RUNNING)
        self.status_message.emit(self.tr("Workshop closed."))

    def _after_run_change(self, status_before) -> None:
        self.refresh()
        if self._state is not None and status_before is not None \
                and self._state.status != status_before:
            # The navigation shows the status; it rebuilds and calls set_scope again.
            announce(self._bus, Change(structure=True), NotUndoable.RUN_CLOCK)

    def _refuse(self, exc: SmartCityError) -> None:
        self.refresh()
        QMessageBox.warning(self, self.tr("Not possible"), error_text(exc))

    # ------------------------------------------------------------------ agenda editing
    def _selected_entry(self) -> AgendaEntry | None:
        if self._state is None:
            return None
        rows = self.agenda.selectionModel().selectedRows()
        if not rows:
            return None
        item_id = self.agenda.item(rows[0].row(), COL_ACTIVITY)
        item_id = item_id.data(ROLE_ID) if item_id else None
        return next((e for e in self._state.agenda if e.id == item_id), None)

    def _index_of(self, item_id: str) -> int:
        return next((n for n, e in enumerate(self._state.agenda) if e.id == item_id), -1)

    def select_entry(self, item_id: str) -> None:
        index = self._index_of(item_id) if self._state else -1
        if index >= 0:
            self.agenda.selectRow(index)

    def _edit(self, call, *args, select: str | None = None) -> bool:
        """Change the agenda. Not on the undo stack: services.commands.NotUndoable.RUN_CLOCK
        says why."""
        try:
            result = call(self._db, *args)
        except SmartCityError as exc:
            self.refresh()
            self.status_message.emit(error_text(exc))
            QMessageBox.warning(self, self.tr("Agenda not changed"), error_text(exc))
            return False
        self.refresh()
        if select or isinstance(result, AgendaEntry):
            self.select_entry(select or result.id)
        return True

    def add_activity(self) -> None:
        if self._workshop_id is None:
            return
        name = self.new_activity.text()
        if self._edit(run.add_agenda_item, self._workshop_id, name, self.new_minutes.value()):
            self.new_activity.clear()
            self.status_message.emit(self.tr("Added to the agenda: %s") % name.strip())

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        # Values are read now; the write (which rebuilds the table) waits until the editor
        # that is committing has closed.
        item_id = item.data(ROLE_ID)
        if item.column() == COL_ACTIVITY:
            text = item.text()
            QTimer.singleShot(0, lambda: self._edit(run.update_agenda_item, item_id, text,
                                                    select=item_id))
        elif item.column() == COL_MINUTES:
            minutes = item.data(Qt.ItemDataRole.EditRole)
            QTimer.singleShot(0, lambda: self._edit(run.update_agenda_item, item_id, None,
                                                    minutes, select=item_id))

    def remove_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None and self._edit(run.remove_agenda_item, entry.id):
            self.status_message.emit(self.tr("Removed from the agenda: %s") % entry.activity)

    def move_selected(self, offset: int) -> None:
        entry = self._selected_entry()
        if entry is not None:
            self._edit(run.move_agenda_item, entry.id, offset, select=entry.id)

    # ------------------------------------------------------------------ notes
    def _load_notes(self, state: RunState | None) -> None:
        self._notes_timer.stop()
        self._loading = True
        self.notes.setPlainText(state.notes if state else "")
        self._loading = False
        self._notes_workshop_id = state.workshop_id if state else None
        self._notes_dirty = False
        self.notes_state.setText(self.tr("Saved automatically") if state else "")
        self.notes_state.setStyleSheet("color: palette(placeholder-text);")

    def _on_notes_changed(self) -> None:
        if self._loading or self._notes_workshop_id is None:
            return
        self._notes_dirty = True
        self.notes_state.setText(self.tr("Editing…"))
        self._notes_timer.start()

    def save_notes(self) -> None:
        """Write the notes now if they changed (debounce timer, focus out, switching)."""
        self._notes_timer.stop()
        if not self._notes_dirty or self._notes_workshop_id is None:
            return
        try:
            run.save_notes(self._db, self._notes_workshop_id, self.notes.toPlainText())
        except SmartCityError as exc:
            self.notes_state.setText(self.tr("Not saved: %s") % error_text(exc))
            self.notes_state.setStyleSheet(f"color: {TIME_UP};")
            self.status_message.emit(error_text(exc))
            return
        self._notes_dirty = False
        self.notes_state.setText(self.tr("Saved at %s") % QLocale().toString(
            QTime.currentTime(), QLocale.FormatType.ShortFormat))
        self.notes_state.setStyleSheet("color: palette(placeholder-text);")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        elif watched is self.timer_panel and event.type() == QEvent.Type.Resize:
            self._fit_timer_font()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.save_notes()  # another tab, or the window closing
        super().hideEvent(event)

    # ------------------------------------------------------------------ projector
    def open_projector(self):
        """Show (creating if needed) the projector window; returns it."""
        from ..projector import ProjectorWindow

        if self.projector is None:
            self.projector = ProjectorWindow(self._db, self._bus, self.clock)
            self.destroyed.connect(self.projector.close)
            self.projector.place_on_preferred_screen(self.window().screen())
        else:
            self.projector.show()
            self.projector.raise_()
            self.projector.activateWindow()
        return self.projector
