"""Decisions and coverage as a user drives them: the "Change status…" dialog (typing and
clicking), the status column and the path to a decision on screen, the status log in the
database, undo and redo, several ideas at once, the status filter, and the coverage charts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlmodel import select

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.sdgs import SDGS
from smartcity_desktop.qt import labels
from smartcity_desktop.qt.status_dialog import DECIDED_BY, StatusDialog
from smartcity_desktop.qt.undo import ChangeBus, push
from smartcity_desktop.qt.views.coverage import CoverageView
from smartcity_desktop.qt.views.decisions.model import DecisionModel
from smartcity_desktop.qt.views.decisions.view import DecisionsView
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.ideas.lifecycle_commands import ChangeStatus
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.models import IdeaStatusChange

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
STATUS_COLUMN = DecisionModel.COLUMNS.index("status")
DATE_COLUMN = DecisionModel.COLUMNS.index("date")


class Setup:
    def __init__(self, db, project, workshop, qtbot, qsettings) -> None:
        self.db, self.project, self.workshop = db, project, workshop
        self.goals = [projects.add_strategy_goal(db, project.id, "SG1", "Low-emission transport"),
                      projects.add_strategy_goal(db, project.id, "SG2", "Meeting places"),
                      projects.add_strategy_goal(db, project.id, "SG3", "Blågrønne områder")]
        self.ideas = {
            "buses": capture.add_idea(db, workshop.id, IdeaInput(
                text="Evening buses to the hospital", sdgs=(3, 11),
                strategy_goal_ids=(self.goals[0].id,))),
            "benches": capture.add_idea(db, workshop.id, IdeaInput(
                text="Benches on the hill", title="Benches", sdgs=(11,),
                strategy_goal_ids=(self.goals[1].id, self.goals[0].id))),
            "lights": capture.add_idea(db, workshop.id, IdeaInput(text="LED street lights")),
        }
        lifecycle.change_status(db, self.ideas["lights"], IdeaStatus.UNDER_REVIEW,
                                "Sent to the road department", dt.date(2026, 9, 1), "Kari")
        self.stack = QUndoStack()
        self.bus = ChangeBus()
        self.qsettings = qsettings
        self.view = DecisionsView(db, self.stack, self.bus, qsettings=qsettings)
        qtbot.addWidget(self.view)
        self.view.resize(1100, 700)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.view.activateWindow()
        qtbot.waitUntil(self.view.isActiveWindow)
        self.view.set_scope(project.id, workshop.id)

    def row(self, key: str) -> int:
        return self.view.model.row_of(self.ideas[key])

    def cell(self, key: str, column: int) -> str:
        model = self.view.model
        return model.data(model.index(self.row(key), column))

    def click(self, key: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        table = self.view.table
        rect = table.visualRect(self.view.model.index(self.row(key), 0))
        QTest.mouseClick(table.viewport(), LEFT, modifier, rect.center())

    def db_status(self, key: str) -> str:
        return capture.get_idea(self.db, self.ideas[key]).status


@pytest.fixture
def s(db, project, workshop, qtbot, qsettings):
    return Setup(db, project, workshop, qtbot, qsettings)


def type_text(widget, text: str) -> None:
    """Key by key; characters outside Latin-1 as the key events their keyboard would send."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


def type_date(dialog: StatusDialog, day: dt.date) -> None:
    edit = dialog.ui.dateEdit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    QTest.keyClicks(edit, day.strftime("%Y"))
    edit.setSelectedSection(edit.Section.MonthSection)
    QTest.keyClicks(edit, day.strftime("%m"))
    edit.setSelectedSection(edit.Section.DaySection)
    QTest.keyClicks(edit, day.strftime("%d"))


def open_dialog_by_click(s: Setup):
    return lambda: QTest.mouseClick(s.view.change_button, LEFT)


