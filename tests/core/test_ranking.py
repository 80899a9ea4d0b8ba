"""Scores and competition ranks of dots, criteria and Borda, on hand-worked examples."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcity_desktop.core import ranking
from smartcity_desktop.core.errors import ValidationError


def ranks(scores, labels=None, **kw):
    return [(r.item, r.rank, r.tied) for r in ranking.competition_ranking(scores, labels, **kw)]


# --------------------------------------------------------------------------- ranks and ties


def test_ties_share_a_rank_and_the_next_rank_skips():
    scores = {"x": 3, "y": 3, "z": 1, "w": 3, "v": 7}
    labels = {"x": "Benches", "y": "apples", "z": "Zebra crossing", "w": "Trees", "v": "Bikes"}
    # 7 -> 1; the three 3s share rank 2 (ordered by text, case-insensitive); 1 -> rank 5
    assert ranks(scores, labels) == [("v", 1, False), ("y", 2, True), ("x", 2, True),
                                     ("w", 2, True), ("z", 5, False)]


def test_tied_ideas_with_the_same_text_are_ordered_by_id():
    assert ranks({"b": 1, "a": 1}, {"a": "Same", "b": "Same"}) == [("a", 1, True),
                                                                    ("b", 1, True)]


def test_float_sums_in_another_order_still_tie():
    a = 0.1 + 0.2 + 0.3
    b = 0.3 + 0.2 + 0.1
    assert a != b  # the reason for the tolerance
    assert [r[1] for r in ranks({"a": a, "b": b, "c": 0.5})] == [1, 1, 3]


def test_tolerance_groups_do_not_chain():
    # Each neighbour is within 0.6 of the next, but the group is anchored at its best score.
    scores = {"a": 2.0, "b": 1.5, "c": 1.0}
    assert [r[1] for r in ranks(scores, tolerance=0.3)] == [1, 1, 3]


def test_empty_ranking():
    assert ranking.competition_ranking({}) == []


@given(st.dictionaries(st.text(min_size=1, max_size=4), st.integers(0, 5), max_size=12),
       st.randoms(use_true_random=False))
def test_ranking_does_not_depend_on_the_order_of_the_input(scores, rnd):
    items = list(scores.items())
    rnd.shuffle(items)
    assert ranking.competition_ranking(dict(items)) == ranking.competition_ranking(scores)
    result = ranking.competition_ranking(scores)
    # competition ranks: rank = 1 + number of strictly better items
    for r in result:
        assert r.rank == 1 + sum(1 for v in scores.values() if v > r.score)
        assert r.tied == (sum(1 for v in scores.values() if v == r.score) > 1)


# --------------------------------------------------------------------------- dots


def test_dot_scores_count_ballot_dots_and_wall_tallies():
    ballots = [("v1", "A", 2), ("v1", "B", 1), ("v2", "B", 1), ("v3", "C", 3)]
    tallies = [("A", 3), ("D", 4)]
    scores = ranking.dot_scores(ballots, tallies)
    assert {k: (s.value, s.n) for k, s in scores.items()} == {
        "A": (5, 1), "B": (2, 2), "C": (3, 1), "D": (4, 0)}  # tallies add no voters


def test_weighted_dots_weigh_voters_but_not_tallies():
    ballots = [("v1", "A", 2), ("v2", "B", 1)]
    scores = ranking.dot_scores(ballots, [("A", 3)], weights={"v1": 2.0})
    # A = 2 dots x weight 2 + 3 tally dots = 7; B = 1 dot x weight 1 (not in the weights)
    assert scores["A"].value == pytest.approx(7.0)
    assert scores["B"].value == pytest.approx(1.0)


# --------------------------------------------------------------------------- criteria

WEIGHTS = {"climate": 0.35, "feasibility": 0.25, "cost": 0.15, "inclusion": 0.25}


def test_weighted_criteria_score_hand_worked():
    scores = [
        # idea X: P1 scores 5,4,3,2 and table group T1 scores 3,4,5,4
        ("P1", "X", "climate", 5), ("P1", "X", "feasibility", 4), ("P1", "X", "cost", 3),
        ("P1", "X", "inclusion", 2),
        ("T1", "X", "climate", 3), ("T1", "X", "feasibility", 4), ("T1", "X", "cost", 5),
        ("T1", "X", "inclusion", 4),
        # idea Y: only climate (P1: 5, T1: 3) and feasibility (T1: 1)
        ("P1", "Y", "climate", 5), ("T1", "Y", "climate", 3), ("T1", "Y", "feasibility", 1),
    ]
    result = ranking.criteria_scores(scores, WEIGHTS)
    # X: means 4, 4, 4, 3 -> 0.35*4 + 0.25*4 + 0.15*4 + 0.25*3 = 1.4 + 1 + 0.6 + 0.75 = 3.75
    assert result.scores["X"].value == pytest.approx(3.75)
    assert result.scores["X"].n == 2
    # Y: means climate 4, feasibility 1 over the scored weights 0.35 + 0.25 = 0.6:
    #    (0.35*4 + 0.25*1) / 0.6 * 1.0 = 1.65 / 0.6 = 2.75
    assert result.scores["Y"].value == pytest.approx(2.75)
    assert result.incomplete == frozenset({"Y"})


def test_weighted_criteria_with_scorer_weights():
    scores = [("P1", "X", "climate", 5), ("P1", "X", "feasibility", 4), ("P1", "X", "cost", 3),
              ("P1", "X", "inclusion", 2), ("T1", "X", "climate", 3),
              ("T1", "X", "feasibility", 4), ("T1", "X", "cost", 5), ("T1", "X", "inclusion", 4)]
    result = ranking.criteria_scores(scores, WEIGHTS, weights={"P1": 3.0})
    # weighted means: climate (3*5+3)/4 = 4.5, feasibility 4, cost (9+5)/4 = 3.5,
    # inclusion (6+4)/4 = 2.5 -> 0.35*4.5 + 0.25*4 + 0.15*3.5 + 0.25*2.5 = 3.725
    assert result.scores["X"].value == pytest.approx(3.725)


def test_scores_on_unknown_criteria_are_ignored():
    result = ranking.criteria_scores([("P1", "X", "gone", 5), ("P1", "X", "climate", 2)],
                                     {"climate": 1.0})
    assert result.scores["X"].value == pytest.approx(2.0)


@pytest.mark.parametrize("value", [0, 6, -1, 2.5, "3", None, True])
def test_check_score_refuses_what_is_not_1_to_5(value):
    with pytest.raises(ValidationError):
        ranking.check_score(value)


@pytest.mark.parametrize("value", [1, 5, 3.0])
def test_check_score_accepts_1_to_5(value):
    assert ranking.check_score(value) == int(value)


# --------------------------------------------------------------------------- Borda

HAND_PROFILE = [
    ("v1", ["A", "B", "C"]),       # m=3: A 3, B 2, C 1
    ("v2", ["B", "A"]),            # m=2: B 2, A 1
    ("v3", ["C", "B", "D", "A"]),  # m=4: C 4, B 3, D 2, A 1
    ("v4", ["D"]),                 # m=1: D 1
    ("v5", ["B", "C"]),            # m=2: B 2, C 1
]


def test_modified_borda_on_a_hand_worked_profile():
    # Totals: A = 3+1+1 = 5; B = 2+2+3+2 = 9; C = 1+4+1 = 6; D = 2+1 = 3.
    # All points: 6 + 3 + 10 + 1 + 3 = 23 = 5 + 9 + 6 + 3.
    # (The classic m-1..0 count would give v4's only idea D nothing at all.)
    scores = ranking.borda_scores(HAND_PROFILE)
    assert {k: s.value for k, s in scores.items()} == {"A": 5, "B": 9, "C": 6, "D": 3}
    assert {k: s.n for k, s in scores.items()} == {"A": 3, "B": 4, "C": 3, "D": 2}
    values = {k: s.value for k, s in scores.items()} | {"E": 0}  # E: on no ballot
    assert ranks(values) == [("B", 1, False), ("C", 2, False), ("A", 3, False),
                             ("D", 4, False), ("E", 5, False)]


def test_borda_points():
    assert ranking.borda_points(4) == [4, 3, 2, 1]
    assert ranking.borda_points(0) == []


def test_weighted_borda():
    scores = ranking.borda_scores([("v1", ["A", "B"]), ("v2", ["B", "A"])], {"v1": 2.0})
    assert scores["A"].value == pytest.approx(2 * 2 + 1)  # 5
    assert scores["B"].value == pytest.approx(2 * 1 + 2)  # 4


ballots_strategy = st.lists(
    st.lists(st.sampled_from("ABCDEFGH"), min_size=1, max_size=8, unique=True),
    min_size=0, max_size=25)


@given(ballots_strategy)
def test_borda_total_points_are_conserved(ballots):
    scores = ranking.borda_scores((f"v{k}", b) for k, b in enumerate(ballots))
    assert sum(s.value for s in scores.values()) == sum(len(b) * (len(b) + 1) // 2
                                                        for b in ballots)
    assert sum(s.n for s in scores.values()) == sum(len(b) for b in ballots)


@given(ballots_strategy, st.randoms(use_true_random=False))
@settings(max_examples=60)
def test_borda_ranking_does_not_depend_on_ballot_order(ballots, rnd):
    labelled = [(f"v{k}", b) for k, b in enumerate(ballots)]
    shuffled = labelled[:]
    rnd.shuffle(shuffled)

    def ranked(bs):
        return ranks({k: s.value for k, s in ranking.borda_scores(bs).items()})

    assert ranked(labelled) == ranked(shuffled)


@given(st.lists(st.tuples(st.sampled_from(["v1", "v2", "v3"]), st.sampled_from("ABCD"),
                          st.integers(1, 3)), max_size=20),
       st.randoms(use_true_random=False))
def test_dot_ranking_does_not_depend_on_vote_order(votes, rnd):
    shuffled = votes[:]
    rnd.shuffle(shuffled)

    def ranked(vs):
        return ranks({k: s.value for k, s in ranking.dot_scores(vs).items()})

    assert ranked(votes) == ranked(shuffled)


def test_criteria_ranking_does_not_depend_on_score_order():
    rnd = random.Random(7)
    scores = [(f"s{k % 7}", f"I{k % 11}", c, rnd.randint(1, 5))
              for k in range(300) for c in WEIGHTS if rnd.random() < 0.8]
    first = ranking.criteria_scores(scores, WEIGHTS)
    for _ in range(5):
        rnd.shuffle(scores)
        again = ranking.criteria_scores(scores, WEIGHTS)
        assert ranks({k: s.value for k, s in again.scores.items()}) == \
            ranks({k: s.value for k, s in first.scores.items()})


# --------------------------------------------------------------------------- helpers


def test_kish_effective_n():
    assert ranking.kish_effective_n([1, 1, 1, 1]) == pytest.approx(4)
    # (1 + 3)^2 / (1 + 9) = 1.6
    assert ranking.kish_effective_n([1, 3]) == pytest.approx(1.6)
    assert ranking.kish_effective_n([]) == 0


def test_notable_shift_threshold_grows_with_the_number_of_ideas():
    assert ranking.notable_shift_threshold(6) == ranking.NOTABLE_SHIFT
    assert ranking.notable_shift_threshold(2000) == 200
    assert ranking.notable_shift_threshold(31) == 4  # ceil(3.1)
    assert not math.isnan(ranking.notable_shift_threshold(0))
