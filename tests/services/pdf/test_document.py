"""The shared PDF building blocks (services/report_pdf.py), without Qt."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph

from smartcity_desktop.services.pdf import charts, paragraphs, report_texts
from smartcity_desktop.services.pdf import document as R

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Библиотека на Торвет"


def page_texts(path) -> list[str]:
    """Each page's text, NFKC-normalised: HarfBuzz-shaped Arabic is extracted as presentation
    forms (e.g. U+FEE3), which NFKC folds back to the letters typed; white space runs become
    single spaces. pypdf puts a run of right-to-left glyphs back in logical order, so a phrase
    drawn right to left comes out as typed."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in pypdf.PdfReader(str(path)).pages]


def outline_titles(path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(pypdf.PdfReader(str(path)).outline, 0)
    return found


def small_doc(path: Path, language="en", large_print=False, progress=None) -> int:
    doc = R.ReportDoc(path, title="Test", footer="W1 · 3 May 2026 · Åsen", language=language,
                      large_print=large_print)
    st = doc.st
    story = [paragraphs.para("Cover æøå", st["title"]), NextPageTemplate("body"), PageBreak(),
             paragraphs.para(doc.words["contents"], st["h1"]), doc.toc(), PageBreak()]
    for n in range(3):
        story += [doc.heading(f"Section {n} æøå"), doc.heading(f"Part {n}.1", 2),
                  paragraphs.para(ARABIC, st["body"]),
                  paragraphs.para(f"{ETHIOPIC} · {CYRILLIC}", st["body"]),
                  charts.bar_chart(["a", ARABIC, ETHIOPIC], [1, 5, 3], width=300, height=60),
                  PageBreak()]
    return doc.build(story, progress=progress)


def test_nb_texts_have_every_english_key():
    assert set(report_texts.texts("nb")) == set(report_texts.texts("en"))
    assert all(report_texts.texts("nb").values())
    assert report_texts.texts("xx") is report_texts.texts("en")
    # Placeholders match, so a Norwegian text never misses a figure.
    for key, en in report_texts.texts("en").items():
        assert sorted(_fields(en)) == sorted(_fields(report_texts.texts("nb")[key])), key


def _fields(text: str) -> list[str]:
    import string
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def test_styles_and_large_print():
    normal, large = R.styles(), R.styles(large_print=True)
    assert set(normal) >= {"title", "subtitle", "h1", "h2", "body", "small", "cell", "cell_bold"}
    assert large["body"].fontSize >= 16 > normal["body"].fontSize
    assert large["body"].leading > large["body"].fontSize


def test_para_escapes_markup_and_picks_fonts():
    st = R.styles()
    p = paragraphs.para("a <b>b</b> & c", st["body"])
    assert isinstance(p, Paragraph)
    assert "&lt;b&gt;" in p.text and "&amp;" in p.text
    eth = paragraphs.para(f"Åsen {ETHIOPIC}", st["body"])
    assert 'face="SC-NotoSansEthiopic"' in eth.text and "Åsen" in eth.text
    bold = paragraphs.markup(ETHIOPIC, bold=True)
    assert "SC-NotoSansEthiopic-Bold" in bold
    rtl = paragraphs.para(ARABIC, st["body"])
    assert isinstance(rtl, paragraphs.BidiParagraph)
    # A long right-to-left paragraph wraps and splits between lines.
    long = paragraphs.para(" ".join([ARABIC] * 40), st["body"])
    w, h = long.wrap(200, 1000)
    assert h > st["body"].leading * 3
    first, rest = long.split(200, st["body"].leading * 2.5)
    assert len(first._lines) == 2 and len(rest._lines) == len(long._lines) - 2


def test_document_has_toc_bookmarks_footer_and_all_scripts(tmp_path):
    target = tmp_path / "doc.pdf"
    calls = []
    result = R.write_pdf_atomically(target, lambda p: small_doc(p, progress=lambda d, t: (
        calls.append((d, t)), True)[1]))
    assert result.path == target and result.pages == 5
    assert target.stat().st_mode & 0o777 == 0o644      # not the temporary file's 0600
    texts = page_texts(target)
    assert "Page" not in texts[0]                       # no footer on the cover
    assert "Page 2 of 5" in texts[1] and "W1 · 3 May 2026 · Åsen" in texts[1]
    # The TOC lists every heading with its page.
    toc = texts[1]
    assert "Contents" in toc
    for n in range(3):
        assert f"Section {n} æøå" in toc and f"Part {n}.1" in toc
    assert "Section 2 æøå . " in toc or "Section 2 æøå" in toc
    assert outline_titles(target) == [
        (0, "Section 0 æøå"), (1, "Part 0.1"), (0, "Section 1 æøå"), (1, "Part 1.1"),
        (0, "Section 2 æøå"), (1, "Part 2.1")]
    body = texts[2]
    assert ARABIC in body and ETHIOPIC in body and CYRILLIC in body
    assert " ".join(reversed(ARABIC.split())) not in body
    fonts = _fonts(target, 2)
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular"} <= fonts
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def _fonts(path, index) -> set[str]:
    page = pypdf.PdfReader(str(path)).pages[index]
    fonts = page["/Resources"]["/Font"]
    return {str(fonts[name].get_object()["/BaseFont"]).split("+")[-1] for name in fonts}


def test_nb_footer_and_large_print(tmp_path):
    target = tmp_path / "nb.pdf"
    R.write_pdf_atomically(target, lambda p: small_doc(p, "nb", large_print=True))
    texts = page_texts(target)
    assert "Innhold" in texts[1] and "Side 2 av" in texts[1]


def test_cancel_leaves_no_file(tmp_path):
    target = tmp_path / "c.pdf"
    with pytest.raises(R.ReportCancelled) as caught:
        R.write_pdf_atomically(target, lambda p: small_doc(p, progress=lambda d, t: d == 0))
    assert caught.value.code == "report_cancelled" and "nothing was written" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path):
    target = tmp_path / "nope" / "r.pdf"
    with pytest.raises(R.ReportError) as caught:
        R.write_pdf_atomically(target, lambda p: pytest.fail("must not build"))
    assert "does not exist" in caught.value.message and caught.value.code == "report_failed"
    assert not target.parent.exists()
    with pytest.raises(R.ReportError, match="is a folder"):
        R.write_pdf_atomically(tmp_path, lambda p: 1)


