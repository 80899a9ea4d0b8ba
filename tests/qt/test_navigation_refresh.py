"""Choosing another project or workshop tells every view once, and a costly view that is not
shown counts again only when it is shown (so a big import or a click in the tree does not
freeze the window while hidden tabs recount 100,000 ideas)."""

from __future__ import annotations

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput


def test_navigation_refresh_tells_each_view_once(db, project, workshop, make_window, monkeypatch):
    window = make_window(db)
    calls = []
    original = type(window.participants).set_scope
    monkeypatch.setattr(type(window.participants), "set_scope",
                        lambda self, p, w: (calls.append((p, w)), original(self, p, w)))
    window.refresh_navigation(workshop.id)
    assert calls == [(project.id, workshop.id)]


def test_a_hidden_overview_counts_when_it_is_shown(db, project, workshop, make_window, qtbot):
    window = make_window(db)
    window.refresh_navigation(workshop.id)
    window.tabs.setCurrentWidget(window.ideas)
    assert not window.overview.isVisible()
    capture.add_idea(db, workshop.id, IdeaInput(text="Flere benker på torget"))
    counted = []
    window.overview.refresh = (lambda f=window.overview.refresh: (counted.append(1), f())[1])
    window.refresh_navigation(project.id)  # a new scope while the Overview is hidden
    assert counted == []
    window.tabs.setCurrentWidget(window.overview)
    qtbot.waitUntil(lambda: counted == [1])
    # and what it shows is the project's count, made now
    texts = [window.overview.themes.topLevelItem(i).text(0)
             for i in range(window.overview.themes.topLevelItemCount())]
    assert texts, "the overview lists the themes once shown"


def test_a_hidden_ideas_list_is_read_when_shown(db, project, workshop, make_window, qtbot):
    from smartcity_desktop.services.workshop import projects

    other = projects.create_workshop(db, project.id, "W9", "Kveldsmøte")
    capture.add_idea(db, workshop.id, IdeaInput(text="Sykkelparkering ved skolen"))
    capture.add_idea(db, other.id, IdeaInput(text="Lys i undergangen"))
    window = make_window(db)
    window.refresh_navigation(workshop.id)
    window.tabs.setCurrentWidget(window.overview)
    before = window.ideas.model.query
    window.refresh_navigation(other.id)  # the Ideas tab is hidden: nothing is read yet
    assert window.ideas.model.query == before
    window.tabs.setCurrentWidget(window.ideas)
    qtbot.waitUntil(lambda: window.ideas.model.rowCount() == 1)
    row = window.ideas.model.index(0, window.ideas.model.COLUMNS.index("text"))
    assert window.ideas.model.data(row) == "Lys i undergangen"
