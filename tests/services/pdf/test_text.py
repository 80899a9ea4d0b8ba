"""Multi-script text on PDF pages: fonts per script, right-to-left order, shaping, wrapping."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_desktop.services.pdf import text as pdf_text

LATIN = pdf_text.font_name(pdf_text.LATIN)
ARABIC_FONT = pdf_text.font_name(pdf_text.ARABIC)
ETHIOPIC_FONT = pdf_text.font_name(pdf_text.ETHIOPIC)


def clusters(piece) -> list[int]:
    return [d.cluster for d in getattr(piece.text, "__shapeData__", [])]


def test_every_font_is_shipped_and_registered():
    for (script, bold), (name, filename) in pdf_text.FONTS.items():
        assert pdf_text.font_name(script, bold) == name
        assert pdf_text.resource("fonts", filename).is_file()
    assert pdf_text.resource("fonts", "OFL.txt").read_text().count("SIL OPEN FONT LICENSE")


@pytest.mark.parametrize("text, font", [
    ("Kjønn: Kvinne / Mann / Ikke-binær ÆØÅ", LATIN),
    ("Привет, мир", LATIN),
    ("የአውቶቡስ መርሐ ግብር", ETHIOPIC_FONT),
    ("مواعيد الحافلات في المساء", ARABIC_FONT),
])
def test_one_script_one_font(text, font):
    pieces = pdf_text.layout(text, 10)
    assert [p.font for p in pieces] == [font]


def test_mixed_text_gets_a_font_per_script():
    pieces = pdf_text.layout("Theme: مواعيد and የአውቶቡስ", 10)
    fonts = [p.font for p in pieces]
    assert fonts[0] == LATIN and ARABIC_FONT in fonts and ETHIOPIC_FONT in fonts
    assert fonts.index(ARABIC_FONT) < fonts.index(ETHIOPIC_FONT)


def test_arabic_is_one_shaped_run_in_visual_order():
    text = "مواعيد الحافلات في المساء"
    (piece,) = pdf_text.layout(text, 10)
    assert piece.rtl
    found = clusters(piece)
    # Visual order: the leftmost glyph is the end of the phrase, the rightmost its start.
    assert found[0] == len(text) - 1 and found[-1] == 0
    assert found == sorted(found, reverse=True)
    # Shaped: joined letters are drawn with their contextual glyphs (the font maps them to
    # presentation forms), and they still spell the phrase.
    assert sum(0xFB50 <= ord(ch) <= 0xFEFF for ch in piece.text) >= 10
    assert unicodedata.normalize("NFKC", str(piece.text)[::-1]) == text


def test_numbers_inside_arabic_stay_left_to_right():
    pieces = pdf_text.layout("الحافلة 12 كل 15 دقيقة", 10)
    digits = [p for p in pieces if not p.rtl]
    assert [str(p.text) for p in digits] == ["15", "12"]  # visual order of an RTL line
    assert pieces[0].rtl and pieces[-1].rtl


def test_brackets_are_mirrored_in_right_to_left_text():
    pieces = pdf_text.layout("(مرحبا)", 10)
    assert str(pieces[0].text) == "(" and str(pieces[-1].text) == ")"
    assert pieces[1].font == ARABIC_FONT


def test_bidi_levels_and_visual_order():
    assert pdf_text.bidi_levels("abc") == [0, 0, 0]
    assert pdf_text.bidi_levels("abc مرح") == [0, 0, 0, 0, 1, 1, 1]
    assert pdf_text.bidi_levels("مرح 12") == [1, 1, 1, 1, 2, 2]
    assert pdf_text.bidi_levels("مرح abc ") == [1, 1, 1, 1, 2, 2, 2, 1]
    assert pdf_text.visual_order([0, 0, 1, 1, 1]) == [0, 1, 4, 3, 2]
    assert pdf_text.visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]
    assert pdf_text.base_level("123 مرح abc") == 1
    assert pdf_text.base_level("") == 0


def test_width_of_shaped_text_is_its_advance():
    assert pdf_text.width("", 10) == 0
    narrow, wide = pdf_text.width("iii", 10), pdf_text.width("WWW", 10)
    assert 0 < narrow < wide
    assert pdf_text.width("WWW", 20) == pytest.approx(2 * wide)


WORDS = st.sampled_from(["Kvinne", "æøå", "ÆØÅ", "Привет", "мир", "مواعيد", "الحافلات",
                         "في", "المساء", "የአውቶቡስ", "መርሐ", "ግብር", "12", "(x)", "Self-described",
                         "Sosioøkonomisk", "Arbeidsledig", "—", "a"])


@settings(max_examples=40, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=14),
       max_width=st.floats(min_value=45, max_value=400),
       size=st.sampled_from([6.5, 9, 12]))
def test_wrapped_lines_fit_and_keep_every_character(words, max_width, size):
    text = " ".join(words)
    lines = pdf_text.wrap(text, size, max_width)
    assert all(pdf_text.width(line, size) <= max_width + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    if all(pdf_text.width(w, size) <= max_width for w in words):
        # Breaks fall between words when every word fits on a line.
        assert [w for line in lines for w in line.split(" ") if w] == words


@settings(max_examples=25, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=40), max_width=st.floats(30, 300))
def test_fit_gives_one_line_that_fits(words, max_width):
    text = " ".join(words)
    line, size = pdf_text.fit(text, 10, max_width, min_size=7)
    assert 7 <= size <= 10
    assert pdf_text.width(line, size) <= max_width + 1e-6
    if line != text:
        assert size == 7 and line.endswith("…")


def test_explicit_line_breaks_are_kept():
    assert pdf_text.wrap("one\ntwo", 10, 500) == ["one", "two"]
