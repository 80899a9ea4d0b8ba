"""Raking, the R-score and the Kish effective sample size, on answers worked out by hand."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from smartcity_desktop.core.representativeness import (
    UNDER_REPRESENTED_RATIO,
    is_under_represented,
    kish_effective_n,
    normalise_shares,
    participation_ratio,
    r_score,
    rake,
)


def people(cells: dict[tuple, int], dims: tuple[str, ...]) -> list[dict[str, str | None]]:
    out = []
    for key, n in cells.items():
        out += [dict(zip(dims, key)) for _ in range(n)]
    return out


def weighted_shares(answers, weights, dim):
    totals: dict[str, float] = {}
    for person, w in zip(answers, weights):
        if person.get(dim) is not None:
            totals[person[dim]] = totals.get(person[dim], 0.0) + w
    whole = sum(totals.values())
    return {k: v / whole for k, v in totals.items()}


# --------------------------------------------------------------------------- 2 x 2 by hand
# 10 people: (A,X)=4, (A,Y)=2, (B,X)=1, (B,Y)=3. Targets: A/B 50/50, X/Y 40/60.
# Raking weights have the form w_ij = a_i * b_j. With b_X = 1, b_Y = y:
#   row A: 4a + 2ay = 5, row B: b + 3by = 5, column X: 4a + b = 4
#   => 20(1+3y) + 5(4+2y) = 4(4+2y)(1+3y) => 12y² - 7y - 12 = 0 => y = 4/3,
#   a = 5 / (4 + 8/3) = 3/4, b = 5 / (1 + 4) = 1.
# So w(A,X) = 3/4, w(A,Y) = 1, w(B,X) = 1, w(B,Y) = 4/3 (sum 3 + 2 + 1 + 4 = 10).
TWO_BY_TWO = {("A", "X"): 4, ("A", "Y"): 2, ("B", "X"): 1, ("B", "Y"): 3}
TWO_TARGETS = {"age": {"A": 0.5, "B": 0.5}, "sex": {"X": 0.4, "Y": 0.6}}
HAND_WEIGHTS = {("A", "X"): 0.75, ("A", "Y"): 1.0, ("B", "X"): 1.0, ("B", "Y"): 4 / 3}


def test_two_by_two_matches_the_hand_worked_weights():
    answers = people(TWO_BY_TWO, ("age", "sex"))
    result = rake(answers, TWO_TARGETS, cap=None)
    assert result.converged and result.max_margin_error <= 1e-6
    for person, w in zip(answers, result.weights):
        assert w == pytest.approx(HAND_WEIGHTS[(person["age"], person["sex"])], abs=1e-6)
    assert sum(result.weights) == pytest.approx(10, abs=1e-9)
    for dim, target in TWO_TARGETS.items():
        got = weighted_shares(answers, result.weights, dim)
        for category, share in target.items():
            assert got[category] == pytest.approx(share, abs=1e-6)
    assert result.dimensions == ("age", "sex") and result.capped == 0


def test_targets_given_as_counts_are_the_same_as_shares():
    answers = people(TWO_BY_TWO, ("age", "sex"))
    counts = {"age": {"A": 2_500_000, "B": 2_500_000}, "sex": {"X": 40, "Y": 60}}
    assert rake(answers, counts).weights == pytest.approx(rake(answers, TWO_TARGETS).weights)


def test_three_dimensions_by_hand():
    # 8 people, one in each cell of a 2x2x2 table. With one person per cell the dimensions
    # are independent, so the raked weight of a cell is 8 * p_i * q_j * r_k:
    # e.g. (a1, b1, c1) = 8 * 0.25 * 0.5 * 0.4 = 0.4 and (a2, b2, c2) = 8 * .75 * .5 * .6 = 1.8.
    dims = ("a", "b", "c")
    answers = people({cell: 1 for cell in itertools.product(("a1", "a2"), ("b1", "b2"),
                                                            ("c1", "c2"))}, dims)
    targets = {"a": {"a1": 0.25, "a2": 0.75}, "b": {"b1": 0.5, "b2": 0.5},
               "c": {"c1": 0.4, "c2": 0.6}}
    result = rake(answers, targets, cap=None)
    expected = {("a1", "b1", "c1"): 0.4, ("a2", "b2", "c2"): 1.8, ("a1", "b2", "c2"): 0.6,
                ("a2", "b1", "c1"): 1.2}
    for person, w in zip(answers, result.weights):
        key = (person["a"], person["b"], person["c"])
        p = targets["a"][key[0]] * targets["b"][key[1]] * targets["c"][key[2]]
        assert w == pytest.approx(8 * p, abs=1e-6)
        if key in expected:
            assert w == pytest.approx(expected[key], abs=1e-6)
    assert sum(result.weights) == pytest.approx(8)


def test_three_dimensions_recover_known_product_weights():
    # Uneven counts in a 2x3x2 table; the "true" weights are a product a_i*b_j*c_k (scaled to
    # sum to n), the targets are the margins they give, and raking must find them again.
    dims = ("a", "b", "c")
    a, b, c = {"a1": 0.6, "a2": 1.5}, {"b1": 2.0, "b2": 0.8, "b3": 1.1}, {"c1": 1.3, "c2": 0.7}
    cells = {}
    for n, key in enumerate(itertools.product(a, b, c)):
        cells[key] = 1 + (n * 7) % 5
    answers = people(cells, dims)
    raw = [a[p["a"]] * b[p["b"]] * c[p["c"]] for p in answers]
    scale = len(answers) / sum(raw)
    truth = [w * scale for w in raw]
    targets = {d: weighted_shares(answers, truth, d) for d in dims}
    result = rake(answers, targets, cap=None)
    assert result.converged
    assert result.weights == pytest.approx(truth, abs=1e-5)
    for d in dims:
        got = weighted_shares(answers, result.weights, d)
        assert all(abs(got[k] - v) <= 1e-6 for k, v in targets[d].items())


# --------------------------------------------------------------------------- the rules


def test_people_without_an_answer_keep_weight_one_and_are_not_raked():
    answers = people(TWO_BY_TWO, ("age", "sex"))
    # "prefer not to say" on both questions, and one who answered nothing.
    answers += [{"age": "prefer_not_to_say", "sex": "prefer_not_to_say"}, {}]
    result = rake(answers, TWO_TARGETS, cap=None)
    assert result.weights[-2:] == (1.0, 1.0)
    assert sum(result.weights) == pytest.approx(12)
    # The others are raked exactly as without the two.
    for person, w in zip(answers[:-2], result.weights):
        assert w == pytest.approx(HAND_WEIGHTS[(person["age"], person["sex"])], abs=1e-6)


def test_someone_missing_one_answer_is_raked_on_the_other_only():
    answers = people(TWO_BY_TWO, ("age", "sex")) + [{"age": "A", "sex": None}] * 2
    result = rake(answers, TWO_TARGETS, cap=None)
    assert result.converged
    # Margins hold among those who answered each question.
    for dim, target in TWO_TARGETS.items():
        got = weighted_shares(answers, result.weights, dim)
        assert got == pytest.approx(target, abs=1e-6)
    # The two without a sex answer share the factor of age group A only: not 1, not the same
    # as anyone with a sex answer.
    assert result.weights[-1] == result.weights[-2] != pytest.approx(1.0)
    assert sum(result.weights) == pytest.approx(12)


def test_a_category_outside_the_reference_is_not_raked_on_that_dimension():
    answers = people(TWO_BY_TWO, ("age", "sex")) + [{"age": "B", "sex": "non_binary"}]
    result = rake(answers, TWO_TARGETS, cap=None)
    shares = weighted_shares([p for p in answers if p["sex"] != "non_binary"],
                             result.weights[:-1], "sex")
    assert shares == pytest.approx(TWO_TARGETS["sex"], abs=1e-6)
    assert weighted_shares(answers, result.weights, "age") == pytest.approx(
        TWO_TARGETS["age"], abs=1e-6)


def test_a_reference_category_nobody_is_in_is_dropped_with_a_note():
    answers = people({("A", "X"): 3, ("B", "X"): 1}, ("age", "sex"))
    targets = {"age": {"A": 0.25, "B": 0.25, "C": 0.5}}
    result = rake(answers, targets, cap=None)
    assert "no_participants:age:C" in result.notes
    # A and B are then raked to 50/50 among themselves.
    assert weighted_shares(answers, result.weights, "age") == pytest.approx(
        {"A": 0.5, "B": 0.5}, abs=1e-6)
    assert result.weights[-1] == pytest.approx(2.0)


def test_no_reference_or_nobody_answering_leaves_every_weight_at_one():
    answers = people(TWO_BY_TWO, ("age", "sex"))
    assert rake(answers, {}).weights == (1.0,) * 10
    result = rake(answers, {"income": {"low": 0.5, "high": 0.5}})
    assert result.weights == (1.0,) * 10 and "nobody_answered:income" in result.notes
    assert rake([], TWO_TARGETS).weights == ()


def test_the_cap_holds_and_the_weights_still_sum_to_n():
    # One young person among 19 old, target 50/50: uncapped the young weight would be 10.
    answers = [{"age": "young"}] + [{"age": "old"}] * 19
    targets = {"age": {"young": 0.5, "old": 0.5}}
    free = rake(answers, targets, cap=None)
    assert free.weights[0] == pytest.approx(10) and free.capped == 0
    capped = rake(answers, targets, cap=5)
    assert capped.weights[0] == pytest.approx(5)
    assert max(capped.weights) <= 5 + 1e-9
    assert sum(capped.weights) == pytest.approx(20)
    assert capped.capped == 1
    # The margin cannot be met under the cap, and the result says so.
    assert not capped.converged and "cap_limits_margins" in capped.notes
    assert capped.max_margin_error == pytest.approx(0.25, abs=1e-6)  # 5/20 instead of 10/20
    # The old share the rest evenly: (20 - 5) / 19.
    assert capped.weights[1] == pytest.approx(15 / 19)
    assert kish_effective_n(capped.weights) < 20


def test_a_cap_that_is_not_in_the_way_changes_nothing():
    answers = people(TWO_BY_TWO, ("age", "sex"))
    assert rake(answers, TWO_TARGETS, cap=5).weights == pytest.approx(
        rake(answers, TWO_TARGETS, cap=None).weights)


def test_weights_are_trimmed_to_one_over_the_cap_and_the_cap():
    # The margins leave one free parameter t = w(B,Y): w(B,X) = 5 - 3t, w(A,X) = (3t - 1)/4,
    # w(A,Y) = (6 - 3t)/2. Uncapped IPF finds t = 4/3 (HAND_WEIGHTS, smallest 0.75).
    answers = people(TWO_BY_TWO, ("age", "sex"))
    # Cap 1.4: the bounds [1/1.4, 1.4] hold the uncapped solution, which comes out unchanged.
    result = rake(answers, TWO_TARGETS, cap=1.4)
    assert result.converged and result.notes == () and result.capped == 0
    for person, w in zip(answers, result.weights):
        assert w == pytest.approx(HAND_WEIGHTS[(person["age"], person["sex"])], abs=1e-6)
    # Cap 1.3: t <= 1.3 but w(A,X) >= 1/1.3 needs t >= 1.36 — the margins are out of reach,
    # and the result says so, with every weight within the bounds and the total kept.
    result = rake(answers, TWO_TARGETS, cap=1.3)
    assert not result.converged and result.notes == ("cap_limits_margins",)
    assert result.max_margin_error > 1e-3
    assert min(result.weights) >= 1 / 1.3 - 1e-9 and max(result.weights) <= 1.3 + 1e-9
    assert sum(result.weights) == pytest.approx(10)
    assert result.capped == 3  # the three (B, Y) people sit at the cap


def test_a_cap_below_one_is_refused():
    with pytest.raises(ValueError):
        rake([{"a": "x"}], {"a": {"x": 1}}, cap=0.5)


# --------------------------------------------------------------------------- ratios, R, Kish


def test_participation_ratio_and_flag():
    assert participation_ratio(0.2, 0.4) == pytest.approx(0.5)
    assert participation_ratio(0.0, 0.1) == 0.0
    assert participation_ratio(0.3, None) is None
    assert participation_ratio(0.3, 0.0) is None
    assert participation_ratio(None, 0.3) is None
    assert UNDER_REPRESENTED_RATIO == 0.8
    assert is_under_represented(0.79) and not is_under_represented(0.8)
    assert not is_under_represented(None)


def test_r_score_known_values():
    assert r_score([0.5, 1.0, 1.25]) == pytest.approx(0.4)
    assert r_score([1.0, 1.0]) == 1.0
    assert r_score([0.0, 1.6]) == 0.0            # a group that is missing entirely
    assert r_score([None, 0.9, None, 1.8]) == pytest.approx(0.5)
    assert r_score([]) is None and r_score([None]) is None
    assert r_score([0.0, 0.0]) is None           # nobody to compare


def test_r_score_of_the_hand_example():
    # Participants A 6/10 vs 0.5 (1.2) and B 4/10 vs 0.5 (0.8): R = 0.8 / 1.2 = 2/3.
    ratios = [participation_ratio(6 / 10, 0.5), participation_ratio(4 / 10, 0.5)]
    assert r_score(ratios) == pytest.approx(2 / 3)


def test_kish_effective_n_known_values():
    assert kish_effective_n([1, 1, 1, 1]) == pytest.approx(4)
    assert kish_effective_n([1, 2, 3]) == pytest.approx(36 / 14)
    assert kish_effective_n([5, 0, 0, 0]) == pytest.approx(1)
    assert kish_effective_n([]) == 0.0
    # The hand example: (10)² / (4·0.5625 + 2·1 + 1 + 3·16/9) = 100 / 10.5833…
    answers = people(TWO_BY_TWO, ("age", "sex"))
    weights = rake(answers, TWO_TARGETS).weights
    assert kish_effective_n(weights) == pytest.approx(100 / (2.25 + 2 + 1 + 16 / 3), abs=1e-5)


def test_normalise_shares():
    assert normalise_shares({"a": 3, "b": 1, "c": 0}) == {"a": 0.75, "b": 0.25}
    assert normalise_shares({"a": 0}) == {}


# --------------------------------------------------------------------------- properties

LEVELS = {"d1": ("a", "b"), "d2": ("x", "y", "z"), "d3": ("p", "q")}


@st.composite
def samples(draw, full_support: bool):
    dims = draw(st.lists(st.sampled_from(sorted(LEVELS)), min_size=1, max_size=3, unique=True))
    cells = list(itertools.product(*(LEVELS[d] for d in dims)))
    low = 1 if full_support else 0
    counts = [draw(st.integers(low, 6)) for _ in cells]
    answers = []
    for cell, n in zip(cells, counts):
        answers += [dict(zip(dims, cell)) for _ in range(n)]
    # Some people who did not answer, or preferred not to say, on one question.
    for _ in range(draw(st.integers(0, 4))):
        person = dict(zip(dims, draw(st.sampled_from(cells))))
        person[draw(st.sampled_from(dims))] = draw(st.sampled_from([None, "prefer_not_to_say"]))
        answers.append(person)
    targets = {}
    for d in dims:
        raw = [draw(st.integers(5, 100)) for _ in LEVELS[d]]
        targets[d] = {k: v / sum(raw) for k, v in zip(LEVELS[d], raw)}
    return answers, targets


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(samples(full_support=False), st.one_of(st.none(), st.floats(1.0, 8.0)))
def test_raked_weights_always_sum_to_n_and_respect_the_cap(sample, cap):
    answers, targets = sample
    assume(answers)
    result = rake(answers, targets, cap=cap)
    assert len(result.weights) == len(answers)
    assert math.fsum(result.weights) == pytest.approx(len(answers), rel=1e-9)
    assert all(w > 0 for w in result.weights)
    if cap is not None:
        assert max(result.weights) <= cap * (1 + 1e-9)
        assert min(result.weights) >= (1 / cap) * (1 - 1e-9)
    n_eff = kish_effective_n(result.weights)
    assert 0 < n_eff <= len(answers) * (1 + 1e-9)


def test_unreachable_margins_do_not_weight_anybody_out_of_the_sample():
    """Found by hypothesis: margins that no weighting can meet drove one cell towards 0 over
    2,000 sweeps (it underflowed to exactly 0.0). Weights stay within [1/cap, cap]."""
    rows = ("x a p;x b p;x b p;x b p;x b p;y a q;y a q;y a q;y b p;y b p;y b p;y b p;y b p;"
            "y b p;y b q;y b q;y b q;y b q;y b q;z a p;z a p;z a p;z a p;z a p;z a p;z b q;z b q")
    answers = [dict(zip(("d2", "d1", "d3"), row.split())) for row in rows.split(";")]
    targets = {"d2": {"x": 1, "y": 1, "z": 1}, "d1": {"a": 0.2778, "b": 0.7222},
               "d3": {"p": 0.2381, "q": 0.7619}}
    result = rake(answers, targets, cap=1.75)
    assert not result.converged and "cap_limits_margins" in result.notes
    assert min(result.weights) == pytest.approx(1 / 1.75)
    assert max(result.weights) == pytest.approx(1.75)
    assert math.fsum(result.weights) == pytest.approx(len(answers))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(samples(full_support=True))
def test_margins_match_the_targets_when_every_cell_is_populated_and_nothing_caps(sample):
    answers, targets = sample
    result = rake(answers, targets, cap=None)
    assert result.converged
    for dim, target in targets.items():
        got = weighted_shares([p for p in answers if p.get(dim) in target],
                              [w for p, w in zip(answers, result.weights)
                               if p.get(dim) in target], dim)
        for category, share in target.items():
            assert abs(got[category] - share) <= 1e-6
