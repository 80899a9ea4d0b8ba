"""The clustering board as a facilitator drives it: dragging cards between themes, moving them
with the keyboard, creating, renaming, merging, splitting and deleting themes, undo of each,
the origin on the cards, the filter, and a board of 2,000 ideas. Every check looks at the
screen (the column models) and at the database."""

from __future__ import annotations

import time
import warnings
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.qt.undo import ChangeBus, push
from smartcity_desktop.qt.views.board import BoardView
from smartcity_desktop.qt.views.board.common import MIME_IDEAS, ROLE_ORIGIN
from smartcity_desktop.qt.views.board.dialogs import ThemeNameDialog, ThemePicker
from smartcity_desktop.services.commands import Change
from smartcity_desktop.services.ideas import capture, commands
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.storage.models import Theme

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ARABIC = "مواعيد الحافلات في المساء"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def data(db, project, workshop):
    themes = {n: projects.add_theme(db, project.id, n).id
              for n in ("Mobility", "Green spaces", "Energy")}
    person = participants.register_participant(db, workshop.id, participants.ParticipantInput())

    def add(text, theme=None, **kw):
        return capture.add_idea(db, workshop.id, IdeaInput(
            text=text, theme_id=themes.get(theme), **kw))

    ideas = {
        "night_bus": add("Night buses to the suburbs", "Mobility", kind=IdeaKind.NEED,
                         source=IdeaSource.PAPER, author_participant_id=person.id,
                         sdgs=(11, 3)),
        "bike": add("Bike lanes on Ring 2", "Mobility", title="Bikes"),
        "school": add("Car-free school streets", "Mobility"),
        "parks": add("Pocket parks", "Green spaces", source=IdeaSource.STICKY,
                     author_table_group="Table 3"),
        "repair": add("Repair café", source=IdeaSource.KIOSK),
    }
    return SimpleNamespace(themes=themes, ideas=ideas, person=person)


