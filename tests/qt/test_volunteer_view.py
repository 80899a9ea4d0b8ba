"""Volunteer entry through the GUI, keyboard only: a name typed once, a batch made in its
dialog, cards typed field by field in the order of the paper card, errors shown at the field
with nothing saved, and double entry compared and resolved in the table. Every test checks the
screen and the database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.qt import settings
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.volunteer.view import VolunteerEntryView
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas import volunteer_entry as ve
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ARABIC = "مواعيد الحافلات في المساء"


# --------------------------------------------------------------------------- helpers
@pytest.fixture
def people(db, workshop):
    for _ in range(3):
        participants.register_participant(db, workshop.id, ParticipantInput())
    other = projects.create_workshop(db, workshop.project_id, "W2", "Second evening")
    participants.register_participant(db, other.id, ParticipantInput())
    projects.add_theme(db, workshop.project_id, "Mobility")
    projects.add_theme(db, workshop.project_id, "Green spaces")


@pytest.fixture
def make_view(qtbot, db, project, workshop, people, qsettings):
    def make():
        stack = QUndoStack()
        bus = ChangeBus()
        view = VolunteerEntryView(db, stack, bus, qsettings=qsettings)
        qtbot.addWidget(view)
        view.stack_ = stack  # kept alive with the view
        view.bus_ = bus
        view.announced = []
        bus.ideas_changed.connect(view.announced.append)
        view.messages = []
        view.status_message.connect(view.messages.append)
        view.exec_dialog = lambda dialog: drive_batch_dialog(qtbot, view, dialog)
        view.set_scope(project.id, workshop.id)
        view.resize(1100, 680)
        view.show()
        qtbot.waitExposed(view)
        activate(qtbot, view)
        return view
    return make


@pytest.fixture
def view(make_view):
    return make_view()


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, one key event per character (QTest.keyClicks cannot send
    characters outside Latin-1, such as Arabic)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def focused() -> QWidget:
    return QApplication.focusWidget()


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is."""
    qtbot.keyClick(focused(), key, modifier)


def reactivate(qtbot, view) -> None:
    """The offscreen platform leaves a closed suggestion list as the active window; a window
    manager gives the activation back to the window below. Do that here."""
    if QApplication.activeWindow() is not view.window():
        activate(qtbot, view.window())


def give_focus(qtbot, widget) -> None:
    reactivate(qtbot, widget)
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget, timeout=1000)


def alt(qtbot, letter, until) -> None:
    """Press Alt+letter (a mnemonic: the button is clicked after its short animation) and
    wait until ``until()`` holds."""
    reactivate(qtbot, focused())
    key(qtbot, letter, ALT)
    qtbot.waitUntil(until, timeout=2000)


