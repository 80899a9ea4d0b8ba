"""The procurement challenge brief (services.challenge_brief) and ``smartcity brief``, without
Qt: the PDF read back with pypdf (see tests/test_feedback_report.py for how Arabic reads back)
and the Markdown parsed with markdown-it."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata

import pypdf
import pytest
from markdown_it import MarkdownIt
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
from smartcity_desktop.services.reports import brief as challenge_brief
from smartcity_desktop.services.reports import (
    brief_data,
    brief_markdown,
    brief_texts,
    brief_wording,
)
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage import files as atomic_files

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
NEED = "Bussen går for sjelden om kvelden, og holdeplassen på Ærøveien er mørk"
MARKUP = "Use *two* buses | not one # and <b>bold</b> [link](x) 1. _under_ & more"
CONTACT = "Kontakt Personsen"


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
                    for page in reader.pages)


@pytest.fixture
def city(db, project):
    """Theme "Kollektivtransport" with ideas by 14 registered authors (gender: 6 women, 5 men,
    3 non-binary), one table group and one anonymous idea, in two workshops; a dot round in W1;
    SDG and strategy-goal links; and another theme that must stay out of the brief."""
    w1 = projects.create_workshop(db, project.id, "W1", "Kveldsmøte", dt.date(2026, 3, 10))
    w2 = projects.create_workshop(db, project.id, "W2", "Dagmøte", dt.date(2026, 4, 14))
    transport = projects.add_theme(db, project.id, "Kollektivtransport")
    other = projects.add_theme(db, project.id, "Grønne tak")
    empty = projects.add_theme(db, project.id, "Tomt tema")
    goal = projects.add_strategy_goal(db, project.id, "SG7", "Low-emission transport")
    genders = ["woman"] * 6 + ["man"] * 5 + ["non_binary"] * 3
    authors = []
    for n, gender in enumerate(genders):
        workshop = w1 if n < 9 else w2
        authors.append(participants.register_participant(db, workshop.id, ParticipantInput(
            answers={"gender": gender}, consent_contact=True,
            contact=ContactInput(CONTACT, "k@example.org"))))
    bystanders = [participants.register_participant(db, w1.id, ParticipantInput(
        answers={"gender": "woman"})) for _ in range(2)]
    ids = []
    texts = [NEED, ARABIC, ETHIOPIC, MARKUP] + [f"Idé nummer {n} om bussene" for n in range(10)]
    for n, (author, text) in enumerate(zip(authors, texts)):
        workshop_id = w1.id if n < 9 else w2.id
        ids.append(capture.add_idea(db, workshop_id, IdeaInput(
            text=text, kind=IdeaKind.NEED if n < 3 else IdeaKind.IDEA, theme_id=transport.id,
            title="Flere kveldsbusser" if n == 4 else None, sdgs=(11, 13) if n % 2 else (11,),
            strategy_goal_ids=(goal.id,) if n < 5 else (), author_participant_id=author.id)))
    ids.append(capture.add_idea(db, w2.id, IdeaInput(text="Sanntidsskjerm på holdeplassen",
                                                     theme_id=transport.id,
                                                     author_table_group="Bord 4")))
    ids.append(capture.add_idea(db, w2.id, IdeaInput(text="Gratis buss for pensjonister",
                                                     theme_id=transport.id)))
    outside = capture.add_idea(db, w1.id, IdeaInput(text="Grønne tak på busskurene",
                                                    theme_id=other.id,
                                                    author_participant_id=bystanders[0].id))
    lifecycle.change_status(db, ids[4], IdeaStatus.ACCEPTED, "I budsjettet", dt.date(2026, 5, 2))
    rnd = prioritise_rounds.create_round(db, w1.id, "dots", "Prikker", dots_per_participant=2)
    voters = participants.list_participants(db, w1.id)
    for person in voters[:7]:
        prioritise_votes.add_dot_ballot(db, rnd.id, person.id, [ids[0], ids[0]])
    prioritise_votes.add_dot_ballot(db, rnd.id, voters[7].id, [outside, ids[1]])
    return dict(project=project, w1=w1, w2=w2, theme=transport, other=other, empty=empty,
                ids=ids, outside=outside, goal=goal)


def build(db, city, folder, **kw):
    kw.setdefault("theme_id", city["theme"].id)
    return challenge_brief.build_challenge_brief(db, city["project"].id, folder / "brief.pdf",
                                                 **kw)


def md_tables(markdown: str) -> list[list[list[str]]]:
    """Every table of the Markdown file as rows of cell texts (header row first)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    tables, rows, row, cell = [], None, None, None
    for tok in tokens:
        if tok.type == "table_open":
            rows = []
        elif tok.type == "table_close":
            tables.append(rows)
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            rows.append(row)
        elif tok.type in ("th_open", "td_open"):
            cell = ""
        elif tok.type == "inline" and cell is not None and row is not None:
            cell = tok.content
        elif tok.type in ("th_close", "td_close"):
            row.append(cell)
            cell = None
    return tables


