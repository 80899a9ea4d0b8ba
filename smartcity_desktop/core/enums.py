"""Enumerations shared by every layer. Values are stable codes stored in the database and in
sync packages; labels shown to people live in the Qt layer (translated) or the CLI."""

from enum import StrEnum


class IdeaKind(StrEnum):
    NEED = "need"  # a need or a problem
    IDEA = "idea"  # an idea or a solution


class IdeaSource(StrEnum):
    LIVE = "live"
    PAPER = "paper"
    STICKY = "sticky"
    KIOSK = "kiosk"


class IdeaStatus(StrEnum):
    NEW = "new"
    UNDER_REVIEW = "under_review"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    DECLINED = "declined"


class WorkshopStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


# A workshop may only move forward through its life; re-opening a closed meeting would
# silently change attendance figures that may already have been reported.
WORKSHOP_TRANSITIONS: dict[WorkshopStatus, frozenset[WorkshopStatus]] = {
    WorkshopStatus.PLANNED: frozenset({WorkshopStatus.RUNNING}),
    WorkshopStatus.RUNNING: frozenset({WorkshopStatus.CLOSED}),
    WorkshopStatus.CLOSED: frozenset(),
}


class EntryBatchStatus(StrEnum):
    """A stack of paper cards typed in by volunteers."""

    OPEN = "open"          # cards are being entered (or wait for comparison)
    VERIFIED = "verified"  # every card has become an idea (compared, where double-entered)
    CLOSED = "closed"      # no more cards are taken


class RoundMethod(StrEnum):
    DOTS = "dots"          # dot voting: ballots or wall tallies (optionally by dot colour)
    CRITERIA = "criteria"  # weighted criteria scoring, 1-5 per criterion
    RANKING = "ranking"    # each participant orders a short list; Borda count
    PAIRWISE = "pairwise"  # two ideas at a time (All Our Ideas style); Bradley-Terry


class PairOutcome(StrEnum):
    A = "a"          # the first idea wins
    B = "b"          # the second idea wins
    CANT_DECIDE = "cant_decide"
