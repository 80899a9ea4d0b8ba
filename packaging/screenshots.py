"""Take the README's screenshots of the real app with the demo project.

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python packaging/screenshots.py

Runs under Xvfb (a real X server, QT_QPA_PLATFORM=xcb) and grabs the main window's screen
area, so what you see is what a user sees. Writes PNGs into docs/screenshots/.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(os.environ.get("SMARTCITY_SHOTS_DIR", ROOT / "docs" / "screenshots"))


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="smartcity-shots-"))
    os.environ["SMARTCITY_DATA_DIR"] = str(tmp)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from smartcity_desktop.qt.i18n import install_translators
    from smartcity_desktop.qt.main_window import MainWindow
    from smartcity_desktop.services import demo
    from smartcity_desktop.storage.database import Database

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication(sys.argv)
    install_translators(app, os.environ.get("SMARTCITY_LANG", "en"))
    db = Database.open(tmp / "demo.sqlite", "screenshots")
    demo.load_demo(db)
    from smartcity_desktop.qt import settings
    from smartcity_desktop.services.ideas import volunteer_entry
    from smartcity_desktop.services.workshop import projects as _projects

    # A volunteer half-way through a double-entry stack, for the Card entry screenshot.
    settings.ENTERED_BY.set(QSettings(), "Kari Nordmann")
    _w1 = next(w for p in _projects.list_projects(db) for w in _projects.list_workshops(db, p.id)
               if w.code == "W1")
    started = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=3)
    batch = volunteer_entry.create_batch(db, _w1.id, "Table 3 stack", double_entry=True,
                                         created_by="Kari Nordmann")
    for number, (code, kind, text, sdgs) in enumerate((
            ("W1-004", "idea", "Flere sykkelparkeringer under tak ved stasjonen", "11 13"),
            ("W1-011", "need", "Benker langs turveien, så eldre kan hvile underveis", "3 11"),
            ("", "idea", "Språkkafé på biblioteket hver tirsdag", "4 10")), 1):
        volunteer_entry.add_card_entry(db, batch.id, 1, "Kari Nordmann", {
            "participant_code": code, "kind": kind, "text": text, "sdgs": sdgs},
            entered_at=started + datetime.timedelta(seconds=50 * number))
    window = MainWindow(db, QSettings())
    window.resize(1280, 800)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []

    def select_workshop(code: str) -> None:
        top = window.nav.topLevelItem(0)
        for i in range(top.childCount()):
            if top.child(i).text(0).startswith(code):
                window.nav.setCurrentItem(top.child(i))

    def shot(name: str, prepare) -> None:
        shots.append((name, prepare))

    shot("overview", lambda: window.tabs.setCurrentWidget(window.overview))
    shot("participants", lambda: (select_workshop("W1"),
                                  window.tabs.setCurrentWidget(window.participants)))
    shot("ideas", lambda: (select_workshop("W1"), window.tabs.setCurrentWidget(window.ideas),
                           window.ideas.search.setText("sykkel")))
    from smartcity_desktop.services.ideas.kiosk import PinLock
    from smartcity_desktop.services.workshop import projects, run

    # W3 is the planned workshop: start it so the Run view and the projector show a meeting.
    w3 = next(w for p in projects.list_projects(db) for w in projects.list_workshops(db, p.id)
              if w.code == "W3")
    run.start_activity(db, w3.id)
    from dataclasses import replace

    from smartcity_desktop.services.ideas import capture

    w1_ideas = capture.idea_rowids(db, capture.IdeaQuery(workshop_id=next(
        w.id for w in projects.list_workshops(db, w3.project_id) if w.code == "W1")))
    for row in list(capture.fetch_idea_rows(db, w1_ideas[:40]).values())[::5]:
        data = capture.get_idea(db, row.id).data
        capture.add_idea(db, w3.id, replace(data, author_participant_id=None,
                                            author_table_group="Table 2", source="live"))
    # A dots round with tallies and a ranking round on W1, and the sample reference profile,
    # for the Results and Representativeness screenshots.
    from smartcity_desktop.core.enums import RoundMethod
    from smartcity_desktop.core.resources import resource
    from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
    from smartcity_desktop.services.prioritise import votes as prioritise_votes
    from smartcity_desktop.services.workshop import participants as _participants
    from smartcity_desktop.services.workshop import reference_file

    w1_idea_ids = [row.id for row in capture.fetch_idea_rows(db, w1_ideas[:12]).values()]
    dots = prioritise_rounds.create_round(db, _w1.id, RoundMethod.DOTS, "Dot voting")
    for count, idea_id in zip((9, 7, 7, 5, 4, 3, 2, 1), w1_idea_ids, strict=False):
        prioritise_votes.set_dot_tally(db, dots.id, idea_id, count)
    ranking = prioritise_rounds.create_round(db, _w1.id, RoundMethod.RANKING, "Ranking")
    people = _participants.list_participants(db, _w1.id)
    for n, person in enumerate(people[:12]):
        order = w1_idea_ids[:6]
        order = order[n % 3:] + order[:n % 3]
        prioritise_votes.add_ranking_ballot(db, ranking.id, person.code, order, person.id)
    reference_file.load_reference_csv(
        db, _w1.project_id, resource("reference", "norway-2014-age-gender.csv"))
    for view_name in ("run", "capture", "volunteer", "board", "results",
                      "representativeness", "decisions", "office", "earlier_input"):
        code = {"run": "W3", "earlier_input": "W3"}.get(view_name, "W1")
        view = getattr(window, view_name)
        shot(view_name, lambda v=view, c=code: (window.refresh_navigation(), select_workshop(c),
                                                window.tabs.setCurrentWidget(v)))

    def other_window(name: str, make) -> None:
        def prepare():
            widget = make()
            widget.resize(1280, 720)
            widget.show()
            extra[name] = widget
        shots.append((name, prepare))

    extra = {}
    other_window("projector", lambda: (select_workshop("W3"),
                                       window.tabs.setCurrentWidget(window.run),
                                       window.run.open_projector())[-1])

    def kiosk():
        from smartcity_desktop.qt.kiosk.window import KioskWindow

        return KioskWindow(db, w3.id, window.bus, PinLock.from_pin("2468"))

    other_window("kiosk", kiosk)

    def take_next() -> None:
        if not shots:
            app.quit()
            return
        name, prepare = shots.pop(0)
        prepare()

        def save():
            target = extra.get(name, window)
            target.grab().save(str(OUT / f"{name}.png"))
            print(f"docs/screenshots/{name}.png")
            if target is not window:
                target.hide()
            take_next()

        QTimer.singleShot(900, save)

    QTimer.singleShot(800, take_next)
    app.exec()
    from smartcity_desktop.services.paper.forms import build_forms_pdf

    w1 = next(w for p in projects.list_projects(db) for w in projects.list_workshops(db, p.id)
              if w.code == "W1")
    samples = Path(os.environ.get("SMARTCITY_SHOTS_DIR", ROOT / "docs" / "samples"))
    samples.mkdir(parents=True, exist_ok=True)
    build_forms_pdf(db, w1.id, samples / "paper-forms-W1.pdf", cards=2)
    print("docs/samples/paper-forms-W1.pdf")
    for widget in [*extra.values(), window]:
        widget.close()
        widget.deleteLater()
    app.processEvents()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
