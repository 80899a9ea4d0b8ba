"""Ideas: the one write path for adding, editing, deleting and restoring ideas, and the
fast read path (id lists and page fetches) that table views use.

Every write is one short transaction that is committed before the function returns; WAL with
``synchronous=FULL`` makes it durable at that point.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlmodel import select

from ...core import rules
from ...core.enums import IdeaKind, IdeaSource, IdeaStatus
from ...core.errors import SmartCityError, ValidationError
from ...core.ids import link_id
from ...core.sdgs import check_sdg_numbers
from ...storage.database import Database
from ...storage.models import (
    Idea,
    IdeaSDG,
    IdeaStrategyGoal,
    Participant,
    StrategyGoal,
    Theme,
    Workshop,
)
from ..records import get_live, new_record, touch


@dataclass(frozen=True)
class IdeaInput:
    """Everything a capture form can say about an idea."""

    text: str
    kind: IdeaKind = IdeaKind.IDEA
    title: str | None = None
    theme_id: str | None = None
    sdgs: tuple[int, ...] = ()
    strategy_goal_ids: tuple[str, ...] = ()
    source: IdeaSource = IdeaSource.LIVE
    author_participant_id: str | None = None
    author_table_group: str | None = None
    entered_by: str = ""


@dataclass(frozen=True)
class IdeaSnapshot:
    """An idea as stored, with its links, detached from any session."""

    id: str
    workshop_id: str
    data: IdeaInput
    status: str
    created_at: dt.datetime
    deleted: bool


def _validate(db: Database, s, workshop: Workshop, data: IdeaInput) -> IdeaInput:
    text = rules.require_text("text", data.text, rules.MAX_IDEA_TEXT)
    title = rules.optional_text("title", data.title, rules.MAX_TITLE)
    try:
        kind = IdeaKind(data.kind)
    except ValueError:
        raise ValidationError("kind", f"{data.kind!r} is not a kind of idea.") from None
    try:
        source = IdeaSource(data.source)
    except ValueError:
        raise ValidationError("source", f"{data.source!r} is not a source.") from None
    sdgs = tuple(check_sdg_numbers(data.sdgs))
    if data.theme_id:
        theme = s.get(Theme, data.theme_id)
        if theme is None or theme.deleted or theme.project_id != workshop.project_id:
            raise ValidationError("theme", "The theme does not belong to this project.")
    goals = tuple(dict.fromkeys(data.strategy_goal_ids))
    for goal_id in goals:
        goal = s.get(StrategyGoal, goal_id)
        if goal is None or goal.deleted or goal.project_id != workshop.project_id:
            raise ValidationError("strategy_goals", "A strategy goal is not of this project.")
    table_group = rules.optional_text("table_group", data.author_table_group, 64)
    if data.author_participant_id:
        if table_group:
            raise ValidationError("author", "An idea has a participant or a table group as "
                                  "author, not both.")
        person = s.get(Participant, data.author_participant_id)
        if person is None or person.deleted:
            raise ValidationError("participant", "The participant does not exist.")
        if person.workshop_id != workshop.id:
            raise ValidationError("participant", f"Participant {person.code} belongs to another "
                                  "workshop.", code=person.code)
    return replace(data, text=text, title=title, kind=kind, source=source, sdgs=sdgs,
                   strategy_goal_ids=goals, author_table_group=table_group,
                   entered_by=rules.clean_text(data.entered_by)[:rules.MAX_NAME])


def _sync_links(db: Database, s, idea_id: str, cls, column: str, wanted) -> None:
    rows = {getattr(r, column): r for r in s.exec(select(cls).where(cls.idea_id == idea_id))}
    for value in wanted:
        row = rows.get(value)
        if row is None:
            s.add(new_record(db, cls, id=link_id(idea_id, column, value), idea_id=idea_id,
                             **{column: value}))
        elif row.deleted:
            touch(db, row, deleted=False)
            s.add(row)
    for value, row in rows.items():
        if value not in wanted and not row.deleted:
            touch(db, row, deleted=True)
            s.add(row)


def add_idea(db: Database, workshop_id: str, data: IdeaInput, idea_id: str | None = None) -> str:
    """Save a new idea and return its id. Committed when this returns."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        data = _validate(db, s, workshop, data)
        values = dict(workshop_id=workshop_id, title=data.title, text=data.text,
                      kind=data.kind.value, theme_id=data.theme_id, source=data.source.value,
                      author_participant_id=data.author_participant_id,
                      author_table_group=data.author_table_group, entered_by=data.entered_by,
                      status=IdeaStatus.NEW.value)
        if idea_id:
            values["id"] = idea_id
        idea = new_record(db, Idea, **values)
        s.add(idea)
        s.flush()
        _sync_links(db, s, idea.id, IdeaSDG, "sdg_number", data.sdgs)
        _sync_links(db, s, idea.id, IdeaStrategyGoal, "goal_id", data.strategy_goal_ids)
        s.commit()
        return idea.id


def update_idea(db: Database, idea_id: str, data: IdeaInput) -> IdeaSnapshot:
    """Change an idea; returns the snapshot from before the change (for undo)."""
    before = get_idea(db, idea_id)
    if before.deleted:
        raise ValidationError("idea", "The idea has been deleted.")
    with db.session() as s:
        idea = s.get(Idea, idea_id)
        workshop = s.get(Workshop, idea.workshop_id)
        data = _validate(db, s, workshop, data)
        touch(db, idea, title=data.title, text=data.text, kind=data.kind.value,
              theme_id=data.theme_id, source=data.source.value,
              author_participant_id=data.author_participant_id,
              author_table_group=data.author_table_group, entered_by=data.entered_by)
        s.add(idea)
        _sync_links(db, s, idea_id, IdeaSDG, "sdg_number", data.sdgs)
        _sync_links(db, s, idea_id, IdeaStrategyGoal, "goal_id", data.strategy_goal_ids)
        s.commit()
    return before


