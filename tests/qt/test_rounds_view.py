"""The Rounds view driven like a facilitator and volunteers do: creating rounds, typing wall
tallies and dot ballots, criteria scores with the digit keys, ranked short lists and the
pairwise screen with the arrow keys. Every test checks the screen and the database."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from smartcity_desktop.core.enums import PairOutcome, RoundMethod
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.results.view import ResultsView
from smartcity_desktop.qt.views.rounds import RoundsView
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import participants, projects

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

IDEAS = ("Bike lanes on Storgata", "More evening buses", "Benches with armrests",
         "Repair café in the library")


# --------------------------------------------------------------------------- driving
def key(k, modifier=NO, target=None) -> None:
    target = target or QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    QTest.keyClick(target, k, modifier)


def type_text(text: str, target=None) -> None:
    """Key by key; characters outside Latin-1 as the key events of that script's keyboard."""
    for char in text:
        widget = target or QApplication.focusWidget()
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO, char))


@pytest.fixture
def ideas(db, workshop):
    return [capture.add_idea(db, workshop.id, IdeaInput(text=t)) for t in IDEAS]


@pytest.fixture
def people(db, workshop):
    return [participants.register_participant(db, workshop.id, participants.ParticipantInput())
            for _ in range(3)]


@pytest.fixture
def host(db, project, workshop, ideas, qtbot):
    """The Rounds view in an active window with the app's undo shortcut."""
    window = QMainWindow()
    stack = QUndoStack(window)
    bus = ChangeBus(window)
    view = RoundsView(db, stack, bus, window)
    window.setCentralWidget(view)
    undo = stack.createUndoAction(window)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    window.addAction(undo)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.set_scope(project.id, workshop.id)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    return SimpleNamespace(window=window, view=view, stack=stack, bus=bus, messages=messages)


def new_round(host, method: RoundMethod, name: str, dots: int = 5) -> str:
    """Create a round through the New round dialog, as a person fills it in."""
    def fill(dialog):
        dialog.method.setCurrentIndex(dialog.method.findData(method.value))
        dialog.name.clear()
        type_text(name, dialog.name)
        if not dialog.dots.isHidden():
            dialog.dots.selectAll()
            QTest.keyClicks(dialog.dots, str(dots))
        dialog.accept()
        return 1

    host.view.exec_dialog = fill
    host.view.new_round()
    round_id = host.view.selected_round_id()
    assert round_id is not None
    return round_id


def tallies(db, round_id) -> dict[str, int]:
    return {v.idea_id: v.value for v in prioritise_votes.list_votes(db, round_id)
            if v.participant_id is None}


# --------------------------------------------------------------------------- rounds
def test_new_round_dialog_creates_the_round_and_undo_removes_it(db, workshop, host, qtbot):
    round_id = new_round(host, RoundMethod.DOTS, "Første runde – æøå", dots=3)
    stored = prioritise_rounds.get_round(db, round_id)
    assert (stored.name, stored.method, stored.dots_per_participant) == \
        ("Første runde – æøå", "dots", 3)
    assert host.view.round_labels()[0].startswith("Første runde – æøå\nDot voting")
    assert host.view.heading.text() == "Første runde – æøå"
    assert host.view.entry.currentWidget() is host.view.dots_panel
    assert "3 dot(s) per participant" in host.view.method_info.text()

    host.stack.undo()
    assert prioritise_rounds.list_rounds(db, workshop.id) == []
    qtbot.waitUntil(lambda: host.view.round_labels() == [])
    assert host.view.entry.currentWidget() is host.view.empty


