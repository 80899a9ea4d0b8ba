"""The Participants view through the GUI: registering at the door, consent and contact details,
editing, deleting (with the choice about the ideas), undo/redo and the "who is in the room"
panel. Every test checks what the screen shows and what the database holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox
from sqlmodel import select

from smartcity_desktop.qt.participant_dialog import RegisterParticipantDialog, with_mnemonic
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.participants import ParticipantsView
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage.models import ContactDetail

LEFT = Qt.MouseButton.LeftButton
DASH = "—"
TICK = "✓"


# --------------------------------------------------------------------------- helpers
@pytest.fixture
def view(qtbot, db, project, workshop):
    stack = QUndoStack()
    bus = ChangeBus()
    widget = ParticipantsView(db, stack, bus)
    qtbot.addWidget(widget)
    widget.stack = stack  # kept alive with the view (and handy in the tests)
    widget.bus_ = bus
    widget.messages = []
    widget.status_message.connect(widget.messages.append)
    widget.set_scope(project.id, workshop.id)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)
    widget.table.setFocus()
    return widget


def activate(qtbot, window) -> None:
    """Make ``window`` the active window, as the window manager does when a dialog opens or
    closes (shortcuts only fire in the active window)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def focus_table(view, qtbot, row: int = 0) -> None:
    activate(qtbot, view)
    view.table.selectRow(row)
    view.table.setFocus()


def header_texts(view) -> list[str]:
    model = view.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def table_rows(view) -> list[dict[str, str]]:
    """What the table shows, one dict per row keyed by column title."""
    model = view.model
    headers = header_texts(view)
    return [{h: model.data(model.index(r, c)) for c, h in enumerate(headers)}
            for r in range(model.rowCount())]


def open_register(view, qtbot) -> RegisterParticipantDialog:
    dialog = view.make_register_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def choose(qtbot, combo: QComboBox, typed: str) -> None:
    """Pick a category the way a facilitator does: focus the drop-down and type."""
    combo.setFocus()
    qtbot.keyClicks(combo, typed)


