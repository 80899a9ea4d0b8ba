"""Sync: merging the records a package carries into a database.

This module knows nothing of files, keys or encryption (see ``sync_package``); it merges a set
of records as plain JSON objects (see ``sync.codec``) into a database in ONE transaction, all or
nothing.

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

The records' JSON form is in ``sync.codec``, collecting changes in ``sync.collect`` and the
conflict queue in ``sync.conflicts``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from ...core.clock import HLCStamp, utcnow
from ...core.ids import new_id
from ...storage.database import Database
from ...storage.models import ImportedPackage, SyncBase, SyncConflict
from .codec import (
    FOREIGN_KEYS,
    HLC_RE,
    ID_RE,
    PACKAGE_KINDS,
    STAMP_COLUMNS,
    SYNC_TABLES,
    TABLES,
    SyncCancelled,
    VersionBase,
    base_of,
    check_table,
    chunks,
    encode_value,
    json_to_values,
    read_bases,
    record_to_json,
    reject,
)

__all__ = ["TableCounts", "ImportReport", "apply_changes", "is_imported"]


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
                "imported_at": encode_value(self.imported_at) if self.imported_at else None,
                "tables": {t: asdict(c) for t, c in self.tables.items()},
                "conflict_ids": list(self.conflict_ids)}


def _parse_time(value: Any, what: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise reject(f"{what} has no time zone", reason="invalid_manifest")
        return value.astimezone(dt.UTC)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed.astimezone(dt.UTC)
    raise reject(f"{what} is not a UTC date and time: {str(value)[:40]!r}",
                 reason="invalid_manifest")


@dataclass
class _Incoming:
    values: dict
    base: tuple[str, ...]
    line: int


def _validate_tables(tables: Mapping) -> dict[str, list[_Incoming]]:
    if not isinstance(tables, Mapping):
        raise reject("the records must be given per table", reason="invalid_manifest")
    out: dict[str, list[_Incoming]] = {}
    for name in tables:
        check_table(name)
    for name in SYNC_TABLES:
        records = tables.get(name)
        if not records:
            continue
        if not isinstance(records, list | tuple):
            raise reject("a list of records expected", reason="invalid_record", table=name)
        seen: set[str] = set()
        items = []
        for i, data in enumerate(records, start=1):
            values = json_to_values(name, data, line=i)
            if values["id"] in seen:
                raise reject("the record appears twice", reason="duplicate_record",
                             table=name, line=i, record_id=values["id"])
            seen.add(values["id"])
            items.append(_Incoming(values, base_of(data, name, i, values["id"]), i))
        out[name] = items
    return out


def _check_references(conn: sa.Connection, incoming: dict[str, list[_Incoming]]) -> None:
    """Every reference of an incoming record must point at a record of the package or of the
    database; checked before anything is written, for a message that names the record."""
    for name, items in incoming.items():
        for column, parent, parent_col in FOREIGN_KEYS[name]:
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
            for chunk in chunks(list(wanted)):
                found.update(conn.execute(sa.select(pcol).where(pcol.in_(chunk))).scalars())
            for value, it in wanted.items():
                if value not in found:
                    raise reject(f"refers to {parent} {value!r}, which is neither in the "
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
    if not isinstance(package_id, str) or not ID_RE.match(package_id):
        raise reject(f"{str(package_id)[:40]!r} is not a package id", reason="invalid_manifest")
    if not isinstance(device_id, str) or not 0 < len(device_id) <= 64:
        raise reject("the package has no valid device id", reason="invalid_manifest")
    if kind not in PACKAGE_KINDS:
        raise reject(f"unknown package kind {str(kind)[:20]!r}", reason="invalid_manifest")
    created = _parse_time(created_at, "the package creation time")
    for what, stamp in (("hlc_from", hlc_from), ("hlc_to", hlc_to)):
        if stamp is not None and not (isinstance(stamp, str) and HLC_RE.match(stamp)):
            raise reject(f"{what} is not a clock stamp", reason="invalid_manifest")
    incoming = _validate_tables(tables)
    if kind == "return":
        for name in incoming:
            if name in ("participant_answer", "contact_detail"):
                raise reject("a return package must not carry participant-level data",
                             reason="privacy", table=name)
    report = ImportReport(package_id=package_id, device_id=device_id, kind=kind)
    try:
        newest = _merge(db, report, incoming, created, hlc_from, hlc_to, progress)
    except (sa.exc.IntegrityError, sa.exc.DataError) as exc:
        # A rule of the schema the checks above do not know about (e.g. two link records with
        # different ids for the same pair); the transaction was rolled back.
        detail = str(exc.orig).splitlines()[0][:200] if exc.orig else "constraint failed"
        raise reject(f"the records break a rule of the database ({detail})",
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
            t = TABLES[name]
            counts = report.tables.setdefault(name, TableCounts())
            for chunk in chunks(items, 2000):
                ids = [it.values["id"] for it in chunk]
                existing: dict[str, Any] = {}
                for sub in chunks(ids):
                    for row in conn.execute(sa.select(t).where(t.c.id.in_(sub))):
                        existing[row.id] = row
                bases = read_bases(conn, name, ids) if existing else {}
                inserts, updates, base_new, base_upd = [], [], [], []
                for it in chunk:
                    v = it.values
                    rid, hlc = v["id"], v["hlc"]
                    if newest is None or hlc > newest:
                        newest = hlc
                    local = existing.get(rid)
                    old = bases.get(rid)
                    new = VersionBase(hlc, hlc, json.dumps(sorted(it.base)))
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
                                new = VersionBase(hlc, hlc, old.head_base)
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
                                new = VersionBase(max(old.hlc if old else "", hlc),
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
                 base: VersionBase | None) -> bool:
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


def _differs(a: dict, b: dict) -> bool:
    """Whether two versions differ in anything but their stamps (two devices that made the
    same change, e.g. both removed the same SDG link, are not in conflict)."""
    return any(a[k] != b[k] for k in a if k not in STAMP_COLUMNS)


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
    for chunk in chunks(sorted({r["record_id"] for r in rows})):
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
