"""Shared building blocks for the PDF reports (reportlab platypus, no Qt).

Text in every script the project meets goes through :func:`para`:

* Latin (æ ø å), Cyrillic, Greek and Ethiopic: a reportlab ``Paragraph`` whose runs of
  Ethiopic (or anything the Latin font lacks) are put in the right Noto font with ``<font>``
  markup; ``shaping`` is switched on so HarfBuzz (``reportlab[shaping]``) shapes each run.
* Arabic or Hebrew: reportlab 4/5 shapes paragraph words with HarfBuzz but orders words right
  to left only through the optional ``rlbidi`` package, which this project does not have; a
  shaped Arabic phrase would come out with its words in the wrong order. Such text becomes a
  :class:`BidiParagraph`, which wraps and draws lines with :mod:`.pdf_text` (Unicode bidi
  algorithm + HarfBuzz per run, the same code the paper forms use).

:class:`ReportDoc` gives a cover page, a table of contents, outline bookmarks for every
``h1``/``h2``, and page numbers plus a footer on every page after the cover.
:func:`write_pdf_atomically` builds into a temporary file next to the target and renames it on
success only.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from ...core.errors import SmartCityError
from ..files import document_mode
from . import text as pdf_text

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FOOTER_SIZE = 8
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1b6e5a")
RULE = colors.HexColor("#c9d1d9")
PALE = colors.HexColor("#eef2f5")


class ReportError(SmartCityError):
    """A report could not be written (folder missing or read-only, disk full ...)."""

    code = "report_failed"


class ReportCancelled(SmartCityError):
    """Cancelled through the progress callback; nothing was written."""

    code = "report_cancelled"

    def __init__(self, message: str = "The report was cancelled; nothing was written.",
                 **details: object) -> None:
        super().__init__(message, **details)


@dataclass
class ReportResult:
    path: Path
    pages: int


# --------------------------------------------------------------------------- texts
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "workshop_report": "Workshop report",
        "project_report": "Project report",
        "contents": "Contents",
        "page": "Page {n} of {total}",
        "page_short": "Page {n}",
        "generated": "Made on {date}",
        "workshop": "Workshop",
        "workshops": "Workshops",
        "project": "Project",
        "code": "Code",
        "date": "Date",
        "place": "Place",
        "status": "Status",
        "facilitator": "Facilitator",
        "agenda": "Agenda: planned and as run",
        "activity": "Activity",
        "planned": "Planned (min)",
        "actual": "As run (min)",
        "started": "Started",
        "not_run": "not run",
        "no_agenda": "No agenda was planned for this workshop.",
        "agenda_total": "Total",
        "attendance": "Attendance and representativeness",
        "participants": "Participants",
        "participants_n": "{n} participants",
        "group": "Group",
        "share": "Share",
        "reference": "Reference population",
        "ratio": "Ratio",
        "under": "under-represented",
        "not_shown": "< {minimum}",
        "small_groups_note": "Groups of fewer than {minimum} people are never shown on their "
                             "own: they are counted under “Other (small groups combined)” or left out (–), together "
                             "with one more group so they cannot be worked out from the total.",
        "no_reference": "No reference population has been loaded for this project; only the "
                        "counts are shown.",
        "no_demographics": "No demographic questions were answered.",
        "other": "Other",
        "other_small": "Other (small groups combined)",
        "prefer_not": "Prefer not to say",
        "not_answered": "Not answered",
        "chart_participants": "Participants (%)",
        "chart_reference": "Reference population (%)",
        "ideas_by": "Ideas by theme and SDG",
        "ideas": "Ideas",
        "ideas_n": "{n} ideas",
        "theme": "Theme",
        "no_theme": "No theme",
        "sdg": "SDG",
        "by_theme": "By theme",
        "by_sdg": "By Sustainable Development Goal",
        "no_ideas": "No ideas were captured.",
        "no_sdg": "No idea has been linked to an SDG yet.",
        "priorities": "Prioritisation",
        "no_rounds": "No prioritisation round was held.",
        "round": "Round",
        "method": "Method",
        "rank": "Rank",
        "idea": "Idea",
        "score": "Score",
        "voters": "Voters",
        "tied": "tied",
        "top_n": "The top {n} of {total} ideas are shown; the appendix lists every idea.",
        "methods_compared": "Methods compared",
        "agreement": "Agreement between rounds (Kendall’s τ over {n} ideas in common)",
        "compare_none": "Fewer than two rounds with ideas in common: nothing to compare.",
        "by_group": "Results by group",
        "by_group_dim": "Results by group: {dimension}",
        "top_idea": "Top ideas",
        "by_group_note": "Each group's own ranking. A group of fewer than {minimum} voters is "
                         "never shown on its own: it is combined into “Other” or left out (–) "
                         "together with one more group.",
        "decisions": "Decisions",
        "no_decisions": "No decisions have been recorded yet.",
        "decided_on": "Decided on",
        "reason": "Reason",
        "appendix": "Appendix: every idea",
        "number": "No.",
        "text": "Text",
        "participation": "Participation from workshop to workshop",
        "participation_intro": "Participants per workshop, and per group (groups of fewer than "
                               "{minimum} are not shown).",
        "change": "Change",
        "notes": "Notes",
        "total": "Total",
    },
    "nb": {
        "workshop_report": "Verkstedsrapport",
        "project_report": "Prosjektrapport",
        "contents": "Innhold",
        "page": "Side {n} av {total}",
        "page_short": "Side {n}",
        "generated": "Laget {date}",
        "workshop": "Verksted",
        "workshops": "Verksteder",
        "project": "Prosjekt",
        "code": "Kode",
        "date": "Dato",
        "place": "Sted",
        "status": "Status",
        "facilitator": "Prosessleder",
        "agenda": "Program: planlagt og gjennomført",
        "activity": "Aktivitet",
        "planned": "Planlagt (min)",
        "actual": "Gjennomført (min)",
        "started": "Startet",
        "not_run": "ikke gjennomført",
        "no_agenda": "Det ble ikke planlagt noe program for dette verkstedet.",
        "agenda_total": "Sum",
        "attendance": "Oppmøte og representativitet",
        "participants": "Deltakere",
        "participants_n": "{n} deltakere",
        "group": "Gruppe",
        "share": "Andel",
        "reference": "Referansebefolkning",
        "ratio": "Forhold",
        "under": "underrepresentert",
        "not_shown": "< {minimum}",
        "small_groups_note": "Grupper med færre enn {minimum} personer vises aldri alene: de "
                             "telles under «Andre (små grupper slått sammen)» eller utelates (–), sammen med én gruppe "
                             "til, så de ikke kan regnes ut fra summen.",
        "no_reference": "Det er ikke lastet inn noen referansebefolkning for dette prosjektet; "
                        "bare antallene vises.",
        "no_demographics": "Ingen svarte på spørsmålene om seg selv.",
        "other": "Annet",
        "other_small": "Andre (små grupper slått sammen)",
        "prefer_not": "Vil ikke oppgi",
        "not_answered": "Ikke besvart",
        "chart_participants": "Deltakere (%)",
        "chart_reference": "Referansebefolkning (%)",
        "ideas_by": "Ideer etter tema og bærekraftsmål",
        "ideas": "Ideer",
        "ideas_n": "{n} ideer",
        "theme": "Tema",
        "no_theme": "Uten tema",
        "sdg": "Bærekraftsmål",
        "by_theme": "Etter tema",
        "by_sdg": "Etter FNs bærekraftsmål",
        "no_ideas": "Ingen ideer ble registrert.",
        "no_sdg": "Ingen idé er koblet til et bærekraftsmål ennå.",
        "priorities": "Prioritering",
        "no_rounds": "Det ble ikke holdt noen prioriteringsrunde.",
        "round": "Runde",
        "method": "Metode",
        "rank": "Plass",
        "idea": "Idé",
        "score": "Poeng",
        "voters": "Stemmegivere",
        "tied": "delt",
        "top_n": "De {n} beste av {total} ideer vises; vedlegget viser alle ideene.",
        "methods_compared": "Metodene sammenlignet",
        "agreement": "Samsvar mellom rundene (Kendalls τ over {n} felles ideer)",
        "compare_none": "Færre enn to runder med felles ideer: ingenting å sammenligne.",
        "by_group": "Resultater etter gruppe",
        "by_group_dim": "Resultater etter gruppe: {dimension}",
        "top_idea": "Øverste ideer",
        "by_group_note": "Hver gruppes egen rangering. En gruppe med færre enn {minimum} "
                         "stemmegivere vises aldri alene: den slås sammen under «Andre» eller "
                         "utelates (–) sammen med én gruppe til.",
        "decisions": "Beslutninger",
        "no_decisions": "Ingen beslutninger er registrert ennå.",
        "decided_on": "Besluttet",
        "reason": "Begrunnelse",
        "appendix": "Vedlegg: alle ideene",
        "number": "Nr.",
        "text": "Tekst",
        "participation": "Deltakelse fra verksted til verksted",
        "participation_intro": "Deltakere per verksted og per gruppe (grupper med færre enn "
                               "{minimum} vises ikke).",
        "change": "Endring",
        "notes": "Merknader",
        "total": "Sum",
    },
}


def texts(language: str) -> dict[str, str]:
    """The report words in ``language`` ("en" or "nb"; anything else gets English)."""
    return TEXTS.get(language, TEXTS["en"])


# --------------------------------------------------------------------------- styles
def _fonts() -> tuple[str, str]:
    regular, bold = pdf_text.font_name(pdf_text.LATIN), pdf_text.font_name(pdf_text.LATIN, True)
    registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return regular, bold


def styles(large_print: bool = False) -> dict[str, ParagraphStyle]:
    """Paragraph styles of the reports. Large print makes body text 16 pt or more."""
    regular, bold = _fonts()
    k = 16 / 10 if large_print else 1.0

    def style(name, font, size, leading=None, **kw) -> ParagraphStyle:
        size = round(size * k, 1)
        return ParagraphStyle(name, fontName=font, fontSize=size,
                              leading=round((leading or size * 1.3) * (k if leading else 1), 1),
                              textColor=kw.pop("textColor", INK), **kw)

    return {
        "title": style("title", bold, 26, 32, spaceAfter=10),
        "subtitle": style("subtitle", regular, 14, 19, textColor=MUTED, spaceAfter=6),
        "h1": style("h1", bold, 17, 22, spaceBefore=6, spaceAfter=8, textColor=ACCENT),
        "h2": style("h2", bold, 12.5, 16, spaceBefore=10, spaceAfter=5),
        "body": style("body", regular, 10, 14, spaceAfter=5),
        "small": style("small", regular, 8, 10.5, textColor=MUTED, spaceAfter=3),
        "cell": style("cell", regular, 8.5, 11),
        "cell_bold": style("cell_bold", bold, 8.5, 11),
    }


# --------------------------------------------------------------------------- text
def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _bold(style: ParagraphStyle) -> bool:
    return style.fontName == pdf_text.font_name(pdf_text.LATIN, True)


def markup(text: str, bold: bool = False) -> str:
    """``text`` as Paragraph markup: escaped, with every run the Latin font cannot show put in
    the Noto font of its script. Line breaks become ``<br/>``."""
    pdf_text.register_fonts()
    latin = pdf_text.font_name(pdf_text.LATIN, bold)
    coverage = pdf_text._coverage  # noqa: SLF001 - the glyphs each registered font has
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
    if _is_rtl(text):
        return BidiParagraph(text, style)
    if _needs_shaping(text):
        style = _shaped(style)
    flowable = CachedParagraph(markup_text if markup_text is not None else
                               markup(text, _bold(style)), style)
    flowable.plain_text = text
    return flowable


# --------------------------------------------------------------------------- document
LAYOUT_ONLY = "_report_layout_only"  # canvas attribute: this pass lays out but draws nothing


def _no_drawing(*_args, **_kw) -> None:
    return None


class _LayoutFrame(Frame):
    """A frame that, on a canvas marked :data:`LAYOUT_ONLY`, places flowables (wrap, split,
    space before and after: everything the page breaks and the TOC depend on) without drawing
    them. Drawing a 2,000-idea report costs as much as laying it out, and only the last of
    the passes the TOC needs is kept."""

    def _add(self, flowable, canv, trySplit=0):  # noqa: N803 - reportlab's names
        if not getattr(canv, LAYOUT_ONLY, False):
            return super()._add(flowable, canv, trySplit)
        own = flowable.__dict__
        shadowed = "drawOn" in own
        saved = own.get("drawOn")
        own["drawOn"] = _no_drawing  # (via __dict__: Drawing vets attribute names)
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            if shadowed:
                own["drawOn"] = saved
            else:
                own.pop("drawOn", None)

    add = _add


class ReportDoc(BaseDocTemplate):
    """A4 report: ``cover`` page template (no footer) and ``body`` pages with the footer text,
    page ``n of total`` and outline bookmarks. Put :meth:`toc` in the story after the cover.

    ``h1``/``h2`` flowables (made with :meth:`heading`) become TOC entries and bookmarks.
    """

    def __init__(self, path, *, title: str, footer: str, language: str = "en",
                 large_print: bool = False, **kw) -> None:
        super().__init__(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + 6 * mm, title=title,
                         author="Smart City Co-Creation Desktop", lang=language, **kw)
        self.report_title = title
        self.footer = footer
        self.language = language
        self.large_print = large_print
        self.words = texts(language)
        self.st = styles(large_print)
        frame = _LayoutFrame(self.leftMargin, self.bottomMargin, self.width, self.height,
                             id="f", leftPadding=0, rightPadding=0, topPadding=0,
                             bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame]),
                               PageTemplate("body", [frame], onPage=self._footer)])
        self._toc: TableOfContents | None = None
        self._heading_n = 0
        self._pages_seen = 0      # pages of the pass that just ran
        self._pages_told = 0      # the total the footers of this pass printed
        self._progress: Callable[[int, int], object] | None = None
        self._done = 0
        self._total = 1
        self.pages = 0
        self._in_multi = False

    # -- story helpers
    def toc(self) -> TableOfContents:
        regular, bold = _fonts()
        k = 1.6 if self.large_print else 1.0
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [
            ParagraphStyle("toc1", fontName=bold, fontSize=11 * k, leading=16 * k,
                           leftIndent=0, firstLineIndent=0, textColor=INK, shaping=0),
            ParagraphStyle("toc2", fontName=regular, fontSize=9.5 * k, leading=13 * k,
                           leftIndent=14, firstLineIndent=0, textColor=INK, shaping=0),
        ]
        self._toc = toc
        return toc

    def heading(self, text: str, level: int = 1) -> Flowable:
        """An ``h1`` (level 1) or ``h2`` heading that gets a TOC entry and a bookmark."""
        flowable = para(text, self.st["h1" if level == 1 else "h2"])
        flowable._report_heading = (level, text)  # noqa: SLF001
        return flowable

    # -- page furniture
    def _footer(self, canv, doc) -> None:
        if getattr(canv, LAYOUT_ONLY, False):
            return
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        y = MARGIN - 2 * mm
        canv.line(self.leftMargin, y + 4 * mm, PAGE_W - self.rightMargin, y + 4 * mm)
        canv.setFillColor(MUTED)
        size = FOOTER_SIZE * (1.5 if self.large_print else 1)
        page = (self.words["page"].format(n=doc.page, total=self._pages_told)
                if self._pages_told else self.words["page_short"].format(n=doc.page))
        page_w = pdf_text.width(page, size)
        text, tsize = pdf_text.fit(self.footer, size, self.width - page_w - 8 * mm)
        pdf_text.draw(canv, self.leftMargin, y, text, tsize)
        pdf_text.draw(canv, PAGE_W - self.rightMargin, y, page, size, align="right")
        canv.restoreState()

    # -- platypus hooks
    def handle_documentBegin(self):  # noqa: N802
        self._pages_told = self._pages_seen
        self._heading_n = 0
        # The first pass only finds the page of every heading and the page total: it can
        # never be the last one (its footers print no total), so nothing is drawn in it.
        setattr(self.canv, LAYOUT_ONLY, self._in_multi and self._pages_told == 0)
        super().handle_documentBegin()

    def afterPage(self):  # noqa: N802
        self._pages_seen = self.page

    def afterFlowable(self, flowable):  # noqa: N802
        heading = getattr(flowable, "_report_heading", None)
        if heading is not None:
            level, text = heading
            self._heading_n += 1
            key = f"h{self._heading_n}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level - 1, closed=level > 1)
            self.notify("TOCEntry", (level - 1, markup(text, level == 1), self.page, key))
        self._tick()

    def _tick(self) -> None:
        self._done += 1
        if self._progress is not None and self._done % 25 == 0:
            if self._progress(min(self._done, self._total - 1), self._total) is False:
                raise ReportCancelled()

    def _allSatisfied(self):  # noqa: N802
        # Another pass also when the page total printed in the footers was not the final one.
        return super()._allSatisfied() and self._pages_told == self._pages_seen

    def build(self, story: list, progress: Callable[[int, int], object] | None = None,
              passes: int = 3, **kw) -> int:
        """Lay ``story`` out (in as many passes as the TOC and page totals need) and write
        the file. Returns the page count. ``progress(done, total)`` returning False raises
        :class:`ReportCancelled`."""
        if self._in_multi:  # multiBuild's own call for one pass
            return BaseDocTemplate.build(self, story, **kw)
        self._progress = progress
        self._done = 0
        self._total = max(1, len(story) * 2)
        if progress is not None and progress(0, self._total) is False:
            raise ReportCancelled()
        self._in_multi = True
        try:
            self.multiBuild(story, maxPasses=passes + 2)
        finally:
            self._in_multi = False
        self.pages = self._pages_seen
        if progress is not None and progress(self._total, self._total) is False:
            raise ReportCancelled()
        return self.pages


# --------------------------------------------------------------------------- charts
class ScriptDrawing(Drawing):
    """A Drawing whose text labels are drawn by :mod:`.pdf_text` (shaped, bidi, any script)
    after the shapes; ``labels`` holds (x, y, text, size, bold, align, colour)."""

    def __init__(self, width, height, *nodes, **kw):
        super().__init__(width, height, *nodes, **kw)
        self.__dict__["labels"] = []  # Drawing validates attribute names; bypass it

    def label(self, x, y, text, size=8, bold=False, align="left", colour=INK) -> None:
        self.labels.append((x, y, text, size, bold, align, colour))

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803
        super().drawOn(canvas, x, y, _sW)
        canvas.saveState()
        for lx, ly, text, size, bold, align, colour in self.labels:
            canvas.setFillColor(colour)
            pdf_text.draw(canvas, x + lx, y + ly, text, size, bold, align)
        canvas.restoreState()


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (1, 2, 2.5, 5, 10):
        magnitude = 10 ** (len(str(int(value))) - 1)
        top = step * magnitude
        if top >= value:
            return float(top)
    return float(value)


def _fit_label(text: str, size: float, room: float) -> tuple[str, float]:
    # No glyph is narrower than about a quarter of the font size: cut the text to what could
    # possibly fit first, so fitting a long idea text does not measure it letter by letter.
    text = " ".join(text.split())[:max(4, int(room / (size * 0.8 * 0.25)) + 1)]
    return pdf_text.fit(text, size, room, min_size=size * 0.8)


def bar_chart(labels: Sequence[str], values: Sequence[float], *, width: float, height: float,
              colours: Sequence | None = None, value_format: Callable = str,
              label_width: float | None = None, font_size: float = 8) -> Drawing:
    """Horizontal bars, one per label, the value printed after each bar. ``colours``: one
    colour (reportlab colour or "#hex") per bar, or None for the accent colour. The drawing
    is ``width`` wide; ``height`` is the most it may take (bars get thinner to fit)."""
    n = len(labels)
    row = min(18.0, max(8.0, height / max(n, 1)))
    drawing_h = row * n + 4
    drawing = ScriptDrawing(width, drawing_h)
    if not n:
        return drawing
    lw = label_width or min(width * 0.38, max(pdf_text.width(t, font_size) for t in labels) + 6)
    value_w = max(pdf_text.width(value_format(v), font_size) for v in values) + 6
    plot_w = max(20.0, width - lw - value_w)
    top = max(float(max(values)), 0.0)
    scale = plot_w / top if top > 0 else 0
    drawing.add(Line(lw, 0, lw, drawing_h, strokeColor=RULE, strokeWidth=0.5))
    for i, (label, value) in enumerate(zip(labels, values)):
        y = drawing_h - (i + 1) * row
        bar_h = row * 0.7
        colour = colours[i] if colours else ACCENT
        if isinstance(colour, str):
            colour = colors.HexColor(colour)
        bar_w = max(0.0, float(value)) * scale
        if bar_w > 0:
            drawing.add(Rect(lw, y + (row - bar_h) / 2, bar_w, bar_h, fillColor=colour,
                             strokeColor=None))
        text, size = _fit_label(label, font_size, lw - 6)
        baseline = y + row / 2 - size * 0.35
        drawing.label(lw - 4, baseline, text, size, align="right")
        drawing.label(lw + bar_w + 3, baseline, value_format(value), font_size, colour=MUTED)
    return drawing


def paired_bar_chart(labels: Sequence[str], observed: Sequence[float | None],
                     expected: Sequence[float | None], *, width: float, height: float,
                     legend: tuple[str, str] = ("observed", "expected"),
                     value_format: Callable = lambda v: f"{v:.0%}", font_size: float = 8,
                     colours: tuple = (ACCENT, colors.HexColor("#b7c3cf"))) -> Drawing:
    """Two bars per label (e.g. the participants' share of a group and the reference
    population's share); None values draw no bar and print "–"."""
    n = len(labels)
    legend_h = font_size * 2.2
    row = min(26.0, max(12.0, (height - legend_h) / max(n, 1)))
    drawing_h = row * n + legend_h + 2
    drawing = ScriptDrawing(width, drawing_h)
    if not n:
        return drawing

    def fmt(v):
        return "–" if v is None else value_format(v)

    lw = min(width * 0.34, max(pdf_text.width(t, font_size) for t in labels) + 6)
    value_w = max(pdf_text.width(fmt(v), font_size) for v in (*observed, *expected)) + 6
    plot_w = max(20.0, width - lw - value_w)
    top = max([v for v in (*observed, *expected) if v is not None] or [0.0])
    scale = plot_w / top if top > 0 else 0
    # legend on top
    ly = drawing_h - font_size * 1.2
    x = lw
    for text, colour in zip(legend, colours):
        drawing.add(Rect(x, ly - 1, font_size, font_size * 0.8, fillColor=colour,
                         strokeColor=None))
        drawing.label(x + font_size + 3, ly, text, font_size)
        x += font_size + 3 + pdf_text.width(text, font_size) + 14
    base_top = drawing_h - legend_h
    drawing.add(Line(lw, 0, lw, base_top, strokeColor=RULE, strokeWidth=0.5))
    for i, label in enumerate(labels):
        y = base_top - (i + 1) * row
        bar_h = row * 0.36
        for j, (value, colour) in enumerate(zip((observed[i], expected[i]), colours)):
            by = y + row / 2 + (0 if j == 0 else -bar_h) - 0.5 * j
            bar_w = 0.0 if value is None else max(0.0, float(value)) * scale
            if bar_w > 0:
                drawing.add(Rect(lw, by, bar_w, bar_h, fillColor=colour, strokeColor=None))
            drawing.label(lw + bar_w + 3, by + bar_h / 2 - font_size * 0.3, fmt(value),
                          font_size * 0.9, colour=MUTED)
        text, size = _fit_label(label, font_size, lw - 6)
        drawing.label(lw - 4, y + row / 2 - size * 0.35, text, size, align="right")
    return drawing


# --------------------------------------------------------------------------- files
def write_pdf_atomically(target, build: Callable[[Path], int]) -> ReportResult:
    """Run ``build(temp_path) -> pages`` on a temporary file in the target's folder and
    rename it to ``target`` when it succeeds. A missing or read-only folder, or any error
    while writing, raises :class:`ReportError`; :class:`ReportCancelled` passes through. In
    every failing case no file is left behind (neither the target nor the temporary file)."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(f"The folder {folder} does not exist; choose another folder.",
                          reason="folder_missing", path=str(folder))
    if target.is_dir():
        raise ReportError(f"{target} is a folder; give a file name ending in .pdf.",
                          reason="is_folder", path=str(target))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part",
                                         dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ReportError(f"Cannot write in the folder {folder} ({exc.strerror or exc}); "
                          "choose a folder you may write to.", reason="write_failed",
                          path=str(folder), error=exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        pages = build(temp)
        os.chmod(temp, document_mode(target))  # mkstemp's 0600 -> an ordinary document
        os.replace(temp, target)
    except (ReportCancelled, ReportError):
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ReportError(f"Could not write {target} ({exc.strerror or exc}); nothing was "
                          "saved.", reason="write_failed", path=str(target),
                          error=exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return ReportResult(path=target, pages=pages)
