"""Kendall's tau-b on hand-worked examples (with and without ties) and against brute force."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.core.agreement import kendall_tau_b, kendall_tau_b_of


def brute_force_tau_b(x, y):
    """Straight from the definition, over all pairs (O(n^2))."""
    concordant = discordant = tied_x = tied_y = 0
    n = len(x)
    for i in range(n):
        for j in range(i + 1, n):
            dx = (x[i] > x[j]) - (x[i] < x[j])
            dy = (y[i] > y[j]) - (y[i] < y[j])
            tied_x += dx == 0
            tied_y += dy == 0
            concordant += dx * dy > 0
            discordant += dx * dy < 0
    pairs = n * (n - 1) // 2
    denominator = math.sqrt((pairs - tied_x) * (pairs - tied_y))
    return (concordant - discordant) / denominator if denominator else math.nan


def test_same_and_reversed_order():
    assert kendall_tau_b([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert kendall_tau_b([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)


def test_without_ties_hand_worked():
    # x = 1..5, y = 3 4 1 2 5. Pairs (i<j): (1,2) C, (1,3) D, (1,4) D, (1,5) C, (2,3) D,
    # (2,4) D, (2,5) C, (3,4) C, (3,5) C, (4,5) C -> C = 6, D = 4, tau = (6 - 4) / 10 = 0.2
    assert kendall_tau_b([1, 2, 3, 4, 5], [3, 4, 1, 2, 5]) == pytest.approx(0.2)


def test_with_ties_hand_worked():
    # x = 12 2 1 12 2, y = 1 4 7 1 0 (the example of scipy.stats.kendalltau's documentation).
    # Pairs (by index): (0,1) D, (0,2) D, (0,3) tied in x and y, (0,4) C, (1,2) D, (1,3) D,
    # (1,4) tied in x, (2,3) D, (2,4) D, (3,4) C.
    # C = 2, D = 6, P = 10, pairs tied in x: 2, in y: 1.
    # tau-b = (2 - 6) / sqrt((10 - 2) * (10 - 1)) = -4 / sqrt(72) = -0.47140452079103173
    assert kendall_tau_b([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) == pytest.approx(
        -4 / math.sqrt(72), abs=1e-12)
    assert kendall_tau_b([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) == pytest.approx(
        -0.47140452079103173, abs=1e-12)


def test_competition_ranks_with_ties():
    # Two rankings of five ideas with ties, as the results show them (1, 1, 3 ...):
    # a = 1 1 3 4 4, b = 1 2 2 4 5. Pairs: (0,1) tied a, (0,2) C, (0,3) C, (0,4) C,
    # (1,2) C... ties in b: (1,2); ties in a: (0,1), (3,4).
    # (1,2): a 1<3, b 2=2 -> tied in b. (1,3) C, (1,4) C, (2,3) C, (2,4) C, (3,4) tied a.
    # C = 7 [(0,2),(0,3),(0,4),(1,3),(1,4),(2,3),(2,4)], D = 0,
    # tau-b = 7 / sqrt((10 - 2) * (10 - 1)) = 7 / sqrt(72) = 0.8249579113843053
    assert kendall_tau_b([1, 1, 3, 4, 4], [1, 2, 2, 4, 5]) == pytest.approx(7 / math.sqrt(72))


def test_undefined_when_one_ranking_ties_everything_or_too_few_items():
    assert math.isnan(kendall_tau_b([1, 1, 1], [1, 2, 3]))
    assert math.isnan(kendall_tau_b([1], [1]))
    assert math.isnan(kendall_tau_b([], []))


def test_lengths_must_match():
    with pytest.raises(ValueError):
        kendall_tau_b([1, 2], [1])


def test_over_common_items():
    a = {"x": 1, "y": 2, "z": 3, "only_a": 4}
    b = {"z": 1, "y": 2, "x": 3, "only_b": 1}
    assert kendall_tau_b_of(a, b) == pytest.approx(-1.0)


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=40))
def test_agrees_with_the_definition(pairs):
    x = [a for a, _ in pairs]
    y = [b for _, b in pairs]
    fast, slow = kendall_tau_b(x, y), brute_force_tau_b(x, y)
    if math.isnan(slow):
        assert math.isnan(fast)
    else:
        assert fast == pytest.approx(slow, abs=1e-12)
        assert -1 - 1e-12 <= fast <= 1 + 1e-12
