"""Ideas one at a time and in batches (each call ONE transaction, committed before it returns;
WAL with ``synchronous=FULL`` makes it durable at that point), and the fast read path (id lists
and page fetches) that table views use. What is written, and how it is checked, is
:mod:`.intake`'s one insert path.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import select

from ...core.enums import IdeaKind, IdeaSource, IdeaStatus
from ...core.errors import SmartCityError, ValidationError
from ...storage.database import Database
from ...storage.models import Idea, IdeaSDG, IdeaStrategyGoal, Participant, Workshop
from ..records import get_live
from . import intake
from .intake import IdeaInput, IdeaWriter


@dataclass(frozen=True)
class IdeaSnapshot:
    """An idea as stored, with its links, detached from any session."""

    id: str
    workshop_id: str
    data: IdeaInput
    status: str
    created_at: dt.datetime
    deleted: bool


@dataclass(frozen=True)
class Added:
    """An idea just added, and the theme created with it (undo takes both back)."""

    idea_id: str
    new_theme_id: str | None = None


def add_idea(db: Database, workshop_id: str, data: IdeaInput, idea_id: str | None = None) -> str:
    """Save a new idea and return its id. Committed when this returns."""
    return add_idea_with_theme(db, workshop_id, data, idea_id).idea_id


def add_idea_with_theme(db: Database, workshop_id: str, data: IdeaInput,
                        idea_id: str | None = None) -> Added:
    """Save a new idea, and the theme ``data.new_theme`` names if the project has none by that
    name, in ONE transaction."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        written = IdeaWriter(db, s, workshop).add(data, idea_id)
        s.commit()
    return Added(written.idea_id, written.new_theme_id)


def update_idea(db: Database, idea_id: str, data: IdeaInput) -> IdeaSnapshot:
    """Change an idea; returns the snapshot from before the change (for undo)."""
    return update_idea_with_theme(db, idea_id, data)[0]


def update_idea_with_theme(db: Database, idea_id: str, data: IdeaInput, *,
                           bring_back: tuple[str, ...] = (), take_back: tuple[str, ...] = ()
                           ) -> tuple[IdeaSnapshot, str | None]:
    """Change an idea in ONE transaction, creating the theme ``data.new_theme`` names if the
    project has none by that name. For undo and redo, the themes in ``bring_back`` come back
    first and those in ``take_back`` are tombstoned after (while no other idea uses them).
    Returns the snapshot from before the change and the id of a theme created."""
    before = get_idea(db, idea_id)
    if before.deleted:
        raise ValidationError("idea", "The idea has been deleted.", reason=intake.IDEA_DELETED)
    with db.session() as s:
        workshop = s.get(Workshop, before.workshop_id)
        if bring_back:
            intake.set_deleted(db, s, (), False, bring_back)
            s.flush()
        written = IdeaWriter(db, s, workshop).update(idea_id, data)
        if take_back:
            s.flush()
            intake.set_deleted(db, s, (), True, take_back)
        s.commit()
    return before, written.new_theme_id


def set_idea_deleted(db: Database, idea_id: str, deleted: bool) -> None:
    """Tombstone (or bring back, for undo) an idea."""
    set_ideas_deleted(db, (idea_id,), deleted)


def delete_idea(db: Database, idea_id: str) -> None:
    set_idea_deleted(db, idea_id, True)


def restore_idea(db: Database, idea_id: str) -> None:
    set_idea_deleted(db, idea_id, False)


def set_ideas_deleted(db: Database, idea_ids, deleted: bool, theme_ids=()) -> None:
    """Tombstone (or bring back) many ideas, and the themes created with them, in ONE
    transaction: an unknown id raises and nothing is written."""
    with db.session() as s:
        intake.set_deleted(db, s, idea_ids, deleted, theme_ids)
        s.commit()


# --------------------------------------------------------------------------- batches (import)


class BatchCancelled(SmartCityError):
    """A batch write cancelled through its progress callback; nothing was written."""

    code = "cancelled"


