"""Paper forms (registration forms and idea cards) as PDF, without Qt."""

from __future__ import annotations

import json
import tempfile
import unicodedata

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab.graphics.barcode import qrencoder

from smartcity_desktop.core.errors import NotFoundError, SmartCityError, ValidationError
from smartcity_desktop.core.sdgs import SDG_TITLES_NB, SDGS
from smartcity_desktop.services.paper import form_canvas, form_texts
from smartcity_desktop.services.paper import forms as paper_forms
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.models import DemographicCategory, Workshop

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Библиотека на Торвет"


def page_texts(path) -> list[str]:
    """Each page's text, NFKC-normalised (shaped Arabic comes out as presentation forms and
    Latin ligatures as ﬁ), with runs of white space made single spaces."""
    reader = pypdf.PdfReader(str(path))
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in reader.pages]


def raw_texts(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def fonts_on(path, index: int) -> set[str]:
    page = pypdf.PdfReader(str(path)).pages[index]
    fonts = page["/Resources"]["/Font"]
    return {str(fonts[name].get_object()["/BaseFont"]) for name in fonts}


def rename_category(db, project_id: str, dimension: str, key: str, label: str) -> None:
    dim = next(d for d in projects.list_dimensions(db, project_id) if d.key == dimension)
    with db.session() as s:
        row = s.get(DemographicCategory, dim.category(key).id)
        row.label = label
        s.add(row)
        s.commit()


@pytest.fixture
def out_dir(tmp_path):
    """The folder the PDFs go to (tmp_path itself holds the test database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def build(db, workshop, out_dir, name="forms.pdf", **kwargs):
    out = out_dir / name
    result = paper_forms.build_forms_pdf(db, workshop.id, out, **kwargs)
    return out, result


# --------------------------------------------------------------------------- contents
def test_registration_form_and_cards_carry_code_labels_and_page_numbers(db, project, workshop,
                                                                       out_dir):
    out, result = build(db, workshop, out_dir, cards=3)
    assert result.path == out and out.is_file()
    assert [p.form for p in result.pages] == ["registration", "idea", "idea"]
    texts = page_texts(out)
    assert len(texts) == result.page_count == 3
    for n, text in enumerate(texts, 1):
        assert "W1" in text
        assert f"Page {n} of 3" in text
    registration = texts[0]
    dims = projects.list_dimensions(db, project.id)
    assert len(dims) == 5
    for dim in dims:
        assert dim.label in registration
        assert any(c.is_prefer_not_to_say for c in dim.categories)
        for cat in dim.categories:
            assert cat.label in registration, cat.label
    for fixed in ("Registration", "Participant code", "Consent", "Prefer not to say",
                  "If you describe yourself", "Consent text version 1",
                  "only if you ticked", "Name", "E-mail", "Phone",
                  "I agree to be contacted", "Green mobility 2030"):
        assert fixed in registration, fixed
    # Three cards: two on the first card page, one on the second.
    card = "Describe your need or idea"
    assert texts[1].count(card) == 2 and texts[2].count(card) == 1
    for sdg in SDGS:
        assert sdg.short_title in texts[1], sdg.short_title
    assert "a need or problem" in texts[1] and "an idea or solution" in texts[1]


def test_consent_version_and_themes_come_from_the_workshop_and_project(db, project, out_dir):
    workshop = projects.create_workshop(db, project.id, "W2", "Evening", consent_version="2025-03b")
    projects.add_theme(db, project.id, "Cycling")
    projects.add_theme(db, project.id, "Buses")
    out, _ = build(db, workshop, out_dir, cards=2)
    texts = page_texts(out)
    assert "Consent text version 2025-03b" in texts[0]
    assert "W2" in texts[0] and "W1" not in texts[0]
    assert "Cycling" in texts[1] and "Buses" in texts[1]


def test_too_many_themes_give_a_line_to_write_on(db, project, workshop, out_dir):
    names = [f"Theme number {n} with a long name" for n in range(12)]
    for name in names:
        projects.add_theme(db, project.id, name)
    out, _ = build(db, workshop, out_dir, cards=1, registrations=0)
    text = page_texts(out)[0]
    assert "Theme:" in text
    assert not any(name in text for name in names)


def test_labels_in_any_script_are_set_in_the_right_font(db, project, workshop, out_dir):
    rename_category(db, project.id, "gender", "woman", "Kvinne æøå ÆØÅ")
    rename_category(db, project.id, "stakeholder", "resident", ARABIC)
    rename_category(db, project.id, "age", "80+", ETHIOPIC)
    with db.session() as s:
        row = s.get(Workshop, workshop.id)
        row.venue = CYRILLIC
        s.add(row)
        s.commit()
    projects.add_theme(db, project.id, "مواعيد")
    out, _ = build(db, workshop, out_dir, cards=1)
    texts = page_texts(out)
    for label in ("Kvinne æøå ÆØÅ", ARABIC, ETHIOPIC, CYRILLIC):
        assert label in texts[0], label
    assert CYRILLIC in texts[1] and "مواعيد" in texts[1]
    # Shaped: the Arabic letters were drawn in their joined (contextual) forms, which the
    # text layer reports as presentation forms; unshaped text would show none of them.
    assert any(0xFB50 <= ord(ch) <= 0xFEFF for ch in raw_texts(out)[0])
    fonts = fonts_on(out, 0)
    assert any("NotoSansArabic" in f for f in fonts), fonts
    assert any("NotoSansEthiopic" in f for f in fonts), fonts
    assert any("NotoSans-Regular" in f for f in fonts), fonts


def test_arabic_words_are_in_right_to_left_order(db, project, workshop, out_dir):
    """pypdf turns right-to-left glyph runs back into logical order, so the phrase is found
    only when its words were drawn right to left (drawn left to right, the words would come
    out reversed: "المساء في الحافلات مواعيد")."""
    rename_category(db, project.id, "stakeholder", "resident", ARABIC)
    out, _ = build(db, workshop, out_dir, cards=0)
    text = page_texts(out)[0]
    assert ARABIC in text
    assert " ".join(reversed(ARABIC.split())) not in text


def test_norwegian_project_gets_norwegian_forms(db, out_dir):
    project = projects.create_project(db, "Grønn mobilitet på Åsen", "nb")
    workshop = projects.create_workshop(db, project.id, "N1", "Oppstart")
    out, _ = build(db, workshop, out_dir, cards=2)
    texts = page_texts(out)
    registration, cards = texts
    for fixed in ("Registrering", "Deltakerkode", "Samtykke", "Vil ikke oppgi", "Kjønn",
                  "Kvinne", "Navn", "E-post", "Telefon", "Samtykketekst versjon 1",
                  "Side 1 av 2", "Grønn mobilitet på Åsen", "Kontaktopplysninger"):
        assert fixed in registration, fixed
    for english in ("Registration", "Participant code", "Consent", "Prefer not to say",
                    "Phone", "Page 1"):
        assert english not in registration, english
    for fixed in ("Idékort", "et behov eller problem", "en idé eller løsning", "Side 2 av 2",
                  "Utrydde fattigdom", "Stoppe klimaendringene", "Livet på land"):
        assert fixed in cards, fixed
    assert "No poverty" not in cards and "Idea card" not in cards
    for number, title in SDG_TITLES_NB.items():
        assert title in cards, (number, title)


def test_every_norwegian_text_is_translated():
    en, nb = form_texts.TEXTS["en"], form_texts.TEXTS["nb"]
    assert en.keys() == nb.keys()
    for key in en:
        assert nb[key].strip() and nb[key] != en[key], key
        assert set(_placeholders(en[key])) == set(_placeholders(nb[key])), key


def _placeholders(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_pre_printed_codes_give_one_registration_form_each(db, workshop, out_dir):
    out, result = build(db, workshop, out_dir, cards=0, codes=["W1-005", "w1-006", "W1-0100"])
    texts = page_texts(out)
    assert [p.form for p in result.pages] == ["registration"] * 3
    for text, code in zip(texts, ("W1-005", "W1-006", "W1-100")):
        assert code in text
        assert "This is your code" in text


@pytest.mark.parametrize("codes, message", [
    (["W2-001"], "not a code of workshop W1"),
    (["W1-001", "w1-0001"], "given twice"),
    (["17"], "not a participant code"),
])
def test_bad_codes_are_refused(db, workshop, out_dir, codes, message):
    with pytest.raises(ValidationError, match=message):
        build(db, workshop, out_dir, codes=codes)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("kwargs, field", [
    ({"cards": -1}, "cards"),
    ({"cards": paper_forms.MAX_CARDS + 1}, "cards"),
    ({"registrations": -2}, "registrations"),
    ({"cards": 0, "registrations": 0}, "cards"),
    ({"cards": "many"}, "cards"),
])
def test_bad_counts_are_refused(db, workshop, out_dir, kwargs, field):
    with pytest.raises(ValidationError) as info:
        build(db, workshop, out_dir, **kwargs)
    assert info.value.field == field
    assert list(out_dir.iterdir()) == []


def test_only_idea_cards(db, workshop, out_dir):
    out, result = build(db, workshop, out_dir, cards=5, registrations=0)
    assert [p.form for p in result.pages] == ["idea"] * 3
    assert [len(p.qr) for p in result.pages] == [2, 2, 1]
    assert "Page 3 of 3" in page_texts(out)[2]


def test_a_project_with_many_questions_continues_the_registration_form(db, project, workshop,
                                                                      out_dir, monkeypatch):
    real = projects.list_dimensions

    def many(db_, project_id):
        dims = real(db_, project_id)
        return dims + [projects.DimensionInfo(
            f"x{i}", f"x{i}", f"Extra question {i}", False,
            tuple(projects.CategoryInfo(f"x{i}{j}", f"k{j}", f"Answer {j} to question {i} "
                                        "with a long label that wraps", False)
                  for j in range(7))) for i in range(6)]

    monkeypatch.setattr(paper_forms.projects, "list_dimensions", many)
    out, result = build(db, workshop, out_dir, cards=1, registrations=2)
    forms = [p.form for p in result.pages]
    per_form = forms.count("registration") // 2
    assert per_form >= 2 and forms == ["registration"] * (2 * per_form) + ["idea"]
    texts = page_texts(out)
    total = len(texts)
    assert f"Page {total} of {total}" in texts[-1]
    assert "Registration (continued)" in texts[1]
    joined = " ".join(texts[:per_form])
    for i in range(6):
        assert f"Extra question {i}" in joined
        assert f"Answer 6 to question {i}" in joined
    # The consent block is on the form's last page, once per form.
    assert joined.count("I agree that my answers") == 1


# --------------------------------------------------------------------------- QR codes
def qr_matches_page(pdf_path, page_index: int, mark: form_canvas.QrMark) -> tuple[int, int]:
    """Render the page and compare every module of the QR code that ``mark.payload`` makes
    with the pixels where the mark says it was drawn. Returns (modules, mismatches)."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, mark.level))
    qr.addData(mark.payload)
    qr.make()
    count = qr.getModuleCount()
    scale = 6.0
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        page = doc[page_index]
        height = page.get_height()
        image = page.render(scale=scale).to_pil().convert("L")
    finally:
        doc.close()
    module = mark.size / (count + 2 * mark.border)
    assert module * scale >= 4, "modules too small to sample"
    mismatches = 0
    for row in range(-1, count + 1):  # one ring of the quiet zone too
        for col in range(-1, count + 1):
            dark = 0 <= row < count and 0 <= col < count and bool(qr.modules[row][col])
            x = mark.x + (col + mark.border + 0.5) * module
            y = mark.y + mark.size - (row + mark.border + 0.5) * module
            pixel = image.getpixel((int(x * scale), int((height - y) * scale)))
            if (pixel < 128) != dark:
                mismatches += 1
    return (count + 2) ** 2, mismatches


def test_every_page_shows_a_qr_code_with_workshop_and_form(db, workshop, out_dir):
    out, result = build(db, workshop, out_dir, cards=3, codes=["W1-001"])
    assert len(result.pages) == 3
    for index, page in enumerate(result.pages):
        assert page.qr, f"page {page.number} has no QR code"
        for mark in page.qr:
            assert json.loads(mark.payload) == {"workshop": workshop.id, "code": "W1",
                                                "form": page.form}
            modules, mismatches = qr_matches_page(out, index, mark)
            assert mismatches == 0, f"page {page.number}: {mismatches}/{modules} modules wrong"
            # In the top right corner, as the workshop code is.
            assert mark.x + mark.size > 0.8 * form_canvas.PAGE_W


def test_the_qr_check_fails_where_no_qr_was_drawn(db, workshop, out_dir):
    """The check above would catch a missing QR: moved to an empty spot, it fails."""
    out, result = build(db, workshop, out_dir, cards=0)
    mark = result.pages[0].qr[0]
    elsewhere = form_canvas.QrMark(mark.payload, 40, 60, mark.size, mark.border, mark.level)
    _, mismatches = qr_matches_page(out, 0, elsewhere)
    assert mismatches > 100
    other = form_canvas.QrMark(mark.payload.replace("registration", "idea"), mark.x, mark.y,
                               mark.size, mark.border, mark.level)
    _, mismatches = qr_matches_page(out, 0, other)
    assert mismatches > 50


# --------------------------------------------------------------------------- output file
def test_unknown_workshop(db, out_dir):
    with pytest.raises(NotFoundError):
        paper_forms.build_forms_pdf(db, "no-such-id", out_dir / "x.pdf")
    assert list(out_dir.iterdir()) == []


def test_missing_folder_is_a_clear_error(db, workshop, out_dir):
    with pytest.raises(ValidationError, match="does not exist") as info:
        paper_forms.build_forms_pdf(db, workshop.id, out_dir / "nope" / "forms.pdf")
    assert info.value.field == "out"
    assert not (out_dir / "nope").exists()


def test_a_folder_or_a_file_as_folder_is_refused(db, workshop, out_dir):
    with pytest.raises(ValidationError, match="is a folder"):
        paper_forms.build_forms_pdf(db, workshop.id, out_dir)
    plain = out_dir / "plain.txt"
    plain.write_text("x")
    with pytest.raises(ValidationError, match="does not exist"):
        paper_forms.build_forms_pdf(db, workshop.id, plain / "forms.pdf")
    assert plain.read_text() == "x"


def test_unwritable_folder_is_a_clear_error(db, workshop, out_dir, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ValidationError, match="Cannot write in the folder .*Permission denied"):
        paper_forms.build_forms_pdf(db, workshop.id, out_dir / "forms.pdf")
    assert list(out_dir.iterdir()) == []


def test_failure_midway_leaves_no_partial_file_and_keeps_the_old_one(db, workshop, out_dir):
    out = out_dir / "forms.pdf"
    out.write_bytes(b"old forms")

    def explode(done, total):
        if done >= 2:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        paper_forms.build_forms_pdf(db, workshop.id, out, cards=6, progress=explode)
    assert out.read_bytes() == b"old forms"
    assert sorted(p.name for p in out_dir.iterdir()) == ["forms.pdf"]


def test_cancel_through_progress(db, workshop, out_dir):
    seen = []

    def cancel(done, total):
        seen.append((done, total))
        return done < 3

    with pytest.raises(paper_forms.FormsCancelled):
        paper_forms.build_forms_pdf(db, workshop.id, out_dir / "f.pdf", cards=10,
                                    progress=cancel)
    assert list(out_dir.iterdir()) == []
    assert seen[0] == (1, 11) and seen[-1][0] >= 3


def test_a_write_error_is_reported_and_cleaned_up(db, workshop, out_dir, monkeypatch):
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paper_forms.os, "replace", full)
    with pytest.raises(SmartCityError, match="No space left"):
        paper_forms.build_forms_pdf(db, workshop.id, out_dir / "forms.pdf")
    assert list(out_dir.iterdir()) == []


def test_progress_reaches_the_total_and_output_replaces_atomically(db, workshop, out_dir):
    calls = []
    out = out_dir / "forms.pdf"
    out.write_bytes(b"old")
    result = paper_forms.build_forms_pdf(db, workshop.id, out, cards=4, registrations=2,
                                         progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (6, 6)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert out.read_bytes().startswith(b"%PDF") and result.page_count == 4
    assert [p.name for p in out_dir.iterdir()] == ["forms.pdf"]


def test_same_input_gives_the_same_file(db, workshop, out_dir):
    a, _ = build(db, workshop, out_dir, "a.pdf", cards=2)
    b, _ = build(db, workshop, out_dir, "b.pdf", cards=2)
    assert a.read_bytes() == b.read_bytes()


def test_the_pdf_is_an_ordinary_readable_document(db, workshop, out_dir):
    """mkstemp makes private 0600 files; printed forms get rw-r--r--, or keep the mode of the
    file they replace."""
    path, _ = build(db, workshop, out_dir)
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o640)
    build(db, workshop, out_dir)
    assert path.stat().st_mode & 0o777 == 0o640
