"""Printable paper forms for a workshop, as one PDF: registration forms and idea cards.

The forms are in the project's language (``Project.language``): the fixed texts are in
:data:`TEXTS`, the demographic questions and answers come from the project's own data, so
they read the same as on screen. Text in any script (Latin with æøå, Cyrillic, Arabic right
to left, Ethiopic) is set with the shipped Noto fonts by :mod:`.pdf_text`.

Every page carries the workshop code (large, top right) and a QR code with
``{"workshop": id, "code": "W1", "form": "registration" | "idea"}``, so a stack of paper can
be sorted and matched to its workshop; idea cards (two per A4 page, cut apart along the
dashed line) each carry their own.

The PDF is written to a temporary file in the target folder and moved into place at the end:
a failure or a cancel leaves no partial file.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ... import APP_NAME
from ...core import rules
from ...core.dates import format_date
from ...core.defaults import LANGUAGES
from ...core.errors import SmartCityError, ValidationError
from ...core.sdgs import SDGS, sdg_title
from ...storage.database import Database
from ...storage.models import Project, Workshop
from ..files import document_mode
from ..pdf import text as pdf_text
from ..workshop import projects
from ..workshop.projects import DimensionInfo

FORM_REGISTRATION = "registration"
FORM_IDEA = "idea"
MAX_REGISTRATIONS = 500
MAX_CARDS = 1000
CARDS_PER_PAGE = 2
CARD_H = 368.0  # points: half an A4 page less the margins and the gap at the cut line
SELF_DESCRIBED = "self_described"

# The fixed texts of the forms. Placeholders in braces are filled in when drawing.
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "registration": "Registration",
        "idea_card": "Idea card",
        "workshop": "Workshop",
        "continued": "(continued)",
        "page": "Page {n} of {total}",
        "participant_code": "Participant code",
        "code_hint": "Write the same code on each of your idea cards.",
        "code_hint_printed": "This is your code: it is also on your idea cards.",
        "intro": "Every question is optional: leave out any you do not want to answer. "
                 "Tick one box per question.",
        "self_description": "If you describe yourself, in your own words:",
        "consent": "Consent",
        "consent_text": "We store what you write on this form and on your idea cards for the "
                        "project “{project}”. Your answers about yourself are used only to see "
                        "who took part, and are published only as totals: no group of fewer "
                        "than {minimum} people is shown. Your contact details are kept apart "
                        "from your answers, are used only to contact you about this project "
                        "and are never shared. You can ask the organisers to see or delete "
                        "your data at any time.",
        "consent_version": "Consent text version {version}. Ask the facilitator for the full "
                           "text.",
        "consent_processing": "I agree that my answers on this form and my ideas are stored "
                              "and used for this project.",
        "consent_contact": "I agree to be contacted to follow up on this project.",
        "contact": "Contact details — only if you ticked “I agree to be contacted”",
        "contact_note": "Leave these empty if you did not tick that box. They are kept apart "
                        "from your answers.",
        "name": "Name",
        "email": "E-mail",
        "phone": "Phone",
        "table_group": "or table / group",
        "kind": "This is",
        "need": "a need or problem",
        "idea": "an idea or solution",
        "title": "Title (a few words)",
        "describe": "Describe your need or idea",
        "theme": "Theme",
        "sdg_question": "Which UN Sustainable Development Goals does it support? Tick any.",
    },
    "nb": {
        "registration": "Registrering",
        "idea_card": "Idékort",
        "workshop": "Verksted",
        "continued": "(fortsettelse)",
        "page": "Side {n} av {total}",
        "participant_code": "Deltakerkode",
        "code_hint": "Skriv den samme koden på hvert av idékortene dine.",
        "code_hint_printed": "Dette er koden din. Den står også på idékortene dine.",
        "intro": "Alle spørsmålene er frivillige: hopp over dem du ikke vil svare på. "
                 "Kryss av i én rute per spørsmål.",
        "self_description": "Hvis du beskriver deg selv, med egne ord:",
        "consent": "Samtykke",
        "consent_text": "Vi lagrer det du skriver på dette skjemaet og på idékortene dine, "
                        "for prosjektet «{project}». Svarene om deg selv brukes bare til å se "
                        "hvem som deltok, og publiseres bare som summer: ingen gruppe med "
                        "færre enn {minimum} personer vises. Kontaktopplysningene dine lagres "
                        "atskilt fra svarene, brukes bare til å kontakte deg om dette "
                        "prosjektet og deles aldri med andre. Du kan når som helst be "
                        "arrangørene om innsyn i eller sletting av opplysningene dine.",
        "consent_version": "Samtykketekst versjon {version}. Be prosesslederen om hele "
                           "teksten.",
        "consent_processing": "Jeg samtykker i at svarene mine på dette skjemaet og ideene "
                              "mine lagres og brukes i dette prosjektet.",
        "consent_contact": "Jeg samtykker i å bli kontaktet for oppfølging av dette "
                           "prosjektet.",
        "contact": "Kontaktopplysninger – bare hvis du krysset av for å bli kontaktet",
        "contact_note": "La feltene stå tomme hvis du ikke krysset av. De lagres atskilt fra "
                        "svarene dine.",
        "name": "Navn",
        "email": "E-post",
        "phone": "Telefon",
        "table_group": "eller bord / gruppe",
        "kind": "Dette er",
        "need": "et behov eller problem",
        "idea": "en idé eller løsning",
        "title": "Tittel (noen få ord)",
        "describe": "Beskriv behovet eller ideen",
        "theme": "Tema",
        "sdg_question": "Hvilke av FNs bærekraftsmål støtter den? Kryss av for så mange du "
                        "vil.",
    },
}

FORM_NAMES = {FORM_REGISTRATION: "registration", FORM_IDEA: "idea_card"}




def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def qr_payload(workshop: Workshop, form: str) -> str:
    return json.dumps({"workshop": workshop.id, "code": workshop.code, "form": form},
                      separators=(",", ":"), ensure_ascii=False)


class FormsCancelled(SmartCityError):
    """Building the forms was cancelled through the progress callback; no file was written."""

    code = "cancelled"


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


@dataclass
class FormsResult:
    path: Path
    pages: list[PageInfo]

    @property
    def page_count(self) -> int:
        return len(self.pages)


# --------------------------------------------------------------------------- geometry
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
class _Context:
    workshop: Workshop
    project: Project
    language: str
    dimensions: list[DimensionInfo]
    themes: list[str]
    total_pages: int

    @property
    def t(self) -> dict[str, str]:
        return texts(self.language)


class _Writer:
    """Draws the forms on a canvas and records what went on each page."""

    def __init__(self, canvas: Canvas, ctx: _Context) -> None:
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
        self.text(left, top - 16, *_fit(title, 17, avail, True), bold=True)
        name, size = _fit(ctx.project.name, 10.5, avail)
        self.text(left, top - 32, name, size)
        details = " · ".join(filter(None, (ctx.workshop.title,
                                           format_date(ctx.workshop.date, ctx.language),
                                           ctx.workshop.venue)))
        details, size = _fit(details, 9, avail)
        self.text(left, top - 45, details, size, color=MUTED)
        bottom = top - qr_size - 4
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.8)
        self.c.line(left, bottom, right, bottom)
        return bottom


def _fit(text: str, size: float, max_width: float, bold: bool = False) -> tuple[str, float]:
    return pdf_text.fit(text, size, max_width, bold)


# --------------------------------------------------------------------------- registration
def _draw_registration(w: _Writer, code: str | None) -> None:
    ctx, t, c = w.ctx, w.ctx.t, w.c
    left, right = MARGIN, PAGE_W - MARGIN
    bottom = 16 * mm
    width = right - left

    def new_page(continued: bool) -> float:
        w.start_page(FORM_REGISTRATION)
        title = t["registration"] + (f" {t['continued']}" if continued else "")
        y = w.header(FORM_REGISTRATION, title, PAGE_H - MARGIN, left, right, 26 * mm) - 10
        w.text(left, y - 14, t["participant_code"], 10, bold=True)
        label_w = pdf_text.width(t["participant_code"], 10, True)
        box_right = w.code_boxes(left + label_w + 10, y - 20, code)
        hint = t["code_hint_printed"] if code else t["code_hint"]
        hint_x = box_right + 12
        w.paragraph(hint_x, y - 3, right - hint_x, hint, 8.5, color=MUTED)
        return y - 32

    y = new_page(False)
    y = w.paragraph(left, y - 4, width, t["intro"], 9, color=MUTED) - 8

    for dim in ctx.dimensions:
        labels = [cat.label for cat in dim.categories]
        cols, wrapped = _columns(labels, width)
        cell = width / cols
        heights = []
        for row in range(math.ceil(len(labels) / cols)):
            row_labels = labels[row * cols:(row + 1) * cols]
            lines = max(len(pdf_text.wrap(lb, ANSWER, cell - ANSWER_GAP)) if wrapped else 1
                        for lb in row_labels)
            heights.append(BOX + (lines - 1) * (ANSWER + 2.5) + 7)
        has_self = any(cat.key == SELF_DESCRIBED for cat in dim.categories)
        needed = 18 + sum(heights) + (22 if has_self else 0)
        if y - needed < bottom:
            w.end_page()
            y = new_page(True)
        w.text(left, y - 10, dim.label, 10.5, bold=True)
        y -= 18
        for row, height in enumerate(heights):
            row_cats = dim.categories[row * cols:(row + 1) * cols]
            for i, cat in enumerate(row_cats):
                w.labelled_tick(left + i * cell, y - BOX, cat.label, ANSWER,
                                cell - ANSWER_GAP if wrapped else None)
            y -= height
        if has_self:
            label = t["self_description"]
            lw = w.text(left + BOX + 4, y - 12, label, 8.5, color=MUTED)
            w.write_line(left + BOX + 10 + lw, right, y - 13)
            y -= 22
        y -= 6

    # Consent, then contact details.
    consent = t["consent_text"].format(project=ctx.project.name,
                                       minimum=rules.MIN_PUBLISHED_GROUP)
    inner = width - 16
    consent_lines = len(pdf_text.wrap(consent, 8.5, inner))
    tick_w = inner - BOX - 6
    tick_lines = (len(pdf_text.wrap(t["consent_processing"], 9.5, tick_w))
                  + len(pdf_text.wrap(t["consent_contact"], 9.5, tick_w)))
    consent_h = 22 + consent_lines * 11 + 16 + tick_lines * 12 + 22
    contact_h = 30 + 3 * 24 + 6
    if y - consent_h - contact_h - 10 < bottom:
        w.end_page()
        y = new_page(True)
    y -= 2
    c.setStrokeColor(INK)
    c.setLineWidth(1)
    c.roundRect(left, y - consent_h, width, consent_h, 4, stroke=1, fill=0)
    w.text(left + 8, y - 15, t["consent"], 10.5, bold=True)
    yy = w.paragraph(left + 8, y - 21, inner, consent, 8.5, leading=11)
    w.text(left + 8, yy - 10, t["consent_version"].format(version=ctx.workshop.consent_version),
           8, color=MUTED)
    yy -= 24
    for key in ("consent_processing", "consent_contact"):
        lines = pdf_text.wrap(t[key], 9.5, tick_w)
        w.tick_box(left + 8, yy - BOX + 1)
        for i, line in enumerate(lines):
            w.text(left + 8 + BOX + 6, yy - 7.5 - i * 12, line, 9.5)
        yy -= len(lines) * 12 + 8
    y -= consent_h + 10

    c.setStrokeColor(LINE)
    c.setDash(3, 2)
    c.roundRect(left, y - contact_h, width, contact_h, 4, stroke=1, fill=0)
    c.setDash()
    w.text(left + 8, y - 14, t["contact"], 10, bold=True)
    w.text(left + 8, y - 26, t["contact_note"], 8, color=MUTED)
    yy = y - 32
    label_w = max(pdf_text.width(t[k], 9.5) for k in ("name", "email", "phone")) + 10
    for key in ("name", "email", "phone"):
        yy -= 24
        w.text(left + 8, yy + 3, t[key], 9.5)
        w.write_line(left + 8 + label_w, right - 10, yy + 1)
    w.end_page()


def _columns(labels: Sequence[str], width: float) -> tuple[int, bool]:
    """How many columns the answers of one question get: as many as keep every label on one
    line (at most 7, at least 2); if even two columns are too narrow, three with wrapping."""
    n = len(labels)
    for cols in range(min(max(n, 2), 7), 1, -1):
        cell = width / cols
        if all(pdf_text.width(lb, ANSWER) <= cell - ANSWER_GAP for lb in labels):
            return cols, False
    return 3, True


# --------------------------------------------------------------------------- idea cards
def _draw_idea_card(w: _Writer, top: float, bottom: float) -> None:
    ctx, t = w.ctx, w.ctx.t
    left, right = MARGIN, PAGE_W - MARGIN
    width = right - left
    y = w.header(FORM_IDEA, t["idea_card"], top, left, right, 18 * mm) - 6

    # Author: participant code or table group.
    w.text(left, y - 14, t["participant_code"], 10, bold=True)
    x = w.code_boxes(left + pdf_text.width(t["participant_code"], 10, True) + 10, y - 20, None)
    gw = w.text(x + 16, y - 14, t["table_group"], 9, color=MUTED)
    w.write_line(x + 22 + gw, min(x + 22 + gw + 150, right), y - 15)
    y -= 28

    # Need or idea.
    kw = w.text(left, y - 9, t["kind"] + ":", 10, bold=True)
    x = left + kw + 12
    for key in ("need", "idea"):
        w.tick_box(x, y - 10)
        x += BOX + 5 + w.text(x + BOX + 5, y - 9, t[key], 10) + 22
    y -= 24

    tw = w.text(left, y - 10, t["title"] + ":", 9.5)
    w.write_line(left + tw + 6, right, y - 11)
    y -= 22

    # SDGs and theme take a fixed height at the bottom; the writing lines fill the rest.
    sdg_h = _sdg_block_height()
    theme_x = left + pdf_text.width(t["theme"] + ":", 9.5) + 10
    theme_rows = _theme_rows(ctx.themes, theme_x, right)
    theme_h = 8 + 14 * max(1, len(theme_rows))
    w.text(left, y - 10, t["describe"] + ":", 9.5)
    y -= 12
    lines_bottom = bottom + sdg_h + theme_h + 8
    spacing = 18
    n_lines = max(2, int((y - lines_bottom) // spacing))
    for _ in range(n_lines):
        y -= spacing
        w.write_line(left, right, y)
    y -= 8

    # Theme: the project's themes to tick when they fit in two rows, else a line to write on.
    w.text(left, y - 10, t["theme"] + ":", 9.5)
    for row, placed in enumerate(theme_rows):
        for theme, x in placed:
            w.tick_box(x, y - 11 - row * 14)
            w.text(x + BOX + 5, y - 10 - row * 14, theme, 9)
    if not theme_rows:
        w.write_line(theme_x, right, y - 11)
    y -= theme_h

    _draw_sdgs(w, left, y, width)


def _theme_rows(themes: Sequence[str], x0: float, right: float
                ) -> list[list[tuple[str, float]]]:
    """The themes as tick boxes in at most two rows, each with its x; [] when they do not fit
    (then the card has a line to write the theme on)."""
    rows: list[list[tuple[str, float]]] = [[]]
    x = x0
    for theme in themes:
        needed = BOX + 5 + pdf_text.width(theme, 9)
        if x + needed > right and rows[-1]:
            rows.append([])
            x = x0
        if x + needed > right or len(rows) > 2:
            return []
        rows[-1].append((theme, x))
        x += needed + 14
    return rows if rows[0] else []


_SDG_COLS = 6
_SDG_SWATCH = 15
_SDG_ROW = 28


def _sdg_title_layout(title: str, width: float) -> tuple[list[str], float]:
    """The title in at most 4 lines, as large as possible, broken between words when it can
    be (a word is split only when it is wider than the column even at the smallest size)."""
    words = title.split()
    for size in (6.8, 6.4, 6.0, 5.6):
        lines = pdf_text.wrap(title, size, width)
        whole_words = all(pdf_text.width(word, size) <= width for word in words)
        if whole_words and len(lines) <= (3 if size > 6.0 else 4):
            return lines, size
    return pdf_text.wrap(title, 5.2, width), 5.2


def _sdg_block_height() -> float:
    return 14 + math.ceil(len(SDGS) / _SDG_COLS) * _SDG_ROW


def _draw_sdgs(w: _Writer, left: float, top: float, width: float) -> None:
    lang = w.ctx.language
    c = w.c
    w.text(left, top - 9, w.ctx.t["sdg_question"], 9.5, bold=True)
    cell = width / _SDG_COLS
    y0 = top - 14
    for i, sdg in enumerate(SDGS):
        row, col = divmod(i, _SDG_COLS)
        x = left + col * cell
        y = y0 - row * _SDG_ROW - (_SDG_ROW + _SDG_SWATCH) / 2  # swatch centred in its row
        w.tick_box(x, y + (_SDG_SWATCH - BOX) / 2)
        sx = x + BOX + 2.5
        c.setFillColor(HexColor(sdg.colour))
        c.rect(sx, y, _SDG_SWATCH, _SDG_SWATCH, stroke=0, fill=1)
        c.setFillColor(white)
        pdf_text.draw(c, sx + _SDG_SWATCH / 2, y + 4.5, str(sdg.number), 8, True, "center")
        tx = sx + _SDG_SWATCH + 3
        lines, size = _sdg_title_layout(sdg_title(sdg.number, lang), cell - (tx - x) - 4)
        step = size + 0.9
        ty = y + _SDG_SWATCH / 2 + (len(lines) * step) / 2 - size * 0.8
        for line in lines:
            w.text(tx, ty, line, size)
            ty -= step


def _draw_card_page(w: _Writer, count: int) -> None:
    w.start_page(FORM_IDEA)
    half = PAGE_H / 2
    # Both halves get the same card: the top one hangs from the page's top margin, the bottom
    # one from just below the cut line; the page number sits under the bottom card.
    top = PAGE_H - 11 * mm
    _draw_idea_card(w, top, top - CARD_H)
    c = w.c
    c.setStrokeColor(LINE)
    c.setLineWidth(0.6)
    c.setDash(4, 3)
    c.line(6 * mm, half, PAGE_W - 6 * mm, half)
    c.setDash()
    if count > 1:
        _draw_idea_card(w, half - 5 * mm, half - 5 * mm - CARD_H)
    w.end_page()


# --------------------------------------------------------------------------- entry point
def build_forms_pdf(db: Database, workshop_id: str, out_path: str | os.PathLike, cards: int = 4,
                    *, registrations: int = 1, codes: Sequence[str] | None = None,
                    progress: Callable[[int, int], bool | None] | None = None) -> FormsResult:
    """Write the paper forms of a workshop to ``out_path`` (a PDF) and say what is on each
    page.

    ``registrations`` blank registration forms come first; or, with ``codes`` (participant
    codes of this workshop such as ``W1-017``), one registration form per code with the code
    printed on it. Then ``cards`` idea cards, two per A4 page. ``progress(done, total)`` is
    called after each form; returning False cancels (:class:`FormsCancelled`) and no file is
    left behind. Raises NotFoundError for an unknown workshop and ValidationError for bad
    counts or codes or an output folder that is missing or cannot be written to.
    """
    workshop = projects.get_workshop(db, workshop_id)
    project = projects.get_project(db, workshop.project_id)
    code_list = _check_codes(workshop, codes)
    if code_list:
        registrations = len(code_list)
    registrations = _check_count("registrations", registrations, MAX_REGISTRATIONS)
    cards = _check_count("cards", cards, MAX_CARDS)
    if registrations + cards == 0:
        raise ValidationError("cards", "Nothing to print: ask for at least one registration "
                              "form or idea card.", reason="nothing_to_print")
    target = _check_target(out_path)
    pdf_text.register_fonts()  # a missing font is reported as such, not as a write error

    language = project.language if project.language in LANGUAGES else "en"
    dimensions = projects.list_dimensions(db, project.id)
    themes = [th.name for th in projects.list_themes(db, project.id)]
    card_pages = math.ceil(cards / CARDS_PER_PAGE)
    # A registration form is one page unless the project has many questions. The footers say
    # "page n of N", so one form is laid out first (into memory) to know how many it takes.
    pages_per_registration = _registration_pages(workshop, project, language, dimensions,
                                                 themes) if registrations else 0
    ctx = _Context(workshop, project, language, dimensions, themes,
                   registrations * pages_per_registration + card_pages)

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
    except OSError as exc:
        raise ValidationError("out", f"Cannot write in the folder {target.parent}: "
                              f"{exc.strerror or exc}.", reason="write_failed",
                              path=str(target.parent), error=exc.strerror or str(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            canvas = _new_canvas(handle, ctx)
            writer = _Writer(canvas, ctx)
            total = registrations + cards
            done = 0
            for n in range(registrations):
                _draw_registration(writer, code_list[n] if code_list else None)
                done += 1
                if progress is not None and progress(done, total) is False:
                    raise FormsCancelled("Making the paper forms was cancelled; no file was "
                                         "written.")
            for start in range(0, cards, CARDS_PER_PAGE):
                count = min(CARDS_PER_PAGE, cards - start)
                _draw_card_page(writer, count)
                done += count
                if progress is not None and progress(done, total) is False:
                    raise FormsCancelled("Making the paper forms was cancelled; no file was "
                                         "written.")
            canvas.save()
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, document_mode(target))  # mkstemp's 0600 -> an ordinary document
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SmartCityError(f"Could not write {target}: {exc.strerror or exc}.",
                             reason="write_failed", path=str(target),
                             error=exc.strerror or str(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return FormsResult(target, writer.pages)


def _new_canvas(handle, ctx: _Context) -> Canvas:
    canvas = Canvas(handle, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(f"{ctx.workshop.code} · {ctx.workshop.title} — "
                    f"{ctx.t['registration']}, {ctx.t['idea_card']}")
    canvas.setSubject(ctx.project.name)
    canvas.setCreator(APP_NAME)
    canvas.setAuthor("")
    return canvas


def _registration_pages(workshop, project, language, dimensions, themes) -> int:
    import io

    ctx = _Context(workshop, project, language, dimensions, themes, 0)
    writer = _Writer(_new_canvas(io.BytesIO(), ctx), ctx)
    _draw_registration(writer, None)
    return len(writer.pages)


def _check_count(field_name: str, value: int, limit: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field_name, f"{value!r} is not a number.", reason="not_a_number",
                              value=value) from None
    if not 0 <= number <= limit:
        raise ValidationError(field_name, f"The number of {field_name} must be between 0 and "
                              f"{limit}; {number} was asked for.", reason="out_of_range",
                              value=number, low=0, high=limit, limit=limit)
    return number


def _check_codes(workshop: Workshop, codes: Sequence[str] | None) -> list[str]:
    if not codes:
        return []
    result: list[str] = []
    for code in codes:
        prefix, number = rules.parse_participant_code(code)
        if prefix != workshop.code:
            raise ValidationError("participant", f"{code} is not a code of workshop "
                                  f"{workshop.code}.", reason="participant_other_workshop",
                                  code=code, workshop=prefix)
        normal = rules.participant_code(prefix, number)
        if normal in result:
            raise ValidationError("participant", f"The code {normal} is given twice.",
                                  reason="participant_code_twice", code=normal)
        result.append(normal)
    if len(result) > MAX_REGISTRATIONS:
        raise ValidationError("participant", f"At most {MAX_REGISTRATIONS} codes at a time.",
                              reason="too_many_codes", limit=MAX_REGISTRATIONS)
    return result


def _check_target(out_path: str | os.PathLike) -> Path:
    if not str(out_path).strip():
        raise ValidationError("out", "Give a file name for the PDF.", reason="file_name_missing")
    target = Path(out_path).expanduser().absolute()
    if target.is_dir():
        raise ValidationError("out", f"{target} is a folder; give a file name such as "
                              "forms.pdf.", reason="is_folder", path=str(target))
    if not target.parent.is_dir():
        raise ValidationError("out", f"The folder {target.parent} does not exist.",
                              reason="folder_missing", path=str(target.parent))
    return target