@dataclass(frozen=True)
class BatchResult:
    idea_ids: list[str]
    theme_ids: list[str]  # themes created for ideas that named a new one


def add_ideas_in_one_transaction(db: Database, workshop_id: str, inputs,
                                 progress=None) -> BatchResult:
    """Save many ideas in ONE transaction: all of them or none.

    Each idea is checked like :func:`add_idea` does; a refused one raises ValidationError with
    ``details["index"]`` (its position in ``inputs``) and nothing is written. Ideas that name
    a new theme (``IdeaInput.new_theme``) create it once, in the same transaction.
    ``progress(done, total)`` is called after each idea; returning False rolls everything back
    and raises :class:`BatchCancelled`."""
    inputs = list(inputs)
    total = len(inputs)
    ids: list[str] = []
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        writer = IdeaWriter(db, s, workshop, batch=True)
        for index, data in enumerate(inputs):
            try:
                ids.append(writer.add(data).idea_id)
            except ValidationError as exc:
                details = {k: v for k, v in exc.details.items() if k != "field"}
                details["index"] = index
                raise ValidationError(exc.field, exc.message, **details) from None
            if progress is not None and progress(index + 1, total) is False:
                s.rollback()
                raise BatchCancelled("The import was cancelled; nothing was saved.")
        writer.flush()
        s.commit()
    return BatchResult(ids, writer.created_themes)


def get_idea(db: Database, idea_id: str) -> IdeaSnapshot:
    with db.session() as s:
        idea = s.get(Idea, idea_id)
        if idea is None:
            raise ValidationError("idea", f"No idea with id {idea_id}.",
                                  reason=intake.IDEA_NOT_FOUND, id=idea_id)
        sdgs = tuple(sorted(s.exec(select(IdeaSDG.sdg_number).where(
            IdeaSDG.idea_id == idea_id, IdeaSDG.deleted == False))))  # noqa: E712
        goals = tuple(s.exec(select(IdeaStrategyGoal.goal_id).where(
            IdeaStrategyGoal.idea_id == idea_id, IdeaStrategyGoal.deleted == False)))  # noqa: E712
        data = IdeaInput(text=idea.text, kind=IdeaKind(idea.kind), title=idea.title,
                         theme_id=idea.theme_id, sdgs=sdgs, strategy_goal_ids=goals,
                         source=IdeaSource(idea.source),
                         author_participant_id=idea.author_participant_id,
                         author_table_group=idea.author_table_group, entered_by=idea.entered_by)
        return IdeaSnapshot(idea.id, idea.workshop_id, data, idea.status, idea.created_at,
                            idea.deleted)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class IdeaQuery:
    """Which ideas a list shows. Empty fields do not filter."""

    project_id: str | None = None
    workshop_id: str | None = None
    text: str = ""
    theme_id: str | None = None
    kind: IdeaKind | None = None
    source: IdeaSource | None = None
    sdg: int | None = None
    status: IdeaStatus | None = None
    category_id: str | None = None  # ideas whose author gave this demographic answer


@dataclass(frozen=True)
class IdeaRow:
    """One row of an ideas table (display values only)."""

    rowid: int | str  # an opaque row key: see Database.row_key
    id: str
    created_at: dt.datetime
    text: str
    title: str | None
    kind: str
    theme: str
    sdgs: tuple[int, ...]
    source: str
    author: str
    status: str
    workshop_code: str


_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX = 2


