"""The PDF workshop report and project report (issue 5, sections 1 and 2).

Both are built from the services that own the figures (run, representativeness, overview,
prioritise, lifecycle, open_data) and laid out with the blocks of :mod:`.report_pdf`: a cover,
a table of contents, bookmarks, page numbers and the workshop code and date in the footer.

Disclosure: a group of fewer than ``core.rules.MIN_PUBLISHED_GROUP`` people is never shown on
its own. Attendance and representativeness go through ``rules.suppress_small_groups`` (small
groups folded into "Other"; if that is still too small it is withheld together with the next
smallest group); results by group come from ``prioritise.results.results_by_group``, which
applies the same rule; the project's participation from workshop to workshop goes through
``open_data.participation_rows`` (primary and secondary suppression over rows, columns and
totals). No participant code, name or contact detail is printed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ...core import rules
from ...core.dates import format_date
from ...core.enums import RoundMethod
from ...core.sdgs import SDG_BY_NUMBER, sdg_title
from ...storage.database import Database
from ..exports import open_data
from ..ideas import lifecycle
from ..pdf.document import (
    ACCENT,
    PALE,
    RULE,
    ReportCancelled,
    ReportDoc,
    ReportResult,
    _is_rtl,
    bar_chart,
    markup,
    paired_bar_chart,
    para,
    texts,
    write_pdf_atomically,
)
from ..prioritise import results as prioritise_results
from ..prioritise import rounds as prioritise_rounds
from ..workshop import overview, projects, representativeness, run

Progress = Callable[[int, int], object] | None

TOP_IDEAS = 10          # ideas shown per round (the appendix lists every idea)
TOP_PER_GROUP = 3       # ideas shown per group in "results by group"
CHART_HEIGHT = 200

WORDS = {
    "en": {
        "status": {"new": "New", "under_review": "Under review", "accepted": "Accepted",
                   "in_progress": "In progress", "implemented": "Implemented",
                   "declined": "Declined"},
        "workshop_status": {"planned": "Planned", "running": "Running", "closed": "Closed"},
        "method": {"dots": "Dot voting", "criteria": "Criteria scoring",
                   "ranking": "Ranking (Borda)", "pairwise": "Pairwise comparison"},
        "kind": {"need": "Need", "idea": "Idea"},
    },
    "nb": {
        "status": {"new": "Ny", "under_review": "Til vurdering", "accepted": "Godtatt",
                   "in_progress": "Under arbeid", "implemented": "Gjennomført",
                   "declined": "Avslått"},
        "workshop_status": {"planned": "Planlagt", "running": "Pågår", "closed": "Avsluttet"},
        "method": {"dots": "Prikkstemming", "criteria": "Kriterievurdering",
                   "ranking": "Rangering (Borda)", "pairwise": "Parvis sammenligning"},
        "kind": {"need": "Behov", "idea": "Idé"},
    },
}


def words(language: str) -> dict:
    return WORDS.get(language, WORDS["en"])


def _num(value: float, language: str, decimals: int = 1) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language == "nb" else text


def _pct(value: float | None, language: str) -> str:
    if value is None:
        return "–"
    text = f"{value * 100:.0f} %" if language == "nb" else f"{value * 100:.0f}%"
    return text


# =========================================================================== data
@dataclass(frozen=True)
class IdeaLine:
    id: str
    workshop_code: str
    number: int
    title: str | None
    text: str
    kind: str
    theme: str
    status: str
    status_reason: str
    status_date: dt.date | None
    sdgs: tuple[int, ...]


def _ideas(db: Database, workshop_ids: list[str]) -> list[IdeaLine]:
    """Every live idea of the workshops, in workshop order then idea number."""
    if not workshop_ids:
        return []
    numbers: dict[str, int] = {}
    for wid in workshop_ids:
        numbers.update(prioritise_rounds.idea_numbers(db, wid))
    ids_param = sa.bindparam("w", expanding=True)
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT i.id, w.code, i.title, i.text, i.kind, coalesce(t.name, ''), i.status, "
            "i.status_reason, i.status_date, i.workshop_id FROM idea i "
            "JOIN workshop w ON w.id = i.workshop_id "
            "LEFT JOIN theme t ON t.id = i.theme_id AND t.deleted = false "
            "WHERE i.deleted = false AND i.workshop_id IN :w").bindparams(ids_param),
            {"w": workshop_ids}).all()
        sdg_rows = conn.execute(sa.text(
            "SELECT s.idea_id, s.sdg_number FROM idea_sdg s JOIN idea i ON i.id = s.idea_id "
            "WHERE s.deleted = false AND i.deleted = false AND i.workshop_id IN :w "
            "ORDER BY s.sdg_number").bindparams(ids_param), {"w": workshop_ids}).all()
    sdgs: dict[str, list[int]] = {}
    for idea_id, number in sdg_rows:
        if number not in sdgs.setdefault(idea_id, []):
            sdgs[idea_id].append(number)
    result = []
    for r in rows:
        date = r[8]
        if isinstance(date, str):
            date = dt.date.fromisoformat(date[:10])
        result.append(IdeaLine(r[0], r[1], numbers.get(r[0], 0), r[2], r[3], r[4], r[5],
                               r[6], r[7] or "", date, tuple(sdgs.get(r[0], ()))))
    return result


def _ideas_sorted(db: Database, workshops: list) -> list[IdeaLine]:
    lines = _ideas(db, [w.id for w in workshops])
    position = {w.code: n for n, w in enumerate(workshops)}
    return sorted(lines, key=lambda i: (position.get(i.workshop_code, 0), i.number))


class _Steps:
    """Progress while the figures are gathered (the first fifth of the bar); the build gets
    the rest. Returning False from ``progress`` raises ReportCancelled."""

    SCALE = 1000

    def __init__(self, progress: Progress, steps: int) -> None:
        self.progress = progress
        self.steps = max(1, steps)
        self.done = 0

    def step(self) -> None:
        self.done += 1
        self._tell(int(self.SCALE * 0.2 * min(self.done, self.steps) / self.steps))

    def _tell(self, value: int) -> None:
        if self.progress is not None and self.progress(value, self.SCALE) is False:
            raise ReportCancelled()

    def build_progress(self) -> Callable[[int, int], bool]:
        def report(done: int, total: int) -> bool:
            self._tell(int(self.SCALE * (0.2 + 0.8 * done / max(total, 1))))
            return True
        return report


# =========================================================================== blocks
@dataclass
class _Ctx:
    doc: ReportDoc
    language: str
    t: dict = field(default_factory=dict)
    w: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.t = texts(self.language)
        self.w = words(self.language)

    @property
    def st(self):
        return self.doc.st


def _right(ctx: _Ctx, name: str):
    key = f"{name}_right"
    if key not in ctx.st:
        ctx.st[key] = ctx.st[name].clone(key, alignment=2)
    return ctx.st[key]


def _grid(ctx: _Ctx, header: list[str], rows: list[list], widths: list[float],
          numeric: tuple[int, ...] = (), total_row: bool = False) -> Table:
    cell, bold = ctx.st["cell"], ctx.st["cell_bold"]
    cell_r, bold_r = _right(ctx, "cell"), _right(ctx, "cell_bold")
    data = [[para(h, bold_r if i in numeric else bold) for i, h in enumerate(header)]]
    last = len(rows) - 1
    for n, row in enumerate(rows):
        strong = total_row and n == last
        data.append([para("" if v is None else str(v),
                          (bold_r if strong else cell_r) if i in numeric else
                          (bold if strong else cell)) for i, v in enumerate(row)])
    total_w = sum(widths)
    scale = ctx.doc.width / total_w
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if total_row and rows:
        style.append(("BACKGROUND", (0, -1), (-1, -1), PALE))
    table.setStyle(TableStyle(style))
    return table


def _gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def _cover(ctx: _Ctx, title: str, lines: list[str], subtitle: str) -> list:
    st = ctx.st
    story = [Spacer(1, 120), para(title, st["title"]), para(subtitle, st["subtitle"]),
             _gap(18)]
    story += [para(line, st["body"]) for line in lines if line]
    story += [_gap(30), para(ctx.t["generated"].format(
        date=format_date(dt.date.today(), ctx.language)), st["small"]),
        NextPageTemplate("body"), PageBreak(),
        para(ctx.t["contents"], st["h1"]), ctx.doc.toc(), PageBreak()]
    return story


# --------------------------------------------------------------------------- agenda
def _minutes(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, round((end - start).total_seconds() / 60))


def _agenda(ctx: _Ctx, workshop_id: str) -> list:
    state = run.run_state(ctx.doc.db, workshop_id)
    t = ctx.t
    if not state.agenda:
        return [para(t["no_agenda"], ctx.st["body"])]
    rows = []
    planned_total = actual_total = 0
    for position, entry in enumerate(state.agenda, 1):
        actual = _minutes(entry.actual_start, entry.actual_end)
        planned_total += entry.planned_minutes
        actual_total += actual or 0
        started = entry.actual_start.astimezone().strftime("%H:%M") if entry.actual_start \
            else ""
        rows.append([str(position), entry.activity,
                     str(entry.planned_minutes),
                     t["not_run"] if actual is None and not entry.started else
                     ("…" if actual is None else str(actual)), started])
    rows.append(["", t["agenda_total"], str(planned_total),
                 str(actual_total) if any(e.started for e in state.agenda) else "–", ""])
    return [_grid(ctx, [t["number"], t["activity"], t["planned"], t["actual"], t["started"]],
                  rows, [22, 250, 70, 70, 50], numeric=(2, 3), total_row=True)]


# --------------------------------------------------------------------------- attendance
@dataclass(frozen=True)
class PublishedGroup:
    key: str
    label: str
    count: int | None          # None: withheld
    share: float | None        # participants' share (among those compared); None: withheld
    reference: float | None    # the reference population's share


def published_groups(dim: representativeness.DimensionRepresentation, t: dict
                     ) -> list[PublishedGroup]:
    """One dimension's groups as the report may show them: every category (and "prefer not
    to say", "not answered") through ``rules.suppress_small_groups``; small ones folded into
    "Other" (whose shares are the sums of the folded categories' shares)."""
    counts: dict[str, int] = {c.key: c.participants for c in dim.categories}
    counts["_prefer_not"] = dim.prefer_not_to_say
    counts["_not_answered"] = dim.not_answered
    published = rules.suppress_small_groups(counts, other_key="_other")
    by_key = {c.key: c for c in dim.categories}
    labels = {**{c.key: c.label for c in dim.categories}, "_prefer_not": t["prefer_not"],
              "_not_answered": t["not_answered"], "_other": t["other_small"]}
    folded = [k for k, v in counts.items() if 0 < v < rules.MIN_PUBLISHED_GROUP]
    result = []
    for key, count in published.items():
        if key == "_other":
            cats = [by_key[k] for k in folded if k in by_key]
            share = None if count is None else (
                sum(c.participant_share or 0 for c in cats) if any(
                    c.participant_share is not None for c in cats) else None)
            ref = sum(c.reference_share for c in cats if c.reference_share is not None) \
                if any(c.reference_share is not None for c in cats) else None
            result.append(PublishedGroup(key, labels[key], count, share, ref))
            continue
        if key in ("_prefer_not", "_not_answered") and count == 0:
            continue
        cat = by_key.get(key)
        share = None if count is None or cat is None else cat.participant_share
        ref = None if cat is None else cat.reference_share
        result.append(PublishedGroup(key, labels[key], count, share, ref))
    # "Other" last, after "prefer not to say" and "not answered"
    result.sort(key=lambda g: g.key == "_other")
    return result


def _attendance(ctx: _Ctx, project_id: str, workshop_id: str | None) -> list:
    db, t, st, lang = ctx.doc.db, ctx.t, ctx.st, ctx.language
    dims = representativeness.representativeness(db, project_id, workshop_id)
    total = _count_participants(db, project_id, workshop_id)
    minimum = rules.MIN_PUBLISHED_GROUP
    shown_total = str(total) if total == 0 or total >= minimum else \
        t["not_shown"].format(minimum=minimum)
    story = [para(f"{t['participants']}: {shown_total}", st["body"]),
             para(t["small_groups_note"].format(minimum=minimum), st["small"])]
    if not any(d.has_reference for d in dims):
        story.append(para(t["no_reference"], st["small"]))
    if not dims:
        story.append(para(t["no_demographics"], st["body"]))
    for dim in dims:
        groups = published_groups(dim, t)
        block = [ctx.doc.heading(dim.label, 2)]
        rows = [[g.label, "–" if g.count is None else str(g.count), _pct(g.share, lang),
                 _pct(g.reference, lang)] for g in groups]
        block.append(_grid(ctx, [t["group"], t["participants"], t["share"], t["reference"]],
                           rows, [220, 80, 70, 110], numeric=(1, 2, 3)))
        charted = [g for g in groups if g.key not in ("_prefer_not", "_not_answered")]
        if dim.has_reference and charted:
            block += [_gap(6), paired_bar_chart(
                [g.label for g in charted], [g.share for g in charted],
                [g.reference for g in charted], width=ctx.doc.width * 0.85,
                height=min(CHART_HEIGHT, 28 * len(charted) + 20),
                legend=(t["chart_participants"], t["chart_reference"]),
                value_format=lambda v: _pct(v, lang))]
        elif charted:
            block += [_gap(6), bar_chart([g.label for g in charted],
                                         [g.count or 0 for g in charted],
                                         width=ctx.doc.width * 0.7,
                                         height=min(CHART_HEIGHT, 16 * len(charted)),
                                         value_format=lambda v: str(int(v)))]
        story += [KeepTogether(block), _gap(8)]
    return story


def _count_participants(db: Database, project_id: str, workshop_id: str | None) -> int:
    counts = overview.participants_by_group(db, project_id, workshop_id)
    if counts:
        d = counts[0]
        return sum(g.count for g in d.groups) + d.not_answered
    with db.engine.connect() as conn:
        if workshop_id:
            return conn.execute(sa.text("SELECT count(*) FROM participant WHERE deleted = false "
                                        "AND workshop_id = :w"), {"w": workshop_id}).scalar()
        return conn.execute(sa.text(
            "SELECT count(*) FROM participant p JOIN workshop w ON w.id = p.workshop_id "
            "WHERE p.deleted = false AND w.deleted = false AND w.project_id = :p"),
            {"p": project_id}).scalar()


# --------------------------------------------------------------------------- ideas
def _ideas_overview(ctx: _Ctx, ideas: list[IdeaLine], project_id: str) -> list:
    t, st, lang = ctx.t, ctx.st, ctx.language
    story = [para(t["ideas_n"].format(n=len(ideas)), st["body"])]
    if not ideas:
        return story + [para(t["no_ideas"], st["body"])]
    by_theme: dict[str, int] = {}
    for theme in projects.list_themes(ctx.doc.db, project_id):
        by_theme.setdefault(theme.name, 0)
    for idea in ideas:
        by_theme[idea.theme] = by_theme.get(idea.theme, 0) + 1
    themes = sorted(by_theme.items(), key=lambda kv: (-kv[1], kv[0] == "", kv[0]))
    labels = [name or t["no_theme"] for name, _ in themes]
    story += [ctx.doc.heading(t["by_theme"], 2),
              KeepTogether([bar_chart(labels, [n for _, n in themes],
                                      width=ctx.doc.width, height=min(260, 18 * len(themes)),
                                      value_format=lambda v: str(int(v))), _gap(8)])]
    by_sdg = {n: 0 for n in SDG_BY_NUMBER}
    for idea in ideas:
        for n in idea.sdgs:
            by_sdg[n] += 1
    story.append(ctx.doc.heading(t["by_sdg"], 2))
    linked = [(n, c) for n, c in by_sdg.items() if c]
    if not linked:
        return story + [para(t["no_sdg"], st["body"])]
    story.append(KeepTogether([bar_chart(
        [f"{n} {sdg_title(n, lang)}" for n in by_sdg], list(by_sdg.values()),
        width=ctx.doc.width, height=17 * 14, colours=[SDG_BY_NUMBER[n].colour for n in by_sdg],
        value_format=lambda v: str(int(v))), _gap(8)]))
    return story


# --------------------------------------------------------------------------- priorities
def _round_label(ctx: _Ctx, rnd, code: str | None = None) -> str:
    method = ctx.w["method"].get(rnd.method, rnd.method)
    prefix = f"{code} · " if code else ""
    if rnd.name.casefold() in method.casefold():
        return f"{prefix}{method}"
    return f"{prefix}{rnd.name} ({method})"


def _score(result, r, lang: str) -> str:
    return _num(round(r.score, 1), lang)


def _priorities(ctx: _Ctx, workshop, steps: _Steps, code_in_title: bool = False) -> list:
    db, t, st, lang = ctx.doc.db, ctx.t, ctx.st, ctx.language
    rounds = prioritise_rounds.list_rounds(db, workshop.id)
    if not rounds:
        return [para(t["no_rounds"], st["body"])]
    story: list = []
    results = {}
    dims = projects.list_dimensions(db, workshop.project_id)
    for rnd in rounds:
        result = prioritise_results.round_result(db, rnd.id)
        results[rnd.id] = result
        steps.step()
        # criteria and pairwise rounds say nothing about the ideas nobody scored or compared
        ranked = result.ideas if result.method in (RoundMethod.DOTS, RoundMethod.RANKING) else \
            [r for r in result.ideas if r.n > 0]
        top = ranked[:TOP_IDEAS]
        rows = [[f"{r.rank}{'=' if r.tied else ''}", f"{r.number}", r.text,
                 _score(result, r, lang), str(r.n)] for r in top]
        block = [ctx.doc.heading(_round_label(ctx, rnd, workshop.code if code_in_title
                                              else None), 2),
                 para(f"{t['voters']}: {_voters(result.participants, t)}", st["small"]),
                 _grid(ctx, [t["rank"], t["number"], t["idea"], t["score"], "n"], rows,
                       [34, 30, 330, 50, 30], numeric=(0, 1, 3, 4))]
        if len(ranked) > TOP_IDEAS:
            block.append(para(t["top_n"].format(n=TOP_IDEAS, total=len(ranked)),
                              st["small"]))
        chart_rows = [r for r in top if r.score > 0]
        if chart_rows:
            block += [_gap(4), bar_chart([f"{r.number}. {r.text}" for r in chart_rows],
                                         [round(r.score, 1) for r in chart_rows],
                                         width=ctx.doc.width, height=15 * len(chart_rows),
                                         value_format=lambda v: _num(v, lang))]
        story += [KeepTogether(block[:3]), *block[3:], _gap(8)]
    if len(rounds) >= 2:
        story += _compare(ctx, rounds, results)
    for rnd in rounds:  # the note on small groups goes with the first table
        story += _by_group(ctx, rnd, dims, steps, workshop.code if code_in_title else None,
                           note=not any(getattr(f, "_by_group", False) for f in story))
    return story


def _voters(n: int, t: dict) -> str:
    if 0 < n < rules.MIN_PUBLISHED_GROUP:
        return t["not_shown"].format(minimum=rules.MIN_PUBLISHED_GROUP)
    return str(n)


def _compare(ctx: _Ctx, rounds, results) -> list:
    t, st, lang = ctx.t, ctx.st, ctx.language
    comparison = prioritise_results.compare_methods(ctx.doc.db, [r.id for r in rounds])
    story = [ctx.doc.heading(t["methods_compared"], 2)]
    if not comparison.idea_ids:
        return story + [para(t["compare_none"], st["body"])]
    names = {r.id: r.name for r in rounds}
    text_of = {}
    number_of = {}
    for result in results.values():
        for r in result.ideas:
            text_of.setdefault(r.idea_id, r.text)
            number_of.setdefault(r.idea_id, r.number)
    rows = [[str(number_of[i]), text_of[i], *[str(x) for x in comparison.ranks[i]]]
            for i in comparison.idea_ids[:TOP_IDEAS]]
    n = len(comparison.round_ids)
    story.append(_grid(ctx, [t["number"], t["idea"], *[names[r] for r in comparison.round_ids]],
                       rows, [30, 330 - 10 * n, *([60] * n)],
                       numeric=tuple(range(2, 2 + n)) + (0,)))
    taus = [[names[a], names[b], "–" if math.isnan(tau) else _num(round(tau, 2), lang, 2)]
            for (a, b), tau in comparison.kendall_tau.items()]
    story += [_gap(4), KeepTogether([
        para(t["agreement"].format(n=len(comparison.idea_ids)), st["small"]),
        _grid(ctx, [t["round"], t["round"], "τ"], taus, [150, 150, 60], numeric=(2,))]),
        _gap(8)]
    return story


def _by_group(ctx: _Ctx, rnd, dims, steps: _Steps, code: str | None, note: bool = False
              ) -> list:
    t, st = ctx.t, ctx.st
    story: list = []
    for dim in dims:
        groups = prioritise_results.results_by_group(ctx.doc.db, rnd.id, dim.key)
        steps.step()
        if not groups:
            continue
        rows = []
        for g in groups:
            label = t["other_small"] if g.category_key == prioritise_results.OTHER \
                and g.folded else (t["not_answered"]
                                   if g.category_key == prioritise_results.NOT_ANSWERED
                                   else g.label)
            if g.suppressed:
                rows.append([label, "–", "–"])
                continue
            top = "\n".join(f"{r.number}. {_short(r.text, 90)}" for r in g.ideas[:TOP_PER_GROUP])
            rows.append([label, str(g.participants), top])
        title = t["by_group_dim"].format(dimension=dim.label)
        block = [ctx.doc.heading(f"{title} — {_round_label(ctx, rnd, code)}", 2),
                 _grid(ctx, [t["group"], t["voters"], t["top_idea"]], rows, [120, 55, 300],
                       numeric=(1,))]
        if note:
            block.insert(1, para(t["by_group_note"].format(
                minimum=rules.MIN_PUBLISHED_GROUP), st["small"]))
            note = False
        group = KeepTogether(block)
        group._by_group = True
        story += [group, _gap(6)]
    return story


# --------------------------------------------------------------------------- decisions
def _decisions(ctx: _Ctx, project_id: str, workshop_id: str | None, with_code: bool) -> list:
    t, st, lang = ctx.t, ctx.st, ctx.language
    db = ctx.doc.db
    rowids = lifecycle.decision_rowids(db, project_id, workshop_id, sort="date")
    rows_by = lifecycle.fetch_decision_rows(db, rowids)
    decided = [rows_by[r] for r in rowids if r in rows_by and
               (rows_by[r].changes > 0 or rows_by[r].status != "new")]
    if not decided:
        return [para(t["no_decisions"], st["body"])]
    header = ([t["workshop"]] if with_code else []) + [t["idea"], t["status"],
                                                      t["decided_on"], t["reason"]]
    widths = ([45] if with_code else []) + [200, 70, 70, 170]
    rows = []
    for d in decided:
        text = (d.title or "").strip() or d.text
        rows.append(([d.workshop_code] if with_code else []) + [
            _short(text, 300), ctx.w["status"].get(d.status, d.status),
            format_date(d.status_date, lang), d.status_reason])
    return [_grid(ctx, header, rows, widths)]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- appendix
def _appendix(ctx: _Ctx, ideas: list[IdeaLine], with_code: bool) -> list:
    """Every idea: a line of facts (number, kind, theme, SDGs, status), its title and its full
    text, as one paragraph per idea (so the facts never end a page apart from the text, and
    2,000 ideas lay out quickly); right-to-left ideas are a facts line kept with the text."""
    t, st = ctx.t, ctx.st
    body = ctx.st.get("idea")
    if body is None:
        body = ctx.st["idea"] = st["cell"].clone("idea", spaceAfter=5)
        ctx.st["idea_meta"] = st["small"].clone("idea_meta", spaceAfter=1, keepWithNext=1)
    muted = st["small"].textColor.hexval()[2:]
    meta_size = st["small"].fontSize
    story: list = []
    for idea in ideas:
        facts = [f"{idea.workshop_code}-{idea.number}" if with_code else
                 f"{t['number']} {idea.number}", ctx.w["kind"].get(idea.kind, idea.kind),
                 idea.theme or t["no_theme"]]
        if idea.sdgs:
            facts.append(t["sdg"] + " " + ", ".join(str(n) for n in idea.sdgs))
        facts.append(ctx.w["status"].get(idea.status, idea.status))
        facts_text = " · ".join(facts)
        whole = "\n".join(p for p in (idea.title, idea.text) if p)
        if _is_rtl(whole) or (idea.title and _is_rtl(idea.title)):
            story.append(KeepTogether([para(facts_text, ctx.st["idea_meta"]),
                                       *([para(idea.title, st["cell_bold"])]
                                         if idea.title else []),
                                       para(idea.text, body)]))
            continue
        parts = [f'<font size="{meta_size}" color="#{muted}">{markup(facts_text)}</font>']
        if idea.title:
            parts.append(f"<b>{markup(idea.title)}</b>")
        parts.append(markup(idea.text))
        story.append(para(f"{facts_text}\n{whole}", body, markup_text="<br/>".join(parts)))
    return story


# =========================================================================== reports
def _footer(code: str, date: dt.date | None, title: str, language: str) -> str:
    parts = [code, format_date(date, language), title]
    return " · ".join(p for p in parts if p)


def build_workshop_report(db: Database, workshop_id: str, out_path, *, language: str = "en",
                          progress: Progress = None) -> ReportResult:
    """The workshop report as a PDF at ``out_path`` (written atomically)."""
    workshop = projects.get_workshop(db, workshop_id)
    project = projects.get_project(db, workshop.project_id)
    t = texts(language)
    steps = _Steps(progress, 6 + 2 * len(prioritise_rounds.list_rounds(db, workshop_id)) *
                   max(1, len(projects.list_dimensions(db, project.id))))
    steps.step()

    def build(path: Path) -> int:
        doc = ReportDoc(path, title=f"{t['workshop_report']} {workshop.code}: {workshop.title}",
                        footer=_footer(workshop.code, workshop.date, workshop.title, language),
                        language=language)
        doc.db = db
        ctx = _Ctx(doc, language)
        ideas = _ideas_sorted(db, [workshop])
        steps.step()
        status = ctx.w["workshop_status"].get(workshop.status, workshop.status)
        story = _cover(ctx, t["workshop_report"], [
            f"{t['project']}: {project.name}", f"{t['workshop']}: {workshop.code}",
            f"{t['date']}: {format_date(workshop.date, language)}" if workshop.date else "",
            f"{t['place']}: {workshop.venue}" if workshop.venue else "",
            f"{t['status']}: {status}"], f"{workshop.code} · {workshop.title}")
        story += [doc.heading(t["agenda"]), *_agenda(ctx, workshop_id)]
        steps.step()
        story += [PageBreak(), doc.heading(t["attendance"]),
                  *_attendance(ctx, project.id, workshop_id)]
        steps.step()
        story += [PageBreak(), doc.heading(t["ideas_by"]),
                  *_ideas_overview(ctx, ideas, project.id)]
        story += [PageBreak(), doc.heading(t["priorities"]), *_priorities(ctx, workshop, steps)]
        story += [CondPageBreak(200), doc.heading(t["decisions"]),
                  *_decisions(ctx, project.id, workshop_id, with_code=False)]
        steps.step()
        story += [PageBreak(), doc.heading(t["appendix"]), *_appendix(ctx, ideas, False)]
        return doc.build(story, progress=steps.build_progress())

    return write_pdf_atomically(Path(out_path), build)


def _participation(ctx: _Ctx, project_id: str, workshops) -> list:
    """Participants per workshop and per group, suppressed with open_data.participation_rows
    (small counts withheld, and enough others that none can be worked out)."""
    db, t, st = ctx.doc.db, ctx.t, ctx.st
    totals: dict[str, int] = {}
    counts: dict[str, dict[str, dict[str, int]]] = {}
    labels: dict[tuple[str, str], str] = {}
    dim_labels: dict[str, str] = {}
    for w in workshops:
        by_group = overview.participants_by_group(db, project_id, w.id)
        total = _count_participants(db, project_id, w.id)
        totals[w.code] = total
        counts[w.code] = {}
        for d in by_group:
            dim_labels[d.key] = d.label
            cats = {g.key: g.count for g in d.groups}
            cats[prioritise_results.NOT_ANSWERED] = d.not_answered
            counts[w.code][d.key] = cats
            for g in d.groups:
                labels[(d.key, g.key)] = g.label
    rows = open_data.participation_rows(totals, counts)
    value = {(r.workshop, r.dimension, r.category): r.count for r in rows}
    codes = [w.code for w in workshops]

    def cell(v: int | None) -> str:
        return "–" if v is None else str(v)

    story = [para(t["participation_intro"].format(minimum=rules.MIN_PUBLISHED_GROUP),
                  st["small"])]
    header = [t["workshop"], t["date"], t["participants"], t["change"]]
    table_rows = []
    previous = None
    for w in workshops:
        v = value.get((w.code, None, None))
        change = "" if previous is None or v is None else f"{v - previous:+d}"
        table_rows.append([f"{w.code} · {w.title}", format_date(w.date, ctx.language),
                           cell(v), change])
        previous = v if v is not None else previous
    if len(workshops) > 1:
        table_rows.append([t["total"], "", cell(value.get((None, None, None))), ""])
    story.append(_grid(ctx, header, table_rows, [230, 90, 70, 60], numeric=(2, 3),
                       total_row=len(workshops) > 1))
    chart_values = [value.get((c, None, None)) for c in codes]
    if any(v for v in chart_values):
        story += [_gap(6), bar_chart(codes, [v or 0 for v in chart_values],
                                     width=ctx.doc.width * 0.7,
                                     height=16 * len(codes), value_format=lambda v: str(int(v)))]
    for dim_key, dim_label in dim_labels.items():
        cats = []
        for code in codes:
            for c in counts[code].get(dim_key, {}):
                if c not in cats:
                    cats.append(c)
        cat_rows = []
        for c in cats:
            cells = [value.get((code, dim_key, c)) for code in codes]
            if not any(cells):
                # nothing published but zeros or withheld cells: the row is left out, so a
                # group withheld everywhere is not named at all
                continue
            label = t["not_answered"] if c == prioritise_results.NOT_ANSWERED else \
                labels.get((dim_key, c), c)
            row = [label, *[cell(v) for v in cells]]
            if len(codes) > 1:
                row.append(cell(value.get((None, dim_key, c))))
            cat_rows.append(row)
        if not cat_rows:
            continue
        head = [t["group"], *codes] + ([t["total"]] if len(codes) > 1 else [])
        story += [_gap(4), KeepTogether([doc_h2(ctx, dim_label),
                  _grid(ctx, head, cat_rows, [170] + [55] * (len(head) - 1),
                        numeric=tuple(range(1, len(head))))])]
    return story


def doc_h2(ctx: _Ctx, text: str):
    return ctx.doc.heading(text, 2)


def _in_order(workshops: list) -> list:
    """By date when every workshop has one, otherwise in the order they were created."""
    if all(w.date for w in workshops):
        return sorted(workshops, key=lambda w: (w.date, w.code))
    return sorted(workshops, key=lambda w: (w.created_at, w.code))


def build_project_report(db: Database, project_id: str, out_path, *, language: str = "en",
                         progress: Progress = None) -> ReportResult:
    """The project report: every workshop of the project, and how participation changed."""
    project = projects.get_project(db, project_id)
    workshops = _in_order(projects.list_workshops(db, project_id))
    t = texts(language)
    n_rounds = sum(len(prioritise_rounds.list_rounds(db, w.id)) for w in workshops)
    steps = _Steps(progress, 6 + len(workshops) + 2 * n_rounds *
                   max(1, len(projects.list_dimensions(db, project_id))))
    steps.step()
    dates = [w.date for w in workshops if w.date]
    span = ""
    if dates:
        first, last = min(dates), max(dates)
        span = format_date(first, language) if first == last else \
            f"{format_date(first, language)} – {format_date(last, language)}"

    def build(path: Path) -> int:
        doc = ReportDoc(path, title=f"{t['project_report']}: {project.name}",
                        footer=" · ".join(p for p in (project.name, span) if p),
                        language=language)
        doc.db = db
        ctx = _Ctx(doc, language)
        ideas = _ideas_sorted(db, workshops)
        steps.step()
        story = _cover(ctx, t["project_report"], [
            f"{t['workshops']}: {len(workshops)}", f"{t['date']}: {span}" if span else "",
            *[f"{w.code} · {w.title}" + (f" · {format_date(w.date, language)}"
                                         if w.date else "") for w in workshops]],
            project.name)
        story += [doc.heading(t["participation"]),
                  *_participation(ctx, project_id, workshops)]
        story += [PageBreak(), doc.heading(t["agenda"])]
        for w in workshops:
            story += [doc.heading(f"{w.code} · {w.title}", 2), *_agenda(ctx, w.id), _gap(6)]
            steps.step()
        story += [PageBreak(), doc.heading(t["attendance"]),
                  *_attendance(ctx, project_id, None)]
        story += [PageBreak(), doc.heading(t["ideas_by"]),
                  *_ideas_overview(ctx, ideas, project_id)]
        story += [PageBreak(), doc.heading(t["priorities"])]
        if not any(prioritise_rounds.list_rounds(db, w.id) for w in workshops):
            story.append(para(t["no_rounds"], ctx.st["body"]))
        else:
            for w in workshops:
                if prioritise_rounds.list_rounds(db, w.id):
                    story += _priorities(ctx, w, steps, code_in_title=True)
        story += [CondPageBreak(200), doc.heading(t["decisions"]),
                  *_decisions(ctx, project_id, None, with_code=True)]
        steps.step()
        story += [PageBreak(), doc.heading(t["appendix"]), *_appendix(ctx, ideas, True)]
        return doc.build(story, progress=steps.build_progress())

    return write_pdf_atomically(Path(out_path), build)


__all__ = ["ReportCancelled", "ReportResult", "build_project_report", "build_workshop_report",
           "published_groups"]
