"""The Ideas view's demographic group filter: "All groups" plus "Dimension: Category" for every
category of the project; it narrows the table exactly like the service query, keeps "prefer not
to say" apart from "not answered", combines with the other filters and follows edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartcity_desktop.core.enums import IdeaKind
from smartcity_desktop.qt.undo import push
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participant_commands import EditParticipant
from smartcity_desktop.services.workshop.participants import ParticipantInput


def ids(model) -> list[str]:
    return [model.idea_id_at(r) for r in range(model.rowCount())]


def db_ids(db, query: IdeaQuery) -> list[str]:
    rowids = capture.idea_rowids(db, query)
    rows = capture.fetch_idea_rows(db, rowids)
    return [rows[r].id for r in rowids]


def category(db, project_id: str, dimension: str, key: str) -> str:
    [dim] = [d for d in projects.list_dimensions(db, project_id) if d.key == dimension]
    return dim.category(key).id


@pytest.fixture
def room(db, project, workshop):
    """Participants with different answers and their ideas, in two workshops."""
    other = projects.create_workshop(db, project.id, "W2", "Second")

    def person(workshop_id, **answers):
        return participants.register_participant(db, workshop_id, ParticipantInput(
            answers=answers, consent_processing=True))

    young = person(workshop.id, age="16-19", gender="woman")
    old = person(workshop.id, age="67-79", gender="prefer_not_to_say")
    silent = person(workshop.id)  # answered nothing
    young_w2 = person(other.id, age="16-19", gender="man")

    def idea(workshop_id, text, author=None, kind=IdeaKind.IDEA, table=None):
        return capture.add_idea(db, workshop_id, IdeaInput(
            text, kind=kind, author_participant_id=author.id if author else None,
            author_table_group=table))

    made = {
        "young_1": idea(workshop.id, "Skate park", young),
        "young_2": idea(workshop.id, "Late buses", young, IdeaKind.NEED),
        "old": idea(workshop.id, "Benches in the shade", old),
        "silent": idea(workshop.id, "Wifi in the library", silent),
        "table": idea(workshop.id, "Car-free Sundays", table="Table 1"),
        "nobody": idea(workshop.id, "More trees"),
        "young_w2": idea(other.id, "Youth club", young_w2, IdeaKind.NEED),
    }
    return dict(other=other, young=young, old=old, silent=silent, ideas=made)


@pytest.fixture
def view(db, project, workshop, room, make_window, qtbot):
    window = make_window(db)
    window.select(project.id)
    window.view_actions[2].trigger()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.current_scope() == (project.id, None)
    window.ideas.window_ = window
    return window.ideas


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index > 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_the_filter_offers_every_category_of_the_project(db, project, view):
    combo = view.group_filter
    assert combo.accessibleName()
    expected = ["All groups"] + [f"{d.label}: {c.label}"
                                 for d in projects.list_dimensions(db, project.id)
                                 for c in d.categories]
    assert [combo.itemText(i) for i in range(combo.count())] == expected
    assert "Age: 16–19" in expected and "Gender: Prefer not to say" in expected
    assert combo.currentIndex() == 0 and combo.currentData() is None
    assert view.model.rowCount() == 7


def test_a_group_shows_the_ideas_of_its_members_only(db, project, workshop, room, view):
    ideas = room["ideas"]
    choose(view.group_filter, "Age: 16–19")
    assert view.current_query().category_id == category(db, project.id, "age", "16-19")
    assert set(ids(view.model)) == {ideas["young_1"], ideas["young_2"], ideas["young_w2"]}
    assert ids(view.model) == db_ids(db, view.current_query())
    assert view.count_label.text() == "3 idea(s)"
    authors = {view.model.data(view.model.index(r, 4)) for r in range(view.model.rowCount())}
    assert authors == {room["young"].code, "W2-001"}

    # "Prefer not to say" is an answer: only that participant, not the one who gave none.
    choose(view.group_filter, "Gender: Prefer not to say")
    assert ids(view.model) == [ideas["old"]]

    # A group nobody is in: an empty list, not everything.
    choose(view.group_filter, "Age: 80+")
    assert ids(view.model) == [] and view.count_label.text() == "0 idea(s)"

    # Combined with the kind filter, and with one workshop.
    choose(view.group_filter, "Age: 16–19")
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(IdeaKind.NEED.value))
    assert set(ids(view.model)) == {ideas["young_2"], ideas["young_w2"]}
    view.window_.select(workshop.id)
    assert view.group_filter.currentText() == "Age: 16–19"  # kept within the project
    assert ids(view.model) == [ideas["young_2"]]
    assert ids(view.model) == db_ids(db, view.current_query())

    # Back to all groups.
    view.kind_filter.setCurrentIndex(0)
    view.group_filter.setCurrentIndex(0)
    assert len(ids(view.model)) == 6  # the workshop's ideas, with or without an author


def test_every_entry_agrees_with_the_service(db, project, view):
    combo = view.group_filter
    sizes = {}
    for index in range(1, combo.count()):
        combo.setCurrentIndex(index)
        expected = db_ids(db, IdeaQuery(project_id=project.id,
                                        category_id=combo.itemData(index)))
        assert ids(view.model) == expected, combo.itemText(index)
        sizes[combo.itemText(index)] = len(expected)
    # Each person answers a question at most once: a dimension's groups never overlap.
    for dimension in projects.list_dimensions(db, project.id):
        total = sum(sizes[f"{dimension.label}: {c.label}"] for c in dimension.categories)
        assert total <= 5  # ideas with a participant as author
    assert sizes["Age: 16–19"] == 3 and sizes["Age: 67–79"] == 1


def test_the_keyboard_reaches_the_filter(db, project, view):
    view.group_filter.setFocus()
    QTest.keyClick(view.group_filter, Qt.Key.Key_Down)
    assert view.group_filter.currentText() == "Age: 16–19"
    assert len(ids(view.model)) == 3


def test_an_edited_answer_moves_the_ideas_in_or_out(db, project, room, view):
    choose(view.group_filter, "Age: 67–79")
    assert ids(view.model) == [room["ideas"]["old"]]
    window = view.window_
    # The participant who answered nothing now says 67–79 (as the Participants view would).
    push(window.undo_stack, EditParticipant(db, room["silent"].id, ParticipantInput(
        answers={"age": "67-79"}, consent_processing=True)), "Edit participant", window.bus)
    assert set(ids(view.model)) == {room["ideas"]["old"], room["ideas"]["silent"]}
    window.undo_action.trigger()
    assert ids(view.model) == [room["ideas"]["old"]]


def test_another_project_has_its_own_groups(db, project, view):
    choose(view.group_filter, "Age: 16–19")
    other = projects.create_project(db, "Second project")
    projects.create_workshop(db, other.id, "W9", "Elsewhere")
    view.window_.refresh_navigation(other.id)
    combo = view.group_filter
    assert combo.currentIndex() == 0  # the old project's group does not apply here
    own = {c.id for d in projects.list_dimensions(db, other.id) for c in d.categories}
    assert {combo.itemData(i) for i in range(1, combo.count())} == own
    assert view.current_query().category_id is None
