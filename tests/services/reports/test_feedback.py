""""You said, we did" (services.feedback_report) and ``smartcity report feedback``, without Qt.

Reading the PDFs back: pypdf gives each page's text; shaped Arabic comes out as Unicode
presentation forms (NFKC turns them back into the ordinary letters). pypdf reports glyph runs in
the order they were drawn and reverses right-to-left runs, so an Arabic phrase drawn correctly
(words right to left) reads back in logical order, and a phrase drawn left to right would read
back with its words reversed. So the tests look for the phrase itself and make sure its
word-reversed form is absent.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import statistics
import unicodedata

import pypdf
import pytest
from typer.testing import CliRunner

import smartcity_desktop.cli.commands_brief  # noqa: F401 - registers the commands
from smartcity_desktop.cli import app
from smartcity_desktop.core.enums import IdeaKind, IdeaStatus
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.pdf import document as report_pdf
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.reports import feedback as feedback_report
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage import files as atomic_files

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Больше скамеек у библиотеки"
NORWEGIAN = "Sykkelvei langs Åsveien med færre biler og økt trygghet"

# Personal data seeded on purpose: none of it may reach the PDF.
CONTACT_NAME, EMAIL, PHONE = "Åsmund Kontaktsen", "asmund.k@example.org", "+47 912 34 567"
SELF_DESCRIPTION = "Selvbeskrevet Unikord"
FACILITATOR = "Fasilitator Flinkesen"
VOLUNTEER = "Frivillig Vollan"
DECIDER = "Beslutter Bakke"
TABLE_GROUP = "Bordgruppe Zeta"
NOTES = "Intern merknad om Kari"
PERSONAL = (CONTACT_NAME, EMAIL, PHONE, SELF_DESCRIPTION, FACILITATOR, VOLUNTEER, DECIDER,
            TABLE_GROUP, NOTES)
# Labels of the demographic questions and answers (default English set).
DEMOGRAPHIC_LABELS = ("Gender", "Woman", "Man", "Self-described", "Age", "20–44",
                      "Prefer not to say", "Stakeholder group", "Resident",
                      "Cultural background", "Immigrated", "Socioeconomic background", "Retired")


def pdf_text(path) -> str:
    """All pages' text, NFKC-normalised, white space collapsed."""
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
                    for page in reader.pages)


def page_texts(path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
            for p in pypdf.PdfReader(str(path)).pages]


