"""Drawing the paper forms: the page geometry, the context of one print run, and
:class:`FormWriter`, which draws the pieces of a form (texts, tick boxes, write-in lines, the
participant code boxes, the header with the workshop code and the QR code) on a reportlab
canvas and records what went on each page."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ... import APP_NAME
from ...core.dates import format_date
from ...storage.models import Project, Workshop
from ..pdf import text as pdf_text
from ..workshop.projects import DimensionInfo
from .form_texts import FORM_NAMES, texts


def qr_payload(workshop: Workshop, form: str) -> str:
    """What the QR code of every page says: the workshop's id and code, and the form."""
    return json.dumps({"workshop": workshop.id, "code": workshop.code, "form": form},
                      separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class QrMark:
    """Where a QR code was drawn: ``x``, ``y`` (bottom left) and ``size`` in PDF points from
    the page's bottom-left corner, including a quiet zone of ``border`` modules."""

    payload: str
    x: float
    y: float
    size: float
    border: int
    level: str


@dataclass
class PageInfo:
    number: int
    form: str
    qr: list[QrMark] = field(default_factory=list)


PAGE_W, PAGE_H = A4
MARGIN = 14 * mm
INK = HexColor("#1b1b1b")
MUTED = HexColor("#555555")
LINE = HexColor("#8c8c8c")
RULE = HexColor("#c4c4c4")
QR_BORDER = 3
QR_LEVEL = "M"
BOX = 10.5  # tick box side, points (3.7 mm)
ANSWER = 9.5  # answer labels next to tick boxes
ANSWER_GAP = BOX + 14  # a tick box, the space after it and before the next column


@dataclass
class FormContext:
    """One print run: the workshop, its project, the language, the questions and themes to print,
    and the number of pages (for "page n of N")."""

    workshop: Workshop
    project: Project
    language: str
    dimensions: list[DimensionInfo]
    themes: list[str]
    total_pages: int

    @property
    def t(self) -> dict[str, str]:
        return texts(self.language)


class FormWriter:
    """Draws the forms on a canvas and records what went on each page."""

    def __init__(self, canvas: Canvas, ctx: FormContext) -> None:
        self.c = canvas
        self.ctx = ctx
        self.pages: list[PageInfo] = []
        self.page: PageInfo | None = None
        self._qr_forms: dict[tuple[str, float], str] = {}

    # ------------------------------------------------------------------ pages
    def start_page(self, form: str) -> None:
        self.page = PageInfo(len(self.pages) + 1, form)
        self.pages.append(self.page)

    def end_page(self) -> None:
        t = self.ctx.t
        self.c.setFillColor(MUTED)
        footer = f"{self.ctx.workshop.code} · {t[FORM_NAMES[self.page.form]]} · {APP_NAME}"
        pdf_text.draw(self.c, MARGIN, 8 * mm, footer, 7.5)
        pdf_text.draw(self.c, PAGE_W - MARGIN, 8 * mm,
                      t["page"].format(n=self.page.number, total=self.ctx.total_pages), 8.5,
                      bold=True, align="right")
        self.c.showPage()

    # ------------------------------------------------------------------ pieces
    def text(self, x, y, text, size, bold=False, align="left", color=INK) -> float:
        self.c.setFillColor(color)
        return pdf_text.draw(self.c, x, y, text, size, bold, align)

    def paragraph(self, x, top, width, text, size, bold=False, leading=None,
                  color=INK) -> float:
        """Wrapped text starting at ``top``; returns the y below it."""
        leading = leading or size * 1.3
        y = top - size
        for line in pdf_text.wrap(text, size, width, bold):
            self.text(x, y, line, size, bold, color=color)
            y -= leading
        return y + leading - size * 0.3

    def tick_box(self, x, y, side=BOX) -> None:
        self.c.setStrokeColor(INK)
        self.c.setLineWidth(0.9)
        self.c.setFillColor(white)
        self.c.rect(x, y, side, side, stroke=1, fill=1)

    def write_line(self, x1, x2, y) -> None:
        self.c.setStrokeColor(LINE)
        self.c.setLineWidth(0.6)
        self.c.line(x1, y, x2, y)

    def labelled_tick(self, x, y, label, size=ANSWER, max_width=None) -> None:
        """A tick box with its label (wrapped to ``max_width``) beside it."""
        self.tick_box(x, y - 1.5)
        lines = pdf_text.wrap(label, size, max_width) if max_width else [label]
        for i, line in enumerate(lines):
            self.text(x + BOX + 5, y + 1 - i * (size + 2.5), line, size)

    def qr(self, x, y, size, form) -> None:
        payload = qr_payload(self.ctx.workshop, form)
        key = (payload, round(size, 2))
        name = self._qr_forms.get(key)
        if name is None:
            # Drawn once into a form XObject that every page then refers to: the same code
            # on 500 idea cards costs one drawing (and the file stays small).
            name = self._qr_forms[key] = f"qr{len(self._qr_forms)}"
            widget = QrCodeWidget(payload, barLevel=QR_LEVEL, barBorder=QR_BORDER,
                                  barWidth=size, barHeight=size)
            drawing = Drawing(size, size)
            drawing.add(widget)
            self.c.beginForm(name, 0, 0, size, size)
            renderPDF.draw(drawing, self.c, 0, 0)
            self.c.endForm()
        self.c.saveState()
        self.c.translate(x, y)
        self.c.doForm(name)
        self.c.restoreState()
        self.page.qr.append(QrMark(payload, x, y, size, QR_BORDER, QR_LEVEL))

    def code_boxes(self, x, y, code: str | None, size=20.0) -> float:
        """The participant code: the workshop code printed, then empty boxes for the number
        (or the whole pre-printed code). ``y`` is the bottom. Returns the right edge."""
        c = self.c
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        prefix = f"{self.ctx.workshop.code}–"
        if code:
            w = pdf_text.width(code, size * 0.7, True) + 16
            c.rect(x, y, w, size, stroke=1, fill=0)
            self.text(x + 8, y + size * 0.27, code, size * 0.7, bold=True)
            return x + w
        w = self.text(x, y + size * 0.27, prefix, size * 0.7, bold=True)
        x += w + 3
        for _ in range(3):
            c.rect(x, y, size * 0.8, size, stroke=1, fill=0)
            x += size * 0.8 + 2
        return x

    def header(self, form: str, title: str, top: float, left: float, right: float,
               qr_size: float) -> float:
        """Title, project and workshop on the left; workshop code and QR on the right.
        Returns the y below the header."""
        ctx, t = self.ctx, self.ctx.t
        self.qr(right - qr_size, top - qr_size, qr_size, form)
        code_right = right - qr_size - 4
        code_size = 30 if qr_size > 60 else 26
        self.text(code_right, top - 9, t["workshop"], 8, color=MUTED, align="right")
        code_w = self.text(code_right, top - 9 - code_size, ctx.workshop.code, code_size,
                           bold=True, align="right")
        text_right = code_right - code_w - 14
        avail = text_right - left
        self.text(left, top - 16, *fit_text(title, 17, avail, True), bold=True)
        name, size = fit_text(ctx.project.name, 10.5, avail)
        self.text(left, top - 32, name, size)
        details = " · ".join(filter(None, (ctx.workshop.title,
                                           format_date(ctx.workshop.date, ctx.language),
                                           ctx.workshop.venue)))
        details, size = fit_text(details, 9, avail)
        self.text(left, top - 45, details, size, color=MUTED)
        bottom = top - qr_size - 4
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.8)
        self.c.line(left, bottom, right, bottom)
        return bottom


def fit_text(text: str, size: float, max_width: float, bold: bool = False) -> tuple[str, float]:
    """``text`` cut and shrunk to fit ``max_width`` (see pdf.text.fit); -> (text, size)."""
    return pdf_text.fit(text, size, max_width, bold)
