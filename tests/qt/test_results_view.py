"""The Results view: rankings with ties, the methods side by side with Kendall's tau, the
impact/effort matrix (drag with the mouse, move with the keys, saved and restored) and results
by group (small groups never shown alone, with the notice on screen). Votes are entered through
the service; every test checks the screen and the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartcity_desktop.core.enums import RoundMethod
from smartcity_desktop.qt.labels import score_text
from smartcity_desktop.qt.matrix import QUICK_WINS, SIZE, quadrant_of, quadrant_title
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.qt.views.results.common import TAB_COMPARE, TAB_GROUPS, TAB_MATRIX
from smartcity_desktop.qt.views.results.view import ResultsView
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import placements as prioritise_placements
from smartcity_desktop.services.prioritise import results as prioritise_results
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import participants, reference_file

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO = Qt.KeyboardModifier.NoModifier

IDEAS = ("Bike lanes on Storgata", "More evening buses", "Benches with armrests",
         "Repair café in the library", "የአውቶቡስ መርሐ ግብር", "مواعيد الحافلات في المساء")


@pytest.fixture
def ideas(db, workshop):
    return [capture.add_idea(db, workshop.id, IdeaInput(text=t)) for t in IDEAS]


def register(db, workshop, n: int, stakeholder: str | None = None) -> list[str]:
    answers = {"stakeholder": stakeholder} if stakeholder else {}
    return [participants.register_participant(
        db, workshop.id, participants.ParticipantInput(answers=answers)).id for _ in range(n)]


@pytest.fixture
def make_view(db, project, workshop, qtbot):
    stack = QUndoStack()
    bus = ChangeBus()

    def make() -> ResultsView:
        view = ResultsView(db, stack, bus)
        qtbot.addWidget(view)
        view.stack_ = stack
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        view.set_scope(project.id, workshop.id)
        return view

    return make


def send_mouse(widget, kind, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        NO)
    QApplication.sendEvent(widget, event)


def drag(view, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """A mouse drag on a graphics view's viewport, step by step as a hand moves."""
    viewport = view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for k in range(1, steps + 1):
        point = start + (end - start) * (k / steps)
        send_mouse(viewport, QEvent.Type.MouseMove, point, NO_BUTTON, LEFT)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, LEFT, NO_BUTTON)


# --------------------------------------------------------------------------- ranking
def test_ranking_of_ballots_shows_ties_score_and_n(db, workshop, ideas, make_view):
    voters = register(db, workshop, 4)
    r = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 3)
    prioritise_votes.add_dot_ballot(db, r.id, voters[0], [ideas[0], ideas[0], ideas[1]])
    prioritise_votes.add_dot_ballot(db, r.id, voters[1], [ideas[0], ideas[2], ideas[4]])
    prioritise_votes.add_dot_ballot(db, r.id, voters[2], [ideas[1], ideas[2], ideas[4]])
    view = make_view()
    rows = view.ranking_rows()
    # 3 dots for idea 0; 2 each for ideas 1, 2 and 4 (a three-way tie); the rest without votes.
    assert rows[0] == ("1", IDEAS[0], "3", "2")
    assert {row[1] for row in rows[1:4]} == {IDEAS[1], IDEAS[2], IDEAS[4]}
    assert all(row[0] == "=2" and row[2] == "2" and row[3] == "2" for row in rows[1:4])
    assert [row[0] for row in rows[4:]] == ["=5", "=5"]
    assert "3 voter(s)" in view.summary.text()
    # The database agrees: the service ranks the same way.
    result = prioritise_results.round_result(db, r.id)
    assert [(i.rank, i.tied) for i in result.ideas[:4]] == [(1, False)] + [(2, True)] * 3
    # The bar chart shows the top ideas, best at the top (last category of the axis).
    axis = view.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.categories()[-1].startswith("1  Bike lanes")
    assert len(axis.categories()) == len(IDEAS)


def test_methods_compared_with_kendall_tau(db, workshop, ideas, make_view):
    voters = register(db, workshop, 3)
    dots = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 6)
    ranking = prioritise_rounds.create_round(db, workshop.id, RoundMethod.RANKING, "Ranked")
    # Both rounds order the six ideas the same way.
    for voter in voters:
        prioritise_votes.add_dot_ballot(db, dots.id, voter, [ideas[0]] * 3 + [ideas[1]] * 2 +
                                        [ideas[2]])
        prioritise_votes.add_ranking_ballot(db, ranking.id, "", ideas[:3], voter)
    view = make_view()
    view.tabs.setCurrentIndex(TAB_COMPARE)
    table = view.compare_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Idea", "Dots\nDot voting", "Ranked\nRanking"]
    comparison = prioritise_results.compare_methods(db, [dots.id, ranking.id])
    assert table.rowCount() == len(comparison.idea_ids) == 6
    assert [table.item(r, 0).text() for r in range(3)] == list(IDEAS[:3])
    assert [table.item(0, c).text() for c in (1, 2)] == ["1", "1"]
    tau = comparison.kendall_tau[(dots.id, ranking.id)]
    assert tau == pytest.approx(1.0)
    assert "τ = +1.00 — strong agreement" in view.agreement.text()
    # Untick one round: nothing left to compare, and the screen says so.
    view.compare_rounds.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert table.rowCount() == 0
    assert "at least two rounds" in view.compare_message.text()


