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

The data is gathered in ``brief_data``, worded in ``brief_texts`` and ``brief_wording``, and
written as Markdown by ``brief_markdown``; this module lays out the PDF and writes both files.
"""


from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...core import rules
from ...core.dates import format_date
from ...core.enums import IdeaKind
from ...core.errors import ValidationError
from ...storage.database import Database
from ..files import AtomicPath, atomic_path
from ..pdf import document as rp
from ..pdf.charts import bar_chart
from ..pdf.document import ReportResult
from ..pdf.paragraphs import para
from .blocks import KeptBlocks, derived_style, grid_table, quote_block
from .brief_data import BriefData, brief_data
from .brief_markdown import render_markdown
from .brief_texts import CONSTRAINTS, CRITERIA_ROWS, texts
from .brief_wording import (
    intro_lines,
    participation_lines,
    people_cell,
    rank_text,
    round_text,
    score_text,
    source_of,
    title_of,
    workshop_people,
)

Progress = Callable[[int, int], bool | None]



@dataclass
class BriefResult(ReportResult):
    """The PDF (``path``, ``pages``) and the Markdown file written next to it."""

    markdown_path: Path | None = None


def _brief_story(doc, data: BriefData, language: str) -> list:
    from reportlab.platypus import Spacer

    t = texts(language)
    st = doc.st
    body = st["body"]
    note = derived_style(st["small"], "brief_note", spaceBefore=2, spaceAfter=0)
    quote = derived_style(body, "brief_quote", spaceAfter=0)
    quote_title = derived_style(st["cell_bold"], "brief_quote_title", fontSize=body.fontSize,
                                leading=body.leading, spaceAfter=1)
    minimum = rules.MIN_PUBLISHED_GROUP
    width = doc.width
    story: list = [para(title_of(data, t), st["title"]), para(data.project, st["subtitle"])]
    if data.theme_description:
        story.append(para(data.theme_description, body))
    story.append(Spacer(1, 4))
    story += [para(line, body) for line in intro_lines(data, t, language)]
    out = KeptBlocks(story)

    # 1. the need
    out.keep(doc.heading(f"1. {t['need']}", 1), para(t["need_lead"], note), Spacer(1, 4))
    for kind, heading in ((IdeaKind.NEED, "needs_described"), (IdeaKind.IDEA, "ideas_suggested")):
        quotes = [q for q in data.quotes if q.kind == kind]
        if not quotes:
            continue
        out.keep(doc.heading(t[heading], 2))
        for q in quotes:
            parts = []
            if q.title:
                parts.append(para(q.title, quote_title))
            parts += [para(q.text, quote), para(source_of(q, t, language), note)]
            out.block(quote_block(parts, width), Spacer(1, 5))

    # 2. the evidence
    out.keep(doc.heading(f"2. {t['evidence']}", 1), doc.heading(t["participation"], 2))
    out.block(para(" ".join(participation_lines(data, t)), body), Spacer(1, 3),
              grid_table([[t["workshop_col"], t["date_col"], t["people_col"],
                           t["contributions_col"]]] +
                         [[f"{w.code} – {w.title}", format_date(w.date, language),
                           workshop_people(w.people), str(w.contributions)]
                          for w in data.workshops],
                         [width * 0.52, width * 0.2, width * 0.12, width * 0.16], st))
    out.keep(doc.heading(t["groups"], 2))
    if not data.groups:
        out.block(para(t["groups_too_few"].format(minimum=minimum), body))
    else:
        out.keep(para(t["groups_lead"].format(minimum=minimum), body), Spacer(1, 3))
        for table in data.groups:
            rows = [[table.dimension, t["people_col"]]] + [
                [g.label, people_cell(g.people, t)] for g in table.lines]
            out.block(grid_table(rows, [width * 0.6, width * 0.2], st), Spacer(1, 6))
    out.keep(doc.heading(t["priorities"], 2))
    if not data.priorities:
        out.block(para(t["priorities_none"], body))
    else:
        out.keep(para(t["priorities_lead"], body), Spacer(1, 3))
        out.block(grid_table(
            [[t["idea_col"], t["round_col"], t["rank_col"], t["score_col"]]] +
            [[p.idea, round_text(p, t), rank_text(p, t),
              score_text(p, t, language)] for p in data.priorities],
            [width * 0.4, width * 0.3, width * 0.12, width * 0.18], st))

    # 3. links
    out.keep(doc.heading(f"3. {t['links']}", 1), doc.heading(t["sdgs"], 2))
    if data.sdgs:
        from ...core.sdgs import SDG_BY_NUMBER

        chart = bar_chart([f"{s.code}. {s.title}" for s in data.sdgs],
                          [s.count for s in data.sdgs], width=width,
                          height=16 * len(data.sdgs),
                          colours=[SDG_BY_NUMBER[int(s.code)].colour for s in data.sdgs],
                          label_width=width * 0.45, font_size=8.5)
        out.block(chart, Spacer(1, 4))
    else:
        out.block(para(t["sdgs_none"], body))
    out.keep(doc.heading(t["goals"], 2))
    if data.goals:
        out.block(grid_table([[t["goal_col"], t["contributions_col"]]] +
                             [[f"{g.code} {g.title}", str(g.count)] for g in data.goals],
                             [width * 0.8, width * 0.2], st))
    else:
        out.block(para(t["goals_none"], body))

    # 4. and 5.: empty fields for the office
    write_in = 30
    out.keep(doc.heading(f"4. {t['criteria']}", 1), para(t["criteria_lead"], body),
             Spacer(1, 3))
    out.block(grid_table([[t["criterion_col"], t["measured_col"], t["target_col"]]] +
                         [["", "", ""]] * CRITERIA_ROWS,
                         [width * 0.4, width * 0.35, width * 0.25], st,
                         row_heights=[None] + [write_in] * CRITERIA_ROWS))
    out.keep(doc.heading(f"5. {t['constraints']}", 1), para(t["constraints_lead"], body),
             Spacer(1, 3))
    out.block(grid_table([[t["constraint_col"], t["details_col"]]] +
                         [[t[key], ""] for key in CONSTRAINTS],
                         [width * 0.35, width * 0.65], st,
                         row_heights=[None] + [write_in] * len(CONSTRAINTS)))
    out.flush()
    story += [Spacer(1, 10), para(t["privacy"].format(minimum=minimum), note)]
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
    md_temp: list[AtomicPath] = []

    def build(temp: Path) -> int:
        doc = rp.ReportDoc(temp, title=title_of(data, t),
                           footer=t["footer"].format(project=data.project), language=language,
                           large_print=False)
        doc._firstPageTemplateIndex = 1  # noqa: SLF001 - no cover: the footer from page 1
        pages = doc.build(_brief_story(doc, data, language), progress=progress)
        md_temp.append(atomic_path(md_path))  # renamed below, once the PDF is in place
        md_temp[0].path.write_text(markdown, encoding="utf-8", newline="\n")
        return pages

    try:
        result = rp.write_pdf_atomically(out_path, build)
        try:
            md_temp[0].commit()
        except OSError as exc:
            out_path.unlink(missing_ok=True)
            raise rp.ReportError(f"Could not write {md_path} ({exc.strerror or exc}); nothing "
                                 "was saved.", reason="write_failed", path=str(md_path),
                                 error=exc.strerror or str(exc)) from exc
    finally:
        for temp in md_temp:
            temp.discard()  # after an error or a cancel (nothing happens after the commit)
    return BriefResult(path=result.path, pages=result.pages, markdown_path=md_path)
