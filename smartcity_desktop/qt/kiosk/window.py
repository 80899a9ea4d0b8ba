"""The kiosk window: the three steps, saving an entry, clearing the screen after a submission
or when nobody touches it, and leaving with the facilitator's PIN. (See the package docstring.)
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ...core import rules
from ...core.enums import IdeaKind
from ...core.errors import SmartCityError, ValidationError
from ...services.commands import Change, NotUndoable
from ...services.ideas import kiosk
from ...services.ideas.kiosk import PinCheck, PinLock
from ...services.workshop import projects
from ...services.workshop.participants import ParticipantInput
from ...services.workshop.projects import WorkshopInfo
from ...storage.database import Database
from ..errors import error_text
from ..undo import ChangeBus, announce
from .pages import SELF_DESCRIBED, KioskPages
from .style import BASE_POINT_SIZE, kiosk_style

log = logging.getLogger(__name__)

IDLE_SECONDS = 90      # a half-filled form is cleared after this long without input …
WARNING_SECONDS = 10   # … of which the last seconds show "Still there?"
THANKS_SECONDS = 4
LONG_TEXT_HINT = 4500  # from here on the text box shows how much room is left


class KioskWindow(KioskPages, QWidget):
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
        self._workshop: WorkshopInfo = projects.workshop_info(db, workshop_id)
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
        self.setStyleSheet(kiosk_style(keyboard=False))

        self._build()
        self._build_timers(idle_seconds, warning_seconds, thanks_seconds)
        self._build_shortcuts()
        self.reset_form()
        self.show_page(self.PAGE_IDEA)
        QApplication.instance().installEventFilter(self)

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
        except (SmartCityError, OSError):  # e.g. kiosk.KioskEntryNotSaved
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
            self.setStyleSheet(kiosk_style(keyboard=on))

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
