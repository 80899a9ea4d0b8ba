"""Clustering ideas into themes ("make sense"): the board's read path and the theme writes
(create, rename, merge, split, delete, and moving ideas between themes).

Themes belong to a project, so a theme is the same box in every workshop of the project. Every
write is one short transaction, goes through :mod:`._records` (so it syncs) and returns what
undo needs; :mod:`.clustering_commands` wraps the writes as undoable commands. Nothing is ever
removed: a merged or deleted theme is tombstoned, and undo brings the same record back.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import select

from ...core import rules
from ...core.errors import NotFoundError, ValidationError
from ...storage.database import Database
from ...storage.models import Idea, Project, Theme, Workshop
from ..records import get_live, live, new_record, touch

# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class BoardCard:
    """One idea as a card on the board: what it says and where it came from."""

    id: str
    rowid: int | str          # an opaque row key (Database.row_key); breaks created_at ties
    created_at: str           # ISO text as stored; only used to keep cards in a stable order
    workshop_code: str
    theme_id: str | None
    kind: str                 # core.enums.IdeaKind code
    title: str | None
    text: str
    source: str               # core.enums.IdeaSource code
    participant_code: str     # "" when the author is a table group or nobody
    table_group: str          # "" when the author is a participant or nobody
    sdgs: tuple[int, ...]

    @property
    def sort_key(self) -> tuple[str, int | str]:
        return (self.created_at, self.rowid)


@dataclass(frozen=True)
class ThemeInfo:
    id: str
    name: str
    colour: str | None
    in_scope: int   # live ideas of the board's scope (the workshop, or the whole project)
    total: int      # live ideas of the whole project


@dataclass(frozen=True)
class Board:
    project_id: str
    workshop_id: str | None
    themes: tuple[ThemeInfo, ...]   # by name, ignoring case
    cards: tuple[BoardCard, ...]    # oldest first

    def cards_of(self, theme_id: str | None) -> list[BoardCard]:
        return [c for c in self.cards if c.theme_id == theme_id]


_CARD_SQL = (
    "SELECT i.id, i.rowid, i.created_at, w.code, i.theme_id, i.kind, i.title, i.text, i.source, "
    "coalesce(p.code, ''), coalesce(i.author_table_group, ''), "
    "(SELECT group_concat(sdg_number) FROM idea_sdg s WHERE s.idea_id = i.id "
    "AND s.deleted = false) "
    "FROM idea i JOIN workshop w ON w.id = i.workshop_id "
    "LEFT JOIN participant p ON p.id = i.author_participant_id "
)


def _card_sql(db: Database) -> str:
    """``_CARD_SQL`` in the database's own spelling (row key, list aggregate)."""
    if db.is_sqlite:
        return _CARD_SQL
    return (_CARD_SQL.replace("i.rowid", db.row_key("i"))
            .replace("group_concat(sdg_number)", db.group_concat("sdg_number")))


def _card(row) -> BoardCard:
    sdgs = tuple(sorted(int(x) for x in row[11].split(","))) if row[11] else ()
    created = row[2]
    if isinstance(created, dt.datetime):  # PostgreSQL; SQLite hands back the stored text
        created = created.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return BoardCard(row[0], row[1], str(created), row[3], row[4], row[5], row[6], row[7],
                     row[8], row[9], row[10], sdgs)


def load_board(db: Database, project_id: str, workshop_id: str | None = None) -> Board:
    """The themes of the project and the live ideas of the workshop (or of the whole project)
    as cards. Two queries, whatever the number of ideas."""
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        if workshop_id is not None:
            workshop = get_live(s, Workshop, workshop_id, "workshop")
            if workshop.project_id != project_id:
                raise ValidationError("workshop", "The workshop belongs to another project.",
                                      reason="workshop_other_project")
        themes = s.exec(live(Theme).where(Theme.project_id == project_id)).all()
    if workshop_id is not None:
        where, params = "i.deleted = false AND i.workshop_id = :w", {"w": workshop_id}
    else:
        where, params = ("i.deleted = false AND w.project_id = :p AND w.deleted = false",
                         {"p": project_id})
    with db.engine.connect() as conn:
        cards = tuple(_card(r) for r in conn.execute(
            sa.text(_card_sql(db) + f"WHERE {where} ORDER BY i.created_at, "
                    f"{db.row_key('i')}"), params))
        totals = dict(conn.execute(sa.text(
            "SELECT i.theme_id, count(*) FROM idea i JOIN workshop w ON w.id = i.workshop_id "
            "WHERE i.deleted = false AND w.deleted = false AND w.project_id = :p "
            "AND i.theme_id IS NOT NULL GROUP BY i.theme_id"), {"p": project_id}).all())
    in_scope: dict[str | None, int] = {}
    for card in cards:
        in_scope[card.theme_id] = in_scope.get(card.theme_id, 0) + 1
    infos = tuple(ThemeInfo(t.id, t.name, t.colour, in_scope.get(t.id, 0), totals.get(t.id, 0))
                  for t in sorted(themes, key=lambda t: (name_key(t.name), t.id)))
    return Board(project_id, workshop_id, infos, cards)