# --------------------------------------------------------------------------- content


def test_pdf_has_the_sections_the_need_the_evidence_and_the_links(db, city, tmp_path):
    result = build(db, city, tmp_path)
    assert result.path == tmp_path / "brief.pdf" and result.path.exists()
    assert result.markdown_path == tmp_path / "brief.md" and result.markdown_path.exists()
    assert result.pages == len(pypdf.PdfReader(str(result.path)).pages)
    text = pdf_text(result.path)
    for title in ("Challenge brief: Kollektivtransport", "1. The need, in the participants' own "
                  "words", "Needs described", "Ideas suggested", "2. The evidence",
                  "Participation", "Who raised it", "Priority results",
                  "3. Links to the SDGs and the strategy", "4. Success criteria",
                  "5. Constraints"):
        assert title in text, title
    # the need, in the participants' own words (every script; markup characters literally)
    for words in (NEED, ETHIOPIC, MARKUP, "Flere kveldsbusser", "Sanntidsskjerm på "
                  "holdeplassen", "Gratis buss for pensjonister"):
        assert words in text, words
    assert ARABIC in text and " ".join(reversed(ARABIC.split())) not in text
    assert "Grønne tak på busskurene" not in text  # another theme
    assert "W1, 10 March 2026, no. 1" in text and "Status: Accepted into the plan" in text
    # the evidence: people in the two workshops (9 authors + 2 in W1, 5 in W2), contributions,
    # authors
    assert "16 people took part in the 2 workshops where these contributions were made." in text
    assert "The brief rests on 16 contributions: 3 needs and 13 ideas." in text
    assert "14 participants wrote at least one of them." in text
    assert "Contributions from table groups: 1; without a name: 1." in text
    # priority results: the Norwegian need got 14 dots from 7 ballots, first of 3 voted ideas
    assert "W1: Prikker (dot voting; 8 voters)" in text
    assert "1 of 3" in text and "14 dots" in text
    assert "2 (tied) of 3" in text and "1 dot" in text and "1 dots" not in text
    # links
    assert "11. Sustainable cities and communities" in text and "13. Climate action" in text
    assert "SG7 Low-emission transport" in text
    # empty fields for the office
    for label in ("Criterion", "How it is measured", "Target", "Budget", "Timeline",
                  "Data protection and security"):
        assert label in text, label
    assert CONTACT not in text and "k@example.org" not in text


def test_a_group_of_three_never_appears(db, city, tmp_path):
    """3 non-binary authors are too few to be shown: they are folded into "Other", which is
    then still too small and is hidden, and so is the next smallest group (5 men) so that it
    cannot be worked out from the total. Only the 6 women are shown."""
    data = brief_data.brief_data(db, city["project"].id, theme_id=city["theme"].id)
    gender = next(t for t in data.groups if t.dimension == "Gender")
    shown = {g.label: g.people for g in gender.lines}
    assert shown == {"Woman": 6, "Man": None, "Other (small groups combined)": None}
    for table in data.groups:
        for line in table.lines:
            assert line.people is None or line.people >= 5, (table.dimension, line)
    result = build(db, city, tmp_path)
    text = pdf_text(result.path)
    markdown = result.markdown_path.read_text("utf-8")
    for where in (text, markdown):
        assert "Non-binary" not in where
        assert "Woman" in where and "not shown" in where
    gender_table = next(t for t in md_tables(markdown) if t[0][0] == "Gender")
    assert gender_table[1:] == [["Woman", "6"], ["Man", "not shown"],
                                ["Other (small groups combined)", "not shown"]]
    # a question nobody answered (age) gets no table
    assert not [t for t in md_tables(markdown) if t[0][0] == "Age"]
    assert data.groups[0].dimension == "Gender"


def test_too_few_authors_means_no_groups(db, project, tmp_path):
    workshop = projects.create_workshop(db, project.id, "F1", "Få")
    theme = projects.add_theme(db, project.id, "Lite tema")
    for gender in ("woman", "man", "non_binary"):
        person = participants.register_participant(db, workshop.id, ParticipantInput(
            answers={"gender": gender}))
        capture.add_idea(db, workshop.id, IdeaInput(text=f"Forslag fra {gender}",
                                                    theme_id=theme.id,
                                                    author_participant_id=person.id))
    markdown = brief_markdown.brief_markdown(db, project.id, theme_id=theme.id)
    assert "Fewer than 5 registered participants wrote these contributions" in markdown
    assert "Fewer than 5 participants wrote them." in markdown
    assert "Fewer than 5 people took part in the workshop" in markdown
    for label in ("Woman", "Man", "Non-binary", "Gender"):
        assert not re.search(rf"\b{label}\b", markdown), label
    assert "None of these contributions has been voted on" in markdown


