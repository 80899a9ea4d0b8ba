"""The PDF workshop report and project report (issue 5, sections 1 and 2).

Both are built from the services that own the figures (run, representativeness, overview,
prioritise, lifecycle, participation) and laid out with the blocks of :mod:`.report_pdf`: a
cover, a table of contents, bookmarks, page numbers and the workshop code and date in the
footer.

Disclosure: a group of fewer than ``core.rules.MIN_PUBLISHED_GROUP`` people is never shown on
its own. Attendance and representativeness go through ``rules.suppress_small_groups`` (small
groups folded into "Other"; if that is still too small it is withheld together with the next
smallest group); results by group come from ``prioritise.results.results_by_group``, which
applies the same rule; the project's participation from workshop to workshop goes through
``workshop.participation.participation_rows`` (primary and secondary suppression over rows,
columns and totals). No participant code, name or contact detail is printed.

This module puts the reports together; the sections are in ``workshop_sections`` and
``workshop_priorities``, the page furniture in ``workshop_layout``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from ...core import rules
from ...core.dates import format_date
from ...storage.database import Database
from ..pdf.charts import bar_chart
from ..pdf.document import ReportCancelled, ReportDoc, ReportResult, write_pdf_atomically
from ..pdf.paragraphs import para
from ..pdf.report_texts import texts
from ..prioritise import results as prioritise_results
from ..prioritise import rounds as prioritise_rounds
from ..workshop import overview, projects
from ..workshop.participation import participation_rows
from .workshop_layout import Context, Progress, Steps, cover, gap, grid
from .workshop_priorities import priorities_section
from .workshop_sections import (
    agenda_section,
    appendix_section,
    attendance_section,
    count_participants,
    decisions_section,
    ideas_section,
    ideas_sorted,
)


def _footer(code: str, date: dt.date | None, title: str, language: str) -> str:
    parts = [code, format_date(date, language), title]
    return " · ".join(p for p in parts if p)


def build_workshop_report(db: Database, workshop_id: str, out_path, *, language: str = "en",
                          progress: Progress = None) -> ReportResult:
    """The workshop report as a PDF at ``out_path`` (written atomically)."""
    workshop = projects.get_workshop(db, workshop_id)
    project = projects.get_project(db, workshop.project_id)
    t = texts(language)
    steps = Steps(progress, 6 + 2 * len(prioritise_rounds.list_rounds(db, workshop_id)) *
                  max(1, len(projects.list_dimensions(db, project.id))))
    steps.step()

    def build(path: Path) -> int:
        doc = ReportDoc(path, title=f"{t['workshop_report']} {workshop.code}: {workshop.title}",
                        footer=_footer(workshop.code, workshop.date, workshop.title, language),
                        language=language)
        doc.db = db
        ctx = Context(doc, language)
        ideas = ideas_sorted(db, [workshop])
        steps.step()
        status = ctx.w["workshop_status"].get(workshop.status, workshop.status)
        story = cover(ctx, t["workshop_report"], [
            f"{t['project']}: {project.name}", f"{t['workshop']}: {workshop.code}",
            f"{t['date']}: {format_date(workshop.date, language)}" if workshop.date else "",
            f"{t['place']}: {workshop.venue}" if workshop.venue else "",
            f"{t['status']}: {status}"], f"{workshop.code} · {workshop.title}")
        story += [doc.heading(t["agenda"]), *agenda_section(ctx, workshop_id)]
        steps.step()
        story += [PageBreak(), doc.heading(t["attendance"]),
                  *attendance_section(ctx, project.id, workshop_id)]
        steps.step()
        story += [PageBreak(), doc.heading(t["ideas_by"]),
                  *ideas_section(ctx, ideas, project.id)]
        story += [PageBreak(), doc.heading(t["priorities"]),
                  *priorities_section(ctx, workshop, steps)]
        story += [CondPageBreak(200), doc.heading(t["decisions"]),
                  *decisions_section(ctx, project.id, workshop_id, with_code=False)]
        steps.step()
        story += [PageBreak(), doc.heading(t["appendix"]), *appendix_section(ctx, ideas, False)]
        return doc.build(story, progress=steps.build_progress())

    return write_pdf_atomically(Path(out_path), build)


def _participation(ctx: Context, project_id: str, workshops) -> list:
    """Participants per workshop and per group, suppressed with participation_rows
    (small counts withheld, and enough others that none can be worked out)."""
    db, t, st = ctx.doc.db, ctx.t, ctx.st
    totals: dict[str, int] = {}
    counts: dict[str, dict[str, dict[str, int]]] = {}
    labels: dict[tuple[str, str], str] = {}
    dim_labels: dict[str, str] = {}
    for w in workshops:
        by_group = overview.participants_by_group(db, project_id, w.id)
        total = count_participants(db, project_id, w.id)
        totals[w.code] = total
        counts[w.code] = {}
        for d in by_group:
            dim_labels[d.key] = d.label
            cats = {g.key: g.count for g in d.groups}
            cats[prioritise_results.NOT_ANSWERED] = d.not_answered
            counts[w.code][d.key] = cats
            for g in d.groups:
                labels[(d.key, g.key)] = g.label
    rows = participation_rows(totals, counts)
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
    story.append(grid(ctx, header, table_rows, [230, 90, 70, 60], numeric=(2, 3),
                      total_row=len(workshops) > 1))
    chart_values = [value.get((c, None, None)) for c in codes]
    if any(v for v in chart_values):
        story += [gap(6), bar_chart(codes, [v or 0 for v in chart_values],
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
        story += [gap(4), KeepTogether([doc_h2(ctx, dim_label),
                  grid(ctx, head, cat_rows, [170] + [55] * (len(head) - 1),
                       numeric=tuple(range(1, len(head))))])]
    return story


def doc_h2(ctx: Context, text: str):
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
    steps = Steps(progress, 6 + len(workshops) + 2 * n_rounds *
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
        ctx = Context(doc, language)
        ideas = ideas_sorted(db, workshops)
        steps.step()
        story = cover(ctx, t["project_report"], [
            f"{t['workshops']}: {len(workshops)}", f"{t['date']}: {span}" if span else "",
            *[f"{w.code} · {w.title}" + (f" · {format_date(w.date, language)}"
                                         if w.date else "") for w in workshops]],
            project.name)
        story += [doc.heading(t["participation"]),
                  *_participation(ctx, project_id, workshops)]
        story += [PageBreak(), doc.heading(t["agenda"])]
        for w in workshops:
            story += [doc.heading(f"{w.code} · {w.title}", 2), *agenda_section(ctx, w.id), gap(6)]
            steps.step()
        story += [PageBreak(), doc.heading(t["attendance"]),
                  *attendance_section(ctx, project_id, None)]
        story += [PageBreak(), doc.heading(t["ideas_by"]),
                  *ideas_section(ctx, ideas, project_id)]
        story += [PageBreak(), doc.heading(t["priorities"])]
        if not any(prioritise_rounds.list_rounds(db, w.id) for w in workshops):
            story.append(para(t["no_rounds"], ctx.st["body"]))
        else:
            for w in workshops:
                if prioritise_rounds.list_rounds(db, w.id):
                    story += priorities_section(ctx, w, steps, code_in_title=True)
        story += [CondPageBreak(200), doc.heading(t["decisions"]),
                  *decisions_section(ctx, project_id, None, with_code=True)]
        steps.step()
        story += [PageBreak(), doc.heading(t["appendix"]), *appendix_section(ctx, ideas, True)]
        return doc.build(story, progress=steps.build_progress())

    return write_pdf_atomically(Path(out_path), build)


__all__ = ["ReportCancelled", "ReportResult", "build_project_report", "build_workshop_report"]
