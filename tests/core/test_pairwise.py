"""Bradley-Terry fits (checked against the likelihood equations and an independent Newton
solution) and the adaptive choice of pairs."""

from __future__ import annotations

import math
import random
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_desktop.core import pairwise as pw
from smartcity_desktop.core.agreement import kendall_tau_b


def games(*results):
    """("A", "B", 3) = A beat B three times -> comparisons for aggregate()."""
    return [(w, lo, "a", 1.0) for w, lo, k in results for _ in range(k)]


# Strongly connected (every idea won and lost against the others), so the plain maximum
# likelihood estimate exists.
DATA = games(("A", "B", 3), ("B", "A", 1), ("B", "C", 2), ("C", "B", 2), ("C", "A", 1),
             ("A", "C", 2), ("D", "A", 1), ("A", "D", 2), ("D", "C", 2), ("C", "D", 1))
ITEMS = ["A", "B", "C", "D"]


def counts(comparisons):
    wins: dict[str, float] = {}
    n: dict[tuple[str, str], float] = {}
    for a, b, outcome, w in comparisons:
        winner = a if outcome == "a" else b
        wins[winner] = wins.get(winner, 0) + w
        n[(a, b)] = n.get((a, b), 0) + w
        n[(b, a)] = n.get((b, a), 0) + w
    return wins, n


def newton_mle(items, comparisons):
    """Independent solution of the likelihood equations: Newton's method on theta = log p
    with theta of the first item fixed at 0, solved by Gaussian elimination."""
    wins, n = counts(comparisons)
    free = items[1:]
    theta = dict.fromkeys(items, 0.0)
    for _ in range(100):
        grad, hess = [], []
        for i in free:
            g = wins.get(i, 0.0)
            row = [0.0] * len(free)
            diag = 0.0
            for j in items:
                if j == i or (i, j) not in n:
                    continue
                q = 1 / (1 + math.exp(theta[j] - theta[i]))
                g -= n[(i, j)] * q
                diag += n[(i, j)] * q * (1 - q)
                if j in free:
                    row[free.index(j)] -= n[(i, j)] * q * (1 - q)
            row[free.index(i)] = diag
            grad.append(g)
            hess.append(row)
        # solve hess * step = grad
        size = len(free)
        m = [hess[r][:] + [grad[r]] for r in range(size)]
        for c in range(size):
            pivot = max(range(c, size), key=lambda r: abs(m[r][c]))
            m[c], m[pivot] = m[pivot], m[c]
            for r in range(size):
                if r != c:
                    f = m[r][c] / m[c][c]
                    m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        step = [m[r][size] / m[r][r] for r in range(size)]
        for i, s in zip(free, step):
            theta[i] += s
        if max(abs(s) for s in step) < 1e-14:
            break
    return {i: math.exp(t) for i, t in theta.items()}


@pytest.mark.parametrize("algorithm", ["mm", "newman"])
def test_mle_satisfies_the_likelihood_equations(algorithm):
    data = pw.aggregate(DATA)
    p = pw.bradley_terry(ITEMS, data, prior_games=0, tol=1e-13, algorithm=algorithm)
    wins, n = counts(DATA)
    for i in ITEMS:
        expected = sum(n[(i, j)] * p[i] / (p[i] + p[j]) for j in ITEMS if (i, j) in n)
        assert wins[i] == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("algorithm", ["mm", "newman"])
def test_mle_equals_an_independent_newton_solution(algorithm):
    p = pw.bradley_terry(ITEMS, pw.aggregate(DATA), prior_games=0, tol=1e-13,
                         algorithm=algorithm)
    reference = newton_mle(ITEMS, DATA)
    for i in ITEMS:  # same up to scale: compare ratios to A
        assert p[i] / p["A"] == pytest.approx(reference[i] / reference["A"], rel=1e-7)
    # The scale without a prior: geometric mean 1.
    assert math.fsum(math.log(v) for v in p.values()) == pytest.approx(0, abs=1e-9)


