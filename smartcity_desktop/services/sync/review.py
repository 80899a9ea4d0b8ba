"""Reviewing sync conflicts: an undoable "resolve" command and readable names for the
references a record holds (a theme's name instead of its id). No Qt.

Resolving goes through ``sync_conflicts.resolve_conflict`` (a new version of the record, stamped
now, that beats both conflicting versions). Undoing writes the record as it was before the
resolution back — again as a new version, so every other device learns about the undo too —
and reopens the conflicts the resolution closed. Undo is refused when the record has changed
again since (another import or edit): it would overwrite that change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from ...core.errors import NotFoundError, ValidationError
from ...storage.database import Database
from ...storage.models import SyncConflict
from ..commands import Change, Command
from . import codec as sync_codec
from . import conflicts as sync_conflicts

#: Columns that identify a record for people, most telling first.
_NAME_COLUMNS = ("name", "title", "code", "label", "activity", "text", "key")
#: Columns a person never needs to compare (the sync bookkeeping).
SYNC_COLUMNS = frozenset({"id", "created_at", "updated_at", "device_id", "hlc"})


def _table(name: str) -> sa.Table:
    table = SQLModel.metadata.tables.get(name)
    if table is None or name not in sync_codec.SYNC_TABLES:
        raise ValidationError("table", f"{name!r} is not a synced table.", reason="unknown_table",
                              table=name)
    return table


def data_columns(table: str) -> list[str]:
    """The columns of a synced table a person compares, in table order (``deleted`` last)."""
    columns = [c.name for c in _table(table).columns if c.name not in SYNC_COLUMNS]
    if "deleted" in columns:
        columns.remove("deleted")
        columns.append("deleted")
    return columns


def record_name(table: str, record: dict | None) -> str:
    """A short text naming a record (its name, title, code … or its id)."""
    if not record:
        return ""
    for column in _NAME_COLUMNS:
        value = record.get(column)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return str(record.get("id", ""))


def reference_names(db: Database, table: str, records: list[dict | None]) -> dict[str, str]:
    """For the foreign keys of ``records`` (e.g. ``theme_id``): id -> a readable name of the
    referenced record (deleted ones included, marked by nothing; missing ones left out)."""
    wanted: dict[str, set[str]] = {}
    for column in _table(table).columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target not in sync_codec.SYNC_TABLES:
                continue
            for record in records:
                value = (record or {}).get(column.name)
                if isinstance(value, str) and value:
                    wanted.setdefault(target, set()).add(value)
    names: dict[str, str] = {}
    with db.engine.connect() as conn:
        for target, ids in wanted.items():
            t = _table(target)
            for row in conn.execute(sa.select(t).where(t.c.id.in_(sorted(ids)))):
                names[row.id] = record_name(target, dict(row._mapping))
    return names


# =========================================================================== undoable resolve
def _closing(db: Database, conflict_id: str) -> tuple[sync_conflicts.ConflictInfo, list[str]]:
    """The conflict and the ids of every open conflict of the same record (a resolution closes
    them all)."""
    info = sync_conflicts.get_conflict(db, conflict_id)
    sc = SyncConflict.__table__
    with db.engine.connect() as conn:
        ids = list(conn.execute(sa.select(sc.c.id).where(
            sc.c.table_name == info.table_name, sc.c.record_id == info.record_id,
            sc.c.resolved_at.is_(None))).scalars())
    return info, ids


def _change(table: str, record_id: str) -> Change:
    if table == "idea":
        return Change(updated=(record_id,))
    if table in sync_codec.PARTICIPANT_TABLES:
        return Change(participants=(record_id,))
    return Change(structure=True)  # themes, workshops, rounds …: lists elsewhere change


@dataclass
class ResolveConflict(Command):
    """Settle conflict ``conflict_id`` with ``choice`` ("local", "incoming" or "combined" with
    ``combined_values``), undoably."""

    db: Database
    conflict_id: str
    choice: str
    combined_values: dict[str, Any] | None = None
    table: str = ""
    record_id: str = ""
    before: dict | None = None          # the record before the resolution
    written_hlc: str | None = None      # the version the resolution wrote
    closed: list[str] = field(default_factory=list)
    label: str = field(default="resolve_conflict", init=False)

    def redo(self) -> Change:
        info, closed = _closing(self.db, self.conflict_id)
        if info.current is None:
            raise NotFoundError(f"The {info.table_name} record {info.record_id} no longer "
                                "exists.", what="record", id=info.record_id)
        self.table, self.record_id = info.table_name, info.record_id
        self.before = dict(info.current)
        self.closed = closed
        done = sync_conflicts.resolve_conflict(self.db, self.conflict_id, self.choice,
                                               self.combined_values)
        self.written_hlc = (done.current or {}).get("hlc")
        return _change(self.table, self.record_id)

    def undo(self) -> Change:
        t = _table(self.table)
        sc = SyncConflict.__table__
        with self.db.engine.begin() as conn:
            row = conn.execute(sa.select(t).where(t.c.id == self.record_id)).first()
            if row is None:
                raise NotFoundError(f"The {self.table} record {self.record_id} no longer "
                                    "exists.", what="record", id=self.record_id)
            if row.hlc != self.written_hlc:
                raise ValidationError("conflict", "The record has changed again since the "
                                      "conflict was resolved; the resolution cannot be undone.",
                                      reason="record_changed_since")
            values = sync_codec.json_to_values(self.table, self.before)
            values.update(self.db.stamp())
            del values["id"]
            del values["created_at"]
            conn.execute(t.update().where(t.c.id == self.record_id).values(**values))
            conn.execute(sc.update().where(sc.c.id.in_(self.closed))
                         .values(resolved_at=None, resolution=None))
        return _change(self.table, self.record_id)


def open_conflicts_by_table(db: Database) -> dict[str, int]:
    """Open conflicts per table (for a summary)."""
    sc = SyncConflict.__table__
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.select(sc.c.table_name, sa.func.count())
                                 .where(sc.c.resolved_at.is_(None))
                                 .group_by(sc.c.table_name)).all())


def hlc_time(hlc: str | None) -> dt.datetime | None:
    """The wall-clock time (UTC) in a hybrid-logical-clock stamp, or None."""
    if not hlc:
        return None
    try:
        millis = int(hlc.split("-", 1)[0])
        return dt.datetime.fromtimestamp(millis / 1000, tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        return None
