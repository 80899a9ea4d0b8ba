"""Sync: records as JSON, collecting the changes a package carries, and merging them into a
database.

This module knows nothing of files, keys or encryption (see ``sync_package``); it turns table
rows into plain JSON objects and back, and merges a set of such objects into a database in ONE
transaction, all or nothing.

The merge
---------
Every synced record carries a UUID, a hybrid-logical-clock stamp (``hlc``) and the device that
made the version. For each incoming record the version with the larger ``(hlc, device_id)``
wins ("last writer wins"); equal stamps are the same version. Because the winner of every record
depends only on the set of versions seen, importing any set of packages in any order gives the
same data tables. A tombstone (``deleted``) is an ordinary version: an older edit never beats it.

Conflicts
---------
``sync_base`` remembers, per record, the version last exchanged through a package (``hlc``) and
what the recorded head version was built on (``head_hlc``/``head_base``). Every record in a
package carries ``_base``: the version(s) its version was built on, as the sender knows it —
the version last exchanged (for a local edit made on top of it), the ``_base`` an imported
version arrived with (for a version passed on unchanged, e.g. by the office), or both versions
of a settled conflict (a list). A record goes into the conflict queue (``sync_conflict``) when
both sides changed it since their common version, i.e. when the two versions have different
stamps and none of these holds:

* the incoming version was built on the local one (local ``hlc`` in incoming ``_base``);
* the local version was built on, or has seen, the incoming one (local base or local parents
  contain the incoming ``hlc``);
* one device made both versions (a device's own versions form a chain);

and the two versions differ in more than their stamps (two devices that made the same change
are not in conflict). This refines the agreed rule "incoming ``_base`` != local ``hlc`` and
local base != incoming ``hlc``": without the parents a version relayed unchanged by the office
would be reported against an untouched older copy, and a facilitator's second edit of a record
against its own first one.

The last-writer-wins version is applied anyway (the data stays order-independent); the queue
keeps both versions until someone picks one or combines them (:func:`resolve_conflict`), which
writes a new version stamped now, built on both (so it beats them everywhere and raises no new
conflict on the devices that made them). A conflict is detected where the two versions meet
(normally the office); a device that later receives the office's winner does not queue it again.

After a record is merged its base becomes the incoming ``hlc`` when the incoming version won
(or was equal), and the larger of the old base and the incoming ``hlc`` when the local version
won.

The database clock moves past every imported stamp, so an edit made here after an import wins
over everything imported.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from ...core import rules
from ...core.clock import HLCStamp, utcnow
from ...core.enums import (
    EntryBatchStatus,
    IdeaKind,
    IdeaSource,
    IdeaStatus,
    PairOutcome,
    RoundMethod,
    WorkshopStatus,
)
from ...core.errors import NotFoundError, SmartCityError, ValidationError
from ...core.ids import new_id
from ...storage.database import Database
from ...storage.models import SYNCED_TABLES, ImportedPackage, SyncBase, SyncConflict, UTCDateTime

__all__ = [
    "SYNC_TABLES", "RETURN_TABLES", "PARTICIPANT_TABLES", "PACKAGE_KINDS", "SyncRejected",
    "SyncCancelled", "ChangeSet", "TableCounts", "ImportReport", "ConflictInfo",
    "record_to_json", "json_to_values", "collect_changes", "apply_changes", "list_conflicts",
    "get_conflict", "resolve_conflict", "open_conflict_count", "is_imported",
]

# --------------------------------------------------------------------------- tables

#: Every synced table, parents before children (a test checks the foreign keys agree).
SYNC_TABLES: list[str] = [cls.__tablename__ for cls in SYNCED_TABLES]

#: Tables with participant-level data: never in return packages.
PARTICIPANT_TABLES: frozenset[str] = frozenset({"participant", "participant_answer",
                                                "contact_detail"})

#: What the office sends back to facilitators: decisions, status changes and feedback on ideas,
#: themes and taxonomies, reference profiles, project settings and workshop plans. No
#: participant-level data: no participants, answers or contacts, and no votes, scores or rankings
#: that carry participant ids (nor the typed paper cards, which carry participant codes).
#: Note: a record's referenced parents always travel with it (so that a package applies on its
#: own): an idea with an author therefore brings the author's participant row (the pseudonymous
#: code and the two consent flags, never answers or contacts).
RETURN_TABLES: list[str] = [t for t in SYNC_TABLES if t in {
    "project", "strategy_goal", "theme", "criterion", "demographic_dimension",
    "demographic_category", "workshop", "agenda_item", "idea", "idea_sdg",
    "idea_strategy_goal", "idea_status_change", "priority_round", "reference_category",
    "idea_placement"}]

PACKAGE_KINDS = ("full", "incremental", "return")

_MODELS: dict[str, type[SQLModel]] = {cls.__tablename__: cls for cls in SYNCED_TABLES}
_TABLES: dict[str, sa.Table] = {name: cls.__table__ for name, cls in _MODELS.items()}
_SYNC_COLUMNS = ("id", "created_at", "updated_at", "device_id", "hlc", "deleted")
_BASE_KEY = "_base"

#: Text columns without a size in the schema still get a limit: nothing typed into the app
#: is longer, and a package must not be able to fill the database with megabytes per field.
_DEFAULT_TEXT_LIMIT = 20_000
_TEXT_LIMITS = {("idea", "text"): rules.MAX_IDEA_TEXT, ("idea", "title"): rules.MAX_TITLE}

#: Columns whose values are codes of an enumeration.
_ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("workshop", "status"): frozenset(WorkshopStatus),
    ("idea", "kind"): frozenset(IdeaKind),
    ("idea", "source"): frozenset(IdeaSource),
    ("idea", "status"): frozenset(IdeaStatus),
    ("idea_status_change", "from_status"): frozenset(IdeaStatus),
    ("idea_status_change", "to_status"): frozenset(IdeaStatus),
    ("entry_batch", "status"): frozenset(EntryBatchStatus),
    ("card_entry", "kind"): frozenset(IdeaKind) | {""},
    ("priority_round", "method"): frozenset(RoundMethod),
    ("pairwise_vote", "outcome"): frozenset(PairOutcome),
}

_HLC_RE = re.compile(r"^\d{15}-\d{6}-[^\x00-\x1f]{1,64}$")
_ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._:-]{0,35}$")
_CHUNK = 500  # ids per IN (...) query: far below SQLite's and PostgreSQL's parameter limits


# --------------------------------------------------------------------------- errors


class SyncRejected(SmartCityError):
    """A package (or a change set) that is not merged. The database is left exactly as it was.

    ``reason`` is a stable code for the cause (the package layer adds its own, e.g.
    "bad_signature"); ``table``, ``line`` (1-based position of the record in its table, i.e. the
    line of ``data/<table>.jsonl``), ``record_id`` and ``column`` say where, when known.
    """

    code = "package_rejected"

    def __init__(self, message: str, *, reason: str = "invalid_record", table: str | None = None,
                 line: int | None = None, record_id: str | None = None,
                 column: str | None = None, **details: object) -> None:
        super().__init__(message, reason=reason, table=table, line=line, record_id=record_id,
                         column=column, **details)
        self.reason = reason
        self.table = table
        self.line = line
        self.record_id = record_id
        self.column = column


class SyncCancelled(SmartCityError):
    """The progress callback asked to stop; nothing was written."""

    code = "package_cancelled"


def _where(table: str | None, line: int | None, record_id: str | None,
           column: str | None) -> str:
    parts = []
    if table:
        parts.append(f"table {table}")
    if line:
        parts.append(f"line {line}")
    if record_id:
        parts.append(f"record {record_id}")
    if column:
        parts.append(f"column {column}")
    return ", ".join(parts)


def _reject(what: str, *, reason: str = "invalid_record", table: str | None = None,
            line: int | None = None, record_id: str | None = None,
            column: str | None = None) -> SyncRejected:
    where = _where(table, line, record_id, column)
    message = f"{where}: {what}" if where else what
    return SyncRejected(message, reason=reason, table=table, line=line, record_id=record_id,
                        column=column)


# --------------------------------------------------------------------------- codecs


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # "str" "int" "float" "bool" "date" "datetime"
    nullable: bool
    limit: int | None
    choices: frozenset[str] | None


def _column_kind(col: sa.Column) -> str:
    t = col.type
    if isinstance(t, UTCDateTime):
        return "datetime"
    if isinstance(t, sa.types.TypeDecorator):  # sqlmodel's AutoString wraps String
        t = t.impl_instance
    if isinstance(t, sa.Boolean):
        return "bool"
    if isinstance(t, sa.Integer):
        return "int"
    if isinstance(t, sa.Float):
        return "float"
    if isinstance(t, sa.DateTime):
        return "datetime"
    if isinstance(t, sa.Date):
        return "date"
    if isinstance(t, sa.String):
        return "str"
    raise TypeError(f"no sync codec for {col.table.name}.{col.name} ({t!r})")


def _spec(table: sa.Table) -> tuple[_Column, ...]:
    out = []
    for col in table.columns:
        kind = _column_kind(col)
        limit = None
        if kind == "str":
            limit = (_TEXT_LIMITS.get((table.name, col.name))
                     or getattr(col.type, "length", None) or _DEFAULT_TEXT_LIMIT)
        out.append(_Column(col.name, kind, bool(col.nullable), limit,
                           _ENUMS.get((table.name, col.name))))
    return tuple(out)


_SPECS: dict[str, tuple[_Column, ...]] = {name: _spec(t) for name, t in _TABLES.items()}
_COLUMN_NAMES: dict[str, frozenset[str]] = {n: frozenset(c.name for c in s)
                                            for n, s in _SPECS.items()}


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(
            timespec="microseconds") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_to_json(row: Any, table: str | None = None) -> dict:
    """A record as a JSON-ready dict: every column, datetimes as ISO 8601 UTC ("...Z"), dates as
    "YYYY-MM-DD". ``row`` is a model instance (``table`` then optional) or a mapping / SQLAlchemy
    row of the named ``table``."""
    if isinstance(row, SQLModel):
        name = table or type(row).__tablename__
        def get(column: str) -> Any:
            return getattr(row, column)
    else:
        if table is None:
            raise ValueError("record_to_json needs the table name for a plain row")
        name = table
        mapping = row._mapping if hasattr(row, "_mapping") else row
        get = mapping.__getitem__
    if name not in _SPECS:
        raise _reject(f"unknown table {name!r}", reason="unknown_table", table=name)
    return {c.name: _encode(get(c.name)) for c in _SPECS[name]}


def _decode(table: str, c: _Column, value: Any, line: int | None, rid: str | None) -> Any:
    def bad(what: str) -> SyncRejected:
        return _reject(what, reason="invalid_value", table=table, line=line, record_id=rid,
                       column=c.name)

    if value is None:
        if not c.nullable:
            raise bad("a value is required (null given)")
        return None
    kind = c.kind
    if kind == "str":
        if type(value) is not str:
            raise bad(f"text expected, got {type(value).__name__}")
        if len(value) > c.limit:
            raise bad(f"the text is {len(value)} characters long; the limit is {c.limit}")
        if "\x00" in value:
            raise bad("the text contains a NUL character")
        if c.choices is not None and value not in c.choices:
            raise bad(f"{value[:40]!r} is not one of {', '.join(sorted(c.choices))}")
        return value
    if kind == "bool":
        if type(value) is not bool:
            raise bad(f"true or false expected, got {type(value).__name__}")
        return value
    if kind == "int":
        if type(value) is not int:
            raise bad(f"a whole number expected, got {type(value).__name__}")
        if not -(2 ** 31) <= value < 2 ** 31:
            raise bad("the number is out of range")
        return value
    if kind == "float":
        if type(value) not in (int, float):
            raise bad(f"a number expected, got {type(value).__name__}")
        value = float(value)
        if not math.isfinite(value):
            raise bad("the number is not finite")
        return value
    if kind == "date":
        if type(value) is not str or len(value) != 10:
            raise bad("a date YYYY-MM-DD expected")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise bad(f"{value!r} is not a date YYYY-MM-DD") from None
    # datetime
    if type(value) is not str or not 10 <= len(value) <= 40:
        raise bad("a UTC date and time (ISO 8601) expected")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise bad(f"{value!r} is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None:
        raise bad(f"{value!r} has no time zone (UTC expected)")
    return parsed.astimezone(dt.UTC)


def _check_table(table: Any) -> str:
    if not isinstance(table, str) or table not in _SPECS:
        raise _reject(f"unknown table {str(table)[:64]!r}", reason="unknown_table")
    return table


def json_to_values(table: str, data: Mapping, *, line: int | None = None) -> dict:
    """Check one incoming record and return its column values (Python types, ready to write).

    Strict: the table must be a synced table; ``data`` must be a JSON object with exactly the
    table's columns (plus the optional ``_base``); every value must have the column's type,
    fit its size (text without a size: 20,000 characters; idea text and title: the app's own
    limits), be one of the codes where the column holds an enumeration; ``id`` must look like
    an id and ``hlc`` like a clock stamp. Anything else raises :class:`SyncRejected` naming the
    table, line, record and column. ``_base`` is checked but not returned (see
    :func:`_base_of`).
    """
    _check_table(table)
    if not isinstance(data, Mapping):
        raise _reject(f"a JSON object expected, got {type(data).__name__}", table=table,
                      line=line)
    rid = data.get("id")
    rid = rid if isinstance(rid, str) and len(rid) <= 64 else None
    names = _COLUMN_NAMES[table]
    extra = [k for k in data if k not in names and k != _BASE_KEY]
    if extra:
        raise _reject(f"unknown column {str(extra[0])[:64]!r}", reason="unknown_column",
                      table=table, line=line, record_id=rid, column=str(extra[0])[:64])
    values = {}
    for c in _SPECS[table]:
        if c.name not in data:
            raise _reject("the column is missing", reason="missing_column", table=table,
                          line=line, record_id=rid, column=c.name)
        values[c.name] = _decode(table, c, data[c.name], line, rid)
    if not _ID_RE.match(values["id"]):
        raise _reject(f"{values['id'][:40]!r} is not a record id", reason="invalid_value",
                      table=table, line=line, record_id=None, column="id")
    if not _HLC_RE.match(values["hlc"]):
        raise _reject(f"{values['hlc'][:40]!r} is not a clock stamp", reason="invalid_value",
                      table=table, line=line, record_id=rid, column="hlc")
    _base_of(data, table, line, rid)
    return values


_MAX_PARENTS = 16


def _base_of(data: Mapping, table: str | None = None, line: int | None = None,
             rid: str | None = None) -> tuple[str, ...]:
    """The stamps of the versions an incoming record was built on (its ``_base``: null, one
    stamp, or a list of stamps for a version that settled a conflict)."""
    base = data.get(_BASE_KEY)
    if base is None:
        return ()
    items = [base] if isinstance(base, str) else base
    if not (isinstance(items, list) and 0 < len(items) <= _MAX_PARENTS
            and all(isinstance(b, str) and _HLC_RE.match(b) for b in items)):
        raise _reject(f"{str(base)[:40]!r} is not a clock stamp or a list of them",
                      reason="invalid_value", table=table, line=line, record_id=rid,
                      column=_BASE_KEY)
    return tuple(items)


def _base_json(parents: Iterable[str]) -> str | list[str] | None:
    """``_base`` as it travels: null, a stamp, or a list of stamps."""
    items = sorted(set(parents))[-_MAX_PARENTS:]
    if not items:
        return None
    return items[0] if len(items) == 1 else items


@dataclass(frozen=True)
class _Base:
    """A ``sync_base`` row."""

    hlc: str
    head_hlc: str | None
    head_base: str | None

    def parents_of(self, local_hlc: str) -> tuple[str, ...]:
        """What the local version ``local_hlc`` was built on, as far as this database knows:
        the recorded parents while it is the recorded head, else the last exchanged version
        (a local edit made on top of it)."""
        if self.head_hlc == local_hlc:
            return tuple(json.loads(self.head_base or "[]"))
        if self.hlc == local_hlc:
            return ()
        return (self.hlc,)


def _bases(conn: sa.Connection, table: str, ids: list[str]) -> dict[str, _Base]:
    sb = SyncBase.__table__
    stmt = sa.select(sb.c.record_id, sb.c.hlc, sb.c.head_hlc, sb.c.head_base).where(
        sb.c.table_name == table)
    out: dict[str, _Base] = {}
    if len(ids) > 5 * _CHUNK:
        wanted = set(ids)
        for rid, hlc, head, head_base in conn.execute(stmt):
            if rid in wanted:
                out[rid] = _Base(hlc, head, head_base)
        return out
    for chunk in _chunks(ids):
        for rid, hlc, head, head_base in conn.execute(stmt.where(sb.c.record_id.in_(chunk))):
            out[rid] = _Base(hlc, head, head_base)
    return out


# --------------------------------------------------------------------------- collecting


@dataclass
class ChangeSet:
    """Records to put into a package: ``tables`` maps a table name (in :data:`SYNC_TABLES`
    order) to JSON-ready record dicts, each with ``_base``; ``hlc_from`` is the exclusive lower
    bound asked for (None = everything), ``hlc_to`` the newest stamp of the records selected by
    that range (the bookmark for the next incremental package; ``hlc_from`` when nothing
    changed); ``counts`` the number of records per table."""

    tables: dict[str, list[dict]]
    hlc_from: str | None
    hlc_to: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _foreign_keys(table: str) -> list[tuple[str, str, str]]:
    """(column, referenced table, referenced column) of a synced table."""
    out = []
    for col in _TABLES[table].columns:
        for fk in col.foreign_keys:
            out.append((col.name, fk.column.table.name, fk.column.name))
    return out


_FKS = {t: _foreign_keys(t) for t in SYNC_TABLES}


def collect_changes(db: Database, *, since_hlc: str | None = None,
                    tables: Iterable[str] | None = None, include_contacts: bool = False,
                    include_demographics: bool = True) -> ChangeSet:
    """The records of ``tables`` (default: every synced table) changed after ``since_hlc``
    (None: all of them, tombstones included), as JSON-ready dicts with ``_base``.

    Privacy: ``contact_detail`` rows only when ``include_contacts`` and the participant agreed
    to be contacted (``consent_contact``); ``participant_answer`` rows only when
    ``include_demographics`` and the participant agreed to processing (``consent_processing``).
    ``_base`` says what the record's version was built on: the version last exchanged (a
    local edit on top of it), the base an imported version arrived with (passed on unchanged),
    or, for a version that settled a conflict, a list of both versions; null when unknown.
    Referenced parent records of every collected record (workshop, theme, participant, ...) are
    added whatever their stamp or table, so that the change set applies on its own.
    Reads only; the database is not changed.
    """
    wanted = set(SYNC_TABLES if tables is None else tables)
    for name in wanted:
        _check_table(name)
    if since_hlc is not None and not _HLC_RE.match(since_hlc):
        raise ValidationError("since_hlc", f"{since_hlc!r} is not a clock stamp.",
                              reason="clock_stamp_invalid", value=since_hlc)
    rows: dict[str, dict[str, dict]] = {t: {} for t in SYNC_TABLES}
    newest = since_hlc
    participant = _TABLES["participant"]
    with db.engine.connect() as conn:
        for name in SYNC_TABLES:
            if name not in wanted:
                continue
            t = _TABLES[name]
            stmt = sa.select(t)
            if since_hlc is not None:
                stmt = stmt.where(t.c.hlc > since_hlc)
            if name == "participant_answer":
                if not include_demographics:
                    continue
                stmt = stmt.where(t.c.participant_id.in_(
                    sa.select(participant.c.id).where(participant.c.consent_processing
                                                      == sa.true())))
            elif name == "contact_detail":
                if not include_contacts:
                    continue
                stmt = stmt.where(t.c.participant_id.in_(
                    sa.select(participant.c.id).where(participant.c.consent_contact
                                                      == sa.true())))
            bucket = rows[name]
            for row in conn.execute(stmt.order_by(t.c.hlc, t.c.id)):
                rec = record_to_json(row, name)
                bucket[rec["id"]] = rec
                if newest is None or rec["hlc"] > newest:
                    newest = rec["hlc"]
        # Parents: children come after their parents in SYNC_TABLES, so walking backwards
        # reaches a fetched parent's own parents later in the same walk.
        for name in reversed(SYNC_TABLES):
            for column, parent, parent_col in _FKS[name]:
                if parent not in rows or parent_col != "id":
                    continue  # reference data (sdg) is the same everywhere
                have = rows[parent]
                missing = sorted({r[column] for r in rows[name].values()
                                  if r[column] is not None and r[column] not in have})
                pt = _TABLES[parent]
                for chunk in _chunks(missing):
                    for row in conn.execute(sa.select(pt).where(pt.c.id.in_(chunk))):
                        rec = record_to_json(row, parent)
                        have[rec["id"]] = rec
        for name in SYNC_TABLES:
            bucket = rows[name]
            if not bucket:
                continue
            bases = _bases(conn, name, list(bucket))
            for rid, rec in bucket.items():
                base = bases.get(rid)
                rec[_BASE_KEY] = _base_json(base.parents_of(rec["hlc"])) if base else None
    out = {name: sorted(rows[name].values(), key=lambda r: (r["hlc"], r["id"]))
           for name in SYNC_TABLES if rows[name]}
    return ChangeSet(tables=out, hlc_from=since_hlc, hlc_to=newest,
                     counts={name: len(recs) for name, recs in out.items()})


# --------------------------------------------------------------------------- applying


@dataclass
class TableCounts:
    """What an import did to one table. ``added``: new live records; ``changed``: existing
    records replaced by a newer version; ``deleted``: records that are tombstones after the
    import and were not before (new tombstones included); ``unchanged``: incoming versions that
    were the same as or older than the local one; ``conflicts``: records put into the conflict
    queue (also counted in one of the others)."""

    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0

    @property
    def total(self) -> int:
        return self.added + self.changed + self.deleted + self.unchanged


@dataclass
class ImportReport:
    """The outcome of :func:`apply_changes` for one package."""

    package_id: str
    device_id: str
    kind: str
    already_imported: bool = False
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflict_ids: list[str] = field(default_factory=list)
    hlc_to: str | None = None
    imported_at: dt.datetime | None = None

    def _sum(self, attr: str) -> int:
        return sum(getattr(c, attr) for c in self.tables.values())

    @property
    def added(self) -> int:
        return self._sum("added")

    @property
    def changed(self) -> int:
        return self._sum("changed")

    @property
    def deleted(self) -> int:
        return self._sum("deleted")

    @property
    def unchanged(self) -> int:
        return self._sum("unchanged")

    @property
    def conflicts(self) -> int:
        return self._sum("conflicts")

    def to_json(self) -> dict:
        return {"package_id": self.package_id, "device_id": self.device_id, "kind": self.kind,
                "already_imported": self.already_imported, "hlc_to": self.hlc_to,
                "imported_at": _encode(self.imported_at) if self.imported_at else None,
                "tables": {t: asdict(c) for t, c in self.tables.items()},
                "conflict_ids": list(self.conflict_ids)}


def _parse_time(value: Any, what: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise _reject(f"{what} has no time zone", reason="invalid_manifest")
        return value.astimezone(dt.UTC)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed.astimezone(dt.UTC)
    raise _reject(f"{what} is not a UTC date and time: {str(value)[:40]!r}",
                  reason="invalid_manifest")


@dataclass
class _Incoming:
    values: dict
    base: tuple[str, ...]
    line: int


def _validate_tables(tables: Mapping) -> dict[str, list[_Incoming]]:
    if not isinstance(tables, Mapping):
        raise _reject("the records must be given per table", reason="invalid_manifest")
    out: dict[str, list[_Incoming]] = {}
    for name in tables:
        _check_table(name)
    for name in SYNC_TABLES:
        records = tables.get(name)
        if not records:
            continue
        if not isinstance(records, list | tuple):
            raise _reject("a list of records expected", reason="invalid_record", table=name)
        seen: set[str] = set()
        items = []
        for i, data in enumerate(records, start=1):
            values = json_to_values(name, data, line=i)
            if values["id"] in seen:
                raise _reject("the record appears twice", reason="duplicate_record",
                              table=name, line=i, record_id=values["id"])
            seen.add(values["id"])
            items.append(_Incoming(values, _base_of(data, name, i, values["id"]), i))
        out[name] = items
    return out


def _check_references(conn: sa.Connection, incoming: dict[str, list[_Incoming]]) -> None:
    """Every reference of an incoming record must point at a record of the package or of the
    database; checked before anything is written, for a message that names the record."""
    for name, items in incoming.items():
        for column, parent, parent_col in _FKS[name]:
            own = ({it.values[parent_col] for it in incoming.get(parent, ())}
                   if parent in incoming else set())
            wanted: dict[Any, _Incoming] = {}
            for it in items:
                value = it.values[column]
                if value is not None and value not in own and value not in wanted:
                    wanted[value] = it
            if not wanted:
                continue
            pt = SQLModel.metadata.tables[parent]
            pcol = pt.c[parent_col]
            found: set = set()
            for chunk in _chunks(list(wanted)):
                found.update(conn.execute(sa.select(pcol).where(pcol.in_(chunk))).scalars())
            for value, it in wanted.items():
                if value not in found:
                    raise _reject(f"refers to {parent} {value!r}, which is neither in the "
                                  "package nor in the database", reason="missing_reference",
                                  table=name, line=it.line, record_id=it.values["id"],
                                  column=column)


def _counts_json(incoming: dict[str, list[_Incoming]]) -> str:
    return json.dumps({t: len(v) for t, v in incoming.items()}, sort_keys=True)


def apply_changes(db: Database, *, package_id: str, device_id: str, kind: str,
                  created_at: dt.datetime | str, hlc_from: str | None, hlc_to: str | None,
                  tables: Mapping[str, list[dict]],
                  progress: Callable[[int, int], bool | None] | None = None) -> ImportReport:
    """Merge the records of one package (``tables``: table name -> list of record dicts as made
    by :func:`collect_changes`) into ``db`` in ONE transaction, all or nothing.

    Everything is validated first (:func:`json_to_values`, duplicate ids, references to records
    that exist neither in the package nor in the database); any problem raises
    :class:`SyncRejected` and the database is not changed. A ``package_id`` already in
    ``imported_package`` changes nothing and returns a report with ``already_imported=True``.
    Otherwise each record is merged by last writer wins on ``(hlc, device_id)``, conflicts are
    queued (see the module docstring), ``sync_base`` is updated, the package is logged in
    ``imported_package`` with its report, and the database clock moves past every imported
    stamp. ``progress(done, total)`` (records) may return False to cancel:
    :class:`SyncCancelled` is raised and nothing is written.
    """
    if not isinstance(package_id, str) or not _ID_RE.match(package_id):
        raise _reject(f"{str(package_id)[:40]!r} is not a package id", reason="invalid_manifest")
    if not isinstance(device_id, str) or not 0 < len(device_id) <= 64:
        raise _reject("the package has no valid device id", reason="invalid_manifest")
    if kind not in PACKAGE_KINDS:
        raise _reject(f"unknown package kind {str(kind)[:20]!r}", reason="invalid_manifest")
    created = _parse_time(created_at, "the package creation time")
    for what, stamp in (("hlc_from", hlc_from), ("hlc_to", hlc_to)):
        if stamp is not None and not (isinstance(stamp, str) and _HLC_RE.match(stamp)):
            raise _reject(f"{what} is not a clock stamp", reason="invalid_manifest")
    incoming = _validate_tables(tables)
    if kind == "return":
        for name in incoming:
            if name in ("participant_answer", "contact_detail"):
                raise _reject("a return package must not carry participant-level data",
                              reason="privacy", table=name)
    report = ImportReport(package_id=package_id, device_id=device_id, kind=kind)
    try:
        newest = _merge(db, report, incoming, created, hlc_from, hlc_to, progress)
    except (sa.exc.IntegrityError, sa.exc.DataError) as exc:
        # A rule of the schema the checks above do not know about (e.g. two link records with
        # different ids for the same pair); the transaction was rolled back.
        detail = str(exc.orig).splitlines()[0][:200] if exc.orig else "constraint failed"
        raise _reject(f"the records break a rule of the database ({detail})",
                      reason="constraint") from None
    if newest is not None:
        db.clock.observe(HLCStamp.decode(newest))
    return report


def _merge(db: Database, report: ImportReport, incoming: dict[str, list[_Incoming]],
           created: dt.datetime, hlc_from: str | None, hlc_to: str | None,
           progress: Callable[[int, int], bool | None] | None) -> str | None:
    """The write phase of :func:`apply_changes`: one transaction. Returns the newest stamp."""
    package_id = report.package_id
    total = sum(len(v) for v in incoming.values())
    newest: str | None = None
    done = 0
    ip = ImportedPackage.__table__
    with db.engine.begin() as conn:
        if conn.execute(sa.select(ip.c.package_id).where(ip.c.package_id == package_id)).first():
            report.already_imported = True
            return None
        _check_references(conn, incoming)
        now = utcnow()
        sb = SyncBase.__table__
        conflicts: list[dict] = []
        for name in SYNC_TABLES:
            items = incoming.get(name)
            if not items:
                continue
            t = _TABLES[name]
            counts = report.tables.setdefault(name, TableCounts())
            for chunk in _chunks(items, 2000):
                ids = [it.values["id"] for it in chunk]
                existing: dict[str, Any] = {}
                for sub in _chunks(ids):
                    for row in conn.execute(sa.select(t).where(t.c.id.in_(sub))):
                        existing[row.id] = row
                bases = _bases(conn, name, ids) if existing else {}
                inserts, updates, base_new, base_upd = [], [], [], []
                for it in chunk:
                    v = it.values
                    rid, hlc = v["id"], v["hlc"]
                    if newest is None or hlc > newest:
                        newest = hlc
                    local = existing.get(rid)
                    old = bases.get(rid)
                    new = _Base(hlc, hlc, json.dumps(sorted(it.base)))
                    if local is None:
                        inserts.append(v)
                        if v["deleted"]:
                            counts.deleted += 1
                        else:
                            counts.added += 1
                    else:
                        lkey = (local.hlc, local.device_id)
                        ikey = (hlc, v["device_id"])
                        if lkey == ikey:
                            counts.unchanged += 1
                            if old is not None and old.head_hlc == hlc:
                                new = _Base(hlc, hlc, old.head_base)
                        else:
                            if _is_conflict(local, v, it.base, old):
                                mine = record_to_json(local, name)
                                theirs = record_to_json(v, name)
                                if _differs(mine, theirs):
                                    conflicts.append(_conflict_row(name, rid, mine, theirs,
                                                                   package_id, now))
                                    counts.conflicts += 1
                            if ikey > lkey:
                                upd = {k: val for k, val in v.items() if k != "id"}
                                upd["b_id"] = rid
                                updates.append(upd)
                                if v["deleted"] and not local.deleted:
                                    counts.deleted += 1
                                else:
                                    counts.changed += 1
                            else:
                                counts.unchanged += 1
                                new = _Base(max(old.hlc if old else "", hlc),
                                            old.head_hlc if old else None,
                                            old.head_base if old else None)
                    if old is None:
                        base_new.append({"table_name": name, "record_id": rid, "hlc": new.hlc,
                                         "head_hlc": new.head_hlc, "head_base": new.head_base})
                    elif old != new:
                        base_upd.append({"b_table": name, "b_record": rid, "hlc": new.hlc,
                                         "head_hlc": new.head_hlc, "head_base": new.head_base})
                if inserts:
                    conn.execute(t.insert(), inserts)
                if updates:
                    conn.execute(t.update().where(t.c.id == sa.bindparam("b_id")), updates)
                if base_new:
                    conn.execute(sb.insert(), base_new)
                if base_upd:
                    conn.execute(sb.update().where(
                        sb.c.table_name == sa.bindparam("b_table"),
                        sb.c.record_id == sa.bindparam("b_record")), base_upd)
                done += len(chunk)
                if progress is not None and progress(done, total) is False:
                    raise SyncCancelled("The import was cancelled; nothing was written.",
                                        reason="cancelled")
        if conflicts:
            conflicts = _drop_known_conflicts(conn, conflicts)
            if conflicts:
                conn.execute(SyncConflict.__table__.insert(), conflicts)
            report.conflict_ids = [c["id"] for c in conflicts]
        report.hlc_to = hlc_to or newest
        report.imported_at = now
        conn.execute(ip.insert().values(
            package_id=package_id, device_id=report.device_id, kind=report.kind,
            created_at=created, imported_at=now, hlc_from=hlc_from, hlc_to=hlc_to or newest,
            counts_json=_counts_json(incoming),
            report_json=json.dumps(report.to_json(), sort_keys=True)))
    return newest


def _is_conflict(local: Any, incoming: dict, incoming_parents: tuple[str, ...],
                 base: _Base | None) -> bool:
    """Both versions changed since their common version (``local`` and ``incoming`` have
    different stamps). Not a conflict when the incoming version was built on the local one,
    when the local one was built on (or has seen) the incoming one, or when one device made
    both (a device's own versions form a chain)."""
    if local.hlc in incoming_parents:
        return False
    if base is not None and (base.hlc == incoming["hlc"]
                             or incoming["hlc"] in base.parents_of(local.hlc)):
        return False
    return local.device_id != incoming["device_id"]


_STAMPS = frozenset({"created_at", "updated_at", "device_id", "hlc"})


def _differs(a: dict, b: dict) -> bool:
    """Whether two versions differ in anything but their stamps (two devices that made the
    same change, e.g. both removed the same SDG link, are not in conflict)."""
    return any(a[k] != b[k] for k in a if k not in _STAMPS)


def _conflict_row(table: str, rid: str, local: dict, incoming: dict, package_id: str,
                  now: dt.datetime) -> dict:
    return {"id": new_id(), "table_name": table, "record_id": rid,
            "local_json": json.dumps(local, ensure_ascii=False, sort_keys=True),
            "incoming_json": json.dumps(incoming, ensure_ascii=False, sort_keys=True),
            "local_hlc": local["hlc"], "incoming_hlc": incoming["hlc"],
            "local_device": local["device_id"], "incoming_device": incoming["device_id"],
            "package_id": package_id, "detected_at": now, "resolved_at": None,
            "resolution": None}


def _drop_known_conflicts(conn: sa.Connection, rows: list[dict]) -> list[dict]:
    """The same pair of versions arriving again (e.g. in a later full package) is not queued a
    second time while the first is open."""
    sc = SyncConflict.__table__
    known = set()
    for chunk in _chunks(sorted({r["record_id"] for r in rows})):
        known.update(conn.execute(sa.select(sc.c.record_id, sc.c.local_hlc, sc.c.incoming_hlc)
                                  .where(sc.c.record_id.in_(chunk),
                                         sc.c.resolved_at.is_(None))).all())
    out = []
    for r in rows:
        key = (r["record_id"], r["local_hlc"], r["incoming_hlc"])
        if key not in known:
            known.add(key)
            out.append(r)
    return out


def is_imported(db: Database, package_id: str) -> bool:
    """Whether a package with this id was imported into ``db`` already."""
    ip = ImportedPackage.__table__
    with db.engine.connect() as conn:
        return conn.execute(sa.select(ip.c.package_id)
                            .where(ip.c.package_id == package_id)).first() is not None


# --------------------------------------------------------------------------- conflicts

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
    diff = tuple(c.name for c in _SPECS[row.table_name]
                 if c.name not in _STAMPS
                 and local.get(c.name) != incoming.get(c.name))
    return ConflictInfo(id=row.id, table_name=row.table_name, record_id=row.record_id,
                        local=local, incoming=incoming, local_hlc=row.local_hlc,
                        incoming_hlc=row.incoming_hlc, local_device=row.local_device,
                        incoming_device=row.incoming_device, package_id=row.package_id,
                        detected_at=row.detected_at, resolved_at=row.resolved_at,
                        resolution=row.resolution, differences=diff, current=current)


def _current(conn: sa.Connection, table: str, rid: str) -> dict | None:
    t = _TABLES[table]
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
            t = _TABLES[table]
            for chunk in _chunks(sorted(ids)):
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
        t = _TABLES[table]
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
                if key not in _COLUMN_NAMES[table] or key in _FIXED:
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
        head_base = json.dumps(sorted(parents)[-_MAX_PARENTS:])
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
    for column, parent, parent_col in _FKS[table]:
        value = values[column]
        if value is None:
            continue
        pcol = SQLModel.metadata.tables[parent].c[parent_col]
        if conn.execute(sa.select(pcol).where(pcol == value)).first() is None:
            raise ValidationError(column, f"{column} refers to a missing {parent} ({value}).",
                                  reason="missing_reference", column=column, parent=parent,
                                  value=value)
