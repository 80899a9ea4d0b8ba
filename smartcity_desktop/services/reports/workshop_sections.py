"""The sections of the workshop and project reports (``reports.workshop``) besides the
priorities (``workshop_priorities``): the agenda, attendance and representativeness, the ideas
by theme and SDG, the decisions and the appendix of every idea."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from reportlab.platypus import KeepTogether

from ...core import rules
from ...core.dates import format_date
from ...core.sdgs import SDG_BY_NUMBER, sdg_title
from ...storage.database import Database
from ..ideas import lifecycle
from ..pdf.charts import bar_chart, paired_bar_chart
from ..pdf.paragraphs import is_rtl, markup, para
from ..prioritise import rounds as prioritise_rounds
from ..workshop import overview, projects, representativeness, run
from .workshop_layout import Context, gap, grid, pct, short

CHART_HEIGHT = 200


@dataclass(frozen=True)
class IdeaLine:
    """One idea as the report lists it."""

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


def ideas_sorted(db: Database, workshops: list) -> list[IdeaLine]:
    """Every live idea of ``workshops``, in their order, then by idea number."""
    lines = _ideas(db, [w.id for w in workshops])
    position = {w.code: n for n, w in enumerate(workshops)}
    return sorted(lines, key=lambda i: (position.get(i.workshop_code, 0), i.number))


def _minutes(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, round((end - start).total_seconds() / 60))


def agenda_section(ctx: Context, workshop_id: str) -> list:
    """The agenda: planned and actual minutes of each activity."""
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
    return [grid(ctx, [t["number"], t["activity"], t["planned"], t["actual"], t["started"]],
                 rows, [22, 250, 70, 70, 50], numeric=(2, 3), total_row=True)]


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


def attendance_section(ctx: Context, project_id: str, workshop_id: str | None) -> list:
    """Attendance and representativeness per demographic question (small groups withheld)."""
    db, t, st, lang = ctx.doc.db, ctx.t, ctx.st, ctx.language
    dims = representativeness.representativeness(db, project_id, workshop_id)
    total = count_participants(db, project_id, workshop_id)
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
        rows = [[g.label, "–" if g.count is None else str(g.count), pct(g.share, lang),
                 pct(g.reference, lang)] for g in groups]
        block.append(grid(ctx, [t["group"], t["participants"], t["share"], t["reference"]],
                          rows, [220, 80, 70, 110], numeric=(1, 2, 3)))
        charted = [g for g in groups if g.key not in ("_prefer_not", "_not_answered")]
        if dim.has_reference and charted:
            block += [gap(6), paired_bar_chart(
                [g.label for g in charted], [g.share for g in charted],
                [g.reference for g in charted], width=ctx.doc.width * 0.85,
                height=min(CHART_HEIGHT, 28 * len(charted) + 20),
                legend=(t["chart_participants"], t["chart_reference"]),
                value_format=lambda v: pct(v, lang))]
        elif charted:
            block += [gap(6), bar_chart([g.label for g in charted],
                                        [g.count or 0 for g in charted],
                                        width=ctx.doc.width * 0.7,
                                        height=min(CHART_HEIGHT, 16 * len(charted)),
                                        value_format=lambda v: str(int(v)))]
        story += [KeepTogether(block), gap(8)]
    return story


def count_participants(db: Database, project_id: str, workshop_id: str | None) -> int:
    """The live participants of the workshop, or of the whole project."""
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


def ideas_section(ctx: Context, ideas: list[IdeaLine], project_id: str) -> list:
    """The ideas by theme and by SDG (bar charts)."""
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
                                      value_format=lambda v: str(int(v))), gap(8)])]
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
        value_format=lambda v: str(int(v))), gap(8)]))
    return story


def decisions_section(ctx: Context, project_id: str, workshop_id: str | None,
                      with_code: bool) -> list:
    """The decisions on the ideas (status, date and reason)."""
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
            short(text, 300), ctx.w["status"].get(d.status, d.status),
            format_date(d.status_date, lang), d.status_reason])
    return [grid(ctx, header, rows, widths)]


def appendix_section(ctx: Context, ideas: list[IdeaLine], with_code: bool) -> list:
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
        if is_rtl(whole) or (idea.title and is_rtl(idea.title)):
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