def load_cards(db: Database, idea_ids: Iterable[str]) -> dict[str, BoardCard]:
    """Cards for the given (live) ideas, by id; deleted or unknown ids are left out."""
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        return {}
    sql = sa.text(_card_sql(db) + "WHERE i.deleted = false AND i.id IN :ids").bindparams(
        sa.bindparam("ids", expanding=True))
    with db.engine.connect() as conn:
        return {r[0]: _card(r) for r in conn.execute(sql, {"ids": ids})}


# --------------------------------------------------------------------------- theme names


def name_key(name: str) -> str:
    """What makes two theme names "the same": case, Unicode composition and runs of spaces
    are ignored ("Green  spaces" = "green spaces")."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def clean_name(name: str | None) -> str:
    """A theme name as it is stored: trimmed, inner runs of spaces made one; refused when
    empty or longer than rules.MAX_NAME."""
    name = rules.require_text("theme", name, rules.MAX_NAME)
    return " ".join(name.split())


def _check_name_free(s, project_id: str, name: str, except_id: str | None = None) -> None:
    key = name_key(name)
    for theme in s.exec(live(Theme).where(Theme.project_id == project_id)):
        if theme.id != except_id and name_key(theme.name) == key:
            raise ValidationError("theme", f"The project already has a theme called "
                                  f"{theme.name!r}.", reason="theme_exists", name=name,
                                  existing=theme.name)


def _live_theme(s, theme_id: str) -> Theme:
    return get_live(s, Theme, theme_id, "theme")


# --------------------------------------------------------------------------- theme writes


def create_theme(db: Database, project_id: str, name: str, theme_id: str | None = None) -> Theme:
    """A new, empty theme. Names are unique within the project, ignoring case."""
    return create_theme_with_ideas(db, project_id, name, (), theme_id)[0]


def create_theme_with_ideas(db: Database, project_id: str, name: str, idea_ids: Iterable[str],
                            theme_id: str | None = None) -> tuple[Theme, dict[str, str | None]]:
    """A new theme with ``idea_ids`` in it (from whatever theme they were in, or none), in one
    transaction: nothing is written when the name or an idea is refused. Returns the theme and
    the previous theme of every idea (for undo)."""
    name = clean_name(name)
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        _check_name_free(s, project_id, name)
        ideas = _ideas(s, idea_ids, project_id)
        values = {"id": theme_id} if theme_id else {}
        theme = new_record(db, Theme, project_id=project_id, name=name, **values)
        s.add(theme)
        s.flush()  # the theme row before the ideas that point at it
        previous = {i.id: i.theme_id for i in ideas}
        for idea in ideas:
            touch(db, idea, theme_id=theme.id)
            s.add(idea)
        s.commit()
        s.refresh(theme)
        return theme, previous


def rename_theme(db: Database, theme_id: str, new_name: str) -> str:
    """Give a theme a new name; returns the old name (for undo). Changing only the case of
    the name is allowed; taking the name of another theme of the project is not."""
    new_name = clean_name(new_name)
    with db.session() as s:
        theme = _live_theme(s, theme_id)
        old = theme.name
        if new_name != old:
            _check_name_free(s, theme.project_id, new_name, except_id=theme.id)
            touch(db, theme, name=new_name)
            s.add(theme)
            s.commit()
        return old


def delete_theme(db: Database, theme_id: str) -> tuple[str, ...]:
    """Tombstone a theme; its ideas (also deleted ones) lose their theme and go to "No theme".
    Returns the ids of those ideas, which :func:`restore_theme` puts back."""
    with db.session() as s:
        theme = _live_theme(s, theme_id)
        ideas = s.exec(select(Idea).where(Idea.theme_id == theme_id)).all()
        for idea in ideas:
            touch(db, idea, theme_id=None)
            s.add(idea)
        touch(db, theme, deleted=True)
        s.add(theme)
        s.commit()
        return tuple(i.id for i in ideas)


def restore_theme(db: Database, theme_id: str, idea_ids: Iterable[str] = ()) -> None:
    """Bring a tombstoned theme back (undo), with ``idea_ids`` in it again. Refused when the
    project meanwhile has another theme of that name."""
    with db.session() as s:
        _restore_theme(db, s, theme_id, idea_ids)
        s.commit()


def _restore_theme(db: Database, s, theme_id: str, idea_ids: Iterable[str]) -> None:
    theme = s.get(Theme, theme_id)
    if theme is None:
        raise NotFoundError(f"No theme with id {theme_id}.", what="theme", id=theme_id)
    if theme.deleted:
        _check_name_free(s, theme.project_id, theme.name, except_id=theme.id)
        touch(db, theme, deleted=False)
        s.add(theme)
        s.flush()
    for idea in _ideas(s, idea_ids, theme.project_id, allow_deleted=True):
        if idea.theme_id != theme_id:
            touch(db, idea, theme_id=theme_id)
            s.add(idea)


# --------------------------------------------------------------------------- moving ideas


def _project_of_ideas(s, ideas: list[Idea]) -> dict[str, str]:
    """workshop id -> project id for the workshops of ``ideas``."""
    wanted = {i.workshop_id for i in ideas}
    if not wanted:
        return {}
    return dict(s.exec(select(Workshop.id, Workshop.project_id)
                       .where(Workshop.id.in_(wanted))).all())


def _ideas(s, idea_ids: Iterable[str], project_id: str | None,
           allow_deleted: bool = False) -> list[Idea]:
    """The ideas with these ids (duplicates once, in the order given). Refuses unknown ids,
    deleted ideas (unless ``allow_deleted``) and ideas of another project than
    ``project_id`` (or of several projects when ``project_id`` is None)."""
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        return []
    found = {i.id: i for i in s.exec(select(Idea).where(Idea.id.in_(ids))).all()}
    ideas = []
    for idea_id in ids:
        idea = found.get(idea_id)
        if idea is None:
            raise ValidationError("idea", f"No idea with id {idea_id}.", reason="not_found",
                                  what="idea", id=idea_id)
        if idea.deleted and not allow_deleted:
            raise ValidationError("idea", "An idea has been deleted meanwhile; it can no "
                                  "longer be moved.", reason="idea_deleted", id=idea_id)
        ideas.append(idea)
    projects_of = _project_of_ideas(s, ideas)
    projects_seen = {projects_of.get(i.workshop_id) for i in ideas}
    if project_id is not None and projects_seen != {project_id}:
        raise ValidationError("idea", "Ideas can only be put in a theme of their own project.",
                              reason="theme_other_project", project_id=project_id)
    if project_id is None and len(projects_seen) > 1:
        raise ValidationError("idea", "The ideas belong to different projects.",
                              reason="ideas_several_projects")
    return ideas


def move_ideas_to_theme(db: Database, idea_ids: Iterable[str], theme_id: str | None,
                        project_id: str | None = None) -> dict[str, str | None]:
    """Put the ideas in the theme (``None``: "No theme"), in one transaction. Returns the
    previous theme of every idea given (for undo). Only the theme changes; ideas already in
    the theme are not written. ``project_id``, when given, is the only project whose ideas
    are accepted (the theme's own project always is the only one)."""
    with db.session() as s:
        if theme_id is not None:
            theme = _live_theme(s, theme_id)
            if project_id is not None and theme.project_id != project_id:
                raise ValidationError("theme", "The theme belongs to another project.",
                                      reason="theme_other_project")
            project_id = theme.project_id
        ideas = _ideas(s, idea_ids, project_id)
        previous = {i.id: i.theme_id for i in ideas}
        for idea in ideas:
            if idea.theme_id != theme_id:
                touch(db, idea, theme_id=theme_id)
                s.add(idea)
        s.commit()
        return previous


def restore_idea_themes(db: Database, previous: Mapping[str, str | None]) -> None:
    """Put every idea back in the theme ``previous`` gives for it (undo of a move). Ideas
    deleted meanwhile are put back too, so that restoring them later finds their theme."""
    with db.session() as s:
        ideas = {i.id: i for i in _ideas(s, previous, None, allow_deleted=True)}
        for theme_id in {t for t in previous.values() if t}:
            theme = s.get(Theme, theme_id)
            if theme is None or theme.deleted:
                raise ValidationError("theme", "A theme the ideas were in has been removed.",
                                      reason="theme_removed", id=theme_id)
        for idea_id, theme_id in previous.items():
            idea = ideas[idea_id]
            if idea.theme_id != theme_id:
                touch(db, idea, theme_id=theme_id)
                s.add(idea)
        s.commit()


# --------------------------------------------------------------------------- merge and split


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: the ideas (of every workshop, live or deleted) that moved from the
    source theme to the target, and the live ones among them."""

    source_theme_id: str
    target_theme_id: str
    moved: tuple[str, ...]
    live: tuple[str, ...]


def merge_themes(db: Database, source_theme_id: str, target_theme_id: str) -> MergeResult:
    """Merge the source theme INTO the target: the target keeps its name, every idea of the
    source (in all workshops of the project) moves to the target, and the source theme is
    tombstoned. One transaction."""
    if source_theme_id == target_theme_id:
        raise ValidationError("theme", "A theme cannot be merged into itself.",
                              reason="theme_merge_itself")
    with db.session() as s:
        source = _live_theme(s, source_theme_id)
        target = _live_theme(s, target_theme_id)
        if source.project_id != target.project_id:
            raise ValidationError("theme", "Only themes of the same project can be merged.",
                                  reason="theme_other_project")
        ideas = s.exec(select(Idea).where(Idea.theme_id == source_theme_id)
                       .order_by(Idea.created_at)).all()
        for idea in ideas:
            touch(db, idea, theme_id=target_theme_id)
            s.add(idea)
        touch(db, source, deleted=True)
        s.add(source)
        s.commit()
        return MergeResult(source_theme_id, target_theme_id, tuple(i.id for i in ideas),
                           tuple(i.id for i in ideas if not i.deleted))


def unmerge_themes(db: Database, result: MergeResult) -> None:
    """Undo of :func:`merge_themes`: the source theme comes back with its ideas."""
    with db.session() as s:
        source = s.get(Theme, result.source_theme_id)
        if source is None:
            raise NotFoundError(f"No theme with id {result.source_theme_id}.", what="theme",
                                id=result.source_theme_id)
        if source.deleted:
            _check_name_free(s, source.project_id, source.name, except_id=source.id)
            touch(db, source, deleted=False)
            s.add(source)
        for idea in _ideas(s, result.moved, source.project_id, allow_deleted=True):
            if idea.theme_id == result.target_theme_id:  # not moved on since
                touch(db, idea, theme_id=source.id)
                s.add(idea)
        s.commit()


def split_theme(db: Database, theme_id: str, idea_ids: Iterable[str], new_name: str,
                new_theme_id: str | None = None) -> Theme:
    """Make a new theme called ``new_name`` out of some ideas of ``theme_id``: the ideas move
    to the new theme, the others stay. One transaction. The ideas must all be (live) ideas of
    that theme."""
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        raise ValidationError("ideas", "Choose the ideas that go to the new theme.",
                              reason="no_ideas")
    new_name = clean_name(new_name)
    with db.session() as s:
        theme = _live_theme(s, theme_id)
        ideas = _ideas(s, ids, theme.project_id)
        strays = [i.id for i in ideas if i.theme_id != theme_id]
        if strays:
            raise ValidationError("ideas", f"{len(strays)} of the chosen ideas are not in the "
                                  f"theme {theme.name!r}.", reason="ideas_not_in_theme",
                                  ids=tuple(strays), count=len(strays), theme=theme.name)
        _check_name_free(s, theme.project_id, new_name)
        values = {"id": new_theme_id} if new_theme_id else {}
        new = new_record(db, Theme, project_id=theme.project_id, name=new_name,
                         colour=None, description="", **values)
        s.add(new)
        s.flush()  # the theme row before the ideas that point at it
        for idea in ideas:
            touch(db, idea, theme_id=new.id)
            s.add(idea)
        s.commit()
        s.refresh(new)
        return new


def unsplit_theme(db: Database, theme_id: str, new_theme_id: str,
                  idea_ids: Iterable[str]) -> None:
    """Undo of :func:`split_theme`: the ideas go back to ``theme_id`` and the new theme is
    tombstoned (ideas that were put in it since go to "No theme", as with a delete)."""
    ids = list(dict.fromkeys(idea_ids))
    with db.session() as s:
        theme = _live_theme(s, theme_id)
        new = _live_theme(s, new_theme_id)
        for idea in _ideas(s, ids, theme.project_id, allow_deleted=True):
            if idea.theme_id == new_theme_id:
                touch(db, idea, theme_id=theme_id)
                s.add(idea)
        s.flush()
        for idea in s.exec(select(Idea).where(Idea.theme_id == new_theme_id)).all():
            touch(db, idea, theme_id=None)
            s.add(idea)
        touch(db, new, deleted=True)
        s.add(new)
        s.commit()


def resplit_theme(db: Database, theme_id: str, new_theme_id: str,
                  idea_ids: Iterable[str]) -> None:
    """Redo of a split after its undo: the same new theme record comes back with the same
    ideas (so sync sees one theme, not two)."""
    with db.session() as s:
        theme = _live_theme(s, theme_id)
        ideas = _ideas(s, idea_ids, theme.project_id, allow_deleted=True)
        strays = [i.id for i in ideas if i.theme_id != theme_id]
        if strays:
            raise ValidationError("ideas", "Some ideas have left the theme since.",
                                  reason="ideas_left_theme", ids=tuple(strays))
        _restore_theme(db, s, new_theme_id, [i.id for i in ideas])
        s.commit()


def get_theme(db: Database, theme_id: str) -> Theme:
    with db.session() as s:
        return _live_theme(s, theme_id)
