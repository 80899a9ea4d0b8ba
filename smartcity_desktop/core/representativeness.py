"""How well the people in the room mirror the population, and weights that correct for it.

Plain Python (no Qt, no SQL); the service ``services.representativeness`` reads the database and
hands the numbers to these functions.

Terms
-----
* **Participation ratio** of a category: the participants' share divided by the reference
  (census) share. 1.0 = the group is as present as in the population; 0.5 = half as present.
  Shares are taken among the participants whose answer falls in a category that has reference
  data, so that both shares describe the same population ("prefer not to say", "not answered"
  and categories without reference figures are reported separately, never counted here).
* **Under-represented**: a ratio below :data:`UNDER_REPRESENTED_RATIO` (0.8, i.e. the group has
  at most four fifths of its population share; the "four-fifths rule" commonly used for
  adverse impact). A category with reference data and no participants has ratio 0.
* **R-score** of a dimension: the lowest participation ratio divided by the highest, among the
  categories with reference data. 1.0 = every group takes part in proportion; 0 = some group is
  missing entirely. (A simple max/min ratio; it is not Schouten's R-indicator.)
* **Raking** (iterative proportional fitting, IPF): each participant gets a weight so that the
  weighted shares match the reference shares on every dimension that has reference data, one
  dimension after the other until every margin is within ``tolerance`` (1e-6) of its target.
* **Kish effective sample size**: n_eff = (Σw)² / Σw² — how many unweighted participants the
  weighted group is worth. Equal weights give n_eff = n; uneven weights give less.

Raking choices (documented because they change the numbers)
-----------------------------------------------------------
* Starting weights are 1; weights always sum to n (the number of participants).
* A participant who answered "prefer not to say", left the question unanswered, or chose a
  category the reference has no figure for (e.g. "non-binary" against a census that counts
  women and men) is **left out of the raking on that dimension**: that dimension does not
  change their weight. Someone left out on every raked dimension keeps weight 1. Each
  dimension's adjustment keeps the total weight of the people it adjusts unchanged, so those
  left out are neither up- nor down-weighted by it.
* A reference category with no participants cannot be reached by any weight; it is dropped
  from that dimension's targets and the other shares are scaled up to sum to 1 (reported in
  ``notes`` as ``no_participants:<dimension>:<category>``). A reference share of 0 counts as
  "no reference data" for that category.
* **Cap**: no weight may exceed ``cap`` (default 5, i.e. nobody counts for more than five
  people) nor fall below ``1/cap`` (nobody is weighted almost out of the sample). After each
  full IPF sweep, weights outside those bounds are set to the nearest bound and the weights in
  between are rescaled so that the raked participants' weights again sum to their number
  (repeated until every weight is within the bounds); the sweeps go on until the margins are within the
  tolerance. If the cap makes the margins unreachable the weights stop changing before the
  margins match: the result then says ``converged=False`` with the remaining margin error (note
  ``cap_limits_margins``), and the weights are the best the cap allows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

UNDER_REPRESENTED_RATIO = 0.8
DEFAULT_WEIGHT_CAP = 5.0
TOLERANCE = 1e-6
MAX_ITERATIONS = 2000
#: Without a cap, no weight falls below this (so nobody is weighted out of the sample).
MIN_WEIGHT = 1e-6


def participation_ratio(participant_share: float | None,
                        reference_share: float | None) -> float | None:
    """Participant share / reference share; ``None`` when there is no reference share (or it
    is 0) or no participant share."""
    if participant_share is None or not reference_share or reference_share <= 0:
        return None
    return participant_share / reference_share


def is_under_represented(ratio: float | None,
                         threshold: float = UNDER_REPRESENTED_RATIO) -> bool:
    return ratio is not None and ratio < threshold


def r_score(ratios: Iterable[float | None]) -> float | None:
    """Lowest participation ratio / highest, over the categories that have one (``None``s are
    skipped). ``None`` when there is no ratio or the highest is 0 (nobody answered)."""
    values = [float(r) for r in ratios if r is not None]
    if not values:
        return None
    highest = max(values)
    if highest <= 0:
        return None
    return min(values) / highest


def kish_effective_n(weights: Iterable[float]) -> float:
    """(Σw)² / Σw²; 0 for no weights (or all zero)."""
    total = squares = 0.0
    for w in weights:
        total += w
        squares += w * w
    return total * total / squares if squares > 0 else 0.0


def normalise_shares(values: Mapping[str, float]) -> dict[str, float]:
    """Counts or shares -> shares summing to 1 (categories with 0 dropped). Empty when the
    total is 0."""
    total = sum(v for v in values.values() if v > 0)
    if total <= 0:
        return {}
    return {k: v / total for k, v in values.items() if v > 0}


@dataclass(frozen=True)
class RakeResult:
    weights: tuple[float, ...]        # one per person, in the order given
    converged: bool                   # every margin within the tolerance
    iterations: int                   # full sweeps over the dimensions
    max_margin_error: float           # largest |weighted share - target share|
    capped: int                       # people whose weight sits at the cap
    dimensions: tuple[str, ...]       # the dimensions actually raked
    notes: tuple[str, ...] = ()


def rake(answers: Sequence[Mapping[str, str | None]],
         targets: Mapping[str, Mapping[str, float]],
         cap: float | None = DEFAULT_WEIGHT_CAP,
         tolerance: float = TOLERANCE,
         max_iterations: int = MAX_ITERATIONS) -> RakeResult:
    """Rake the people in ``answers`` (one mapping dimension -> category key, or ``None`` /
    missing for "not answered") to the target shares in ``targets`` (dimension -> category ->
    share or count; normalised per dimension). See the module docstring for the rules.

    Returns one weight per person; the weights sum to ``len(answers)``."""
    if cap is not None and cap < 1:
        raise ValueError(f"The weight cap must be at least 1 (got {cap}).")
    n = len(answers)
    notes: list[str] = []
    # Targets as shares; a dimension counts only if somebody answered one of its categories.
    goals: dict[str, dict[str, float]] = {}
    for dim, wanted in targets.items():
        shares = normalise_shares(wanted)
        if not shares:
            continue
        present = {a.get(dim) for a in answers} & set(shares)
        if not present:
            notes.append(f"nobody_answered:{dim}")
            continue
        for category in shares:
            if category not in present:
                notes.append(f"no_participants:{dim}:{category}")
        goals[dim] = normalise_shares({c: s for c, s in shares.items() if c in present})
    dims = tuple(goals)
    if not dims:
        return RakeResult(tuple(1.0 for _ in range(n)), True, 0, 0.0, 0, (), tuple(notes))

    # People with the same answers on the raked dimensions always share a weight: rake cells.
    cell_of: list[tuple] = []
    cells: dict[tuple, int] = {}
    for person in answers:
        key = tuple(person.get(d) if person.get(d) in goals[d] else None for d in dims)
        cell_of.append(key)
        cells[key] = cells.get(key, 0) + 1
    keys = list(cells)
    count = [cells[k] for k in keys]
    weight = [1.0] * len(keys)
    raked = [i for i, k in enumerate(keys) if any(c is not None for c in k)]
    raked_n = sum(count[i] for i in raked)
    members = {d: [i for i, k in enumerate(keys) if k[j] is not None]
               for j, d in enumerate(dims)}

    def margins(j: int, dim: str) -> tuple[dict[str, float], float]:
        totals = dict.fromkeys(goals[dim], 0.0)
        for i in members[dim]:
            totals[keys[i][j]] += count[i] * weight[i]
        return totals, sum(totals.values())

    def margin_error() -> float:
        worst = 0.0
        for j, dim in enumerate(dims):
            totals, whole = margins(j, dim)
            for category, share in goals[dim].items():
                worst = max(worst, abs(totals[category] / whole - share))
        return worst

    # Without a cap, a floor still keeps everybody in: weights that margins out of reach would
    # drive towards 0 (and underflow) stop at MIN_WEIGHT.
    ceiling = cap if cap is not None else math.inf
    floor = 1.0 / cap if cap is not None else MIN_WEIGHT

    def apply_bounds() -> None:
        """Trim to [1/cap, cap]: scale every raked weight by the one factor ``s`` for which
        the trimmed weights ``clip(s·w, 1/cap, cap)`` again sum to the raked participants'
        number (the sum grows with ``s``, from n/cap to n·cap, so bisection finds it)."""
        if all(floor <= weight[i] <= ceiling for i in raked):
            return

        def total(scale: float) -> float:
            return sum(count[i] * min(ceiling, max(floor, weight[i] * scale)) for i in raked)

        low, high = 1e-12, 1e12
        for _ in range(200):
            mid = math.sqrt(low * high)
            if total(mid) < raked_n:
                low = mid
            else:
                high = mid
            if high / low < 1 + 1e-15:
                break
        for i in raked:
            weight[i] = min(ceiling, max(floor, weight[i] * high))

    iterations = 0
    error = margin_error()
    for iterations in range(1, max_iterations + 1):
        before = list(weight)
        for j, dim in enumerate(dims):
            totals, whole = margins(j, dim)
            factor = {c: goals[dim][c] * whole / t for c, t in totals.items()}
            for i in members[dim]:
                weight[i] *= factor[keys[i][j]]
        apply_bounds()
        error = margin_error()
        if error <= tolerance * 1e-2:  # a margin of safety, so the weights are exact too
            break
        if max(abs(a - b) for a, b in zip(weight, before)) <= tolerance * 1e-3:
            break  # a fixed point that misses the margins: the cap is in the way
    converged = error <= tolerance
    if not converged:
        notes.append("cap_limits_margins" if cap is not None and any(
            weight[i] >= cap for i in raked) else "not_converged")
    index = {k: i for i, k in enumerate(keys)}
    weights = tuple(weight[index[k]] for k in cell_of)
    capped = sum(count[i] for i in raked if cap is not None and weight[i] >= cap * (1 - 1e-9))
    return RakeResult(weights, converged, iterations, error, capped, dims, tuple(notes))