def text_sizes(path) -> list[tuple[float, int]]:
    """(effective font size, characters) of every text run, from the content streams."""
    runs: list[tuple[float, int]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            runs.append((round(font_size * scale, 1), len(text.strip())))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def weighted_median_size(path) -> float:
    sizes = [size for size, n in text_sizes(path) for _ in range(n)]
    return statistics.median(sizes)


@pytest.fixture
def city(db, project):
    """A workshop with personal data of every kind, ideas in several scripts, decisions, a
    dot-voting round with 6 voters, and a later workshop."""
    w1 = projects.create_workshop(db, project.id, "W1", "Kveldsmøte om mobilitet",
                                  dt.date(2026, 3, 10), "Biblioteket på Torget",
                                  f"{FACILITATOR}\nAnnen Person")
    later = projects.create_workshop(db, project.id, "W2", "Oppfølgingsmøte",
                                     dt.date(2026, 6, 2), "Skolen på Åsen")
    with db.session() as s:
        from smartcity_desktop.storage.models import Workshop

        row = s.get(Workshop, w1.id)
        row.notes = NOTES
        s.add(row)
        s.commit()
    mobility = projects.add_theme(db, project.id, "Mobilitet og transport")
    green = projects.add_theme(db, project.id, "Grønne områder")
    people = []
    answers = [{"gender": "woman", "age": "20-44"}, {"gender": "man", "stakeholder": "resident"},
               {"gender": "self_described", "cultural_background": "immigrant"},
               {"gender": "prefer_not_to_say", "socioeconomic": "retired"}, {}, {}]
    for n, given in enumerate(answers):
        people.append(participants.register_participant(db, w1.id, ParticipantInput(
            answers=given, consent_processing=True, consent_contact=n == 0,
            self_description=SELF_DESCRIPTION if given.get("gender") == "self_described"
            else None,
            contact=ContactInput(CONTACT_NAME, EMAIL, PHONE) if n == 0 else None)))
    codes = [p.code for p in people]

    def add(text, theme, kind=IdeaKind.IDEA, title=None, author=None, group=None):
        return capture.add_idea(db, w1.id, IdeaInput(
            text=text, kind=kind, title=title, theme_id=theme, sdgs=(11,),
            author_participant_id=author, author_table_group=group, entered_by=VOLUNTEER))

    ids = {
        "norwegian": add(NORWEGIAN, mobility.id, title="Tryggere sykkelvei",
                         author=people[0].id),
        "arabic": add(ARABIC, mobility.id, IdeaKind.NEED, author=people[2].id),
        "ethiopic": add(ETHIOPIC, mobility.id, group=TABLE_GROUP),
        "cyrillic": add(CYRILLIC, green.id, author=people[3].id),
        "plain": add("Plant trees along the school road", green.id, author=people[1].id),
        "loose": add("Longer opening hours at the library", None),
    }
    lifecycle.change_status(db, ids["norwegian"], IdeaStatus.ACCEPTED,
                            "Budsjettet for 2027 har satt av penger", dt.date(2026, 5, 1),
                            changed_by=DECIDER)
    lifecycle.change_status(db, ids["plain"], IdeaStatus.DECLINED,
                            "The road is too narrow for trees", dt.date(2026, 4, 20),
                            changed_by=DECIDER)
    lifecycle.change_status(db, ids["cyrillic"], IdeaStatus.UNDER_REVIEW,
                            "Checking the cost with the parks office", dt.date(2026, 4, 2),
                            changed_by=DECIDER)
    rnd = prioritise_rounds.create_round(db, w1.id, "dots", "Prikkstemming", dots_per_participant=3)
    for person in people:
        prioritise_votes.add_dot_ballot(db, rnd.id, person.id, [ids["arabic"], ids["arabic"],
                                                                ids["plain"]])
    return dict(workshop=w1, later=later, people=people, codes=codes, ids=ids,
                project=project)


def build(db, workshop, path, **kw):
    return feedback_report.build_feedback_report(db, workshop.id, path, **kw)


# --------------------------------------------------------------------------- content


def test_sections_counts_and_idea_texts_in_every_script(db, city, tmp_path):
    out = tmp_path / "feedback.pdf"
    result = build(db, city["workshop"], out)
    assert result.path == out and out.exists() and result.pages >= 1
    assert result.pages == len(pypdf.PdfReader(str(out)).pages)
    text = pdf_text(out)
    for title in ("You said, we did", "What you said", "What you prioritised",
                  "What we decided, and why", "What happens next, and when"):
        assert title in text, title
    # the counts: 6 registered people, 6 contributions, 6 voters in the round
    assert "6 people took part and shared 6 needs and ideas." in text
    assert "“Prikkstemming” (dot voting): 6 people voted." in text
    # grouped by theme, with the count of each theme
    assert "Mobilitet og transport" in text and "Grønne områder" in text
    assert "Other topics" in text  # the idea without a theme
    assert "1 need and 2 ideas." in text
    for words in (NORWEGIAN, "Tryggere sykkelvei", ETHIOPIC, CYRILLIC,
                  "Longer opening hours at the library"):
        assert words in text, words
    assert ARABIC in text
    assert " ".join(reversed(ARABIC.split())) not in text
    # decisions with reason and date; under review with its date; the next workshop
    assert "Accepted into the plan (1)" in text and "Not taken forward (1)" in text
    assert "Why: Budsjettet for 2027 har satt av penger" in text
    assert "Decided on 1 May 2026" in text and "Decided on 20 April 2026" in text
    assert "Being looked at now (1)" in text and "Since 2 April 2026" in text
    assert "Checking the cost with the parks office" in text
    assert "1 idea from this workshop is part of the plan." in text
    assert ("The next workshop, “Oppfølgingsmøte”, is on 2 June 2026 at Skolen på Åsen."
            in text)
    assert "3 needs and ideas have not been looked at yet." in text
    assert "decisions made up to 1 May 2026" in text
    # the fonts of every script are embedded
    fonts = set()
    for page in pypdf.PdfReader(str(out)).pages:
        res = page["/Resources"]["/Font"]
        fonts |= {str(res[name].get_object()["/BaseFont"]) for name in res}
    for family in ("NotoSans-Regular", "NotoSansArabic", "NotoSansEthiopic"):
        assert any(family in f for f in fonts), (family, fonts)


def test_no_personal_data_anywhere(db, city, tmp_path):
    """Participant codes, contact details, self-descriptions, demographic labels, facilitator,
    volunteer and decider names, table groups and notes are all in the database, and none is
    in the PDF (text and metadata) or in the data the PDF is made from."""
    out = tmp_path / "feedback.pdf"
    build(db, city["workshop"], out)
    text = pdf_text(out)
    raw = " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    meta = " ".join(str(v) for v in (pypdf.PdfReader(str(out)).metadata or {}).values())
    data = repr(feedback_report.feedback_data(db, city["workshop"].id))
    for where in (text, raw, meta, data):
        for secret in PERSONAL:
            assert secret not in where, secret
        for code in city["codes"]:
            assert code not in where, code
        assert not re.search(r"\bW1-\d{3}\b", where)
        for label in DEMOGRAPHIC_LABELS:
            assert not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", where), label
    # the seeded data really is there, so the test above is not vacuous
    assert participants.list_participants(db, city["workshop"].id)[0].code in city["codes"]
    assert "Gender" in [d.label for d in projects.list_dimensions(db, city["project"].id)]


def test_fewer_than_five_people_is_not_a_number(db, project, tmp_path):
    workshop = projects.create_workshop(db, project.id, "S1", "Lite møte", dt.date(2026, 1, 5))
    for _ in range(3):
        participants.register_participant(db, workshop.id, ParticipantInput())
    capture.add_idea(db, workshop.id, IdeaInput(text="Flere benker i parken"))
    rnd = prioritise_rounds.create_round(db, workshop.id, "dots", "Runde")
    voters = participants.list_participants(db, workshop.id)
    ideas = capture.idea_rowids(db, capture.IdeaQuery(workshop_id=workshop.id))
    idea_id = capture.fetch_idea_rows(db, ideas)[ideas[0]].id
    for person in voters:
        prioritise_votes.add_dot_ballot(db, rnd.id, person.id, [idea_id])
    out = tmp_path / "small.pdf"
    build(db, workshop, out)
    text = pdf_text(out)
    assert "Fewer than 5 people took part and shared 1 need or idea." in text
    assert "fewer than 5 people voted" in text
    assert "3 people" not in text
    assert "No decisions have been made yet" in text
    assert "No further workshops are planned yet." in text


def test_norwegian(db, city, tmp_path):
    out = tmp_path / "nb.pdf"
    build(db, city["workshop"], out, language="nb")
    text = pdf_text(out)
    for words in ("Dere sa, vi gjorde", "Dette sa dere", "Dette prioriterte dere",
                  "Dette har vi bestemt, og hvorfor", "Dette skjer videre, og når",
                  "6 personer deltok og kom med 6 behov og ideer.", "Tatt inn i planen (1)",
                  "Bestemt 1. mai 2026", "Hvorfor: Budsjettet", "Side 1 av", NORWEGIAN):
        assert words in text, words
    for english in ("You said", "What you said", "Decided on", "Page 1"):
        assert english not in text, english


def test_large_print_has_larger_type_and_fewer_characters_per_page(db, city, tmp_path):
    workshop = city["workshop"]
    for n in range(8):  # enough text to fill several pages
        theme = projects.add_theme(db, city["project"].id, f"Tema {n}")
        for k in range(5):
            capture.add_idea(db, workshop.id, IdeaInput(
                text=f"Forslag {n}.{k}: bedre belysning, benker og skilt på gangveien mellom "
                     "skolen, butikken og helsestasjonen, så flere kan gå trygt om kvelden.",
                theme_id=theme.id))
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    a = build(db, workshop, normal)
    b = build(db, workshop, large, large_print=True)
    # the type size of most of the text, read from the content streams
    assert weighted_median_size(normal) < 12
    assert weighted_median_size(large) >= 16
    # the same words, on more pages, with fewer characters on a full page
    for text in (pdf_text(normal), pdf_text(large)):
        assert "Forslag 0.0: bedre belysning" in text and "Forslag 7.4: bedre" in text
    assert a.pages >= 3 and b.pages >= a.pages * 1.5
    first_normal, first_large = (len(page_texts(p)[0].replace(" ", "")) for p in (normal, large))
    assert first_large < first_normal / 1.8, (first_normal, first_large)
    assert NORWEGIAN in pdf_text(large) and ARABIC in pdf_text(large)


def test_long_themes_are_shortened(db, project, tmp_path):
    workshop = projects.create_workshop(db, project.id, "L1", "Mange ideer")
    theme = projects.add_theme(db, project.id, "Energi")
    long_text = "Solceller på taket av skolen. " * 40
    capture.add_idea(db, workshop.id, IdeaInput(text=long_text, theme_id=theme.id))
    for n in range(9):
        capture.add_idea(db, workshop.id, IdeaInput(text=f"Forslag nummer {n} om energi",
                                                    theme_id=theme.id))
    out = tmp_path / "long.pdf"
    build(db, workshop, out)
    text = pdf_text(out)
    shown = feedback_report.MAX_QUOTES_PER_THEME
    assert f"... and {10 - shown} more in this theme." in text  # "…" after NFKC
    assert "Solceller på taket av skolen." in text
    assert long_text.strip() not in text  # shortened to MAX_QUOTE_CHARS
    assert text.count("Solceller på taket") < 40


# --------------------------------------------------------------------------- bad input


def test_unknown_workshop_and_no_ideas_write_nothing(db, project, tmp_path):
    with pytest.raises(NotFoundError):
        feedback_report.build_feedback_report(db, "no-such-id", tmp_path / "x.pdf")
    empty = projects.create_workshop(db, project.id, "E1", "Tomt")
    with pytest.raises(ValidationError, match="no ideas"):
        build(db, empty, tmp_path / "x.pdf")
    assert not [name for name in os.listdir(tmp_path) if "x" in name]


def test_missing_folder(db, city, tmp_path):
    with pytest.raises(report_pdf.ReportError, match="does not exist"):
        build(db, city["workshop"], tmp_path / "missing" / "x.pdf")
    assert not (tmp_path / "missing").exists()


def test_read_only_folder_leaves_nothing(db, city, tmp_path, monkeypatch):
    """The tests run as root, who may write anywhere; a read-only folder is simulated by
    making the temporary file (and, separately, the final rename) fail with EACCES."""
    folder = tmp_path / "out"
    folder.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(atomic_files.tempfile, "mkstemp", refuse)
        with pytest.raises(report_pdf.ReportError, match="Cannot write"):
            build(db, city["workshop"], folder / "x.pdf")
    assert os.listdir(folder) == []
    with monkeypatch.context() as m:
        m.setattr(atomic_files.os, "replace", refuse)
        with pytest.raises(report_pdf.ReportError):
            build(db, city["workshop"], folder / "x.pdf")
    assert os.listdir(folder) == []


@pytest.mark.parametrize("stop_after", [0, 1, 3])
def test_cancel_leaves_no_file_and_keeps_an_old_one(db, city, tmp_path, stop_after):
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "x.pdf"
    old.write_bytes(b"the previous report")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) <= stop_after

    with pytest.raises(report_pdf.ReportCancelled):
        build(db, city["workshop"], old, progress=progress)
    assert os.listdir(folder) == ["x.pdf"]
    assert old.read_bytes() == b"the previous report"


