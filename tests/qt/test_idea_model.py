"""The lazy ideas table model: ids up front, rows in pages on demand, and row-level updates
(never a reset) when a write comes in."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from smartcity_desktop.qt.idea_model import IdeaTableModel
from smartcity_desktop.qt.paged_rows import MAX_CACHED_PAGES, PAGE
from smartcity_desktop.services.ideas import capture, commands
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.records import new_record
from smartcity_desktop.storage.models import Idea

DISPLAY = Qt.ItemDataRole.DisplayRole
N = 5000


def bulk_ideas(db, workshop_id: str, n: int) -> None:
    """``n`` ideas in one transaction (the FTS triggers run as for any insert)."""
    with db.session() as s:
        s.add_all(new_record(db, Idea, workshop_id=workshop_id,
                             text=f"{'Sykkel' if i % 10 == 0 else 'Buss'} forslag {i}")
                  for i in range(n))
        s.commit()


@pytest.fixture
def many(db, workshop):
    bulk_ideas(db, workshop.id, N)
    return workshop


class Signals:
    def __init__(self, model) -> None:
        self.resets = 0
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.changed: list[int] = []
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(lambda _p, a, b: self.inserted.append((a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.removed.append((a, b)))
        model.dataChanged.connect(lambda a, _b, _r=None: self.changed.append(a.row()))

    def _reset(self) -> None:
        self.resets += 1


def test_pages_are_fetched_only_when_shown(db, many, qtbot):
    model = IdeaTableModel(db)
    started = time.perf_counter()
    model.set_query(IdeaQuery(workshop_id=many.id))
    assert time.perf_counter() - started < 2.0
    assert model.rowCount() == N
    assert model.columnCount() == len(IdeaTableModel.COLUMNS)
    assert len(model._pages) == 0  # ids only, no rows yet
    assert capture.count_ideas(db, many.id) == N

    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=many.id))
    assert model._rowids == rowids
    first = model.data(model.index(0, 0), DISPLAY)
    assert list(model._pages) == [0]
    assert first == f"{'Sykkel' if (N - 1) % 10 == 0 else 'Buss'} forslag {N - 1}"
    model.data(model.index(PAGE - 1, 0), DISPLAY)
    assert list(model._pages) == [0]
    last = model.data(model.index(N - 1, 0), DISPLAY)
    assert last == "Sykkel forslag 0"
    assert list(model._pages) == [0, (N - 1) // PAGE]
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Idea"

    # Scrolling through everything keeps at most MAX_CACHED_PAGES pages.
    for row in range(0, N, PAGE):
        model.data(model.index(row, 0), DISPLAY)
    assert len(model._pages) == MAX_CACHED_PAGES


def test_a_table_view_fetches_only_the_visible_page(db, many, qtbot):
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery(workshop_id=many.id))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: 0 in model._pages)  # painted
    assert list(model._pages) == [0]
    view.scrollToBottom()
    qtbot.waitUntil(lambda: (N - 1) // PAGE in model._pages)
    assert len(model._pages) <= 3


def test_search_over_many_ideas(db, many):
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery(workshop_id=many.id, text="sykkel"))
    assert model.rowCount() == N // 10
    assert len(model._pages) == 0
    assert all(model.data(model.index(r, 0), DISPLAY).startswith("Sykkel")
               for r in range(0, model.rowCount(), 37))


def test_an_added_idea_is_inserted_at_the_top_without_a_reset(db, many):
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery(workshop_id=many.id))
    model.data(model.index(0, 0), DISPLAY)
    signals = Signals(model)

    command = commands.AddIdea(db, many.id, IdeaInput("Ny sykkelvei", sdgs=(11,)))
    model.apply_change(command.redo())
    assert signals.resets == 0
    assert signals.inserted == [(0, 0)]
    assert model.rowCount() == N + 1
    assert model.idea_id_at(0) == command.idea_id
    assert model.data(model.index(0, 0), DISPLAY) == "Ny sykkelvei"
    assert model.data(model.index(0, 3), DISPLAY) == "11"
    assert model._rowids == capture.idea_rowids(db, IdeaQuery(workshop_id=many.id))

    model.apply_change(command.undo())
    assert signals.removed == [(0, 0)] and signals.resets == 0
    assert model.rowCount() == N
    assert capture.get_idea(db, command.idea_id).deleted


def test_an_added_idea_outside_the_filter_is_not_shown(db, many):
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery(workshop_id=many.id, text="sykkel"))
    signals = Signals(model)
    model.apply_change(commands.AddIdea(db, many.id, IdeaInput("Flere benker")).redo())
    assert model.rowCount() == N // 10 and not signals.inserted and not signals.resets
    model.apply_change(commands.AddIdea(db, many.id, IdeaInput("Sykkelstativ")).redo())
    assert model.rowCount() == N // 10 + 1 and signals.inserted == [(0, 0)]


def test_edits_update_move_in_and_out_of_a_filter(db, workshop):
    ids = [capture.add_idea(db, workshop.id, IdeaInput(f"Buss {n}")) for n in range(5)]
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery(workshop_id=workshop.id, text="buss"))
    assert model.rowCount() == 5
    signals = Signals(model)

    # Still matching: the row is refreshed in place.
    edit = commands.EditIdea(db, ids[2], IdeaInput("Buss til sykehuset"))
    model.apply_change(edit.redo())
    assert signals.changed == [2]
    assert model.data(model.index(2, 0), DISPLAY) == "Buss til sykehuset"
    # No longer matching: removed.
    edit = commands.EditIdea(db, ids[3], IdeaInput("Trikk"))
    model.apply_change(edit.redo())
    assert signals.removed == [(1, 1)]
    assert model.rowCount() == 4
    # Matching again after undo: back at its place.
    model.apply_change(edit.undo())
    assert signals.inserted == [(1, 1)]
    assert [model.idea_id_at(r) for r in range(5)] == ids[::-1]
    assert signals.resets == 0


def test_undoing_a_delete_restores_rows_in_order_whatever_the_id_order(db, workshop):
    ids = [capture.add_idea(db, workshop.id, IdeaInput(f"Idé {n}")) for n in range(8)]
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery(workshop_id=workshop.id))
    shown = [model.idea_id_at(r) for r in range(8)]
    assert shown == ids[::-1]
    signals = Signals(model)
    # Ids in an order unlike the display order (as a selection made bottom-up gives).
    doomed = (shown[6], shown[1], shown[4], shown[2])
    delete = commands.DeleteIdeas(db, doomed)
    model.apply_change(delete.redo())
    assert [model.idea_id_at(r) for r in range(model.rowCount())] == \
        [i for i in shown if i not in doomed]
    model.apply_change(delete.undo())
    assert [model.idea_id_at(r) for r in range(model.rowCount())] == shown
    assert signals.resets == 0
    assert model._rowids == capture.idea_rowids(db, IdeaQuery(workshop_id=workshop.id))


def test_no_scope_shows_nothing(db, workshop):
    capture.add_idea(db, workshop.id, IdeaInput("Hidden"))
    model = IdeaTableModel(db)
    model.set_query(IdeaQuery())
    assert model.rowCount() == 0
    model.apply_change(commands.AddIdea(db, workshop.id, IdeaInput("Also hidden")).redo())
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0), DISPLAY) is None
