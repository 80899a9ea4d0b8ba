"""Counts for the Overview: who is in the room, and what the ideas are about."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from ...core.sdgs import SDG_BY_NUMBER
from ...storage.database import Database
from .projects import list_dimensions


@dataclass(frozen=True)
class GroupCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class DimensionCounts:
    key: str
    label: str
    groups: tuple[GroupCount, ...]  # every category in form order, including zeros
    not_answered: int


def _scope(project_id: str, workshop_id: str | None, alias: str = "p") -> tuple[str, dict]:
    if workshop_id:
        return f"{alias}.workshop_id = :w", {"w": workshop_id}
    return (f"{alias}.workshop_id IN (SELECT id FROM workshop WHERE project_id = :pid "
            "AND deleted = false)"), {"pid": project_id}


def participants_by_group(db: Database, project_id: str,
                          workshop_id: str | None = None) -> list[DimensionCounts]:
    """Participants per category of every demographic dimension (and "not answered")."""
    where, params = _scope(project_id, workshop_id)
    with db.engine.connect() as conn:
        total = conn.execute(sa.text(f"SELECT count(*) FROM participant p WHERE p.deleted = false "
                                     f"AND {where}"), params).scalar()
        rows = conn.execute(sa.text(
            "SELECT a.category_id, count(*) FROM participant_answer a "
            "JOIN participant p ON p.id = a.participant_id "
            f"WHERE a.deleted = false AND p.deleted = false AND {where} GROUP BY a.category_id"),
            params).all()
    counts = dict(rows)
    result = []
    for dim in list_dimensions(db, project_id):
        groups = tuple(GroupCount(c.key, c.label, counts.get(c.id, 0)) for c in dim.categories)
        answered = sum(g.count for g in groups)
        result.append(DimensionCounts(dim.key, dim.label, groups, total - answered))
    return result


def ideas_by_theme(db: Database, project_id: str,
                   workshop_id: str | None = None) -> list[tuple[str, int]]:
    """(theme name, count) for every theme of the project, most ideas first; "" = no theme."""
    where, params = _scope(project_id, workshop_id, "i")
    with db.engine.connect() as conn:
        # Counted by theme id from an index, then named (a join per idea costs twice as much).
        by_id = conn.execute(sa.text(
            f"SELECT i.theme_id, count(*) FROM idea i WHERE i.deleted = false AND {where} "
            "GROUP BY i.theme_id"), params).all()
        live_names = dict(conn.execute(sa.text(
            "SELECT id, name FROM theme WHERE project_id = :pid AND deleted = false"),
            {"pid": project_id}).all())
        other = [tid for tid, _ in by_id if tid is not None and tid not in live_names]
        names = dict(live_names)
        if other:  # a deleted theme still names its ideas
            query = sa.text("SELECT id, name FROM theme WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True))
            names.update(conn.execute(query, {"ids": other}).all())
    counts: dict[str, int] = {}
    for theme_id, count in by_id:
        name = "" if theme_id is None else names.get(theme_id, "")
        counts[name] = counts.get(name, 0) + count
    for name in live_names.values():
        counts.setdefault(name, 0)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def ideas_by_sdg(db: Database, project_id: str,
                 workshop_id: str | None = None) -> list[tuple[int, int]]:
    """(SDG number, count of ideas linked) for all 17 goals, in goal order."""
    where, params = _scope(project_id, workshop_id, "i")
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT s.sdg_number, count(*) FROM idea_sdg s JOIN idea i ON i.id = s.idea_id "
            f"WHERE s.deleted = false AND i.deleted = false AND {where} GROUP BY s.sdg_number"),
            params).all()
    counts = dict(rows)
    return [(n, counts.get(n, 0)) for n in SDG_BY_NUMBER]


def database_counts(db: Database) -> dict[str, int]:
    """Live records per main table (for ``smartcity info``)."""
    tables = ("project", "workshop", "participant", "idea", "theme")
    with db.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t} WHERE deleted = false")).scalar()
                for t in tables}
