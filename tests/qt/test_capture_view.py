"""The Capture view driven from the keyboard only, as a volunteer typing in a pile of cards:
every check looks at the screen (list, fields, focus, messages) and at the database."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.capture.form import STICKY_DEFAULTS
from smartcity_desktop.qt.views.capture.view import CaptureView
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.records import new_record
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.storage.models import Idea

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# --------------------------------------------------------------------------- driving
def receiver():
    """Where a real key press goes: the open completer popup, else the focused widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget()


def key(k, modifier=NO) -> None:
    target = receiver()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClick(target, k, modifier)


def type_text(text: str) -> None:
    """Type key by key into whatever has the focus. Characters outside Latin-1 (which
    QTest.keyClick cannot send) go as the key events a keyboard for that script produces."""
    for char in text:
        if char == "\n":
            key(Qt.Key.Key_Return, SHIFT)
        elif char.isascii():
            key(char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(receiver(), QKeyEvent(kind, 0, NO, char))


def focus(widget) -> None:
    """Put the focus in ``widget`` as a click would: an open completer popup closes."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.hide()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget is not None else ""


def list_texts(view) -> list[str]:
    return [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]


def db_ids(db, workshop_id) -> list[str]:
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop_id))
    rows = capture.fetch_idea_rows(db, rowids)
    return [rows[r].id for r in rowids]


@pytest.fixture
def host(db, project, workshop, qtbot):
    """The Capture view in a window with the app's undo and redo shortcuts, active."""
    window = QMainWindow()
    stack = QUndoStack(window)
    bus = ChangeBus(window)
    view = CaptureView(db, stack, bus, window)
    window.setCentralWidget(view)
    undo = stack.createUndoAction(window)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window)
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    window.addAction(undo)
    window.addAction(redo)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.set_scope(project.id, workshop.id)
    view.text_edit.setFocus()
    qtbot.waitUntil(view.text_edit.hasFocus)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    return SimpleNamespace(window=window, view=view, stack=stack, bus=bus, messages=messages)


@pytest.fixture
def people(db, workshop):
    return [participants.register_participant(db, workshop.id, participants.ParticipantInput())
            for _ in range(12)]


# --------------------------------------------------------------------------- keyboard only
def test_capture_from_the_keyboard_only(db, workshop, people, host):
    view = host.view
    assert view.pages.currentWidget() is not view.hint
    assert view.counter_label.text() == "0 idea(s) in this workshop"

    type_text("More benches along the river")
    key(Qt.Key.Key_Tab)
    assert focused_name() == "Participant code"
    type_text("W1-003")
    key(Qt.Key.Key_Tab)  # also closes the completer's popup, in one press
    assert focused_name() == "SDG numbers"
    type_text("11 3")
    assert view.sdg_chips.numbers() == (3, 11)  # the chips follow the typed numbers
    key(Qt.Key.Key_Return)

    assert view.error_texts() == {}
    [idea_id] = db_ids(db, workshop.id)
    stored = capture.get_idea(db, idea_id)
    assert stored.data.text == "More benches along the river"
    assert stored.data.author_participant_id == people[2].id
    assert stored.data.sdgs == (3, 11)
    assert (stored.data.kind, stored.data.source) == (IdeaKind.IDEA, IdeaSource.LIVE)
    assert list_texts(view) == ["More benches along the river"]
    assert view.model.data(view.model.index(0, 4)) == "W1-003"
    assert view.model.data(view.model.index(0, 3)) == "3 11"
    assert view.counter_label.text() == "1 idea(s) in this workshop"
    assert view.saved_label.text() == "Saved ✓"
    assert view.selected_ids() == [idea_id]  # the new idea is shown selected

    # The next card: a need (F7) by participant 7, typed as "7"; no SDGs.
    key(Qt.Key.Key_F7)
    assert view.need_button.isChecked()
    type_text("Dark underpass at the station")
    key(Qt.Key.Key_Tab)
    type_text("7")
    key(Qt.Key.Key_Return)  # Enter with nothing chosen in the popup saves
    assert view.error_texts() == {}
    assert capture.count_ideas(db, workshop.id) == 2
    newest = capture.get_idea(db, view.model.idea_id_at(0))
    assert newest.data.text == "Dark underpass at the station"
    assert newest.data.kind == IdeaKind.NEED
    assert newest.data.author_participant_id == people[6].id
    assert newest.data.sdgs == ()
    assert view.participant_edit.text() == "W1-007"  # the short code, written out
    assert list_texts(view) == ["Dark underpass at the station", "More benches along the river"]
    assert db_ids(db, workshop.id) == [view.model.idea_id_at(r) for r in range(2)]
    assert host.stack.count() == 2


