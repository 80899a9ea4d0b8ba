"""The PDF workshop and project reports (services/reports.py) and their CLI, without Qt."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pypdf
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from smartcity_desktop.core.enums import IdeaKind, IdeaStatus
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.pdf import document as report_pdf
from smartcity_desktop.services.pdf import report_texts
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.reports import workshop as reports
from smartcity_desktop.services.reports import workshop_sections
from smartcity_desktop.services.workshop import (
    overview,
    participants,
    projects,
    reference_file,
    representativeness,
    run,
)
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.services.workshop.participation import participation_rows

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Библиотека на Торвет"
NORWEGIAN = "Grønne tak på bussholdeplassene i Ørnes gate og Åsveien"
SMALL_GROUP = "Zebraklubben"          # the label of a group of 3: must never be printed
T0 = dt.datetime(2026, 9, 8, 16, 0, tzinfo=dt.UTC)


def page_texts(path) -> list[str]:
    """Page texts NFKC-normalised (shaped Arabic is extracted as presentation forms; NFKC
    folds them back to the letters typed), white space collapsed. pypdf returns a run of
    right-to-left glyphs in logical order, so an Arabic phrase drawn right to left reads as
    typed, and drawn left to right would come out with its words reversed."""
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
            for p in pypdf.PdfReader(str(path)).pages]


def outline(path) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title)

    walk(pypdf.PdfReader(str(path)).outline)
    return titles


def relabel(db, project_id: str, dimension: str, category: str, label: str) -> None:
    dim = next(d for d in projects.list_dimensions(db, project_id) if d.key == dimension)
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE demographic_category SET label = :l WHERE id = :i"),
                     {"l": label, "i": dim.category(category).id})


def add_people(db, workshop_id, n: int, answers: dict) -> list[str]:
    return [participants.register_participant(db, workshop_id, ParticipantInput(
        answers=dict(answers), consent_processing=True)).id for _ in range(n)]


@pytest.fixture
def city(db, project, workshop):
    """W1: 11 participants (8 women, 3 in the small group), ideas in five scripts, a dot round,
    a ranking round, a decision, an agenda partly run. W2: 6 participants later."""
    reference_file.load_sample_reference(db, project.id)
    relabel(db, project.id, "gender", "non_binary", SMALL_GROUP)
    projects.set_agenda(db, workshop.id, [("Velkommen", 10), ("Idémyldring", 30),
                                          ("Avslutning", 10)])
    run.start_activity(db, workshop.id, now=T0)
    run.next_activity(db, workshop.id, now=T0 + dt.timedelta(minutes=12))
    women = add_people(db, workshop.id, 8, {"gender": "woman", "age": "20-44",
                                            "stakeholder": "resident"})
    small = add_people(db, workshop.id, 3, {"gender": "non_binary", "age": "45-66",
                                            "stakeholder": "resident"})
    mobility = projects.add_theme(db, project.id, "Mobilitet og gange").id
    green = projects.add_theme(db, project.id, "Grøntområder").id
    texts = [(NORWEGIAN, green, (11, 13)), (ARABIC, mobility, (11,)),
             (ETHIOPIC, mobility, (10, 11)), (CYRILLIC, None, (4,)),
             ("Safe cycle parking at the station", mobility, (11, 9))]
    ideas = [capture.add_idea(db, workshop.id, IdeaInput(text=t, theme_id=th, sdgs=s,
                                                         kind=IdeaKind.IDEA))
             for t, th, s in texts]
    dots = prioritise_rounds.create_round(db, workshop.id, "dots", "Prikker", 3)
    for person in women:
        prioritise_votes.add_dot_ballot(db, dots.id, person, [ideas[0], ideas[0], ideas[1]])
    for person in small:
        prioritise_votes.add_dot_ballot(db, dots.id, person, [ideas[2]])
    ranking = prioritise_rounds.create_round(db, workshop.id, "ranking", "Rangering")
    for person in women + small:
        prioritise_votes.add_ranking_ballot(db, ranking.id, "", [ideas[1], ideas[0], ideas[4]],
                                            person)
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "In the 2027 budget",
                            dt.date(2026, 10, 1))
    w2 = projects.create_workshop(db, project.id, "W2", "Follow-up", dt.date(2026, 11, 3))
    add_people(db, w2.id, 6, {"gender": "woman"})
    capture.add_idea(db, w2.id, IdeaInput(text="Benker langs elva ved Åsen"))
    return {"ideas": ideas, "w2": w2, "dots": dots, "ranking": ranking}


def test_workshop_report_has_every_section_and_text(db, project, workshop, city, tmp_path):
    target = tmp_path / "w1.pdf"
    result = reports.build_workshop_report(db, workshop.id, target)
    assert result.path == target and target.is_file()
    assert result.pages == len(pypdf.PdfReader(str(target)).pages) >= 6
    pages = page_texts(target)
    text = " ".join(pages)
    for title in ("Workshop report", "Contents", "Agenda: planned and as run",
                  "Attendance and representativeness", "Ideas by theme and SDG", "By theme",
                  "By Sustainable Development Goal", "Prioritisation", "Methods compared",
                  "Results by group", "Decisions", "Appendix: every idea"):
        assert title in text, title
    # Footer: workshop code and date on every page after the cover, with page numbers.
    assert "W1" in pages[0] and "Page" not in pages[0]
    for n, page in enumerate(pages[1:], start=2):
        assert f"Page {n} of {len(pages)}" in page
        assert page.startswith("W1 · Kick-off") or "W1 · Kick-off" in page
    # Counts: participants, ideas, agenda minutes planned and as run.
    assert "Participants: 11" in text
    assert "5 ideas" in text
    agenda = next(p for p in pages if "Agenda: planned and as run" in p and "Velkommen" in p
                  and "Contents" not in p)
    assert re.search(r"Velkommen 10 12 ", agenda)
    assert "not run" in agenda and re.search(r"Total 50 12", agenda)
    # Idea texts in every script; Arabic in logical order (so drawn right to left).
    for phrase in (NORWEGIAN, ETHIOPIC, CYRILLIC, ARABIC, "Grøntområder"):
        assert phrase in text, phrase
    assert " ".join(reversed(ARABIC.split())) not in text
    # The decision and its reason.
    assert "Accepted" in text and "In the 2027 budget" in text
    # SDG names (official short titles) in the chart.
    assert "11 Sustainable cities and communities" in text
    # Rounds (their names and methods) are in the prioritisation section.
    assert "Prikker (Dot voting)" in text and "Rangering (Ranking (Borda))" in text


def test_a_group_of_three_is_never_shown(db, project, workshop, city, tmp_path):
    target = tmp_path / "w1.pdf"
    reports.build_workshop_report(db, workshop.id, target)
    text = " ".join(page_texts(target))
    assert SMALL_GROUP not in text
    assert "Other (small groups combined)" in text
    # The 3 people are folded into "Other", which is still < 5 so it is withheld, and so is
    # the next smallest group (the women, 8), so the 3 cannot be worked out from the total.
    gender = text[text.index("Gender Group"):]               # the section, not the TOC
    gender = gender[:gender.index("Cultural background Group")]
    assert re.search(r"Woman – ", gender) and not re.search(r"Woman 8", gender)
    assert " 3 " not in gender
    # Results by group (the prioritise service suppresses the same way).
    by_group = text[text.index("Results by group: Gender — Prikker (Dot voting) Group"):]
    assert re.search(r"Woman – –", by_group[:300]), by_group[:300]


def test_published_groups_reuses_small_group_suppression(db, project, workshop, city):
    dims = {d.key: d for d in representativeness.representativeness(db, project.id,
                                                                     workshop.id)}
    words = report_texts.texts("en")
    age = workshop_sections.published_groups(dims["age"], words)
    shown = {g.key: g.count for g in age}
    # 3 people aged 45-66 fold into "Other" (3 < 5, withheld), and the next smallest shown
    # group, 20-44 (8), is withheld too; the empty groups stay 0.
    assert shown["20-44"] is None and "45-66" not in shown and shown["_other"] is None
    assert shown["16-19"] == 0
    stakeholder = {g.key: g.count
                   for g in workshop_sections.published_groups(dims["stakeholder"], words)}
    assert stakeholder["resident"] == 11
    for dim in dims.values():
        for g in workshop_sections.published_groups(dim, words):
            assert g.count is None or g.count == 0 or g.count >= 5, (dim.key, g)


def test_outline_and_toc(db, project, workshop, city, tmp_path):
    target = tmp_path / "w1.pdf"
    reports.build_workshop_report(db, workshop.id, target)
    titles = outline(target)
    for title in ("Agenda: planned and as run", "Attendance and representativeness",
                  "Ideas by theme and SDG", "Prioritisation", "Methods compared", "Decisions",
                  "Appendix: every idea", "Gender"):
        assert title in titles, title
    toc = page_texts(target)[1]
    assert "Contents" in toc
    # every level-one bookmark is in the TOC with the page its section starts on
    reader = pypdf.PdfReader(str(target))
    for item in reader.outline:
        if isinstance(item, list):
            continue
        page = reader.get_destination_page_number(item) + 1
        # (pypdf extracts a TOC line's leader dots and page number before its title)
        assert re.search(r"\b" + str(page) + " " + re.escape(item.title), toc), item.title


def test_norwegian_report(db, project, workshop, city, tmp_path):
    target = tmp_path / "nb.pdf"
    reports.build_workshop_report(db, workshop.id, target, language="nb")
    text = " ".join(page_texts(target))
    for title in ("Verkstedsrapport", "Innhold", "Program: planlagt og gjennomført",
                  "Oppmøte og representativitet", "Ideer etter tema og bærekraftsmål",
                  "Prioritering", "Beslutninger", "Vedlegg: alle ideene", "Deltakere: 11",
                  "Godtatt", "Prikkstemming", "Bærekraftige byer og lokalsamfunn",
                  "Andre (små grupper slått sammen)"):
        assert title in text, title
    assert "Side 2 av" in text
    for english in ("Appendix", "Decisions", "Contents", "Page 2 of"):
        assert english not in text
    assert SMALL_GROUP not in text


def test_project_report_shows_participation_over_workshops(db, project, workshop, city,
                                                           tmp_path):
    target = tmp_path / "p.pdf"
    result = reports.build_project_report(db, project.id, target)
    assert result.pages >= 6
    text = " ".join(page_texts(target))
    for title in ("Project report", "Participation from workshop to workshop",
                  "Agenda: planned and as run", "Attendance and representativeness",
                  "Prioritisation", "Decisions", "Appendix: every idea", "Green mobility 2030"):
        assert title in text, title
    # W1 11 participants, W2 6 (+-5 change), 17 in all; both workshops' ideas in the appendix.
    participation = text[text.index("Participation from workshop to workshop Participants"):]
    participation = participation[:participation.index("Agenda: planned and as run")]
    # Every figure is what participation_rows publishes (small counts withheld and
    # enough others that none can be worked out); a withheld one prints "–".
    rows = participation_rows(
        {"W1": 11, "W2": 6},
        {"W1": _counts(db, project.id, workshop.id), "W2": _counts(db, project.id, city["w2"].id)})
    published = {(r.workshop, r.dimension, r.category): r.count for r in rows}
    assert published[("W1", "gender", "non_binary")] is None

    def shown(v):
        return "–" if v is None else str(v)

    w1, w2, total = (published[(w, None, None)] for w in ("W1", "W2", None))
    change = "" if w1 is None or w2 is None else f" {w2 - w1:+d}"
    assert (f"W1 · Kick-off {shown(w1)} W2 · Follow-up 3 November 2026 {shown(w2)}{change} "
            f"Total {shown(total)}") in participation
    residents = [published[(w, "stakeholder", "resident")] for w in ("W1", "W2", None)]
    if any(residents):
        assert f"Resident {' '.join(shown(v) for v in residents)}" in participation
    else:
        assert "Resident" not in participation
    # A row with nothing but withheld cells is left out, so the small group is not named.
    assert all(published[(w, "gender", "non_binary")] is None for w in ("W1", None))
    assert "W1-1" in text and "W2-1" in text and "Benker langs elva ved Åsen" in text
    assert SMALL_GROUP not in text
    assert "W2 · Follow-up" in outline(target)


def test_project_report_keeps_the_workshop_totals(db, project, workshop, city, tmp_path):
    """W1's 11 people include a group of 3 (withheld together with the 8 beside it), but the
    workshop totals 11 and 6 and the 17 in all reveal nobody and are printed."""
    target = tmp_path / "p.pdf"
    reports.build_project_report(db, project.id, target)
    text = " ".join(page_texts(target))
    participation = text[text.index("Participation from workshop to workshop Participants"):]
    participation = participation[:participation.index("Agenda: planned and as run")]
    assert "W1 · Kick-off 11 W2 · Follow-up 3 November 2026 6 -5 Total 17" in participation
    # the groups beside the small one are withheld in W1 and in all, published in W2
    assert "Woman – 6 –" in participation
    assert SMALL_GROUP not in text


def _counts(db, project_id, workshop_id):
    result = {}
    for d in overview.participants_by_group(db, project_id, workshop_id):
        result[d.key] = {**{g.key: g.count for g in d.groups}, "not_answered": d.not_answered}
    return result


def test_progress_and_cancel(db, project, workshop, city, tmp_path):
    seen = []
    reports.build_workshop_report(db, workshop.id, tmp_path / "a.pdf",
                                  progress=lambda d, t: seen.append((d, t)) or True)
    assert len(seen) > 5 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    for stop_at in (1, len(seen) // 2, len(seen) - 1):
        calls = []

        def cancel(d, t, calls=calls, stop_at=stop_at):
            calls.append(d)
            return len(calls) < stop_at

        target = tmp_path / f"c{stop_at}.pdf"
        with pytest.raises(report_pdf.ReportCancelled):
            reports.build_workshop_report(db, workshop.id, target, progress=cancel)
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if ".sqlite" not in p.name) == ["a.pdf"]


def test_bad_folder_gives_a_clear_error_and_no_file(db, project, workshop, city, tmp_path,
                                                    monkeypatch):
    missing = tmp_path / "missing" / "r.pdf"
    with pytest.raises(report_pdf.ReportError, match="does not exist"):
        reports.build_project_report(db, project.id, missing)
    assert not missing.parent.exists()
    import tempfile

    def read_only(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(report_pdf.ReportError, match="Permission denied"):
        reports.build_workshop_report(db, workshop.id, tmp_path / "r.pdf")
    assert [p for p in tmp_path.iterdir() if ".sqlite" not in p.name] == []


def test_empty_workshop_report(db, project, tmp_path):
    empty = projects.create_workshop(db, project.id, "E1", "Nothing yet")
    target = tmp_path / "e.pdf"
    reports.build_workshop_report(db, empty.id, target)
    text = " ".join(page_texts(target))
    for sentence in ("No agenda was planned", "No ideas were captured",
                     "No prioritisation round was held", "No decisions have been recorded",
                     "Participants: 0"):
        assert sentence in text, sentence


def test_very_long_idea_text_splits_across_pages(db, project, workshop, tmp_path):
    long = ("Ørnes gate trenger lys. " * 200).strip()
    capture.add_idea(db, workshop.id, IdeaInput(text=long))
    capture.add_idea(db, workshop.id, IdeaInput(text=" ".join([ARABIC] * 150)))
    target = tmp_path / "long.pdf"
    reports.build_workshop_report(db, workshop.id, target)
    # (the extractor may drop the space at a line end: compare without spaces)
    text = "".join(" ".join(page_texts(target)).split())
    assert text.count("Ørnesgatetrengerlys.") == 200
    assert text.count("".join(ARABIC.split())) == 150


# --------------------------------------------------------------------------- CLI
def cli(db_path, *args):
    import smartcity_desktop.cli.commands_report  # noqa: F401 - registers "report"
    from smartcity_desktop.cli import app

    return CliRunner().invoke(app, ["--db", str(db_path), *args])


def test_cli_workshop_and_project_reports(db, project, workshop, city, tmp_path):
    db_path = db.path if hasattr(db, "path") else None
    if db_path is None:
        db_path = tmp_path / "test.sqlite"
    out = tmp_path / "out"
    out.mkdir()
    done = cli(db_path, "report", "workshop", "w1", "--out", str(out / "w1.pdf"), "--lang", "nb")
    assert done.exit_code == 0, done.output
    assert "w1.pdf" in done.output and "pages" in done.output
    assert "Verkstedsrapport" in page_texts(out / "w1.pdf")[0]
    done = cli(db_path, "report", "project", "--out", str(out / "p.pdf"))
    assert done.exit_code == 0, done.output
    assert "Project report" in page_texts(out / "p.pdf")[0]
    done = cli(db_path, "report", "project", "green MOBILITY 2030", "--out", str(out / "q.pdf"))
    assert done.exit_code == 0, done.output


def test_cli_errors(db, project, workshop, city, tmp_path):
    db_path = tmp_path / "test.sqlite"
    done = cli(db_path, "report", "workshop", "W9", "--out", str(tmp_path / "x.pdf"))
    assert done.exit_code == 2 and "W9" in done.output
    done = cli(db_path, "report", "workshop", "W1", "--out", str(tmp_path / "no" / "x.pdf"))
    assert done.exit_code == 2 and "does not exist" in done.output
    done = cli(db_path, "report", "workshop", "W1", "--out", str(tmp_path / "x.pdf"),
               "--lang", "de")
    assert done.exit_code == 2 and "'de'" in done.output
    done = cli(db_path, "report", "project", "Nope", "--out", str(tmp_path / "x.pdf"))
    assert done.exit_code == 2 and "Nope" in done.output
    assert not (tmp_path / "x.pdf").exists()
