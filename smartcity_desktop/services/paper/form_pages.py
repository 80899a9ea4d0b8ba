"""The pages of the paper forms, drawn with :class:`.form_canvas.FormWriter`: a
registration form (the participant code, the demographic questions, consent and contact), and
a page of idea cards (two per A4 page, cut apart along the dashed line)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm

from ...core import rules
from ...core.sdgs import SDGS, sdg_title
from ..pdf import text as pdf_text
from .form_canvas import (
    ANSWER,
    ANSWER_GAP,
    BOX,
    INK,
    LINE,
    MARGIN,
    MUTED,
    PAGE_H,
    PAGE_W,
    FormWriter,
)
from .form_texts import FORM_IDEA, FORM_REGISTRATION

CARDS_PER_PAGE = 2
CARD_H = 368.0  # points: half an A4 page less the margins and the gap at the cut line
SELF_DESCRIBED = "self_described"


def draw_registration(w: FormWriter, code: str | None) -> None:
    """One registration form (one page, or more when the project has many questions); with ``code``
    the participant code is printed on it."""
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
def _draw_idea_card(w: FormWriter, top: float, bottom: float) -> None:
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


def _draw_sdgs(w: FormWriter, left: float, top: float, width: float) -> None:
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


def draw_card_page(w: FormWriter, count: int) -> None:
    """A page of ``count`` idea cards (1 or 2), with a dashed cut line between them."""
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