@pytest.fixture
def board(db, project, workshop, data, qtbot):
    stack = QUndoStack()
    bus = ChangeBus()
    view = BoardView(db, stack, bus)
    view._test_refs = (stack, bus)  # keep them alive with the view
    undo = stack.createUndoAction(view)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    view.addAction(undo)
    redo = stack.createRedoAction(view)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    view.addAction(redo)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.set_scope(project.id, workshop.id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.stack, view.bus = stack, bus
    return view


def column(view, name):
    return next(c for c in view.columns() if c.name() == name)


def screen(view) -> dict[str, list[str]]:
    """What the board shows: column name -> card texts (not titles), top to bottom."""
    return {c.name(): [card.text for card in c.model.cards] for c in view.columns()}


def db_theme(db, idea_id):
    return capture.get_idea(db, idea_id).data.theme_id


def live_theme_names(db, project_id):
    return [t.name for t in projects.list_themes(db, project_id)]


def click_card(view, column_name, text, modifier=Qt.KeyboardModifier.NoModifier):
    col = column(view, column_name)
    row = next(n for n, c in enumerate(col.model.cards) if c.text == text)
    rect = col.list.visualRect(col.model.index(row))
    QTest.mouseClick(col.list.viewport(), LEFT, modifier, rect.center())
    return col


def type_text(widget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


BEFORE = {
    "No theme": ["Repair café"],
    "Energy": [],
    "Green spaces": ["Pocket parks"],
    "Mobility": ["Night buses to the suburbs", "Bike lanes on Ring 2", "Car-free school streets"],
}


# --------------------------------------------------------------------------- showing


def test_columns_are_the_themes_by_name_after_no_theme(board):
    assert [c.name() for c in board.columns()] == ["No theme", "Energy", "Green spaces",
                                                   "Mobility"]
    assert screen(board) == BEFORE
    assert column(board, "Mobility").count_label.text() == "3"
    assert board.count_label.text() == "5 card(s)"
    assert "Mobility" in column(board, "Mobility").list.accessibleName()
    # An empty theme says what to do with it.
    assert "Drag cards here" in column(board, "Energy").list.empty_text


def test_origin_kind_and_sdgs_are_on_the_card(board, data):
    mob = column(board, "Mobility")
    index = mob.model.index(0)
    origin = index.data(ROLE_ORIGIN)
    assert origin == f"Paper form · {data.person.code}"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Need:" in tip and "Paper form" in tip and data.person.code in tip
    assert "SDGs: 3, 11" in tip
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == tip
    parks = column(board, "Green spaces").model.index(0)
    assert parks.data(ROLE_ORIGIN) == "Sticky note · Table 3"
    assert column(board, "No theme").model.index(0).data(ROLE_ORIGIN) == "Kiosk"
    assert mob.model.index(1).data(Qt.ItemDataRole.DisplayRole) == \
        "Bikes — Bike lanes on Ring 2"


def test_project_scope_names_the_workshop_of_table_groups(db, project, board, data):
    second = projects.create_workshop(db, project.id, "W2", "Second")
    capture.add_idea(db, second.id, IdeaInput(text="Tram", theme_id=data.themes["Mobility"],
                                              author_table_group="Table 1"))
    board.set_scope(project.id, None)
    mob = column(board, "Mobility")
    assert [c.text for c in mob.model.cards][-1] == "Tram"
    assert mob.model.index(3).data(ROLE_ORIGIN) == "Live · W2 · Table 1"
    assert board.count_label.text() == "6 card(s)"


# --------------------------------------------------------------------------- drag and drop


def test_drop_through_the_model_moves_the_card_and_undo_puts_it_back(db, board, data):
    mob, green = column(board, "Mobility"), column(board, "Green spaces")
    mime = mob.model.mimeData([mob.model.index(1)])
    assert mime.hasFormat(MIME_IDEAS) and mime.text() == "Bikes — Bike lanes on Ring 2"
    assert not mob.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, mob.model.index(0))
    assert green.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, green.model.index(0))
    assert green.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, green.model.index(0))

    after = screen(board)
    assert after["Mobility"] == ["Night buses to the suburbs", "Car-free school streets"]
    assert after["Green spaces"] == ["Bike lanes on Ring 2", "Pocket parks"]  # oldest first
    assert db_theme(db, data.ideas["bike"]) == data.themes["Green spaces"]
    assert capture.get_idea(db, data.ideas["bike"]).data.title == "Bikes"  # other fields kept
    assert board.stack.count() == 1
    assert "Move 1 card(s)" in board.stack.undoText()
    assert green.count_label.text() == "2" and mob.count_label.text() == "2"

    board.stack.undo()
    assert screen(board) == BEFORE
    assert db_theme(db, data.ideas["bike"]) == data.themes["Mobility"]
    board.stack.redo()
    assert db_theme(db, data.ideas["bike"]) == data.themes["Green spaces"]
    assert "Bike lanes on Ring 2" in screen(board)["Green spaces"]


def test_cards_are_kept_in_the_order_they_were_written(db, board, data):
    green = column(board, "Green spaces")
    mob = column(board, "Mobility")
    green.model.dropMimeData(mob.model.mimeData([mob.model.index(2), mob.model.index(0)]),
                             Qt.DropAction.MoveAction, -1, 0, green.model.index(-1))
    # Oldest first: the night bus (1st idea), the school streets (3rd), the parks (4th).
    assert screen(board)["Green spaces"] == ["Night buses to the suburbs",
                                             "Car-free school streets", "Pocket parks"]


