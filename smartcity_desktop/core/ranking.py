"""Scores and rankings of the prioritisation methods (plain Python: no Qt, no SQL).

Every function takes plain data (ids, numbers) and gives plain data back, so that the
services can hand it rows from the database and the tests can hand it hand-worked examples.

Ranks are *competition ranks* ("1, 1, 3"): ideas whose scores are equal (within a small
tolerance, so that sums of floats added in another order still tie) share the best rank of
their group and the next group's rank counts every idea above it. Tied ideas are listed in a
fixed order, by their text (case-insensitively) and then by id, so a ranking never depends on
the order in which the votes were read.

The methods
-----------
Dot voting
    Score = the number of dots (each dot of a voter counts ``weight`` when weighted; wall
    tallies always count 1 per dot). ``n`` = the number of ballots that put at least one dot on
    the idea (tallies have no voters and add nothing to ``n``).

Weighted criteria scoring
    Each scorer (a participant or a table group) scores an idea 1-5 on some or all of the
    project's criteria. Per criterion the idea's value is the mean of the scores given for it
    (weighted by the scorers' weights when weighted). The idea's score is
    ``sum(weight_c * mean_c)`` over the criteria. **Missing criteria**: a criterion that no
    scorer scored for an idea is left out and the weights of the criteria that *were* scored
    are scaled up to the full total, i.e. ``score = W * sum(w_c * mean_c) / sum(w_c)`` over
    the scored criteria, where ``W`` is the sum of all weights. So an idea scored on three of
    four criteria is compared on the same 1-5 scale instead of being pushed to the bottom as if
    it had scored 0; such ideas are reported (``incomplete``) so that the screen can say so.
    With the default weights (summing to 1) a fully scored idea's score is on the 1-5 scale.
    ``n`` = the number of distinct scorers of the idea.

Ranking (Borda count)
    We use the **modified Borda count** (Emerson 2013): a ballot that ranks ``m`` ideas gives
    ``m`` points to its first idea, ``m - 1`` to the second, ... and ``1`` to its last; ideas
    not on the ballot get 0 from it. Why not the classic ``m - 1 ... 0``? With short lists of
    different lengths the classic count gives the last idea of a ballot the same 0 as an idea
    the voter did not list at all, and a ballot with a single idea gives nothing. The modified
    count tells "ranked last" from "not ranked", and a voter who lists fewer ideas gives fewer
    points in total (``m(m+1)/2``) so that shortening one's list cannot be used to weigh more.
    With complete ballots of equal length the two counts give the same ranking (every score is
    shifted by the number of ballots). ``n`` = the number of ballots that list the idea.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import ValidationError

MIN_SCORE = 1
MAX_SCORE = 5
#: Scores this close (relative to their size, or absolutely below 1) count as equal.
TIE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Score:
    value: float
    n: int


@dataclass(frozen=True)
class Ranked:
    item: str
    score: float
    rank: int
    tied: bool


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def tie_key(item: str, label: str | None) -> tuple[str, str, str]:
    """How tied items are ordered: by label, case-insensitively, then exactly, then by id."""
    text = label or ""
    return (text.casefold(), text, item)


def competition_ranking(scores: Mapping[str, float], labels: Mapping[str, str] | None = None,
                        tolerance: float = TIE_TOLERANCE,
                        keys: Mapping[str, tuple] | None = None,
                        key_order: Sequence[str] | None = None) -> list[Ranked]:
    """Rank ``scores`` (higher is better) with competition ranks, best first.

    Scores within ``tolerance`` of the best score of their group tie. Tied items are ordered
    by their label (case-insensitively, then exactly) and then by id; ``labels`` maps id ->
    label (missing labels sort as ""). ``keys`` may give the :func:`tie_key` of every item
    ready-made, and ``key_order`` the items sorted by them (a caller ranking the same items
    many times computes them once)."""
    if keys is None:
        labels = labels or {}
        keys = {item: tie_key(item, labels.get(item)) for item in scores}
    # Sorted by tie key first, then (stably) by score: equal scores stay in tie-key order.
    by_key = key_order if key_order is not None else sorted(scores, key=keys.__getitem__)
    ordered = sorted(by_key, key=scores.__getitem__, reverse=True)
    result: list[Ranked] = []
    k, total = 0, len(ordered)
    while k < total:
        first = scores[ordered[k]]
        # the group: every next score within the tolerance of its first (see _close)
        floor = first - tolerance * max(1.0, abs(first))
        end = k + 1
        while end < total and scores[ordered[end]] >= floor \
                and _close(first, scores[ordered[end]], tolerance):
            end += 1
        group = ordered[k:end]
        tied = end - k > 1
        if tied:
            group.sort(key=keys.__getitem__)
        rank = k + 1
        result.extend(Ranked(item, scores[item], rank, tied) for item in group)
        k = end
    return result


def check_score(value: object, field: str = "score") -> int:
    """A criterion score: a whole number from 1 to 5 (anything else is a ValidationError)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or \
            (isinstance(value, float) and not value.is_integer()):
        raise ValidationError(field, f"A score must be a whole number from {MIN_SCORE} to "
                              f"{MAX_SCORE}, not {value!r}.", reason="score_invalid", value=value,
                              low=MIN_SCORE, high=MAX_SCORE)
    score = int(value)
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise ValidationError(field, f"A score must be from {MIN_SCORE} to {MAX_SCORE}; "
                              f"{score} is outside.", reason="score_invalid", value=score,
                              low=MIN_SCORE, high=MAX_SCORE)
    return score


