"""The idea lifecycle: every status change needs a reason and a date and is kept as a log,
so each idea has a visible path to a decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from ...core import rules
from ...core.enums import IdeaStatus
from ...core.errors import NotFoundError, ValidationError
from ...storage.database import Database
from ...storage.models import Idea, IdeaStatusChange
from ..records import get_live, live, new_record, touch


def change_status(db: Database, idea_id: str, status: IdeaStatus, reason: str,
                  decided_on: dt.date, changed_by: str = "") -> IdeaStatusChange:
    """Move an idea to ``status``; ``reason`` and ``decided_on`` are required."""
    try:
        status = IdeaStatus(status)
    except ValueError:
        raise ValidationError("status", f"{status!r} is not an idea status.",
                              reason="not_one_of", value=status,
                              choices=[s.value for s in IdeaStatus]) from None
    reason = rules.require_text("reason", reason, rules.MAX_IDEA_TEXT)
    if not isinstance(decided_on, dt.date):
        raise ValidationError("date", "A status change needs a date.", reason="no_date")
    with db.session() as s:
        idea = get_live(s, Idea, idea_id, "idea")
        if idea.status == status.value:
            raise ValidationError("status", f"The idea is already {status.value}.",
                                  reason="already_status", status=status.value)
        entry = new_record(db, IdeaStatusChange, idea_id=idea_id, from_status=idea.status,
                           to_status=status.value, reason=reason, decided_on=decided_on,
                           changed_by=rules.clean_text(changed_by))
        s.add(entry)
        touch(db, idea, status=status.value, status_reason=reason, status_date=decided_on)
        s.add(idea)
        s.commit()
        return entry


def status_log(db: Database, idea_id: str) -> list[IdeaStatusChange]:
    with db.session() as s:
        return list(s.exec(live(IdeaStatusChange).where(IdeaStatusChange.idea_id == idea_id)
                           .order_by(IdeaStatusChange.hlc)))


# --------------------------------------------------------------------------- several at once
#: The usual next step of an idea on its way to a decision (what a status dialog proposes).
NEXT_STEP: dict[IdeaStatus, IdeaStatus] = {
    IdeaStatus.NEW: IdeaStatus.UNDER_REVIEW,
    IdeaStatus.UNDER_REVIEW: IdeaStatus.ACCEPTED,
    IdeaStatus.ACCEPTED: IdeaStatus.IN_PROGRESS,
    IdeaStatus.IN_PROGRESS: IdeaStatus.IMPLEMENTED,
}

#: Ideas in these statuses are part of the plan (accepted, being done, or done).
IN_PLAN: frozenset[IdeaStatus] = frozenset({IdeaStatus.ACCEPTED, IdeaStatus.IN_PROGRESS,
                                            IdeaStatus.IMPLEMENTED})


def _checked_change(status, reason, decided_on) -> tuple[IdeaStatus, str, dt.date]:
    """The rules of :func:`change_status`, for the functions below."""
    try:
        status = IdeaStatus(status)
    except ValueError:
        raise ValidationError("status", f"{status!r} is not an idea status.",
                              reason="not_one_of", value=status,
                              choices=[s.value for s in IdeaStatus]) from None
    reason = rules.require_text("reason", reason, rules.MAX_IDEA_TEXT)
    if isinstance(decided_on, dt.datetime):
        decided_on = decided_on.date()
    if not isinstance(decided_on, dt.date):
        raise ValidationError("date", "A status change needs a date.", reason="no_date")
    return status, reason, decided_on


def change_statuses(db: Database, idea_ids, status: IdeaStatus, reason: str,
                    decided_on: dt.date, changed_by: str = "") -> list[IdeaStatusChange]:
    """Move several ideas to ``status`` with one reason and one date, in one transaction.

    Ideas that already have ``status`` are left alone (no log entry); if that is all of them
    the call is refused. All or nothing: an unknown or deleted idea changes no idea. Returns
    the new log entries in the order of ``idea_ids`` (repeated ids count once)."""
    status, reason, decided_on = _checked_change(status, reason, decided_on)
    idea_ids = list(dict.fromkeys(i for i in idea_ids if i))
    if not idea_ids:
        raise ValidationError("ideas", "Choose at least one idea.", reason="no_ideas")
    changed_by = rules.clean_text(changed_by)
    with db.session() as s:
        ideas = [get_live(s, Idea, idea_id, "idea") for idea_id in idea_ids]
        entries = []
        for idea in ideas:
            if idea.status == status.value:
                continue
            entry = new_record(db, IdeaStatusChange, idea_id=idea.id, from_status=idea.status,
                               to_status=status.value, reason=reason, decided_on=decided_on,
                               changed_by=changed_by)
            s.add(entry)
            touch(db, idea, status=status.value, status_reason=reason, status_date=decided_on)
            s.add(idea)
            entries.append(entry)
        if not entries:
            raise ValidationError("status", f"The ideas are already {status.value}.",
                                  reason="already_status", status=status.value)
        s.commit()
        return entries


def _latest_live_entry(s, idea_id: str) -> IdeaStatusChange | None:
    return s.exec(live(IdeaStatusChange).where(IdeaStatusChange.idea_id == idea_id)
                  .order_by(IdeaStatusChange.hlc.desc())).first()


def revert_status_changes(db: Database, entry_ids) -> list[str]:
    """Undo status changes: each idea gets its previous status back (and the reason and date
    of its previous log entry), and the log entry is tombstoned, so it leaves the visible log
    but sync still learns that it was withdrawn. Only the latest change of an idea can be
    reverted. All or nothing. Returns the ids of the ideas."""
    entry_ids = list(dict.fromkeys(entry_ids))
    with db.session() as s:
        touched = []
        for entry_id in entry_ids:
            entry = get_live(s, IdeaStatusChange, entry_id, "status change")
            idea = s.get(Idea, entry.idea_id)
            latest = _latest_live_entry(s, entry.idea_id)
            if idea is None or idea.status != entry.to_status or latest.id != entry.id:
                raise ValidationError(
                    "status", "The idea's status has changed again since; undo the later "
                    "change first.", reason="status_changed_since",
                    idea_id=entry.idea_id)
            touch(db, entry, deleted=True)
            s.add(entry)
            s.flush()
            previous = _latest_live_entry(s, entry.idea_id)
            touch(db, idea, status=entry.from_status,
                  status_reason=previous.reason if previous else "",
                  status_date=previous.decided_on if previous else None)
            s.add(idea)
            touched.append(idea.id)
        s.commit()
        return touched


def reapply_status_changes(db: Database, entry_ids) -> list[str]:
    """Redo status changes reverted by :func:`revert_status_changes`: the same log entries
    come back (sync sees one record, not a copy). All or nothing. Returns the idea ids."""
    entry_ids = list(dict.fromkeys(entry_ids))
    with db.session() as s:
        touched = []
        for entry_id in entry_ids:
            entry = s.get(IdeaStatusChange, entry_id)
            if entry is None:
                raise NotFoundError(f"No status change with id {entry_id}.", what="status change",
                                    id=entry_id)
            idea = s.get(Idea, entry.idea_id)
            if not entry.deleted or idea is None or idea.status != entry.from_status:
                raise ValidationError(
                    "status", "The idea's status has changed since; this change cannot be "
                    "redone.", reason="status_changed_since", idea_id=entry.idea_id)
            touch(db, entry, deleted=False)
            s.add(entry)
            touch(db, idea, status=entry.to_status, status_reason=entry.reason,
                  status_date=entry.decided_on)
            s.add(idea)
            touched.append(idea.id)
        s.commit()
        return touched


def deciders(db: Database, project_id: str) -> list[str]:
    """The names given as "decided by" in the project so far (for completion), A-Z."""
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT DISTINCT c.changed_by FROM idea_status_change c "
            "JOIN idea i ON i.id = c.idea_id JOIN workshop w ON w.id = i.workshop_id "
            "WHERE c.deleted = false AND c.changed_by != '' AND w.project_id = :pid"),
            {"pid": project_id}).scalars().all()
    return sorted(rows, key=str.casefold)


# --------------------------------------------------------------------------- decision list
@dataclass(frozen=True)
class DecisionRow:
    """One idea on its way to a decision (display values only)."""

    rowid: int | str  # an opaque row key: see Database.row_key
    id: str
    workshop_code: str
    title: str | None
    text: str
    status: str
    status_date: dt.date | None   # the date of the latest status change
    status_reason: str
    changes: int                  # live entries in the idea's status log


DECISION_SORTS = ("text", "workshop", "status", "date", "reason")
_STATUS_ORDER = "CASE i.status " + " ".join(
    f"WHEN '{s.value}' THEN {n}" for n, s in enumerate(IdeaStatus)) + " ELSE 99 END"


def decision_rowids(db: Database, project_id: str | None, workshop_id: str | None = None,
                    status: IdeaStatus | None = None, text: str = "", sort: str = "date",
                    descending: bool = True) -> list[int]:
    """Row ids of the live ideas in scope (optionally of one status, or matching ``text``),
    sorted by ``sort`` (one of :data:`DECISION_SORTS`). Ideas never changed sort last by date.
    """
    from .capture import IdeaQuery, where_clause

    if sort not in DECISION_SORTS:
        raise ValidationError("sort", f"Cannot sort by {sort!r}.", reason="sort_unknown",
                              value=sort)
    if not (project_id or workshop_id):
        return []
    parts = where_clause(db, IdeaQuery(project_id=project_id, workshop_id=workshop_id,
                                 status=status, text=text))
    if parts is None:
        return []
    source, where, params = parts
    way = "DESC" if descending else "ASC"
    if sort == "date":
        order = f"(i.status_date IS NULL), i.status_date {way}, i.created_at {way}"
    elif sort == "status":
        order = f"{_STATUS_ORDER} {way}, i.status_date DESC"
    elif sort == "workshop":
        source += " JOIN workshop w ON w.id = i.workshop_id"
        order = f"w.code {way}, i.created_at DESC"
    elif sort == "reason":
        order = f"(i.status_reason = ''), {db.nocase('i.status_reason')} {way}"
    else:
        order = db.nocase("coalesce(nullif(i.title, ''), i.text)") + f" {way}"
    key = db.row_key("i")
    # Ties (same status, same reason, ...) newest first; the row key last only for ideas made
    # in the same instant, so the order is the same on SQLite and on the office's server.
    sql = (f"SELECT {key} FROM {source} WHERE {where} "
           f"ORDER BY {order}, i.created_at DESC, {key} DESC")
    with db.engine.connect() as conn:
        if db.is_sqlite:
            return [row[0] for row in conn.exec_driver_sql(sql, params).cursor]
        return list(conn.execute(sa.text(sql), params).scalars())


def fetch_decision_rows(db: Database, rowids: list[int]) -> dict[int, DecisionRow]:
    """Display rows for the given row ids (one page of a table)."""
    if not rowids:
        return {}
    key = db.row_key("i")
    sql = sa.text(
        f"SELECT {key}, i.id, w.code, i.title, i.text, i.status, i.status_date, "
        "i.status_reason, (SELECT count(*) FROM idea_status_change c WHERE c.idea_id = i.id "
        "AND c.deleted = false) "
        f"FROM idea i JOIN workshop w ON w.id = i.workshop_id WHERE {key} IN :rowids"
    ).bindparams(sa.bindparam("rowids", expanding=True))
    result = {}
    with db.engine.connect() as conn:
        for row in conn.execute(sql, {"rowids": list(rowids)}):
            date = row[6]
            if isinstance(date, str):
                date = dt.date.fromisoformat(date)
            result[row[0]] = DecisionRow(row[0], row[1], row[2], row[3], row[4], row[5], date,
                                         row[7] or "", row[8])
    return result