def drive_batch_dialog(qtbot, view, dialog) -> int:
    """Stands in for ``dialog.exec()``: types the batch name, unticks double entry with the
    space bar if asked, presses Enter."""
    plan = view.batch_plan
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    assert focused() is dialog.ui.labelEdit
    qtbot.keyClicks(dialog.ui.labelEdit, plan["label"])
    if not plan.get("double", True):
        qtbot.keyClick(dialog.ui.labelEdit, Qt.Key.Key_Tab)
        assert focused() is dialog.ui.doubleCheck
        qtbot.keyClick(dialog.ui.doubleCheck, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    view.dialog_error = dialog.ui.errorLabel.text()
    if dialog.isVisible():
        dialog.reject()
    activate(qtbot, view)
    return dialog.result()


def new_batch(qtbot, view, label: str, double: bool = True) -> None:
    view.batch_plan = {"label": label, "double": double}
    view.dialog_error = None
    alt(qtbot, Qt.Key.Key_W, lambda: view.dialog_error is not None)  # "Ne&w batch…"
    assert not view.dialog_error, view.dialog_error
    qtbot.waitUntil(lambda: view.batch() is not None and view.batch().label == label,
                    timeout=2000)


def type_card(qtbot, view, code="", kind="", text="", sdgs="", theme="", save="ctrl"):
    """Type one card field by field, Tab between fields, as a volunteer does."""
    give_focus(qtbot, view.code_edit)
    qtbot.keyClicks(view.code_edit, code)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.kind_field
    if kind:
        key(qtbot, {"need": Qt.Key.Key_N, "idea": Qt.Key.Key_I}[kind])
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.text_edit
    type_text(view.text_edit, text)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.sdg_edit
    qtbot.keyClicks(view.sdg_edit, sdgs)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() in (view.theme_combo, view.theme_combo.lineEdit())
    if theme:
        type_text(focused(), theme)
    if save == "ctrl":
        key(qtbot, Qt.Key.Key_Return, CTRL)
    elif save == "enter":
        popup = view.theme_combo.completer().popup()
        if popup.isVisible():  # Enter first takes the highlighted theme…
            qtbot.keyClick(popup, Qt.Key.Key_Return)
        key(qtbot, Qt.Key.Key_Return)  # …and Enter on the last field saves


def count(db, table: str, where: str = "1 = 1") -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar()


def ideas(db, workshop):
    rowids = capture.idea_rowids(db, capture.IdeaQuery(workshop_id=workshop.id))
    return sorted((capture.get_idea(db, row.id) for row in
                   capture.fetch_idea_rows(db, rowids).values()), key=lambda i: i.data.text)


def screen_texts(view) -> str:
    """Everything the view shows as text (labels, fields, table cells, tooltips)."""
    parts = []
    for widget in view.findChildren(QWidget):
        if not widget.isVisibleTo(view):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            parts += [widget.item(r, c).text() for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c)]
        parts.append(widget.toolTip())
    return "\n".join(parts)


def table_rows(view) -> list[tuple[str, str, str, str]]:
    t = view.table
    return [tuple(t.item(r, c).text() for c in range(4)) for r in range(t.rowCount())]


# --------------------------------------------------------------------------- single entry
def test_keyboard_only_entry_makes_ideas_and_remembers_the_name(qtbot, view, db, workshop,
                                                                qsettings, make_view):
    assert not view.card.isEnabled()  # no name, no batch yet
    view.name_edit.setFocus()
    qtbot.keyClicks(view.name_edit, "Åse")
    assert settings.ENTERED_BY.get(qsettings) == "Åse"
    new_batch(qtbot, view, "Table 1 stack", double=False)
    assert view.batch_combo.currentText().startswith("Table 1 stack")
    assert view.card.isEnabled() and focused() is view.code_edit
    assert not view.mode_box.isVisible() and view.single_note.isVisible()
    assert view.counter_label.text() == "Card 1 in batch “Table 1 stack”"

    type_card(qtbot, view, "w1-1", "need", "Buses run late in the evening", "11 13")
    assert view.messages[-1] == "Card 1 saved as an idea."
    # the form is empty again, ready for card 2, with the focus on the first field
    assert (view.code_edit.text(), view.text_edit.toPlainText(), view.sdg_edit.text()) == \
        ("", "", "")
    assert view.kind_field.value() == "" and focused() is view.code_edit
    assert view.counter_label.text() == "Card 2 in batch “Table 1 stack”"
    type_card(qtbot, view, "", "idea", ARABIC, "", "Green", save="enter")  # completes the theme
    type_card(qtbot, view, "W1-003", "", "A tool library\nat the school", "12",
              "Circular economy", save="enter")  # a new theme
    assert view.counter_label.text() == "Card 4 in batch “Table 1 stack”"
    assert "Åse: <b>3</b>" in view.entry_stats.text()

    saved = ideas(db, workshop)
    assert [i.data.text for i in saved] == ["A tool library\nat the school",
                                            "Buses run late in the evening", ARABIC]
    themes = {t.id: t.name for t in projects.list_themes(db, workshop.project_id)}
    by_text = {i.data.text: i.data for i in saved}
    first = by_text["Buses run late in the evening"]
    assert (first.kind, first.sdgs, first.source, first.entered_by) == \
        (IdeaKind.NEED, (11, 13), IdeaSource.PAPER, "Åse")
    assert participants.get_participant(db, first.author_participant_id).code == "W1-001"
    assert themes.get(by_text[ARABIC].theme_id) == "Green spaces"
    assert by_text[ARABIC].author_participant_id is None
    assert by_text[ARABIC].kind == IdeaKind.IDEA
    assert themes.get(by_text["A tool library\nat the school"].theme_id) == "Circular economy"
    assert [c.added for c in view.announced] == [(i,) for i in (
        ve.idea_id_for(view.batch().id, 1), ve.idea_id_for(view.batch().id, 2),
        ve.idea_id_for(view.batch().id, 3))]
    # the new theme is offered for the next card
    assert view.theme_combo.findText("Circular economy") > 0

    # Undo the last card from the keyboard: the card and its idea go, the counter steps back
    alt(qtbot, Qt.Key.Key_U, lambda: capture.count_ideas(db, workshop.id) == 2)
    assert capture.count_ideas(db, workshop.id) == 2
    assert ve.count_entered(db, view.batch().id, 1) == 2
    assert view.counter_label.text() == "Card 3 in batch “Table 1 stack”"
    assert view.announced[-1].removed == (ve.idea_id_for(view.batch().id, 3),)

    # the name is remembered for the next time
    again = make_view()
    assert again.name_edit.text() == "Åse"