def fts_expression(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last one
    as a prefix (so results appear while typing). Operators typed by the user are ignored."""
    # Composed form first: in decomposed text (pasted "e" + combining accent) the accents are
    # not word characters and would split words that the index holds whole.
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) >= MIN_PREFIX:
        # A single typed letter would match most of the database as a prefix; it is matched
        # as a word until the second letter arrives.
        quoted[-1] += "*"
    return " ".join(quoted)


def tsquery_expression(text: str) -> str | None:
    """The same rules as :func:`fts_expression` for PostgreSQL's ``to_tsquery``: every word
    must match, the last one (two letters or more) as a prefix. Words are runs of letters and
    digits, so quoting them is safe; the database functions of migration 0002 fold case and
    accents of the index and of this query alike."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    quoted = [f"'{w}'" for w in words]
    if len(words[-1]) >= MIN_PREFIX:
        quoted[-1] += ":*"
    return " & ".join(quoted)


def where_clause(db: Database, query: IdeaQuery) -> tuple[str, str, dict[str, object]] | None:
    """(FROM clause, WHERE clause, parameters) for ``query``; None when nothing can match."""
    clauses = ["i.deleted = false"]
    params: dict[str, object] = {}
    source = "idea i"
    if query.workshop_id:
        clauses.append("i.workshop_id = :workshop_id")
        params["workshop_id"] = query.workshop_id
    elif query.project_id:
        clauses.append("i.workshop_id IN (SELECT id FROM workshop WHERE project_id = :project_id)")
        params["project_id"] = query.project_id
    for name in ("theme_id", "kind", "source", "status"):
        value = getattr(query, name)
        if value:
            clauses.append(f"i.{name} = :{name}")
            params[name] = str(value)
    if query.sdg:
        clauses.append("i.id IN (SELECT idea_id FROM idea_sdg WHERE sdg_number = :sdg "
                       "AND deleted = false)")
        params["sdg"] = int(query.sdg)
    if query.category_id:
        clauses.append("i.author_participant_id IN (SELECT participant_id FROM participant_answer"
                       " WHERE category_id = :category_id AND deleted = false)")
        params["category_id"] = query.category_id
    expression = fts_expression(query.text) if query.text else None
    if query.text and expression is None:
        return None
    if expression:
        if db.is_sqlite:
            # CROSS JOIN fixes the join order: the full-text index first, then the matching
            # ideas by rowid. Left to itself SQLite walks every idea of the workshop in index
            # order and probes the index once per idea (seconds at 100,000 ideas).
            source = "idea_fts f CROSS JOIN idea i ON i.rowid = f.rowid"
            clauses.append("f.idea_fts MATCH :match")
            params["match"] = expression
        elif db.engine.dialect.name == "postgresql":
            # The GIN index of migration 0002 (same function, same configuration).
            clauses.append("smartcity_idea_tsv(i.title, i.text) @@ "
                           "smartcity_search_query(:tsq)")
            params["tsq"] = tsquery_expression(query.text)
        else:  # pragma: no cover - any other server: no index, whole-text matching
            clauses.append("(i.text LIKE :like OR i.title LIKE :like)")
            params["like"] = f"%{query.text.strip()}%"
    return source, " AND ".join(clauses), params


def _driver_cursor(conn: sa.Connection, sql: str, params: dict):
    """Rows straight from the driver's cursor (for 100,000 ids SQLAlchemy's per-row work is
    most of the cost). sqlite3 takes ``:name`` parameters as written; other drivers get the
    statement through SQLAlchemy, which rewrites them to their own style."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(sql, params).cursor
    return conn.execute(sa.text(sql), params).cursor


def idea_rowids(db: Database, query: IdeaQuery) -> list[int]:
    """Row keys (``Database.row_key``: rowids on SQLite) of the matching live ideas, newest
    first. Cheap even for 100,000 ideas."""
    parts = where_clause(db, query)
    if parts is None:
        return []
    source, where, params = parts
    key = db.row_key("i")
    sql = (f"SELECT {key} FROM {source} WHERE {where} "
           f"ORDER BY i.created_at DESC, {key} DESC")
    with db.engine.connect() as conn:
        return [row[0] for row in _driver_cursor(conn, sql, params)]


def position_in(db: Database, query: IdeaQuery, idea_id: str) -> int | None:
    """Where ``idea_id`` stands in the result of ``query`` (None if it does not match)."""
    parts = where_clause(db, query)
    if parts is None:
        return None
    source, where, params = parts
    with db.engine.connect() as conn:
        key = db.row_key("i")
        me = _driver_cursor(conn, f"SELECT {key}, i.created_at FROM {source} "
                                  f"WHERE {where} AND i.id = :me",
                            {**params, "me": idea_id}).fetchone()
        if me is None:
            return None
        # A row value, so that SQLite counts along the (workshop, deleted, created_at) index
        # range instead of scanning every idea of the workshop.
        return _driver_cursor(
            conn, f"SELECT count(*) FROM {source} WHERE {where} AND "
            f"(i.created_at, {key}) > (:at, :rid)",
            {**params, "at": me[1], "rid": me[0]}).fetchone()[0]


def fetch_idea_rows(db: Database, rowids: list[int]) -> dict[int, IdeaRow]:
    """Display rows for the given row keys (one page of a table)."""
    if not rowids:
        return {}
    key = db.row_key("i")
    sql = sa.text(
        f"SELECT {key}, i.id, i.created_at, i.text, i.title, i.kind, coalesce(t.name, ''), "
        "i.source, coalesce(p.code, i.author_table_group, ''), i.status, w.code, "
        f"(SELECT {db.group_concat('sdg_number')} FROM idea_sdg s WHERE s.idea_id = i.id "
        " AND s.deleted = false) "
        "FROM idea i JOIN workshop w ON w.id = i.workshop_id "
        "LEFT JOIN theme t ON t.id = i.theme_id "
        "LEFT JOIN participant p ON p.id = i.author_participant_id "
        f"WHERE {key} IN :rowids"
    ).bindparams(sa.bindparam("rowids", expanding=True))
    result = {}
    with db.engine.connect() as conn:
        for row in conn.execute(sql, {"rowids": list(rowids)}):
            sdgs = tuple(sorted(int(x) for x in row[11].split(","))) if row[11] else ()
            created = row[2]
            if isinstance(created, str):
                created = dt.datetime.fromisoformat(created)
            result[row[0]] = IdeaRow(row[0], row[1], created.replace(tzinfo=dt.UTC), row[3],
                                     row[4], row[5], row[6], sdgs, row[7], row[8], row[9], row[10])
    return result


def rowid_of(db: Database, idea_id: str) -> int | None:
    """The row key (see ``Database.row_key``) of the idea, None if there is no such idea."""
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT {db.row_key('idea')} FROM idea WHERE id = :id"),
                            {"id": idea_id}).scalar()


def count_ideas(db: Database, workshop_id: str | None = None) -> int:
    with db.engine.connect() as conn:
        if workshop_id:
            return conn.execute(sa.text("SELECT count(*) FROM idea WHERE deleted = false AND "
                                        "workshop_id = :w"), {"w": workshop_id}).scalar()
        return conn.execute(sa.text("SELECT count(*) FROM idea WHERE deleted = false")).scalar()


def participant_codes(db: Database, workshop_id: str) -> list[str]:
    """The codes of the workshop's live participants, in order (for completers)."""
    with db.session() as s:
        return list(s.exec(select(Participant.code).where(
            Participant.workshop_id == workshop_id, Participant.deleted == False)  # noqa: E712
            .order_by(Participant.code)))


def table_groups(db: Database, workshop_id: str) -> list[str]:
    """The table groups named as authors of the workshop's live ideas, sorted (for completers)."""
    with db.engine.connect() as conn:
        names = conn.execute(sa.text(
            "SELECT DISTINCT author_table_group FROM idea WHERE workshop_id = :w "
            "AND deleted = false AND author_table_group IS NOT NULL AND author_table_group != ''"),
            {"w": workshop_id}).scalars()
        return sorted(names, key=_natural)


def _natural(name: str) -> tuple:
    """Sort key that puts "Table 2" before "Table 10"."""
    return tuple((0, int(part), "") if part.isdecimal() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", name) if part)
