"""The procurement challenge brief: for one theme, or a chosen set of ideas, a PDF and a
Markdown file with the same content that an office can send to the market (for example for
innovative or pre-commercial procurement). No Qt here.

The brief holds

1. the need, in the participants' own words (the idea texts, quoted; needs first);
2. the evidence: how many people took part in the workshops the ideas came from, how many of
   them wrote the ideas, which groups they belong to (core.rules.suppress_small_groups: a group
   of fewer than 5 is folded into "Other" or hidden, never shown on its own) and how the ideas
   did in the workshops' prioritisation rounds;
3. the links to the UN Sustainable Development Goals and to the project's strategy goals;
4. empty fields for the success criteria and 5. the constraints, which the office fills in.

No names, participant codes, contact details or free-text self-descriptions are used; authors
are only counted.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from ...core import rules
from ...core.dates import format_date
from ...core.enums import IdeaKind, IdeaStatus, RoundMethod
from ...core.errors import NotFoundError, ValidationError
from ...core.sdgs import sdg_title
from ...storage.database import Database
from ..pdf import document as rp
from ..pdf.document import ReportResult
from ..workshop import projects
from .feedback import _derived, _Kept, grid_table, people_count, plural, quote_block

Progress = Callable[[int, int], bool | None]

OTHER = "other"
NOT_ANSWERED = "not_answered"
CRITERIA_ROWS = 4   # empty rows for success criteria
FILE_MODE = 0o644   # temporary files are made 0600; the finished files are ordinary documents
MAX_PRIORITY_TEXT = 90

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title_theme": "Challenge brief: {theme}",
        "title_ideas": "Challenge brief: selected ideas",
        "footer": "Challenge brief · {project}",
        "about": "This brief describes a need raised by residents in the co-creation project "
                 "“{project}”. It can be sent to the market, for example for innovative or "
                 "pre-commercial procurement. The office fills in the success criteria and the "
                 "constraints before it is sent.",
        "made_on": "Made on {today} from {count} in {workshops}.",
        "need": "The need, in the participants' own words",
        "need_lead": "Quoted as the participants wrote them, in the language they chose.",
        "needs_described": "Needs described",
        "ideas_suggested": "Ideas suggested",
        "source": "{workshop}, {date}, no. {number}",
        "source_undated": "{workshop}, no. {number}",
        "evidence": "The evidence",
        "participation": "Participation",
        "took_part": "{people} people took part in {workshops} where these contributions were "
                     "made.",
        "took_part_few": "Fewer than {minimum} people took part in {workshops} where these "
                         "contributions were made.",
        "contributions": "The brief rests on {count}: {needs} and {ideas}.",
        "contributors": "{people} participants wrote at least one of them.",
        "contributors_few": "Fewer than {minimum} participants wrote them.",
        "contributors_none": "None of them was written by a registered participant.",
        "from_groups": "Contributions from table groups: {count}; without a name: "
                       "{anonymous}.",
        "workshop_col": "Workshop",
        "date_col": "Date",
        "people_col": "People",
        "contributions_col": "Contributions",
        "groups": "Who raised it",
        "groups_lead": "The participants who wrote these contributions, by group. A group of "
                       "fewer than {minimum} people is never shown on its own: it is combined "
                       "into “Other” or not shown.",
        "groups_too_few": "Fewer than {minimum} registered participants wrote these "
                          "contributions, so no groups are shown.",
        "group_col": "Group",
        "other_combined": "Other (small groups combined)",
        "not_answered": "Not answered",
        "not_shown": "not shown",
        "priorities": "Priority results",
        "priorities_lead": "How these contributions did in the prioritisation rounds of the "
                           "workshops.",
        "priorities_none": "None of these contributions has been voted on in a prioritisation "
                           "round.",
        "idea_col": "Contribution",
        "round_col": "Round",
        "rank_col": "Rank",
        "score_col": "Score",
        "rank_of": "{rank} of {total}",
        "tied": "{rank} (tied)",
        "voters": "{people} voters",
        "voters_few": "fewer than {minimum} voters",
        "score_dots": "{score} dots", "score_dots_one": "{score} dot",
        "score_criteria": "{score} (1–5)",
        "score_ranking": "{score} points",
        "score_pairwise": "{score}% win chance",
        "links": "Links to the SDGs and the strategy",
        "sdgs": "UN Sustainable Development Goals",
        "sdgs_none": "No contribution is linked to an SDG.",
        "goals": "The project's strategy goals",
        "goals_none": "No contribution is linked to a strategy goal.",
        "goal_col": "Goal",
        "criteria": "Success criteria",
        "criteria_lead": "To be filled in by the office: how will we know that the challenge "
                         "has been met?",
        "criterion_col": "Criterion",
        "measured_col": "How it is measured",
        "target_col": "Target",
        "constraints": "Constraints",
        "constraints_lead": "To be filled in by the office.",
        "constraint_col": "Constraint",
        "details_col": "Details",
        "c_budget": "Budget",
        "c_timeline": "Timeline",
        "c_legal": "Legal and regulatory requirements",
        "c_privacy": "Data protection and security",
        "c_accessibility": "Accessibility and universal design",
        "c_other": "Other",
        "privacy": "No names or other personal details are in this brief, and no group of fewer "
                   "than {minimum} people is shown.",
        "status": "Status: {status}",
        "status_new": "New", "status_under_review": "Under review",
        "status_accepted": "Accepted into the plan", "status_in_progress": "In progress",
        "status_implemented": "Done", "status_declined": "Not taken forward",
        "method_dots": "dot voting", "method_criteria": "criteria",
        "method_ranking": "ranking", "method_pairwise": "pairs",
        "need_one": "{n} need", "need_other": "{n} needs",
        "idea_one": "{n} idea", "idea_other": "{n} ideas",
        "contribution_one": "{n} contribution", "contribution_other": "{n} contributions",
        "workshop_one": "{n} workshop", "workshop_other": "{n} workshops",
        "the_workshop_one": "the workshop", "the_workshop_other": "the {n} workshops",
    },
    "nb": {
        "title_theme": "Utfordringsnotat: {theme}",
        "title_ideas": "Utfordringsnotat: utvalgte ideer",
        "footer": "Utfordringsnotat · {project}",
        "about": "Dette notatet beskriver et behov som innbyggere har løftet fram i "
                 "samskapingsprosjektet «{project}». Det kan sendes til markedet, for eksempel "
                 "ved innovative anskaffelser eller førkommersielle anskaffelser. Kontoret fyller "
                 "inn suksesskriterier og rammer før det sendes.",
        "made_on": "Laget {today} på grunnlag av {count} fra {workshops}.",
        "need": "Behovet, med deltakernes egne ord",
        "need_lead": "Sitert slik deltakerne skrev dem, på språket de valgte.",
        "needs_described": "Behov som ble beskrevet",
        "ideas_suggested": "Ideer som ble foreslått",
        "source": "{workshop}, {date}, nr. {number}",
        "source_undated": "{workshop}, nr. {number}",
        "evidence": "Grunnlaget",
        "participation": "Deltakelse",
        "took_part": "{people} personer deltok på {workshops} der disse bidragene kom fram.",
        "took_part_few": "Færre enn {minimum} personer deltok på {workshops} der disse "
                         "bidragene kom fram.",
        "contributions": "Notatet bygger på {count}: {needs} og {ideas}.",
        "contributors": "{people} deltakere skrev minst ett av dem.",
        "contributors_few": "Færre enn {minimum} deltakere skrev dem.",
        "contributors_none": "Ingen av dem ble skrevet av en registrert deltaker.",
        "from_groups": "Bidrag fra bordgrupper: {count}; uten navn: {anonymous}.",
        "workshop_col": "Verksted",
        "date_col": "Dato",
        "people_col": "Personer",
        "contributions_col": "Bidrag",
        "groups": "Hvem som løftet det fram",
        "groups_lead": "Deltakerne som skrev disse bidragene, etter gruppe. En gruppe med færre "
                       "enn {minimum} personer vises aldri alene: den slås sammen med «Andre» "
                       "eller vises ikke.",
        "groups_too_few": "Færre enn {minimum} registrerte deltakere skrev disse bidragene, så "
                          "ingen grupper vises.",
        "group_col": "Gruppe",
        "other_combined": "Andre (små grupper slått sammen)",
        "not_answered": "Ikke svart",
        "not_shown": "vises ikke",
        "priorities": "Prioriteringer",
        "priorities_lead": "Hvordan disse bidragene gjorde det i prioriteringsrundene på "
                           "verkstedene.",
        "priorities_none": "Ingen av disse bidragene har vært med i en prioriteringsrunde med "
                           "stemmer.",
        "idea_col": "Bidrag",
        "round_col": "Runde",
        "rank_col": "Plass",
        "score_col": "Resultat",
        "rank_of": "{rank} av {total}",
        "tied": "{rank} (delt)",
        "voters": "{people} stemte",
        "voters_few": "færre enn {minimum} stemte",
        "score_dots": "{score} prikker", "score_dots_one": "{score} prikk",
        "score_criteria": "{score} (1–5)",
        "score_ranking": "{score} poeng",
        "score_pairwise": "{score} % vinnersjanse",
        "links": "Kobling til bærekraftsmålene og strategien",
        "sdgs": "FNs bærekraftsmål",
        "sdgs_none": "Ingen bidrag er koblet til et bærekraftsmål.",
        "goals": "Prosjektets strategiske mål",
        "goals_none": "Ingen bidrag er koblet til et strategisk mål.",
        "goal_col": "Mål",
        "criteria": "Suksesskriterier",
        "criteria_lead": "Fylles ut av kontoret: hvordan vet vi at utfordringen er løst?",
        "criterion_col": "Kriterium",
        "measured_col": "Hvordan det måles",
        "target_col": "Mål",
        "constraints": "Rammer",
        "constraints_lead": "Fylles ut av kontoret.",
        "constraint_col": "Ramme",
        "details_col": "Detaljer",
        "c_budget": "Budsjett",
        "c_timeline": "Tidsplan",
        "c_legal": "Lover og regler",
        "c_privacy": "Personvern og sikkerhet",
        "c_accessibility": "Tilgjengelighet og universell utforming",
        "c_other": "Annet",
        "privacy": "Notatet inneholder ingen navn eller andre personopplysninger, og ingen "
                   "gruppe med færre enn {minimum} personer vises.",
        "status": "Status: {status}",
        "status_new": "Ny", "status_under_review": "Under vurdering",
        "status_accepted": "Tatt inn i planen", "status_in_progress": "Under arbeid",
        "status_implemented": "Gjennomført", "status_declined": "Ikke tatt videre",
        "method_dots": "prikkstemming", "method_criteria": "kriterier",
        "method_ranking": "rangering", "method_pairwise": "to og to",
        "need_one": "{n} behov", "need_other": "{n} behov",
        "idea_one": "{n} idé", "idea_other": "{n} ideer",
        "contribution_one": "{n} bidrag", "contribution_other": "{n} bidrag",
        "workshop_one": "{n} verksted", "workshop_other": "{n} verksteder",
        "the_workshop_one": "verkstedet", "the_workshop_other": "de {n} verkstedene",
    },
}

CONSTRAINTS = ("c_budget", "c_timeline", "c_legal", "c_privacy", "c_accessibility", "c_other")


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


# ----------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class Quote:
    id: str
    number: int              # the idea's number in its workshop (prioritise.idea_numbers)
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
    from ..prioritise import rounds as prioritise

    wanted = {r[0]: r for r in rows}
    by_workshop: dict[str, str] = {r[1]: r[8] for r in rows}
    lines = []
    for workshop_id, code in by_workshop.items():
        for rnd in prioritise.list_rounds(db, workshop_id):
            result = prioritise.round_result(db, rnd.id)
            voted = [r for r in result.ideas if prioritise._voted(result.method, r)]
            for r in voted:
                if r.idea_id in wanted:
                    row = wanted[r.idea_id]
                    lines.append(PriorityLine(
                        _label(row[3], row[4]), code, rnd.name, str(result.method), r.rank,
                        len(voted), r.score, people_count(result.participants), r.tied))
    lines.sort(key=lambda p: (p.rank / max(p.total, 1), p.workshop_code, p.round_name))
    return tuple(lines)


def _label(title: str | None, text: str) -> str:
    from .feedback import shorten

    return shorten((title or "").strip() or text, MAX_PRIORITY_TEXT)


def brief_data(db: Database, project_id: str, *, theme_id: str | None = None,
               idea_ids: Sequence[str] | None = None, language: str = "en",
               today: dt.date | None = None) -> BriefData:
    """Gather what the brief says (exactly one of ``theme_id`` / ``idea_ids``)."""
    from ..prioritise import rounds as prioritise

    t = texts(language)
    project = projects.get_project(db, project_id)
    rows, theme = _scope(db, project_id, theme_id, idea_ids)
    numbers: dict[str, int] = {}
    workshop_ids = list(dict.fromkeys(r[1] for r in rows))
    for workshop_id in workshop_ids:
        numbers.update(prioritise.idea_numbers(db, workshop_id))
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


# ----------------------------------------------------------------------------- wording shared
# by the PDF and the Markdown file (so that both say exactly the same)


def title_of(data: BriefData, t: dict[str, str]) -> str:
    return t["title_theme"].format(theme=data.theme) if data.theme else t["title_ideas"]


def source_of(q: Quote, t: dict[str, str], language: str) -> str:
    if q.workshop_date:
        text = t["source"].format(workshop=q.workshop_code, number=q.number,
                                  date=format_date(q.workshop_date, language))
    else:
        text = t["source_undated"].format(workshop=q.workshop_code, number=q.number)
    if q.status != IdeaStatus.NEW:
        text += " · " + t["status"].format(status=t.get(f"status_{q.status}", q.status))
    return text


def count_phrase(data: BriefData, t: dict[str, str]) -> str:
    return t["contributions"].format(count=plural(t, "contribution", len(data.quotes)),
                                     needs=plural(t, "need", data.needs),
                                     ideas=plural(t, "idea", data.ideas))


def intro_lines(data: BriefData, t: dict[str, str], language: str) -> list[str]:
    return [t["about"].format(project=data.project),
            t["made_on"].format(today=format_date(data.made_on, language),
                                count=plural(t, "contribution", len(data.quotes)),
                                workshops=plural(t, "workshop", len(data.workshops)))]


def participation_lines(data: BriefData, t: dict[str, str]) -> list[str]:
    minimum = rules.MIN_PUBLISHED_GROUP
    where = plural(t, "the_workshop", len(data.workshops))
    lines = [t["took_part_few" if data.people is None else "took_part"].format(
        people=data.people, workshops=where, minimum=minimum), count_phrase(data, t)]
    if data.contributors is None:
        lines.append(t["contributors_few"].format(minimum=minimum))
    elif data.contributors == 0:
        lines.append(t["contributors_none"])
    else:
        lines.append(t["contributors"].format(people=data.contributors))
    if data.from_table_groups or data.anonymous:
        lines.append(t["from_groups"].format(count=data.from_table_groups,
                                             anonymous=data.anonymous))
    return lines


def people_cell(n: int | None, t: dict[str, str]) -> str:
    return t["not_shown"] if n is None else str(n)


def workshop_people(n: int | None) -> str:
    return f"< {rules.MIN_PUBLISHED_GROUP}" if n is None else str(n)


def score_text(p: PriorityLine, t: dict[str, str], language: str) -> str:
    method = RoundMethod(p.method)
    if method == RoundMethod.DOTS:
        value = f"{p.score:g}"
    elif method == RoundMethod.CRITERIA:
        value = f"{p.score:.2f}"
    else:
        value = f"{p.score:.0f}" if method == RoundMethod.PAIRWISE else f"{p.score:g}"
    if language == "nb":
        value = value.replace(".", ",")
    key = f"score_{method.value}"
    if method == RoundMethod.DOTS and p.score == 1:
        key = "score_dots_one"
    return t[key].format(score=value)


def rank_text(p: PriorityLine, t: dict[str, str]) -> str:
    rank = t["tied"].format(rank=p.rank) if p.tied else str(p.rank)
    return t["rank_of"].format(rank=rank, total=p.total)


def round_text(p: PriorityLine, t: dict[str, str]) -> str:
    voters = (t["voters_few"].format(minimum=rules.MIN_PUBLISHED_GROUP) if p.voters is None
              else t["voters"].format(people=p.voters))
    method = t.get(f"method_{p.method}", p.method)
    return f"{p.workshop_code}: {p.round_name} ({method}; {voters})"


# ----------------------------------------------------------------------------- Markdown

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+(?=[.)]))")


def _escape_start(m: re.Match) -> str:
    mark = m[2]
    if mark[0].isdigit():  # "12." / "12)" starts a list: escape the "." or ")" after it
        return m[1] + mark + "\\"
    return m[1] + "\\" + mark


def md_escape(text: str) -> str:
    """Text as literal Markdown: the characters that would start emphasis, code, links, HTML,
    entities or table cells are escaped, and so is anything at the start of a line that would
    make it a heading, list item, quote or rule."""
    text = _MD_INLINE.sub(r"\\\1", text)
    # (leading spaces are dropped: four of them would make a code block)
    return "\n".join(_MD_LINE_START.sub(_escape_start, line.lstrip())
                     for line in text.split("\n"))


def _md_cell(text: str) -> str:
    """A table cell: one line, with the inline characters (and ``|``) escaped."""
    return _MD_INLINE.sub(r"\\\1", " ".join(text.split())) or " "


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(_md_cell(h) for h in header) + " |",
           "|" + "|".join(" --- " for _ in header) + "|"]
    for row in rows:
        out.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
    return out


def render_markdown(data: BriefData, language: str = "en") -> str:
    t = texts(language)
    minimum = rules.MIN_PUBLISHED_GROUP
    out: list[str] = [f"# {md_escape(title_of(data, t))}", "", f"**{md_escape(data.project)}**",
                      ""]
    if data.theme_description:
        out += [md_escape(data.theme_description), ""]
    for line in intro_lines(data, t, language):
        out += [md_escape(line), ""]

    out += [f"## 1. {md_escape(t['need'])}", "", md_escape(t["need_lead"]), ""]
    for kind, heading in ((IdeaKind.NEED, "needs_described"), (IdeaKind.IDEA, "ideas_suggested")):
        quotes = [q for q in data.quotes if q.kind == kind]
        if not quotes:
            continue
        out += [f"### {md_escape(t[heading])}", ""]
        for q in quotes:
            body = md_escape(q.text).split("\n")
            if q.title:
                out.append(f"> **{md_escape(q.title)}**  ")
            out += [f"> {line}" if line.strip() else ">" for line in body]
            out += [">", f"> — *{md_escape(source_of(q, t, language))}*", ""]

    out += [f"## 2. {md_escape(t['evidence'])}", "", f"### {md_escape(t['participation'])}", ""]
    out += [" ".join(md_escape(line) for line in participation_lines(data, t)), ""]
    out += _md_table([t["workshop_col"], t["date_col"], t["people_col"], t["contributions_col"]],
                     [[f"{w.code} – {w.title}",
                       format_date(w.date, language), workshop_people(w.people),
                       str(w.contributions)] for w in data.workshops]) + [""]
    out += [f"### {md_escape(t['groups'])}", ""]
    if not data.groups:
        out += [md_escape(t["groups_too_few"].format(minimum=minimum)), ""]
    else:
        out += [md_escape(t["groups_lead"].format(minimum=minimum)), ""]
        for table in data.groups:
            out += _md_table([table.dimension, t["people_col"]],
                             [[g.label, people_cell(g.people, t)] for g in table.lines]) + [""]
    out += [f"### {md_escape(t['priorities'])}", ""]
    if not data.priorities:
        out += [md_escape(t["priorities_none"]), ""]
    else:
        out += [md_escape(t["priorities_lead"]), ""]
        out += _md_table([t["idea_col"], t["round_col"], t["rank_col"], t["score_col"]],
                         [[p.idea, round_text(p, t),
                           rank_text(p, t),
                           score_text(p, t, language)] for p in data.priorities]) + [""]

    out += [f"## 3. {md_escape(t['links'])}", "", f"### {md_escape(t['sdgs'])}", ""]
    if data.sdgs:
        out += _md_table([t["goal_col"], t["contributions_col"]],
                         [[f"{s.code}. {s.title}", str(s.count)] for s in data.sdgs]) + [""]
    else:
        out += [md_escape(t["sdgs_none"]), ""]
    out += [f"### {md_escape(t['goals'])}", ""]
    if data.goals:
        out += _md_table([t["goal_col"], t["contributions_col"]],
                         [[f"{g.code} {g.title}", str(g.count)] for g in data.goals]) + [""]
    else:
        out += [md_escape(t["goals_none"]), ""]

    out += [f"## 4. {md_escape(t['criteria'])}", "", md_escape(t["criteria_lead"]), ""]
    out += _md_table([t["criterion_col"], t["measured_col"], t["target_col"]],
                     [["", "", ""]] * CRITERIA_ROWS) + [""]
    out += [f"## 5. {md_escape(t['constraints'])}", "", md_escape(t["constraints_lead"]), ""]
    out += _md_table([t["constraint_col"], t["details_col"]],
                     [[t[key], ""] for key in CONSTRAINTS]) + [""]
    out += ["---", "", f"*{md_escape(t['privacy'].format(minimum=minimum))}*", ""]
    return "\n".join(out)


def brief_markdown(db: Database, project_id: str, *, theme_id: str | None = None,
                   idea_ids: Sequence[str] | None = None, language: str = "en") -> str:
    """The brief as Markdown (the same content as the PDF)."""
    return render_markdown(brief_data(db, project_id, theme_id=theme_id, idea_ids=idea_ids,
                                      language=language), language)


# ----------------------------------------------------------------------------- PDF


@dataclass
class BriefResult(ReportResult):
    """The PDF (``path``, ``pages``) and the Markdown file written next to it."""

    markdown_path: Path | None = None


def _brief_story(doc, data: BriefData, language: str) -> list:
    from reportlab.platypus import Spacer

    t = texts(language)
    st = doc.st
    body = st["body"]
    note = _derived(st["small"], "brief_note", spaceBefore=2, spaceAfter=0)
    quote = _derived(body, "brief_quote", spaceAfter=0)
    quote_title = _derived(st["cell_bold"], "brief_quote_title", fontSize=body.fontSize,
                           leading=body.leading, spaceAfter=1)
    minimum = rules.MIN_PUBLISHED_GROUP
    width = doc.width
    story: list = [rp.para(title_of(data, t), st["title"]), rp.para(data.project, st["subtitle"])]
    if data.theme_description:
        story.append(rp.para(data.theme_description, body))
    story.append(Spacer(1, 4))
    story += [rp.para(line, body) for line in intro_lines(data, t, language)]
    out = _Kept(story)

    # 1. the need
    out.keep(doc.heading(f"1. {t['need']}", 1), rp.para(t["need_lead"], note), Spacer(1, 4))
    for kind, heading in ((IdeaKind.NEED, "needs_described"), (IdeaKind.IDEA, "ideas_suggested")):
        quotes = [q for q in data.quotes if q.kind == kind]
        if not quotes:
            continue
        out.keep(doc.heading(t[heading], 2))
        for q in quotes:
            parts = []
            if q.title:
                parts.append(rp.para(q.title, quote_title))
            parts += [rp.para(q.text, quote), rp.para(source_of(q, t, language), note)]
            out.block(quote_block(parts, width), Spacer(1, 5))

    # 2. the evidence
    out.keep(doc.heading(f"2. {t['evidence']}", 1), doc.heading(t["participation"], 2))
    out.block(rp.para(" ".join(participation_lines(data, t)), body), Spacer(1, 3),
              grid_table([[t["workshop_col"], t["date_col"], t["people_col"],
                           t["contributions_col"]]] +
                         [[f"{w.code} – {w.title}", format_date(w.date, language),
                           workshop_people(w.people), str(w.contributions)]
                          for w in data.workshops],
                         [width * 0.52, width * 0.2, width * 0.12, width * 0.16], st))
    out.keep(doc.heading(t["groups"], 2))
    if not data.groups:
        out.block(rp.para(t["groups_too_few"].format(minimum=minimum), body))
    else:
        out.keep(rp.para(t["groups_lead"].format(minimum=minimum), body), Spacer(1, 3))
        for table in data.groups:
            rows = [[table.dimension, t["people_col"]]] + [
                [g.label, people_cell(g.people, t)] for g in table.lines]
            out.block(grid_table(rows, [width * 0.6, width * 0.2], st), Spacer(1, 6))
    out.keep(doc.heading(t["priorities"], 2))
    if not data.priorities:
        out.block(rp.para(t["priorities_none"], body))
    else:
        out.keep(rp.para(t["priorities_lead"], body), Spacer(1, 3))
        out.block(grid_table(
            [[t["idea_col"], t["round_col"], t["rank_col"], t["score_col"]]] +
            [[p.idea, round_text(p, t), rank_text(p, t),
              score_text(p, t, language)] for p in data.priorities],
            [width * 0.4, width * 0.3, width * 0.12, width * 0.18], st))

    # 3. links
    out.keep(doc.heading(f"3. {t['links']}", 1), doc.heading(t["sdgs"], 2))
    if data.sdgs:
        from ...core.sdgs import SDG_BY_NUMBER

        chart = rp.bar_chart([f"{s.code}. {s.title}" for s in data.sdgs],
                             [s.count for s in data.sdgs], width=width,
                             height=16 * len(data.sdgs),
                             colours=[SDG_BY_NUMBER[int(s.code)].colour for s in data.sdgs],
                             label_width=width * 0.45, font_size=8.5)
        out.block(chart, Spacer(1, 4))
    else:
        out.block(rp.para(t["sdgs_none"], body))
    out.keep(doc.heading(t["goals"], 2))
    if data.goals:
        out.block(grid_table([[t["goal_col"], t["contributions_col"]]] +
                             [[f"{g.code} {g.title}", str(g.count)] for g in data.goals],
                             [width * 0.8, width * 0.2], st))
    else:
        out.block(rp.para(t["goals_none"], body))

    # 4. and 5.: empty fields for the office
    write_in = 30
    out.keep(doc.heading(f"4. {t['criteria']}", 1), rp.para(t["criteria_lead"], body),
             Spacer(1, 3))
    out.block(grid_table([[t["criterion_col"], t["measured_col"], t["target_col"]]] +
                         [["", "", ""]] * CRITERIA_ROWS,
                         [width * 0.4, width * 0.35, width * 0.25], st,
                         row_heights=[None] + [write_in] * CRITERIA_ROWS))
    out.keep(doc.heading(f"5. {t['constraints']}", 1), rp.para(t["constraints_lead"], body),
             Spacer(1, 3))
    out.block(grid_table([[t["constraint_col"], t["details_col"]]] +
                         [[t[key], ""] for key in CONSTRAINTS],
                         [width * 0.35, width * 0.65], st,
                         row_heights=[None] + [write_in] * len(CONSTRAINTS)))
    out.flush()
    story += [Spacer(1, 10), rp.para(t["privacy"].format(minimum=minimum), note)]
    return story


def build_challenge_brief(db: Database, project_id: str, out_path: str | os.PathLike, *,
                          theme_id: str | None = None, idea_ids: Sequence[str] | None = None,
                          language: str = "en", progress: Progress | None = None):
    """Write the brief as a PDF to ``out_path`` and as Markdown next to it (same name, suffix
    ``.md``). Both are written to temporary files in the same folder and renamed only when
    both are complete, so a failure or a cancel (``progress`` returning False) leaves neither.
    Returns a :class:`BriefResult`."""
    if progress is not None and progress(0, 1) is False:
        raise rp.ReportCancelled()
    out_path = Path(out_path)
    data = brief_data(db, project_id, theme_id=theme_id, idea_ids=idea_ids, language=language)
    markdown = render_markdown(data, language)
    md_path = out_path.with_suffix(".md")
    if md_path == out_path:
        raise ValidationError("out", "The PDF needs a file name that does not end in .md.",
                              reason="pdf_name_is_md")
    if md_path.is_dir():
        raise rp.ReportError(f"{md_path} is a folder; choose another file name.",
                             reason="is_folder", path=str(md_path))
    t = texts(language)
    md_temp: list[Path] = []

    def build(temp: Path) -> int:
        doc = rp.ReportDoc(temp, title=title_of(data, t),
                           footer=t["footer"].format(project=data.project), language=language,
                           large_print=False)
        doc._firstPageTemplateIndex = 1  # noqa: SLF001 - no cover: the footer from page 1
        pages = doc.build(_brief_story(doc, data, language), progress=progress)
        fd, name = tempfile.mkstemp(prefix=f".{md_path.stem}.", suffix=".md.part",
                                    dir=md_path.parent)
        md_temp.append(Path(name))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(markdown)
        os.chmod(md_temp[0], FILE_MODE)  # mkstemp makes 0600 (the PDF's mode is set by
        # write_pdf_atomically)
        return pages

    try:
        result = rp.write_pdf_atomically(out_path, build)
        try:
            os.replace(md_temp[0], md_path)
        except OSError as exc:
            out_path.unlink(missing_ok=True)
            raise rp.ReportError(f"Could not write {md_path} ({exc.strerror or exc}); nothing "
                                 "was saved.", reason="write_failed", path=str(md_path),
                                 error=exc.strerror or str(exc)) from exc
    finally:
        for temp in md_temp:
            temp.unlink(missing_ok=True)
    return BriefResult(path=result.path, pages=result.pages, markdown_path=md_path)
