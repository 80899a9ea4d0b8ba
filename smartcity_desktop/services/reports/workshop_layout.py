"""The page furniture of the workshop and project reports (``reports.workshop``): the
report's context (document, language and words), progress steps, grid tables, gaps, the cover
and number formats. The sections (``workshop_sections``, ``workshop_priorities``) are laid out
with these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from ...core.dates import format_date
from ..pdf.document import ACCENT, PALE, RULE, ReportCancelled, ReportDoc
from ..pdf.paragraphs import para
from ..pdf.report_texts import texts

Progress = Callable[[int, int], object] | None


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
    """The report's words for statuses, methods and kinds in ``language``."""
    return WORDS.get(language, WORDS["en"])


def num(value: float, language: str, decimals: int = 1) -> str:
    """A number as the report prints it (no decimals for whole numbers; a decimal comma in nb)."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language == "nb" else text


def pct(value: float | None, language: str) -> str:
    """A share as a percentage ("–" when withheld)."""
    if value is None:
        return "–"
    text = f"{value * 100:.0f} %" if language == "nb" else f"{value * 100:.0f}%"
    return text


class Steps:
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


@dataclass
class Context:
    """What every section needs: the document (with its database), the language and its words."""

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


def _right(ctx: Context, name: str):
    key = f"{name}_right"
    if key not in ctx.st:
        ctx.st[key] = ctx.st[name].clone(key, alignment=2)
    return ctx.st[key]


def grid(ctx: Context, header: list[str], rows: list[list], widths: list[float],
         numeric: tuple[int, ...] = (), total_row: bool = False) -> Table:
    """A table with a header row; ``numeric`` columns are right-aligned, and the widths are
    scaled to the page."""
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


def gap(height: float = 6) -> Spacer:
    """Vertical space between blocks."""
    return Spacer(1, height)


def cover(ctx: Context, title: str, lines: list[str], subtitle: str) -> list:
    """The cover page and the table of contents."""
    st = ctx.st
    story = [Spacer(1, 120), para(title, st["title"]), para(subtitle, st["subtitle"]),
             gap(18)]
    story += [para(line, st["body"]) for line in lines if line]
    story += [gap(30), para(ctx.t["generated"].format(
        date=format_date(dt.date.today(), ctx.language)), st["small"]),
        NextPageTemplate("body"), PageBreak(),
        para(ctx.t["contents"], st["h1"]), ctx.doc.toc(), PageBreak()]
    return story


def short(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