def send_drop(target_list, mime):
    """The events a drag over ``target_list`` and a drop on it deliver (a real mouse drag
    needs a window system; the offscreen platform starts none)."""
    viewport = target_list.viewport()
    pos = QPoint(viewport.width() // 2, 20)
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, actions, mime, LEFT, Qt.KeyboardModifier.NoModifier)
        move = QDragMoveEvent(pos, actions, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(pos), actions, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return enter, move, drop


def test_drop_event_on_another_column_moves_and_ctrl_z_undoes(db, board, data, qtbot):
    mob, energy = column(board, "Mobility"), column(board, "Energy")
    mime = mob.model.mimeData([mob.model.index(0), mob.model.index(2)])
    enter, move, drop = send_drop(energy.list, mime)
    assert enter.isAccepted() and move.isAccepted() and drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.MoveAction
    assert screen(board)["Energy"] == ["Night buses to the suburbs", "Car-free school streets"]
    assert screen(board)["Mobility"] == ["Bike lanes on Ring 2"]
    assert db_theme(db, data.ideas["night_bus"]) == data.themes["Energy"]
    assert db_theme(db, data.ideas["school"]) == data.themes["Energy"]
    # The drag that started it asks its model to remove the rows: nothing is removed.
    assert mob.model.removeRows(0, 1) is False and mob.model.rowCount() == 1
    # The moved cards are selected in their new column.
    qtbot.waitUntil(lambda: board.current_column() is energy)
    assert set(board.selected_ids()) == {data.ideas["night_bus"], data.ideas["school"]}

    QTest.keySequence(energy.list, QKeySequence.StandardKey.Undo)
    assert screen(board) == BEFORE
    assert db_theme(db, data.ideas["night_bus"]) == data.themes["Mobility"]


def test_drop_on_the_column_it_came_from_is_refused(db, board, data):
    mob = column(board, "Mobility")
    mime = mob.model.mimeData([mob.model.index(0)])
    _, move, drop = send_drop(mob.list, mime)
    assert not move.isAccepted() and not drop.isAccepted()
    assert board.stack.count() == 0 and screen(board) == BEFORE


def test_foreign_drops_are_refused(board):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("some text from another program")
    _, move, drop = send_drop(column(board, "Energy").list, mime)
    assert not drop.isAccepted() and board.stack.count() == 0


def test_drop_on_a_column_header_counts_too(db, board, data):
    mob, energy = column(board, "Mobility"), column(board, "Energy")
    mime = mob.model.mimeData([mob.model.index(1)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 10), Qt.DropAction.MoveAction, mime, LEFT,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(energy, enter)
    assert enter.isAccepted() and energy.property("dropTarget") is True
    drop = QDropEvent(QPointF(20, 10), Qt.DropAction.MoveAction, mime, LEFT,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(energy, drop)
    assert drop.isAccepted() and energy.property("dropTarget") is False
    assert screen(board)["Energy"] == ["Bike lanes on Ring 2"]
    assert db_theme(db, data.ideas["bike"]) == data.themes["Energy"]


def test_drop_on_no_theme_takes_cards_out_of_their_theme(db, board, data):
    green, none = column(board, "Green spaces"), column(board, "No theme")
    send_drop(none.list, green.model.mimeData([green.model.index(0)]))
    assert screen(board)["No theme"] == ["Pocket parks", "Repair café"]
    assert db_theme(db, data.ideas["parks"]) is None


# --------------------------------------------------------------------------- keyboard


def test_m_picks_a_theme_by_typing_and_moves_the_card(db, board, data, drive_modal, qtbot):
    mob = click_card(board, "Mobility", "Bike lanes on Ring 2")
    assert board.selected_ids() == [data.ideas["bike"]]

    def fill(picker):
        assert isinstance(picker, ThemePicker)
        names = [picker.list.item(r).text() for r in range(picker.list.count())]
        assert names == ["No theme", "Energy", "Green spaces"]  # not the card's own theme
        qtbot.keyClicks(picker.search, "gre")
        assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
            "Green spaces", "New theme “gre”"]
        QTest.keyClick(picker.search, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(mob.list, Qt.Key.Key_M), fill)
    assert "Bike lanes on Ring 2" in screen(board)["Green spaces"]
    assert db_theme(db, data.ideas["bike"]) == data.themes["Green spaces"]
    assert board.current_column() is column(board, "Green spaces")
    assert board.selected_ids() == [data.ideas["bike"]]
    board.stack.undo()
    assert screen(board) == BEFORE


def test_picker_arrow_keys_choose_no_theme(db, board, data, drive_modal):
    green = click_card(board, "Green spaces", "Pocket parks")

    def fill(picker):
        QTest.keyClick(picker.search, Qt.Key.Key_Down)
        QTest.keyClick(picker.search, Qt.Key.Key_Up)
        assert picker.list.currentItem().text() == "No theme"
        QTest.keyClick(picker.search, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(green.list, Qt.Key.Key_M), fill)
    assert db_theme(db, data.ideas["parks"]) is None
    assert screen(board)["No theme"] == ["Pocket parks", "Repair café"]


def test_typing_a_new_name_in_the_picker_splits_into_a_new_theme(db, project, board, data,
                                                                 drive_modal, qtbot):
    mob = click_card(board, "Mobility", "Night buses to the suburbs")
    click_card(board, "Mobility", "Car-free school streets", CTRL)

    def fill(picker):
        qtbot.keyClicks(picker.search, "Night  life")
        assert picker.list.currentItem().text() == "New theme “Night life”"
        QTest.keyClick(picker.search, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(mob.list, Qt.Key.Key_M), fill)
    assert screen(board)["Night life"] == ["Night buses to the suburbs",
                                           "Car-free school streets"]
    assert "Night life" in live_theme_names(db, project.id)
    assert board.stack.count() == 1  # one step for the theme and the move
    board.stack.undo()
    assert "Night life" not in live_theme_names(db, project.id)
    assert screen(board) == BEFORE


def test_ctrl_shift_arrows_move_cards_one_theme_over(db, board, data):
    mob = click_card(board, "Mobility", "Bike lanes on Ring 2")
    QTest.keyClick(mob.list, Qt.Key.Key_Left, CTRL | SHIFT)
    assert "Bike lanes on Ring 2" in screen(board)["Green spaces"]
    green = column(board, "Green spaces")
    assert board.current_column() is green and green.list.hasFocus()
    # The card stays selected, so the same keys carry it further.
    QTest.keyClick(green.list, Qt.Key.Key_Left, CTRL | SHIFT)
    assert screen(board)["Energy"] == ["Bike lanes on Ring 2"]
    assert db_theme(db, data.ideas["bike"]) == data.themes["Energy"]
    energy = column(board, "Energy")
    QTest.keyClick(energy.list, Qt.Key.Key_Left, CTRL | SHIFT)
    assert db_theme(db, data.ideas["bike"]) is None
    QTest.keyClick(column(board, "No theme").list, Qt.Key.Key_Left, CTRL | SHIFT)  # no further
    assert board.stack.count() == 3
    for _ in range(3):
        board.stack.undo()
    assert screen(board) == BEFORE and db_theme(db, data.ideas["bike"]) == data.themes["Mobility"]


def test_ctrl_arrows_go_from_column_to_column(board):
    mob = click_card(board, "Mobility", "Bike lanes on Ring 2")
    QTest.keyClick(mob.list, Qt.Key.Key_Left, CTRL)
    green = column(board, "Green spaces")
    assert green.list.hasFocus() and board.current_column() is green
    assert mob.list.selectionModel().selectedIndexes() == []  # one column's selection at a time
    QTest.keyClick(green.list, Qt.Key.Key_Down, SHIFT)
    QTest.keyClick(green.list, Qt.Key.Key_Right, CTRL)
    assert mob.list.hasFocus()


def test_tab_into_a_column_selects_a_card_for_the_keys(db, board, data, drive_modal):
    board.filter_edit.setFocus()
    QTest.keyClick(board.filter_edit, Qt.Key.Key_Tab)
    none = column(board, "No theme")
    assert none.list.hasFocus() and board.current_column() is none
    assert board.selected_ids() == [data.ideas["repair"]]
    QTest.keyClick(none.list, Qt.Key.Key_Tab)
    assert column(board, "Energy").list.hasFocus()  # an empty theme takes the focus too
    assert board.rename_action.isEnabled() and not board.move_action.isEnabled()


def test_context_menu_move_to(db, board, data):
    green = click_card(board, "Green spaces", "Pocket parks")
    menu = board.build_menu(green)
    move_to = next(a for a in menu.actions() if a.menu() and a.text() == "Move &to").menu()
    targets = [a.text() for a in move_to.actions()]
    assert targets == ["No theme", "Energy", "Mobility"]
    move_to.actions()[2].trigger()
    assert db_theme(db, data.ideas["parks"]) == data.themes["Mobility"]
    assert screen(board)["Mobility"][-1] == "Pocket parks"


def test_enter_on_a_card_edits_the_idea(db, board, data, drive_modal):
    from smartcity_desktop.qt.dialogs import IdeaDialog

    green = click_card(board, "Green spaces", "Pocket parks")

    def fill(dialog):
        assert isinstance(dialog, IdeaDialog)
        dialog.ui.textEdit.setPlainText("Pocket parks with benches")
        QTest.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)

    drive_modal(lambda: QTest.keyClick(green.list, Qt.Key.Key_Return), fill)
    assert screen(board)["Green spaces"] == ["Pocket parks with benches"]
    assert capture.get_idea(db, data.ideas["parks"]).data.text == "Pocket parks with benches"
    assert green.model.index(0).data(ROLE_ORIGIN) == "Sticky note · Table 3"  # origin kept
    board.stack.undo()
    assert screen(board) == BEFORE


# --------------------------------------------------------------------------- theme actions


def test_merge_through_the_ui_and_undo(db, project, board, data, drive_modal, qtbot):
    mob = click_card(board, "Mobility", "Bike lanes on Ring 2")

    def fill(picker):
        names = [picker.list.item(r).text() for r in range(picker.list.count())]
        assert names == ["Energy", "Green spaces"]  # no "No theme", no new theme
        assert "Merge “Mobility” into which theme?" in picker.prompt.text()
        qtbot.keyClicks(picker.search, "ENER")
        QTest.keyClick(picker.search, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(mob.list, Qt.Key.Key_M, CTRL | SHIFT), fill)
    assert [c.name() for c in board.columns()] == ["No theme", "Energy", "Green spaces"]
    assert screen(board)["Energy"] == BEFORE["Mobility"]
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces"]
    with db.session() as s:
        assert s.get(Theme, data.themes["Mobility"]).deleted
    assert board.current_column() is column(board, "Energy")

    board.stack.undo()
    assert screen(board) == BEFORE
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]