def test_markdown_has_the_same_sections_and_empty_fields(db, city, tmp_path):
    result = build(db, city, tmp_path)
    markdown = result.markdown_path.read_text("utf-8")
    assert markdown == brief_markdown.brief_markdown(
        db, city["project"].id, theme_id=city["theme"].id)
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    headings = [tokens[i + 1].content for i, tok in enumerate(tokens)
                if tok.type == "heading_open"]
    assert headings[:3] == ["Challenge brief: Kollektivtransport",
                            "1. The need, in the participants' own words", "Needs described"]
    for title in ("2. The evidence", "Who raised it", "Priority results",
                  "3. Links to the SDGs and the strategy", "4. Success criteria",
                  "5. Constraints"):
        assert title in headings, title
    tables = md_tables(markdown)
    criteria = next(t for t in tables if t[0] == ["Criterion", "How it is measured", "Target"])
    assert len(criteria) == 1 + brief_texts.CRITERIA_ROWS
    assert all(cell == "" for row in criteria[1:] for cell in row)
    constraints = next(t for t in tables if t[0] == ["Constraint", "Details"])
    assert [row[0] for row in constraints[1:]] == [
        "Budget", "Timeline", "Legal and regulatory requirements",
        "Data protection and security", "Accessibility and universal design", "Other"]
    assert all(row[1] == "" for row in constraints[1:])
    # the quotes are block quotes holding the exact words, markup characters included
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<b>" not in html and "<a " not in html
    quotes = [tokens[i + 2].content for i, tok in enumerate(tokens)
              if tok.type == "blockquote_open"]
    plain = MarkdownIt("commonmark")
    rendered = [plain.renderInline(q) for q in quotes]
    assert any(NEED in r for r in rendered) and any(ARABIC in r for r in rendered)
    assert any(ETHIOPIC in r for r in rendered)
    assert any("Use *two* buses | not one # and &lt;b&gt;bold&lt;/b&gt; [link](x) 1. _under_ "
               "&amp; more" in r for r in rendered), rendered
    # the evidence and links say the same in both files
    text = pdf_text(result.path)
    data = brief_data.brief_data(db, city["project"].id, theme_id=city["theme"].id)
    for line in brief_wording.participation_lines(data, brief_texts.texts("en")):
        assert line in markdown and line in text, line
    assert "| 11\\. Sustainable" not in markdown  # no needless escapes in table cells


def test_chosen_ideas_and_norwegian(db, city, tmp_path):
    chosen = [city["ids"][0], city["ids"][1], city["outside"]]
    result = build(db, city, tmp_path, theme_id=None, idea_ids=chosen, language="nb")
    text = pdf_text(result.path)
    markdown = result.markdown_path.read_text("utf-8")
    for where in (text, markdown):
        assert "Utfordringsnotat: utvalgte ideer" in where
        assert "Grønne tak på busskurene" in where and NEED in where
        assert "Sanntidsskjerm" not in where
        assert "Suksesskriterier" in where and "Rammer" in where and "Budsjett" in where
        assert "Challenge brief" not in where and "Success criteria" not in where
    assert "Notatet bygger på 3 bidrag: 2 behov og 1 idé." in text


# --------------------------------------------------------------------------- bad input


def no_files(folder) -> bool:
    return not [n for n in os.listdir(folder) if n.startswith(("brief", ".brief"))]


def test_bad_scope_writes_nothing(db, city, tmp_path):
    pid = city["project"].id
    target = tmp_path / "brief.pdf"
    with pytest.raises(ValidationError, match="no ideas yet"):
        challenge_brief.build_challenge_brief(db, pid, target, theme_id=city["empty"].id)
    with pytest.raises(NotFoundError):
        challenge_brief.build_challenge_brief(db, pid, target, theme_id="no-such-theme")
    with pytest.raises(ValidationError, match="exactly one"):
        challenge_brief.build_challenge_brief(db, pid, target)
    with pytest.raises(ValidationError, match="exactly one"):
        challenge_brief.build_challenge_brief(db, pid, target, theme_id=city["theme"].id,
                                              idea_ids=city["ids"][:1])
    with pytest.raises(ValidationError, match="at least one idea"):
        challenge_brief.build_challenge_brief(db, pid, target, idea_ids=[])
    with pytest.raises(NotFoundError):
        challenge_brief.build_challenge_brief(db, pid, target, idea_ids=["nope"])
    other = projects.create_project(db, "Et annet prosjekt")
    with pytest.raises(NotFoundError):  # a theme of another project
        challenge_brief.build_challenge_brief(db, other.id, target, theme_id=city["theme"].id)
    capture.delete_idea(db, city["ids"][0])
    with pytest.raises(NotFoundError):  # a deleted idea
        challenge_brief.build_challenge_brief(db, pid, target, idea_ids=city["ids"][:1])
    assert no_files(tmp_path)


