"""Coverage: which of the 17 SDGs and which of the project's strategy goals the ideas of a
project (or one workshop) speak to, how many of those ideas are in the plan, and which goals
have no ideas yet. Deleted ideas, removed links and deleted goals do not count."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlalchemy as sa

from ...core.enums import IdeaStatus
from ...core.sdgs import SDGS
from ...storage.database import Database
from ...storage.models import IdeaStrategyGoal, StrategyGoal
from ..records import live
from ..workshop.projects import list_strategy_goals
from .lifecycle import IN_PLAN


@dataclass(frozen=True)
class GoalCoverage:
    """The ideas linked to one goal: an SDG (``key`` is its number) or a strategy goal
    (``key`` is its id)."""

    key: int | str
    code: str                      # "11" or the strategy goal's code, e.g. "SG1"
    title: str                     # English SDG short title, or the strategy goal's title
    colour: str | None             # the official SDG colour; None for strategy goals
    by_status: Mapping[str, int] = field(default_factory=dict, hash=False)

    @property
    def ideas(self) -> int:
        return sum(self.by_status.values())

    @property
    def in_plan(self) -> int:
        """Ideas accepted into the plan, in progress or implemented."""
        return sum(self.by_status.get(s.value, 0) for s in IN_PLAN)

    def count(self, status: IdeaStatus | str) -> int:
        return self.by_status.get(str(status), 0)

    @property
    def covered(self) -> bool:
        return self.ideas > 0


@dataclass(frozen=True)
class Coverage:
    sdgs: tuple[GoalCoverage, ...]    # all 17, in goal order
    goals: tuple[GoalCoverage, ...]   # every strategy goal of the project, in project order
    ideas: int                        # live ideas in scope
    ideas_without_sdg: int
    ideas_without_goal: int

    @property
    def sdgs_without_ideas(self) -> tuple[GoalCoverage, ...]:
        return tuple(g for g in self.sdgs if not g.covered)

    @property
    def goals_without_ideas(self) -> tuple[GoalCoverage, ...]:
        return tuple(g for g in self.goals if not g.covered)


def _scope(project_id: str, workshop_id: str | None) -> tuple[str, dict]:
    if workshop_id:
        return ("i.workshop_id = :w AND i.workshop_id IN (SELECT id FROM workshop WHERE "
                "project_id = :pid)"), {"w": workshop_id, "pid": project_id}
    return ("i.workshop_id IN (SELECT id FROM workshop WHERE project_id = :pid "
            "AND deleted = false)"), {"pid": project_id}


def _by_status(rows) -> dict[object, dict[str, int]]:
    counts: dict[object, dict[str, int]] = {}
    for key, status, count in rows:
        counts.setdefault(key, {})[status] = count
    return counts


def sdg_coverage(db: Database, project_id: str,
                 workshop_id: str | None = None) -> tuple[GoalCoverage, ...]:
    where, params = _scope(project_id, workshop_id)
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT s.sdg_number, i.status, count(*) FROM idea_sdg s "
            "JOIN idea i ON i.id = s.idea_id "
            f"WHERE s.deleted = false AND i.deleted = false AND {where} "
            "GROUP BY s.sdg_number, i.status"), params).all()
    counts = _by_status(rows)
    return tuple(GoalCoverage(sdg.number, str(sdg.number), sdg.short_title, sdg.colour,
                              counts.get(sdg.number, {})) for sdg in SDGS)


def goal_coverage(db: Database, project_id: str,
                  workshop_id: str | None = None) -> tuple[GoalCoverage, ...]:
    where, params = _scope(project_id, workshop_id)
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT l.goal_id, i.status, count(*) FROM idea_strategy_goal l "
            "JOIN idea i ON i.id = l.idea_id "
            f"WHERE l.deleted = false AND i.deleted = false AND {where} "
            "GROUP BY l.goal_id, i.status"), params).all()
    counts = _by_status(rows)
    return tuple(GoalCoverage(goal.id, goal.code, goal.title, None, counts.get(goal.id, {}))
                 for goal in list_strategy_goals(db, project_id))


def coverage(db: Database, project_id: str, workshop_id: str | None = None) -> Coverage:
    """SDG and strategy-goal coverage of the project, or of one of its workshops."""
    where, params = _scope(project_id, workshop_id)
    with db.engine.connect() as conn:
        total, no_sdg, no_goal = conn.execute(sa.text(
            "SELECT count(*), "
            "coalesce(sum(CASE WHEN NOT EXISTS (SELECT 1 FROM idea_sdg s WHERE s.idea_id = i.id "
            "AND s.deleted = false) THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN NOT EXISTS (SELECT 1 FROM idea_strategy_goal l "
            "JOIN strategy_goal g ON g.id = l.goal_id WHERE l.idea_id = i.id "
            "AND l.deleted = false AND g.deleted = false) THEN 1 ELSE 0 END), 0)"
            f" FROM idea i WHERE i.deleted = false AND {where}"), params).one()
    return Coverage(sdg_coverage(db, project_id, workshop_id),
                    goal_coverage(db, project_id, workshop_id), total, no_sdg, no_goal)


def goals_of_idea(db: Database, idea_id: str) -> list[StrategyGoal]:
    """The live strategy goals an idea is linked to, in project order."""
    with db.session() as s:
        return list(s.exec(live(StrategyGoal).join(
            IdeaStrategyGoal, IdeaStrategyGoal.goal_id == StrategyGoal.id).where(
            IdeaStrategyGoal.idea_id == idea_id,
            IdeaStrategyGoal.deleted == False)  # noqa: E712
            .order_by(StrategyGoal.position)))
