""""You said, we did": a short PDF for the participants of a workshop and the public.

It tells people three things: what was heard (grouped by theme, in their own words), what was
decided and why, and what happens next and when. No Qt here.

**No personal data.** The report is built from :func:`feedback_data`, which selects nothing
that belongs to a person: no participant codes, no contact details, no demographic answers or
group labels, no authors (participant or table group), no facilitator names, no volunteer
names (``entered_by``), no "decided by" names and no workshop notes. The only free text from
the public is the idea texts (and titles), without who wrote them. The only counts are totals
for the whole workshop and for a voting round, and a total under 5 is written as "fewer
than 5" (core.rules.MIN_PUBLISHED_GROUP).

What the data model holds for "what happens next, and when": each idea's status with the reason
and date of its latest status change (services.lifecycle), and the dates of the project's
next workshops. There are no due dates for carrying out an idea, so the report does not
invent any.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from ...core import rules
from ...core.dates import format_date
from ...core.enums import IdeaKind, IdeaStatus, WorkshopStatus
from ...core.errors import ValidationError
from ...storage.database import Database
from ..pdf import document as rp
from ..pdf.paragraphs import para
from ..workshop import projects
from .blocks import KeptBlocks, derived_style, quote_block
from .feedback_texts import texts
from .wording import MAX_QUOTE_CHARS, people_count, plural, shorten

Progress = Callable[[int, int], bool | None]

MAX_QUOTES_PER_THEME = 5   # a short document: the full list is in the workshop report
TOP_PER_ROUND = 5

#: Statuses that are a decision (accepted, being done, done, or declined), in report order.
DECIDED = (IdeaStatus.ACCEPTED, IdeaStatus.IN_PROGRESS, IdeaStatus.IMPLEMENTED,
           IdeaStatus.DECLINED)


# ----------------------------------------------------------------------------- the data
@dataclass(frozen=True)
class HeardIdea:
    title: str | None
    text: str
    kind: str


@dataclass(frozen=True)
class HeardTheme:
    name: str            # "" = ideas without a theme
    needs: int
    ideas: int
    quotes: tuple[HeardIdea, ...]   # at most MAX_QUOTES_PER_THEME, best prioritised first

    @property
    def count(self) -> int:
        return self.needs + self.ideas


@dataclass(frozen=True)
class TopIdea:
    rank: int
    title: str | None
    text: str


@dataclass(frozen=True)
class RoundTop:
    name: str
    method: str
    voters: int | None   # None = fewer than 5
    top: tuple[TopIdea, ...]


@dataclass(frozen=True)
class Decision:
    title: str | None
    text: str
    status: str
    reason: str
    decided_on: dt.date | None


@dataclass(frozen=True)
class NextWorkshop:
    title: str
    date: dt.date | None
    venue: str


@dataclass(frozen=True)
class FeedbackData:
    """Everything the report says. By construction it holds no personal data."""

    project: str
    workshop_code: str
    workshop_title: str
    date: dt.date | None
    venue: str
    participants: int | None          # None = fewer than 5 (0 = nobody registered)
    contributions: int
    themes: tuple[HeardTheme, ...]
    rounds: tuple[RoundTop, ...]
    decisions: tuple[Decision, ...]    # accepted / in progress / done / declined
    under_review: tuple[Decision, ...]
    in_plan: int
    not_yet: int                       # still "new"
    next_workshop: NextWorkshop | None
    latest_decision: dt.date | None


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _best_ranks(db: Database, workshop_id: str) -> tuple[dict[str, int], list[RoundTop]]:
    """The best rank of each idea over the workshop's rounds, and the top of each round that
    has votes."""
    from ..prioritise import results as prioritise_results
    from ..prioritise import rounds as prioritise_rounds

    best: dict[str, int] = {}
    tops: list[RoundTop] = []
    for rnd in prioritise_rounds.list_rounds(db, workshop_id):
        result = prioritise_results.round_result(db, rnd.id)
        voted = [r for r in result.ideas if prioritise_results.has_votes(result.method, r)]
        if not voted:
            continue
        for r in voted:
            best[r.idea_id] = min(best.get(r.idea_id, r.rank), r.rank)
        tops.append((rnd, result, voted))
    rounds = []
    if tops:
        with db.engine.connect() as conn:
            ids = {r.idea_id for _, _, voted in tops for r in voted[:TOP_PER_ROUND]}
            rows = conn.execute(sa.text("SELECT id, title, text FROM idea WHERE id IN :ids")
                                .bindparams(sa.bindparam("ids", expanding=True)),
                                {"ids": sorted(ids)}).all()
        words = {row[0]: (row[1], row[2]) for row in rows}
        for rnd, result, voted in tops:
            rounds.append(RoundTop(rnd.name, str(result.method), people_count(result.participants),
                                   tuple(TopIdea(r.rank, *words[r.idea_id])
                                         for r in voted[:TOP_PER_ROUND])))
    return best, rounds


def feedback_data(db: Database, workshop_id: str) -> FeedbackData:
    """Gather what the report says about one workshop (see the module docstring for what is
    deliberately left out). Raises when the workshop has no ideas: there is nothing to report
    back."""
    workshop = projects.get_workshop(db, workshop_id)
    project = projects.get_project(db, workshop.project_id)
    with db.engine.connect() as conn:
        ideas = conn.execute(sa.text(
            "SELECT i.id, i.title, i.text, i.kind, coalesce(t.name, ''), i.status, "
            "i.status_reason, i.status_date FROM idea i "
            "LEFT JOIN theme t ON t.id = i.theme_id AND t.deleted = false "
            "WHERE i.deleted = false AND i.workshop_id = :w ORDER BY i.created_at, i.id"),
            {"w": workshop_id}).all()
        people = conn.execute(sa.text(
            "SELECT count(*) FROM participant WHERE deleted = false AND workshop_id = :w"),
            {"w": workshop_id}).scalar() or 0
    if not ideas:
        raise ValidationError("workshop", f"Workshop {workshop.code} has no ideas yet; there is "
                              "nothing to report back.", reason="workshop_without_ideas",
                              code=workshop.code)
    best, rounds = _best_ranks(db, workshop_id)
    order = {row[0]: n for n, row in enumerate(ideas)}

    by_theme: dict[str, list] = {}
    for row in ideas:
        by_theme.setdefault(row[4], []).append(row)
    themes = []
    for name, rows in by_theme.items():
        rows.sort(key=lambda r: (best.get(r[0], 10**9), order[r[0]]))
        needs = sum(1 for r in rows if r[3] == IdeaKind.NEED)
        themes.append(HeardTheme(name, needs, len(rows) - needs, tuple(
            HeardIdea(r[1], r[2], r[3]) for r in rows[:MAX_QUOTES_PER_THEME])))
    themes.sort(key=lambda t: (t.name == "", -t.count, t.name.casefold()))

    status_order = {s.value: n for n, s in enumerate(DECIDED)}
    decided = [r for r in ideas if r[5] in status_order]
    decided.sort(key=lambda r: (status_order[r[5]], _as_date(r[7]) or dt.date.min, order[r[0]]))
    decisions = tuple(Decision(r[1], r[2], r[5], r[6] or "", _as_date(r[7])) for r in decided)
    review = tuple(Decision(r[1], r[2], r[5], r[6] or "", _as_date(r[7]))
                   for r in ideas if r[5] == IdeaStatus.UNDER_REVIEW)
    dates = [d.decided_on for d in decisions + review if d.decided_on]
    in_plan = sum(1 for r in ideas if r[5] in (IdeaStatus.ACCEPTED, IdeaStatus.IN_PROGRESS))
    return FeedbackData(
        project=project.name, workshop_code=workshop.code, workshop_title=workshop.title,
        date=workshop.date, venue=workshop.venue.strip(), participants=people_count(people),
        contributions=len(ideas), themes=tuple(themes), rounds=tuple(rounds),
        decisions=decisions, under_review=review, in_plan=in_plan,
        not_yet=sum(1 for r in ideas if r[5] == IdeaStatus.NEW),
        next_workshop=_next_workshop(db, workshop), latest_decision=max(dates, default=None))


def _next_workshop(db: Database, workshop) -> NextWorkshop | None:
    """The project's next workshop that has not been held yet: the earliest dated one after
    this workshop (a workshop without a date comes last)."""
    later = []
    for other in projects.list_workshops(db, workshop.project_id):
        if other.id == workshop.id or other.status == WorkshopStatus.CLOSED:
            continue
        if workshop.date and other.date and other.date <= workshop.date:
            continue
        later.append(other)
    if not later:
        return None
    later.sort(key=lambda w: (w.date is None, w.date or dt.date.max, w.code))
    first = later[0]
    return NextWorkshop(first.title, first.date, first.venue.strip())


# ----------------------------------------------------------------------------- the PDF
def _story(doc, data: FeedbackData, language: str) -> list:
    from reportlab.platypus import Spacer

    t = texts(language)
    st = doc.st
    big = doc.large_print
    gap = 10 if big else 5
    body = st["body"]
    quote = derived_style(body, "quote", spaceAfter=0)
    quote_title = derived_style(st["cell_bold"], "quote_title", fontSize=body.fontSize,
                                leading=body.leading, spaceAfter=1)
    note = derived_style(st["small"], "note", spaceBefore=2, spaceAfter=0)
    if big:  # large print: nothing smaller than the body text
        note = derived_style(body, "note_big", textColor=rp.MUTED, spaceAfter=0)
    minimum = rules.MIN_PUBLISHED_GROUP
    date = format_date(data.date, language)
    today = format_date(dt.date.today(), language)

    def words(title: str | None, text: str, limit: int = MAX_QUOTE_CHARS) -> list:
        out = []
        if title and title.strip():
            out.append(para(title.strip(), quote_title))
        out.append(para(shorten(text, limit), quote))
        return out

    story: list = [para(t["title"], st["title"])]
    sub = " · ".join(x for x in (data.workshop_title, data.workshop_code, date) if x)
    story += [para(sub, st["subtitle"]), para(data.project, st["subtitle"]),
              Spacer(1, gap)]
    if data.date and data.venue:
        when = t["intro_when_venue"].format(date=date, venue=data.venue,
                                            title=data.workshop_title)
    elif data.date:
        when = t["intro_when"].format(date=date, title=data.workshop_title)
    else:
        when = t["intro_title"].format(title=data.workshop_title)
    if language == "nb" and data.date:
        when = when[0].upper() + when[1:]
    count = plural(t, "contribution", data.contributions)
    if data.participants is None:
        people = t["intro_people_few"].format(minimum=minimum, count=count)
    elif data.participants:
        people = t["intro_people"].format(people=data.participants, count=count)
    else:
        people = t["intro_count"].format(count=count)
    story += [para(f"{when} {people}", body), para(t["intro_thanks"], body)]

    # -- what you said
    out = KeptBlocks(story)
    out.keep(doc.heading(t["heard"], 1), para(t["heard_lead"], body))
    for theme in data.themes:
        out.keep(doc.heading(theme.name or t["no_theme"], 2),
                 para(_theme_count(theme, t), note),
                 Spacer(1, gap))
        for q in theme.quotes:
            out.block(quote_block(words(q.title, q.text), doc.width), Spacer(1, gap))
        more = theme.count - len(theme.quotes)
        if more > 0:
            out.block(para(t["more"].format(more=plural(t, "more", more)), note))

    # -- what you prioritised
    if data.rounds:
        out.keep(doc.heading(t["prioritised"], 1))
        for rnd in data.rounds:
            method = t.get(f"method_{rnd.method}", rnd.method)
            if method.casefold() == rnd.name.strip().casefold():  # «Dots» (dots): say it once
                method = ""
            if rnd.voters is None:
                lead = t["round_voters_few"].format(round=rnd.name, method=method,
                                                    minimum=minimum)
            elif rnd.voters:
                lead = t["round_voters"].format(round=rnd.name, method=method,
                                                people=rnd.voters)
            else:
                lead = t["round_no_voters"].format(round=rnd.name, method=method)
            lead = lead.replace(" ()", "")
            rows = [[f"{top.rank}.", words(top.title, top.text, 200)] for top in rnd.top]
            out.block(para(lead, body), Spacer(1, gap / 2),
                      _ranked_table(rows, doc.width, st, big), Spacer(1, gap))

    # -- what we decided, and why
    out.keep(doc.heading(t["decided"], 1))
    if not data.decisions:
        out.block(para(t["decided_none"], body))
    else:
        out.keep(para(t["decided_lead"], body))
        for status in DECIDED:
            items = [d for d in data.decisions if d.status == status]
            if not items:
                continue
            colour = rp.MUTED if status == IdeaStatus.DECLINED else rp.ACCENT
            out.keep(doc.heading(f"{t['status_' + status.value]} ({len(items)})", 2))
            for d in items:
                out.block(quote_block(_decision(d, words, t, language, quote, note),
                                      doc.width, colour), Spacer(1, gap))

    # -- what happens next, and when
    out.keep(doc.heading(t["next"], 1))
    if data.in_plan:
        key = "in_plan_one" if data.in_plan == 1 else "in_plan_other"
        out.block(para(t[key].format(count=plural(t, "count", data.in_plan)), body))
    if data.under_review:
        out.keep(doc.heading(f"{t['review']} ({len(data.under_review)})", 2))
        for d in data.under_review:
            out.block(quote_block(_decision(d, words, t, language, quote, note, since=True),
                                  doc.width, rp.RULE), Spacer(1, gap))
    if data.not_yet:
        key = "not_yet_one" if data.not_yet == 1 else "not_yet_other"
        out.block(para(t[key].format(count=plural(t, "contribution", data.not_yet),
                                     project=data.project), body))
    nxt = data.next_workshop
    if nxt is None:
        out.block(para(t["no_next_workshop"], body))
    elif nxt.date is None:
        out.block(para(t["next_workshop_undated"].format(title=nxt.title), body))
    else:
        key = "next_workshop_venue" if nxt.venue else "next_workshop"
        out.block(para(t[key].format(title=nxt.title, venue=nxt.venue,
                                     date=format_date(nxt.date, language)),
                       body))
    out.flush()
    story.append(Spacer(1, gap))
    if data.latest_decision:
        story.append(para(t["as_of"].format(
            date=format_date(data.latest_decision, language), today=today), note))
    else:
        story.append(para(t["made_on"].format(today=today), note))
    story.append(para(t["privacy"].format(minimum=minimum), note))
    return story


def _theme_count(theme: HeardTheme, t: dict[str, str]) -> str:
    """ "3 needs and 2 ideas." (or only the part that is not zero)."""
    if theme.needs and theme.ideas:
        return t["theme_count"].format(needs=plural(t, "need", theme.needs),
                                       ideas=plural(t, "idea", theme.ideas))
    return (plural(t, "need", theme.needs) if theme.needs
            else plural(t, "idea", theme.ideas)) + "."


def _decision(d: Decision, words, t, language, quote, note, since: bool = False) -> list:
    out = words(d.title, d.text, 250)
    if d.reason:
        out.append(para(f"{t['why']}: {d.reason}" if not since else d.reason, quote))
    if d.decided_on:
        date = format_date(d.decided_on, language)
        out.append(para(t["review_since" if since else "decided_on"].format(date=date),
                        note))
    return out


def _ranked_table(rows: list, width: float, st: dict, big: bool):
    from reportlab.platypus import Table, TableStyle

    number = st["body"]
    data = [[para(rank, number), cell] for rank, cell in rows]
    first = 34 if big else 22
    table = Table(data, colWidths=[first, width - first])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6 if big else 3),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.5, rp.RULE)]))
    table.hAlign = "LEFT"
    return table


def build_feedback_report(db: Database, workshop_id: str, out_path: str | os.PathLike, *,
                          language: str = "en", large_print: bool = False,
                          progress: Progress | None = None):
    """Write the "you said, we did" PDF of a workshop to ``out_path`` (temporary file, then
    rename: a failure or a cancel leaves no file). ``progress(done, total)`` returning False
    cancels (:class:`report_pdf.ReportCancelled`). Returns a ``report_pdf.ReportResult``."""
    if progress is not None and progress(0, 1) is False:
        raise rp.ReportCancelled()
    data = feedback_data(db, workshop_id)
    t = texts(language)

    def build(temp: Path) -> int:
        doc = rp.ReportDoc(temp, title=f"{t['title']} – {data.workshop_title}",
                           footer=t["footer"].format(workshop=data.workshop_code,
                                                     project=data.project),
                           language=language, large_print=large_print)
        doc._firstPageTemplateIndex = 1  # noqa: SLF001 - no cover: the footer from page 1
        return doc.build(_story(doc, data, language), progress=progress)

    return rp.write_pdf_atomically(Path(out_path), build)