def test_split_through_the_ui_and_undo(db, project, board, data, drive_modal):
    mob = click_card(board, "Mobility", "Bike lanes on Ring 2")
    click_card(board, "Mobility", "Car-free school streets", CTRL)
    assert len(board.selected_ids()) == 2

    def fill(dialog):
        assert isinstance(dialog, ThemeNameDialog)
        assert "2 selected card(s) of “Mobility”" in dialog.prompt.text()
        type_text(dialog.name_edit, "Active travel")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(mob.list, Qt.Key.Key_S, CTRL | SHIFT), fill)
    assert screen(board)["Active travel"] == ["Bike lanes on Ring 2", "Car-free school streets"]
    assert screen(board)["Mobility"] == ["Night buses to the suburbs"]
    new_id = db_theme(db, data.ideas["bike"])
    assert new_id not in data.themes.values()
    assert db_theme(db, data.ideas["school"]) == new_id
    assert board.current_column() is column(board, "Active travel")
    board.stack.undo()
    assert screen(board) == BEFORE
    assert "Active travel" not in live_theme_names(db, project.id)


def test_split_with_a_taken_name_explains_and_changes_nothing(db, project, board, data,
                                                              drive_modal):
    click_card(board, "Mobility", "Bike lanes on Ring 2")

    def fill(dialog):
        type_text(dialog.name_edit, "green SPACES")
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        assert dialog.isVisible()
        assert dialog.error_label.isVisibleTo(dialog)
        assert "already has a theme called “Green spaces”" in dialog.error_label.text()
        dialog.name_edit.clear()
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        assert "Type a name" in dialog.error_label.text()
        dialog.name_edit.setText("x" * 201)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        assert "201 characters" in dialog.error_label.text()
        dialog.reject()

    drive_modal(lambda: board.split_action.trigger(), fill)
    assert board.stack.count() == 0 and screen(board) == BEFORE
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility"]


