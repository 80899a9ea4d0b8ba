"""How far two rankings agree: Kendall's tau-b (plain Python: no Qt, no SQL, no scipy).

tau-b = (C - D) / sqrt((P - X) * (P - Y)), where over all ``P = n(n-1)/2`` pairs of items
``C`` pairs are ordered the same way by both rankings, ``D`` the opposite way, ``X`` pairs are
tied in the first ranking and ``Y`` pairs tied in the second (a pair tied in both counts in
both). It is 1 for the same order, -1 for the reverse, and it is undefined (``nan``) when one
ranking ties every item (or there are fewer than two items).

:func:`kendall_tau_b` uses Knight's (1966) O(n log n) algorithm: sort by the first ranking
(then the second), count the tied pairs, and count the discordant pairs as the swaps a merge sort
needs to order the second ranking. The same as ``scipy.stats.kendalltau(x, y)`` (variant "b").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


def _tied_pairs(values: Sequence[float]) -> int:
    """Pairs of equal values in a sorted sequence."""
    total, run = 0, 1
    for k in range(1, len(values)):
        if values[k] == values[k - 1]:
            run += 1
        else:
            total += run * (run - 1) // 2
            run = 1
    return total + run * (run - 1) // 2


def _merge_swaps(values: list[float]) -> tuple[int, list[float]]:
    """The number of inversions of ``values`` (pairs with a strictly greater value before a
    smaller one), counted by a bottom-up merge sort, and the values sorted."""
    values = list(values)
    n = len(values)
    swaps = 0
    width = 1
    buffer = values[:]
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if values[j] < values[i]:
                    buffer[k] = values[j]
                    swaps += mid - i
                    j += 1
                else:
                    buffer[k] = values[i]
                    i += 1
                k += 1
            while i < mid:
                buffer[k] = values[i]
                i += 1
                k += 1
            while j < hi:
                buffer[k] = values[j]
                j += 1
                k += 1
        values, buffer = buffer, values
        width *= 2
    return swaps, values


def kendall_tau_b(x: Sequence[float], y: Sequence[float]) -> float:
    """Kendall's tau-b of two paired sequences (e.g. the ranks of the same ideas in two
    rounds). ``nan`` when undefined."""
    if len(x) != len(y):
        raise ValueError("the two sequences must have the same length")
    n = len(x)
    if n < 2:
        return math.nan
    pairs = sorted(zip(x, y))
    total = n * (n - 1) // 2
    tied_x = _tied_pairs([a for a, _ in pairs])
    tied_xy = _tied_pairs(pairs)  # tuples compare equal when both values are
    ys = [b for _, b in pairs]
    # Within a run of equal x the ys are sorted, so the merge sort counts only pairs that
    # differ in x as inversions: exactly the discordant pairs.
    discordant, ys_sorted = _merge_swaps(ys)
    tied_y = _tied_pairs(ys_sorted)
    concordant_minus_discordant = total - tied_x - tied_y + tied_xy - 2 * discordant
    denominator = math.sqrt((total - tied_x) * (total - tied_y))
    if denominator == 0:
        return math.nan
    return concordant_minus_discordant / denominator


def kendall_tau_b_of(ranks_a: Mapping[str, float], ranks_b: Mapping[str, float]) -> float:
    """tau-b over the items the two mappings (item -> rank or score) have in common."""
    common = sorted(set(ranks_a) & set(ranks_b))
    return kendall_tau_b([ranks_a[i] for i in common], [ranks_b[i] for i in common])
