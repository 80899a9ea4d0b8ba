"""The demo project, built from fixed seed data in ``resources/demo/demo_project.json``
(written by hand; no random noise, so every demo database is the same)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..core.enums import IdeaKind, IdeaSource, IdeaStatus, WorkshopStatus
from ..core.errors import NotFoundError
from ..core.resources import resource
from ..storage.database import Database
from . import capture, lifecycle, participants, projects


def demo_file() -> Path:
    return resource("demo", "demo_project.json")


def load_demo(db: Database, progress=None) -> str:
    """Create the demo project and return its id. ``progress(done, total)`` is optional."""
    seed = json.loads(demo_file().read_text(encoding="utf-8"))
    meta = seed["project"]
    project = projects.create_project(db, meta["name"], meta.get("language", "en"),
                                      meta.get("description", ""))
    goals = {g["code"]: projects.add_strategy_goal(db, project.id, g["code"], g["title"]).id
             for g in seed["strategy_goals"]}
    themes = {t["key"]: projects.add_theme(db, project.id, t["name"]).id for t in seed["themes"]}
    workshops = {}
    for w in seed["workshops"]:
        # Keep the seed's code unless this database already uses it (the demo can be added
        # next to real workshops): then take the next free code, so loading never fails midway.
        try:
            projects.find_workshop(db, w["code"])
            code = projects.suggest_workshop_code(db)
        except NotFoundError:
            code = w["code"]
        workshop = projects.create_workshop(
            db, project.id, code, w["title"], dt.date.fromisoformat(w["date"]),
            w.get("venue", ""), "\n".join(w.get("facilitators", [])),
            w.get("consent_version", "1"))
        projects.set_agenda(db, workshop.id, [tuple(item) for item in w.get("agenda", [])])
        workshops[w["code"]] = (workshop, w.get("status", "planned"))
    people: dict[tuple[str, int], str] = {}
    numbers: dict[str, int] = {}
    for p in seed["participants"]:
        workshop, _ = workshops[p["workshop"]]
        contact = p.get("contact")
        row = participants.register_participant(db, workshop.id, participants.ParticipantInput(
            answers=p.get("answers", {}), self_description=p.get("self_description"),
            consent_processing=p.get("consent_processing", False),
            consent_contact=p.get("consent_contact", False),
            contact=participants.ContactInput(**contact) if contact else None))
        numbers[p["workshop"]] = numbers.get(p["workshop"], 0) + 1
        people[(p["workshop"], numbers[p["workshop"]])] = row.id
    total = len(seed["ideas"])
    for n, i in enumerate(seed["ideas"], 1):
        workshop, _ = workshops[i["workshop"]]
        author = people[(i["workshop"], i["participant"])] if i.get("participant") else None
        idea_id = capture.add_idea(db, workshop.id, capture.IdeaInput(
            text=i["text"], kind=IdeaKind(i.get("kind", "idea")), title=i.get("title"),
            theme_id=themes.get(i.get("theme")), sdgs=tuple(i.get("sdgs", ())),
            strategy_goal_ids=tuple(goals[g] for g in i.get("goals", ())),
            source=IdeaSource(i.get("source", "live")), author_participant_id=author,
            author_table_group=i.get("table_group"), entered_by=i.get("entered_by", "")))
        if i.get("status", "new") != IdeaStatus.NEW:
            lifecycle.change_status(db, idea_id, IdeaStatus(i["status"]), i.get("status_reason", ""),
                        dt.date.fromisoformat(i.get("status_date", "2026-10-15")))
        if progress:
            progress(n, total)
    order = list(WorkshopStatus)
    for workshop, status in workshops.values():
        for step in order[1:order.index(WorkshopStatus(status)) + 1]:
            projects.set_workshop_status(db, workshop.id, step)
    return project.id