def test_new_theme_from_unthemed_cards(db, project, board, data, drive_modal):
    none = click_card(board, "No theme", "Repair café")

    def fill(dialog):
        assert "1 selected card(s):" in dialog.prompt.text()
        type_text(dialog.name_edit, "Reuse")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(none.list, Qt.Key.Key_S, CTRL | SHIFT), fill)
    assert screen(board)["Reuse"] == ["Repair café"] and screen(board)["No theme"] == []
    assert board.stack.count() == 1
    board.stack.undo()
    assert screen(board) == BEFORE and "Reuse" not in live_theme_names(db, project.id)
    board.stack.redo()
    assert screen(board)["Reuse"] == ["Repair café"]


def test_rename_with_f2_in_any_script_and_undo(db, project, board, data, drive_modal):
    green = click_card(board, "Green spaces", "Pocket parks")

    def fill(dialog):
        assert dialog.name_edit.text() == "Green spaces"
        dialog.name_edit.setText(ARABIC)  # QTest cannot type Arabic
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(green.list, Qt.Key.Key_F2), fill)
    assert ARABIC in [c.name() for c in board.columns()]
    renamed = column(board, ARABIC)
    assert renamed.theme.id == data.themes["Green spaces"]
    assert renamed.name_label.full_text() == ARABIC
    assert ARABIC in live_theme_names(db, project.id)
    board.stack.undo()
    assert "Green spaces" in live_theme_names(db, project.id)
    assert [c.name() for c in board.columns()] == ["No theme", "Energy", "Green spaces",
                                                   "Mobility"]