def test_choosing_from_the_completer_then_enter_saves(db, workshop, people, host):
    view = host.view
    type_text("Water fountain in the park")
    key(Qt.Key.Key_Tab)
    type_text("01")  # matches W1-001, W1-010, W1-011, W1-012 (anywhere in the code)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.model().rowCount() == 4
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)  # takes the highlighted code, does not save yet
    assert view.participant_edit.text() == "W1-010"
    assert capture.count_ideas(db) == 0
    key(Qt.Key.Key_Return)
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.author_participant_id == \
        people[9].id


def test_sticky_fields_stay_text_goes_focus_returns(db, project, workshop, host):
    view = host.view
    projects.add_theme(db, project.id, "Mobility")
    goal = projects.add_strategy_goal(db, project.id, "SG1", "Low-emission transport")
    view.set_scope(project.id, workshop.id)
    focus(view.text_edit)
    assert {name: pin.isChecked() for name, pin in view.pins.items()} == STICKY_DEFAULTS

    type_text("Bike lanes on Main Street")
    focus(view.title_edit)
    type_text("Bike lanes")
    focus(view.theme_combo)
    type_text("mobility")  # an existing theme, typed in other case
    focus(view.table_edit)
    type_text("Table 2")
    focus(view.sdg_edit)
    type_text("9")
    focus(view.source_combo)
    key(Qt.Key.Key_Down)  # Live → Paper form
    focus(view.goal_buttons[goal.id])
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_F8)
    assert view.idea_button.isChecked()
    key(Qt.Key.Key_F7)
    key(Qt.Key.Key_Return)

    stored = capture.get_idea(db, view.model.idea_id_at(0))
    assert (stored.data.text, stored.data.title) == ("Bike lanes on Main Street", "Bike lanes")
    assert projects.list_themes(db, project.id)[0].id == stored.data.theme_id  # no new theme
    assert stored.data.author_table_group == "Table 2"
    assert stored.data.source == IdeaSource.PAPER
    assert stored.data.kind == IdeaKind.NEED
    assert stored.data.sdgs == (9,)
    assert stored.data.strategy_goal_ids == (goal.id,)
    # Text and title are cleared; pinned fields stay; SDGs and goals (not pinned) are cleared.
    assert view.text_edit.toPlainText() == "" and view.title_edit.text() == ""
    assert view.theme_combo.currentText() == "Mobility"
    assert view.table_edit.text() == "Table 2"
    assert view.source_combo.currentData() == IdeaSource.PAPER.value
    assert view.need_button.isChecked()
    assert view.sdg_edit.text() == "" and view.sdg_chips.numbers() == ()
    assert not view.goal_buttons[goal.id].isChecked()
    assert view.text_edit.hasFocus()

    # The next card only needs its text.
    type_text("Bike parking at the school")
    key(Qt.Key.Key_Return)
    second = capture.get_idea(db, view.model.idea_id_at(0))
    assert (second.data.theme_id, second.data.author_table_group, second.data.source,
            second.data.kind) == (stored.data.theme_id, "Table 2", IdeaSource.PAPER,
                                  IdeaKind.NEED)
    assert list_texts(view) == ["Bike parking at the school",
                                "Bike lanes — Bike lanes on Main Street"]  # title — text

    # Unpinned fields are cleared after a save; pinned SDGs are kept.
    focus(view.pins["theme"])
    key(Qt.Key.Key_Space)
    view.pins["sdgs"].click()
    assert not view.pins["theme"].isChecked() and view.pins["sdgs"].isChecked()
    assert "cleared" in view.pins["theme"].toolTip()
    focus(view.sdg_edit)
    type_text("13")
    focus(view.text_edit)
    type_text("Green roofs on the bus shelters")
    key(Qt.Key.Key_Return)
    assert view.theme_combo.currentText() == ""
    assert view.sdg_edit.text() == "13" and view.sdg_chips.numbers() == (13,)
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.theme_id == stored.data.theme_id
    assert capture.count_ideas(db, workshop.id) == 3


