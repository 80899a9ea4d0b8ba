"""Translated display names for the codes the core uses (enums, SDGs, column titles), and
the short texts several views show for prioritisation rounds (method names, ranks, scores).

The core returns codes; this is the one place that turns them into words for people.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.enums import IdeaKind, IdeaSource, IdeaStatus, RoundMethod, WorkshopStatus

if TYPE_CHECKING:
    from ..services.prioritise.scoring import RankedIdea


def idea_kind(code: str) -> str:
    return {
        IdeaKind.NEED: QCoreApplication.translate("Labels", "Need"),
        IdeaKind.IDEA: QCoreApplication.translate("Labels", "Idea"),
    }.get(code, code)


def idea_source(code: str) -> str:
    return {
        IdeaSource.LIVE: QCoreApplication.translate("Labels", "Live"),
        IdeaSource.PAPER: QCoreApplication.translate("Labels", "Paper form"),
        IdeaSource.STICKY: QCoreApplication.translate("Labels", "Sticky note"),
        IdeaSource.KIOSK: QCoreApplication.translate("Labels", "Kiosk"),
    }.get(code, code)


def idea_status(code: str) -> str:
    return {
        IdeaStatus.NEW: QCoreApplication.translate("Labels", "New"),
        IdeaStatus.UNDER_REVIEW: QCoreApplication.translate("Labels", "Under review"),
        IdeaStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted into plan"),
        IdeaStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        IdeaStatus.IMPLEMENTED: QCoreApplication.translate("Labels", "Implemented"),
        IdeaStatus.DECLINED: QCoreApplication.translate("Labels", "Declined"),
    }.get(code, code)


def workshop_status(code: str) -> str:
    return {
        WorkshopStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        WorkshopStatus.RUNNING: QCoreApplication.translate("Labels", "Running"),
        WorkshopStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }.get(code, code)


def sdg_title(number: int) -> str:
    titles = {
        1: QCoreApplication.translate("Labels", "No poverty"),
        2: QCoreApplication.translate("Labels", "Zero hunger"),
        3: QCoreApplication.translate("Labels", "Good health and well-being"),
        4: QCoreApplication.translate("Labels", "Quality education"),
        5: QCoreApplication.translate("Labels", "Gender equality"),
        6: QCoreApplication.translate("Labels", "Clean water and sanitation"),
        7: QCoreApplication.translate("Labels", "Affordable and clean energy"),
        8: QCoreApplication.translate("Labels", "Decent work and economic growth"),
        9: QCoreApplication.translate("Labels", "Industry, innovation and infrastructure"),
        10: QCoreApplication.translate("Labels", "Reduced inequalities"),
        11: QCoreApplication.translate("Labels", "Sustainable cities and communities"),
        12: QCoreApplication.translate("Labels", "Responsible consumption and production"),
        13: QCoreApplication.translate("Labels", "Climate action"),
        14: QCoreApplication.translate("Labels", "Life below water"),
        15: QCoreApplication.translate("Labels", "Life on land"),
        16: QCoreApplication.translate("Labels", "Peace, justice and strong institutions"),
        17: QCoreApplication.translate("Labels", "Partnerships for the goals"),
    }
    return titles.get(number, str(number))


def idea_columns() -> dict[str, str]:
    return {
        "text": QCoreApplication.translate("Labels", "Idea"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "theme": QCoreApplication.translate("Labels", "Theme"),
        "sdgs": QCoreApplication.translate("Labels", "SDGs"),
        "author": QCoreApplication.translate("Labels", "Author"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "workshop": QCoreApplication.translate("Labels", "Workshop"),
        "created": QCoreApplication.translate("Labels", "Added"),
    }


def record_kind(what: str) -> str:
    """A kind of record as a noun without article ("No … with id …")."""
    return {
        "agenda item": QCoreApplication.translate("Labels", "agenda item", "no … with id"),
        "batch": QCoreApplication.translate("Labels", "batch", "no … with id"),
        "card entry": QCoreApplication.translate("Labels", "card entry", "no … with id"),
        "conflict": QCoreApplication.translate("Labels", "conflict", "no … with id"),
        "idea": QCoreApplication.translate("Labels", "idea", "no … with id"),
        "participant": QCoreApplication.translate("Labels", "participant", "no … with id"),
        "project": QCoreApplication.translate("Labels", "project", "no … with id"),
        "round": QCoreApplication.translate("Labels", "round", "no … with id"),
        "status change": QCoreApplication.translate("Labels", "status change", "no … with id"),
        "theme": QCoreApplication.translate("Labels", "theme", "no … with id"),
        "trusted key": QCoreApplication.translate("Labels", "trusted key", "no … with id"),
        "vote": QCoreApplication.translate("Labels", "vote", "no … with id"),
        "workshop": QCoreApplication.translate("Labels", "workshop", "no … with id"),
        "record": QCoreApplication.translate("Labels", "record", "no … with id"),
    }.get(what, what)


def field_name(field: str) -> str:
    """A field as the subject of a sentence ("The … must not be empty")."""
    return {
        "activity": QCoreApplication.translate("Labels", "activity", "the …"),
        "ballot": QCoreApplication.translate("Labels", "ballot", "the …"),
        "code": QCoreApplication.translate("Labels", "code", "the …"),
        "description": QCoreApplication.translate("Labels", "description", "the …"),
        "facilitators": QCoreApplication.translate("Labels", "facilitators", "the …"),
        "label": QCoreApplication.translate("Labels", "label", "the …"),
        "name": QCoreApplication.translate("Labels", "name", "the …"),
        "notes": QCoreApplication.translate("Labels", "notes", "the …"),
        "phone": QCoreApplication.translate("Labels", "phone", "the …"),
        "reason": QCoreApplication.translate("Labels", "reason", "the …"),
        "self_description": QCoreApplication.translate("Labels", "self-description", "the …"),
        "session": QCoreApplication.translate("Labels", "session", "the …"),
        "table_group": QCoreApplication.translate("Labels", "table group", "the …"),
        "text": QCoreApplication.translate("Labels", "text", "the …"),
        "theme": QCoreApplication.translate("Labels", "theme", "the …"),
        "title": QCoreApplication.translate("Labels", "title", "the …"),
        "venue": QCoreApplication.translate("Labels", "venue", "the …"),
        "dots": QCoreApplication.translate("Labels", "dots", "the …"),
        "dots_per_participant": QCoreApplication.translate("Labels", "dots per participant",
                                                           "the …"),
        "impact": QCoreApplication.translate("Labels", "impact", "the …"),
        "effort": QCoreApplication.translate("Labels", "effort", "the …"),
        "rank": QCoreApplication.translate("Labels", "rank", "the …"),
        "score": QCoreApplication.translate("Labels", "score", "the …"),
        "cards": QCoreApplication.translate("Labels", "idea cards", "the …"),
        "registrations": QCoreApplication.translate("Labels", "registration forms", "the …"),
    }.get(field, field.replace("_", " "))


def method_label(method: str) -> str:
    return {
        RoundMethod.DOTS: QCoreApplication.translate("VoteEntry", "Dot voting"),
        RoundMethod.CRITERIA: QCoreApplication.translate("VoteEntry", "Criteria scoring"),
        RoundMethod.RANKING: QCoreApplication.translate("VoteEntry", "Ranking"),
        RoundMethod.PAIRWISE: QCoreApplication.translate("VoteEntry", "Pairwise comparison"),
    }.get(method, method)


def method_description(method: str) -> str:
    return {
        RoundMethod.DOTS: QCoreApplication.translate(
            "VoteEntry", "Each participant places a number of dots on the ideas they support. "
            "Type in each person's ballot, or count the dots on the wall (optionally one "
            "count per dot colour)."),
        RoundMethod.CRITERIA: QCoreApplication.translate(
            "VoteEntry", "Participants or table groups score ideas from 1 to 5 on the "
            "project's criteria; the weights of the criteria combine the scores."),
        RoundMethod.RANKING: QCoreApplication.translate(
            "VoteEntry", "Each participant puts a short list of ideas in order, first choice "
            "at the top (Borda count)."),
        RoundMethod.PAIRWISE: QCoreApplication.translate(
            "VoteEntry", "People at the screen see two ideas at a time and pick the one that "
            "matters more, or say they can't decide."),
    }.get(method, "")


def one_line(text: str, limit: int = 140) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def rank_text(idea: RankedIdea) -> str:
    """"3", or "=3" when another idea has the same rank."""
    return f"={idea.rank}" if idea.tied else str(idea.rank)


def score_text(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"
