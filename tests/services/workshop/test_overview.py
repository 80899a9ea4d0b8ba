"""Counts for the Overview page."""

from __future__ import annotations

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop import overview, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput, register_participant


def test_ideas_by_theme_counts_live_ideas_per_theme(db, project, workshop):
    cycling = projects.add_theme(db, project.id, "Cycling")
    green = projects.add_theme(db, project.id, "Green space")
    projects.add_theme(db, project.id, "Water")
    other = projects.create_project(db, "Other")
    projects.add_theme(db, other.id, "Harbour")
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    for _ in range(3):
        capture.add_idea(db, workshop.id, IdeaInput(text="c", theme_id=cycling.id))
    capture.add_idea(db, w2.id, IdeaInput(text="c", theme_id=cycling.id))
    capture.add_idea(db, workshop.id, IdeaInput(text="g", theme_id=green.id))
    gone = capture.add_idea(db, workshop.id, IdeaInput(text="g", theme_id=green.id))
    capture.delete_idea(db, gone)
    capture.add_idea(db, workshop.id, IdeaInput(text="none"))
    capture.add_idea(db, workshop.id, IdeaInput(text="none"))

    assert overview.ideas_by_theme(db, project.id) == [
        ("Cycling", 4), ("", 2), ("Green space", 1), ("Water", 0)]
    assert overview.ideas_by_theme(db, project.id, w2.id) == [
        ("Cycling", 1), ("Green space", 0), ("Water", 0)]


def test_ideas_by_sdg_lists_all_17_goals(db, project, workshop):
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    capture.add_idea(db, workshop.id, IdeaInput(text="a", sdgs=(11, 13)))
    capture.add_idea(db, workshop.id, IdeaInput(text="b", sdgs=(11,)))
    capture.add_idea(db, w2.id, IdeaInput(text="c", sdgs=(11, 3)))
    gone = capture.add_idea(db, workshop.id, IdeaInput(text="d", sdgs=(3, 5)))
    capture.delete_idea(db, gone)
    edited = capture.add_idea(db, workshop.id, IdeaInput(text="e", sdgs=(17,)))
    capture.update_idea(db, edited, IdeaInput(text="e", sdgs=(16,)))

    counts = dict(overview.ideas_by_sdg(db, project.id))
    assert [n for n, _ in overview.ideas_by_sdg(db, project.id)] == list(range(1, 18))
    expected = dict.fromkeys(range(1, 18), 0) | {11: 3, 13: 1, 3: 1, 16: 1}
    assert counts == expected
    assert dict(overview.ideas_by_sdg(db, project.id, workshop.id)) == (
        dict.fromkeys(range(1, 18), 0) | {11: 2, 13: 1, 16: 1})


def test_participants_by_group_per_workshop_and_project(db, project, workshop):
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    for answers in ({"gender": "woman"}, {"gender": "woman"}, {"gender": "man"},
                    {"gender": "prefer_not_to_say"}, {}):
        register_participant(db, workshop.id, ParticipantInput(answers=answers))
    register_participant(db, w2.id, ParticipantInput(answers={"gender": "non_binary"}))

    def gender(result):
        [dim] = [d for d in result if d.key == "gender"]
        return {g.key: g.count for g in dim.groups}, dim.not_answered

    assert gender(overview.participants_by_group(db, project.id, workshop.id)) == (
        {"woman": 2, "man": 1, "non_binary": 0, "self_described": 0, "prefer_not_to_say": 1}, 1)
    assert gender(overview.participants_by_group(db, project.id)) == (
        {"woman": 2, "man": 1, "non_binary": 1, "self_described": 0, "prefer_not_to_say": 1}, 1)
    age = [d for d in overview.participants_by_group(db, project.id) if d.key == "age"][0]
    assert age.not_answered == 6 and sum(g.count for g in age.groups) == 0


def test_database_counts_count_live_records(db, project, workshop):
    register_participant(db, workshop.id, ParticipantInput())
    a = capture.add_idea(db, workshop.id, IdeaInput(text="a"))
    capture.add_idea(db, workshop.id, IdeaInput(text="b"))
    capture.delete_idea(db, a)
    assert overview.database_counts(db) == {"project": 1, "workshop": 1, "participant": 1,
                                            "idea": 1, "theme": 0}
