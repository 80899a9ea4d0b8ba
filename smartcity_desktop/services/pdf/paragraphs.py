"""Paragraphs in every script the project meets (see :mod:`.document`): :func:`para` gives a
reportlab ``Paragraph`` with each run in the right Noto font (shaped by HarfBuzz when needed),
or a :class:`BidiParagraph` for right-to-left text, wrapped and drawn by :mod:`.text`."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from . import text as pdf_text


def is_rtl(text: str) -> bool:
    """Whether ``text`` has right-to-left letters (Arabic, Hebrew ...); the workshop report
    lays such ideas out apart from their facts line."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _bold(style: ParagraphStyle) -> bool:
    return style.fontName == pdf_text.font_name(pdf_text.LATIN, True)


def markup(text: str, bold: bool = False) -> str:
    """``text`` as Paragraph markup: escaped, with every run the Latin font cannot show put in
    the Noto font of its script. Line breaks become ``<br/>``."""
    pdf_text.register_fonts()
    latin = pdf_text.font_name(pdf_text.LATIN, bold)
    coverage = pdf_text.font_coverage()
    if coverage[latin].issuperset(map(ord, text)):  # the common case: all in the Latin font
        return escape(text).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    run_font = latin

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace("\n", "<br/>")
        out.append(chunk if run_font == latin else f'<font face="{run_font}">{chunk}</font>')
        run.clear()

    for ch in text:
        cp = ord(ch)
        if ch == "\n" or cp in coverage[latin]:
            font = latin
        else:
            font = pdf_text.font_name(pdf_text.script_of(ch) or pdf_text.LATIN, bold)
            if cp not in coverage[font]:
                font = next((f for f in (pdf_text.font_name(s, bold) for s in
                                         (pdf_text.ETHIOPIC, pdf_text.ARABIC))
                             if cp in coverage[f]), latin)
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(out)


def wrap_words(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``max_width``, like :func:`pdf_text.wrap` but measuring
    every word once (a line's width is its words' widths plus the spaces: shaping does not
    reach across a space), so a long paragraph wraps in linear time. Words wider than a line
    are left to :func:`pdf_text.wrap`."""
    space = pdf_text.width(" ", size, bold)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = pdf_text.width(word, size, bold) if word else 0.0
            if w > max_width:
                if line:
                    lines.append(" ".join(line))
                pieces = pdf_text.wrap(word, size, max_width, bold)
                lines.extend(pieces[:-1])
                line, used = [pieces[-1]], pdf_text.width(pieces[-1], size, bold)
                continue
            if line and used + space + w > max_width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0) + w
                line.append(word)
        lines.append(" ".join(line))
    return lines


class BidiParagraph(Flowable):
    """A paragraph with right-to-left text (Arabic ...), wrapped and drawn by
    :mod:`.pdf_text`: each line shaped by HarfBuzz and laid out by the Unicode bidi algorithm.
    A right-to-left paragraph is right-aligned. It splits between lines across pages."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None):
        super().__init__()
        self.text = text
        self.plain_text = text
        self.style = style
        self._lines = lines
        self._fixed = lines is not None  # a part of a split paragraph
        self._bold = _bold(style)
        self._rtl = pdf_text.base_level(text) == 1
        self.width = self.height = 0

    def _wrap_lines(self, avail_width: float) -> list[str]:
        return wrap_words(self.text, self.style.fontSize, max(avail_width, 20), self._bold)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self._lines is None or (not self._fixed and self.width != availWidth):
            self._lines = self._wrap_lines(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        lines = self._lines if self._lines is not None else self._wrap_lines(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = BidiParagraph(self.text, self.style, lines[:fit])
        rest = BidiParagraph(self.text, self.style, lines[fit:])
        first.width = rest.width = availWidth
        return [first, rest]

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter

    def draw(self):
        canv = self.canv
        canv.setFillColor(self.style.textColor)
        size, leading = self.style.fontSize, self.style.leading
        y = self.height - size
        align = self.style.alignment
        for line in self._lines or []:
            if align == TA_CENTER:
                pdf_text.draw(canv, self.width / 2, y, line, size, self._bold, "center")
            elif self._rtl or align == TA_RIGHT:
                pdf_text.draw(canv, self.width, y, line, size, self._bold, "right")
            else:
                pdf_text.draw(canv, 0, y, line, size, self._bold)
            y -= leading


def _needs_shaping(text: str) -> bool:
    """Whether HarfBuzz must shape the text: combining marks (decomposed accents, Indic
    vowel signs ...). Latin, Cyrillic, Greek and Ethiopic letters without them draw the same
    unshaped, and shaping every word costs more than the rest of the layout."""
    return any(unicodedata.category(ch) in ("Mn", "Mc") for ch in text)


_shaped_styles: dict[int, ParagraphStyle] = {}


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    found = _shaped_styles.get(id(style))
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)
        _shaped_styles[id(style)] = found
    return found


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its line breaks for the last width: the TOC makes the
    document lay out twice, and keep-together groups wrap their contents more than once."""

    _cache = None

    def wrap(self, availWidth, availHeight):  # noqa: N803
        cache = self._cache
        if cache is not None and cache[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = cache
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._cache = (availWidth, self.width, height, self.blPara, self._wrapWidths)
        return width, height


def para(text: str, style: ParagraphStyle, *, markup_text: str | None = None) -> Flowable:
    """A paragraph of plain ``text`` (markup characters are escaped) in any script.
    ``markup_text``: ready-made Paragraph markup for left-to-right text (already escaped,
    e.g. from :func:`markup`), used instead of ``text`` when the text is not right to left."""
    text = "" if text is None else str(text)
    if is_rtl(text):
        return BidiParagraph(text, style)
    if _needs_shaping(text):
        style = _shaped(style)
    flowable = CachedParagraph(markup_text if markup_text is not None else
                               markup(text, _bold(style)), style)
    flowable.plain_text = text
    return flowable