# --------------------------------------------------------------------------- one idea
def test_a_status_change_by_typing_and_clicking(s, drive_modal, qtbot):
    s.click("buses")
    assert s.cell("buses", STATUS_COLUMN) == labels.idea_status("new")
    assert s.cell("buses", DATE_COLUMN) == "–"

    def fill(dialog: StatusDialog):
        assert dialog.ui.dateEdit.date() == QDate.currentDate()  # today by default
        assert "Evening buses" in dialog.ui.subjectLabel.text()
        QTest.mouseClick(dialog.status_buttons[IdeaStatus.ACCEPTED], LEFT)
        type_text(dialog.ui.reasonEdit, "Budget found in the 2027 plan")
        type_date(dialog, dt.date(2026, 10, 1))
        decided_by = dialog.ui.decidedByCombo.lineEdit()
        decided_by.selectAll()
        type_text(decided_by, "Bydelsutvalget Grünerløkka")
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)

    drive_modal(open_dialog_by_click(s), fill)

    # The screen: the status column, the date, and the path to a decision.
    assert s.cell("buses", STATUS_COLUMN) == labels.idea_status("accepted")
    assert s.cell("buses", DATE_COLUMN) == "2026-10-01"
    assert s.view.selected_ids() == [s.ideas["buses"]]
    rows = s.view.log_rows()
    assert len(rows) == 2
    assert rows[-1] == ("2026-10-01", f"{labels.idea_status('new')} → "
                        f"{labels.idea_status('accepted')}", "Budget found in the 2027 plan",
                        "Bydelsutvalget Grünerløkka")
    # The database: the idea and its status log.
    [entry] = lifecycle.status_log(s.db, s.ideas["buses"])
    assert (entry.from_status, entry.to_status, entry.reason, entry.decided_on,
            entry.changed_by) == ("new", "accepted", "Budget found in the 2027 plan",
                                  dt.date(2026, 10, 1), "Bydelsutvalget Grünerløkka")
    assert s.db_status("buses") == "accepted"
    assert s.stack.count() == 1
    assert DECIDED_BY.get(s.qsettings) == "Bydelsutvalget Grünerløkka"  # remembered


def test_the_shortcut_opens_the_dialog_and_the_name_is_remembered(s, drive_modal, qtbot):
    DECIDED_BY.set(s.qsettings, "Planning office")
    s.click("lights")

    def fill(dialog: StatusDialog):
        assert dialog.ui.decidedByCombo.currentText() == "Planning office"
        assert [dialog.ui.decidedByCombo.itemText(i)
                for i in range(dialog.ui.decidedByCombo.count())] == ["Kari"]
        # Under review now: that choice is off, the usual next step is proposed.
        assert not dialog.status_buttons[IdeaStatus.UNDER_REVIEW].isEnabled()
        assert dialog.chosen_status() == IdeaStatus.ACCEPTED
        assert dialog.focusWidget() is dialog.ui.reasonEdit
        type_text(dialog.focusWidget(), "Agreed with the road department")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not dialog.isVisible())  # a shortcut "animates" the click

    drive_modal(lambda: QTest.keyClick(s.view.table, Qt.Key.Key_D, CTRL | SHIFT), fill)
    log = lifecycle.status_log(s.db, s.ideas["lights"])
    assert [(e.to_status, e.reason, e.changed_by) for e in log] == [
        ("under_review", "Sent to the road department", "Kari"),
        ("accepted", "Agreed with the road department", "Planning office")]
    assert log[-1].decided_on == dt.date.today()
    assert [r[2] for r in s.view.log_rows()][1:] == [e.reason for e in log]


def test_a_missing_reason_is_shown_in_the_dialog_and_nothing_changes(s, drive_modal, qtbot):
    s.click("buses")

    def fill(dialog: StatusDialog):
        QTest.mouseClick(dialog.status_buttons[IdeaStatus.DECLINED], LEFT)
        type_text(dialog.ui.reasonEdit, "   ")
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)
        assert dialog.isVisible()
        assert "reason" in dialog.ui.errorLabel.text()
        assert dialog.focusWidget() is dialog.ui.reasonEdit
        assert lifecycle.status_log(s.db, s.ideas["buses"]) == []
        dialog.ui.reasonEdit.setPlainText("x" * 5001)  # pasted, far too long
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)
        assert dialog.isVisible() and "5001" in dialog.ui.errorLabel.text()
        assert s.db_status("buses") == "new"
        dialog.ui.reasonEdit.clear()
        assert dialog.ui.errorLabel.text() == ""  # the message goes once the field changes
        type_text(dialog.ui.reasonEdit, ARABIC + " / " + ETHIOPIC)
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)

    drive_modal(open_dialog_by_click(s), fill)
    assert s.db_status("buses") == "declined"
    assert lifecycle.status_log(s.db, s.ideas["buses"])[0].reason == f"{ARABIC} / {ETHIOPIC}"
    assert s.view.log_rows()[-1][2] == f"{ARABIC} / {ETHIOPIC}"
    assert s.stack.count() == 1


