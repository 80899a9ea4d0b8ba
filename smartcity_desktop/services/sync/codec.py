"""Sync records as JSON and back: the synced tables, strict checking of incoming records, what
each version was built on (``_base`` and the ``sync_base`` rows), and the errors of a refused
package. Knows nothing of files, keys or encryption (see ``sync.package``) nor of merging (see
``sync.merge``); the names here are the shared vocabulary of ``sync.collect``, ``sync.merge``,
``sync.conflicts`` and ``sync.package``."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from ...core import rules
from ...core.enums import (
    EntryBatchStatus,
    IdeaKind,
    IdeaSource,
    IdeaStatus,
    PairOutcome,
    RoundMethod,
    WorkshopStatus,
)
from ...core.errors import SmartCityError
from ...storage.models import SYNCED_TABLES, SyncBase, UTCDateTime

__all__ = [
    "SYNC_TABLES", "RETURN_TABLES", "PARTICIPANT_TABLES", "PACKAGE_KINDS", "SyncRejected",
    "SyncCancelled", "record_to_json", "json_to_values",
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
#: table name -> its SQLAlchemy table (collect, merge and conflicts read and write through it)
TABLES: dict[str, sa.Table] = {name: cls.__table__ for name, cls in _MODELS.items()}
_SYNC_COLUMNS = ("id", "created_at", "updated_at", "device_id", "hlc", "deleted")
BASE_KEY = "_base"  # the key of a record's base (see base_of) in its JSON form

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

#: What a clock stamp and a record id look like (checked on everything a package brings).
HLC_RE = re.compile(r"^\d{15}-\d{6}-[^\x00-\x1f]{1,64}$")
ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._:-]{0,35}$")
_CHUNK = 500  # ids per IN (...) query: far below SQLite's and PostgreSQL's parameter limits

#: The columns every version carries besides its data (a version's stamps).
STAMP_COLUMNS = frozenset({"created_at", "updated_at", "device_id", "hlc"})

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


def reject(what: str, *, reason: str = "invalid_record", table: str | None = None,
           line: int | None = None, record_id: str | None = None,
           column: str | None = None) -> SyncRejected:
    """The error refusing a package, its message saying where (table, line, record, column);
    every check of sync raises what this gives."""
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


_SPECS: dict[str, tuple[_Column, ...]] = {name: _spec(t) for name, t in TABLES.items()}
#: The columns of each synced table (as a set, and in the table's order).
COLUMN_NAMES: dict[str, frozenset[str]] = {n: frozenset(c.name for c in s)
                                           for n, s in _SPECS.items()}
COLUMN_ORDER: dict[str, tuple[str, ...]] = {n: tuple(c.name for c in s)
                                            for n, s in _SPECS.items()}


def encode_value(value: Any) -> Any:
    """A column value in its JSON form (datetimes as ISO 8601 UTC with "Z", dates as
    YYYY-MM-DD); also used for the times in an import report."""
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
        raise reject(f"unknown table {name!r}", reason="unknown_table", table=name)
    return {c.name: encode_value(get(c.name)) for c in _SPECS[name]}


def _decode(table: str, c: _Column, value: Any, line: int | None, rid: str | None) -> Any:
    def bad(what: str) -> SyncRejected:
        return reject(what, reason="invalid_value", table=table, line=line, record_id=rid,
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


def check_table(table: Any) -> str:
    """``table`` if it names a synced table; else the package is refused."""
    if not isinstance(table, str) or table not in _SPECS:
        raise reject(f"unknown table {str(table)[:64]!r}", reason="unknown_table")
    return table


def json_to_values(table: str, data: Mapping, *, line: int | None = None) -> dict:
    """Check one incoming record and return its column values (Python types, ready to write).

    Strict: the table must be a synced table; ``data`` must be a JSON object with exactly the
    table's columns (plus the optional ``_base``); every value must have the column's type,
    fit its size (text without a size: 20,000 characters; idea text and title: the app's own
    limits), be one of the codes where the column holds an enumeration; ``id`` must look like
    an id and ``hlc`` like a clock stamp. Anything else raises :class:`SyncRejected` naming the
    table, line, record and column. ``_base`` is checked but not returned (see
    :func:`base_of`).
    """
    check_table(table)
    if not isinstance(data, Mapping):
        raise reject(f"a JSON object expected, got {type(data).__name__}", table=table,
                     line=line)
    rid = data.get("id")
    rid = rid if isinstance(rid, str) and len(rid) <= 64 else None
    names = COLUMN_NAMES[table]
    extra = [k for k in data if k not in names and k != BASE_KEY]
    if extra:
        raise reject(f"unknown column {str(extra[0])[:64]!r}", reason="unknown_column",
                     table=table, line=line, record_id=rid, column=str(extra[0])[:64])
    values = {}
    for c in _SPECS[table]:
        if c.name not in data:
            raise reject("the column is missing", reason="missing_column", table=table,
                         line=line, record_id=rid, column=c.name)
        values[c.name] = _decode(table, c, data[c.name], line, rid)
    if not ID_RE.match(values["id"]):
        raise reject(f"{values['id'][:40]!r} is not a record id", reason="invalid_value",
                     table=table, line=line, record_id=None, column="id")
    if not HLC_RE.match(values["hlc"]):
        raise reject(f"{values['hlc'][:40]!r} is not a clock stamp", reason="invalid_value",
                     table=table, line=line, record_id=rid, column="hlc")
    base_of(data, table, line, rid)
    return values


MAX_PARENTS = 16  # the most versions a ``_base`` may name


def base_of(data: Mapping, table: str | None = None, line: int | None = None,
            rid: str | None = None) -> tuple[str, ...]:
    """The stamps of the versions an incoming record was built on (its ``_base``: null, one
    stamp, or a list of stamps for a version that settled a conflict)."""
    base = data.get(BASE_KEY)
    if base is None:
        return ()
    items = [base] if isinstance(base, str) else base
    if not (isinstance(items, list) and 0 < len(items) <= MAX_PARENTS
            and all(isinstance(b, str) and HLC_RE.match(b) for b in items)):
        raise reject(f"{str(base)[:40]!r} is not a clock stamp or a list of them",
                     reason="invalid_value", table=table, line=line, record_id=rid,
                     column=BASE_KEY)
    return tuple(items)


def base_json(parents: Iterable[str]) -> str | list[str] | None:
    """``_base`` as it travels: null, a stamp, or a list of stamps."""
    items = sorted(set(parents))[-MAX_PARENTS:]
    if not items:
        return None
    return items[0] if len(items) == 1 else items


@dataclass(frozen=True)
class VersionBase:
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


def read_bases(conn: sa.Connection, table: str, ids: list[str]) -> dict[str, VersionBase]:
    """record id -> its ``sync_base`` row, for those of ``ids`` that have one (collecting
    gives each record its ``_base`` from it; merging updates it)."""
    sb = SyncBase.__table__
    stmt = sa.select(sb.c.record_id, sb.c.hlc, sb.c.head_hlc, sb.c.head_base).where(
        sb.c.table_name == table)
    out: dict[str, VersionBase] = {}
    if len(ids) > 5 * _CHUNK:
        wanted = set(ids)
        for rid, hlc, head, head_base in conn.execute(stmt):
            if rid in wanted:
                out[rid] = VersionBase(hlc, head, head_base)
        return out
    for chunk in chunks(ids):
        for rid, hlc, head, head_base in conn.execute(stmt.where(sb.c.record_id.in_(chunk))):
            out[rid] = VersionBase(hlc, head, head_base)
    return out


def chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    """``items`` in slices of ``size``, for ``IN (...)`` queries that stay under the
    databases' limits on parameters."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _foreign_keys(table: str) -> list[tuple[str, str, str]]:
    """(column, referenced table, referenced column) of a synced table."""
    out = []
    for col in TABLES[table].columns:
        for fk in col.foreign_keys:
            out.append((col.name, fk.column.table.name, fk.column.name))
    return out


#: table -> its references (see _foreign_keys): collecting adds the parents of every record,
#: merging checks them before anything is written.
FOREIGN_KEYS = {t: _foreign_keys(t) for t in SYNC_TABLES}
