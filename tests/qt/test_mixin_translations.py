"""Widgets built by a mixin (a view's tab, a dialog's layout, the kiosk's pages) speak the
language of the app: lupdate files their strings under the mixin's class name, and PySide's
``tr()`` looks for them along the class's MRO, so a mixin's strings are found at run time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.qt.i18n import install_translators
from smartcity_desktop.qt.kiosk.window import KioskWindow
from smartcity_desktop.qt.report_dialog import ReportDialog
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.board import BoardView
from smartcity_desktop.qt.views.capture.view import CaptureView
from smartcity_desktop.qt.views.results.view import ResultsView
from smartcity_desktop.qt.views.run.view import RunView
from smartcity_desktop.qt.views.volunteer.view import VolunteerEntryView
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas import volunteer_entry as ve
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.ideas.kiosk import PinLock
from smartcity_desktop.services.workshop import projects


@pytest.fixture
def norwegian(qapp):
    assert install_translators(qapp, "nb") == "nb"
    yield
    for translator in qapp._translators:
        qapp.removeTranslator(translator)
    qapp._translators = []


def test_strings_built_by_mixins_are_translated(qtbot, norwegian, db, project, workshop):
    results = ResultsView(db, QUndoStack(), ChangeBus())
    run = RunView(db, QUndoStack(), ChangeBus())
    report = ReportDialog(db, project.id, builders={}, isolate=False)
    kiosk = KioskWindow(db, workshop.id, None, PinLock.from_pin("2468"))
    for widget in (results, run, report, kiosk):
        qtbot.addWidget(widget)
    shown = {  # (mixin, English source): what the widget shows
        ("ResultsRankingTab", "Ranking of the round"): results.ranking_table.accessibleName(),
        ("ResultsCompareTab", "Rounds to compare"): results.compare_rounds.accessibleName(),
        ("ResultsMatrixTab", "Ideas by quadrant"): results.placements.accessibleName(),
        ("ResultsGroupsTab", "Privacy notice"): results.privacy_notice.accessibleName(),
        ("RunViewLayout", "Facilitator notes"): run.notes.accessibleName(),
        ("ReportDialog", "Pages of the report"): report.pageList.accessibleName(),
        ("KioskPages", "Is it a need or an idea?"): kiosk.kind_question.text(),
    }
    try:
        for (context, english), text in shown.items():
            assert text == QCoreApplication.translate(context, english), context
            assert text and text != english, context
    finally:
        kiosk._unlocked = True  # the kiosk refuses to close without the PIN
        kiosk.close()
        report.done(0)


def test_the_board_mixins_speak_norwegian(qtbot, norwegian, db, project, workshop):
    """The board's context menu (BoardMenu) and its undo steps and status texts (BoardActions)
    are translated, as are the view's own actions (BoardView)."""
    energy = projects.add_theme(db, project.id, "Energy").id
    idea = capture.add_idea(db, workshop.id, IdeaInput(text="Solar panels on the school"))
    stack = QUndoStack()
    board = BoardView(db, stack, ChangeBus())
    qtbot.addWidget(board)
    board.set_scope(project.id, workshop.id)
    board.refresh()
    no_theme = board.column_of(None)
    board.focus_column(no_theme, [idea])
    assert board.selected_ids() == [idea]

    menu = board.build_menu(no_theme)
    submenu = next(a for a in menu.actions() if a.menu() is not None)
    statuses = []
    board.status_message.connect(statuses.append)
    assert board.move_cards([idea], energy)

    shown = {  # (context, English source, %1 or None, %n or None): what the board shows
        ("BoardMenu", "Move &to", None, None): submenu.text(),
        ("BoardActions", "Move %n card(s) to “%1”", "Energy", 1): stack.undoText(),
        ("BoardActions", "%n card(s) moved to “%1”. Undo with Ctrl+Z.", "Energy", 1):
            statuses[-1],
        ("BoardView", "&Move to theme…", None, None): board.move_action.text(),
    }
    for (context, english, arg, n), text in shown.items():
        expected = (QCoreApplication.translate(context, english) if n is None else
                    QCoreApplication.translate(context, english, "", n))
        if arg is not None:
            expected = expected.replace("%1", arg)
        untranslated = english if n is None else english.replace("%n", str(n))
        if arg is not None:
            untranslated = untranslated.replace("%1", arg)
        assert text == expected, context
        assert text and text != untranslated, context
def test_strings_of_the_capture_and_card_entry_mixins_are_translated(qtbot, norwegian, db, project,
                                                                     workshop, qsettings):
    capture = CaptureView(db, QUndoStack(), ChangeBus())
    cards = VolunteerEntryView(db, QUndoStack(), ChangeBus(), qsettings=qsettings)
    for widget in (capture, cards):
        qtbot.addWidget(widget)
    capture.set_scope(project.id, workshop.id)
    capture.text_edit.setPlainText("Benches along the river")
    assert capture.save()
    cards.set_scope(project.id, workshop.id)
    no_batch = cards.counter_label.text()
    cards.show_problem(ValidationError("text", "The text must not be empty.", reason="required"))
    problem = cards.text_edit.accessibleDescription()
    ve.create_batch(db, workshop.id, "Stack 1", True)
    cards.set_scope(project.id, workshop.id)  # the new batch is chosen
    cards.resolve_chosen()  # nothing chosen yet
    shown = {  # (mixin, English source): what the widget shows
        ("CaptureForm", "Idea text"): capture.text_edit.accessibleName(),
        ("CaptureSaving", "Saved ✓"): capture.saved_label.text(),
        ("CaptureIdeaList", "Ideas of this workshop"): capture.table.accessibleName(),
        ("VolunteerCardForm", "Text of the card"): cards.text_edit.accessibleName(),
        ("VolunteerCardEntry", "The text is empty: type what is written on the card."):
            problem,
        ("VolunteerFigures", "No batch chosen"): no_batch,
        ("VolunteerComparison", "Differences between the passes"): cards.table.accessibleName(),
        ("VolunteerResolution", "Choose a value for every difference of a card first (keys 1 "
                                "and 2, or type it)."): cards.compare_message.text(),
    }
    for (context, english), text in shown.items():
        assert text == QCoreApplication.translate(context, english), context
        assert text and text != english, context