def test_no_status_chosen_is_explained(s, drive_modal, qtbot):
    s.click("lights")
    s.click("buses", CTRL)  # different statuses: nothing is proposed

    def fill(dialog: StatusDialog):
        assert dialog.chosen_status() is None
        type_text(dialog.ui.reasonEdit, "Decided")
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)
        assert dialog.isVisible() and dialog.ui.errorLabel.text()
        QTest.mouseClick(dialog.ui.buttonBox.button(CANCEL), LEFT)

    drive_modal(open_dialog_by_click(s), fill)
    assert (s.db_status("lights"), s.db_status("buses")) == ("under_review", "new")
    assert s.stack.count() == 0


def test_cancel_changes_nothing(s, drive_modal, qtbot):
    s.click("benches")

    def fill(dialog: StatusDialog):
        type_text(dialog.ui.reasonEdit, "Changed my mind")
        # Every status has its own Alt+letter, clashing with no other field of the dialog.
        texts = [b.text() for b in dialog.status_buttons.values()] + [
            dialog.ui.reasonLabel.text(), dialog.ui.dateLabel.text(),
            dialog.ui.decidedByLabel.text(), dialog.ui.statusLabel.text()]
        letters = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(letters)) == len(letters)
        declined = dialog.status_buttons[IdeaStatus.DECLINED]
        letter = declined.text()[declined.text().index("&") + 1]
        QTest.keyClick(dialog.focusWidget(), letter.lower(), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(declined.isChecked)  # a mnemonic "animates" the click
        assert dialog.focusWidget() is declined
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    drive_modal(open_dialog_by_click(s), fill)
    assert s.db_status("benches") == "new" and s.stack.count() == 0
    assert len(s.view.log_rows()) == 1  # only "added"


# --------------------------------------------------------------------------- undo
def test_undo_and_redo_a_status_change(s, drive_modal, qtbot):
    s.click("lights")

    def fill(dialog: StatusDialog):
        QTest.mouseClick(dialog.status_buttons[IdeaStatus.IN_PROGRESS], LEFT)
        type_text(dialog.ui.reasonEdit, "Work started")
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)

    drive_modal(open_dialog_by_click(s), fill)
    assert s.cell("lights", STATUS_COLUMN) == labels.idea_status("in_progress")
    [entry_id] = s.stack.command(0).command.entry_ids

    s.stack.undo()
    assert s.cell("lights", STATUS_COLUMN) == labels.idea_status("under_review")
    assert s.cell("lights", DATE_COLUMN) == "2026-09-01"
    assert [r[2] for r in s.view.log_rows()] == ["", "Sent to the road department"]
    assert s.db_status("lights") == "under_review"
    with s.db.session() as session:
        withdrawn = session.get(IdeaStatusChange, entry_id)
        assert withdrawn.deleted  # tombstoned, not removed: sync learns of the undo
    assert [e.to_status for e in lifecycle.status_log(s.db, s.ideas["lights"])] == [
        "under_review"]

    s.stack.redo()
    assert s.cell("lights", STATUS_COLUMN) == labels.idea_status("in_progress")
    assert [r[2] for r in s.view.log_rows()][-1] == "Work started"
    assert lifecycle.status_log(s.db, s.ideas["lights"])[-1].id == entry_id


# --------------------------------------------------------------------------- several ideas
def test_several_ideas_at_once_are_one_undo_step(s, drive_modal, qtbot):
    s.click("buses")
    s.click("benches", CTRL)
    s.click("lights", CTRL)
    assert s.view.change_button.text() != "Change status…"  # says how many

    def fill(dialog: StatusDialog):
        assert dialog.ui.subjectLabel.text().startswith("3 ")
        QTest.mouseClick(dialog.status_buttons[IdeaStatus.DECLINED], LEFT)
        type_text(dialog.ui.reasonEdit, "Outside the municipality's responsibility")
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)

    drive_modal(open_dialog_by_click(s), fill)
    assert s.stack.count() == 1
    for key in s.ideas:
        assert s.cell(key, STATUS_COLUMN) == labels.idea_status("declined")
        assert s.db_status(key) == "declined"
        assert lifecycle.status_log(s.db, s.ideas[key])[-1].reason == \
            "Outside the municipality's responsibility"
    assert sorted(s.view.selected_ids()) == sorted(s.ideas.values())

    s.stack.undo()
    assert [s.db_status(k) for k in ("buses", "benches", "lights")] == [
        "new", "new", "under_review"]
    assert [s.cell(k, STATUS_COLUMN) for k in ("buses", "benches", "lights")] == [
        labels.idea_status("new"), labels.idea_status("new"), labels.idea_status("under_review")]
    with s.db.session() as session:
        assert len(session.exec(select(IdeaStatusChange).where(
            IdeaStatusChange.deleted == True)).all()) == 3  # noqa: E712