def test_new_theme_with_ctrl_shift_t(db, project, board, drive_modal):
    def fill(dialog):
        type_text(dialog.name_edit, "Blåbær og ærfugl")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    drive_modal(lambda: QTest.keyClick(column(board, "Energy").list, Qt.Key.Key_T,
                                       CTRL | SHIFT), fill)
    assert "Blåbær og ærfugl" in live_theme_names(db, project.id)
    new = column(board, "Blåbær og ærfugl")
    assert board.columns().index(new) == 1  # in name order
    assert new.model.rowCount() == 0 and board.current_column() is new
    QTest.keyClick(new.list, Qt.Key.Key_Tab)  # Tab follows the columns as shown
    assert column(board, "Energy").list.hasFocus()
    board.stack.undo()
    assert "Blåbær og ærfugl" not in live_theme_names(db, project.id)
    assert [c.name() for c in board.columns()] == list(BEFORE)


def test_a_refused_redo_is_explained_and_leaves_the_stack(db, project, board, drive_modal):
    from smartcity_desktop.services.ideas import clustering

    def fill(dialog):
        type_text(dialog.name_edit, "Safety")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    drive_modal(board.new_theme_action.trigger, fill)
    board.stack.undo()
    # Meanwhile (another device, a sync) the project got a theme of that name.
    clustering.create_theme(db, project.id, "SAFETY")
    board.refresh()

    def explain(box):
        assert "already has a theme called “SAFETY”" in box.text()
        box.accept()

    drive_modal(board.stack.redo, explain)
    assert board.stack.count() == 0 and not board.stack.canRedo()
    assert live_theme_names(db, project.id) == ["Energy", "Green spaces", "Mobility", "SAFETY"]
    assert [c.name() for c in board.columns()][-1] == "SAFETY"


def test_delete_theme_sends_cards_to_no_theme_and_undo(db, project, board, data):
    click_card(board, "Mobility", "Bike lanes on Ring 2")
    board.delete_action.trigger()
    assert "Mobility" not in [c.name() for c in board.columns()]
    assert screen(board)["No theme"] == BEFORE["Mobility"] + ["Repair café"]
    assert all(db_theme(db, data.ideas[k]) is None for k in ("night_bus", "bike", "school"))
    board.stack.undo()
    assert screen(board) == BEFORE


def test_actions_follow_the_selection(board):
    assert not board.move_action.isEnabled() and not board.rename_action.isEnabled()
    assert board.new_theme_action.isEnabled()
    click_card(board, "No theme", "Repair café")
    assert board.move_action.isEnabled() and board.split_action.isEnabled()
    assert not board.rename_action.isEnabled()  # "No theme" is not a theme
    click_card(board, "Mobility", "Bike lanes on Ring 2")
    assert board.rename_action.isEnabled() and board.merge_action.isEnabled()


# --------------------------------------------------------------------------- other writers


