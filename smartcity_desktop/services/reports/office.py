"""The central office's view across every workshop of a project, and "what happened to
earlier input" for the next workshop. No Qt; portable SQL (SQLite and PostgreSQL).

- :func:`participation` — participants per demographic group per workshop, with every count
  from 1 to 4 withheld and enough other cells withheld (``core.disclosure``) that none can be
  worked back out from the totals;
- :func:`top_priorities` — the best-ranked ideas of every prioritisation round;
- :func:`earlier_input` — the ideas of the earlier workshops with their status, the reason and
  the date of the decision: nothing about who said them or who decided.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from ...core import disclosure
from ...core.enums import IdeaStatus, RoundMethod
from ...core.rules import MIN_PUBLISHED_GROUP
from ...storage.database import Database
from ...storage.models import Idea, Participant, ParticipantAnswer, Workshop
from ..prioritise import results as prioritise_results
from ..prioritise import rounds as prioritise_rounds
from ..prioritise.scoring import RankedIdea
from ..workshop.projects import get_workshop, list_dimensions, list_workshops

NOT_ANSWERED = "_not_answered"
ALL = "_all"
TOTAL = "_total"


# =========================================================================== participation
@dataclass(frozen=True)
class WorkshopInfo:
    id: str
    code: str
    title: str
    date: dt.date | None


@dataclass(frozen=True)
class GroupRow:
    """One group of a question: a count per workshop and in all (None = withheld)."""

    key: str                         # the category key, or NOT_ANSWERED
    label: str
    counts: tuple[int | None, ...]   # in the order of ParticipationTable.workshops
    total: int | None
    is_prefer_not_to_say: bool = False

    @property
    def not_answered(self) -> bool:
        return self.key == NOT_ANSWERED


@dataclass(frozen=True)
class DimensionBlock:
    key: str
    label: str
    rows: tuple[GroupRow, ...]       # categories in form order, then "not answered"


@dataclass(frozen=True)
class ParticipationTable:
    workshops: tuple[WorkshopInfo, ...]
    participants: tuple[int | None, ...]   # per workshop (None = withheld)
    total: int | None
    dimensions: tuple[DimensionBlock, ...]
    withheld: int                          # cells withheld in all
    minimum: int = MIN_PUBLISHED_GROUP


def _workshops(db: Database, project_id: str) -> list[WorkshopInfo]:
    return [WorkshopInfo(w.id, w.code, w.title, w.date) for w in list_workshops(db, project_id)]


def participation(db: Database, project_id: str,
                  minimum: int = MIN_PUBLISHED_GROUP) -> ParticipationTable:
    """Participants by group per workshop of the project, safe to show: no count of 1 to
    ``minimum - 1`` people, and none that follows from the shown counts and totals. The
    workshop totals are shared by every question, so they are protected for all at once."""
    workshops = _workshops(db, project_id)
    dims = list_dimensions(db, project_id)
    ws_ids = [w.id for w in workshops]
    with db.engine.connect() as conn:
        people = dict(conn.execute(
            sa.select(Participant.workshop_id, sa.func.count())
            .where(Participant.deleted == sa.false(), Participant.workshop_id.in_(ws_ids))
            .group_by(Participant.workshop_id)).all()) if ws_ids else {}
        answers = conn.execute(
            sa.select(Participant.workshop_id, ParticipantAnswer.category_id, sa.func.count())
            .join(Participant, Participant.id == ParticipantAnswer.participant_id)
            .where(ParticipantAnswer.deleted == sa.false(), Participant.deleted == sa.false(),
                   Participant.workshop_id.in_(ws_ids))
            .group_by(Participant.workshop_id, ParticipantAnswer.category_id)).all() \
            if ws_ids else []
    answered = {(w, c): n for w, c, n in answers}
    cells: dict[tuple, int] = {}
    equations: list[tuple] = []
    for w in ws_ids:
        cells[(TOTAL, w)] = people.get(w, 0)
    cells[(TOTAL, ALL)] = sum(people.get(w, 0) for w in ws_ids)
    equations.append(((TOTAL, ALL), [(TOTAL, w) for w in ws_ids]))
    for dim in dims:
        keys = [c.key for c in dim.categories] + [NOT_ANSWERED]
        for w in ws_ids:
            given = 0
            for cat in dim.categories:
                n = answered.get((w, cat.id), 0)
                cells[(dim.key, cat.key, w)] = n
                given += n
            cells[(dim.key, NOT_ANSWERED, w)] = people.get(w, 0) - given
            equations.append(((TOTAL, w), [(dim.key, k, w) for k in keys]))
        for k in keys:
            cells[(dim.key, k, ALL)] = sum(cells[(dim.key, k, w)] for w in ws_ids)
            equations.append(((dim.key, k, ALL), [(dim.key, k, w) for w in ws_ids]))
        equations.append(((TOTAL, ALL), [(dim.key, k, ALL) for k in keys]))
    table = disclosure.suppress_table(cells, equations, minimum) if ws_ids else \
        disclosure.SuppressedTable(dict(cells), {})
    shown = table.published
    blocks = []
    for dim in dims:
        rows = [GroupRow(c.key, c.label, tuple(shown[(dim.key, c.key, w)] for w in ws_ids),
                         shown[(dim.key, c.key, ALL)], c.is_prefer_not_to_say)
                for c in dim.categories]
        rows.append(GroupRow(NOT_ANSWERED, "", tuple(shown[(dim.key, NOT_ANSWERED, w)]
                                                     for w in ws_ids),
                             shown[(dim.key, NOT_ANSWERED, ALL)]))
        blocks.append(DimensionBlock(dim.key, dim.label, tuple(rows)))
    return ParticipationTable(tuple(workshops), tuple(shown[(TOTAL, w)] for w in ws_ids),
                              shown[(TOTAL, ALL)], tuple(blocks), len(table.reasons), minimum)


# =========================================================================== priorities
@dataclass(frozen=True)
class RoundTop:
    workshop: WorkshopInfo
    round_id: str
    round_name: str
    method: RoundMethod
    closed: bool
    participants: int | None          # None: fewer than the minimum (not shown)
    ideas: tuple[RankedIdea, ...]   # rank <= top (ties included), best first
    problem: str = ""                 # the round could not be counted (its message)


def top_priorities(db: Database, project_id: str, top: int = 3,
                   minimum: int = MIN_PUBLISHED_GROUP, cancel=None) -> list[RoundTop]:
    """The ideas ranked 1 to ``top`` in every round of every workshop of the project (in
    workshop order, then round order). Rounds nobody voted in are left out. ``cancel()``
    returning True stops early (what was counted so far is returned)."""
    result = []
    for w in _workshops(db, project_id):
        for r in prioritise_rounds.list_rounds(db, w.id):
            if cancel is not None and cancel():
                return result
            try:
                res = prioritise_results.round_result(db, r.id)
            except Exception as exc:  # noqa: BLE001 - one bad round must not hide the others
                result.append(RoundTop(w, r.id, r.name, RoundMethod(r.method), r.closed, None,
                                       (), getattr(exc, "message", str(exc))))
                continue
            voted = [i for i in res.ideas if i.n > 0 or i.score > 0]
            if not voted:
                continue
            best = tuple(i for i in res.ideas if i.rank <= top and (i.n > 0 or i.score > 0))
            people = res.participants if res.participants >= minimum else None
            result.append(RoundTop(w, r.id, r.name, res.method, r.closed, people, best))
    return result


# =========================================================================== earlier input
#: The order ideas are told about: what was done first, what is still open last.
STATUS_ORDER: tuple[IdeaStatus, ...] = (
    IdeaStatus.IMPLEMENTED, IdeaStatus.IN_PROGRESS, IdeaStatus.ACCEPTED,
    IdeaStatus.UNDER_REVIEW, IdeaStatus.DECLINED, IdeaStatus.NEW)


@dataclass(frozen=True)
class EarlierIdea:
    """An idea from an earlier workshop as participants may see it (no author, no decider)."""

    id: str
    workshop_code: str
    workshop_title: str
    workshop_date: dt.date | None
    title: str | None
    text: str
    status: IdeaStatus
    reason: str
    decided_on: dt.date | None


@dataclass(frozen=True)
class EarlierInput:
    workshop: WorkshopInfo | None           # the workshop being prepared (None: whole project)
    earlier: tuple[WorkshopInfo, ...]       # the workshops whose ideas are listed
    ideas: tuple[EarlierIdea, ...]          # by STATUS_ORDER, latest decision first

    def count(self, status: IdeaStatus | str) -> int:
        return sum(1 for i in self.ideas if i.status == IdeaStatus(status))

    @property
    def decided(self) -> int:
        return sum(1 for i in self.ideas if i.status != IdeaStatus.NEW)


def _before(w: Workshop | WorkshopInfo, this: Workshop, created: dict[str, dt.datetime]) -> bool:
    if w.id == this.id:
        return False
    if w.date is not None and this.date is not None:
        return w.date < this.date or (w.date == this.date and w.code < this.code)
    return created[w.id] < created[this.id]


def earlier_input(db: Database, project_id: str, workshop_id: str | None = None
                  ) -> EarlierInput:
    """The ideas of the workshops held before ``workshop_id`` (by date; by when they were
    created where a date is missing), or of every workshop of the project when it is None,
    with their status, the reason and the date of the latest decision."""
    workshops = list_workshops(db, project_id)
    created = {w.id: w.created_at for w in workshops}
    this = None
    if workshop_id is not None:
        this = get_workshop(db, workshop_id)
        created.setdefault(this.id, this.created_at)
        earlier = [w for w in workshops if _before(w, this, created)]
    else:
        earlier = list(workshops)
    infos = {w.id: WorkshopInfo(w.id, w.code, w.title, w.date) for w in earlier}
    ideas: list[EarlierIdea] = []
    if infos:
        with db.engine.connect() as conn:
            rows = conn.execute(
                sa.select(Idea.id, Idea.workshop_id, Idea.title, Idea.text, Idea.status,
                          Idea.status_reason, Idea.status_date)
                .where(Idea.deleted == sa.false(), Idea.workshop_id.in_(list(infos)))).all()
        for idea_id, ws_id, title, text, status, reason, date in rows:
            if isinstance(date, str):
                date = dt.date.fromisoformat(date)
            try:
                status = IdeaStatus(status)
            except ValueError:
                status = IdeaStatus.NEW
            w = infos[ws_id]
            ideas.append(EarlierIdea(idea_id, w.code, w.title, w.date, title or None, text,
                                     status, reason or "", date))
    rank = {s: n for n, s in enumerate(STATUS_ORDER)}
    ideas.sort(key=lambda i: (rank[i.status], -(i.decided_on.toordinal() if i.decided_on
                                                  else 0),
                              (i.title or i.text).casefold(), i.id))
    this_info = WorkshopInfo(this.id, this.code, this.title, this.date) if this else None
    return EarlierInput(this_info, tuple(infos.values()), tuple(ideas))