def test_shift_enter_is_a_new_line_not_a_save(db, workshop, host):
    view = host.view
    type_text("First line")
    key(Qt.Key.Key_Return, SHIFT)
    type_text("second line")
    assert view.text_edit.toPlainText() == "First line\nsecond line"
    assert capture.count_ideas(db) == 0 and view.model.rowCount() == 0
    key(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter saves too
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.text == \
        "First line\nsecond line"
    assert view.text_edit.toPlainText() == ""


def test_undo_and_redo_of_a_captured_idea(db, workshop, host):
    view = host.view
    capture.add_idea(db, workshop.id, IdeaInput("Already there"))
    view.set_scope(None, None)
    view.set_scope(view._project_id or projects.get_workshop(db, workshop.id).project_id,
                   workshop.id)
    focus(view.text_edit)
    type_text("Night buses on Fridays")
    key(Qt.Key.Key_Return)
    new_id = view.model.idea_id_at(0)
    assert list_texts(view) == ["Night buses on Fridays", "Already there"]

    # Typing, then Ctrl+Z: the typing is undone, not the saved idea.
    type_text("oops")
    key(Qt.Key.Key_Z, CTRL)
    assert view.text_edit.toPlainText() == ""
    assert capture.count_ideas(db, workshop.id) == 2

    # With nothing typed, Ctrl+Z undoes the save: gone from the list and the database.
    key(Qt.Key.Key_Z, CTRL)
    assert list_texts(view) == ["Already there"]
    assert capture.get_idea(db, new_id).deleted
    assert view.counter_label.text() == "1 idea(s) in this workshop"

    key(Qt.Key.Key_Z, CTRL | SHIFT)  # redo brings the same idea back
    assert list_texts(view) == ["Night buses on Fridays", "Already there"]
    assert not capture.get_idea(db, new_id).deleted
    assert view.model.idea_id_at(0) == new_id
    assert db_ids(db, workshop.id)[0] == new_id
    assert view.counter_label.text() == "2 idea(s) in this workshop"


# --------------------------------------------------------------------------- errors
def attempt(view, field_widget, text: str) -> None:
    focus(field_widget)
    if hasattr(field_widget, "selectAll"):
        field_widget.selectAll()
    type_text(text)
    key(Qt.Key.Key_Return)


def test_errors_change_nothing_and_keep_the_text(db, project, workshop, people, host):
    view = host.view
    other = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = participants.register_participant(db, other.id, participants.ParticipantInput())

    def nothing_saved() -> None:
        assert capture.count_ideas(db) == 0
        assert view.model.rowCount() == 0
        assert host.stack.count() == 0
        assert projects.list_themes(db, project.id) == []  # the typed theme was not created
        assert view.saved_label.text() == ""

    # Empty text (spaces only).
    focus(view.theme_combo)
    type_text("Brand new theme")
    focus(view.text_edit)
    type_text("   ")
    key(Qt.Key.Key_Return)
    assert view.error_texts() == {"text": "The text must not be empty."}
    assert view.errors["text"].isVisible()
    assert view.text_edit.hasFocus()
    nothing_saved()

    # An unknown participant code.
    view.text_edit.selectAll()
    type_text("Ladestasjoner ved biblioteket")
    attempt(view, view.participant_edit, "W1-999")
    assert view.error_texts() == {"participant": "There is no participant W1-999."}
    assert view.errors["participant"].isVisible()
    assert view.participant_edit.hasFocus() and view.participant_edit.property("problem")
    assert view.text_edit.toPlainText() == "Ladestasjoner ved biblioteket"
    nothing_saved()
    assert host.messages[-1] == "Not saved: There is no participant W1-999."

    # Something that is no code at all.
    attempt(view, view.participant_edit, "Kari")
    assert view.error_texts() == {
        "participant": "“Kari” is not a participant code like W3-017."}
    nothing_saved()

    # The code of another workshop's participant.
    attempt(view, view.participant_edit, stranger.code.lower())
    assert view.error_texts() == {
        "participant": f"Participant {stranger.code} belongs to workshop W2."}
    nothing_saved()

    # A participant and a table group at once.
    view.participant_edit.selectAll()
    type_text(people[0].code)
    attempt(view, view.table_edit, "Table 4")
    assert view.error_texts() == {
        "participant": "An idea has a participant or a table group as author, not both."}
    nothing_saved()

    # An SDG that does not exist.
    view.table_edit.clear()
    attempt(view, view.sdg_edit, "11 18")
    assert list(view.error_texts()) == ["sdgs"]
    assert "1 to 17" in view.error_texts()["sdgs"]
    assert view.sdg_edit.hasFocus()
    nothing_saved()

    # Text over the limit.
    view.sdg_edit.clear()
    view.text_edit.setPlainText("x" * 5001)
    focus(view.text_edit)
    key(Qt.Key.Key_Return)
    assert view.error_texts() == {"text": "The text is 5001 characters long; the limit is 5000."}
    nothing_saved()

    # Everything typed is still there; fixing the text saves it, theme and all.
    assert view.theme_combo.currentText() == "Brand new theme"
    assert view.participant_edit.text() == people[0].code
    view.text_edit.setPlainText("Ladestasjoner ved biblioteket")
    key(Qt.Key.Key_Return)
    assert view.error_texts() == {}
    assert not view.errors["participant"].isVisible()
    assert not view.participant_edit.property("problem")
    stored = capture.get_idea(db, view.model.idea_id_at(0))
    assert stored.data.text == "Ladestasjoner ved biblioteket"
    assert stored.data.author_participant_id == people[0].id
    assert [t.name for t in projects.list_themes(db, project.id)] == ["Brand new theme"]


def test_editing_a_field_takes_its_error_away(db, workshop, host):
    view = host.view
    key(Qt.Key.Key_Return)
    assert "text" in view.error_texts() and view.errors["text"].isVisible()
    type_text("x")
    assert view.error_texts() == {} and not view.errors["text"].isVisible()


def test_a_new_theme_typed_inline_is_created(db, project, workshop, host, qtbot):
    view = host.view
    projects.add_theme(db, project.id, "Energy")
    view.set_scope(project.id, workshop.id)
    structure = []
    host.bus.structure_changed.connect(lambda: structure.append(1))
    focus(view.text_edit)
    type_text("Buses every ten minutes in the evening")
    focus(view.theme_combo)
    type_text("Night transport")
    key(Qt.Key.Key_Return)

    themes = {t.name: t.id for t in projects.list_themes(db, project.id)}
    assert set(themes) == {"Energy", "Night transport"}
    stored = capture.get_idea(db, view.model.idea_id_at(0))
    assert stored.data.theme_id == themes["Night transport"]
    assert view.model.data(view.model.index(0, 2)) == "Night transport"
    # The combo now offers it (and keeps it for the next card), no duplicate on the next save.
    assert view.theme_combo.findText("Night transport") > 0
    assert view.theme_combo.currentText() == "Night transport"
    type_text("Shelter at the last stop")
    key(Qt.Key.Key_Return)
    assert len(projects.list_themes(db, project.id)) == 2
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.theme_id == \
        themes["Night transport"]


def test_ctrl_z_takes_back_the_idea_and_the_theme_typed_with_it(db, project, workshop, host,
                                                                 qtbot):
    view = host.view
    focus(view.text_edit)
    type_text("Benches along the river")
    focus(view.theme_combo)
    type_text("Places to rest")
    key(Qt.Key.Key_Return)
    assert [t.name for t in projects.list_themes(db, project.id)] == ["Places to rest"]
    assert list_texts(view) == ["Benches along the river"]
    assert view.theme_combo.findText("Places to rest") > 0
    assert host.stack.count() == 1  # one step for the idea and its theme

    focus(view.text_edit)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The screen and the database agree: no idea, and no theme left behind.
    assert projects.list_themes(db, project.id) == []
    assert capture.count_ideas(db, workshop.id) == 0
    qtbot.waitUntil(lambda: view.theme_combo.findText("Places to rest") < 0)
    assert list_texts(view) == []

    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [theme] = projects.list_themes(db, project.id)
    assert theme.name == "Places to rest"
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.theme_id == theme.id
    qtbot.waitUntil(lambda: view.theme_combo.findText("Places to rest") > 0)


SCRIPTS = ["مواعيد الحافلات في المساء", "የአውቶቡስ መርሐ ግብር", "Больше скамеек в парке",
           "Flere sykkelparkeringer – så slipper vi våte seter (æøå)"]


def test_every_script_is_saved_exactly(db, workshop, host):
    view = host.view
    for text in SCRIPTS:
        type_text(text)
        assert view.text_edit.toPlainText() == text
        key(Qt.Key.Key_Return)
        assert view.error_texts() == {}
        assert capture.get_idea(db, view.model.idea_id_at(0)).data.text == text
        assert view.model.data(view.model.index(0, 0)) == text
    assert list_texts(view) == SCRIPTS[::-1]


def test_saving_next_to_5000_ideas_inserts_one_row_without_a_reset(db, workshop, host):
    with db.session() as s:
        s.add_all(new_record(db, Idea, workshop_id=workshop.id, text=f"Forslag {i}")
                  for i in range(5000))
        s.commit()
    view = host.view
    view.set_scope(None, None)
    view.set_scope(projects.get_workshop(db, workshop.id).project_id, workshop.id)
    assert view.model.rowCount() == 5000
    assert view.counter_label.text() == "5000 idea(s) in this workshop"
    resets, inserted = [], []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    focus(view.text_edit)
    type_text("One more")
    key(Qt.Key.Key_Return)
    assert resets == []
    assert inserted == [(0, 0)]
    assert view.model.rowCount() == 5001
    assert view.model.data(view.model.index(0, 0)) == "One more"
    assert capture.count_ideas(db, workshop.id) == 5001
    assert view.counter_label.text() == "5001 idea(s) in this workshop"
    key(Qt.Key.Key_Z, CTRL)
    assert resets == [] and view.model.rowCount() == 5000


# --------------------------------------------------------------------------- the list
def test_edit_with_f2_and_delete_with_undo_in_the_list(db, workshop, host, drive_modal, qtbot):
    view = host.view
    for text in ("Alpha", "Beta"):
        type_text(text)
        key(Qt.Key.Key_Return)
    assert list_texts(view) == ["Beta", "Alpha"]
    beta = view.model.idea_id_at(0)

    # F2 in the text field does not open anything; in the list it edits the selected idea.
    key(Qt.Key.Key_F2)
    assert QApplication.activeModalWidget() is None
    focus(view.table)
    view.table.selectRow(0)

    def fill(dialog):
        assert dialog.ui.textEdit.toPlainText() == "Beta"
        dialog.ui.textEdit.selectAll()
        qtbot.keyClicks(dialog.ui.textEdit, "Beta, edited")
        QTest.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    drive_modal(lambda: QTest.keyClick(view.table, Qt.Key.Key_F2), fill)
    assert list_texts(view) == ["Beta, edited", "Alpha"]
    assert capture.get_idea(db, beta).data.text == "Beta, edited"

    focus(view.table)
    view.table.selectRow(0)
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert list_texts(view) == ["Alpha"]
    assert capture.get_idea(db, beta).deleted
    assert host.messages[-1] == "1 idea(s) deleted. Undo with Ctrl+Z."

    QTest.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # undo the delete
    assert list_texts(view) == ["Beta, edited", "Alpha"]
    assert not capture.get_idea(db, beta).deleted
    QTest.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # undo the edit
    assert list_texts(view) == ["Beta", "Alpha"]
    assert capture.get_idea(db, beta).data.text == "Beta"

    # Delete in the text field deletes characters, not ideas.
    focus(view.text_edit)
    type_text("ab")
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_Delete)
    assert view.text_edit.toPlainText() == "a"
    assert capture.count_ideas(db, workshop.id) == 2


