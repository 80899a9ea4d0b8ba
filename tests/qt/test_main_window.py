"""The main window end to end: first launch, projects, workshops, ideas, undo/redo, menus,
window state, opening files, the demo and accessibility."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTreeWidget,
)

from smartcity_desktop.app.main import Application
from smartcity_desktop.qt import settings
from smartcity_desktop.qt.dialogs import IdeaDialog, ProjectDialog, WorkshopDialog
from smartcity_desktop.qt.main_window import MainWindow
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.storage.database import Database

LEFT = Qt.MouseButton.LeftButton


def click_button(box: QDialogButtonBox, which) -> None:
    QTest.mouseClick(box.button(which), LEFT)


def nav_texts(window) -> list[tuple[str, list[str]]]:
    result = []
    for i in range(window.nav.topLevelItemCount()):
        top = window.nav.topLevelItem(i)
        result.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return result


def model_column(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def live_rowids(db, workshop_id) -> list[int]:
    return capture.idea_rowids(db, IdeaQuery(workshop_id=workshop_id))


# --------------------------------------------------------------------------- flow 1
def test_first_launch_project_workshop_idea_undo_redo(db, make_window, drive_modal, qtbot):
    window = make_window(db)
    assert window.stack.currentWidget() is window.welcome
    assert window.nav.topLevelItemCount() == 0
    assert not window.new_workshop_action.isEnabled()

    # Welcome page → "Create a project" → ProjectDialog.
    def fill_project(dialog):
        assert isinstance(dialog, ProjectDialog)
        qtbot.keyClicks(dialog.ui.nameEdit, "Grønn mobilitet 2030")
        click_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Ok)

    drive_modal(lambda: QTest.mouseClick(window.welcome.create_button, LEFT), fill_project)
    assert [p.name for p in projects.list_projects(db)] == ["Grønn mobilitet 2030"]
    assert window.stack.currentWidget() is window.splitter
    assert nav_texts(window) == [("Grønn mobilitet 2030", [])]
    assert window.new_workshop_action.isEnabled()

    # Project → New workshop with a code and title.
    def fill_workshop(dialog):
        assert isinstance(dialog, WorkshopDialog)
        dialog.ui.codeEdit.selectAll()
        qtbot.keyClicks(dialog.ui.codeEdit, "w1")
        qtbot.keyClicks(dialog.ui.titleEdit, "Kick-off at the library")
        click_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Ok)

    drive_modal(window.new_workshop_action.trigger, fill_workshop)
    project = projects.list_projects(db)[0]
    [workshop] = projects.list_workshops(db, project.id)
    assert (workshop.code, workshop.title) == ("W1", "Kick-off at the library")
    assert nav_texts(window) == [("Grønn mobilitet 2030", ["W1 · Kick-off at the library"])]
    assert window.current_scope() == (project.id, workshop.id)

    # Ideas tab (View → Ideas, Ctrl+3) → New idea.
    window.view_actions[2].trigger()
    assert window.tabs.currentWidget() is window.ideas
    view = window.ideas
    assert view.add_action.isEnabled()
    text = "Trygg skolevei med flere gangfelt"

    def fill_idea(dialog):
        assert isinstance(dialog, IdeaDialog)
        qtbot.keyClicks(dialog.ui.textEdit, text)
        QTest.mouseClick(dialog._sdg_buttons[11], LEFT)
        QTest.mouseClick(dialog._sdg_buttons[13], LEFT)
        qtbot.keyClicks(dialog.ui.themeCombo.lineEdit(), "Safe routes to school")
        click_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)

    drive_modal(view.add_action.trigger, fill_idea)

    # On screen: one row at the top with text, theme and SDGs.
    model = view.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == text
    assert model.data(model.index(0, 2)) == "Safe routes to school"
    assert model.data(model.index(0, 3)) == "11 13"
    assert view.count_label.text() == "1 idea(s)"
    # In the database: the idea, its SDGs and the theme created inline.
    idea_id = model.idea_id_at(0)
    rowids = live_rowids(db, workshop.id)
    assert rowids == [capture.rowid_of(db, idea_id)]
    stored = capture.get_idea(db, idea_id)
    [theme] = projects.list_themes(db, project.id)
    assert theme.name == "Safe routes to school"
    assert (stored.data.text, stored.data.sdgs, stored.data.theme_id) == (text, (11, 13), theme.id)
    assert not stored.deleted
    # The new theme is offered in the filter at once.
    assert view.theme_filter.findData(theme.id) > 0

    # Ctrl+Z (the Undo action) removes it from the table and tombstones it.
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert model.rowCount() == 0
    assert capture.get_idea(db, idea_id).deleted
    assert live_rowids(db, workshop.id) == []

    # Redo brings back the same record.
    window.redo_action.trigger()
    assert model.rowCount() == 1
    assert model.idea_id_at(0) == idea_id
    assert not capture.get_idea(db, idea_id).deleted
    assert live_rowids(db, workshop.id) == rowids


def test_undo_redo_keyboard_shortcuts(db, project, workshop, make_window, qtbot):
    window = make_window(db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view_actions[2].trigger()
    view = window.ideas
    from smartcity_desktop.qt.undo import push
    from smartcity_desktop.services.ideas import commands

    push(window.undo_stack, commands.AddIdea(db, workshop.id, IdeaInput("Benker i parken")),
         "Add idea", window.bus)
    idea_id = view.model.idea_id_at(0)
    assert view.model.rowCount() == 1

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 0
    assert capture.get_idea(db, idea_id).deleted

    qtbot.keyClick(view.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.model.rowCount() == 1
    assert view.model.idea_id_at(0) == idea_id
    assert not capture.get_idea(db, idea_id).deleted


# --------------------------------------------------------------------------- flow 7
def test_overview_counts_people_and_themes(db, project, workshop, make_window, qtbot):
    P = participants.ParticipantInput
    participants.register_participant(db, workshop.id, P(answers={"gender": "woman"}))
    participants.register_participant(db, workshop.id,
                                       P(answers={"gender": "prefer_not_to_say"}))
    mobility = projects.add_theme(db, project.id, "Mobility")
    projects.add_theme(db, project.id, "Energy")
    for n in range(3):
        capture.add_idea(db, workshop.id, IdeaInput(f"Bus idea {n}", theme_id=mobility.id))
    capture.add_idea(db, workshop.id, IdeaInput("No theme", sdgs=(11,)))

    window = make_window(db)
    overview = window.overview
    assert window.tabs.currentWidget() is overview
    window.select(workshop.id)
    assert overview.heading.text() == "Green mobility 2030 — W1 · Kick-off"

    def children(tree, top_text):
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top.text(0) == top_text:
                return {top.child(j).text(0): top.child(j).text(1)
                        for j in range(top.childCount())}
        raise AssertionError(f"{top_text} not in the tree")

    gender = children(overview.people, "Gender")
    assert gender["Woman"] == "1"
    assert gender["Prefer not to say"] == "1"
    assert gender["Man"] == "0"
    assert gender["Not answered"] == "0"
    age = children(overview.people, "Age")
    assert age["Not answered"] == "2"

    themes = {overview.themes.topLevelItem(i).text(0): overview.themes.topLevelItem(i).text(1)
              for i in range(overview.themes.topLevelItemCount())}
    assert themes == {"Mobility": "3", "(no theme)": "1", "Energy": "0"}
    sdgs = {overview.sdgs.topLevelItem(i).text(0).split(".")[0]:
            overview.sdgs.topLevelItem(i).text(1)
            for i in range(overview.sdgs.topLevelItemCount())}
    assert sdgs["11"] == "1" and sdgs["13"] == "0" and len(sdgs) == 17

    # An idea added through the Ideas view updates the overview without a manual refresh.
    from smartcity_desktop.qt.undo import push
    from smartcity_desktop.services.ideas import commands

    def mobility_count():
        return {overview.themes.topLevelItem(i).text(0): overview.themes.topLevelItem(i).text(1)
                for i in range(overview.themes.topLevelItemCount())}["Mobility"]

    push(window.undo_stack, commands.AddIdea(
        db, workshop.id, IdeaInput("Solar roofs", theme_id=mobility.id)), "Add", window.bus)
    qtbot.waitUntil(lambda: mobility_count() == "4")  # debounced recount

    # While another tab is shown the overview does not recount; it catches up when shown.
    window.view_actions[2].trigger()
    push(window.undo_stack, commands.AddIdea(
        db, workshop.id, IdeaInput("Tram stop", theme_id=mobility.id)), "Add", window.bus)
    qtbot.wait(2 * overview._refresh_timer.interval())
    assert mobility_count() == "4"
    window.view_actions[0].trigger()
    assert mobility_count() == "5"


# --------------------------------------------------------------------------- flow 8
def test_standard_shortcuts(db, make_window):
    window = make_window(db)
    key = QKeySequence.StandardKey

    def has(action, standard):
        wanted = QKeySequence.keyBindings(standard)
        return action.shortcuts() == wanted

    assert has(window.new_db_action, key.New)
    assert has(window.open_db_action, key.Open)
    assert has(window.quit_action, key.Quit)
    assert has(window.undo_action, key.Undo)
    assert has(window.redo_action, key.Redo)
    assert has(window.find_action, key.Find)
    file_menu = window.menuBar().actions()[0].menu()
    assert {window.new_db_action, window.open_db_action, window.quit_action} <= \
        set(file_menu.actions())
    edit_menu = window.menuBar().actions()[1].menu()
    assert {window.undo_action, window.redo_action, window.find_action} <= \
        set(edit_menu.actions())


def test_find_focuses_the_search_box(db, project, workshop, make_window, qtbot):
    window = make_window(db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.find_action.trigger()
    assert window.tabs.currentWidget() is window.ideas
    qtbot.waitUntil(lambda: window.ideas.search.hasFocus())


def test_window_geometry_is_saved_and_restored(db, project, qtbot, qsettings,
                                                _isolated_qsettings):
    window = MainWindow(db, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The offscreen screen is 800×600: a restored window is kept within it, so only the
    # height (which fits) is compared exactly.
    window.resize(window.minimumSizeHint().width(), 590)
    qtbot.waitUntil(lambda: window.size().height() == 590)
    window.splitter.setSizes([210, window.splitter.width() - 210])
    splitter_state = window.splitter.saveState()
    window.close()
    qsettings.sync()
    assert QSettings().value(settings.WINDOW_GEOMETRY.key) is not None
    assert list(_isolated_qsettings.rglob("*.ini")), "settings were not written to the temp dir"

    again = MainWindow(db, QSettings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().height() == 590  # not the default 1200×760
    assert QSettings().value(settings.SPLITTER_STATE.key) == splitter_state


def test_open_refuses_a_file_that_is_not_a_database(tmp_path, qapp, qtbot, qsettings,
                                                   monkeypatch):
    app = Application(qapp, qsettings)
    good = tmp_path / "workshops.sqlite"
    assert app.open(good)
    qtbot.addWidget(app.window)
    window, db = app.window, app.db
    projects.create_project(db, "Kept")

    junk = tmp_path / "notes.sqlite"
    junk.write_text("Meeting notes, not a database.\n", encoding="utf-8")
    calls = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda *args, **kw: calls.append(args)))
    # The user picks the file in File → Open.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(junk), "")))
    window.open_db_action.trigger()

    assert len(calls) == 1
    assert "not a Smart City database" in calls[0][2]
    assert app.window is window and app.db is db
    assert window.isVisible()
    assert [p.name for p in projects.list_projects(app.db)] == ["Kept"]
    assert junk.read_text(encoding="utf-8") == "Meeting notes, not a database.\n"
    # A folder is refused the same way.
    assert not app.open(tmp_path)
    assert len(calls) == 2
    assert app.db is db
    app.db.close()


def test_open_switches_to_another_database(tmp_path, qapp, qtbot, qsettings):
    app = Application(qapp, qsettings)
    assert app.open(tmp_path / "a.sqlite")
    qtbot.addWidget(app.window)
    projects.create_project(app.db, "In A")
    first = app.window
    assert app.open(tmp_path / "b.sqlite")
    qtbot.addWidget(app.window)
    assert app.window is not first
    assert app.window.stack.currentWidget() is app.window.welcome
    assert settings.RECENT_DATABASES.get(qsettings)[:2] == [str(tmp_path / "b.sqlite"),
                                                           str(tmp_path / "a.sqlite")]
    app.db.close()


def test_demo_from_the_welcome_page(tmp_path, qapp, qtbot, qsettings):
    app = Application(qapp, qsettings)
    assert app.open(tmp_path / "demo.sqlite")
    window = app.window
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    QTest.mouseClick(window.welcome.demo_button, LEFT)

    [project] = projects.list_projects(app.db)
    codes = [w.code for w in projects.list_workshops(app.db, project.id)]
    assert codes == ["W1", "W2", "W3"]
    [(name, children)] = nav_texts(window)
    assert name == project.name
    assert [c.split(" · ")[0] for c in children] == ["W1", "W2", "W3"]
    assert window.stack.currentWidget() is window.splitter
    assert capture.count_ideas(app.db) > 0
    app.db.close()


def test_demo_next_to_taken_workshop_codes_uses_free_codes(tmp_path, qapp, qtbot, qsettings,
                                                          monkeypatch):
    app = Application(qapp, qsettings)
    assert app.open(tmp_path / "demo.sqlite")
    qtbot.addWidget(app.window)
    project = projects.create_project(app.db, "Mine")
    projects.create_workshop(app.db, project.id, "W1", "My own W1")
    app.window.refresh_navigation()
    calls = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda *args, **kw: calls.append(args)))
    app.window.demo_action.trigger()
    assert calls == []
    texts = nav_texts(app.window)
    assert texts[0] == ("Mine", ["W1 · My own W1"])
    demo_codes = sorted(item.split(" · ")[0] for item in texts[1][1])
    assert demo_codes == ["W2", "W3", "W4"]  # the seed's W1 moved to the next free code
    codes = [w.code for p in projects.list_projects(app.db) for w in projects.list_workshops(app.db, p.id)]
    assert sorted(codes) == ["W1", "W2", "W3", "W4"]
    app.db.close()


# --------------------------------------------------------------------------- flow 9
NAMED = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton, QTableView, QTreeWidget)


def unnamed_widgets(root) -> list[str]:
    missing = []
    widgets = {id(w): w for cls in NAMED for w in root.findChildren(cls)}
    for widget in widgets.values():
        if widget.isHidden():
            continue  # explicitly hidden (e.g. a tool bar's overflow button): not reachable
        if widget.accessibleName().strip():
            continue
        parent = widget.parent()
        if widget.objectName().startswith("qt_") and parent is not None and (
                parent.accessibleName().strip() or widget.objectName() == "qt_tableview_cornerbutton"):
            # Qt's own inner parts (a spin box's editor, a table's corner button) are
            # presented to assistive technology through their named parent widget.
            continue
        if isinstance(widget, QAbstractButton) and (widget.text().strip()
                                                    or widget.toolTip().strip()):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                       f"{widget.width()}x{widget.height()} in "
                       f"{type(widget.parent()).__name__} {widget.parent().objectName()!r}")
    return missing


def test_every_control_of_the_main_window_has_a_name(db, project, workshop, make_window,
                                                      qtbot):
    capture.add_idea(db, workshop.id, IdeaInput("Something to show"))
    window = make_window(db)
    window.select(workshop.id)
    window.view_actions[2].trigger()
    assert window.current_scope() == (project.id, workshop.id)
    qtbot.keyClicks(window.ideas.search, "some")  # shows the search box's clear button
    missing = unnamed_widgets(window)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_every_control_of_the_idea_dialog_has_a_name(db, project, workshop, qtbot):
    projects.add_strategy_goal(db, project.id, "SG1", "Low-emission transport")
    dialog = IdeaDialog(db, workshop, lambda data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    missing = unnamed_widgets(dialog)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_every_control_of_the_project_and_workshop_dialogs_has_a_name(db, project, qtbot):
    for dialog in (ProjectDialog(db), WorkshopDialog(db, project.id)):
        qtbot.addWidget(dialog)
        dialog.show()
        missing = unnamed_widgets(dialog)
        assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_screenshots(tmp_path, qapp, qtbot, qsettings):
    """Renders the main window with the demo and the idea dialog (for a human to look at)."""
    db = Database.open(tmp_path / "shots.sqlite", "test-device")
    try:
        from smartcity_desktop.services import demo

        project_id = demo.load_demo(db)
        window = MainWindow(db, qsettings)
        qtbot.addWidget(window)
        window.resize(1280, 760)
        window.show()
        qtbot.waitExposed(window)
        first = projects.list_workshops(db, project_id)[0]
        window.select(first.id)
        window.view_actions[2].trigger()
        assert window.ideas.model.rowCount() > 0
        assert not window.grab().isNull()
        dialog = IdeaDialog(db, first, lambda data: None, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.grab().isNull()
        import os

        target = os.environ.get("SMARTCITY_SCREENSHOTS")
        if target:
            window.grab().save(os.path.join(target, "main_window_ideas.png"))
            dialog.grab().save(os.path.join(target, "idea_dialog.png"))
            window.view_actions[0].trigger()
            window.grab().save(os.path.join(target, "main_window_overview.png"))
    finally:
        db.close()