def tick(qtbot, box: QCheckBox) -> None:
    """Click the tick box itself (the widget is wider than its box and text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def register(view, qtbot, typed: dict[str, str] | None = None, processing=True,
             contact: ContactInput | None = None) -> str:
    """Register one person through the dialog; returns the code the dialog showed."""
    dialog = open_register(view, qtbot)
    code = dialog.code_label.text()
    for key, text in (typed or {}).items():
        choose(qtbot, dialog.combos[key], text)
    if processing:
        tick(qtbot, dialog.processing_check)
    if contact is not None:
        tick(qtbot, dialog.contact_check)
        qtbot.keyClicks(dialog.name_edit, contact.name)
        qtbot.keyClicks(dialog.email_edit, contact.email)
        qtbot.keyClicks(dialog.phone_edit, contact.phone)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible(), dialog.error_label.text()
    return code


def people(db, workshop):
    return participants.list_participants(db, workshop.id)


# --------------------------------------------------------------------------- registering
def test_register_prefer_not_to_say_with_age_unanswered(view, qtbot, db, workshop):
    assert header_texts(view) == ["Code", "Age", "Gender", "Cultural background",
                                  "Socioeconomic background", "Stakeholder group",
                                  "Processing", "Contact"]
    dialog = open_register(view, qtbot)
    assert dialog.code_label.text() == "W1-001"
    gender = dialog.combos["gender"]
    assert [gender.itemText(i) for i in range(gender.count())] == [
        "Not answered", "Woman", "Man", "Non-binary", "Self-described", "Prefer not to say"]
    assert dialog.combos["age"].currentText() == "Not answered"
    choose(qtbot, gender, "Pre")
    assert gender.currentText() == "Prefer not to say"
    tick(qtbot, dialog.processing_check)
    assert dialog.processing_check.isChecked()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()

    rows = table_rows(view)
    assert len(rows) == 1
    row = rows[0]
    assert row["Code"] == "W1-001"
    assert row["Gender"] == "Prefer not to say"
    assert row["Age"] == DASH
    assert row["Processing"] == TICK and row["Contact"] == DASH
    age_index = view.model.index(0, 1)
    assert view.model.data(age_index, Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert view.model.data(age_index, Qt.ItemDataRole.AccessibleTextRole) == "Not answered"
    assert view.count_label.text() == "1 participant(s)"
    assert view.selected_id() == people(view._db, workshop)[0].id
    assert any("W1-001" in m for m in view.messages)

    [stored] = people(db, workshop)
    assert stored.code == "W1-001"
    assert stored.answers == {"gender": "prefer_not_to_say"}
    assert stored.consent_processing and not stored.consent_contact and not stored.has_contact
    assert view.stack.count() == 1


def test_contact_fields_disabled_until_consent_and_unticking_saves_no_contact(
        view, qtbot, db, workshop):
    dialog = open_register(view, qtbot)
    contact_fields = (dialog.name_edit, dialog.email_edit, dialog.phone_edit)
    assert not any(f.isEnabled() for f in contact_fields)
    tick(qtbot, dialog.contact_check)
    assert all(f.isEnabled() for f in contact_fields)
    qtbot.keyClicks(dialog.name_edit, "Kari Nordmann")
    qtbot.keyClicks(dialog.email_edit, "kari@example.org")
    qtbot.keyClicks(dialog.phone_edit, "+47 400 00 000")
    tick(qtbot, dialog.contact_check)  # changed their mind
    assert not dialog.contact_check.isChecked()
    assert not any(f.isEnabled() for f in contact_fields)
    # Enter saves (the drop-downs pass it on to the default button).
    choose(qtbot, dialog.combos["stakeholder"], "Res")
    QTest.keyClick(dialog.combos["stakeholder"], Qt.Key.Key_Return)
    assert not dialog.isVisible()

    [stored] = people(db, workshop)
    assert not stored.consent_contact and not stored.has_contact
    assert stored.answers == {"stakeholder": "resident"}
    with db.session() as s:
        assert s.exec(select(ContactDetail)).all() == []  # nothing of it was written
    assert table_rows(view)[0]["Contact"] == DASH


def test_contact_details_saved_with_consent_and_bad_email_keeps_dialog_open(
        view, qtbot, db, workshop):
    dialog = open_register(view, qtbot)
    tick(qtbot, dialog.processing_check)
    tick(qtbot, dialog.contact_check)
    qtbot.keyClicks(dialog.name_edit, "Ola")
    qtbot.keyClicks(dialog.email_edit, "ola.example.org")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert "not an e-mail address" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.email_edit
    assert people(db, workshop) == [] and view.stack.count() == 0

    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "ola@example.org")
    QTest.keyClick(dialog.email_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a button shortcut animates the click
    [stored] = people(db, workshop)
    assert stored.consent_contact and stored.has_contact
    assert participants.get_participant_input(db, stored.id).contact == ContactInput(
        "Ola", "ola@example.org", "")
    assert table_rows(view)[0]["Contact"] == TICK


def test_self_description_only_when_self_described(view, qtbot, db, workshop):
    dialog = open_register(view, qtbot)
    assert not dialog.self_description_edit.isEnabled()
    choose(qtbot, dialog.combos["gender"], "Sel")
    assert dialog.combos["gender"].currentData() == "self_described"
    assert dialog.self_description_edit.isEnabled()
    qtbot.keyClicks(dialog.self_description_edit, "Genderfluid")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    [stored] = people(db, workshop)
    assert stored.answers == {"gender": "self_described"}
    assert participants.get_participant_input(db, stored.id).self_description == "Genderfluid"
    assert table_rows(view)[0]["Gender"] == "Self-described"


def test_save_and_next_registers_a_queue_and_shows_the_next_code(view, qtbot, db, workshop):
    dialog = open_register(view, qtbot)
    assert dialog.code_label.text() == "W1-001"
    choose(qtbot, dialog.combos["age"], "20")
    QTest.keyClick(dialog.combos["age"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog.code_label.text() == "W1-002")
    assert dialog.isVisible()
    assert dialog.combos["age"].currentData() is None  # the form is clear for the next one
    assert "W1-001" in dialog.info_label.text()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new type-ahead search
    choose(qtbot, dialog.combos["age"], "80")
    qtbot.mouseClick(dialog.next_button, LEFT)
    QTest.keyClick(dialog.combos["age"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [(r["Code"], r["Age"]) for r in table_rows(view)] == [("W1-001", "20–44"),
                                                                 ("W1-002", "80+")]
    assert [p.answers for p in people(db, workshop)] == [{"age": "20-44"}, {"age": "80+"}]
    assert view.stack.count() == 2


def test_ctrl_r_opens_the_dialog_and_escape_saves_nothing(view, qtbot, db, workshop,
                                                          drive_modal):
    def cancel(dialog):
        assert isinstance(dialog, RegisterParticipantDialog)
        assert dialog.focusWidget() is dialog.combos["age"]  # ready to type at once
        choose(qtbot, dialog.combos["age"], "45")
        QTest.keyClick(dialog.combos["age"], Qt.Key.Key_Escape)

    drive_modal(lambda: QTest.keyClick(view.table, Qt.Key.Key_R,
                                       Qt.KeyboardModifier.ControlModifier), cancel)
    assert people(db, workshop) == [] and view.model.rowCount() == 0
    assert view.stack.count() == 0


def test_register_undo_redo_keeps_the_same_record_and_code(view, qtbot, db, workshop):
    register(view, qtbot, {"age": "16"}, contact=ContactInput("Per", "per@example.org", ""))
    [first] = people(db, workshop)
    view.stack.undo()
    assert view.model.rowCount() == 0 and people(db, workshop) == []
    view.stack.redo()
    [again] = people(db, workshop)
    assert (again.id, again.code, again.answers, again.has_contact) == (
        first.id, "W1-001", {"age": "16-19"}, True)
    assert table_rows(view)[0]["Code"] == "W1-001"
    # Codes are never reused: the next one is W1-002 even after an undo.
    view.stack.undo()
    assert open_register(view, qtbot).code_label.text() == "W1-002"


# --------------------------------------------------------------------------- editing
def test_edit_with_f2_then_undo_restores(view, qtbot, db, workshop, drive_modal):
    register(view, qtbot, {"age": "20", "gender": "Wo", "stakeholder": "Loc"},
             contact=ContactInput("Ali", "ali@example.org", "123"))
    [before] = people(db, workshop)
    before_input = participants.get_participant_input(db, before.id)
    focus_table(view, qtbot)

    def edit(dialog):
        assert isinstance(dialog, RegisterParticipantDialog)
        assert dialog.code_label.text() == "W1-001"
        assert dialog.next_button is None  # one person at a time when editing
        assert dialog.combos["gender"].currentText() == "Woman"  # pre-filled
        assert dialog.name_edit.text() == "Ali" and dialog.contact_check.isChecked()
        choose(qtbot, dialog.combos["age"], "80")
        choose(qtbot, dialog.combos["gender"], "Not")
        tick(qtbot, dialog.contact_check)  # withdraws contact consent
        qtbot.mouseClick(dialog.save_button, LEFT)

    drive_modal(lambda: QTest.keyClick(view.table, Qt.Key.Key_F2), edit)
    [after] = people(db, workshop)
    assert after.answers == {"age": "80+", "stakeholder": "local_business"}
    assert not after.consent_contact and not after.has_contact
    row = table_rows(view)[0]
    assert (row["Age"], row["Gender"], row["Contact"]) == ("80+", DASH, DASH)

    view.stack.undo()
    assert participants.get_participant_input(db, before.id) == before_input
    row = table_rows(view)[0]
    assert (row["Age"], row["Gender"], row["Stakeholder group"], row["Contact"]) == (
        "20–44", "Woman", "Local business", TICK)
    view.stack.redo()
    assert people(db, workshop)[0].answers == {"age": "80+", "stakeholder": "local_business"}


# --------------------------------------------------------------------------- deleting
def _choice_button(box: QMessageBox, text: str):
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return button


def test_delete_anonymise_then_undo_restores_author_and_contact(view, qtbot, db, workshop,
                                                                drive_modal):
    register(view, qtbot, {"gender": "Ma"}, contact=ContactInput("Eva", "eva@example.org", ""))
    [person] = people(db, workshop)
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="More benches by the river",
                                                          author_participant_id=person.id))
    focus_table(view, qtbot)

    def anonymise(box):
        assert isinstance(box, QMessageBox)
        assert "W1-001" in box.text()
        assert {b.text().replace("&", "") for b in box.buttons()} == {
            "Keep their ideas", "Keep ideas, anonymous", "Delete ideas too", "Cancel"}
        qtbot.mouseClick(_choice_button(box, "Keep ideas, anonymous"), LEFT)

    drive_modal(lambda: QTest.keyClick(view.table, Qt.Key.Key_Delete), anonymise)
    assert view.model.rowCount() == 0 and people(db, workshop) == []
    idea = capture.get_idea(db, idea_id)
    assert idea.data.author_participant_id is None and not idea.deleted
    assert "Ctrl+Z" in view.messages[-1]
    assert view.room.total == 0

    view.stack.undo()
    [back] = people(db, workshop)
    assert (back.id, back.code, back.answers, back.has_contact) == (
        person.id, "W1-001", {"gender": "man"}, True)
    assert participants.get_participant_input(db, person.id).contact == ContactInput(
        "Eva", "eva@example.org", "")
    assert capture.get_idea(db, idea_id).data.author_participant_id == person.id
    assert table_rows(view)[0]["Gender"] == "Man"


def test_delete_ideas_too_then_undo_brings_them_back(view, qtbot, db, workshop):
    register(view, qtbot)
    [person] = people(db, workshop)
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Car-free Sundays",
                                                          author_participant_id=person.id))
    changes = []
    view.bus_.ideas_changed.connect(changes.append)
    view.table.selectRow(0)

    def delete_too(box):
        _choice_button(box, "Delete ideas too").click()
        return box.result()

    view.exec_dialog = delete_too  # drive the message box directly instead of exec()
    view.delete_selected()
    assert people(db, workshop) == []
    assert capture.get_idea(db, idea_id).deleted
    assert changes[-1].removed == (idea_id,)
    view.stack.undo()
    assert not capture.get_idea(db, idea_id).deleted
    assert changes[-1].added == (idea_id,)
    assert [p.id for p in people(db, workshop)] == [person.id]


def test_delete_keep_ideas_and_cancel(view, qtbot, db, workshop, drive_modal):
    register(view, qtbot)
    [person] = people(db, workshop)
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Bike racks",
                                                          author_participant_id=person.id))
    focus_table(view, qtbot)

    drive_modal(lambda: QTest.keyClick(view.table, Qt.Key.Key_Delete),
                lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert [p.id for p in people(db, workshop)] == [person.id]
    assert view.stack.count() == 1  # only the registration
    focus_table(view, qtbot)

    drive_modal(lambda: QTest.keyClick(view.table, Qt.Key.Key_Delete),
                lambda box: qtbot.mouseClick(_choice_button(box, "Keep their ideas"), LEFT))
    assert people(db, workshop) == []
    assert capture.get_idea(db, idea_id).data.author_participant_id == person.id


def test_delete_without_ideas_asks_simply(view, qtbot, db, workshop):
    register(view, qtbot)
    view.table.selectRow(0)
    box = view.make_delete_box(view.selected_id())
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Cancel", "Delete"]


def test_edit_and_delete_need_a_selection(view, qtbot):
    assert view.register_action.isEnabled()
    assert not view.edit_action.isEnabled() and not view.delete_action.isEnabled()
    register(view, qtbot)
    view.table.clearSelection()
    assert not view.edit_action.isEnabled()
    view.table.selectRow(0)
    assert view.edit_action.isEnabled() and view.delete_action.isEnabled()


# --------------------------------------------------------------------------- the room panel
def test_room_panel_counts_update_live(view, qtbot, db, project, workshop):
    assert view.room.total == 0
    assert view.room.stakeholder_title.text() == "Stakeholder group"
    assert view.room.counts["Resident"] == 0
    register(view, qtbot, {"stakeholder": "Res", "age": "20"})
    register(view, qtbot, {"stakeholder": "Res"})
    register(view, qtbot, {"stakeholder": "Pub"})
    register(view, qtbot)
    assert view.room.total == 4
    assert view.room.total_label.text() == "4"
    assert view.room.counts["Resident"] == 2
    assert view.room.counts["Public sector"] == 1
    assert view.room.counts["Not answered"] == 1
    assert "20–44" in view.room.summary.text()

    view.stack.undo()  # the last registration
    assert view.room.total == 3 and "Not answered" not in view.room.counts
    view.table.selectRow(0)
    view.delete_participant(view.selected_id(), participants.IdeasOnDelete.KEEP)
    assert view.room.counts["Resident"] == 1 and view.room.total == 2
    assert view.room.total_label.text() == "2"


def test_project_scope_shows_hint_and_all_workshops(view, qtbot, db, project, workshop):
    register(view, qtbot)
    other = projects.create_workshop(db, project.id, "W2", "Follow-up")
    participants.register_participant(db, other.id, ParticipantInput(answers={"age": "80+"}))
    view.set_scope(project.id, None)
    assert view.hint.isVisible()
    assert "Choose a workshop to register participants" in view.hint.text()
    assert not view.register_action.isEnabled()
    assert [r["Code"] for r in table_rows(view)] == ["W1-001", "W2-001"]
    assert view.room.total == 2
    view.register()
    assert "Choose a workshop" in view.messages[-1]
    view.set_scope(project.id, other.id)
    assert not view.hint.isVisible() and view.register_action.isEnabled()
    assert [r["Code"] for r in table_rows(view)] == ["W2-001"]


# --------------------------------------------------------------------------- accessibility
def test_dialog_controls_are_named_and_labelled(view, qtbot):
    dialog = open_register(view, qtbot)
    controls = dialog.findChildren(QComboBox) + dialog.findChildren(QLineEdit) + \
        dialog.findChildren(QCheckBox)
    assert all(c.accessibleName() for c in controls), [c for c in controls
                                                       if not c.accessibleName()]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for control in dialog.findChildren(QComboBox) + dialog.findChildren(QLineEdit):
        assert control in buddies
    mnemonics = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert all("&" in text for text in mnemonics)
    letters = [t[t.index("&") + 1].lower() for t in mnemonics]
    assert len(letters) == len(set(letters))  # no two labels share an Alt key
    for button in (dialog.save_button, dialog.cancel_button, dialog.next_button):
        assert button.accessibleName()
    # Tab goes from the first question down through consent to the contact fields.
    chain, widget = [], dialog.combos["age"]
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    tab_stops = [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    combos = [dialog.combos[k] for k in ("age", "gender")]
    assert tab_stops[:3] == combos + [dialog.self_description_edit]
    after = tab_stops[tab_stops.index(dialog.combos["stakeholder"]) + 1:]
    assert after[:5] == [dialog.processing_check, dialog.contact_check, dialog.name_edit,
                         dialog.email_edit, dialog.phone_edit]
    assert after[5] is dialog.save_button


def test_mnemonics_skip_taken_letters_and_escape_ampersands():
    used = {"a"}
    assert with_mnemonic("Age", used) == "A&ge"
    assert with_mnemonic("Arts & culture", used) == "A&rts && culture"
    assert {"a", "g", "r"} <= used
