"""Bar charts for the PDF reports whose labels are drawn by :mod:`.text` (shaped, bidi, any
script)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from . import text as pdf_text
from .document import ACCENT, INK, MUTED, RULE


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