def test_ideas_added_elsewhere_appear_in_the_list(db, workshop, host):
    from smartcity_desktop.qt.undo import push
    from smartcity_desktop.services.ideas import commands

    view = host.view
    push(host.stack, commands.AddIdea(db, workshop.id, IdeaInput("From the Ideas view")),
         "Add idea", host.bus)
    assert list_texts(view) == ["From the Ideas view"]
    assert view.counter_label.text() == "1 idea(s) in this workshop"


def test_capture_needs_a_workshop(db, project, workshop, host):
    view = host.view
    view.set_scope(project.id, None)
    assert view.pages.currentWidget() is view.hint
    assert "workshop" in view.hint.text()
    assert view.model.rowCount() == 0
    assert view.save() is False
    assert capture.count_ideas(db) == 0
    view.set_scope(project.id, workshop.id)
    assert view.pages.currentWidget() is not view.hint


def test_switching_workshop_forgets_author_and_lists_the_other_workshop(db, project, workshop,
                                                                          people, host):
    view = host.view
    other = projects.create_workshop(db, project.id, "W2", "Second")
    capture.add_idea(db, other.id, IdeaInput("In W2"))
    view.participant_edit.setText(people[0].code)
    view.table_edit.setText("Table 1")
    view.set_scope(project.id, other.id)
    assert view.participant_edit.text() == "" and view.table_edit.text() == ""
    assert list_texts(view) == ["In W2"]
    assert "W2" in view.heading.text()