def test_new_round_dialog_explains_each_method_and_hides_dots_for_others(host, qtbot):
    from smartcity_desktop.qt.prioritise.new_round import NewRoundDialog

    dialog = NewRoundDialog(["Dot voting"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Dot voting 2"  # the first free name
    texts = set()
    for n in range(dialog.method.count()):
        dialog.method.setCurrentIndex(n)
        texts.add(dialog.description.text())
        assert dialog.dots.isVisible() == (dialog.chosen_method() == RoundMethod.DOTS)
    assert len(texts) == 4 and all(texts)
    assert dialog.name.text() == "Pairwise comparison"


# --------------------------------------------------------------------------- dots
def test_wall_tallies_typed_in_give_the_ranking_with_a_tie_on_screen(db, project, workshop,
                                                                     ideas, host, qtbot):
    round_id = new_round(host, RoundMethod.DOTS, "Wall")
    panel = host.view.dots_panel
    panel.tabs.setCurrentWidget(panel.tallies)
    table = panel.tallies.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == \
        [f"{n}. {t}" for n, t in enumerate(IDEAS, 1)]
    # A tally sheet from the wall: 7, 4, 4, 1 — the 2nd and 3rd idea tie.
    table.setFocus()
    table.setCurrentCell(0, 1)
    for count, idea_id in zip(("7", "4", "4", "1"), ideas):
        type_text(count, table)
        key(Qt.Key.Key_Return, target=QApplication.focusWidget())
        qtbot.waitUntil(lambda i=idea_id, c=count: tallies(db, round_id).get(i) == int(c))
    assert tallies(db, round_id) == dict(zip(ideas, (7, 4, 4, 1)))
    assert panel.tallies.message.kind == "saved"
    assert "16 dot(s) counted" in panel.tallies.total_label.text()
    assert "16 dot(s) counted" in host.view.round_labels()[0]

    results = ResultsView(db, host.stack, host.bus)
    qtbot.addWidget(results)
    results.set_scope(project.id, workshop.id)
    rows = results.ranking_rows()
    assert rows == [("1", IDEAS[0], "7", "0"),
                    ("=2", IDEAS[2], "4", "0"),   # tied ideas are listed by their text
                    ("=2", IDEAS[1], "4", "0"),
                    ("4", IDEAS[3], "1", "0")]
    assert "share a rank" in results.summary.text()
    assert "no voter" in results.summary.text()  # tallies have no voters: said on screen

    # Undo takes the last count away, in the database and in the table.
    host.stack.undo()
    assert tallies(db, round_id) == dict(zip(ideas[:3], (7, 4, 4)))
    qtbot.waitUntil(lambda: table.item(3, 1).data(Qt.ItemDataRole.EditRole) == 0)


def test_dot_colours_count_per_group(db, project, workshop, ideas, host, qtbot):
    round_id = new_round(host, RoundMethod.DOTS, "Colours")
    tally = host.view.dots_panel.tallies
    stakeholder = next(d for d in projects.list_dimensions(db, project.id) if d.is_stakeholder)
    resident, business = stakeholder.categories[0], stakeholder.categories[1]

    def choose(dialog):
        assert dialog.dimension.currentData() == "stakeholder"  # offered first
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if item.text().split(" — ")[0] in (resident.label, business.label):
                item.setCheckState(Qt.CheckState.Checked)
        return 1

    tally.exec_dialog = choose
    tally.edit_colours()
    headers = [tally.table.horizontalHeaderItem(c).text() for c in range(tally.table.columnCount())]
    assert headers == ["Idea", f"Red: {resident.label}", f"Blue: {business.label}", "Total"]
    tally.set_count(ideas[0], 3, resident.id)
    tally.set_count(ideas[0], 2, business.id)
    votes = {(v.idea_id, v.category_id): v.value for v in prioritise_votes.list_votes(db, round_id)}
    assert votes == {(ideas[0], resident.id): 3, (ideas[0], business.id): 2}
    assert tally.table.item(0, 3).text() == "5"
    # Coming back to the round later, the colours come from the saved counts.
    host.view.refresh()
    headers = [tally.table.horizontalHeaderItem(c).text() for c in range(tally.table.columnCount())]
    assert headers[1:3] == [f"Red: {resident.label}", f"Blue: {business.label}"]


def test_a_ballot_with_too_many_dots_is_refused_and_nothing_saved(db, workshop, ideas, people,
                                                                 host, qtbot):
    round_id = new_round(host, RoundMethod.DOTS, "Ballots", dots=3)
    ballot = host.view.dots_panel.ballots
    host.view.dots_panel.tabs.setCurrentWidget(ballot)
    ballot.code.setFocus()
    type_text(people[0].code.lower())  # typed in lower case: still the code
    key(Qt.Key.Key_Return)
    assert ballot.picker.filter.hasFocus()
    # Four dots: the first idea twice (by its number), then two others.
    for needle in ("1", "1", "Benches", "Repair"):
        ballot.picker.filter.clear()
        type_text(needle)
        key(Qt.Key.Key_Return)
    assert ballot.total() == 4
    assert ballot.counter.text() == "1 dot(s) too many"
    key(Qt.Key.Key_Return, CTRL)
    assert ballot.message.kind == "error"
    assert "3 dots" in ballot.message.text() and "gives 4" in ballot.message.text()
    assert prioritise_votes.list_votes(db, round_id) == []
    assert host.stack.count() == 1  # only the new round: nothing else on the undo stack
    assert ballot.total() == 4     # what was typed stays, to be corrected

    # Take one dot off the "Repair café" line and record again.
    ballot.ballot.setFocus()
    ballot.ballot.setCurrentRow(2)
    key(Qt.Key.Key_Delete)
    assert ballot.counter.text() == "0 of 3 dots left"
    key(Qt.Key.Key_Return, CTRL)
    assert ballot.message.kind == "saved"
    votes = prioritise_votes.list_votes(db, round_id)
    assert sorted((v.idea_id, v.value, v.participant_code) for v in votes) == sorted(
        [(ideas[0], 2, people[0].code), (ideas[2], 1, people[0].code)])
    assert ballot.total() == 0 and ballot.code.text() == ""
    assert ballot.code.hasFocus()
    assert "1 ballot(s) recorded" == ballot.recorded.text()

    # The same participant has no dots left: a second ballot is refused.
    type_text(people[0].code)
    assert ballot.counter.text() == "0 of 0 dots left"  # the counter knows the earlier ballot
    ballot.add_dot(ideas[3])
    assert ballot.counter.text() == "1 dot(s) too many"
    key(Qt.Key.Key_Return, CTRL)
    assert ballot.message.kind == "error" and "used 3 already" in ballot.message.text()
    assert len(prioritise_votes.list_votes(db, round_id)) == 2


@pytest.mark.parametrize("code", ["W1-999", "مواعيد الحافلات", "", "W2-001"])
def test_a_ballot_with_an_unknown_code_is_refused(db, project, workshop, ideas, people, host,
                                                 code):
    other = projects.create_workshop(db, project.id, "W2", "Other")
    participants.register_participant(db, other.id, participants.ParticipantInput())
    round_id = new_round(host, RoundMethod.DOTS, "Codes")
    ballot = host.view.dots_panel.ballots
    ballot.code.setText(code)
    ballot.add_dot(ideas[0])
    assert not ballot.record()
    assert ballot.message.kind == "error"
    assert (code.upper() in ballot.message.text()) if code else \
        "participant code" in ballot.message.text()
    assert ballot.code.property("problem") is True
    assert prioritise_votes.list_votes(db, round_id) == []


# --------------------------------------------------------------------------- criteria
def test_criteria_scores_typed_with_digits_move_on_and_save(db, project, workshop, ideas, people,
                                                            host, qtbot):
    round_id = new_round(host, RoundMethod.CRITERIA, "Criteria")
    panel = host.view.criteria_panel
    criteria = projects.list_criteria(db, project.id)
    assert [r.label_text for r in panel.rows] == [c.label for c in criteria]
    assert panel.rows[0].weight.text() == "weight 35 %"
    panel.code.setFocus()
    type_text(people[1].code)
    key(Qt.Key.Key_Return)
    assert panel.rows[0].hasFocus()
    for digit in "4251":
        type_text(digit)
    assert [r.value for r in panel.rows] == [4, 2, 5, 1]
    assert panel.save_button.hasFocus()
    key(Qt.Key.Key_Return)
    stored = {(v.idea_id, v.criterion_id): v.value
              for v in prioritise_votes.list_votes(db, round_id)}
    assert stored == {(ideas[0], c.id): s for c, s in zip(criteria, (4, 2, 5, 1))}
    assert panel.message.kind == "saved"
    # The next idea comes up, scores cleared, focus back on the first criterion.
    assert panel.idea_id == ideas[1]
    assert [r.value for r in panel.rows] == [None] * 4
    assert panel.rows[0].hasFocus()
    # 0 clears a score; a 6 is no score at all. With nothing scored, nothing is saved.
    type_text("3")
    panel.rows[0].setFocus()
    type_text("0")
    type_text("6")
    assert [r.value for r in panel.rows] == [None] * 4
    assert not panel.save()
    assert panel.message.kind == "error"
    assert len(prioritise_votes.list_votes(db, round_id)) == 4


def test_table_group_scores(db, project, workshop, ideas, host):
    round_id = new_round(host, RoundMethod.CRITERIA, "Tables")
    panel = host.view.criteria_panel
    panel.by_group.setChecked(True)
    assert not panel.code.isEnabled() and panel.table_group.isEnabled()
    assert not panel.save()  # no group name
    assert "table group" in panel.message.text()
    panel.table_group.setText("Bord 3 – ቡድን")
    panel.set_scores({panel.rows[0].criterion_id: 5})
    assert panel.save()
    votes = prioritise_votes.list_votes(db, round_id)
    assert [(v.table_group, v.value) for v in votes] == [("Bord 3 – ቡድን", 5)]


# --------------------------------------------------------------------------- ranking
def test_ranking_ballot_ordered_with_alt_arrows(db, workshop, ideas, people, host):
    round_id = new_round(host, RoundMethod.RANKING, "Ranking")
    panel = host.view.ranking_panel
    panel.code.setFocus()
    type_text(people[2].code)
    key(Qt.Key.Key_Return)
    for needle in ("bike", "buses", "repair"):
        panel.picker.filter.clear()
        type_text(needle)
        key(Qt.Key.Key_Return)
    assert panel.short_list.idea_ids() == [ideas[0], ideas[1], ideas[3]]
    panel.picker.filter.clear()
    type_text("bike")
    key(Qt.Key.Key_Return)  # already on the list: refused, list unchanged
    assert panel.message.kind == "error" and len(panel.short_list.idea_ids()) == 3
    # Move "Repair café" to the top with Alt+Up, twice.
    panel.short_list.setFocus()
    panel.short_list.setCurrentRow(2)
    key(Qt.Key.Key_Up, ALT)
    key(Qt.Key.Key_Up, ALT)
    assert panel.short_list.idea_ids() == [ideas[3], ideas[0], ideas[1]]
    assert panel.short_list.item(0).text() == f"1. {IDEAS[3]}"
    key(Qt.Key.Key_Return, CTRL)
    assert panel.message.kind == "saved"
    votes = sorted(prioritise_votes.list_votes(db, round_id), key=lambda v: v.value)
    assert [(v.idea_id, v.value, v.ballot) for v in votes] == \
        [(ideas[3], 1, people[2].code), (ideas[0], 2, people[2].code),
         (ideas[1], 3, people[2].code)]
    assert panel.short_list.count() == 0
    # A ballot number from paper (no participant) works too; the same number twice doesn't.
    for attempt in range(2):
        panel.code.setText("B-17")
        panel.add(ideas[2])
        ok = panel.record()
        assert ok is (attempt == 0)
    assert "B-17" in panel.message.text()
    assert {v.ballot for v in prioritise_votes.list_votes(db, round_id)} == {people[2].code, "B-17"}


# --------------------------------------------------------------------------- pairwise
def test_pairwise_session_records_votes_with_the_arrow_keys(db, workshop, ideas, host, qtbot):
    round_id = new_round(host, RoundMethod.PAIRWISE, "Pairs")
    screen = host.view.pairwise
    assert host.view.entry.currentWidget() is screen
    screen.setFocus()
    qtbot.waitUntil(screen.hasFocus)
    shown = []
    for k in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Down):
        pair = screen.pair
        assert pair is not None and pair[0] != pair[1]
        assert {screen.left_card.text(), screen.right_card.text()} == \
            {dict(zip(ideas, IDEAS))[i] for i in pair}
        assert screen.left_card.text() == dict(zip(ideas, IDEAS))[pair[0]]
        shown.append(pair)
        key(k)
    votes = prioritise_votes.list_votes(db, round_id)
    assert [(v.idea_id, v.other_idea_id, v.value) for v in votes] == [
        (shown[0][0], shown[0][1], PairOutcome.A.value),
        (shown[1][0], shown[1][1], PairOutcome.B.value),
        (shown[2][0], shown[2][1], PairOutcome.CANT_DECIDE.value)]
    assert len({v.session for v in votes}) == 1 and votes[0].session == screen.session
    assert screen.progress.text() == "3 comparison(s) in this session"
    assert len(set(shown)) == 3  # a session is not shown the same pair twice while others remain
    assert "3 comparison(s)" in host.view.round_labels()[0]
    # A held-down key does not cast a row of votes.
    QApplication.sendEvent(screen, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Left, NO, "",
                                             True))
    assert len(prioritise_votes.list_votes(db, round_id)) == 3
    # Undo (Ctrl+Z) takes the last answer back.
    key(Qt.Key.Key_Z, CTRL)
    assert len(prioritise_votes.list_votes(db, round_id)) == 2
    # A new session starts counting again.
    screen.new_session_button.click()
    assert screen.count == 0 and screen.session != votes[0].session
    screen.setFocus()
    key(Qt.Key.Key_Right)
    assert prioritise_votes.list_votes(db, round_id)[-1].session == screen.session