def test_read_only_folder_is_a_clear_error(tmp_path, monkeypatch):
    """Tests run as root, for whom chmod does not stop writes: simulate the OSError that a
    read-only folder gives when the temporary file is created."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(R.ReportError) as caught:
        R.write_pdf_atomically(tmp_path / "r.pdf", lambda p: pytest.fail("must not build"))
    assert "Permission denied" in caught.value.message and "choose a folder" in \
        caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_failing_write_or_rename_leaves_nothing(tmp_path, monkeypatch):
    def disk_full(path):
        Path(path).write_bytes(b"%PDF-partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(R.ReportError, match="No space left"):
        R.write_pdf_atomically(tmp_path / "r.pdf", disk_full)
    assert list(tmp_path.iterdir()) == []

    import os

    def no_rename(a, b):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(R.ReportError, match="nothing was saved"):
        R.write_pdf_atomically(tmp_path / "r.pdf", lambda p: small_doc(p))
    assert list(tmp_path.iterdir()) == []
    # An existing report is not touched by a failed rebuild.
    monkeypatch.undo()
    (tmp_path / "r.pdf").write_bytes(b"old")
    with pytest.raises(ZeroDivisionError):
        R.write_pdf_atomically(tmp_path / "r.pdf", lambda p: 1 / 0)
    assert (tmp_path / "r.pdf").read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_charts_scale_and_label():
    chart = charts.bar_chart(["one", "two", ARABIC], [2, 4, 0], width=300, height=60,
                             colours=["#E5243B", "#4C9F38", "#26BDE2"])
    bars = [n for n in chart.contents if type(n).__name__ == "Rect"]
    assert len(bars) == 2                                   # a zero draws no bar
    assert bars[1].width == pytest.approx(2 * bars[0].width)
    assert [label[2] for label in chart.labels if label[5] == "right"] == ["one", "two", ARABIC]
    assert chart.width == 300 and chart.height <= 60 + 4
    paired = charts.paired_bar_chart(["W", "M"], [0.5, None], [0.25, 0.5], width=300, height=80,
                                     legend=("Participants", "Reference"))
    rects = [n for n in paired.contents if type(n).__name__ == "Rect"]
    assert len(rects) == 2 + 3          # two legend keys, three bars (None draws none)
    assert "–" in [label[2] for label in paired.labels]
    assert charts.bar_chart([], [], width=100, height=50).labels == []


# --------------------------------------------------------------------------- file permissions
@pytest.fixture
def umask_022():
    old = __import__("os").umask(0o022)
    yield
    __import__("os").umask(old)


@pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX permission bits")
def test_finished_reports_and_exports_are_ordinary_files_not_private(db, tmp_path, umask_022):
    """The temporary files come from mkstemp/mkdtemp (0600/0700); every finished report and
    export must be readable like any document (0644, folders 0755), or keep the mode of the
    file it replaces."""
    import os
    import stat

    from smartcity_desktop.services import demo
    from smartcity_desktop.services.exports import open_data
    from smartcity_desktop.services.exports import tables as exports
    from smartcity_desktop.services.reports import (
        brief as challenge_brief,
    )
    from smartcity_desktop.services.reports import (
        feedback as feedback_report,
    )
    from smartcity_desktop.services.reports import (
        workshop as reports,
    )
    from smartcity_desktop.services.workshop import projects

    project_id = demo.load_demo(db)
    w1 = next(w for w in projects.list_workshops(db, project_id) if w.code == "W1")
    theme = next(t for t in projects.list_themes(db, project_id)
                 if t.name == "Mobility and transport")
    out = tmp_path / "out"
    out.mkdir()

    def mode(path) -> int:
        return stat.S_IMODE(os.stat(path).st_mode)

    made = [
        reports.build_workshop_report(db, w1.id, out / "w1.pdf").path,
        reports.build_project_report(db, project_id, out / "project.pdf").path,
        feedback_report.build_feedback_report(db, w1.id, out / "feedback.pdf").path,
    ]
    brief = challenge_brief.build_challenge_brief(db, project_id, out / "brief.pdf",
                                                  theme_id=theme.id)
    made += [brief.path, brief.markdown_path]
    made.append(exports.export_xlsx(db, out / "ideas.xlsx", project_id=project_id))
    ideas = exports.select_ideas(db, project_id=project_id)
    made.append(exports.export_decidim(db, out / "proposals.csv", ideas))
    made.append(exports.export_decidim(db, out / "proposals.json", ideas, fmt="json"))
    made += exports.export_csv(db, out, project_id=project_id)
    package = open_data.write_open_data_package(db, project_id, out / "open-data")
    made += sorted(package.iterdir())
    assert len(made) > 12
    for path in made:
        assert mode(path) == 0o644, (path.name, oct(mode(path)))
    assert mode(package) == 0o755
    # nothing temporary is left behind
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]

    # Replacing a file keeps that file's mode (here: not readable by others).
    for path in (out / "w1.pdf", out / "ideas.xlsx"):
        os.chmod(path, 0o640)
    reports.build_workshop_report(db, w1.id, out / "w1.pdf")
    exports.export_xlsx(db, out / "ideas.xlsx", project_id=project_id)
    assert mode(out / "w1.pdf") == mode(out / "ideas.xlsx") == 0o640