# --------------------------------------------------------------------------- matrix
def test_dragging_an_idea_on_the_matrix_saves_it_and_a_reload_restores_it(
        db, workshop, ideas, make_view, qtbot):
    voters = register(db, workshop, 2)
    r = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 5)
    prioritise_votes.add_dot_ballot(db, r.id, voters[0], [ideas[1]] * 3 + [ideas[3]] * 2)
    view = make_view()
    view.tabs.setCurrentIndex(TAB_MATRIX)
    matrix = view.matrix
    assert prioritise_placements.placements(db, r.id) == {}
    assert matrix.placement_of(ideas[1]) is None  # waiting in the tray
    # Drag the top idea into the Quick wins quadrant (high impact, low effort).
    start = matrix.card_centre_in_view(ideas[1])
    end = matrix.scene_point_in_view(0.8, 0.2)
    drag(matrix, start, end)
    saved = prioritise_placements.placements(db, r.id)
    assert set(saved) == {ideas[1]}
    impact, effort = saved[ideas[1]]
    assert impact == pytest.approx(0.8, abs=0.03) and effort == pytest.approx(0.2, abs=0.03)
    assert quadrant_of(impact, effort) == QUICK_WINS
    quick = view.placements.topLevelItem(0)
    assert quick.text(0) == f"{quadrant_title(QUICK_WINS)} (1)"
    assert IDEAS[1] in quick.child(0).text(0)
    assert "Quick wins" in view.matrix_message.text()

    # Keyboard: the card has focus after a click; Right moves it 0.05 towards more effort.
    matrix.select(ideas[1])
    QTest.keyClick(matrix.viewport(), Qt.Key.Key_Right)
    QApplication.sendEvent(matrix.scene(), _key(Qt.Key.Key_Right))
    assert prioritise_placements.placements(db, r.id)[ideas[1]][1] == pytest.approx(
        effort + 0.1, abs=1e-6)
    # Undo puts it back where the drag left it.
    view.stack_.undo()
    assert prioritise_placements.placements(db, r.id)[ideas[1]][1] == pytest.approx(effort + 0.05,
                                                                        abs=1e-6)

    # A dragged card dropped outside the grid from the tray goes back: nothing saved.
    start = matrix.card_centre_in_view(ideas[3])
    drag(matrix, start, start + QPoint(5, 40))
    assert ideas[3] not in prioritise_placements.placements(db, r.id)
    assert matrix.placement_of(ideas[3]) is None

    # A new view (the app reopened) shows the card where it was saved.
    placed = prioritise_placements.placements(db, r.id)[ideas[1]]
    again = make_view()
    again.tabs.setCurrentIndex(TAB_MATRIX)
    assert again.matrix.placement_of(ideas[1]) == pytest.approx(placed)
    centre = again.matrix.cards[ideas[1]].pos()
    assert centre.x() == pytest.approx(placed[1] * SIZE)
    assert centre.y() == pytest.approx((1 - placed[0]) * SIZE)


def _key(k):
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, k, NO)


def test_matrix_tab_order_and_arrow_keys_place_a_tray_card(db, workshop, ideas, make_view):
    voters = register(db, workshop, 1)
    r = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 5)
    prioritise_votes.add_dot_ballot(db, r.id, voters[0], [ideas[2]] * 2 + [ideas[0]])
    view = make_view()
    view.tabs.setCurrentIndex(TAB_MATRIX)
    matrix = view.matrix
    matrix.setFocus(Qt.FocusReason.TabFocusReason)
    assert matrix.selected_id() == ideas[2]          # the best idea first
    QTest.keyClick(matrix, Qt.Key.Key_Tab)
    assert matrix.selected_id() == ideas[0]          # then the next one
    QApplication.sendEvent(matrix.scene(), _key(Qt.Key.Key_Up))  # a tray card: to the centre
    assert prioritise_placements.placements(db, r.id) == {ideas[0]: (0.5, 0.5)}
    QApplication.sendEvent(matrix.scene(), _key(Qt.Key.Key_Up))
    assert prioritise_placements.placements(db, r.id)[ideas[0]] == pytest.approx((0.55, 0.5))


