"""The conflict queue: conflicts found by ``sync.merge`` are listed here with both versions,
and settled by keeping one version or combining them (:func:`resolve_conflict`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from ...core.clock import utcnow
from ...core.errors import NotFoundError, ValidationError
from ...storage.database import Database
from ...storage.models import SyncBase, SyncConflict
from .codec import (
    COLUMN_NAMES,
    COLUMN_ORDER,
    FOREIGN_KEYS,
    MAX_PARENTS,
    STAMP_COLUMNS,
    TABLES,
    SyncRejected,
    chunks,
    json_to_values,
    record_to_json,
)

__all__ = ["ConflictInfo", "list_conflicts", "get_conflict", "resolve_conflict",
           "open_conflict_count"]


_CHOICES = ("local", "incoming", "combined")


@dataclass(frozen=True)
class ConflictInfo:
    """One queued conflict with both versions as JSON dicts (see :func:`record_to_json`).
    ``differences`` names the data columns (not the sync columns) whose values differ;
    ``current`` is the record as it is now in the database (the last-writer-wins version, or a
    later one), or None if the record is gone."""

    id: str
    table_name: str
    record_id: str
    local: dict
    incoming: dict
    local_hlc: str
    incoming_hlc: str
    local_device: str
    incoming_device: str
    package_id: str
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str | None
    differences: tuple[str, ...]
    current: dict | None = None

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def _info(row, current: dict | None) -> ConflictInfo:
    local = json.loads(row.local_json)
    incoming = json.loads(row.incoming_json)
    diff = tuple(name for name in COLUMN_ORDER[row.table_name]
                 if name not in STAMP_COLUMNS
                 and local.get(name) != incoming.get(name))
    return ConflictInfo(id=row.id, table_name=row.table_name, record_id=row.record_id,
                        local=local, incoming=incoming, local_hlc=row.local_hlc,
                        incoming_hlc=row.incoming_hlc, local_device=row.local_device,
                        incoming_device=row.incoming_device, package_id=row.package_id,
                        detected_at=row.detected_at, resolved_at=row.resolved_at,
                        resolution=row.resolution, differences=diff, current=current)


def _current(conn: sa.Connection, table: str, rid: str) -> dict | None:
    t = TABLES[table]
    row = conn.execute(sa.select(t).where(t.c.id == rid)).first()
    return record_to_json(row, table) if row is not None else None


def list_conflicts(db: Database, open_only: bool = True) -> list[ConflictInfo]:
    """Queued conflicts, oldest first (only the unresolved ones unless ``open_only=False``)."""
    sc = SyncConflict.__table__
    stmt = sa.select(sc).order_by(sc.c.detected_at, sc.c.table_name, sc.c.record_id, sc.c.id)
    if open_only:
        stmt = stmt.where(sc.c.resolved_at.is_(None))
    with db.engine.connect() as conn:
        rows = conn.execute(stmt).all()
        # The records as they are now, fetched per table in chunks (not one query a conflict).
        wanted: dict[str, set[str]] = {}
        for r in rows:
            wanted.setdefault(r.table_name, set()).add(r.record_id)
        current: dict[tuple[str, str], dict] = {}
        for table, ids in wanted.items():
            t = TABLES[table]
            for chunk in chunks(sorted(ids)):
                for rec in conn.execute(sa.select(t).where(t.c.id.in_(chunk))):
                    current[(table, rec.id)] = record_to_json(rec, table)
        return [_info(r, current.get((r.table_name, r.record_id))) for r in rows]


def open_conflict_count(db: Database) -> int:
    sc = SyncConflict.__table__
    with db.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(sc)
                            .where(sc.c.resolved_at.is_(None))).scalar_one()


def get_conflict(db: Database, conflict_id: str) -> ConflictInfo:
    sc = SyncConflict.__table__
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(sc).where(sc.c.id == conflict_id)).first()
        if row is None:
            raise NotFoundError(f"No conflict with id {conflict_id}.", what="conflict",
                                id=conflict_id)
        return _info(row, _current(conn, row.table_name, row.record_id))


# Columns a resolution may set: the data, and the tombstone. The id, the creation time and
# the stamps are the record's own.
_FIXED = frozenset({"id", "created_at", "updated_at", "device_id", "hlc"})


def resolve_conflict(db: Database, conflict_id: str, choice: str,
                     combined_values: Mapping[str, Any] | None = None) -> ConflictInfo:
    """Settle a conflict: keep the ``"local"`` version, take the ``"incoming"`` one, or a
    ``"combined"`` one (the current record with ``combined_values`` applied: column -> value in
    JSON form, e.g. {"text": "..."}; data columns and ``deleted`` only, validated like incoming
    records). Writes a new version of the record stamped now by this device (so it beats both
    versions everywhere it travels) and marks the conflict, and any other open conflict of the
    same record, resolved. Returns the resolved conflict. A conflict that is already resolved
    raises ValidationError; bad combined values raise ValidationError naming the column.
    """
    if choice not in _CHOICES:
        raise ValidationError("choice", f"{choice!r} is not one of {', '.join(_CHOICES)}.",
                              reason="not_one_of", value=choice, choices=list(_CHOICES))
    if (choice == "combined") != (combined_values is not None):
        raise ValidationError("combined_values", "Combined values are given with the "
                              "choice 'combined', and only then.",
                              reason="combined_values_misplaced")
    sc = SyncConflict.__table__
    with db.engine.begin() as conn:
        row = conn.execute(sa.select(sc).where(sc.c.id == conflict_id)).first()
        if row is None:
            raise NotFoundError(f"No conflict with id {conflict_id}.", what="conflict",
                                id=conflict_id)
        if row.resolved_at is not None:
            raise ValidationError("conflict", "This conflict is already resolved.",
                                  reason="conflict_resolved")
        table = row.table_name
        t = TABLES[table]
        current = conn.execute(sa.select(t).where(t.c.id == row.record_id)).first()
        if current is None:
            raise NotFoundError(f"The {table} record {row.record_id} no longer exists.",
                                what="record", id=row.record_id)
        base = record_to_json(current, table)
        if choice == "local":
            chosen = {**base, **{k: v for k, v in json.loads(row.local_json).items()
                                 if k not in _FIXED}}
        elif choice == "incoming":
            chosen = {**base, **{k: v for k, v in json.loads(row.incoming_json).items()
                                 if k not in _FIXED}}
        else:
            if not isinstance(combined_values, Mapping):
                raise ValidationError("combined_values", "Combined values must be a mapping.",
                                      reason="combined_values_misplaced")
            for key in combined_values:
                if key not in COLUMN_NAMES[table] or key in _FIXED:
                    raise ValidationError(str(key), f"{key!r} cannot be set on {table}.",
                                          reason="column_fixed", column=str(key), table=table)
            chosen = {**base, **dict(combined_values)}
        try:
            values = json_to_values(table, chosen)
        except SyncRejected as exc:
            raise ValidationError(exc.column or "combined_values", exc.message,
                                  reason=exc.reason, **exc.details) from exc
        _check_single_references(conn, table, values)
        stamp = db.stamp()
        values.update(stamp)
        del values["id"]
        del values["created_at"]
        conn.execute(t.update().where(t.c.id == row.record_id).values(**values))
        # The new version settles every open conflict of the record: it was built on all of
        # their versions (and on the current one), so none of them conflicts with it later.
        parents = {current.hlc}
        for pair in conn.execute(sa.select(sc.c.local_hlc, sc.c.incoming_hlc).where(
                sc.c.table_name == table, sc.c.record_id == row.record_id,
                sc.c.resolved_at.is_(None))):
            parents.update(pair)
        head_base = json.dumps(sorted(parents)[-MAX_PARENTS:])
        sb = SyncBase.__table__
        key = (sb.c.table_name == table) & (sb.c.record_id == row.record_id)
        if conn.execute(sa.select(sb.c.hlc).where(key)).first() is None:
            conn.execute(sb.insert().values(table_name=table, record_id=row.record_id,
                                            hlc=current.hlc, head_hlc=stamp["hlc"],
                                            head_base=head_base))
        else:
            conn.execute(sb.update().where(key).values(head_hlc=stamp["hlc"],
                                                       head_base=head_base))
        now = utcnow()
        conn.execute(sc.update().where(sc.c.table_name == table,
                                       sc.c.record_id == row.record_id,
                                       sc.c.resolved_at.is_(None))
                     .values(resolved_at=now, resolution=choice))
        done = conn.execute(sa.select(sc).where(sc.c.id == conflict_id)).first()
        return _info(done, _current(conn, table, row.record_id))


def _check_single_references(conn: sa.Connection, table: str, values: dict) -> None:
    for column, parent, parent_col in FOREIGN_KEYS[table]:
        value = values[column]
        if value is None:
            continue
        pcol = SQLModel.metadata.tables[parent].c[parent_col]
        if conn.execute(sa.select(pcol).where(pcol == value)).first() is None:
            raise ValidationError(column, f"{column} refers to a missing {parent} ({value}).",
                                  reason="missing_reference", column=column, parent=parent,
                                  value=value)
