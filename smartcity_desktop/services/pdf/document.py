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

The words are in :mod:`.report_texts`, paragraphs in :mod:`.paragraphs` and charts in
:mod:`.charts`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from ...core.errors import SmartCityError
from ..files import atomic_path
from . import text as pdf_text
from .paragraphs import markup, para
from .report_texts import texts

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
        place = atomic_path(target)
    except OSError as exc:
        raise ReportError(f"Cannot write in the folder {folder} ({exc.strerror or exc}); "
                          "choose a folder you may write to.", reason="write_failed",
                          path=str(folder), error=exc.strerror or str(exc)) from exc
    try:
        with place as temp:
            pages = build(temp)
    except OSError as exc:
        raise ReportError(f"Could not write {target} ({exc.strerror or exc}); nothing was "
                          "saved.", reason="write_failed", path=str(target),
                          error=exc.strerror or str(exc)) from exc
    return ReportResult(path=target, pages=pages)