# --------------------------------------------------------------------------- by group
def test_a_group_of_three_is_never_shown_alone_and_the_notice_says_so(db, workshop, ideas,
                                                                     make_view):
    residents = register(db, workshop, 7, "resident")
    ngos = register(db, workshop, 6, "ngo_volunteer")
    business = register(db, workshop, 3, "local_business")
    r = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 3)
    for voter in residents:
        prioritise_votes.add_dot_ballot(db, r.id, voter, [ideas[0], ideas[0], ideas[1]])
    for voter in ngos:
        prioritise_votes.add_dot_ballot(db, r.id, voter, [ideas[1], ideas[2], ideas[3]])
    for voter in business:  # the three business owners all want idea 5
        prioritise_votes.add_dot_ballot(db, r.id, voter, [ideas[5]] * 3)
    view = make_view()
    view.tabs.setCurrentIndex(TAB_GROUPS)
    assert view.dimension_combo.currentData() == "stakeholder"
    assert view.privacy_notice.isVisible()
    assert "fewer than 5 participants" in view.privacy_notice.text()
    headers = view.group_headers()
    assert "Local business" not in headers
    assert headers[0] == "Everyone"
    groups = prioritise_results.results_by_group(db, r.id, "stakeholder")
    shown = [g for g in groups if not g.suppressed]
    assert all(g.category_key != "local_business" for g in groups)  # folded, never alone
    assert headers[1:] == [g.label if g.category_key != "other" else
                           "Other (small groups combined)" for g in shown]
    # No column shows a group of fewer than 5.
    sizes = [view.group_table.horizontalHeaderItem(c).text().split("n = ")[1]
             for c in range(1, view.group_table.columnCount())]
    assert all(size != "–" and int(size) >= 5 for size in sizes)
    if any(g.suppressed for g in groups):
        assert view.hidden_label.isVisible()
        assert "hidden to protect privacy" in view.hidden_label.text()
        assert "Local business" not in view.hidden_label.text()  # no names of hidden groups


def test_ideas_a_group_sees_differently_are_marked_with_arrow_and_words(db, workshop, ideas,
                                                                       make_view):
    residents = register(db, workshop, 6, "resident")
    ngos = register(db, workshop, 5, "ngo_volunteer")
    r = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 5)
    for voter in residents:  # idea 0 first, then 1-3 tied
        prioritise_votes.add_dot_ballot(db, r.id, voter, [ideas[0]] * 2 + ideas[1:4])
    for voter in ngos:  # only ideas 4 and 5: 5th overall, 1st for the NGOs
        prioritise_votes.add_dot_ballot(db, r.id, voter, ideas[4:6])
    view = make_view()
    view.tabs.setCurrentIndex(TAB_GROUPS)
    groups = {g.category_key: g
              for g in prioritise_results.results_by_group(db, r.id, "stakeholder")}
    ngo = groups["ngo_volunteer"]
    assert ngo.notable, "the service marks at least one idea for the NGO group"
    column = view.group_headers().index(ngo.label)
    marked = []
    for row in range(view.group_table.rowCount()):
        item = view.group_table.item(row, column)
        if item is not None and "than everyone" in item.text():
            marked.append(item)
    assert marked
    for item in marked:
        idea_id = item.data(Qt.ItemDataRole.UserRole)
        shift = ngo.rank_shift[idea_id]
        arrow = "▲" if shift < 0 else "▼"
        assert f"{arrow} {abs(shift)} place(s) {'higher' if shift < 0 else 'lower'}" in \
            item.text()
        assert not item.icon().isNull()                       # an arrow icon …
        assert item.background().color().name() in ("#e3f4e6", "#fbe4e1")  # … and colour
        assert "than everyone" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Ideas the groups see differently" in view.differences.text()
    assert str(ngo.shift_threshold) in view.legend.text()


# --------------------------------------------------------------------------- weighting
def test_weighted_checkbox_only_with_a_reference_population(db, project, workshop, ideas,
                                                            make_view):
    voters = register(db, workshop, 3, "resident") + register(db, workshop, 2, "local_business")
    r = prioritise_rounds.create_round(db, workshop.id, RoundMethod.DOTS, "Dots", 2)
    for k, voter in enumerate(voters):
        prioritise_votes.add_dot_ballot(db, r.id, voter, [ideas[k % 3]] * 2)
    view = make_view()
    assert not view.weighted.isVisible()
    reference_file.load_sample_reference(db, project.id)
    view.refresh()
    assert view.weighted.isVisible()
    view.weighted.setChecked(True)
    result = prioritise_results.round_result(db, r.id, weighted=True)
    assert view.effective_n.text() == f"Effective n = {result.effective_n:.1f} of 5 voters"
    assert [(row[1], row[2]) for row in view.ranking_rows()] == \
        [(i.text, score_text(i.score)) for i in result.ideas]
    assert result.weighted and "weight" in view.summary.text().lower()
    view.weighted.setChecked(False)
    assert view.effective_n.text() == ""


def test_no_rounds_and_no_workshop(db, project, workshop, make_view):
    view = make_view()
    assert view.body.currentWidget() is view.empty
    view.set_scope(project.id, None)
    assert view.pages.currentWidget() is view.hint
