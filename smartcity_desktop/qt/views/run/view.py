"""The Run view: the facilitator's screen during the meeting.

A big countdown for the running activity (Start, Pause, +1 min, Next), the agenda with the
current activity highlighted and the real start and end times, the facilitator's notes (saved
as they type), and "Close workshop". The projector window (F5) shows the same clock to the room.

Every start, next and close is written at once through ``services.run``; the clock derives the
running activity and its remaining time from the database, so rebuilding this view loses
nothing but the pause and "+1 min" bookkeeping of a crashed session (see ``qt.run_clock``).
Recording what happened in the room is not undoable: time has passed. The widgets are built in
:mod:`.layout`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetItem, QWidget

from ....core.enums import WorkshopStatus
from ....core.errors import SmartCityError
from ....services.commands import Change, NotUndoable
from ....services.workshop import run
from ....services.workshop.run import AgendaEntry, RunState
from ....storage.database import Database
from ... import labels
from ...errors import error_text
from ...run_clock import ClockState, Phase, RunClock
from ...undo import ChangeBus, announce
from .layout import COL_ACTIVITY, COL_MARK, COL_MINUTES, RunViewLayout

ROLE_ID = Qt.ItemDataRole.UserRole

CURRENT_BACKGROUND = "#ffe59a"
CURRENT_TEXT = "#1a1a1a"
DONE_TEXT = "#6b7680"
TIMER_TEXT = "#1f2a33"
TIME_UP = "#c62828"
PAUSED = "#b26a00"


class RunView(RunViewLayout, QWidget):
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
        from ...projector import ProjectorWindow

        if self.projector is None:
            self.projector = ProjectorWindow(self._db, self._bus, self.clock)
            self.destroyed.connect(self.projector.close)
            self.projector.place_on_preferred_screen(self.window().screen())
        else:
            self.projector.show()
            self.projector.raise_()
            self.projector.activateWindow()
        return self.projector
