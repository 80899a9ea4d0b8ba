"""Text in any of the project's scripts on a reportlab canvas: Latin (æ ø å), Cyrillic, Greek,
Arabic (shaped, right to left) and Ethiopic, with the shipped Noto fonts.

reportlab shapes a run of text with HarfBuzz (``reportlab[shaping]``), but it puts words and runs
in right-to-left order only through the optional ``rlbidi`` package, which is not available to
this project. Paragraphs shaped word by word would print an Arabic phrase with its words in the
wrong order. So this module lays a line out itself:

1. every character gets its Unicode bidirectional class (``unicodedata.bidirectional``) and the
   line its embedding levels, following the Unicode Bidirectional Algorithm for a single
   paragraph without explicit embeddings (rules W1–W7, N1–N2, I1–I2, L1);
2. every character gets a font: the font of its script, or for spaces, digits and punctuation
   the font of the text around it when that font has the glyph;
3. runs of one level and one font are shaped whole by HarfBuzz (an Arabic run comes back as
   joined glyphs in visual order), and the runs are put in visual order (rule L2).

Lines are wrapped in logical order (by words) before they are laid out, so a wrapped Arabic
paragraph reads top to bottom with each line right to left.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

from ...core.resources import resource

LATIN, ARABIC, ETHIOPIC = "latin", "arabic", "ethiopic"

# (script, bold) -> (registered name, file in resources/fonts)
FONTS: dict[tuple[str, bool], tuple[str, str]] = {
    (LATIN, False): ("SC-NotoSans", "NotoSans-Regular.ttf"),
    (LATIN, True): ("SC-NotoSans-Bold", "NotoSans-Bold.ttf"),
    (ARABIC, False): ("SC-NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    (ARABIC, True): ("SC-NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    (ETHIOPIC, False): ("SC-NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
    (ETHIOPIC, True): ("SC-NotoSansEthiopic-Bold", "NotoSansEthiopic-Bold.ttf"),
}

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
_ETHIOPIC_RANGES = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))
_NEUTRAL_CLASSES = {"WS", "ON", "B", "S", "ES", "ET", "CS", "BN"}
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in FONTS.values():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"The font {filename} is missing from {path.parent}; "
                                        "reinstall the app.")
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
        _registered = True


def font_coverage() -> dict[str, frozenset[int]]:
    """font name -> the code points that font has, for every shipped font (registering them
    first). pdf.paragraphs.markup picks the font of each run of text with it."""
    register_fonts()
    return _coverage


def font_name(script: str = LATIN, bold: bool = False) -> str:
    register_fonts()
    return FONTS[(script, bold)][0]


def script_of(ch: str) -> str | None:
    """``arabic``, ``ethiopic`` or ``latin`` for letters and marks; None for characters that
    belong to no script (spaces, digits, punctuation, symbols)."""
    cp = ord(ch)
    if any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES):
        return ARABIC if unicodedata.category(ch)[0] in "LMN" or ch in "،؛؟" else None
    if any(lo <= cp <= hi for lo, hi in _ETHIOPIC_RANGES):
        return ETHIOPIC
    if unicodedata.category(ch)[0] in "LM":
        return LATIN
    return None


# --------------------------------------------------------------------------- bidi
def base_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first strong character."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return 0
        if cls in ("R", "AL"):
            return 1
    return 0


def bidi_levels(text: str, base: int | None = None) -> list[int]:
    """The embedding level of each character of one line (even: left to right)."""
    if base is None:
        base = base_level(text)
    base_dir = "R" if base % 2 else "L"
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    n = len(types)
    # Explicit embeddings and isolates are rare in typed text; treat them as neutral.
    types = ["ON" if t in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")
             else t for t in types]
    # W1: a non-spacing mark takes the type of the character before it.
    prev = base_dir
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = prev
        prev = types[i]
    # W2: European digits after Arabic letters are Arabic numbers; W3: AL -> R.
    strong = base_dir
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            strong = t
        elif t == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        if types[i] == "ES" and types[i - 1] == types[i + 1] == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: terminators (%, currency) next to European numbers are numbers.
    for i, t in enumerate(types):
        if t == "EN":
            j = i - 1
            while j >= 0 and types[j] == "ET":
                types[j] = "EN"
                j -= 1
            j = i + 1
            while j < n and types[j] == "ET":
                types[j] = "EN"
                j += 1
    # W6: remaining separators and terminators are neutral.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European numbers after a left-to-right letter are left to right.
    strong = base_dir
    for i, t in enumerate(types):
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    # N1/N2: a run of neutrals takes the direction of the text on both sides when that is the
    # same (numbers count as right to left), otherwise the paragraph's direction.
    def direction(t: str) -> str:
        return "R" if t in ("R", "EN", "AN") else "L"

    i = 0
    while i < n:
        if types[i] in _NEUTRAL_CLASSES or types[i] == "ON":
            j = i
            while j < n and (types[j] in _NEUTRAL_CLASSES or types[j] == "ON"):
                j += 1
            before = direction(types[i - 1]) if i > 0 else base_dir
            after = direction(types[j]) if j < n else base_dir
            resolved = before if before == after else base_dir
            for k in range(i, j):
                types[k] = resolved
            i = j
        else:
            i += 1
    # I1/I2
    levels = []
    for t in types:
        if base % 2 == 0:
            levels.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if t in ("L", "EN", "AN") else 0))
    # L1: trailing white space goes back to the paragraph level.
    k = n - 1
    while k >= 0 and unicodedata.bidirectional(text[k]) in ("WS", "B", "S", "BN"):
        levels[k] = base
        k -= 1
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2: indexes of ``levels`` in the order they are shown, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


# --------------------------------------------------------------------------- layout
@dataclass(frozen=True)
class Piece:
    """A run of text in one font, ready to draw: ``text`` is shaped (glyph order is visual)."""

    font: str
    text: str
    width: float
    rtl: bool


def _fonts_for(text: str, bold: bool) -> list[str]:
    register_fonts()
    scripts = [script_of(ch) for ch in text]
    # Characters of no script take the script of the nearest letter before them (or after).
    context: list[str] = []
    last = None
    for s in scripts:
        last = s or last
        context.append(last)
    nxt = None
    for i in range(len(scripts) - 1, -1, -1):
        nxt = scripts[i] or nxt
        if context[i] is None:
            context[i] = nxt
    names = []
    for ch, own, ctx in zip(text, scripts, context):
        preferred = [FONTS[(own or ctx or LATIN, bold)][0], FONTS[(LATIN, bold)][0],
                     FONTS[(ARABIC, bold)][0], FONTS[(ETHIOPIC, bold)][0]]
        chosen = next((f for f in preferred if ord(ch) in _coverage[f]), preferred[1])
        names.append(chosen)
    return names


@lru_cache(maxsize=4096)
def layout(text: str, size: float, bold: bool = False, base: int | None = None
           ) -> tuple[Piece, ...]:
    """One line of text as pieces in visual order (left to right)."""
    if not text:
        return ()
    text = text.replace("\t", " ")
    levels = bidi_levels(text, base)
    fonts = _fonts_for(text, bold)
    # Runs of one level and one font, in logical order.
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start] or fonts[i] != fonts[start]:
            runs.append((start, i))
            start = i
    run_levels = [levels[a] for a, _ in runs]
    pieces = []
    for index in visual_order(run_levels):
        a, b = runs[index]
        run, font, rtl = text[a:b], fonts[a], bool(run_levels[index] % 2)
        shaped = shapeStr(run, font, size)
        if _came_back_rtl(shaped) != rtl:
            # HarfBuzz guesses the direction from the script of the run; a run of spaces,
            # digits or punctuation may need the other one: shape it reversed (brackets
            # mirrored when right to left), the same result for characters that do not join.
            flipped = run[::-1]
            shaped = shapeStr(flipped.translate(_MIRROR) if rtl else flipped, font, size)
        if isinstance(shaped, ShapedStr):
            width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
        else:
            width = pdfmetrics.stringWidth(shaped, font, size)
        pieces.append(Piece(font, shaped, width, rtl))
    return tuple(pieces)


def _came_back_rtl(shaped: str) -> bool:
    """Whether HarfBuzz laid the run out right to left (its glyphs' clusters go down)."""
    data = getattr(shaped, "__shapeData__", None)
    if not data or len(data) < 2:
        return False
    return data[0].cluster > data[-1].cluster


def width(text: str, size: float, bold: bool = False) -> float:
    return sum(p.width for p in layout(text, size, bold))


def draw(canvas, x: float, y: float, text: str, size: float, bold: bool = False,
         align: str = "left") -> float:
    """Draw one line with its baseline at ``y``; ``align`` says what ``x`` is (left edge,
    right edge or centre). Returns the width drawn."""
    pieces = layout(text, size, bold)
    total = sum(p.width for p in pieces)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for piece in pieces:
        t = canvas.beginText(x, y)
        t.setFont(piece.font, size)
        t.textOut(piece.text)
        canvas.drawText(t)
        x += piece.width
    return total


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width`` (at spaces; a word longer than a
    line is broken between characters). Explicit line breaks are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if width(candidate, size, bold) <= max_width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while line and width(line, size, bold) > max_width:
                cut = len(line) - 1
                while cut > 1 and width(line[:cut], size, bold) > max_width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def fit(text: str, size: float, max_width: float, bold: bool = False,
        min_size: float | None = None) -> tuple[str, float]:
    """A single line that fits ``max_width``: the font is made smaller down to ``min_size``,
    then the text is cut with an ellipsis. Returns (text, size)."""
    text = " ".join(text.split())
    min_size = min_size or size * 0.75
    while size > min_size and width(text, size, bold) > max_width:
        size = max(min_size, size - 0.5)
    if width(text, size, bold) <= max_width:
        return text, size
    while text and width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + "…", size
