"""What the challenge brief says, gathered from the database: the quotes, the workshops and
their participation, the groups of the authors (small groups folded or hidden), the ideas'
places in the prioritisation rounds, and the links to the SDGs and the strategy goals."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from ...core import rules
from ...core.enums import IdeaKind
from ...core.errors import NotFoundError, ValidationError
from ...core.sdgs import sdg_title
from ...storage.database import Database
from ..workshop import projects
from .brief_texts import texts
from .wording import people_count, shorten

OTHER = "other"
NOT_ANSWERED = "not_answered"
MAX_PRIORITY_TEXT = 90


@dataclass(frozen=True)
class Quote:
    id: str
    number: int              # the idea's number in its workshop (prioritise.rounds.idea_numbers)
    workshop_code: str
    workshop_date: dt.date | None
    kind: str
    title: str | None
    text: str
    status: str


@dataclass(frozen=True)
class WorkshopLine:
    code: str
    title: str
    date: dt.date | None
    people: int | None       # None = fewer than 5
    contributions: int       # of this brief's


@dataclass(frozen=True)
class GroupLine:
    key: str
    label: str
    people: int | None       # None = not shown (too small, or protects a small group)


@dataclass(frozen=True)
class GroupTable:
    dimension: str
    lines: tuple[GroupLine, ...]


@dataclass(frozen=True)
class PriorityLine:
    idea: str                # title or shortened text
    workshop_code: str
    round_name: str
    method: str
    rank: int
    total: int               # ideas of the round that got votes
    score: float
    voters: int | None       # None = fewer than 5
    tied: bool = False


@dataclass(frozen=True)
class LinkCount:
    code: str
    title: str
    count: int


@dataclass(frozen=True)
class BriefData:
    project: str
    theme: str | None        # None = a chosen set of ideas
    theme_description: str
    made_on: dt.date
    quotes: tuple[Quote, ...]            # needs first, then ideas; by workshop date
    workshops: tuple[WorkshopLine, ...]
    people: int | None                   # in those workshops; None = fewer than 5
    contributors: int | None             # registered authors; None = fewer than 5
    from_table_groups: int
    anonymous: int
    groups: tuple[GroupTable, ...]       # empty when contributors < 5
    priorities: tuple[PriorityLine, ...]
    sdgs: tuple[LinkCount, ...]
    goals: tuple[LinkCount, ...]

    @property
    def needs(self) -> int:
        return sum(1 for q in self.quotes if q.kind == IdeaKind.NEED)

    @property
    def ideas(self) -> int:
        return len(self.quotes) - self.needs


def _scope(db: Database, project_id: str, theme_id: str | None, idea_ids) -> tuple[list, object]:
    """The live idea rows of the brief, and the theme (or None)."""
    if (theme_id is None) == (idea_ids is None):
        raise ValidationError("scope", "Choose a theme or a set of ideas (exactly one).",
                              reason="brief_scope")
    columns = ("SELECT i.id, i.workshop_id, i.kind, i.title, i.text, i.status, "
               "i.author_participant_id, i.author_table_group, w.code, w.date, i.theme_id "
               "FROM idea i JOIN workshop w ON w.id = i.workshop_id ")
    theme = None
    with db.engine.connect() as conn:
        if theme_id is not None:
            theme = conn.execute(sa.text(
                "SELECT id, name, description FROM theme WHERE id = :t AND deleted = false AND "
                "project_id = :p"), {"t": theme_id, "p": project_id}).first()
            if theme is None:
                raise NotFoundError(f"The project has no theme with id {theme_id}.",
                                    what="theme", id=theme_id, theme=theme_id)
            rows = conn.execute(sa.text(
                columns + "WHERE i.deleted = false AND w.deleted = false AND w.project_id = :p AND "
                "i.theme_id = :t ORDER BY w.date, w.code, i.created_at, i.id"),
                {"p": project_id, "t": theme_id}).all()
            if not rows:
                raise ValidationError("theme", f"The theme “{theme[1]}” has no ideas yet; there "
                                      "is nothing to put in a brief.", reason="theme_without_ideas",
                                      theme=theme[1])
            return list(rows), theme
        wanted = list(dict.fromkeys(i for i in idea_ids if i))
        if not wanted:
            raise ValidationError("ideas", "Choose at least one idea for the brief.",
                                  reason="no_ideas")
        rows = conn.execute(sa.text(
            columns + "WHERE i.id IN :ids AND i.deleted = false AND w.deleted = false AND "
            "w.project_id = :p ORDER BY w.date, w.code, i.created_at, i.id")
            .bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": wanted, "p": project_id}).all()
    missing = set(wanted) - {r[0] for r in rows}
    if missing:
        raise NotFoundError(f"No idea with id {sorted(missing)[0]} in this project.",
                            what="idea", id=sorted(missing)[0], ids=sorted(missing))
    return list(rows), None


def _groups(db: Database, project_id: str, authors: set[str], t: dict[str, str]
            ) -> tuple[GroupTable, ...]:
    if len(authors) < rules.MIN_PUBLISHED_GROUP:
        return ()
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT participant_id, category_id FROM participant_answer WHERE deleted = false AND "
            "participant_id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": sorted(authors)}).all()
    answer_of: dict[str, set[str]] = {}
    for participant, category in rows:
        answer_of.setdefault(category, set()).add(participant)
    tables = []
    for dim in projects.list_dimensions(db, project_id):
        counts: dict[str, int] = {}
        answered: set[str] = set()
        for cat in dim.categories:
            people = answer_of.get(cat.id, set())
            answered |= people
            if people:
                counts[cat.key] = len(people)
        if not answered:
            continue  # nobody answered this question: nothing to tell
        if len(authors - answered):
            counts[NOT_ANSWERED] = len(authors - answered)
        published = rules.suppress_small_groups(counts, other_key=OTHER)
        folded = any(0 < v < rules.MIN_PUBLISHED_GROUP for v in counts.values())
        labels = {c.key: c.label for c in dim.categories}
        labels[NOT_ANSWERED] = t["not_answered"]
        lines = []
        order = [c.key for c in dim.categories if c.key != OTHER] + [NOT_ANSWERED, OTHER]
        for key in order:
            if key not in published:
                continue
            label = t["other_combined"] if key == OTHER and folded else labels.get(key, key)
            lines.append(GroupLine(key, label, published[key]))
        tables.append(GroupTable(dim.label, tuple(lines)))
    return tuple(tables)


def _priorities(db: Database, rows, numbers_of) -> tuple[PriorityLine, ...]:
    from ..prioritise import results as prioritise_results
    from ..prioritise import rounds as prioritise_rounds

    wanted = {r[0]: r for r in rows}
    by_workshop: dict[str, str] = {r[1]: r[8] for r in rows}
    lines = []
    for workshop_id, code in by_workshop.items():
        for rnd in prioritise_rounds.list_rounds(db, workshop_id):
            result = prioritise_results.round_result(db, rnd.id)
            voted = [r for r in result.ideas if prioritise_results.has_votes(result.method, r)]
            for r in voted:
                if r.idea_id in wanted:
                    row = wanted[r.idea_id]
                    lines.append(PriorityLine(
                        _label(row[3], row[4]), code, rnd.name, str(result.method), r.rank,
                        len(voted), r.score, people_count(result.participants), r.tied))
    lines.sort(key=lambda p: (p.rank / max(p.total, 1), p.workshop_code, p.round_name))
    return tuple(lines)


def _label(title: str | None, text: str) -> str:
    return shorten((title or "").strip() or text, MAX_PRIORITY_TEXT)


def brief_data(db: Database, project_id: str, *, theme_id: str | None = None,
               idea_ids: Sequence[str] | None = None, language: str = "en",
               today: dt.date | None = None) -> BriefData:
    """Gather what the brief says (exactly one of ``theme_id`` / ``idea_ids``)."""
    from ..prioritise import rounds as prioritise_rounds

    t = texts(language)
    project = projects.get_project(db, project_id)
    rows, theme = _scope(db, project_id, theme_id, idea_ids)
    numbers: dict[str, int] = {}
    workshop_ids = list(dict.fromkeys(r[1] for r in rows))
    for workshop_id in workshop_ids:
        numbers.update(prioritise_rounds.idea_numbers(db, workshop_id))
    quotes = [Quote(r[0], numbers.get(r[0], 0), r[8], _date(r[9]), r[2], r[3], r[4], r[5])
              for r in rows]
    quotes.sort(key=lambda q: q.kind != IdeaKind.NEED)  # stable: needs first, then ideas
    ids = [r[0] for r in rows]
    with db.engine.connect() as conn:
        people = dict(conn.execute(sa.text(
            "SELECT workshop_id, count(*) FROM participant WHERE deleted = false AND workshop_id IN "
            ":w GROUP BY workshop_id").bindparams(sa.bindparam("w", expanding=True)),
            {"w": workshop_ids}).all())
        live_people = set(conn.execute(sa.text(
            "SELECT id FROM participant WHERE deleted = false AND workshop_id IN :w")
            .bindparams(sa.bindparam("w", expanding=True)), {"w": workshop_ids}).scalars())
        info = {w[0]: w[1:] for w in conn.execute(sa.text(
            "SELECT id, code, title, date FROM workshop WHERE id IN :w")
            .bindparams(sa.bindparam("w", expanding=True)), {"w": workshop_ids}).all()}
        sdg_rows = conn.execute(sa.text(
            "SELECT sdg_number, count(DISTINCT idea_id) FROM idea_sdg WHERE deleted = false AND "
            "idea_id IN :ids GROUP BY sdg_number ORDER BY sdg_number")
            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all()
        goal_rows = conn.execute(sa.text(
            "SELECT g.code, g.title, count(DISTINCT l.idea_id) FROM idea_strategy_goal l "
            "JOIN strategy_goal g ON g.id = l.goal_id WHERE l.deleted = false AND g.deleted = false "
            "AND l.idea_id IN :ids GROUP BY g.id ORDER BY g.position, g.code")
            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all()
    per_workshop = Counter(r[1] for r in rows)
    workshops = tuple(WorkshopLine(info[w][0], info[w][1], _date(info[w][2]),
                                   people_count(people.get(w, 0)), per_workshop[w])
                      for w in workshop_ids)
    authors = {r[6] for r in rows if r[6] and r[6] in live_people}
    from_groups = sum(1 for r in rows if not (r[6] and r[6] in live_people) and r[7])
    anonymous = sum(1 for r in rows if not (r[6] and r[6] in live_people) and not r[7])
    return BriefData(
        project=project.name, theme=theme[1] if theme else None,
        theme_description=(theme[2] or "").strip() if theme else "",
        made_on=today or dt.date.today(), quotes=tuple(quotes), workshops=workshops,
        people=people_count(sum(people.values())), contributors=people_count(len(authors)),
        from_table_groups=from_groups, anonymous=anonymous,
        groups=_groups(db, project_id, authors, t),
        priorities=_priorities(db, rows, numbers),
        sdgs=tuple(LinkCount(str(n), sdg_title(n, language), c)
                   for n, c in sdg_rows),
        goals=tuple(LinkCount(code, title, c) for code, title, c in goal_rows))


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