def test_two_ideas_closed_form():
    # With two ideas the MLE is p_a / p_b = wins_a / wins_b.
    data = pw.aggregate(games(("A", "B", 3), ("B", "A", 1)))
    p = pw.bradley_terry(["A", "B"], data, prior_games=0, tol=1e-14)
    assert p["A"] / p["B"] == pytest.approx(3.0, rel=1e-9)


@pytest.mark.parametrize("algorithm", ["mm", "newman"])
def test_prior_equations_hold_and_both_algorithms_agree(algorithm):
    comparisons = DATA + games(("E", "A", 2), ("E", "D", 1), ("B", "F", 3))  # E only wins,
    items = ITEMS + ["E", "F", "G"]                                            # F only loses
    data = pw.aggregate(comparisons)
    p = pw.bradley_terry(items, data, tol=1e-13, algorithm=algorithm)
    wins, n = counts(comparisons)
    for i in items:
        # W_i + g/2 = sum_j n_ij p_i/(p_i+p_j) + g p_i/(p_i+1), with g = 1 virtual game
        expected = sum(n[(i, j)] * p[i] / (p[i] + p[j]) for j in items if (i, j) in n)
        expected += p[i] / (p[i] + 1)
        assert wins.get(i, 0) + 0.5 == pytest.approx(expected, abs=1e-6)
    other = pw.bradley_terry(items, data, tol=1e-13,
                             algorithm="newman" if algorithm == "mm" else "mm")
    for i in items:
        assert p[i] == pytest.approx(other[i], rel=1e-6)


def test_prior_keeps_all_wins_and_all_losses_finite():
    data = pw.aggregate(games(("A", "B", 5), ("A", "C", 5), ("B", "C", 1), ("C", "B", 1)))
    p = pw.bradley_terry(["A", "B", "C", "never"], data)
    assert all(math.isfinite(v) and v > 0 for v in p.values())
    assert p["A"] > p["B"] and p["A"] > p["C"]
    assert p["never"] == 1.0  # never compared: exactly the reference
    assert pw.win_chance(p["never"]) == 50.0
    assert 50 < pw.win_chance(p["A"]) < 100


def test_cant_decide_is_ignored_by_default_and_half_a_win_on_request():
    decided = games(("A", "B", 2), ("B", "A", 1))
    undecided = [("A", "B", "cant_decide", 1.0)] * 4
    plain = pw.bradley_terry(["A", "B"], pw.aggregate(decided))
    ignored_data = pw.aggregate(decided + undecided)
    assert pw.bradley_terry(["A", "B"], ignored_data) == pytest.approx(plain)
    assert ignored_data.cant_decide == 4
    assert ignored_data.shown["A"] == 7      # shown: decided and undecided
    assert ignored_data.decided["A"] == 3
    half = pw.aggregate(decided + undecided, cant_decide="half")
    assert half.wins == {"A": 4.0, "B": 3.0}
    p_half = pw.bradley_terry(["A", "B"], half)
    assert p_half["A"] / p_half["B"] < plain["A"] / plain["B"]  # ties pull them together


def test_an_idea_against_itself_is_dropped():
    data = pw.aggregate([("A", "A", "a", 1.0)])
    assert data.games == {} and data.shown == {}


@given(st.lists(st.tuples(st.sampled_from("ABCDE"), st.sampled_from("ABCDE"),
                          st.sampled_from(["a", "b", "cant_decide"])), max_size=30),
       st.randoms(use_true_random=False))
@settings(max_examples=60)
def test_fit_does_not_depend_on_the_order_of_the_votes(votes, rnd):
    comparisons = [(a, b, o, 1.0) for a, b, o in votes]
    shuffled = comparisons[:]
    rnd.shuffle(shuffled)
    first = pw.bradley_terry("ABCDE", pw.aggregate(comparisons))
    second = pw.bradley_terry("ABCDE", pw.aggregate(shuffled))
    assert first == second  # aggregated and fitted in a fixed order: identical