def set_idea_deleted(db: Database, idea_id: str, deleted: bool) -> None:
    """Tombstone (or bring back, for undo) an idea."""
    set_ideas_deleted(db, (idea_id,), deleted)


def delete_idea(db: Database, idea_id: str) -> None:
    set_idea_deleted(db, idea_id, True)


def restore_idea(db: Database, idea_id: str) -> None:
    set_idea_deleted(db, idea_id, False)


# --------------------------------------------------------------------------- batches (import)


class BatchCancelled(SmartCityError):
    """A batch write cancelled through its progress callback; nothing was written."""

    code = "cancelled"


def add_ideas_in_one_transaction(db: Database, workshop_id: str, inputs,
                                 new_themes: dict[str, str] | None = None,
                                 progress=None) -> list[str]:
    """Save many ideas in ONE transaction and return their ids: all of them or none.

    Each idea is checked like :func:`add_idea` does; a refused one raises ValidationError with
    ``details["index"]`` (its position in ``inputs``) and nothing is written. ``new_themes``
    (``{theme id: name}``) are created first, in the same transaction, so ideas can name them.
    ``progress(done, total)`` is called after each idea; returning False rolls everything back
    and raises :class:`BatchCancelled`."""
    inputs = list(inputs)
    total = len(inputs)
    ids: list[str] = []
    links: list = []
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        if new_themes:
            taken = {t.casefold() for t in s.exec(select(Theme.name).where(
                Theme.project_id == workshop.project_id, Theme.deleted == False))}  # noqa: E712
            for theme_id, name in new_themes.items():
                name = rules.require_text("theme", name, rules.MAX_NAME)
                if name.casefold() in taken:
                    raise ValidationError("theme", f"The theme {name!r} already exists.",
                                          name=name)
                taken.add(name.casefold())
                s.add(new_record(db, Theme, id=theme_id, project_id=workshop.project_id,
                                 name=name))
            s.flush()
        # _validate looks these up for every idea: held here, the session's (weak) identity
        # map answers instead of the database; pending ideas need no flush for them either.
        held = preload_for_validation(s, workshop)  # noqa: F841
        for index, data in enumerate(inputs):
            try:
                with s.no_autoflush:
                    data = _validate(db, s, workshop, data)
            except ValidationError as exc:
                details = {k: v for k, v in exc.details.items() if k != "field"}
                details["index"] = index
                raise ValidationError(exc.field, exc.message, **details) from None
            idea = new_record(db, Idea, workshop_id=workshop_id, title=data.title,
                              text=data.text, kind=data.kind.value, theme_id=data.theme_id,
                              source=data.source.value,
                              author_participant_id=data.author_participant_id,
                              author_table_group=data.author_table_group,
                              entered_by=data.entered_by, status=IdeaStatus.NEW.value)
            s.add(idea)
            ids.append(idea.id)
            # A new idea has no links yet: the rows _sync_links would add, without its look-ups.
            links.extend(new_record(db, IdeaSDG, id=link_id(idea.id, "sdg_number", n),
                                    idea_id=idea.id, sdg_number=n) for n in data.sdgs)
            links.extend(new_record(db, IdeaStrategyGoal, id=link_id(idea.id, "goal_id", g),
                                    idea_id=idea.id, goal_id=g) for g in data.strategy_goal_ids)
            if len(ids) % _BATCH_FLUSH == 0:
                _flush_links(s, links)
            if progress is not None and progress(index + 1, total) is False:
                s.rollback()
                raise BatchCancelled("The import was cancelled; nothing was saved.")
        _flush_links(s, links)
        s.commit()
    return ids


_BATCH_FLUSH = 500


def preload_for_validation(s, workshop: Workshop) -> list:
    """Load the themes, strategy goals and participants that :func:`_validate` may look up for
    ideas of ``workshop``, so that many checks in one session do not query each time. Keep the
    returned list while checking: the session holds its records only weakly."""
    return [*s.exec(select(Theme).where(Theme.project_id == workshop.project_id)),
            *s.exec(select(StrategyGoal).where(StrategyGoal.project_id == workshop.project_id)),
            *s.exec(select(Participant).where(Participant.workshop_id == workshop.id))]


def _flush_links(s, links: list) -> None:
    """Write the pending ideas, then their links (no ORM relationships order them)."""
    s.flush()
    if links:
        s.add_all(links)
        s.flush()
        links.clear()


def set_ideas_deleted(db: Database, idea_ids, deleted: bool) -> None:
    """Tombstone (or bring back) many ideas in ONE transaction (undo of an import)."""
    with db.session() as s:
        for idea_id in idea_ids:
            idea = s.get(Idea, idea_id)
            if idea is None:
                raise ValidationError("idea", f"No idea with id {idea_id}.")
            if idea.deleted != deleted:
                touch(db, idea, deleted=deleted)
                s.add(idea)
        s.commit()


def get_idea(db: Database, idea_id: str) -> IdeaSnapshot:
    with db.session() as s:
        idea = s.get(Idea, idea_id)
        if idea is None:
            raise ValidationError("idea", f"No idea with id {idea_id}.")
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


def _where(db: Database, query: IdeaQuery) -> tuple[str, str, dict[str, object]] | None:
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
    parts = _where(db, query)
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
    parts = _where(db, query)
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
