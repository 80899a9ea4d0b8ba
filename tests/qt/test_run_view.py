"""The Run view through the GUI: running the timer through the agenda with clicks and keys,
the time-up cue, +1 min and pause, notes saved as they are typed, agenda editing, closing.
Time is a fake clock handed to the view, so nothing sleeps; every test checks the screen and
the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlmodel import select

from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.run import view as run_view
from smartcity_desktop.qt.views.run.layout import (
    COL_ACTIVITY,
    COL_END,
    COL_MARK,
    COL_MINUTES,
    COL_START,
    NOTES_DELAY_MS,
)
from smartcity_desktop.qt.views.run.view import RunView
from smartcity_desktop.services.workshop import projects, run
from smartcity_desktop.storage.models import AgendaItem

LEFT = Qt.MouseButton.LeftButton
T0 = dt.datetime(2026, 12, 1, 17, 0, tzinfo=dt.UTC)
AGENDA = [("Welcome", 10), ("Needs: energy and reuse", 25), ("Prioritising together", 20)]


class FakeNow:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> dt.datetime:
        return self.t

    def advance(self, **delta) -> None:
        self.t += dt.timedelta(**delta)


@pytest.fixture
def now():
    return FakeNow()


@pytest.fixture
def planned(db, workshop):
    projects.set_agenda(db, workshop.id, AGENDA)
    return workshop


def make_view(qtbot, db, project_id, workshop_id, now):
    stack = QUndoStack()
    bus = ChangeBus()
    view = RunView(db, stack, bus, now=now)
    qtbot.addWidget(view)
    view.stack_, view.bus_ = stack, bus  # kept alive with the view
    view.messages = []
    view.status_message.connect(view.messages.append)
    view.set_scope(project_id, workshop_id)
    view.resize(1200, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    return view


@pytest.fixture
def view(qtbot, db, project, planned, now):
    return make_view(qtbot, db, project.id, planned.id, now)


def rows(db, workshop_id):
    with db.session() as s:
        return list(s.exec(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id,
                                                    AgendaItem.deleted == False)  # noqa: E712
                           .order_by(AgendaItem.position)))


def highlighted_rows(view) -> list[int]:
    """Rows drawn as the current activity (marker and background)."""
    found = []
    for r in range(view.agenda.rowCount()):
        mark = view.agenda.item(r, COL_MARK)
        name = view.agenda.item(r, COL_ACTIVITY)
        if mark.text() == "\u25b6" and \
                name.background().color() == QColor(run_view.CURRENT_BACKGROUND):
            found.append(r)
    return found


def shown(view) -> list[list[str]]:
    return [[view.agenda.item(r, c).text() for c in range(view.agenda.columnCount())]
            for r in range(view.agenda.rowCount())]


def tick(view, now, **delta) -> None:
    now.advance(**delta)
    view.clock.tick()


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.accessibleName()} is disabled"
    qtbot.mouseClick(button, LEFT)


# --------------------------------------------------------------------------- the meeting


def test_run_through_the_agenda_with_the_buttons(qtbot, db, planned, view, now, drive_modal):
    assert projects.get_workshop(db, planned.id).status == "planned"
    assert highlighted_rows(view) == []
    assert view.timer_label.text() == "10:00"  # the first activity, ready
    assert not view.next_action.isEnabled() and not view.close_action.isEnabled()

    with qtbot.waitSignal(view.bus_.structure_changed):  # the navigation shows the status
        click(qtbot, view.start_button)
    first, second, third = rows(db, planned.id)
    assert first.actual_start == T0 and first.actual_end is None
    assert projects.get_workshop(db, planned.id).status == "running"
    assert highlighted_rows(view) == [0]
    assert view.status_label.text() == "Running"
    assert view.activity_label.text() == "Welcome"
    assert shown(view)[0][COL_START] != "" and shown(view)[1][COL_START] == ""
    assert view.next_label.text() == "Up next: Needs: energy and reuse"

    tick(view, now, minutes=3, seconds=20)
    assert view.timer_label.text() == "06:40"

    click(qtbot, view.next_button)
    first, second, third = rows(db, planned.id)
    assert first.actual_end == T0 + dt.timedelta(minutes=3, seconds=20)
    assert second.actual_start == first.actual_end and second.actual_end is None
    assert highlighted_rows(view) == [1]
    assert shown(view)[0][COL_MARK] == "\u2713" and shown(view)[0][COL_END] != ""
    assert view.timer_label.text() == "25:00"

    tick(view, now, minutes=20)
    click(qtbot, view.next_button)
    assert highlighted_rows(view) == [2]
    assert view.next_action.text() == "End activity"  # the last one
    assert view.next_label.text() == ""

    tick(view, now, minutes=15)
    click(qtbot, view.next_button)
    third = rows(db, planned.id)[2]
    assert third.actual_end == T0 + dt.timedelta(minutes=38, seconds=20)
    assert highlighted_rows(view) == []
    assert view.activity_label.text() == "All activities done"
    assert not view.start_action.isEnabled() and view.close_action.isEnabled()
    assert projects.get_workshop(db, planned.id).status == "running"

    def confirm(box: QMessageBox) -> None:
        assert "W1" in box.text()
        close = next(b for b in box.buttons() if b.text() == "Close workshop")
        qtbot.mouseClick(close, LEFT)

    drive_modal(lambda: click(qtbot, view.close_button), confirm)
    assert projects.get_workshop(db, planned.id).status == "closed"
    assert view.status_label.text() == "Closed"
    assert view.activity_label.text() == "Workshop closed"
    for action in (view.start_action, view.pause_action, view.next_action, view.close_action,
                   view.add_action):
        assert not action.isEnabled()
    # Nothing started is editable any more, and the times are in the table.
    assert all(not (view.agenda.item(r, COL_MINUTES).flags() & Qt.ItemFlag.ItemIsEditable)
               for r in range(3))
    assert all(cells[COL_START] and cells[COL_END] for cells in shown(view))


def test_closing_mid_activity_can_be_cancelled_and_then_confirmed(qtbot, db, planned, view, now,
                                                                  drive_modal):
    click(qtbot, view.start_button)
    tick(view, now, minutes=4)

    def cancel(box: QMessageBox) -> None:
        assert "“Welcome” is still running" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    drive_modal(view.close_action.trigger, cancel)
    assert projects.get_workshop(db, planned.id).status == "running"
    assert rows(db, planned.id)[0].actual_end is None
    assert highlighted_rows(view) == [0]

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Close workshop").click()

    drive_modal(view.close_action.trigger, confirm)
    first, second, _ = rows(db, planned.id)
    assert first.actual_end == T0 + dt.timedelta(minutes=4)
    assert second.actual_start is None  # never run
    assert projects.get_workshop(db, planned.id).status == "closed"


def test_time_up_turns_the_timer_red_and_blinks(qtbot, view, now):
    cues = []
    view.clock.time_up.connect(lambda: cues.append(now()))
    click(qtbot, view.start_button)
    tick(view, now, minutes=9, seconds=59)
    assert view.timer_label.text() == "00:01"
    assert view.cue_label.text() != "Time is up"
    assert run_view.TIME_UP not in view.timer_label.styleSheet()
    assert cues == []

    tick(view, now, seconds=1)
    assert view.cue_label.text() == "Time is up"
    assert view.cue_label.isVisible()
    assert run_view.TIME_UP in view.timer_label.styleSheet()
    assert cues == [T0 + dt.timedelta(minutes=10)]  # the cue (and beep) once
    flash = view.timer_label.styleSheet()
    tick(view, now, seconds=0.5)
    assert view.timer_label.styleSheet() != flash  # it blinks
    tick(view, now, seconds=0.5)
    assert view.timer_label.styleSheet() == flash
    tick(view, now, seconds=65)
    assert view.timer_label.text() == "\u221201:06"  # counts the overtime
    assert view.cue_label.text() == "Time is up"
    assert len(cues) == 1
    click(qtbot, view.pause_button)
    assert view.cue_label.text() == "Time is up · paused"


@pytest.mark.parametrize(("seconds", "text"), [
    (600, "10:00"), (0.2, "00:01"), (1.0, "00:01"), (0, "00:00"), (-0.9, "00:00"),
    (-1.0, "\u221200:01"), (3723, "1:02:03"), (-3600, "\u22121:00:00")])
def test_how_the_remaining_time_reads(seconds, text):
    from smartcity_desktop.qt.run_clock import format_remaining

    assert format_remaining(seconds) == text


def test_plus_one_minute_by_button_and_keys(qtbot, view, now):
    click(qtbot, view.start_button)
    tick(view, now, minutes=9, seconds=30)
    assert view.timer_label.text() == "00:30"
    click(qtbot, view.add_minute_button)
    assert view.timer_label.text() == "01:30"
    assert "(+1 min)" in view.position_label.text()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.timer_label.text() == "02:30"
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.timer_label.text() == "03:30"
    assert "Ctrl+=" in view.add_minute_action.toolTip()
    # Time up, then a minute more: the red goes away.
    tick(view, now, minutes=4)
    assert view.cue_label.text() == "Time is up"
    click(qtbot, view.add_minute_button)
    assert view.timer_label.text() == "00:30" and view.cue_label.text() != "Time is up"


def test_space_pauses_and_resumes_without_touching_the_database(qtbot, db, planned, view, now):
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Space)  # starts the first activity
    assert rows(db, planned.id)[0].actual_start == T0
    tick(view, now, minutes=2)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert view.cue_label.text() == "Paused"
    assert view.start_action.text() == "Resume" and not view.pause_action.isEnabled()
    tick(view, now, minutes=5)
    assert view.timer_label.text() == "08:00"  # frozen while paused
    QTest.keyClick(view, Qt.Key.Key_Space)
    tick(view, now, minutes=1)
    assert view.timer_label.text() == "07:00"
    first = rows(db, planned.id)[0]
    assert first.actual_start == T0 and first.actual_end is None  # pausing writes nothing
    # Ctrl+Right: next activity.
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert highlighted_rows(view) == [1]
    assert rows(db, planned.id)[0].actual_end == T0 + dt.timedelta(minutes=8)
    assert "Space" in view.start_action.toolTip() and "Ctrl+Right" in view.next_action.toolTip()


def test_space_in_the_notes_types_a_space(qtbot, db, planned, view):
    view.notes.setFocus()
    QTest.keyClicks(view.notes, "a b")
    assert view.notes.toPlainText() == "a b"
    assert rows(db, planned.id)[0].actual_start is None


def test_a_rebuilt_view_finds_the_running_activity_in_the_database(qtbot, db, project, planned,
                                                                   view, now):
    click(qtbot, view.start_button)
    tick(view, now, minutes=1)
    click(qtbot, view.next_button)
    tick(view, now, minutes=5, seconds=30)
    again = make_view(qtbot, db, project.id, planned.id, now)
    assert highlighted_rows(again) == [1]
    assert again.timer_label.text() == "19:30"
    assert again.activity_label.text() == "Needs: energy and reuse"
    assert again.pause_action.isEnabled() and again.next_action.isEnabled()


def test_pause_and_extra_time_survive_switching_workshops(qtbot, db, project, planned, view, now):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    click(qtbot, view.start_button)
    click(qtbot, view.add_minute_button)
    tick(view, now, minutes=1)
    click(qtbot, view.pause_button)
    view.set_scope(project.id, other.id)
    assert view.activity_label.text() == "The agenda is empty"
    assert not view.start_action.isEnabled()
    tick(view, now, minutes=3)
    view.set_scope(project.id, planned.id)
    assert view.timer_label.text() == "10:00"  # 10 + 1 - 1, paused since
    assert view.cue_label.text() == "Paused"


def test_only_a_project_chosen_shows_a_hint(qtbot, db, project, planned, view):
    view.set_scope(project.id, None)
    assert view.pages.currentWidget() is view.hint
    assert view.hint.text() == "Choose a workshop to run"
    assert not view.start_action.isEnabled()
    view.set_scope(project.id, planned.id)
    assert view.pages.currentWidget() is view.page


# --------------------------------------------------------------------------- notes


def test_notes_are_saved_after_a_pause_in_typing(qtbot, db, planned, view):
    view.notes.setFocus()
    QTest.keyClicks(view.notes, "Table 3: bus at 22:00")
    assert projects.get_workshop(db, planned.id).notes == ""  # not on every key
    qtbot.waitUntil(lambda: projects.get_workshop(db, planned.id).notes ==
                    "Table 3: bus at 22:00", timeout=3000)
    assert view.notes_state.text().startswith("Saved")
    arabic = " — مواعيد الحافلات في المساء · የአውቶቡስ መርሐ ግብር · Жанна"
    view.notes.moveCursor(view.notes.textCursor().MoveOperation.End)
    view.notes.insertPlainText(arabic)  # keyClicks cannot send non-Latin-1 text
    qtbot.waitUntil(lambda: projects.get_workshop(db, planned.id).notes ==
                    "Table 3: bus at 22:00" + arabic, timeout=3000)


def test_notes_are_saved_at_once_when_focus_leaves(qtbot, db, planned, view):
    view.notes.setFocus()
    qtbot.waitUntil(view.notes.hasFocus, timeout=2000)
    QTest.keyClicks(view.notes, "Follow up with the school")
    view.new_activity.setFocus()
    qtbot.waitUntil(lambda: not view.notes.hasFocus(), timeout=2000)
    assert projects.get_workshop(db, planned.id).notes == "Follow up with the school"


def test_notes_go_to_the_workshop_they_were_typed_for(qtbot, db, project, planned, view):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    run.save_notes(db, other.id, "Other notes")
    view.notes.setFocus()
    QTest.keyClicks(view.notes, "For W1")
    view.set_scope(project.id, other.id)  # before the debounce fired
    assert projects.get_workshop(db, planned.id).notes == "For W1"
    assert view.notes.toPlainText() == "Other notes"
    qtbot.wait(NOTES_DELAY_MS + 100)
    assert projects.get_workshop(db, other.id).notes == "Other notes"


def test_too_long_notes_say_so_and_keep_the_stored_ones(qtbot, db, project, planned, now):
    run.save_notes(db, planned.id, "old")
    view = make_view(qtbot, db, project.id, planned.id, now)
    assert view.notes.toPlainText() == "old"
    view.notes.setPlainText("x" * (run.MAX_NOTES + 1))
    view.save_notes()
    assert view.notes_state.text().startswith("Not saved")
    assert projects.get_workshop(db, planned.id).notes == "old"
    assert len(view.notes.toPlainText()) == run.MAX_NOTES + 1  # nothing typed is thrown away


# --------------------------------------------------------------------------- agenda editing


def test_add_an_activity_by_typing_and_enter(qtbot, db, planned, view):
    view.new_activity.setFocus()
    QTest.keyClicks(view.new_activity, "Coffee break")
    view.new_minutes.setValue(15)
    QTest.keyClick(view.new_activity, Qt.Key.Key_Return)
    assert [r.activity for r in rows(db, planned.id)][-1] == "Coffee break"
    assert rows(db, planned.id)[-1].planned_minutes == 15
    assert shown(view)[-1][COL_ACTIVITY] == "Coffee break" and shown(view)[-1][COL_MINUTES] == "15"
    assert view.new_activity.text() == ""
    assert "70 min planned" in view.total_label.text()  # 55 + 15


def test_an_empty_activity_is_refused_with_a_message(qtbot, db, planned, view, drive_modal):
    before = [(r.id, r.activity) for r in rows(db, planned.id)]

    def read(box: QMessageBox) -> None:
        assert "must not be empty" in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()

    view.new_activity.setText("   ")
    drive_modal(view.add_action.trigger, read)
    assert [(r.id, r.activity) for r in rows(db, planned.id)] == before


def test_rename_and_retime_in_the_table(qtbot, db, planned, view):
    item = view.agenda.item(1, COL_ACTIVITY)
    view.agenda.setCurrentItem(item)
    view.agenda.editItem(item)
    qtbot.waitUntil(lambda: view.agenda.findChild(QLineEdit) is not None, timeout=2000)
    editor = next(e for e in view.agenda.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    QTest.keyClicks(editor, "Needs: the school building")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(db, planned.id)[1].activity == "Needs: the school building",
                    timeout=2000)
    assert shown(view)[1][COL_ACTIVITY] == "Needs: the school building"
    view.agenda.item(2, COL_MINUTES).setData(Qt.ItemDataRole.EditRole, 35)
    qtbot.waitUntil(lambda: rows(db, planned.id)[2].planned_minutes == 35, timeout=2000)


def test_move_and_remove_the_selected_activity(qtbot, db, planned, view):
    view.agenda.selectRow(2)
    assert not view.move_down_action.isEnabled()
    click(qtbot, view.agenda_buttons[view.move_up_action])
    assert [r.activity for r in rows(db, planned.id)] == [
        "Welcome", "Prioritising together", "Needs: energy and reuse"]
    assert view.agenda.selectionModel().selectedRows()[0].row() == 1  # it moved with the item
    click(qtbot, view.agenda_buttons[view.remove_action])
    assert [r.activity for r in rows(db, planned.id)] == ["Welcome", "Needs: energy and reuse"]
    assert [c[COL_ACTIVITY] for c in shown(view)] == ["Welcome", "Needs: energy and reuse"]
    # The same with the keyboard, in the table.
    view.agenda.setFocus()
    view.agenda.selectRow(1)
    QTest.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.activity for r in rows(db, planned.id)] == ["Needs: energy and reuse", "Welcome"]
    QTest.keyClick(view.agenda, Qt.Key.Key_Delete)
    assert [r.activity for r in rows(db, planned.id)] == ["Welcome"]
    # Ctrl+Up in the notes moves the cursor, not the agenda.
    view.notes.setFocus()
    QTest.keyClick(view.notes, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.activity for r in rows(db, planned.id)] == ["Welcome"]


def test_activities_that_started_are_read_only(qtbot, db, planned, view):
    click(qtbot, view.start_button)
    flags = view.agenda.item(0, COL_ACTIVITY).flags()
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert view.agenda.item(1, COL_ACTIVITY).flags() & Qt.ItemFlag.ItemIsEditable
    view.agenda.selectRow(0)
    assert not view.remove_action.isEnabled() and not view.move_down_action.isEnabled()
    view.agenda.selectRow(1)
    assert not view.move_up_action.isEnabled()  # not above the running one
    assert view.remove_action.isEnabled()


def test_an_empty_agenda_cannot_start(qtbot, db, project, workshop, now):
    view = make_view(qtbot, db, project.id, workshop.id, now)
    assert view.activity_label.text() == "The agenda is empty"
    assert not view.start_action.isEnabled()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert projects.get_workshop(db, workshop.id).status == "planned"
    view.new_activity.setText("Welcome")
    view.add_action.trigger()
    assert view.start_action.isEnabled()
    assert view.timer_label.text() == "10:00"
