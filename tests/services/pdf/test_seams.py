"""The seams of the pdf package: text.font_coverage (used by paragraphs.markup) and
paragraphs.is_rtl (used by the workshop report's appendix)."""

from __future__ import annotations

from smartcity_desktop.services.pdf import paragraphs
from smartcity_desktop.services.pdf import text as pdf_text


def test_font_coverage_knows_what_each_font_can_show():
    coverage = pdf_text.font_coverage()
    latin = pdf_text.font_name(pdf_text.LATIN)
    ethiopic = pdf_text.font_name(pdf_text.ETHIOPIC)
    assert {ord(ch) for ch in "æøå ÆØÅ"} <= coverage[latin]
    assert ord("ሀ") not in coverage[latin] and ord("ሀ") in coverage[ethiopic]
    # markup puts exactly the run the Latin font lacks into the Ethiopic font
    assert paragraphs.markup("Bø ሀ") == f'Bø <font face="{ethiopic}">ሀ</font>'


def test_is_rtl():
    assert paragraphs.is_rtl("Hello مرحبا")
    assert paragraphs.is_rtl("שלום")
    assert not paragraphs.is_rtl("Blåbær ሀ 123")