def test_changes_made_elsewhere_reach_the_board_and_keep_the_selection(db, board, data):
    mob = click_card(board, "Mobility", "Car-free school streets")
    # The Ideas view deletes another idea of the same column through the same stack and bus.
    push(board.stack, commands.DeleteIdeas(db, (data.ideas["night_bus"],)), "Delete",
         board.bus)
    assert screen(board)["Mobility"] == ["Bike lanes on Ring 2", "Car-free school streets"]
    assert board.selected_ids() == [data.ideas["school"]]  # still the same card
    # An edit that changes the theme moves the card; an edit of the text shows the new text.
    snap = capture.get_idea(db, data.ideas["parks"])
    from dataclasses import replace
    push(board.stack, commands.EditIdea(db, snap.id, replace(snap.data, text="Pocket parks!",
                                                             theme_id=data.themes["Energy"])),
         "Edit", board.bus)
    assert screen(board)["Energy"] == ["Pocket parks!"]
    assert mob.model.rowCount() == 2


def test_hidden_board_catches_up_when_shown(db, board, data):
    board.hide()
    capture.update_idea(db, data.ideas["repair"], IdeaInput(
        text="Repair café", source=IdeaSource.KIOSK, theme_id=data.themes["Energy"]))
    board.bus.ideas_changed.emit(Change(updated=(data.ideas["repair"],)))
    assert screen(board)["Energy"] == []  # not read while hidden
    board.show()
    assert screen(board)["Energy"] == ["Repair café"]


def test_filter_shows_matching_cards_only(board, data, qtbot):
    qtbot.keyClicks(board.filter_edit, "table 3")
    qtbot.waitUntil(lambda: board.count_label.text() == "1 of 5 card(s)")
    assert screen(board) == {"No theme": [], "Energy": [], "Green spaces": ["Pocket parks"],
                             "Mobility": []}
    assert column(board, "Mobility").count_label.text() == "0 of 3"
    assert "matches the filter" in column(board, "Mobility").list.empty_text
    board.filter_edit.clear()
    qtbot.waitUntil(lambda: board.count_label.text() == "5 card(s)")
    assert screen(board) == BEFORE


def test_typing_m_in_the_filter_filters_and_does_not_move(board, qtbot):
    click_card(board, "Mobility", "Bike lanes on Ring 2")
    board.filter_edit.setFocus()
    qtbot.keyClicks(board.filter_edit, "ma")
    assert board.filter_edit.text() == "ma"
    qtbot.waitUntil(lambda: board.count_label.text() == "0 of 5 card(s)")
    assert QApplication.activeModalWidget() is None and board.stack.count() == 0


def test_no_scope_shows_a_hint(board):
    board.set_scope(None, None)
    assert board.columns() == [] and board.empty_label.isVisible()
    assert not board.new_theme_action.isEnabled()


# --------------------------------------------------------------------------- size


def test_two_thousand_ideas_build_and_move_quickly(db, project, workshop, data, qtbot):
    inputs = [IdeaInput(text=f"Idea {n}: a longer text about buses, parks and light " * 2,
                        sdgs=(11, 13), theme_id=list(data.themes.values())[n % 3])
              for n in range(2000)]
    capture.add_ideas_in_one_transaction(db, workshop.id, inputs)
    stack, bus = QUndoStack(), ChangeBus()
    view = BoardView(db, stack, bus)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    start = time.perf_counter()
    view.set_scope(project.id, workshop.id)
    view.repaint()
    build = time.perf_counter() - start
    assert view.count_label.text() == "2005 card(s)"
    assert build < 1.5, f"building the board took {build:.2f} s"
    mob = column(view, "Mobility")
    ids = [c.id for c in mob.model.cards[:50]]
    start = time.perf_counter()
    view.move_cards(ids, data.themes["Energy"])
    view.repaint()
    move = time.perf_counter() - start
    assert column(view, "Energy").model.rowCount() == 666 + 50
    assert move < 1.0, f"moving 50 of 2,000 cards took {move:.2f} s"
    print(f"\nboard of 2,005 cards: built in {build * 1000:.0f} ms, "
          f"50 cards moved in {move * 1000:.0f} ms")