@pytest.mark.parametrize(("typed", "shown"), [
    ("W1-099", "No participant W1-099"),
    ("W2-001", "W2-001 belongs to workshop W2"),
    ("W1007", "Not a participant code. Format: W1-007"),
])
def test_an_invalid_code_is_shown_as_typed_and_nothing_is_saved(qtbot, view, db, workshop,
                                                                 typed, shown):
    qtbot.keyClicks(view.name_edit, "Anna")
    new_batch(qtbot, view, "Table 2", double=False)
    qtbot.keyClicks(view.code_edit, "W1-0")  # on the way: a hint, not an error
    assert "Format: W1-007" in view.code_message.text()
    assert not view.code_edit.property("invalid")
    view.code_edit.clear()
    type_card(qtbot, view, typed, "idea", "Benches by the river", "11")
    assert shown in view.code_message.text()
    assert view.code_edit.property("invalid") is True
    assert "border" in view.code_edit.styleSheet()
    assert view.error_label.text().startswith("Not saved")
    assert focused() is view.code_edit  # back at the field to fix
    assert count(db, "card_entry") == 0 and capture.count_ideas(db) == 0
    assert view.counter_label.text() == "Card 1 in batch “Table 2”"
    assert view.text_edit.toPlainText() == "Benches by the river"  # nothing typed is lost
    # fixing the code saves the same card
    view.code_edit.selectAll()
    qtbot.keyClicks(view.code_edit, "W1-002")
    assert "✓" in view.code_message.text() and not view.code_edit.property("invalid")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    [idea] = ideas(db, workshop)
    assert idea.data.text == "Benches by the river"
    assert participants.get_participant(db, idea.data.author_participant_id).code == "W1-002"


def test_empty_text_and_sdg_18_are_refused_at_their_field(qtbot, view, db):
    qtbot.keyClicks(view.name_edit, "Anna")
    new_batch(qtbot, view, "Table 2", double=False)
    type_card(qtbot, view, "W1-001", "need", "", "11")
    assert focused() is view.text_edit
    assert "empty" in view.error_label.text()
    assert view.text_edit.property("invalid") is True
    type_text(view.text_edit, "Benches")
    view.sdg_edit.setFocus()
    view.sdg_edit.selectAll()
    qtbot.keyClicks(view.sdg_edit, "11 18")
    assert "SDG 18 does not exist" in view.sdg_message.text()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert focused() is view.sdg_edit
    assert "SDG 18" in view.error_label.text()
    assert count(db, "card_entry") == 0 and capture.count_ideas(db) == 0
    view.sdg_edit.selectAll()
    qtbot.keyClicks(view.sdg_edit, "11 13")
    assert "Climate action" in view.sdg_message.text()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert capture.count_ideas(db) == 1


# --------------------------------------------------------------------------- double entry
PASS_1 = [("W1-001", "need", "Buses run late in the evening", "11", "Mobility"),
          ("W1-002", "idea", "A tool library at the school", "11 12", ""),
          ("", "idea", ARABIC, "3 11", "")]