def test_every_control_has_an_accessible_name_and_the_tab_chain_reaches_the_list(db, project,
                                                                                  workshop, host):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    view = host.view
    projects.add_strategy_goal(db, project.id, "SG1", "Low-emission transport")
    view.set_scope(project.id, workshop.id)
    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for widget in view.findChildren(kind):
            if widget.isVisibleTo(view):
                assert widget.accessibleName(), widget
    focus(view.text_edit)
    seen = []
    for _ in range(60):
        key(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if QApplication.focusWidget() is view.table:
            break
    assert view.table in seen
    names = [w.accessibleName() for w in seen]
    assert names[:4] == ["Participant code", "SDG numbers", "Theme", "Table group"]
    assert "Need or problem" in names and "Source" in names and "Title" in names
    assert any(n.startswith("Strategy goal SG1") for n in names)
    assert any(n.startswith("Keep the theme") for n in names)


def test_enter_on_a_full_disk_explains_it_and_keeps_the_text(db, workshop, host, monkeypatch):
    import sqlalchemy as sa

    from smartcity_desktop.services.ideas import intake

    def full(writer):
        raise sa.exc.OperationalError("INSERT INTO idea", {}, Exception("database or disk is full"))

    monkeypatch.setattr(intake.IdeaWriter, "flush", full)
    view = host.view
    focus(view.text_edit)
    type_text("Solar panels on the school")
    key(Qt.Key.Key_Return)
    # Nothing saved, the reason shown next to the text, the text as typed (no stray newline).
    assert capture.count_ideas(db) == 0 and host.stack.count() == 0
    assert "The disk is full" in " ".join(view.error_texts().values())
    assert view.text_edit.toPlainText() == "Solar panels on the school"
    monkeypatch.undo()
    key(Qt.Key.Key_Return)
    assert capture.count_ideas(db) == 1
    assert view.text_edit.toPlainText() == ""