def test_pairwise_with_an_unknown_participant_code_saves_nothing(db, workshop, ideas, host,
                                                                 monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    round_id = new_round(host, RoundMethod.PAIRWISE, "Pairs")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    screen = host.view.pairwise
    screen.who.setText("W1-404")
    screen.setFocus()
    key(Qt.Key.Key_Left)
    assert warnings and "W1-404" in warnings[0]
    assert prioritise_votes.list_votes(db, round_id) == []
    assert screen.count == 0


def test_closed_round_takes_no_votes(db, workshop, ideas, people, host):
    round_id = new_round(host, RoundMethod.DOTS, "Closed")
    host.view.exec_dialog = lambda box: next(
        b for b in box.buttons() if b.text() == "C&lose round").click()
    host.view.close_selected_round()
    assert prioritise_rounds.get_round(db, round_id).closed
    assert host.view.closed_banner.isVisible()
    assert not host.view.dots_panel.ballots.isEnabled()
    assert not host.view.close_round_action.isEnabled()
    assert "(closed)" in host.view.round_labels()[0]
    host.stack.undo()
    assert not prioritise_rounds.get_round(db, round_id).closed


def test_no_workshop_shows_a_hint(db, project, host):
    host.view.set_scope(project.id, None)
    assert host.view.pages.currentWidget() is host.view.hint
    assert not host.view.new_round_action.isEnabled()


def test_every_control_has_an_accessible_name(host, ideas):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox, QTabWidget

    for method in RoundMethod:
        new_round(host, method, method.value)
    missing = [type(w).__name__ for cls in (QAbstractItemView, QComboBox, QLineEdit, QSpinBox,
                                            QTabWidget)
               for w in host.view.findChildren(cls)
               if not w.accessibleName() and type(w).__name__ not in (
                   "QHeaderView", "QListView")  # header, combo popups
               and not isinstance(w.parent(), (QComboBox, QSpinBox))]  # their line edits
    assert missing == []