PASS_2 = [("W1-001", "need", "Buses run late in the evening", "11", "Mobility"),
          ("W1-002", "idea", "A tool library at the scool", "11 12", ""),  # text differs
          ("", "idea", ARABIC, "3 13", "")]                                # SDGs differ


def test_double_entry_two_volunteers_compare_and_resolve(qtbot, view, db, workshop):
    qtbot.keyClicks(view.name_edit, "Anna")
    new_batch(qtbot, view, "Table 3 stack")
    assert view.pass1_radio.isChecked() and view.mode_box.isVisible()
    for card in PASS_1:
        type_card(qtbot, view, *card)
    assert view.messages[-1] == "Card 3 saved in pass 1."
    assert capture.count_ideas(db) == 0  # nothing becomes an idea before the comparison

    # the second volunteer takes over the laptop: name, then pass 2 (Alt+2)
    give_focus(qtbot, view.name_edit)
    view.name_edit.selectAll()
    qtbot.keyClicks(view.name_edit, "Bilal")
    alt(qtbot, Qt.Key.Key_2, view.pass2_radio.isChecked)
    assert view.counter_label.text() == "Card 1 in batch “Table 3 stack” · pass 2"
    shown = screen_texts(view)
    for unique in ("A tool library", ARABIC, "Buses run late"):
        assert unique not in shown  # blind: nothing of pass 1 is on the screen
    for card in PASS_2:
        type_card(qtbot, view, *card)
    assert "A tool library at the school" not in screen_texts(view)
    assert view.counter_label.text() == "Card 4 in batch “Table 3 stack” · pass 2"

    # a coordinator compares (Alt+C): exactly the two planted differences are listed
    give_focus(qtbot, view.name_edit)
    view.name_edit.selectAll()
    qtbot.keyClicks(view.name_edit, "Chen")
    alt(qtbot, Qt.Key.Key_C, view.compare_radio.isChecked)
    assert view.pages.currentWidget() is view.compare_page
    assert table_rows(view) == [("2", "Text", "A tool library at the school",
                                 "A tool library at the scool"),
                                ("3", "SDGs", "3 11", "3 13")]
    assert "2 of 3 cards differ" in view.compare_stats.text()
    assert "2 of 15 fields differ" in view.compare_stats.text()
    # the selected difference in full, with what differs marked
    assert view.table.currentRow() == 0
    detail = view.detail.toPlainText()
    assert "Card 2 · Text" in detail and "A tool library at the scool" in detail
    assert "#ffd5d5" in view.detail.toHtml()

    # accept the card both agree on (Alt+A), from the keyboard
    alt(qtbot, Qt.Key.Key_A, lambda: capture.count_ideas(db) == 1)
    # card 2: key 1 takes pass 1's text; card 3: type the corrected SDGs in the Chosen cell
    give_focus(qtbot, view.table)
    view.table.setCurrentCell(0, 4)
    key(qtbot, Qt.Key.Key_1)
    assert view.table.item(0, 4).text() == "A tool library at the school"
    assert view.table.currentRow() == 1  # on to the next difference
    key(qtbot, Qt.Key.Key_F2)  # edit the Chosen cell
    assert isinstance(focused(), QLineEdit)
    qtbot.keyClicks(focused(), "3 11 13")
    key(qtbot, Qt.Key.Key_Return)  # the editor closes on the next turn of the event loop
    qtbot.waitUntil(lambda: view.table.state() != QAbstractItemView.State.EditingState,
                    timeout=1000)
    assert view.table.item(1, 4).text() == "3 11 13"
    key(qtbot, Qt.Key.Key_Return, CTRL)  # Resolve

    assert view.table.rowCount() == 0
    assert "2 card(s) resolved and added as ideas." in view.compare_message.text()
    saved = {i.data.text: i.data for i in ideas(db, workshop)}
    assert set(saved) == {"Buses run late in the evening", "A tool library at the school",
                          ARABIC}
    assert saved[ARABIC].sdgs == (3, 11, 13)
    assert saved["A tool library at the school"].sdgs == (11, 12)
    assert saved["A tool library at the school"].entered_by == "Anna, Bilal"
    assert count(db, "idea") == 3  # exactly one idea per card
    assert count(db, "card_entry", "pass_no = 0 AND volunteer = 'Chen'") == 3
    assert ve.get_batch(db, view.batch().id).status == "verified"
    assert "verified" in view.batch_combo.currentText()
    assert sorted(i for c in view.announced for i in c.added) == sorted(
        ve.idea_id_for(view.batch().id, n) for n in (1, 2, 3))

    # leaving the comparison clears it: pass 2 shows no pass-1 values again
    alt(qtbot, Qt.Key.Key_2, view.pass2_radio.isChecked)
    assert view.table.rowCount() == 0 and "A tool library" not in screen_texts(view)


