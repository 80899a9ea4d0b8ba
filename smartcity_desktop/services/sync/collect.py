"""Collecting the changes a package carries: the records changed since a bookmark, with the
parents they refer to and what each version was built on (``_base``). Reads only."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa

from ...core.errors import ValidationError
from ...storage.database import Database
from .codec import (
    BASE_KEY,
    FOREIGN_KEYS,
    HLC_RE,
    SYNC_TABLES,
    TABLES,
    base_json,
    check_table,
    chunks,
    read_bases,
    record_to_json,
)

__all__ = ["ChangeSet", "collect_changes"]


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
        check_table(name)
    if since_hlc is not None and not HLC_RE.match(since_hlc):
        raise ValidationError("since_hlc", f"{since_hlc!r} is not a clock stamp.",
                              reason="clock_stamp_invalid", value=since_hlc)
    rows: dict[str, dict[str, dict]] = {t: {} for t in SYNC_TABLES}
    newest = since_hlc
    participant = TABLES["participant"]
    with db.engine.connect() as conn:
        for name in SYNC_TABLES:
            if name not in wanted:
                continue
            t = TABLES[name]
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
            for column, parent, parent_col in FOREIGN_KEYS[name]:
                if parent not in rows or parent_col != "id":
                    continue  # reference data (sdg) is the same everywhere
                have = rows[parent]
                missing = sorted({r[column] for r in rows[name].values()
                                  if r[column] is not None and r[column] not in have})
                pt = TABLES[parent]
                for chunk in chunks(missing):
                    for row in conn.execute(sa.select(pt).where(pt.c.id.in_(chunk))):
                        rec = record_to_json(row, parent)
                        have[rec["id"]] = rec
        for name in SYNC_TABLES:
            bucket = rows[name]
            if not bucket:
                continue
            bases = read_bases(conn, name, list(bucket))
            for rid, rec in bucket.items():
                base = bases.get(rid)
                rec[BASE_KEY] = base_json(base.parents_of(rec["hlc"])) if base else None
    out = {name: sorted(rows[name].values(), key=lambda r: (r["hlc"], r["id"]))
           for name in SYNC_TABLES if rows[name]}
    return ChangeSet(tables=out, hlc_from=since_hlc, hlc_to=newest,
                     counts={name: len(recs) for name, recs in out.items()})