# --------------------------------------------------------------------------- dot voting


def dot_scores(ballot_dots: Iterable[tuple[str, str, int]],
               tally_dots: Iterable[tuple[str, int]] = (),
               weights: Mapping[str, float] | None = None) -> dict[str, Score]:
    """Dots per idea. ``ballot_dots``: (voter, idea, dots) lines of ballots; ``tally_dots``:
    (idea, dots) counted from the wall. ``weights``: voter -> weight (default 1)."""
    total: dict[str, float] = {}
    voters: dict[str, set[str]] = {}
    for voter, idea, dots in ballot_dots:
        w = 1.0 if weights is None else weights.get(voter, 1.0)
        total[idea] = total.get(idea, 0) + dots * w
        if dots > 0:
            voters.setdefault(idea, set()).add(voter)
    for idea, dots in tally_dots:
        total[idea] = total.get(idea, 0) + dots
    return {idea: Score(value, len(voters.get(idea, ()))) for idea, value in total.items()}


# --------------------------------------------------------------------------- criteria


@dataclass(frozen=True)
class CriteriaResult:
    scores: dict[str, Score]
    incomplete: frozenset[str]  # ideas with at least one criterion nobody scored


def criteria_scores(scores: Iterable[tuple[str, str, str, int]],
                    criterion_weights: Mapping[str, float],
                    weights: Mapping[str, float] | None = None) -> CriteriaResult:
    """Weighted criteria scores. ``scores``: (scorer, idea, criterion, score 1-5) where the
    scorer is a participant id or a table group key; ``criterion_weights``: criterion ->
    weight (the project's criteria; scores on other criteria are ignored); ``weights``:
    scorer -> weight (default 1). See the module docstring for missing criteria."""
    sums: dict[str, dict[str, list[float]]] = {}  # idea -> criterion -> [sum w*s, sum w]
    scorers: dict[str, set[str]] = {}
    for scorer, idea, criterion, score in scores:
        if criterion not in criterion_weights:
            continue
        w = 1.0 if weights is None else weights.get(scorer, 1.0)
        acc = sums.setdefault(idea, {}).setdefault(criterion, [0.0, 0.0])
        acc[0] += w * score
        acc[1] += w
        scorers.setdefault(idea, set()).add(scorer)
    full = sum(criterion_weights.values())
    result: dict[str, Score] = {}
    incomplete = set()
    for idea, by_criterion in sums.items():
        given = {c: acc[0] / acc[1] for c, acc in by_criterion.items() if acc[1] > 0}
        given_weight = sum(criterion_weights[c] for c in given)
        if len(given) < len(criterion_weights):
            incomplete.add(idea)
        if not given or given_weight <= 0:
            value = 0.0
        else:
            value = full * sum(criterion_weights[c] * m for c, m in given.items()) / given_weight
        result[idea] = Score(value, len(scorers[idea]))
    return CriteriaResult(result, frozenset(incomplete))


# --------------------------------------------------------------------------- Borda


def borda_points(length: int) -> list[int]:
    """Modified Borda points of a ballot of ``length`` ideas: ``length, ..., 1``."""
    return list(range(length, 0, -1))


def borda_scores(ballots: Iterable[tuple[str, Sequence[str]]],
                 weights: Mapping[str, float] | None = None) -> dict[str, Score]:
    """Modified Borda count. ``ballots``: (voter, ideas best first); a ballot must not list an
    idea twice (the services refuse such ballots). ``weights``: voter -> weight."""
    points: dict[str, float] = {}
    counts: dict[str, int] = {}
    for voter, ideas in ballots:
        w = 1.0 if weights is None else weights.get(voter, 1.0)
        m = len(ideas)
        for position, idea in enumerate(ideas):
            points[idea] = points.get(idea, 0) + (m - position) * w
            counts[idea] = counts.get(idea, 0) + 1
    return {idea: Score(value, counts[idea]) for idea, value in points.items()}


# --------------------------------------------------------------------------- weights


def kish_effective_n(weights: Iterable[float]) -> float:
    """Kish's effective sample size ``(sum w)^2 / sum w^2`` (0 for no weights)."""
    values = list(weights)
    squares = math.fsum(w * w for w in values)
    return math.fsum(values) ** 2 / squares if squares > 0 else 0.0


#: A rank shift at least this large (and at least a tenth of the ranked ideas) is "notable".
NOTABLE_SHIFT = 3


def notable_shift_threshold(ideas: int) -> int:
    """How many places a group's rank must differ from the overall rank to be highlighted:
    at least :data:`NOTABLE_SHIFT`, and at least a tenth of the ideas ranked (with 2,000 ideas a
    shift of 3 places is noise)."""
    return max(NOTABLE_SHIFT, math.ceil(ideas / 10))