def test_a_card_typed_in_one_pass_only_needs_every_field_chosen(qtbot, view, db, workshop):
    batch = ve.create_batch(db, workshop.id, "Table 5")
    ve.add_card_entry(db, batch.id, 1, "Anna", ve.CardFields("W1-001", "need", "Benches", "11",
                                                             ""))
    ve.add_card_entry(db, batch.id, 1, "Anna", ve.CardFields("", "idea", "Trees", "15", ""))
    ve.add_card_entry(db, batch.id, 2, "Bilal", ve.CardFields("W1-001", "idea", "Benches", "11",
                                                              ""))
    qtbot.keyClicks(view.name_edit, "Chen")
    view.set_scope(workshop.project_id, workshop.id)
    alt(qtbot, Qt.Key.Key_C, view.compare_radio.isChecked)
    assert [r[:2] for r in table_rows(view)] == [
        ("1", "Need or idea"), ("2 (pass 1 only)", "Participant code"),
        ("2 (pass 1 only)", "Need or idea"), ("2 (pass 1 only)", "Text"),
        ("2 (pass 1 only)", "SDGs"), ("2 (pass 1 only)", "Theme")]
    assert table_rows(view)[3][3] == "(not typed)"
    # card 1 decided (pass 2: idea), card 2 only partly: one card is resolved
    give_focus(qtbot, view.table)
    view.table.setCurrentCell(0, 4)
    key(qtbot, Qt.Key.Key_2)
    view.table.setCurrentCell(3, 4)
    key(qtbot, Qt.Key.Key_1)
    view.table.setCurrentCell(3, 4)
    key(qtbot, Qt.Key.Key_2)  # pass 2 has no value here: refused, said so
    assert "no value" in view.compare_message.text()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    message = view.compare_message.text()
    assert "1 card(s) resolved" in message and "1 card(s) still need a decision" in message
    [idea] = ideas(db, workshop)
    assert (idea.data.text, idea.data.kind) == ("Benches", IdeaKind.IDEA)
    # the choice made for card 2 is kept when the table reloads; the rest is picked together
    assert [r[:2] for r in table_rows(view)][0] == ("2 (pass 1 only)", "Participant code")
    assert view.table.item(2, 4).text() == "Trees"
    view.table.selectAll()
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert view.table.rowCount() == 0
    assert sorted(i.data.text for i in ideas(db, workshop)) == ["Benches", "Trees"]