def test_progress_is_reported(db, city, tmp_path):
    calls = []
    build(db, city["workshop"], tmp_path / "x.pdf",
          progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(0 <= d <= t for d, t in calls)


# --------------------------------------------------------------------------- CLI


def run(db, *args):
    return CliRunner().invoke(app, ["--db", str(db.path), *args])


def test_cli_report_feedback(db, city, tmp_path):
    out = tmp_path / "cli.pdf"
    result = run(db, "report", "feedback", "w1", "--out", str(out), "--large-print",
                 "--lang", "nb")
    assert result.exit_code == 0, result.output
    assert f"to {out}" in result.output
    text = pdf_text(out)
    assert "Dere sa, vi gjorde" in text and NORWEGIAN in text
    assert weighted_median_size(out) >= 16


def test_cli_errors_are_clear_and_write_nothing(db, city, tmp_path):
    out = tmp_path / "cli.pdf"
    result = run(db, "report", "feedback", "W9", "--out", str(out))
    assert result.exit_code == 2
    assert "No workshop with code 'W9'" in result.output
    result = run(db, "report", "feedback", "W1", "--out", str(out), "--lang", "de")
    assert result.exit_code == 2 and "--lang must be one of en, nb" in result.output
    result = run(db, "report", "feedback", "W1", "--out", str(tmp_path / "nope" / "x.pdf"))
    assert result.exit_code == 2 and "does not exist" in result.output
    empty = projects.create_workshop(db, city["project"].id, "E1", "Tomt")
    result = run(db, "report", "feedback", empty.code, "--out", str(out))
    assert result.exit_code == 2 and "has no ideas yet" in result.output
    assert not out.exists()


def test_theme_counts_read_naturally(db, project, tmp_path):
    workshop = projects.create_workshop(db, project.id, "N1", "Navn")
    only_ideas = projects.add_theme(db, project.id, "Bare ideer")
    only_needs = projects.add_theme(db, project.id, "Bare behov")
    for n in range(2):
        capture.add_idea(db, workshop.id, IdeaInput(text=f"Idé {n}", theme_id=only_ideas.id))
    capture.add_idea(db, workshop.id, IdeaInput(text="Et behov", kind=IdeaKind.NEED,
                                                theme_id=only_needs.id))
    rnd = prioritise_rounds.create_round(db, workshop.id, "dots", "Dot voting")
    person = participants.register_participant(db, workshop.id, ParticipantInput())
    ideas = capture.idea_rowids(db, capture.IdeaQuery(workshop_id=workshop.id))
    prioritise_votes.add_dot_ballot(db, rnd.id, person.id,
                                    [capture.fetch_idea_rows(db, ideas)[ideas[0]].id])
    out = tmp_path / "n.pdf"
    build(db, workshop, out)
    text = pdf_text(out)
    assert "Bare ideer 2 ideas." in text and "Bare behov 1 need." in text
    assert "0 needs" not in text and "0 ideas" not in text
    assert "“Dot voting”: fewer than 5 people voted." in text  # the method is not repeated