# --------------------------------------------------------------------------- choosing pairs


def test_choose_pair_never_pairs_an_idea_with_itself_and_is_reproducible():
    items = [f"i{k}" for k in range(6)]
    data = pw.aggregate([])
    strengths = dict.fromkeys(items, 1.0)
    for seed in range(50):
        a, b = pw.choose_pair(items, data, strengths, random.Random(seed))
        assert a != b and a in items and b in items
        assert pw.choose_pair(items, data, strengths, random.Random(seed)) == (a, b)


def test_choose_pair_needs_two_ideas():
    assert pw.choose_pair(["only"], pw.aggregate([]), {}, random.Random(1)) is None
    assert pw.choose_pair([], pw.aggregate([]), {}, random.Random(1)) is None


def test_choose_pair_avoids_repeats_in_a_session_until_every_pair_was_shown():
    items = ["A", "B", "C", "D"]
    rng = random.Random(3)
    shown: list[tuple[str, str]] = []
    votes = []
    for _ in range(6):  # 4 ideas have 6 pairs: all different
        data = pw.aggregate(votes)
        pair = pw.choose_pair(items, data, pw.bradley_terry(items, data), rng, avoid=shown)
        assert pw.pair_key(*pair) not in {pw.pair_key(*p) for p in shown}
        shown.append(pair)
        votes.append((*pair, "a", 1.0))
    assert len({pw.pair_key(*p) for p in shown}) == 6
    # Every pair shown: the session starts over instead of stopping.
    data = pw.aggregate(votes)
    assert pw.choose_pair(items, data, pw.bradley_terry(items, data), rng, avoid=shown)


def test_choose_pair_prefers_the_least_shown_and_close_ideas():
    items = ["A", "B", "C", "D"]
    votes = [("A", "B", "a", 1.0)] * 5 + [("A", "C", "a", 1.0)] * 5 + \
        [("B", "C", "a", 1.0)] * 5
    data = pw.aggregate(votes)
    strengths = {"A": 8.0, "B": 2.0, "C": 0.5, "D": 1.0}
    for seed in range(20):
        pair = pw.choose_pair(items, data, strengths, random.Random(seed))
        assert "D" in pair  # D was never shown


def simulate(seed: int, adaptive: bool, n_items: int = 20, n_comparisons: int = 150) -> float:
    """True strengths evenly spread on the log scale; outcomes drawn from Bradley-Terry.
    Returns Kendall's tau between the true and the fitted order."""
    rng = random.Random(seed)
    items = [f"idea{k:02d}" for k in range(n_items)]
    theta = {i: -2.5 + 5 * k / (n_items - 1) for k, i in enumerate(items)}
    votes: list[tuple[str, str, str, float]] = []
    strengths = None
    for _ in range(n_comparisons):
        if adaptive:
            data = pw.aggregate(votes)
            strengths = pw.bradley_terry(items, data, tol=1e-6, start=strengths)
            a, b = pw.choose_pair(items, data, strengths, rng)
        else:
            a, b = rng.sample(items, 2)
        chance_a = 1 / (1 + math.exp(theta[b] - theta[a]))
        votes.append((a, b, "a" if rng.random() < chance_a else "b", 1.0))
    fitted = pw.bradley_terry(items, pw.aggregate(votes))
    return kendall_tau_b([theta[i] for i in items], [fitted[i] for i in items])


def test_adaptive_pairs_recover_the_true_order_better_than_random_pairs():
    adaptive = [simulate(seed, True) for seed in range(20)]
    random_pairs = [simulate(seed, False) for seed in range(20)]
    assert statistics.mean(adaptive) >= 0.7
    assert min(adaptive) >= 0.6
    assert statistics.mean(adaptive) > statistics.mean(random_pairs)
