"""Coverage: which SDGs and strategy goals the ideas speak to, and which have none yet."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.sdgs import SDGS
from smartcity_desktop.services import demo
from smartcity_desktop.services.ideas import capture, coverage, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.records import touch
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.models import StrategyGoal

DAY = dt.date(2026, 10, 1)


@pytest.fixture
def goals(db, project):
    return [projects.add_strategy_goal(db, project.id, f"SG{n}", title)
            for n, title in enumerate(("Low-emission transport", "Meeting places for all ages",
                                       "Less waste", "Blågrønne områder"), 1)]


def _idea(db, workshop, text, sdgs=(), goals=(), status=None):
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(
        text=text, sdgs=tuple(sdgs), strategy_goal_ids=tuple(g.id for g in goals)))
    if status is not None:
        lifecycle.change_status(db, idea_id, status, "Decided at the board meeting", DAY)
    return idea_id


def test_all_17_sdgs_are_listed_with_counts_including_zero(db, project, workshop):
    _idea(db, workshop, "Bus lanes", sdgs=(11, 13), status=IdeaStatus.ACCEPTED)
    _idea(db, workshop, "Bike repair café", sdgs=(11, 12), status=IdeaStatus.IMPLEMENTED)
    _idea(db, workshop, "Night buses", sdgs=(11,), status=IdeaStatus.DECLINED)
    _idea(db, workshop, "Benches", sdgs=(3,))

    result = coverage.coverage(db, project.id)
    assert [g.key for g in result.sdgs] == [s.number for s in SDGS]
    assert [g.colour for g in result.sdgs] == [s.colour for s in SDGS]
    counts = {g.key: (g.ideas, g.in_plan) for g in result.sdgs}
    assert counts == {n: (0, 0) for n in range(1, 18)} | {
        11: (3, 2), 13: (1, 1), 12: (1, 1), 3: (1, 0)}
    sdg11 = result.sdgs[10]
    assert (sdg11.count(IdeaStatus.ACCEPTED), sdg11.count("implemented"),
            sdg11.count(IdeaStatus.DECLINED), sdg11.count(IdeaStatus.IN_PROGRESS)) == (1, 1, 1, 0)
    assert {g.key for g in result.sdgs_without_ideas} == set(range(1, 18)) - {3, 11, 12, 13}
    assert not any(g.covered for g in result.sdgs_without_ideas)
    assert result.ideas == 4 and result.ideas_without_sdg == 0


def test_strategy_goals_without_ideas_are_listed_with_zero(db, project, workshop, goals):
    transport, meeting, waste, blue_green = goals
    _idea(db, workshop, "Bus lanes", goals=(transport,), status=IdeaStatus.IN_PROGRESS)
    _idea(db, workshop, "Car sharing", goals=(transport, waste))
    _idea(db, workshop, "No goal at all")

    result = coverage.coverage(db, project.id)
    assert [(g.code, g.title, g.ideas, g.in_plan) for g in result.goals] == [
        ("SG1", "Low-emission transport", 2, 1), ("SG2", "Meeting places for all ages", 0, 0),
        ("SG3", "Less waste", 1, 0), ("SG4", "Blågrønne områder", 0, 0)]
    assert [g.key for g in result.goals_without_ideas] == [meeting.id, blue_green.id]
    assert all(g.colour is None for g in result.goals)
    assert (result.ideas, result.ideas_without_goal) == (3, 1)


def test_a_project_without_strategy_goals_has_an_empty_goal_list(db, project, workshop):
    _idea(db, workshop, "Bus lanes", sdgs=(11,))
    result = coverage.coverage(db, project.id)
    assert result.goals == () and result.goals_without_ideas == ()
    assert result.ideas_without_goal == 1


def test_deleted_ideas_and_removed_links_do_not_count(db, project, workshop, goals):
    transport, meeting, *_ = goals
    gone = _idea(db, workshop, "Deleted", sdgs=(7,), goals=(meeting,),
                 status=IdeaStatus.ACCEPTED)
    capture.delete_idea(db, gone)
    edited = _idea(db, workshop, "Edited", sdgs=(1, 2), goals=(transport, meeting))
    capture.update_idea(db, edited, IdeaInput(text="Edited", sdgs=(2,),
                                              strategy_goal_ids=(transport.id,)))

    result = coverage.coverage(db, project.id)
    counts = {g.key: g.ideas for g in result.sdgs if g.ideas}
    assert counts == {2: 1}
    assert [(g.code, g.ideas, g.in_plan) for g in result.goals[:2]] == [("SG1", 1, 0),
                                                                        ("SG2", 0, 0)]
    assert result.ideas == 1

    capture.restore_idea(db, gone)
    result = coverage.coverage(db, project.id)
    assert {g.key: (g.ideas, g.in_plan) for g in result.sdgs if g.ideas} == {
        2: (1, 0), 7: (1, 1)}
    assert result.goals[1].ideas == 1


def test_a_deleted_strategy_goal_is_not_listed_and_does_not_count(db, project, workshop, goals):
    transport, meeting, *_ = goals
    _idea(db, workshop, "Only linked to a goal that is later deleted", goals=(meeting,))
    _idea(db, workshop, "Transport", goals=(transport,))
    with db.session() as s:
        record = s.get(StrategyGoal, meeting.id)
        touch(db, record, deleted=True)
        s.add(record)
        s.commit()
    result = coverage.coverage(db, project.id)
    assert [g.code for g in result.goals] == ["SG1", "SG3", "SG4"]
    assert result.ideas_without_goal == 1


def test_goals_of_an_idea_skip_removed_links_and_deleted_goals(db, project, workshop, goals):
    transport, meeting, waste, _ = goals
    idea = _idea(db, workshop, "Repair café", goals=(waste, transport, meeting))
    assert [g.code for g in coverage.goals_of_idea(db, idea)] == ["SG1", "SG2", "SG3"]
    capture.update_idea(db, idea, IdeaInput(text="Repair café",
                                            strategy_goal_ids=(waste.id, meeting.id)))
    with db.session() as s:
        record = s.get(StrategyGoal, meeting.id)
        touch(db, record, deleted=True)
        s.add(record)
        s.commit()
    assert [g.code for g in coverage.goals_of_idea(db, idea)] == ["SG3"]


def test_a_workshop_counts_only_its_own_ideas(db, project, workshop, goals):
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    other = projects.create_project(db, "Another city")
    foreign = projects.create_workshop(db, other.id, "X1", "Elsewhere")
    _idea(db, workshop, "Bus lanes", sdgs=(11,), goals=(goals[0],), status=IdeaStatus.ACCEPTED)
    _idea(db, w2, "Library hours", sdgs=(4, 11), goals=(goals[1],))
    capture.add_idea(db, foreign.id, IdeaInput(text="Harbour", sdgs=(14,)))

    in_w2 = coverage.coverage(db, project.id, w2.id)
    assert {g.key: g.ideas for g in in_w2.sdgs if g.ideas} == {4: 1, 11: 1}
    assert [g.ideas for g in in_w2.goals] == [0, 1, 0, 0]
    assert in_w2.ideas == 1
    whole = coverage.coverage(db, project.id)
    assert {g.key: g.ideas for g in whole.sdgs if g.ideas} == {4: 1, 11: 2}
    assert whole.sdgs[10].in_plan == 1 and whole.ideas == 2
    # A workshop of another project does not leak into this project's figures.
    assert coverage.coverage(db, project.id, foreign.id).ideas == 0


def test_an_empty_project_has_no_coverage_at_all(db, project, goals):
    result = coverage.coverage(db, project.id)
    assert result.ideas == 0 == result.ideas_without_sdg == result.ideas_without_goal
    assert len(result.sdgs_without_ideas) == 17
    assert len(result.goals_without_ideas) == len(goals) == 4


def test_the_demo_project_matches_its_seed_file(db):
    """Counted independently from the seed file the demo is built from."""
    seed = json.loads(demo.demo_file().read_text(encoding="utf-8"))
    project_id = demo.load_demo(db)
    result = coverage.coverage(db, project_id)
    by_sdg = Counter(n for i in seed["ideas"] for n in i.get("sdgs", ()))
    in_plan = Counter(n for i in seed["ideas"] for n in i.get("sdgs", ())
                      if i.get("status") in {"accepted", "in_progress", "implemented"})
    assert {g.key: g.ideas for g in result.sdgs} == {n: by_sdg.get(n, 0) for n in range(1, 18)}
    assert {g.key: g.in_plan for g in result.sdgs} == {n: in_plan.get(n, 0)
                                                        for n in range(1, 18)}
    by_goal = Counter(code for i in seed["ideas"] for code in i.get("goals", ()))
    assert {g.code: g.ideas for g in result.goals} == {
        g["code"]: by_goal.get(g["code"], 0) for g in seed["strategy_goals"]}
    assert result.ideas == len(seed["ideas"])
    assert result.ideas_without_sdg == sum(1 for i in seed["ideas"] if not i.get("sdgs"))