def test_missing_and_read_only_folders(db, city, tmp_path, monkeypatch):
    with pytest.raises(report_pdf.ReportError, match="does not exist"):
        build(db, city, tmp_path / "missing")
    folder = tmp_path / "out"
    folder.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # Tests run as root, so a chmod'ed folder would still be writable: simulate EACCES.
    with monkeypatch.context() as m:
        m.setattr(atomic_files.tempfile, "mkstemp", refuse)
        with pytest.raises(report_pdf.ReportError):
            build(db, city, folder)
    assert os.listdir(folder) == []
    real_replace = os.replace

    def refuse_markdown(src, dst):
        if str(dst).endswith(".md"):
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    with monkeypatch.context() as m:  # the PDF is in place, then the Markdown fails
        m.setattr(challenge_brief.os, "replace", refuse_markdown)
        with pytest.raises(report_pdf.ReportError, match="brief.md"):
            build(db, city, folder)
    assert os.listdir(folder) == []


@pytest.mark.parametrize("stop_after", [0, 1, 2])
def test_cancel_leaves_neither_file(db, city, tmp_path, stop_after):
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) <= stop_after

    with pytest.raises(report_pdf.ReportCancelled):
        build(db, city, tmp_path, progress=progress)
    assert no_files(tmp_path)


# --------------------------------------------------------------------------- CLI


def run(db, *args):
    return CliRunner().invoke(app, ["--db", str(db.path), *args])


def test_cli_brief_by_theme_and_by_ideas(db, city, tmp_path):
    out = tmp_path / "kollektiv.pdf"
    result = run(db, "brief", "--theme", "kollektivtransport", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.exists() and (tmp_path / "kollektiv.md").exists()
    assert "kollektiv.md" in result.output
    assert NEED in pdf_text(out)
    assert "## 4. Success criteria" in (tmp_path / "kollektiv.md").read_text("utf-8")

    out2 = tmp_path / "ideas.pdf"
    result = run(db, "brief", "--idea", city["ids"][0][:8], "--idea", city["ids"][2],
                 "--project", city["project"].name, "--out", str(out2), "--lang", "nb")
    assert result.exit_code == 0, result.output
    text = pdf_text(out2)
    assert "Utfordringsnotat" in text and NEED in text and ETHIOPIC in text


def test_cli_errors(db, city, tmp_path):
    out = tmp_path / "brief.pdf"
    result = run(db, "brief", "--theme", "Finnes ikke", "--out", str(out))
    assert result.exit_code == 2
    assert "No theme named 'Finnes ikke'" in result.output
    assert "Kollektivtransport" in result.output  # the themes there are
    result = run(db, "brief", "--theme", "Tomt tema", "--out", str(out))
    assert result.exit_code == 2 and "has no ideas yet" in result.output
    result = run(db, "brief", "--out", str(out))
    assert result.exit_code == 2 and "--theme" in result.output
    result = run(db, "brief", "--idea", "zzzzzzzz", "--out", str(out))
    assert result.exit_code == 2 and "No idea with id" in result.output
    result = run(db, "brief", "--theme", "Kollektivtransport", "--project", "Nei",
                 "--out", str(out))
    assert result.exit_code == 2 and "No project named 'Nei'" in result.output
    result = run(db, "brief", "--theme", "Kollektivtransport", "--out",
                 str(tmp_path / "nope" / "b.pdf"))
    assert result.exit_code == 2 and "does not exist" in result.output
    assert no_files(tmp_path)


@pytest.mark.parametrize("text", [
    "# not a heading", "- not a list", "+ nor this", "12. not numbered", "3) nor this",
    "> not a quote", "=== not a rule", "*** not a rule", "    not code", "`not code`",
    "a | b | c", "&amp; stays &amp;", "<script>x</script>", "[x](http://e.org) _a_ *b* ~c~",
    "back\\slash", "line one\n- line two\n# line three", ARABIC + " 12. *x*", "æøå ÆØÅ"])
def test_markdown_escaping_keeps_the_words_literal(text):
    """What a participant typed comes out of a Markdown renderer as the same words, never as
    markup (a heading, list, code, link, HTML ...)."""
    html = MarkdownIt("commonmark").render(brief_markdown.md_escape(text))
    assert html.startswith("<p>") and html.count("<p>") == 1, html
    inner = html[3:].rsplit("</p>", 1)[0]
    expected = "\n".join(line.lstrip() for line in text.split("\n"))
    expected = expected.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert inner == expected
