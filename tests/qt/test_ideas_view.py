"""The Ideas view as a user drives it: the idea dialog, editing, deleting, undo, validation,
every script, search and filters. Each check looks at the table and at the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.qt.dialogs import IdeaDialog
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.workshop import participants, projects

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def window(db, project, workshop, make_window, qtbot):
    """The main window on the workshop, Ideas tab, active (so shortcuts work)."""
    win = make_window(db)
    win.select(workshop.id)
    win.view_actions[2].trigger()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.current_scope() == (project.id, workshop.id)
    return win


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key. QTest.keyClicks only knows Latin-1, so any other character
    is sent as the key event a keyboard layout for that script would produce."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def texts(model) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def ids(model) -> list[str]:
    return [model.idea_id_at(r) for r in range(model.rowCount())]


def db_ids(db, query: IdeaQuery) -> list[str]:
    rows = capture.fetch_idea_rows(db, capture.idea_rowids(db, query))
    return [rows[r].id for r in capture.idea_rowids(db, query)]


def click_row(view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.table.visualRect(view.model.index(row, 0))
    QTest.mouseClick(view.table.viewport(), LEFT, modifier, rect.center())


def add_via_dialog(drive_modal, qtbot, view, text: str, **fields) -> IdeaDialog:
    """Add an idea like a user: New idea (Ctrl+Shift+N), type, click Save."""

    def fill(dialog):
        type_text(dialog.ui.textEdit, text)
        for number in fields.get("sdgs", ()):
            QTest.mouseClick(dialog._sdg_buttons[number], LEFT)
        if "theme" in fields:
            qtbot.keyClicks(dialog.ui.themeCombo.lineEdit(), fields["theme"])
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)

    return drive_modal(
        lambda: qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier),
        fill)


# --------------------------------------------------------------------------- flow 2
def test_edit_with_f2_and_undo(db, workshop, window, drive_modal, qtbot):
    view = window.ideas
    for text in ("First", "Second", "Third"):
        capture.add_idea(db, workshop.id, IdeaInput(text))
    view.set_scope(*window.current_scope())
    assert texts(view.model) == ["Third", "Second", "First"]
    click_row(view, 1)
    assert view.selected_ids() == [view.model.idea_id_at(1)]
    idea_id = view.model.idea_id_at(1)

    def fill(dialog):
        assert dialog.ui.textEdit.toPlainText() == "Second"
        assert dialog.windowTitle() == "Edit idea"
        QTest.keyClick(dialog.ui.textEdit, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.ui.textEdit, "Second, with a bench")
        QTest.mouseClick(dialog._sdg_buttons[3], LEFT)
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)

    drive_modal(lambda: qtbot.keyClick(view.table, Qt.Key.Key_F2), fill)
    assert texts(view.model) == ["Third", "Second, with a bench", "First"]
    assert view.model.data(view.model.index(1, 3)) == "3"
    stored = capture.get_idea(db, idea_id)
    assert (stored.data.text, stored.data.sdgs) == ("Second, with a bench", (3,))

    window.undo_action.trigger()
    assert texts(view.model) == ["Third", "Second", "First"]
    assert view.model.data(view.model.index(1, 3)) == ""
    stored = capture.get_idea(db, idea_id)
    assert (stored.data.text, stored.data.sdgs) == ("Second", ())

    window.redo_action.trigger()
    assert texts(view.model)[1] == "Second, with a bench"
    assert capture.get_idea(db, idea_id).data.text == "Second, with a bench"


def test_edit_with_double_click(db, workshop, window, drive_modal, qtbot):
    view = window.ideas
    capture.add_idea(db, workshop.id, IdeaInput("Old text", kind=IdeaKind.NEED))
    view.set_scope(*window.current_scope())

    def fill(dialog):
        assert dialog.ui.needRadio.isChecked()
        dialog.ui.textEdit.selectAll()
        qtbot.keyClicks(dialog.ui.textEdit, "New text")
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)

    def double_click():  # a real double click: a click, then the double-click event
        rect = view.table.visualRect(view.model.index(0, 0))
        QTest.mouseClick(view.table.viewport(), LEFT, pos=rect.center())
        QTest.mouseDClick(view.table.viewport(), LEFT, pos=rect.center())

    drive_modal(double_click, fill)
    assert texts(view.model) == ["New text"]
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.text == "New text"
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.kind == IdeaKind.NEED
    window.undo_action.trigger()
    assert texts(view.model) == ["Old text"]
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.text == "Old text"


def test_delete_key_and_undo_restores_positions(db, workshop, window, qtbot):
    view = window.ideas
    for n in range(6):
        capture.add_idea(db, workshop.id, IdeaInput(f"Idea {n}"))
    view.set_scope(*window.current_scope())
    before = ids(view.model)
    assert texts(view.model) == [f"Idea {n}" for n in range(5, -1, -1)]

    # Select rows 4 and 1 (in that order) and press Delete.
    click_row(view, 4)
    click_row(view, 1, CTRL)
    doomed = {before[1], before[4]}
    assert set(view.selected_ids()) == doomed
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ids(view.model) == [i for i in before if i not in doomed]
    assert all(capture.get_idea(db, i).deleted for i in doomed)
    assert view.count_label.text() == "4 idea(s)"

    window.undo_action.trigger()
    assert ids(view.model) == before  # back at their old positions
    assert not any(capture.get_idea(db, i).deleted for i in doomed)
    assert db_ids(db, IdeaQuery(workshop_id=workshop.id)) == before

    window.redo_action.trigger()
    assert ids(view.model) == [i for i in before if i not in doomed]


def test_edit_and_delete_need_a_selection(db, workshop, window):
    view = window.ideas
    capture.add_idea(db, workshop.id, IdeaInput("Only one"))
    view.set_scope(*window.current_scope())
    assert not view.edit_action.isEnabled() and not view.delete_action.isEnabled()
    click_row(view, 0)
    assert view.edit_action.isEnabled() and view.delete_action.isEnabled()


# --------------------------------------------------------------------------- flow 3
def test_empty_text_keeps_the_dialog_open(db, project, workshop, window, drive_modal, qtbot):
    view = window.ideas

    def fill(dialog):
        qtbot.keyClicks(dialog.ui.textEdit, "   ")
        qtbot.keyClicks(dialog.ui.themeCombo.lineEdit(), "A brand new theme")
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
        assert dialog.isVisible()
        assert "must not be empty" in dialog.ui.errorLabel.text()
        assert dialog.ui.textEdit.hasFocus()
        dialog.reject()

    drive_modal(view.add_action.trigger, fill)
    assert capture.count_ideas(db) == 0
    assert projects.list_themes(db, project.id) == []
    assert view.model.rowCount() == 0
    assert window.undo_stack.count() == 0


def test_participant_of_another_workshop_is_refused(db, project, workshop, window, drive_modal,
                                                     qtbot):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    stranger = participants.register_participant(db, other.id, participants.ParticipantInput())
    mine = participants.register_participant(db, workshop.id, participants.ParticipantInput())
    view = window.ideas

    def fill(dialog):
        qtbot.keyClicks(dialog.ui.textEdit, "More benches")
        qtbot.keyClicks(dialog.ui.themeCombo.lineEdit(), "Seating")
        qtbot.keyClicks(dialog.ui.participantEdit, stranger.code.lower())
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
        assert dialog.isVisible()
        assert dialog.ui.errorLabel.text() == \
            f"Participant {stranger.code} belongs to workshop W2."
        assert dialog.ui.participantEdit.hasFocus()
        # An unknown code is explained too.
        dialog.ui.participantEdit.clear()
        qtbot.keyClicks(dialog.ui.participantEdit, "W1-999")
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
        assert dialog.isVisible()
        assert dialog.ui.errorLabel.text() == "There is no participant W1-999."
        # A participant and a table group at once is refused before anything is written.
        dialog.ui.participantEdit.clear()
        qtbot.keyClicks(dialog.ui.participantEdit, mine.code)
        qtbot.keyClicks(dialog.ui.tableEdit, "Table 2")
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
        assert dialog.isVisible()
        assert "not both" in dialog.ui.errorLabel.text()
        dialog.reject()

    drive_modal(view.add_action.trigger, fill)
    assert capture.count_ideas(db) == 0
    assert projects.list_themes(db, project.id) == []
    assert window.undo_stack.count() == 0

    # With the right participant the idea is saved with them as author.
    def fill_ok(dialog):
        qtbot.keyClicks(dialog.ui.textEdit, "More benches")
        qtbot.keyClicks(dialog.ui.participantEdit, mine.code)
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)

    drive_modal(view.add_action.trigger, fill_ok)
    assert view.model.data(view.model.index(0, 4)) == mine.code
    assert capture.get_idea(db, view.model.idea_id_at(0)).data.author_participant_id == mine.id


def test_too_long_text_and_title_are_refused(db, project, workshop, window, drive_modal, qtbot):
    view = window.ideas

    def fill(dialog):
        dialog.ui.textEdit.setFocus()
        QApplication.clipboard().setText("x" * 5001)
        QTest.keyClick(dialog.ui.textEdit, Qt.Key.Key_V, CTRL)  # paste
        assert len(dialog.ui.textEdit.toPlainText()) == 5001
        qtbot.keyClicks(dialog.ui.themeCombo.lineEdit(), "New theme")
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
        assert dialog.isVisible()
        assert dialog.ui.errorLabel.text() == \
            "The text is 5001 characters long; the limit is 5000."
        # 5000 is fine for the text, but a 201-character title is not.
        QTest.keyClick(dialog.ui.textEdit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(dialog.ui.titleEdit, "t" * 201)
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
        assert dialog.isVisible()
        assert "201 characters" in dialog.ui.errorLabel.text()
        dialog.reject()

    drive_modal(view.add_action.trigger, fill)
    assert capture.count_ideas(db) == 0
    assert projects.list_themes(db, project.id) == []  # no theme left behind


def test_dialog_driven_directly_validates_without_writing(db, project, workshop, qtbot):
    saved = []
    dialog = IdeaDialog(db, workshop, saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
    assert dialog.isVisible() and not saved
    assert dialog.ui.errorLabel.text() == "The text must not be empty."
    qtbot.keyClicks(dialog.ui.textEdit, "Street trees")
    QTest.mouseClick(dialog._sdg_buttons[15], LEFT)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
    [data] = saved
    assert (data.text, data.sdgs, data.theme_id) == ("Street trees", (15,), None)


# --------------------------------------------------------------------------- flow 4
SCRIPTS = [
    "Flere sykkelparkeringer ved stasjonen, gjerne under tak – så slipper vi våte seter",
    "مواعيد الحافلات في المساء",
    "Больше скамеек в парке у реки",
    "የአውቶቡስ መርሐ ግብር",
]


def test_every_script_round_trips_and_is_found(db, workshop, window, drive_modal, qtbot):
    view = window.ideas
    for text in SCRIPTS:
        add_via_dialog(drive_modal, qtbot, view, text)
        assert view.model.data(view.model.index(0, 0)) == text
        stored = capture.get_idea(db, view.model.idea_id_at(0))
        assert stored.data.text == text
    assert texts(view.model) == SCRIPTS[::-1]
    assert sorted(capture.get_idea(db, i).data.text for i in ids(view.model)) == sorted(SCRIPTS)

    def search(text: str, expected: list[str]) -> None:
        view.search.clear()
        view.search.setFocus()
        type_text(view.search, text)
        qtbot.waitUntil(lambda: texts(view.model) == expected, timeout=3000)
        query = view.current_query()
        assert query.text == text
        assert db_ids(db, query) == ids(view.model)

    search("الحافلات", [SCRIPTS[1]])
    search("sykkel", [SCRIPTS[0]])
    search("SYKKELPARKERINGER", [SCRIPTS[0]])
    search("скамеек", [SCRIPTS[2]])
    search("የአውቶቡስ", [SCRIPTS[3]])
    search("våte", [SCRIPTS[0]])
    search("nothing like this", [])
    # Clearing the search shows everything again.
    QTest.keyClick(view.search, Qt.Key.Key_A, CTRL)
    QTest.keyClick(view.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(SCRIPTS), timeout=3000)


def test_search_waits_for_typing_to_pause(db, workshop, window, qtbot):
    view = window.ideas
    capture.add_idea(db, workshop.id, IdeaInput("Sykkelvei langs elva"))
    capture.add_idea(db, workshop.id, IdeaInput("Benker"))
    view.set_scope(*window.current_scope())
    with qtbot.waitSignal(view.model.modelReset, timeout=3000):
        qtbot.keyClicks(view.search, "sykk")
        assert view.model.rowCount() == 2  # not yet: the search runs after a pause
    assert texts(view.model) == ["Sykkelvei langs elva"]


# --------------------------------------------------------------------------- flow 5
def test_filters_narrow_the_table_like_the_service(db, project, workshop, window, qtbot):
    other = projects.create_workshop(db, project.id, "W2", "Second")
    themes = [projects.add_theme(db, project.id, name)
              for name in ("Mobility", "Energy", "Green spaces")]
    kinds, sources = list(IdeaKind), list(IdeaSource)
    for n in range(50):
        capture.add_idea(db, (workshop if n % 5 else other).id, IdeaInput(
            f"{'bike' if n % 4 == 0 else 'tree'} idea number {n}",
            kind=kinds[n % len(kinds)], source=sources[n % len(sources)],
            theme_id=themes[n % 3].id if n % 7 else None,
            sdgs=tuple(sorted({(n % 17) + 1, 11}))))
    view = window.ideas
    window.select(project.id)  # the whole project: both workshops
    assert window.current_scope() == (project.id, None)
    everything = db_ids(db, IdeaQuery(project_id=project.id))
    assert len(everything) == 50 and ids(view.model) == everything

    for combo in (view.theme_filter, view.kind_filter, view.source_filter, view.sdg_filter):
        assert combo.count() > 1
        sizes = []
        for index in range(1, combo.count()):
            combo.setCurrentIndex(index)
            query = view.current_query()
            expected = db_ids(db, query)
            assert ids(view.model) == expected, combo.itemText(index)
            assert view.count_label.text() == f"{len(expected)} idea(s)"
            sizes.append(len(expected))
        assert max(sizes) <= 50 and min(sizes) < 50  # every filter narrows for some value
        assert sum(sizes) >= (50 if combo is not view.theme_filter else 50 - 8)
        combo.setCurrentIndex(0)
        assert ids(view.model) == everything

    # Filters combine, and the displayed values agree with the filter.
    view.theme_filter.setCurrentIndex(view.theme_filter.findText("Energy"))
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(IdeaKind.NEED.value))
    shown = view.model.rowCount()
    assert shown > 0
    assert {view.model.data(view.model.index(r, 2)) for r in range(shown)} == {"Energy"}
    assert {view.model.data(view.model.index(r, 1)) for r in range(shown)} == {"Need"}
    assert ids(view.model) == db_ids(db, view.current_query())

    # A search within the filtered list, then clearing the search and the filters.
    qtbot.keyClicks(view.search, "bike")
    qtbot.waitUntil(lambda: ids(view.model) == db_ids(db, view.current_query()), timeout=3000)
    assert all("bike" in t for t in texts(view.model))
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == shown, timeout=3000)
    view.theme_filter.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(0)
    assert ids(view.model) == everything

    # The keyboard works on the filters too.
    view.sdg_filter.setFocus()
    QTest.keyClick(view.sdg_filter, Qt.Key.Key_Down)
    assert view.sdg_filter.currentData() == 1
    assert ids(view.model) == db_ids(db, IdeaQuery(project_id=project.id, sdg=1))

    # A workshop shows only its own ideas.
    window.select(other.id)
    assert ids(view.model) == db_ids(db, IdeaQuery(workshop_id=other.id, sdg=1))


def test_add_is_disabled_without_a_workshop(db, project, workshop, window):
    window.select(project.id)
    assert not window.ideas.add_action.isEnabled()
    messages = []
    window.ideas.status_message.connect(messages.append)
    window.ideas.add_idea()
    assert messages and "workshop" in messages[0]


def test_a_new_idea_is_selected_unless_the_search_hides_it(db, workshop, window, drive_modal,
                                                          qtbot):
    view = window.ideas
    capture.add_idea(db, workshop.id, IdeaInput("Sykkelvei langs elva"))
    view.set_scope(*window.current_scope())
    add_via_dialog(drive_modal, qtbot, view, "Benker ved biblioteket")
    assert view.selected_ids() == [view.model.idea_id_at(0)]
    assert texts(view.model)[0] == "Benker ved biblioteket"

    qtbot.keyClicks(view.search, "sykkel")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    click_row(view, 0)
    add_via_dialog(drive_modal, qtbot, view, "Flere søppelkasser")
    assert texts(view.model) == ["Sykkelvei langs elva"]  # the search still applies
    assert view.selected_ids() == []  # the old selection would point at another idea
    assert capture.count_ideas(db, workshop.id) == 3
