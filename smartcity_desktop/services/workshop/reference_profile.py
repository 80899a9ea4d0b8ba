"""A project's reference population profile (e.g. census figures) as stored: its rows, its
shares per dimension and category, its sources; clearing it, and restoring a set of rows (undo).
Profiles are loaded from files by ``reference_file``; ``representativeness`` compares the
participants with them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import select

from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import Project, ReferenceCategory
from ..records import get_live, live, touch
from .projects import list_dimensions


def reference_rows(db: Database, project_id: str) -> list[ReferenceCategory]:
    """The live rows of the project's profile, in dimension and category order of the file."""
    with db.session() as s:
        return list(s.exec(live(ReferenceCategory)
                           .where(ReferenceCategory.project_id == project_id)
                           .order_by(ReferenceCategory.dimension_key, ReferenceCategory.hlc)))


def reference_profile(db: Database, project_id: str) -> dict[str, dict[str, float]]:
    """dimension key -> category key -> share (each dimension's shares sum to 1; a category
    with count or share 0 has share 0). Only dimensions and categories the project still has."""
    dims = {d.key: d for d in list_dimensions(db, project_id)}
    values: dict[str, dict[str, float]] = {}
    for row in reference_rows(db, project_id):
        dim = dims.get(row.dimension_key)
        if dim is None or row.category_key not in {c.key for c in dim.categories
                                                   if not c.is_prefer_not_to_say}:
            continue
        value = row.count if row.count is not None else row.share
        values.setdefault(row.dimension_key, {})[row.category_key] = max(0.0, value or 0.0)
    profile = {}
    for dim_key, cats in values.items():
        total = sum(cats.values())
        if total > 0:
            profile[dim_key] = {k: v / total for k, v in cats.items()}
    return profile


@dataclass(frozen=True)
class ReferenceSource:
    source: str
    year: int | None


def reference_sources(db: Database, project_id: str) -> dict[str, tuple[ReferenceSource, ...]]:
    """dimension key -> the distinct (source, year) of its rows, for display."""
    found: dict[str, list[ReferenceSource]] = {}
    for row in reference_rows(db, project_id):
        item = ReferenceSource(row.source, row.year)
        if item not in found.setdefault(row.dimension_key, []):
            found[row.dimension_key].append(item)
    return {k: tuple(v) for k, v in found.items()}


def clear_reference(db: Database, project_id: str) -> int:
    """Remove the project's profile (tombstones its rows); returns how many were removed."""
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        removed = tombstone_profile(db, s, project_id)
        s.commit()
    return removed


def tombstone_profile(db: Database, s, project_id: str) -> int:
    """Tombstone the project's live profile rows in session ``s`` (not committed); returns
    how many. reference_file replaces a profile with it."""
    old = s.exec(live(ReferenceCategory).where(ReferenceCategory.project_id == project_id)).all()
    for row in old:
        touch(db, row, deleted=True)
        s.add(row)
    return len(old)


def live_reference_ids(db: Database, project_id: str) -> tuple[str, ...]:
    """Ids of the project's live profile rows (to restore them later, e.g. for undo)."""
    return tuple(r.id for r in reference_rows(db, project_id))


def restore_reference(db: Database, project_id: str, row_ids: Iterable[str]) -> None:
    """Make exactly ``row_ids`` the project's profile: those rows come back from their
    tombstones, every other live row of the project is tombstoned (for undo and redo)."""
    wanted = set(row_ids)
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        rows = s.exec(select(ReferenceCategory).where(
            ReferenceCategory.project_id == project_id)).all()
        found = {r.id for r in rows}
        if not wanted <= found:
            raise ValidationError("reference", "Some reference rows are not part of this "
                                  "project.", reason="reference_other_project",
                                  missing=sorted(wanted - found))
        for row in rows:
            if row.deleted == (row.id in wanted):
                touch(db, row, deleted=row.id not in wanted)
                s.add(row)
        s.commit()