def test_a_bad_chosen_value_is_reported_and_resolves_nothing(qtbot, view, db, workshop):
    batch = ve.create_batch(db, workshop.id, "Table 6")
    ve.add_card_entry(db, batch.id, 1, "Anna", {"text": "Benches", "sdgs": "11"})
    ve.add_card_entry(db, batch.id, 2, "Bilal", {"text": "Benches", "sdgs": "12"})
    qtbot.keyClicks(view.name_edit, "Chen")
    view.set_scope(workshop.project_id, workshop.id)
    alt(qtbot, Qt.Key.Key_C, view.compare_radio.isChecked)
    give_focus(qtbot, view.table)
    view.table.setCurrentCell(0, 4)
    qtbot.keyClicks(focused(), "3")  # typing in the table starts editing the Chosen cell…
    assert isinstance(focused(), QLineEdit) and focused().text() == "3"
    qtbot.keyClicks(focused(), " 18")  # …and the editor takes the rest
    key(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter while still editing keeps the value
    assert "Card 1 not resolved" in view.compare_message.text()
    assert "SDG 18" in view.compare_message.text()
    assert capture.count_ideas(db) == 0 and count(db, "card_entry", "pass_no = 0") == 0
    assert view.table.rowCount() == 1 and view.table.item(0, 4).text() == "3 18"


def test_no_workshop_no_entry(qtbot, view, project):
    view.set_scope(project.id, None)
    assert not view.card.isEnabled() and not view.new_batch_button.isEnabled()
    assert "Choose a workshop" in view.hint.text()



def test_every_control_has_a_name_for_screen_readers(qtbot, view, db, workshop):
    ve.create_batch(db, workshop.id, "Table 7")
    view.set_scope(workshop.project_id, workshop.id)
    for mode in (view.pass1_radio, view.compare_radio):
        mode.setChecked(True)
        controls = [w for w in view.findChildren(QWidget)
                    if w.isVisibleTo(view) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and not isinstance(w, QTextBrowser) and w.parent() is not None
                    and w.objectName() != "qt_scrollarea_viewport"]
        assert len(controls) >= 8
        unnamed = [w for w in controls if not (w.accessibleName() or (
            isinstance(w, QAbstractButton) and w.text()))]
        assert not unnamed, unnamed


# --------------------------------------------------------------------------- many cards
def typed_twice(db, workshop, n: int):
    batch = ve.create_batch(db, workshop.id, "Big stack")
    for pass_no, volunteer in ((1, "Anna"), (2, "Bilal")):
        for i in range(n):
            ve.add_card_entry(db, batch.id, pass_no, volunteer, {"text": f"Card number {i}"})
    return batch


def test_many_cards_are_accepted_in_a_worker_and_undone_in_one_step(qtbot, view, db, workshop):
    from smartcity_desktop.qt.views.volunteer import resolution

    n = resolution.BACKGROUND_FROM + 5
    batch = typed_twice(db, workshop, n)
    qtbot.keyClicks(view.name_edit, "Chen")
    view.set_scope(workshop.project_id, workshop.id)
    alt(qtbot, Qt.Key.Key_C, view.compare_radio.isChecked)
    assert view.accept_button.text() == f"&Accept {n} agreeing card(s)"
    view.accept_button.click()
    assert view.worker is not None  # the work runs in a thread, the window stays responsive
    qtbot.waitUntil(lambda: view.worker is None, timeout=20000)
    assert capture.count_ideas(db, workshop.id) == n
    assert f"{n} card(s) resolved" in view.compare_message.text()
    assert sum(len(c.added) for c in view.announced) == n
    assert ve.get_batch(db, batch.id).status == "verified"
    view.stack_.undo()  # one step takes the whole acceptance back
    assert capture.count_ideas(db, workshop.id) == 0
    assert view.accept_button.text() == f"&Accept {n} agreeing card(s)"  # offered again
    view.stack_.redo()
    assert capture.count_ideas(db, workshop.id) == n and count(db, "idea") == n


def test_cancelling_keeps_what_was_resolved_and_leaves_the_rest_open(qtbot, view, db, workshop,
                                                                      monkeypatch):
    from smartcity_desktop.qt.tasks import Task
    from smartcity_desktop.qt.views.volunteer import resolution

    n = resolution.BACKGROUND_FROM + 5
    typed_twice(db, workshop, n)
    qtbot.keyClicks(view.name_edit, "Chen")
    view.set_scope(workshop.project_id, workshop.id)
    alt(qtbot, Qt.Key.Key_C, view.compare_radio.isChecked)
    original = Task.report

    def press_cancel_after_five(task, done, total, phase=""):
        if done == 5:
            task.cancel()  # what the progress dialog's Cancel button calls
        return original(task, done, total, phase)

    monkeypatch.setattr(Task, "report", press_cancel_after_five)
    view.accept_button.click()
    qtbot.waitUntil(lambda: view.worker is None, timeout=20000)
    assert capture.count_ideas(db, workshop.id) == 5
    assert view.compare_message.text().startswith("Stopped.")
    assert f"{n - 5} card(s) still need a decision" in view.compare_message.text()
    assert view.accept_button.text() == f"&Accept {n - 5} agreeing card(s)"
    view.stack_.undo()
    assert capture.count_ideas(db, workshop.id) == 0
