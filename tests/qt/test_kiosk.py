"""Kiosk mode through the GUI: a participant types an idea (and, if they want, answers about
themselves), sends it, and the next person sees nothing of it; the facilitator's PIN is the
only way out. Every test checks the screen and the database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.qt.kiosk import start as kiosk_start
from smartcity_desktop.qt.kiosk.start import StartKioskDialog, start_kiosk
from smartcity_desktop.qt.kiosk.window import KioskWindow
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaQuery
from smartcity_desktop.services.ideas.kiosk import PinLock
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.services.workshop.participants import list_participants

LEFT = Qt.MouseButton.LeftButton
PIN = "2468"
ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------- helpers
@pytest.fixture
def themes(db, project):
    return [projects.add_theme(db, project.id, name) for name in ("Transport", "Green spaces")]


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make_kiosk(qtbot, db, workshop, themes, clock):
    made = []

    def make(**timers) -> KioskWindow:
        bus = ChangeBus()
        window = KioskWindow(db, workshop.id, bus, PinLock.from_pin(PIN, clock=clock),
                             **timers)
        window.bus_ = bus
        window.changes, window.participant_signals, window.finished_count = [], [], []
        bus.ideas_changed.connect(window.changes.append)
        bus.participants_changed.connect(lambda: window.participant_signals.append(1))
        window.finished.connect(lambda: window.finished_count.append(1))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        made.append(window)
        return window

    yield make
    for window in made:  # let the window go at the end (it refuses to close without the PIN)
        try:
            window._unlocked = True
            window.close()
        except RuntimeError:  # already deleted
            pass


@pytest.fixture
def window(make_kiosk):
    return make_kiosk()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one key event per character (QTest.keyClicks stops at
    characters outside Latin-1)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def click(qtbot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, LEFT)


def ideas(db, workshop):
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop.id))
    rows = capture.fetch_idea_rows(db, rowids)
    return [capture.get_idea(db, rows[r].id) for r in rowids]


def enter_pin(qtbot, window: KioskWindow, pin: str) -> None:
    for digit in pin:
        click(qtbot, window.keypad[digit])
    click(qtbot, window.keypad["ok"])


def assert_everything_cleared(window: KioskWindow) -> None:
    """Nothing of the last person is left anywhere in the window."""
    editors = window.findChildren(QPlainTextEdit)
    assert editors
    for editor in editors:
        assert editor.toPlainText() == ""
        assert not editor.document().isUndoAvailable()
        assert not editor.document().isRedoAvailable()
        assert editor.textCursor().position() == 0
    for edit in window.findChildren(QLineEdit):
        assert edit.text() == "", edit.accessibleName()
        assert not edit.isUndoAvailable(), edit.accessibleName()
    toggles = [b for b in window.findChildren(QPushButton) if b.isCheckable()]
    assert len(toggles) > 20  # need/idea, themes and every demographic category
    assert [b.accessibleName() for b in toggles if b.isChecked()] == []
    assert [c.accessibleName() for c in window.findChildren(QCheckBox) if c.isChecked()] == []
    for area in window.findChildren(QAbstractScrollArea):
        assert area.verticalScrollBar().value() == 0
    assert window.kind_row.value() is None and window.theme_row.value() is None
    assert all(row.value() is None for row in window.answer_rows.values())
    assert not window.idea_message.isVisible() and window.idea_message.text() == ""
    assert window.about_message.text() == ""
    assert not window.self_description_edit.isVisible()
    assert not window.banner.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert not window.is_dirty() or window.current_page() != window.PAGE_IDEA


# --------------------------------------------------------------------------- submitting
def test_an_idea_with_answers_and_consent_is_saved_and_then_everything_is_cleared(
        qtbot, window, db, workshop, themes):
    type_text(window.editor, f"Evening buses to the library. {ARABIC} ")
    # Copy it, as someone might: the next person must not be able to paste it.
    QTest.keyClick(window.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("Evening buses")
    click(qtbot, window.kind_row.buttons[IdeaKind.NEED.value])
    click(qtbot, window.theme_row.buttons[themes[0].id])
    click(qtbot, window.next_button)
    assert window.current_page() == window.PAGE_ABOUT
    click(qtbot, window.answer_rows["age"].buttons["20-44"])
    click(qtbot, window.answer_rows["gender"].buttons["woman"])
    click(qtbot, window.answer_rows["gender"].buttons["prefer_not_to_say"])  # changes her mind
    click(qtbot, window.answer_rows["stakeholder"].buttons["resident"])
    click(qtbot, window.answer_rows["stakeholder"].buttons["resident"])  # …and unpicks it
    window.about_scroll.ensureWidgetVisible(window.consent_check)
    assert window.about_scroll.verticalScrollBar().value() > 0
    click(qtbot, window.consent_check)
    assert window.consent_check.isChecked()
    assert ideas(db, workshop) == []  # nothing is written before Send

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter sends

    [idea] = ideas(db, workshop)
    assert idea.data.text == f"Evening buses to the library. {ARABIC}"
    assert idea.data.kind == IdeaKind.NEED and idea.data.theme_id == themes[0].id
    assert idea.data.source == IdeaSource.KIOSK and idea.data.entered_by == "kiosk"
    [person] = list_participants(db, workshop.id)
    assert idea.data.author_participant_id == person.id
    assert person.answers == {"age": "20-44", "gender": "prefer_not_to_say"}
    assert person.consent_processing and not person.consent_contact and not person.has_contact
    # The other views (and the projector) were told.
    assert [(c.added, c.participants) for c in window.changes] == [((idea.id,), (person.id,))]
    assert window.participant_signals == [1]

    assert window.current_page() == window.PAGE_THANKS
    assert window.thanks_label.isVisible()
    assert window._thanks_timer.isActive()
    assert_everything_cleared(window)
    QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == ""  # no undo brings the last person's text back

    window.finish_thanks()  # what the thank-you timer calls
    assert window.current_page() == window.PAGE_IDEA
    assert window.editor.hasFocus()
    assert_everything_cleared(window)


def test_the_thank_you_screen_returns_to_step_one_by_itself(qtbot, make_kiosk, db, workshop):
    window = make_kiosk(thanks_seconds=0.05)
    type_text(window.editor, ETHIOPIC)
    click(qtbot, window.next_button)
    click(qtbot, window.skip_button)
    assert window.current_page() == window.PAGE_THANKS
    qtbot.waitUntil(lambda: window.current_page() == window.PAGE_IDEA, timeout=3000)
    assert_everything_cleared(window)
    [idea] = ideas(db, workshop)
    assert idea.data.text == ETHIOPIC and idea.data.author_participant_id is None


def test_answers_without_consent_are_not_stored_and_the_person_is_told(
        qtbot, window, db, workshop):
    type_text(window.editor, "More benches in the park")
    click(qtbot, window.next_button)
    click(qtbot, window.answer_rows["age"].buttons["67-79"])
    click(qtbot, window.send_button)
    # Kindly told, and nothing written.
    assert window.about_message.isVisible()
    assert "tick" in window.about_message.text()
    assert window.current_page() == window.PAGE_ABOUT
    assert window.consent_check.hasFocus()
    assert ideas(db, workshop) == [] and list_participants(db, workshop.id) == []
    assert window.changes == []
    # Skip sends the idea without the answers.
    click(qtbot, window.skip_button)
    [idea] = ideas(db, workshop)
    assert idea.data.text == "More benches in the park"
    assert idea.data.author_participant_id is None and idea.data.source == IdeaSource.KIOSK
    assert idea.data.kind == IdeaKind.IDEA  # nothing chosen: an idea
    assert list_participants(db, workshop.id) == []
    assert [(c.added, c.participants) for c in window.changes] == [((idea.id,), ())]
    assert window.participant_signals == []
    assert_everything_cleared(window)


def test_a_database_failure_is_explained_and_keeps_what_was_typed(
        qtbot, window, db, workshop, monkeypatch):
    """The database refuses the entry: the person is told to ask for help, what they typed is
    kept (so the facilitator can try again), and nothing is announced or written."""
    from smartcity_desktop.services.ideas import kiosk as kiosk_service

    def refused(*_args, **_kwargs):
        raise kiosk_service.KioskEntryNotSaved("The kiosk entry could not be saved: locked")

    monkeypatch.setattr(kiosk_service, "submit_kiosk_entry", refused)
    type_text(window.editor, "Bike racks at the station")
    click(qtbot, window.next_button)
    click(qtbot, window.skip_button)
    assert window.current_page() == window.PAGE_ABOUT
    assert window.about_message.isVisible() and "could not be saved" in \
        window.about_message.text()
    assert window.about_message.objectName() == "error"
    assert window.editor.toPlainText() == "Bike racks at the station"
    assert window.changes == [] and ideas(db, workshop) == []


def test_ticking_consent_after_the_reminder_stores_the_answers(qtbot, window, db, workshop):
    type_text(window.editor, "Safer crossings")
    click(qtbot, window.next_button)
    click(qtbot, window.answer_rows["cultural_background"].buttons["immigrant"])
    click(qtbot, window.send_button)
    assert window.about_message.isVisible()
    click(qtbot, window.consent_check)
    assert not window.about_message.isVisible()  # the reminder goes away once answered
    click(qtbot, window.send_button)
    [person] = list_participants(db, workshop.id)
    assert person.answers == {"cultural_background": "immigrant"}
    assert ideas(db, workshop)[0].data.author_participant_id == person.id


def test_consent_without_answers_registers_nobody(qtbot, window, db, workshop):
    type_text(window.editor, "Bike racks")
    click(qtbot, window.next_button)
    click(qtbot, window.consent_check)
    click(qtbot, window.send_button)
    [idea] = ideas(db, workshop)
    assert idea.data.author_participant_id is None
    assert list_participants(db, workshop.id) == []


def test_self_description_is_asked_only_for_self_described(qtbot, window, db, workshop):
    type_text(window.editor, "Quiet rooms")
    click(qtbot, window.next_button)
    assert not window.self_description_edit.isVisible()
    click(qtbot, window.answer_rows["gender"].buttons["self_described"])
    assert window.self_description_edit.isVisible()
    type_text(window.self_description_edit, "Genderfluid")
    click(qtbot, window.consent_check)
    click(qtbot, window.send_button)
    [person] = list_participants(db, workshop.id)
    assert person.answers == {"gender": "self_described"}
    with db.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT self_description FROM participant_answer"))
        assert stored.scalar() == "Genderfluid"
    assert_everything_cleared(window)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_an_empty_idea_is_refused_and_nothing_is_written(qtbot, window, db, workshop, text):
    type_text(window.editor, text)
    click(qtbot, window.next_button)
    assert window.current_page() == window.PAGE_IDEA
    assert window.idea_message.isVisible() and "write your idea" in window.idea_message.text()
    assert ideas(db, workshop) == []
    # Typing makes the message go away.
    type_text(window.editor, "Trees")
    assert not window.idea_message.isVisible()


def test_a_too_long_idea_is_refused_with_a_count(qtbot, window, db, workshop):
    window.editor.setPlainText("x" * 4990)
    assert window.counter_label.isVisible() and "10" in window.counter_label.text()
    window.editor.setPlainText("x" * 5001)
    assert "1" in window.counter_label.text() and "Too long" in window.counter_label.text()
    click(qtbot, window.next_button)
    assert window.current_page() == window.PAGE_IDEA
    assert "5001" in window.idea_message.text() and "5000" in window.idea_message.text()
    # Even if it reached Send, nothing is written.
    window.show_page(window.PAGE_ABOUT)
    click(qtbot, window.send_button)
    assert window.current_page() == window.PAGE_IDEA
    assert ideas(db, workshop) == []


def test_back_keeps_what_was_typed(qtbot, window):
    type_text(window.editor, "Solar panels on the school")
    click(qtbot, window.kind_row.buttons[IdeaKind.IDEA.value])
    click(qtbot, window.next_button)
    click(qtbot, window.answer_rows["age"].buttons["16-19"])
    click(qtbot, window.back_button)
    assert window.current_page() == window.PAGE_IDEA
    assert window.editor.toPlainText() == "Solar panels on the school"
    assert window.kind_row.value() == IdeaKind.IDEA.value
    click(qtbot, window.next_button)
    assert window.answer_rows["age"].value() == "16-19"


def test_the_keyboard_walks_through_the_steps(qtbot, window, db, workshop, themes):
    window.editor.setFocus()
    expected = [window.kind_row.buttons["need"], window.kind_row.buttons["idea"],
                *window.theme_row.buttons.values(), window.next_button]
    seen = []
    for _ in expected:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    # The focus frame is shown while the keyboard is used, not after a touch or click.
    assert window._keyboard_mode and "c25e00" in window.styleSheet()
    click(qtbot, window.kind_row.buttons["need"])
    assert not window._keyboard_mode and "c25e00" not in window.styleSheet()
    click(qtbot, window.kind_row.buttons["need"])  # unpicked again
    type_text(window.editor, "Tab-typed idea")
    QTest.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == window.PAGE_ABOUT
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # picks the focused answer
    assert window.answer_rows["age"].value() == "16-19"
    window.consent_check.setFocus()
    QTest.keyClick(window.consent_check, Qt.Key.Key_Space)
    QTest.keyClick(window.consent_check, Qt.Key.Key_Return)
    [idea] = ideas(db, workshop)
    assert idea.data.text == "Tab-typed idea" and idea.data.kind == IdeaKind.IDEA
    assert list_participants(db, workshop.id)[0].answers == {"age": "16-19"}


# --------------------------------------------------------------------------- leaving
def test_closing_without_the_pin_is_refused(qtbot, window):
    type_text(window.editor, "Half an idea")
    assert window.close() is False  # Alt+F4 and the window manager's close button do this
    assert window.isVisible()
    assert window.current_page() == window.PAGE_PIN
    click(qtbot, window.pin_cancel_button)
    assert window.current_page() == window.PAGE_IDEA
    assert window.editor.toPlainText() == "Half an idea"  # the participant loses nothing
    QTest.keyClick(window.editor, Qt.Key.Key_Escape)
    assert window.current_page() == window.PAGE_PIN
    QTest.keyClick(window.pin_edit, Qt.Key.Key_Escape)
    assert window.current_page() == window.PAGE_IDEA
    QTest.keyClick(window.editor, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_page() == window.PAGE_PIN
    assert window.isVisible() and window.finished_count == []


def test_a_wrong_pin_keeps_the_kiosk_and_the_right_one_closes_it(qtbot, window, db, workshop):
    click(qtbot, window.exit_button)
    assert window.current_page() == window.PAGE_PIN
    enter_pin(qtbot, window, "1357")
    assert window.isVisible() and window.current_page() == window.PAGE_PIN
    assert window.pin_message.isVisible() and "4" in window.pin_message.text()
    assert window.pin_edit.text() == ""
    assert window.close() is False and window.isVisible()
    # Typing works too; the backspace key on the pad removes a digit.
    type_text(window.pin_edit, "24689")
    click(qtbot, window.keypad["back"])
    assert window.pin_edit.text() == PIN
    QTest.keyClick(window.pin_edit, Qt.Key.Key_Return)
    assert not window.isVisible()
    assert window.finished_count == [1]
    assert ideas(db, workshop) == []


def test_five_wrong_pins_lock_the_pad_for_thirty_seconds(qtbot, window, clock):
    window.request_exit()
    for _ in range(5):
        type_text(window.pin_edit, "0000")
        QTest.keyClick(window.pin_edit, Qt.Key.Key_Return)
    assert window.isVisible()
    assert "Too many" in window.pin_message.text() and "30" in window.pin_message.text()
    assert not any(b.isEnabled() for b in window.keypad.values())
    assert not window.pin_edit.isEnabled()
    assert window._lock_timer.isActive()
    # Even the right PIN is refused while locked.
    window.pin_edit.setText(PIN)
    window.submit_pin()
    assert window.isVisible() and window.is_locked_out()
    clock.now += 12
    window.refresh_lock()  # what the lock timer calls
    assert "18" in window.pin_message.text()
    clock.now += 19
    window.refresh_lock()
    assert all(b.isEnabled() for b in window.keypad.values()) and window.pin_edit.isEnabled()
    assert not window.pin_message.isVisible()
    enter_pin(qtbot, window, PIN)
    assert not window.isVisible()


# --------------------------------------------------------------------------- inactivity
def test_a_half_filled_form_is_cleared_after_a_warning(qtbot, make_kiosk, db, workshop):
    window = make_kiosk(idle_seconds=0.4, warning_seconds=0.25)
    type_text(window.editor, "Half an idea")
    click(qtbot, window.next_button)
    click(qtbot, window.answer_rows["age"].buttons["45-66"])
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert "Still there?" in window.banner_label.text()
    assert window.editor.toPlainText() == "Half an idea"
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert window.current_page() == window.PAGE_IDEA
    assert_everything_cleared(window)
    assert ideas(db, workshop) == []


def test_any_input_during_the_warning_keeps_the_form(qtbot, window):
    type_text(window.editor, "Still thinking")
    window.on_idle()  # what the idle timer calls
    assert window.banner.isVisible() and "10" in window.banner_label.text()
    click(qtbot, window.still_here_button)
    assert not window.banner.isVisible()
    assert window.editor.toPlainText() == "Still thinking"
    window.on_idle()
    assert window.banner.isVisible()
    type_text(window.editor, "!")
    assert not window.banner.isVisible()
    assert window._idle_timer.isActive()
    assert window.editor.toPlainText() == "Still thinking!"


def test_an_untouched_form_is_left_alone(window):
    window.on_idle()
    assert not window.banner.isVisible()


# --------------------------------------------------------------------------- looks and access
def test_controls_are_big_named_and_readable(window):
    window.show_page(window.PAGE_ABOUT)
    QApplication.processEvents()
    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, (QPushButton, QLineEdit, QPlainTextEdit, QCheckBox))]
    assert len(controls) > 30
    assert [w for w in controls if not w.accessibleName()] == []
    for page in range(4):
        window.show_page(page)
        QApplication.processEvents()
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget is window.exit_button:
                continue
            if isinstance(widget, QPushButton):
                assert widget.height() >= 56, widget.accessibleName()
            if isinstance(widget, (QPushButton, QLabel, QCheckBox, QPlainTextEdit)):
                assert widget.font().pointSizeF() >= 18, (widget, widget.font().pointSizeF())
    # No menus, nothing that opens another window.
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert window.editor.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert window.windowModality() == Qt.WindowModality.ApplicationModal


# --------------------------------------------------------------------------- starting
def test_start_kiosk_asks_for_the_pin_twice_and_hides_the_main_window(
        qtbot, drive_modal, db, workshop):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    bus = ChangeBus()
    started = []

    def fill(dialog: StartKioskDialog) -> None:
        assert workshop.code in dialog.ui.workshopLabel.text()
        ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
        for pin, repeat, message in (("12", "12", "4 to 8"), ("12a4", "12a4", "4 to 8"),
                                     ("2468", "2469", "not the same"),
                                     ("2468", "", "not the same")):
            dialog.ui.pinEdit.setText("")
            dialog.ui.repeatEdit.setText("")
            QTest.keyClicks(dialog.ui.pinEdit, pin)
            QTest.keyClicks(dialog.ui.repeatEdit, repeat)
            qtbot.mouseClick(ok, LEFT)
            assert dialog.isVisible() and message in dialog.ui.errorLabel.text()
        dialog.ui.pinEdit.setText("")
        dialog.ui.repeatEdit.setText("")
        QTest.keyClicks(dialog.ui.pinEdit, PIN)
        QTest.keyClicks(dialog.ui.repeatEdit, PIN)
        qtbot.mouseClick(ok, LEFT)

    drive_modal(lambda: started.append(start_kiosk(db, workshop.id, bus, host)), fill)
    [window] = started
    assert window is not None and window.isVisible() and window.isFullScreen()
    assert kiosk_start.running_kiosk() is window
    assert not host.isVisible()
    # A second start brings the running kiosk forward instead of opening another one.
    assert start_kiosk(db, workshop.id, bus, host) is window
    # Only the salted hash is kept.
    assert PIN not in repr(window._pin) and window._pin.check(PIN).value == "ok"
    window.request_exit()
    enter_pin(qtbot, window, PIN)
    assert not window.isVisible()
    assert host.isVisible()
    assert kiosk_start.running_kiosk() is None


def test_start_kiosk_needs_a_workshop(qtbot, drive_modal, db):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    result = []

    def fill(box: QMessageBox) -> None:
        assert "workshop" in box.text()
        box.accept()

    drive_modal(lambda: result.append(start_kiosk(db, None, ChangeBus(), host)), fill)
    assert result == [None]
    assert host.isVisible() and kiosk_start.running_kiosk() is None


def test_cancelling_the_start_dialog_starts_nothing(qtbot, drive_modal, db, workshop):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    result = []
    drive_modal(lambda: result.append(start_kiosk(db, workshop.id, ChangeBus(), host)),
                lambda dialog: dialog.reject())
    assert result == [None]
    assert host.isVisible() and kiosk_start.running_kiosk() is None