# --------------------------------------------------------------------------- list and details
def test_filter_by_status_and_search(s, qtbot):
    combo = s.view.status_filter
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("under_review"))
    assert s.view.model.rowCount() == 1
    assert s.view.model.idea_id_at(0) == s.ideas["lights"]
    assert s.view.count_label.text().startswith("1 ")
    combo.setCurrentIndex(combo.findData(None))
    assert s.view.model.rowCount() == 3
    # Ideas with a decision come first (latest first), then the rest.
    assert s.view.model.idea_id_at(0) == s.ideas["lights"]
    type_text(s.view.search, "hill")
    qtbot.waitUntil(lambda: s.view.model.rowCount() == 1)
    assert s.view.model.idea_id_at(0) == s.ideas["benches"]


def test_sorting_by_a_column_header(s, qtbot):
    header = s.view.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(STATUS_COLUMN) + 10, header.height() // 2)

    def statuses():
        return [s.view.model.row_at(r).status for r in range(s.view.model.rowCount())]

    QTest.mouseClick(header.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    assert statuses() == ["new", "new", "under_review"]  # in the order of the life cycle
    QTest.mouseClick(header.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    assert statuses() == ["under_review", "new", "new"]


def test_details_show_goals_sdgs_and_path(s, qtbot):
    s.click("benches")
    view = s.view
    assert view.idea_title.text() == "Benches — Benches on the hill"
    goals = view.goals_label.text()
    assert "SG1" in goals and "SG2" in goals and goals.index("SG1") < goals.index("SG2")
    assert labels.sdg_title(11) in view.sdgs_label.text()
    assert SDGS[10].colour in view.sdgs_label.text()
    assert len(view.log_rows()) == 1 and view.log_rows()[0][1].startswith("Added")
    s.click("lights")
    assert "No strategy goal" in view.goals_label.text()
    assert "No SDG" in view.sdgs_label.text()
    assert view.log_rows()[-1][2:] == ("Sent to the road department", "Kari")
    view.table.clearSelection()
    assert view.details.currentWidget() is view.no_selection
    assert not view.change_status_action.isEnabled()


def test_project_scope_shows_the_workshop_column(s, qtbot):
    w2 = projects.create_workshop(s.db, s.project.id, "W2", "Second")
    capture.add_idea(s.db, w2.id, IdeaInput(text="Library hours"))
    column = DecisionModel.COLUMNS.index("workshop")
    assert s.view.table.isColumnHidden(column)
    s.view.set_scope(s.project.id, None)
    assert not s.view.table.isColumnHidden(column)
    assert s.view.model.rowCount() == 4
    codes = {s.view.model.data(s.view.model.index(r, column)) for r in range(4)}
    assert codes == {"W1", "W2"}


def test_a_change_elsewhere_shows_up(s, qtbot):
    """A status changed from another view (through the bus) is shown here at once."""
    push(s.stack, ChangeStatus(s.db, (s.ideas["benches"],), IdeaStatus.UNDER_REVIEW,
                               "Checked by the parks office", dt.date(2026, 11, 2)),
         "Change status", s.bus)
    assert s.cell("benches", STATUS_COLUMN) == labels.idea_status("under_review")
    assert s.view.model.idea_id_at(0) == s.ideas["benches"]  # the latest decision on top


# --------------------------------------------------------------------------- coverage
@pytest.fixture
def cover(s, qtbot):
    view = CoverageView(s.db, s.stack, s.bus)
    qtbot.addWidget(view)
    view.resize(1000, 680)
    view.show()
    qtbot.waitExposed(view)
    view.set_scope(s.project.id, None)
    return view


def test_the_sdg_chart_has_17_bars_in_the_official_colours(cover, s):
    chart = cover.sdg_chart
    assert chart.bar_count() == 17
    assert chart.bar_colours() == [sdg.colour.upper() for sdg in SDGS]
    assert chart.category_labels()[10] == f"11. {labels.sdg_title(11)}"
    notes = chart.notes()
    assert notes[10] == "2" and notes[2] == "1"   # SDG 11: two ideas; SDG 3: one
    assert [n for n in notes if n == "no ideas yet"] == ["no ideas yet"] * 15
    assert f"14. {labels.sdg_title(14)}" in cover.sdg_missing.text()
    assert f"11. {labels.sdg_title(11)}" not in cover.sdg_missing.text()


def test_a_goal_without_ideas_is_marked_in_words(cover, s):
    chart = cover.goal_chart
    assert chart.bar_count() == 3
    assert chart.category_labels() == ["SG1", "SG2", "SG3"]
    assert chart.notes() == ["2", "1", "no ideas yet"]
    key = cover.goal_key.text()
    assert "Blågrønne områder" in key
    assert key.split("<br>")[2].endswith("no ideas yet</i>")
    assert "no ideas yet" not in key.split("<br>")[0]
    assert "2 of 3 strategy goals" in cover.summary.text()


def test_coverage_follows_status_changes_and_scope(cover, s, qtbot):
    push(s.stack, ChangeStatus(s.db, (s.ideas["buses"],), IdeaStatus.ACCEPTED, "In the plan",
                               dt.date(2026, 11, 2)), "Change status", s.bus)
    qtbot.waitUntil(lambda: cover.goal_chart.notes()[0] == "2 · 1 in plan")
    assert cover.sdg_chart.notes()[2] == "1 · 1 in plan"
    other = projects.create_project(s.db, "No goals yet")
    cover.set_scope(other.id, None)
    assert cover.goal_stack.currentWidget() is cover.no_goals
    assert cover.sdg_chart.bar_count() == 17
    assert set(cover.sdg_chart.notes()) == {"no ideas yet"}


def test_hidden_views_read_only_when_shown(db, project, workshop, qtbot):
    """The main window scopes every tab at each click in the navigation; a hidden tab waits."""
    capture.add_idea(db, workshop.id, IdeaInput(text="Evening buses", sdgs=(11,)))
    stack, bus = QUndoStack(), ChangeBus()
    decisions = DecisionsView(db, stack, bus)
    cover = CoverageView(db, stack, bus)
    for view in (decisions, cover):
        qtbot.addWidget(view)
        view.set_scope(project.id, workshop.id)
    assert decisions.model.rowCount() == 0 and cover.sdg_chart.bar_count() == 0
    decisions.show()
    cover.show()
    assert decisions.model.rowCount() == 1
    assert cover.sdg_chart.bar_count() == 17 and cover.sdg_chart.notes()[10] == "1"
    assert "W1" in cover.heading.text()


def test_a_window_wide_action_can_take_the_shortcut(db, qtbot):
    view = DecisionsView(db, QUndoStack(), ChangeBus(), own_shortcut=False)
    qtbot.addWidget(view)
    assert view.change_status_action.shortcut().isEmpty()
    assert DecisionsView(db, QUndoStack(), ChangeBus()).change_status_action.shortcut() == \
        QKeySequence("Ctrl+Shift+D")


def test_an_idea_deleted_meanwhile_is_explained_not_a_crash(s, drive_modal, qtbot):
    from smartcity_desktop.qt.status_dialog import change_status

    s.click("buses")
    capture.delete_idea(s.db, s.ideas["buses"])  # e.g. from the Ideas tab
    result = {}

    def fill(dialog: StatusDialog):
        type_text(dialog.ui.reasonEdit, "Accepted")
        QTest.mouseClick(dialog.status_buttons[IdeaStatus.ACCEPTED], LEFT)
        QTest.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)
        assert dialog.isVisible() and "deleted" in dialog.ui.errorLabel.text()
        QTest.mouseClick(dialog.ui.buttonBox.button(CANCEL), LEFT)

    drive_modal(lambda: result.setdefault("ok", change_status(
        s.view, s.db, s.stack, s.bus, [s.ideas["buses"]], s.qsettings)), fill)
    assert result["ok"] is False and s.stack.count() == 0
    assert lifecycle.status_log(s.db, s.ideas["buses"]) == []

    def close_box(box):
        assert "nothing was changed" in box.text()
        QTest.keyClick(box, Qt.Key.Key_Return)

    drive_modal(lambda: result.update(missing=change_status(
        s.view, s.db, s.stack, s.bus, ["no-such-idea"], s.qsettings)), close_box)
    assert result["missing"] is False and s.stack.count() == 0
