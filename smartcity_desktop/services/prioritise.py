"""Prioritisation rounds: entering votes with each of the four methods and computing results.

API agreed between the service and the views (the views are built against these signatures).
Every computation lives in core (ranking, pairwise, agreement); this module reads and writes the
database and hands plain data to core.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.enums import PairOutcome, RoundMethod
from ..storage.database import Database


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RankedIdea:
    idea_id: str
    text: str            # the idea's title or text, for display
    score: float         # dots, weighted score, Borda points or Bradley-Terry strength
    rank: int            # 1 = best; tied ideas share a rank ("1, 1, 3")
    tied: bool           # True when another idea has the same rank
    n: int               # how many ballots/scores/comparisons the score rests on


@dataclass(frozen=True)
class RoundResult:
    round_id: str
    method: RoundMethod
    ideas: tuple[RankedIdea, ...]          # best first
    participants: int                      # distinct voters (ballots) behind the result
    weighted: bool = False                 # raked to the reference population
    effective_n: float | None = None       # Kish effective sample size when weighted
    notes: tuple[str, ...] = ()            # codes of caveats, e.g. "tallies_have_no_voters"


@dataclass(frozen=True)
class GroupResult:
    """The ranking of one group of one dimension, or ``suppressed`` when the group is too small
    to be shown on its own (fewer than core.rules.MIN_PUBLISHED_GROUP participants)."""

    dimension_key: str
    category_key: str          # "other" for folded small groups
    label: str
    participants: int | None   # None when suppressed
    suppressed: bool
    ideas: tuple[RankedIdea, ...]
    # idea_id -> (group rank - overall rank); large |value| = the group sees it differently
    rank_shift: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MethodComparison:
    round_ids: tuple[str, ...]
    idea_ids: tuple[str, ...]                 # ideas present in every compared round
    ranks: dict[str, tuple[int, ...]]         # idea_id -> rank in each round (same order)
    kendall_tau: dict[tuple[str, str], float]  # (round a, round b) -> tau-b
