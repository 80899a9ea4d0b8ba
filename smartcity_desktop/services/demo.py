"""The demo project, built from fixed seed data in ``resources/demo/demo_project.json``
(written by hand; no random noise, so every demo database is the same).

Its prioritisation rounds (dot voting and criteria scoring in W1, a ranking in W2) hold
made-up sample votes, drawn once from a fixed seed by ``resources/demo/make_demo_rounds.py``
and stored in the same file: they look like a workshop's votes but describe nobody."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..core.enums import IdeaKind, IdeaSource, IdeaStatus, WorkshopStatus
from ..core.errors import NotFoundError
from ..core.resources import resource
from ..storage.database import Database
from .ideas import capture, lifecycle
from .prioritise import rounds as prioritise_rounds
from .prioritise import votes as prioritise_votes
from .workshop import participants, projects


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
    idea_ids: dict[tuple[str, int], str] = {}  # (workshop, number in the workshop) -> id
    numbers_i: dict[str, int] = {}
    for n, i in enumerate(seed["ideas"], 1):
        workshop, _ = workshops[i["workshop"]]
        author = people[(i["workshop"], i["participant"])] if i.get("participant") else None
        idea_id = capture.add_idea(db, workshop.id, capture.IdeaInput(
            text=i["text"], kind=IdeaKind(i.get("kind", "idea")), title=i.get("title"),
            theme_id=themes.get(i.get("theme")), sdgs=tuple(i.get("sdgs", ())),
            strategy_goal_ids=tuple(goals[g] for g in i.get("goals", ())),
            source=IdeaSource(i.get("source", "live")), author_participant_id=author,
            author_table_group=i.get("table_group"), entered_by=i.get("entered_by", "")))
        numbers_i[i["workshop"]] = numbers_i.get(i["workshop"], 0) + 1
        idea_ids[(i["workshop"], numbers_i[i["workshop"]])] = idea_id
        if i.get("status", "new") != IdeaStatus.NEW:
            lifecycle.change_status(db, idea_id, IdeaStatus(i["status"]), i.get("status_reason", ""),
                        dt.date.fromisoformat(i.get("status_date", "2026-10-15")))
        if progress:
            progress(n, total)
    _add_rounds(db, seed.get("rounds", []), workshops, people, idea_ids)
    order = list(WorkshopStatus)
    for workshop, status in workshops.values():
        for step in order[1:order.index(WorkshopStatus(status)) + 1]:
            projects.set_workshop_status(db, workshop.id, step)
    return project.id


def _add_rounds(db: Database, rounds: list[dict], workshops: dict, people: dict,
                idea_ids: dict) -> None:
    """The seed's prioritisation rounds with their (made-up) votes, each closed afterwards.
    Participants and ideas are named by their number in the workshop."""
    for r in rounds:
        code = r["workshop"]
        workshop, _ = workshops[code]
        rnd = prioritise_rounds.create_round(db, workshop.id, r["method"], r.get("name", ""),
                                             r.get("dots_per_participant", 5))
        if r["method"] == "dots":
            for b in r["ballots"]:
                prioritise_votes.add_dot_ballot(db, rnd.id, people[(code, b["participant"])],
                                                [idea_ids[(code, n)] for n in b["ideas"]])
        elif r["method"] == "ranking":
            for b in r["ballots"]:
                prioritise_votes.add_ranking_ballot(db, rnd.id, "",
                                                    [idea_ids[(code, n)] for n in b["ideas"]],
                                                    people[(code, b["participant"])])
        elif r["method"] == "criteria":
            criteria = {c.key: c.id for c in projects.list_criteria(db, workshop.project_id)}
            for sc in r["scores"]:
                prioritise_votes.add_criterion_scores(
                    db, rnd.id, idea_ids[(code, sc["idea"])],
                    {criteria[k]: v for k, v in sc["scores"].items() if k in criteria},
                    participant_id=people[(code, sc["participant"])])
        prioritise_rounds.close_round(db, rnd.id)
