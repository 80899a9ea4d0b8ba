"""The Representativeness view: loading a reference profile through the buttons, the bars,
the R-score, flags and the small-group rule on screen, and what reaches the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QToolButton

from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.representativeness import RepresentativenessView
from smartcity_desktop.services import demo
from smartcity_desktop.services.workshop import (
    participants,
    projects,
    reference_file,
    reference_profile,
)
from smartcity_desktop.services.workshop import representativeness as rep
from smartcity_desktop.services.workshop.participants import ParticipantInput


@pytest.fixture
def make_view(qtbot):
    def make(db, project_id, workshop_id=None):
        stack, bus = QUndoStack(), ChangeBus()
        view = RepresentativenessView(db, stack, bus)
        # As in the main window, the stack and the bus belong to a widget, so Qt (not the
        # Python garbage collector, at some later moment) decides when they go.
        stack.setParent(view)
        bus.setParent(view)
        qtbot.addWidget(view)
        view.resize(1000, 900)
        view.set_scope(project_id, workshop_id)
        view.show()
        qtbot.waitExposed(view)
        view.stack, view.bus = stack, bus  # for the tests
        return view
    return make


def register(db, workshop_id, n, **answers):
    for _ in range(n):
        participants.register_participant(db, workshop_id, ParticipantInput(answers=answers))


@pytest.fixture
def people(db, workshop):
    """6 women and 2 men aged 20-44, 1 non-binary, 1 "prefer not to say", 1 unanswered."""
    register(db, workshop.id, 6, gender="woman", age="20-44")
    register(db, workshop.id, 2, gender="man", age="20-44")
    register(db, workshop.id, 1, gender="non_binary")
    register(db, workshop.id, 1, gender="prefer_not_to_say")
    register(db, workshop.id, 1)
    return workshop


def choose_file(monkeypatch, path):
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        return str(path), "CSV files (*.csv *.txt)"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return calls


def table_rows(panel):
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_load_a_profile_through_the_button(qtbot, db, project, people, make_view, monkeypatch,
                                           tmp_path):
    view = make_view(db, project.id, people.id)
    assert view.panels == {} and view.empty_label.isVisible()
    assert "no reference profile" in view.empty_label.text()
    ref = tmp_path / "kommune.csv"
    ref.write_text("# publisher: Test figures\n# year: 2023\n"
                   "dimension,category,share\ngender,woman,50%\ngender,man,50%\n",
                   encoding="utf-8")
    calls = choose_file(monkeypatch, ref)
    with qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert calls, "the file dialog was not asked"
    assert "kommune.csv" in message.args[0]
    # The database has the profile.
    assert reference_profile.reference_profile(db, project.id) == {
        "gender": {"woman": 0.5, "man": 0.5}}
    # The screen: one panel (gender), bars in percent, first category on top.
    assert list(view.panels) == ["gender"] and not view.empty_label.isVisible()
    panel = view.panels["gender"]
    chart = panel.chart
    assert chart.categories == ["▼ Man", "Woman"]          # bottom to top: Woman on top
    assert [chart.participants.at(i) for i in range(2)] == [25.0, 75.0]
    assert [chart.reference.at(i) for i in range(2)] == [50.0, 50.0]
    assert chart.participants.selectedBars() == [0]       # the man bar is highlighted
    assert "0.33" in panel.r_score.text()
    assert panel.flag.text() == "Under-represented: Man (0.50)"
    assert table_rows(panel) == [["Woman", "6", "75.0 %", "50.0 %", "1.50"],
                                 ["Man", "<5", "25.0 %", "50.0 %", "0.50"]]
    assert "Prefer not to say: <5" in panel.footnote.text()
    assert "Not answered: <5" in panel.footnote.text()
    assert "Non-binary <5" in panel.footnote.text()
    assert "Test figures" in view.source_label.text() and "2023" in view.source_label.text()
    assert "n = 11 participants" in view.weights_label.text()
    expected = rep.participant_weights(db, project.id, people.id)
    assert f"effective n = {expected.effective_n:.1f}" in view.weights_label.text()
    assert "Age" in view.missing_label.text()
    assert view.stack.count() == 1


def test_a_file_with_bad_rows_loads_nothing_and_lists_every_problem(
        qtbot, db, project, people, make_view, monkeypatch, tmp_path):
    reference_file.load_sample_reference(db, project.id)
    before = reference_profile.reference_profile(db, project.id)
    view = make_view(db, project.id, people.id)
    assert list(view.panels) == ["age", "gender"]
    bad = tmp_path / "bad.csv"
    bad.write_text("dimension,category,count\n"
                   "age,0-15,993861\n"
                   "gender,prefer_not_to_say,4\n"
                   "مواعيد الحافلات في المساء,የአውቶቡስ መርሐ ግብር,1\n"
                   "gender,man,-5\n", encoding="utf-8")
    choose_file(monkeypatch, bad)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert view.errors_box.isVisible()
    assert "Nothing loaded: 4 problem(s) in bad.csv" in view.errors_title.text()
    lines = [view.errors_list.item(i).text() for i in range(view.errors_list.count())]
    assert len(lines) == 4
    assert lines[0].startswith("Line 2: “0-15” is not a category of Age")
    assert lines[1].startswith("Line 3: “Prefer not to say” is an answer")
    assert lines[2].startswith("Line 4: “مواعيد الحافلات في المساء” is not a demographic")
    assert lines[3] == "Line 5: The count -5 is below 0."
    # Nothing changed: the database, the screen and the undo stack.
    assert reference_profile.reference_profile(db, project.id) == before
    assert list(view.panels) == ["age", "gender"] and view.stack.count() == 0
    # The list closes with its button; loading a good file later hides it too.
    close = view.errors_box.findChild(QToolButton)
    assert close.accessibleName() == "Close the list of problems"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not view.errors_box.isVisible()


@pytest.mark.parametrize("content, expected", [
    (b"PK\x03\x04 not a csv", "not a text (CSV) file"),
    ("dimension,category,count\nkjønn,kvinne,3\n".encode("cp1252"), "not UTF-8"),
    (b"foo,bar\n1,2\n", "does not name its columns"),
])
def test_an_unreadable_file_is_explained(qtbot, db, project, people, make_view, monkeypatch,
                                         tmp_path, content, expected):
    view = make_view(db, project.id, people.id)
    bad = tmp_path / "export.csv"
    bad.write_bytes(content)
    choose_file(monkeypatch, bad)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert view.errors_box.isVisible()
    assert view.errors_title.text() == "Nothing loaded from export.csv."
    assert expected in view.errors_list.item(0).text()
    assert reference_profile.reference_profile(db, project.id) == {}


def test_cancelling_the_file_dialog_does_nothing(qtbot, db, project, people, make_view,
                                                 monkeypatch):
    view = make_view(db, project.id, people.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert not view.errors_box.isVisible() and view.stack.count() == 0


def test_the_sample_from_the_keyboard_and_undo(qtbot, db, project, people, make_view,
                                               monkeypatch, tmp_path):
    view = make_view(db, project.id, people.id)
    view.sample_button.setFocus()
    qtbot.keyClick(view.sample_button, Qt.Key.Key_Space)
    assert set(reference_profile.reference_profile(db, project.id)) == {"age", "gender"}
    assert list(view.panels) == ["age", "gender"]
    assert "Statistics Norway (SSB)" in view.source_label.text()
    assert "2014" in view.source_label.text()
    age = view.panels["age"]
    assert [r[0] for r in table_rows(age)] == ["16–19", "20–44", "45–66", "67–79", "80+"]
    # 8 aged 20-44 are all the compared: 100 %, and every other age group is missing.
    assert table_rows(age)[1][1:3] == ["8", "100.0 %"]
    assert table_rows(age)[4][1:3] == ["0", "0.0 %"]
    assert "0.00" in age.r_score.text()
    assert "Under-represented: 16–19 (0.00)" in age.flag.text()
    assert "Nobody in 16–19 (Age)" in view.weights_label.text()
    # Replace it with a file, then undo: the sample comes back, on screen too.
    ref = tmp_path / "g.csv"
    ref.write_text("dimension,category,share\ngender,woman,0.5\ngender,man,0.5\n",
                   encoding="utf-8")
    choose_file(monkeypatch, ref)
    changed = []
    view.reference_changed.connect(changed.append)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    assert list(view.panels) == ["gender"] and changed == [project.id]
    assert view.stack.undoText() == "Load reference profile g.csv"
    view.stack.undo()
    qtbot.waitUntil(lambda: list(view.panels) == ["age", "gender"], timeout=3000)
    assert set(reference_profile.reference_profile(db, project.id)) == {"age", "gender"}
    view.stack.redo()
    qtbot.waitUntil(lambda: list(view.panels) == ["gender"], timeout=3000)
    assert reference_profile.reference_profile(db, project.id) == {
        "gender": {"woman": 0.5, "man": 0.5}}
    assert changed == [project.id] * 3


def test_new_participants_refresh_the_view(qtbot, db, project, people, make_view):
    reference_file.load_sample_reference(db, project.id)
    view = make_view(db, project.id, people.id)
    assert table_rows(view.panels["gender"])[1][1] == "<5"
    register(db, people.id, 3, gender="man")
    view.bus.participants_changed.emit()
    qtbot.waitUntil(lambda: table_rows(view.panels["gender"])[1][1] == "5", timeout=3000)


def test_without_a_scope_the_buttons_are_off(qtbot, db, make_view):
    view = make_view(db, None)
    assert not view.load_button.isEnabled() and not view.sample_button.isEnabled()
    for widget in (view.load_button, view.sample_button, view.errors_list):
        assert widget.accessibleName()


def test_the_demo_with_the_sample_matches_the_service(qtbot, db, make_view, tmp_path):
    project_id = demo.load_demo(db)
    reference_file.load_sample_reference(db, project_id)
    workshop = projects.list_workshops(db, project_id)[0]
    view = make_view(db, project_id, workshop.id)
    dims = {d.key: d for d in rep.representativeness(db, project_id, workshop.id)}
    for key, panel in view.panels.items():
        shown = {r[0]: r for r in table_rows(panel)}
        for cat in dims[key].categories:
            if not cat.has_reference:
                continue
            row = shown[cat.label]
            assert row[1] == ("<5" if 0 < cat.participants < 5 else str(cat.participants))
            assert row[2] == f"{cat.participant_share * 100:.1f} %"
            assert row[4] == f"{cat.ratio:.2f}"
        assert f"{dims[key].r_score:.2f}" in panel.r_score.text()
    assert "“<5”" in view.notice_label.text()
    path = tmp_path / "representativeness.png"
    assert view.grab().save(str(path)) and path.stat().st_size > 10_000
