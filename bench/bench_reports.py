#!/usr/bin/env python
"""Report figures for issue 5 (the PDF workshop report), and the sample report in docs/.

    .venv/bin/python bench/bench_reports.py [--ideas 2000] [--repeat 3]
    .venv/bin/python bench/bench_reports.py --sample docs/sample-workshop-report.pdf

The bench builds one workshop with ``--ideas`` ideas (mixed scripts: Norwegian, Arabic,
Ethiopic, Cyrillic), 60 participants, the shipped reference population and two prioritisation
rounds, then times, in the same process and run:

* ``report``: ``services.reports.build_workshop_report`` (charts, TOC, bookmarks, every idea);
* ``plain``: a plain reportlab ``SimpleDocTemplate`` with the same text (every idea's text and
  the same headings as Paragraphs in the same Noto font; no charts, no TOC, one pass).

It prints the median of ``--repeat`` runs of each and their ratio (goal: report <= 5 s, ratio
<= 2x). ``--sample`` writes the demo project's first workshop report (with the demo's own rounds,
and a reference population and an agenda as run added) to the given path instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

TEXTS = [
    "Flere benker og skygge langs gangveien til Åsen skole, så eldre kan hvile på veien.",
    "مواعيد الحافلات في المساء لا تناسب من يعمل في نوبات متأخرة",
    "የአውቶቡስ መርሐ ግብር ለምሽት ሰራተኞች አይመችም",
    "Библиотека на Торвет должна работать по вечерам и в выходные дни.",
    "Safe cycle parking at the station, covered and lit, with space for cargo bikes.",
    "Grønne tak på bussholdeplassene og regnbed langs hovedgata mot flom.",
]


def enrich(db, project_id: str, workshop_id: str, seed: int = 7) -> None:
    """Add what the demo seed lacks for a full report: the sample reference population, an
    agenda as run, and (when the workshop has no rounds yet) a dot-voting round and a ranking
    round with ballots."""
    from smartcity_desktop.core.enums import WorkshopStatus
    from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
    from smartcity_desktop.services.prioritise import votes as prioritise_votes
    from smartcity_desktop.services.records import touch
    from smartcity_desktop.services.workshop import participants as parts
    from smartcity_desktop.services.workshop import projects, reference_file, reference_profile
    from smartcity_desktop.storage.models import AgendaItem, Workshop

    rng = random.Random(seed)
    if not reference_profile.reference_rows(db, project_id):
        reference_file.load_sample_reference(db, project_id)
    # The agenda as run (the demo workshops are already closed, so write the times directly).
    with db.session() as s:
        items = list(s.query(AgendaItem).filter(AgendaItem.workshop_id == workshop_id,
                                                AgendaItem.deleted == False)  # noqa: E712
                     .order_by(AgendaItem.position))
        workshop = s.get(Workshop, workshop_id)
        day = workshop.date or dt.date(2026, 9, 8)
        start = dt.datetime(day.year, day.month, day.day, 16, 0, tzinfo=dt.UTC)
        for n, item in enumerate(items):
            if n == len(items) - 1 and len(items) > 2:
                break  # the last activity was not reached
            minutes = item.planned_minutes + rng.choice((-5, 0, 3, 5, 10))
            touch(db, item, actual_start=start, actual_end=start + dt.timedelta(minutes=minutes))
            s.add(item)
            start += dt.timedelta(minutes=minutes)
        status = workshop.status
        s.commit()
    reopened = status == WorkshopStatus.CLOSED.value
    if reopened:  # rounds are entered while the workshop is open
        with db.session() as s:
            w = s.get(Workshop, workshop_id)
            touch(db, w, status=WorkshopStatus.RUNNING.value)
            s.add(w)
            s.commit()
    if prioritise_rounds.list_rounds(db, workshop_id):  # the demo ships its own rounds
        people = []
    else:
        people = [p.id for p in parts.list_participants(db, workshop_id)] \
            if hasattr(parts, "list_participants") else _participant_ids(db, workshop_id)
    ideas = list(prioritise_rounds.idea_numbers(db, workshop_id))
    if ideas and people:
        dots = prioritise_rounds.create_round(db, workshop_id, "dots", "Dot voting", 5)
        weights = [1 / (k + 1) ** 0.7 for k in range(len(ideas))]
        for person in people:
            chosen = rng.choices(ideas, weights=weights, k=5)
            prioritise_votes.add_dot_ballot(db, dots.id, person, chosen)
        ranking = prioritise_rounds.create_round(db, workshop_id, "ranking", "Ranking", 5)
        top = ideas[:12]
        for person in people:
            order = sorted(top, key=lambda i: rng.random() * (1 + top.index(i) / 4))[:5]
            prioritise_votes.add_ranking_ballot(db, ranking.id, "", order, person)
        prioritise_rounds.close_round(db, dots.id)
        prioritise_rounds.close_round(db, ranking.id)
    if reopened:
        projects.set_workshop_status  # (status is restored below, directly)
        with db.session() as s:
            w = s.get(Workshop, workshop_id)
            touch(db, w, status=WorkshopStatus.CLOSED.value)
            s.add(w)
            s.commit()


def _participant_ids(db, workshop_id: str) -> list[str]:
    import sqlalchemy as sa
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(
            "SELECT id FROM participant WHERE workshop_id = :w AND deleted = 0 ORDER BY code"),
            {"w": workshop_id}).scalars())


def demo_database(path: Path):
    """The demo project in a new database at ``path``, enriched; returns (db, project id,
    first workshop id)."""
    from smartcity_desktop.services import demo
    from smartcity_desktop.services.workshop import projects
    from smartcity_desktop.storage.database import Database

    db = Database.open(path, device_id="bench-reports")
    project_id = demo.load_demo(db)
    workshops = sorted(projects.list_workshops(db, project_id), key=lambda w: w.code)
    for w in workshops:
        enrich(db, project_id, w.id)
    return db, project_id, workshops[0].id


def big_database(path: Path, n_ideas: int, seed: int = 11):
    """One workshop with ``n_ideas`` ideas in mixed scripts, the demo's questions, 60
    participants and two rounds."""
    from smartcity_desktop.core.enums import IdeaKind
    from smartcity_desktop.services.ideas import capture
    from smartcity_desktop.services.workshop import participants, projects
    from smartcity_desktop.storage.database import Database

    rng = random.Random(seed)
    db = Database.open(path, device_id="bench-reports")
    project = projects.create_project(db, "Grønn by – benk")
    themes = [projects.add_theme(db, project.id, name).id for name in
              ("Mobilitet", "Grøntområder", "Møteplasser", "Trygghet", "Energi")]
    workshop = projects.create_workshop(db, project.id, "B1", "Stor workshop",
                                        dt.date(2026, 10, 1), "Deichman")
    projects.set_agenda(db, workshop.id, [("Velkommen", 10), ("Idémyldring", 40),
                                          ("Prioritering", 20), ("Oppsummering", 10)])
    dims = projects.list_dimensions(db, project.id)
    for _ in range(60):
        answers = {d.key: rng.choice(d.categories).key for d in dims if d.categories}
        participants.register_participant(db, workshop.id, participants.ParticipantInput(
            answers=answers, consent_processing=True))
    for n in range(n_ideas):
        text = f"{rng.choice(TEXTS)} ({n + 1})"
        if n % 7 == 0:
            text = " ".join([text] * 4)
        capture.add_idea(db, workshop.id, capture.IdeaInput(
            text=text, kind=rng.choice(list(IdeaKind)), theme_id=rng.choice(themes),
            sdgs=tuple(sorted(rng.sample(range(1, 18), rng.randint(0, 3))))))
    enrich(db, project.id, workshop.id)
    return db, project.id, workshop.id


def plain_document(db, workshop_id: str, path: Path) -> int:
    """The same text in a plain reportlab document: one pass, no charts, no TOC."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from smartcity_desktop.services.pdf import text as pdf_text
    from smartcity_desktop.services.reports import workshop_sections

    regular = pdf_text.font_name()
    body = ParagraphStyle("b", fontName=regular, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", fontName=pdf_text.font_name(bold=True), fontSize=17, leading=22)
    from smartcity_desktop.services.workshop import projects
    workshop = projects.get_workshop(db, workshop_id)
    story = [Paragraph(escape(t), head) for t in
             ("Workshop report", "Agenda", "Attendance", "Ideas", "Prioritisation",
              "Decisions", "Appendix")]
    for idea in workshop_sections.ideas_sorted(db, [workshop]):
        story.append(Paragraph(escape(f"No. {idea.number} · {idea.theme} · {idea.status}"),
                               body))
        story.append(Paragraph(escape(idea.text), body))
    doc = SimpleDocTemplate(str(path))
    doc.build(story)
    return doc.page


def bench(n_ideas: int, repeat: int) -> None:
    from smartcity_desktop.services.reports import workshop as reports

    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SMARTCITY_DATA_DIR", str(OUT / "data"))
    db_path = OUT / f"reports-{n_ideas}.sqlite"
    if db_path.exists():
        db_path.unlink()
    t0 = time.perf_counter()
    db, project_id, workshop_id = big_database(db_path, n_ideas)
    print(f"prepared {n_ideas} ideas in {time.perf_counter() - t0:.1f} s")
    report_t, plain_t = [], []
    pages = plain_pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = reports.build_workshop_report(db, workshop_id, Path(tmp, "r.pdf"),
                                                   progress=lambda d, t: True)
            report_t.append(time.perf_counter() - t0)
            pages = result.pages
            t0 = time.perf_counter()
            plain_pages = plain_document(db, workshop_id, Path(tmp, "p.pdf"))
            plain_t.append(time.perf_counter() - t0)
    r, p = statistics.median(report_t), statistics.median(plain_t)
    print(f"workshop report, {n_ideas} ideas, {pages} pages: median {r:.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in report_t)})")
    print(f"plain reportlab, same text, {plain_pages} pages: median {p:.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in plain_t)})")
    print(f"ratio report/plain: {r / p:.2f}x   (targets: <= 5 s, goal <= 2x)")
    db.close()


def sample(out: Path, language: str = "en") -> None:
    from smartcity_desktop.services.reports import workshop as reports

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SMARTCITY_DATA_DIR"] = tmp
        db, _project_id, workshop_id = demo_database(Path(tmp, "demo.sqlite"))
        result = reports.build_workshop_report(db, workshop_id, out, language=language)
        db.close()
    print(f"wrote {result.path} ({result.pages} pages)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    if args.sample:
        sample(args.sample, args.lang)
    else:
        bench(args.ideas, args.repeat)


if __name__ == "__main__":
    main()
