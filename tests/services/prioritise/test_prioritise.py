"""Prioritisation rounds through the service: every refused entry writes nothing, imports are
all or nothing, results on known answers (ties, weights, colours, groups and their
suppression), undo commands."""

from __future__ import annotations

import math
import random
import sys
import types

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.enums import PairOutcome, RoundMethod
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import commands as cmd
from smartcity_desktop.services.prioritise import placements as prioritise_placements
from smartcity_desktop.services.prioritise import results as prioritise_results
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import vote_import as prioritise_vote_import
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput

VOTE_TABLES = ("priority_round", "dot_vote", "criterion_score", "ranking_entry",
               "pairwise_vote", "idea_placement")
ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


def snapshot(db):
    """Everything a write could change in the prioritisation tables."""
    with db.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*), sum(deleted), max(hlc) FROM {t}"))
                .one() for t in VOTE_TABLES}


def live_count(db, table):
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE deleted = 0")).scalar()


def person(db, workshop, **answers):
    return participants.register_participant(db, workshop.id,
                                             ParticipantInput(answers=answers)).id


def ideas(db, workshop, *texts):
    return [capture.add_idea(db, workshop.id, IdeaInput(text=t)) for t in texts]


@pytest.fixture
def five(db, workshop):
    """Five ideas A..E of W1 (idea numbers 1..5)."""
    return ideas(db, workshop, "A bike lanes", "B benches", "C trees", "D lights", "E buses")


@pytest.fixture
def other_workshop(db, project):
    return projects.create_workshop(db, project.id, "W2", "Elsewhere")


def criteria_ids(db, project):
    return {c.key: c.id for c in projects.list_criteria(db, project.id)}


def category_id(db, project, dimension, key):
    [dim] = [d for d in projects.list_dimensions(db, project.id) if d.key == dimension]
    return dim.category(key).id


def order(result):
    return [(r.text[0], r.rank, r.tied) for r in result.ideas]


# --------------------------------------------------------------------------- rounds


def test_create_list_close_and_reopen_rounds(db, workshop):
    first = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=3)
    second = prioritise_rounds.create_round(db, workshop.id, RoundMethod.PAIRWISE, "Bussen 🚌 æøå")
    assert first.name == "Round 1" and first.method == "dots" and not first.closed
    assert [r.id for r in prioritise_rounds.list_rounds(db, workshop.id)] == [first.id, second.id]
    assert prioritise_rounds.get_round(db, second.id).name == "Bussen 🚌 æøå"
    prioritise_rounds.close_round(db, first.id)
    assert prioritise_rounds.get_round(db, first.id).closed
    prioritise_rounds.reopen_round(db, first.id)
    assert not prioritise_rounds.get_round(db, first.id).closed


@pytest.mark.parametrize("kwargs", [dict(method="voting"), dict(method="dots",
                                                                  dots_per_participant=0),
                                    dict(method="dots", dots_per_participant=101),
                                    dict(method="dots", name="x" * 201)])
def test_create_round_refuses_bad_input_and_writes_nothing(db, workshop, kwargs):
    before = snapshot(db)
    with pytest.raises(ValidationError):
        prioritise_rounds.create_round(db, workshop.id, **kwargs)
    assert snapshot(db) == before


def test_unknown_round_and_workshop(db, workshop):
    with pytest.raises(NotFoundError):
        prioritise_rounds.get_round(db, "nope")
    with pytest.raises(NotFoundError):
        prioritise_rounds.create_round(db, "nope", "dots")


# --------------------------------------------------------------------------- dots


def test_dot_ballots_and_tallies_give_totals_and_ties(db, workshop, five):
    a, b, c, d, e = five
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=3)
    p1, p2, p3 = (person(db, workshop) for _ in range(3))
    ids = prioritise_votes.add_dot_ballot(db, r.id, p1, [a, a, b])  # a repeated = two dots
    assert len(ids) == 2
    prioritise_votes.add_dot_ballot(db, r.id, p2, [b, c])
    prioritise_votes.add_dot_ballot(db, r.id, p3, [a])
    prioritise_votes.set_dot_tally(db, r.id, d, 3)
    result = prioritise_results.round_result(db, r.id)
    # a 3, b 2, c 1, d 3 (tally), e 0 -> a and d tie at 1, b 3, c 4, e 5
    assert order(result) == [("A", 1, True), ("D", 1, True), ("B", 3, False),
                             ("C", 4, False), ("E", 5, False)]
    scores = {r.text[0]: (r.score, r.n) for r in result.ideas}
    assert scores == {"A": (3, 2), "B": (2, 2), "C": (1, 1), "D": (3, 0), "E": (0, 0)}
    assert result.participants == 3 and "tallies_have_no_voters" in result.notes
    assert [r.number for r in result.ideas] == [1, 4, 2, 3, 5]


def test_a_tally_replaces_the_earlier_one_and_zero_removes_it(db, workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    prioritise_votes.set_dot_tally(db, r.id, five[0], 4)
    prioritise_votes.set_dot_tally(db, r.id, five[0], 6)
    assert prioritise_results.round_result(db, r.id).ideas[0].score == 6
    assert live_count(db, "dot_vote") == 1
    prioritise_votes.set_dot_tally(db, r.id, five[0], 0)
    assert live_count(db, "dot_vote") == 0


def test_tallies_by_colour_are_kept_apart_and_split_by_group(db, project, workshop, five):
    a, b, *_ = five
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=2)
    resident = category_id(db, project, "stakeholder", "resident")
    business = category_id(db, project, "stakeholder", "local_business")
    # residents' colour: a 12, b 2; businesses' colour: b 10, a 1; an uncoloured tally on b
    prioritise_votes.set_dot_tally(db, r.id, a, 12, resident)
    prioritise_votes.set_dot_tally(db, r.id, b, 2, resident)
    prioritise_votes.set_dot_tally(db, r.id, b, 10, business)
    prioritise_votes.set_dot_tally(db, r.id, a, 1, business)
    prioritise_votes.set_dot_tally(db, r.id, b, 1)
    overall = prioritise_results.round_result(db, r.id)
    # A 12 + 1 = 13, B 2 + 10 + 1 = 13: tied, listed by text
    assert [(x.text[0], x.score) for x in overall.ideas[:2]] == [("A", 13), ("B", 13)]
    assert overall.ideas[0].rank == overall.ideas[1].rank == 1
    groups = {g.category_key: g
              for g in prioritise_results.results_by_group(db, r.id, "stakeholder")}
    # people behind a colour: at least ceil(dots / 2 dots each): residents 7, businesses 6
    assert groups["resident"].participants == 7
    assert groups["local_business"].participants == 6
    assert [(x.text[0], x.score) for x in groups["resident"].ideas[:2]] == [("A", 12), ("B", 2)]
    assert [(x.text[0], x.score) for x in groups["local_business"].ideas[:2]] == [("B", 10),
                                                                                   ("A", 1)]
    assert "tallies_not_split" in groups["resident"].notes
    # the residents rank A first (overall: tied first, listed A then B): shift 0 for A,
    # B: group rank 2 - overall rank 1 = +1
    assert groups["resident"].rank_shift[b] == 1
    assert groups["resident"].rank_shift[a] == 0


def test_dot_ballot_refusals_write_nothing(db, workshop, other_workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=3)
    me = person(db, workshop)
    stranger = person(db, other_workshop)
    [far_idea] = ideas(db, other_workshop, "Somewhere else")
    prioritise_votes.add_dot_ballot(db, r.id, me, [five[0], five[1]])
    gone = five[4]
    capture.delete_idea(db, gone)
    before = snapshot(db)
    bad = [
        (stranger, [five[0]]),               # participant of another workshop
        (me, [five[2], five[3]]),            # 2 used + 2 = 4 > 3 dots
        (me, [far_idea]),                    # idea of another workshop
        (me, [gone]),                        # deleted idea
        (me, ["not-an-idea"]),
        (me, []),                            # no idea
        (None, [five[0]]),                   # no participant
        ("not-a-participant", [five[0]]),
    ]
    for participant_id, idea_ids in bad:
        with pytest.raises(ValidationError):
            prioritise_votes.add_dot_ballot(db, r.id, participant_id, idea_ids)
    with pytest.raises(ValidationError):
        prioritise_votes.set_dot_tally(db, r.id, five[0], -1)
    with pytest.raises(ValidationError):
        prioritise_votes.set_dot_tally(db, r.id, five[0], 2, "not-a-category")
    assert snapshot(db) == before
    prioritise_votes.add_dot_ballot(db, r.id, me, [five[2]])  # the third dot is fine


def test_closed_rounds_and_wrong_methods_take_no_votes(db, workshop, five):
    dots = prioritise_rounds.create_round(db, workshop.id, "dots")
    ranking = prioritise_rounds.create_round(db, workshop.id, "ranking")
    me = person(db, workshop)
    prioritise_rounds.close_round(db, dots.id)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="closed"):
        prioritise_votes.add_dot_ballot(db, dots.id, me, [five[0]])
    with pytest.raises(ValidationError, match="closed"):
        prioritise_votes.set_dot_tally(db, dots.id, five[0], 3)
    with pytest.raises(ValidationError, match="not a dots round"):
        prioritise_votes.add_dot_ballot(db, ranking.id, me, [five[0]])
    with pytest.raises(ValidationError):
        prioritise_votes.add_criterion_scores(db, ranking.id, five[0], {}, participant_id=me)
    assert snapshot(db) == before


# --------------------------------------------------------------------------- criteria


def test_weighted_criteria_scores_hand_worked(db, project, workshop, five):
    a, b, c, *_ = five
    crit = criteria_ids(db, project)  # weights 0.35, 0.25, 0.15, 0.25
    r = prioritise_rounds.create_round(db, workshop.id, "criteria")
    me = person(db, workshop)
    prioritise_votes.add_criterion_scores(db, r.id, a, {crit["climate_environment"]: 5,
                                                        crit["feasibility"]: 4, crit["cost"]: 3,
                                                        crit["inclusion"]: 2}, participant_id=me)
    prioritise_votes.add_criterion_scores(db, r.id, a, {crit["climate_environment"]: 3,
                                                        crit["feasibility"]: 4, crit["cost"]: 5,
                                                        crit["inclusion"]: 4}, table_group="Bord 3")
    prioritise_votes.add_criterion_scores(db, r.id, b, {crit["climate_environment"]: 5},
                                          participant_id=me)
    prioritise_votes.add_criterion_scores(db, r.id, b, {crit["climate_environment"]: 3,
                                                        crit["feasibility"]: 1},
                                          table_group="Bord 3")
    result = prioritise_results.round_result(db, r.id)
    scores = {x.idea_id: x for x in result.ideas}
    # A: means 4, 4, 4, 3 -> 0.35*4 + 0.25*4 + 0.15*4 + 0.25*3 = 3.75 (2 scorers)
    assert scores[a].score == pytest.approx(3.75) and scores[a].n == 2
    # B: climate 4, feasibility 1, scaled to the full weight: (1.4 + 0.25) / 0.6 = 2.75
    assert scores[b].score == pytest.approx(2.75)
    assert scores[c].score == 0 and scores[c].n == 0
    assert "criteria_missing" in result.notes
    assert result.participants == 2  # a participant and a table group
    assert [x.idea_id for x in result.ideas[:2]] == [a, b]


def test_a_new_score_replaces_the_same_scorers_earlier_one(db, project, workshop, five):
    crit = criteria_ids(db, project)
    r = prioritise_rounds.create_round(db, workshop.id, "criteria")
    prioritise_votes.add_criterion_scores(db, r.id, five[0], {crit["cost"]: 2}, table_group="T1")
    prioritise_votes.add_criterion_scores(db, r.id, five[0], {crit["cost"]: 5}, table_group="T1")
    assert live_count(db, "criterion_score") == 1
    [entry] = prioritise_votes.list_votes(db, r.id)
    assert entry.value == 5 and entry.table_group == "T1"


@pytest.mark.parametrize("score", [0, 6, 2.5, -3, True, "4"])
def test_scores_outside_1_to_5_are_refused(db, project, workshop, five, score):
    crit = criteria_ids(db, project)
    r = prioritise_rounds.create_round(db, workshop.id, "criteria")
    before = snapshot(db)
    with pytest.raises(ValidationError):
        # a good score alongside the bad one: nothing of the entry is written
        prioritise_votes.add_criterion_scores(db, r.id, five[0], {crit["cost"]: 3,
                                                                  crit["feasibility"]: score},
                                              table_group="T1")
    assert snapshot(db) == before


def test_criteria_scorer_must_be_exactly_one(db, project, workshop, other_workshop, five):
    crit = criteria_ids(db, project)
    r = prioritise_rounds.create_round(db, workshop.id, "criteria")
    me, stranger = person(db, workshop), person(db, other_workshop)
    before = snapshot(db)
    for kwargs in (dict(), dict(participant_id=me, table_group="T1"),
                   dict(participant_id=stranger), dict(table_group="x" * 65)):
        with pytest.raises(ValidationError):
            prioritise_votes.add_criterion_scores(db, r.id, five[0], {crit["cost"]: 3}, **kwargs)
    with pytest.raises(ValidationError):
        prioritise_votes.add_criterion_scores(db, r.id, five[0], {"no-such-criterion": 3},
                                              table_group="T1")
    with pytest.raises(ValidationError):
        prioritise_votes.add_criterion_scores(db, r.id, five[0], {}, table_group="T1")
    assert snapshot(db) == before


# --------------------------------------------------------------------------- ranking


def test_ranking_ballots_borda_hand_worked(db, workshop, five):
    a, b, c, d, e = five
    r = prioritise_rounds.create_round(db, workshop.id, "ranking")
    me = person(db, workshop)
    prioritise_votes.add_ranking_ballot(db, r.id, "1", [a, b, c])
    prioritise_votes.add_ranking_ballot(db, r.id, "2", [b, a])
    prioritise_votes.add_ranking_ballot(db, r.id, "", [c, b, d, a], participant_id=me)  # "W1-001"
    prioritise_votes.add_ranking_ballot(db, r.id, ARABIC, [d])
    prioritise_votes.add_ranking_ballot(db, r.id, "Bjørnstjerne", [b, c])
    # modified Borda: A 3+1+1 = 5, B 2+2+3+2 = 9, C 1+4+1 = 6, D 2+1 = 3, E 0
    result = prioritise_results.round_result(db, r.id)
    assert [(x.text[0], x.score, x.rank, x.n) for x in result.ideas] == [
        ("B", 9, 1, 4), ("C", 6, 2, 3), ("A", 5, 3, 3), ("D", 3, 4, 2), ("E", 0, 5, 0)]
    assert result.participants == 5
    ballots = {v.ballot for v in prioritise_votes.list_votes(db, r.id)}
    assert ballots == {"1", "2", "W1-001", ARABIC, "Bjørnstjerne"}


def test_ranking_ballot_refusals_write_nothing(db, workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "ranking")
    me = person(db, workshop)
    prioritise_votes.add_ranking_ballot(db, r.id, "7", [five[0]], participant_id=me)
    before = snapshot(db)
    bad = [("8", [five[0], five[1], five[0]], None),  # an idea twice
           ("7", [five[1]], None),                   # ballot 7 exists
           ("9", [five[1]], me),                     # me: a ballot already
           ("", [five[1]], None),                    # no label, no participant
           ("10", [], None),
           ("x" * 65, [five[1]], None)]
    for label, idea_ids, participant_id in bad:
        with pytest.raises(ValidationError):
            prioritise_votes.add_ranking_ballot(db, r.id, label, idea_ids, participant_id)
    assert snapshot(db) == before


# --------------------------------------------------------------------------- pairwise


def test_pairs_record_and_refuse(db, workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "pairwise")
    vote = prioritise_votes.record_pair(db, r.id, five[0], five[1], PairOutcome.A, session="s1")
    assert vote in prioritise_votes.vote_ids(db, r.id)
    before = snapshot(db)
    for args in ((five[0], five[0], "a"), (five[0], five[1], "left"),
                 (five[0], "nope", "b")):
        with pytest.raises(ValidationError):
            prioritise_votes.record_pair(db, r.id, *args)
    assert snapshot(db) == before


def test_pairwise_result_orders_by_strength_and_ignores_cant_decide(db, workshop, five):
    a, b, c, d, e = five
    r = prioritise_rounds.create_round(db, workshop.id, "pairwise")
    for winner, loser, times in ((a, b, 3), (b, c, 3), (a, c, 2), (c, d, 1)):
        for _ in range(times):
            prioritise_votes.record_pair(db, r.id, loser, winner, "b")
    prioritise_votes.record_pair(db, r.id, d, e, "cant_decide")
    result = prioritise_results.round_result(db, r.id)
    texts = [x.text[0] for x in result.ideas]
    # E was never decidedly compared: it stays at the reference (50), above C (1 win,
    # 5 losses) and D (1 loss)
    assert texts == ["A", "B", "E", "C", "D"]
    e_row = next(x for x in result.ideas if x.idea_id == e)
    assert e_row.score == pytest.approx(50.0) and e_row.n == 0  # only "can't decide"
    assert "cant_decide_ignored" in result.notes


def test_next_pair_is_reproducible_never_the_same_idea_and_avoids_repeats(db, workshop):
    idea_ids = ideas(db, workshop, *[f"Idé {k} æøå" for k in range(5)])
    r = prioritise_rounds.create_round(db, workshop.id, "pairwise")
    seen = set()
    for _ in range(10):  # 5 ideas: 10 different pairs
        pair = prioritise_results.next_pair(db, r.id, "kiosk")
        assert pair == prioritise_results.next_pair(db, r.id, "kiosk")  # same state, same pair
        a, b = pair
        assert a != b and {a, b} <= set(idea_ids)
        key = frozenset(pair)
        assert key not in seen
        seen.add(key)
        prioritise_votes.record_pair(db, r.id, a, b, "a", session="kiosk")
    assert len(seen) == 10
    assert prioritise_results.next_pair(db, r.id, "kiosk") is not None  # starts over
    prioritise_rounds.close_round(db, r.id)
    assert prioritise_results.next_pair(db, r.id, "kiosk") is None


def test_next_pair_needs_two_ideas(db, workshop):
    r = prioritise_rounds.create_round(db, workshop.id, "pairwise")
    assert prioritise_results.next_pair(db, r.id) is None
    ideas(db, workshop, "Only one")
    assert prioritise_results.next_pair(db, r.id) is None


# --------------------------------------------------------------------------- ties, weights


def test_ties_are_shown_as_ties_in_every_method(db, project, workshop, five):
    a, b, c, *_ = five
    crit = criteria_ids(db, project)
    rounds = {m: prioritise_rounds.create_round(db, workshop.id, m).id for m in RoundMethod}
    p1, p2 = person(db, workshop), person(db, workshop)
    prioritise_votes.add_dot_ballot(db, rounds[RoundMethod.DOTS], p1, [a, b])
    prioritise_votes.add_criterion_scores(db, rounds[RoundMethod.CRITERIA], a,
                                          {crit["cost"]: 4}, participant_id=p1)
    prioritise_votes.add_criterion_scores(db, rounds[RoundMethod.CRITERIA], b,
                                          {crit["cost"]: 4}, participant_id=p1)
    prioritise_votes.add_ranking_ballot(db, rounds[RoundMethod.RANKING], "", [a, b], p1)
    prioritise_votes.add_ranking_ballot(db, rounds[RoundMethod.RANKING], "", [b, a], p2)
    prioritise_votes.record_pair(db, rounds[RoundMethod.PAIRWISE], a, b, "a")
    prioritise_votes.record_pair(db, rounds[RoundMethod.PAIRWISE], a, b, "b")
    prioritise_votes.record_pair(db, rounds[RoundMethod.PAIRWISE], a, c, "a")
    prioritise_votes.record_pair(db, rounds[RoundMethod.PAIRWISE], c, b, "b")
    for method, round_id in rounds.items():
        top = prioritise_results.round_result(db, round_id).ideas
        assert [(x.idea_id, x.rank, x.tied) for x in top[:2]] == [(a, 1, True), (b, 1, True)], \
            method
        assert top[2].rank == 3


@pytest.fixture
def fake_weights(monkeypatch):
    """participant_weights of services.representativeness, replaced by a fixed table."""
    table: dict[str, float] = {}
    calls = []

    def participant_weights(db, project_id, workshop_id=None, cap=5.0):
        calls.append((project_id, workshop_id, cap))
        return types.SimpleNamespace(weights=dict(table), effective_n=0.0, capped=0,
                                     notes=("test_weights",))

    name = "smartcity_desktop.services.workshop.representativeness"
    try:
        module = __import__(name, fromlist=["participant_weights"])
        monkeypatch.setattr(module, "participant_weights", participant_weights)
    except ImportError:
        module = types.ModuleType(name)
        module.participant_weights = participant_weights
        monkeypatch.setitem(sys.modules, name, module)
    return table, calls


def test_weighted_results_use_the_participant_weights(db, project, workshop, five,
                                                      fake_weights):
    table, calls = fake_weights
    a, b, *_ = five
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=1)
    young = person(db, workshop)
    old = [person(db, workshop) for _ in range(3)]
    prioritise_votes.add_dot_ballot(db, r.id, young, [a])
    for p in old:
        prioritise_votes.add_dot_ballot(db, r.id, p, [b])
    prioritise_votes.set_dot_tally(db, r.id, a, 1)
    plain = prioritise_results.round_result(db, r.id)
    assert [x.idea_id for x in plain.ideas[:2]] == [b, a]  # b 3, a 1 + 1
    assert not plain.weighted and plain.effective_n is None
    table.update({young: 4.0} | dict.fromkeys(old, 0.5))
    weighted = prioritise_results.round_result(db, r.id, weighted=True, cap=3.0)
    assert calls == [(project.id, workshop.id, 3.0)]
    scores = {x.idea_id: x.score for x in weighted.ideas}
    assert scores[a] == pytest.approx(4.0 + 1)   # the tally counts 1
    assert scores[b] == pytest.approx(1.5)
    assert weighted.weighted
    # Kish over the 4 voters: (4 + 1.5)^2 / (16 + 3 * 0.25) = 30.25 / 16.75
    assert weighted.effective_n == pytest.approx(30.25 / 16.75)
    assert "tallies_not_weighted" in weighted.notes and "test_weights" in weighted.notes


def test_weighted_pairwise_and_ranking(db, workshop, five, fake_weights):
    table, _ = fake_weights
    a, b, *_ = five
    heavy, light = person(db, workshop), person(db, workshop)
    table.update({heavy: 3.0, light: 1.0})
    ranking_round = prioritise_rounds.create_round(db, workshop.id, "ranking")
    prioritise_votes.add_ranking_ballot(db, ranking_round.id, "", [a, b], heavy)
    prioritise_votes.add_ranking_ballot(db, ranking_round.id, "", [b, a], light)
    prioritise_votes.add_ranking_ballot(db, ranking_round.id, "paper", [b, a])  # weight 1
    result = prioritise_results.round_result(db, ranking_round.id, weighted=True)
    scores = {x.idea_id: x.score for x in result.ideas}
    assert scores[a] == pytest.approx(3 * 2 + 1 + 1)   # 8
    assert scores[b] == pytest.approx(3 * 1 + 2 + 2)   # 7
    assert "anonymous_not_weighted" in result.notes
    pair_round = prioritise_rounds.create_round(db, workshop.id, "pairwise")
    prioritise_votes.record_pair(db, pair_round.id, a, b, "a", participant_id=heavy)
    prioritise_votes.record_pair(db, pair_round.id, a, b, "b", participant_id=light)
    plain = prioritise_results.round_result(db, pair_round.id)
    assert plain.ideas[0].tied
    weighted = prioritise_results.round_result(db, pair_round.id, weighted=True)
    assert weighted.ideas[0].idea_id == a and not weighted.ideas[0].tied


# --------------------------------------------------------------------------- groups


def gender_round(db, workshop, five, groups: dict[str, int], unanswered: int = 0):
    """A dots round where each gender group votes for its own idea: women A, men B,
    non-binary C, self-described D, not answered E."""
    favourite = {"woman": 0, "man": 1, "non_binary": 2, "self_described": 3}
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=1)
    for gender, count in groups.items():
        for _ in range(count):
            prioritise_votes.add_dot_ballot(db, r.id, person(db, workshop, gender=gender),
                                            [five[favourite[gender]]])
    for _ in range(unanswered):
        prioritise_votes.add_dot_ballot(db, r.id, person(db, workshop), [five[4]])
    return r


def test_small_groups_are_folded_into_other(db, workshop, five):
    r = gender_round(db, workshop, five, {"woman": 6, "man": 8, "non_binary": 3,
                                          "self_described": 2})
    groups = prioritise_results.results_by_group(db, r.id, "gender")
    shown = [(g.category_key, g.participants, g.suppressed) for g in groups]
    assert shown == [("woman", 6, False), ("man", 8, False), ("other", 5, False)]
    other = groups[-1]
    assert other.folded == ("non_binary", "self_described")
    # "other": C 3 dots, D 2 -> C first, D second; no group of 3 or 2 is shown on its own
    assert [(x.text[0], x.score) for x in other.ideas[:2]] == [("C", 3), ("D", 2)]
    # Overall: B 8, A 6, C 3, D 2, E 0. Women: A 6 first (overall 2nd): shift -1;
    # B 0 dots -> tied at the bottom, rank 2 (overall 1): shift +1.
    women = groups[0]
    a, b = five[0], five[1]
    assert women.rank_shift[a] == -1 and women.rank_shift[b] == 1
    assert five[4] not in women.rank_shift  # no votes at all overall: no shift reported


def test_a_too_small_other_is_suppressed_with_the_next_smallest_group(db, workshop, five):
    # non-binary 3 -> "other" = 3 < 5: suppressed; so that 3 people's dots cannot be worked
    # out as overall minus the shown groups, the smallest shown group (women, 6) is hidden too.
    r = gender_round(db, workshop, five, {"woman": 6, "man": 7, "non_binary": 3})
    groups = {g.category_key: g for g in prioritise_results.results_by_group(db, r.id, "gender")}
    assert set(groups) == {"woman", "man", "other"}
    assert groups["other"].suppressed and groups["other"].reason == "too_small"
    assert groups["other"].participants is None and groups["other"].ideas == ()
    assert groups["other"].folded == ("non_binary",)  # which groups, never how many
    assert groups["woman"].suppressed and groups["woman"].reason == "protects_small_group"
    assert groups["woman"].ideas == () and groups["woman"].rank_shift == {}
    assert not groups["man"].suppressed and groups["man"].participants == 7
    # Nothing suppressed leaks: the only shown group's dots plus the overall do not reveal
    # the 3 non-binary voters' dots on their own.
    overall = prioritise_results.round_result(db, r.id)
    shown_total = sum(x.score for x in groups["man"].ideas)
    assert sum(x.score for x in overall.ideas) - shown_total == 6 + 3


def test_not_answered_is_a_group_and_big_groups_need_no_folding(db, workshop, five):
    r = gender_round(db, workshop, five, {"woman": 5, "man": 5}, unanswered=5)
    groups = prioritise_results.results_by_group(db, r.id, "gender")
    assert [(g.category_key, g.participants) for g in groups] == [
        ("woman", 5), ("man", 5), ("not_answered", 5)]
    assert all(not g.suppressed and not g.folded for g in groups)
    assert groups[2].ideas[0].idea_id == five[4]


def test_notable_shifts(db, workshop, five):
    a, b, c, d, e = five
    r = prioritise_rounds.create_round(db, workshop.id, "ranking")
    for _ in range(6):
        prioritise_votes.add_ranking_ballot(db, r.id, "", [a, b, c, d, e],
                                            person(db, workshop, gender="man"))
    for _ in range(5):
        prioritise_votes.add_ranking_ballot(db, r.id, "", [e, d, c, b, a],
                                            person(db, workshop, gender="woman"))
    # Overall (modified Borda): A 6*5+5*1 = 35, B 34, C 33, D 32, E 31 -> A..E ranks 1..5.
    # Women: E 1, D 2, C 3, B 4, A 5 -> shifts E -4, D -2, C 0, B +2, A +4.
    groups = {g.category_key: g for g in prioritise_results.results_by_group(db, r.id, "gender")}
    women, men = groups["woman"], groups["man"]
    assert women.rank_shift == {e: -4, d: -2, c: 0, b: 2, a: 4}
    assert women.shift_threshold == 3
    assert women.notable == (e, a)  # |shift| >= 3, in the group's order
    assert men.rank_shift == dict.fromkeys(five, 0) and men.notable == ()


def test_groups_of_an_unknown_dimension(db, workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    with pytest.raises(ValidationError):
        prioritise_results.results_by_group(db, r.id, "shoe_size")


def test_groups_in_every_method(db, project, workshop, five):
    a, b, *_ = five
    crit = criteria_ids(db, project)
    women = [person(db, workshop, gender="woman") for _ in range(5)]
    men = [person(db, workshop, gender="man") for _ in range(5)]
    rounds = {m: prioritise_rounds.create_round(db, workshop.id, m).id for m in RoundMethod}
    for group, (first, second) in ((women, (a, b)), (men, (b, a))):
        for p in group:
            prioritise_votes.add_dot_ballot(db, rounds[RoundMethod.DOTS], p, [first])
            prioritise_votes.add_criterion_scores(db, rounds[RoundMethod.CRITERIA], first,
                                                  {crit["cost"]: 5}, participant_id=p)
            prioritise_votes.add_criterion_scores(db, rounds[RoundMethod.CRITERIA], second,
                                                  {crit["cost"]: 1}, participant_id=p)
            prioritise_votes.add_ranking_ballot(db, rounds[RoundMethod.RANKING], "",
                                                [first, second], p)
            prioritise_votes.record_pair(db, rounds[RoundMethod.PAIRWISE], first, second, "a",
                                         participant_id=p)
    prioritise_votes.add_criterion_scores(db, rounds[RoundMethod.CRITERIA], a, {crit["cost"]: 3},
                                          table_group="T1")
    for method, round_id in rounds.items():
        groups = {g.category_key: g for g in prioritise_results.results_by_group(db, round_id,
                                                                                 "gender")}
        assert groups["woman"].ideas[0].idea_id == a, method
        assert groups["man"].ideas[0].idea_id == b, method
        assert groups["woman"].participants == 5
    criteria_groups = prioritise_results.results_by_group(db, rounds[RoundMethod.CRITERIA],
                                                          "gender")
    assert "table_groups_not_split" in criteria_groups[0].notes


# --------------------------------------------------------------------------- comparison


def test_compare_methods_kendall_tau(db, project, workshop, five):
    a, b, c, d, e = five
    crit = criteria_ids(db, project)
    p = person(db, workshop)
    dots = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=10).id
    prioritise_votes.add_dot_ballot(db, dots, p, [a] * 4 + [b] * 3 + [c] * 2 + [d])  # e 0
    ranking = prioritise_rounds.create_round(db, workshop.id, "ranking").id
    prioritise_votes.add_ranking_ballot(db, ranking, "1", [e, d, c, b, a])  # the reverse
    criteria = prioritise_rounds.create_round(db, workshop.id, "criteria").id
    for idea, score in ((a, 5), (b, 4), (c, 3)):  # d, e not scored: not "present"
        prioritise_votes.add_criterion_scores(db, criteria, idea, {crit["cost"]: score},
                                              table_group="T1")
    result = prioritise_results.compare_methods(db, [dots, ranking, criteria])
    assert result.round_ids == (dots, ranking, criteria)
    assert result.idea_ids == (a, b, c)  # present in all three, in the first round's order
    assert result.ranks[a] == (1, 5, 1)
    assert result.kendall_tau[(dots, ranking)] == pytest.approx(-1.0)
    assert result.kendall_tau[(dots, criteria)] == pytest.approx(1.0)
    assert result.kendall_tau[(ranking, criteria)] == pytest.approx(-1.0)
    two = prioritise_results.compare_methods(db, [dots, ranking])
    assert two.idea_ids == (a, b, c, d, e)  # dots and ranking rounds offer every idea
    assert two.kendall_tau[(dots, ranking)] == pytest.approx(-1.0)


def test_compare_methods_tau_undefined_is_nan(db, workshop, five):
    dots = prioritise_rounds.create_round(db, workshop.id, "dots").id
    other = prioritise_rounds.create_round(db, workshop.id, "dots").id
    result = prioritise_results.compare_methods(db, [dots, other])
    assert math.isnan(result.kendall_tau[(dots, other)])  # nobody voted: all tied


# --------------------------------------------------------------------------- order


def test_results_do_not_depend_on_the_order_votes_were_entered(db, workshop):
    idea_ids = ideas(db, workshop, *[f"Idea {k}" for k in range(8)])
    voters = [person(db, workshop) for _ in range(12)]
    rnd = random.Random(11)
    ballots = [(v, rnd.sample(idea_ids, 4)) for v in voters]
    pairs = [(*rnd.sample(idea_ids, 2), rnd.choice("ab")) for _ in range(40)]
    results = []
    for _ in range(2):
        rnd.shuffle(ballots)
        rnd.shuffle(pairs)
        ranking = prioritise_rounds.create_round(db, workshop.id, "ranking").id
        pairwise_round = prioritise_rounds.create_round(db, workshop.id, "pairwise").id
        for v, ballot in ballots:
            prioritise_votes.add_ranking_ballot(db, ranking, "", ballot, v)
        for x, y, outcome in pairs:
            prioritise_votes.record_pair(db, pairwise_round, x, y, outcome)
        results.append([[(i.idea_id, i.rank) for i in prioritise_results.round_result(db, r).ideas]
                        for r in (ranking, pairwise_round)])
    assert results[0] == results[1]


# --------------------------------------------------------------------------- import


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_dot_ballots_and_tallies(db, project, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=3)
    person(db, workshop), person(db, workshop)
    path = write(tmp_path, "dots.csv",
                 "Idea;Participant;Dots;Group\n"
                 "1;W1-001;2;\n"
                 "#2;w1-001;;\n"            # default 1 dot; codes in any case
                 "3;W1-002;1;\n"
                 "4;;7;resident\n"
                 "4;;2;Local business\n"   # by label
                 "5;;1;\n")
    report = prioritise_vote_import.import_votes(db, r.id, path)
    assert report.ok and report.imported == 6 and report.rows == 6
    result = prioritise_results.round_result(db, r.id)
    assert [(x.number, x.score) for x in result.ideas] == [(4, 9), (1, 2), (2, 1), (3, 1),
                                                           (5, 1)]
    assert set(report.added) == prioritise_votes.vote_ids(db, r.id)


def test_import_is_all_or_nothing_and_reports_every_bad_row(db, workshop, other_workshop,
                                                             five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "dots", dots_per_participant=2)
    person(db, workshop)
    person(db, other_workshop)
    capture.delete_idea(db, five[2])
    path = write(tmp_path, "bad.csv",
                 "idea,participant,dots,group\n"
                 "1,W1-001,1,\n"        # row 2 good
                 "2,W1-001,2,\n"        # row 3: 1 + 2 > 2 dots
                 "99,W1-001,1,\n"       # row 4: no idea 99
                 "1,W2-001,1,\n"        # row 5: participant of W2
                 "3,,4,\n"              # row 6: idea 3 deleted
                 "4,,x,\n"              # row 7: dots not a number
                 "4,,,\n"               # row 8: tally without dots
                 "4,,1,other\n"         # row 9: "other" is a group of 2 questions
                 "5,W1-001,1,resident\n"  # row 10: colour on a ballot row
                 "5,,2,\n5,,3,\n")      # row 12: the same tally twice
    before = snapshot(db)
    report = prioritise_vote_import.import_votes(db, r.id, path)
    assert not report.ok and report.imported == 0
    assert [p.row for p in report.problems] == [3, 4, 5, 6, 7, 8, 9, 10, 12]
    assert "deleted" in report.problems[3].message
    assert "cultural_background:other" in report.problems[6].message
    assert snapshot(db) == before


def test_import_refuses_unknown_or_missing_columns(db, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    report = prioritise_vote_import.import_votes(db, r.id, write(tmp_path, "a.csv",
                                                                 "idea,particpant\n1,W1-001\n"))
    assert not report.ok and report.problems[0].row == 1
    assert "particpant" in report.problems[0].message
    report = prioritise_vote_import.import_votes(db, r.id,
                                                 write(tmp_path, "b.csv", "participant\nW1\n"))
    assert any("'idea' is missing" in p.message for p in report.problems)
    report = prioritise_vote_import.import_votes(db, r.id, write(tmp_path, "c.csv", ""))
    assert not report.ok and report.problems[0].row == 0
    report = prioritise_vote_import.import_votes(db, r.id, write(tmp_path, "d.csv", "idea,dots\n"))
    assert not report.ok
    binary = tmp_path / "e.csv"
    binary.write_bytes(b"\x00\x01\x02garbage")
    assert not prioritise_vote_import.import_votes(db, r.id, binary).ok
    assert live_count(db, "dot_vote") == 0


def test_import_criteria_scores_with_labels_and_keys(db, project, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "criteria")
    person(db, workshop)
    path = write(tmp_path, "scores.csv",
                 "idea,participant,table_group,Climate and environment impact,feasibility,"
                 "COST,inclusion,note\n"
                 f"1,,Bord 3 {ARABIC},5,4,3,2,ok\n"
                 f"1,W1-001,,3,4,5,4,\n"
                 "2,W1-001,,5,,,,\n")
    report = prioritise_vote_import.import_votes(db, r.id, path)
    assert report.ok, report.problems
    scores = {x.number: x.score for x in prioritise_results.round_result(db, r.id).ideas}
    assert scores[1] == pytest.approx(3.75) and scores[2] == pytest.approx(5.0)
    groups = {v.table_group for v in prioritise_votes.list_votes(db, r.id)}
    assert f"Bord 3 {ARABIC}" in groups


def test_import_criteria_refusals(db, project, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "criteria")
    person(db, workshop)
    bad = write(tmp_path, "scores.csv",
                "idea,participant,table_group,cost,feasability\n1,,T1,3,3\n")
    report = prioritise_vote_import.import_votes(db, r.id, bad)
    assert "feasability" in report.problems[0].message
    bad = write(tmp_path, "scores2.csv",
                "idea,participant,table_group,cost,feasibility\n"
                "1,,T1,0,3\n"          # row 2: score 0
                "2,,T1,6,\n"           # row 3: score 6
                "3,W1-001,T1,3,\n"     # row 4: both scorers
                "4,,,3,\n"             # row 5: no scorer
                "5,,T1,,\n"            # row 6: no score
                "1,,T2,2.5,\n"         # row 7: not whole
                "2,,T2,3,\n2,,T2,4,\n")  # row 9: same scorer and idea twice
    before = snapshot(db)
    report = prioritise_vote_import.import_votes(db, r.id, bad)
    assert [p.row for p in report.problems] == [2, 3, 4, 5, 6, 7, 9]
    assert snapshot(db) == before


def test_import_ranking_ballots(db, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "ranking")
    person(db, workshop)
    path = write(tmp_path, "ranks.csv",
                 "ballot,participant,idea,rank\n"
                 f"{ETHIOPIC},,2,2\n{ETHIOPIC},,1,1\n"
                 ",W1-001,3,1\n,W1-001,1,2\n,W1-001,2,3\n"
                 "Åse,,5,1\n")
    report = prioritise_vote_import.import_votes(db, r.id, path)
    assert report.ok, report.problems
    result = prioritise_results.round_result(db, r.id)
    # ETHIOPIC: 1 (2 pts) > 2 (1); W1-001: 3 (3) > 1 (2) > 2 (1); Åse: 5 (1)
    assert {x.number: x.score for x in result.ideas} == {1: 4, 2: 2, 3: 3, 4: 0, 5: 1}
    assert {v.ballot for v in prioritise_votes.list_votes(db, r.id)} == {ETHIOPIC, "W1-001", "Åse"}


def test_import_ranking_refusals(db, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "ranking")
    prioritise_votes.add_ranking_ballot(db, r.id, "old", [five[0]])
    path = write(tmp_path, "ranks.csv",
                 "ballot,idea,rank\n"
                 "1,1,1\n1,2,3\n"          # rows 2-3: gap (1, 3)
                 "2,1,1\n2,1,2\n"          # rows 4-5: idea twice
                 "3,1,0\n"                 # row 6: rank 0
                 "old,2,1\n"               # row 7: ballot "old" exists
                 "4,1,1\n")                # row 8: good
    before = snapshot(db)
    report = prioritise_vote_import.import_votes(db, r.id, path)
    assert [p.row for p in report.problems] == [2, 4, 6, 7]
    assert snapshot(db) == before


def test_import_pairwise(db, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "pairwise")
    path = write(tmp_path, "pairs.csv",
                 "idea_a,idea_b,winner,session\n"
                 "1,2,a,s1\n1,3,B,s1\n2,3,can't decide,s2\n4,5,5,\n")
    report = prioritise_vote_import.import_votes(db, r.id, path)
    assert report.ok, report.problems
    outcomes = [v.value for v in prioritise_votes.list_votes(db, r.id)]
    assert sorted(outcomes) == ["a", "b", "b", "cant_decide"]
    bad = write(tmp_path, "bad.csv", "idea_a,idea_b,winner\n1,1,a\n1,2,maybe\n1,2,\n")
    before = snapshot(db)
    report = prioritise_vote_import.import_votes(db, r.id, bad)
    assert [p.row for p in report.problems] == [2, 3, 4]
    assert snapshot(db) == before


def test_import_into_a_closed_round_is_refused(db, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    prioritise_rounds.close_round(db, r.id)
    with pytest.raises(ValidationError):
        prioritise_vote_import.import_votes(db, r.id, write(tmp_path, "x.csv", "idea,dots\n1,3\n"))


def test_idea_numbers_stay_when_ideas_are_deleted(db, workshop, five):
    capture.delete_idea(db, five[1])
    numbers = prioritise_rounds.idea_numbers(db, workshop.id)
    assert [numbers[i] for i in five] == [1, 2, 3, 4, 5]


# --------------------------------------------------------------------------- placements


def test_placements(db, workshop, other_workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    prioritise_placements.set_placement(db, r.id, five[0], 0.9, 0.2)
    prioritise_placements.set_placement(db, r.id, five[0], 0.8, 0.3)  # moved: the same record
    prioritise_placements.set_placement(db, r.id, five[1], 0, 1)
    assert prioritise_placements.placements(db, r.id) == {five[0]: (0.8, 0.3), five[1]: (0.0, 1.0)}
    assert live_count(db, "idea_placement") == 2
    [far] = ideas(db, other_workshop, "far")
    before = snapshot(db)
    for args in ((five[2], 1.1, 0.5), (five[2], 0.5, -0.1), (five[2], math.nan, 0.5),
                 (far, 0.5, 0.5)):
        with pytest.raises(ValidationError):
            prioritise_placements.set_placement(db, r.id, *args)
    assert snapshot(db) == before
    prioritise_placements.clear_placement(db, r.id, five[1])
    assert prioritise_placements.placements(db, r.id) == {five[0]: (0.8, 0.3)}


# --------------------------------------------------------------------------- undo


def test_undo_and_redo_of_a_ballot_bring_back_the_same_records(db, workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    me = person(db, workshop)
    command = cmd.AddDotBallot(db, r.id, participant_id=me, idea_ids=(five[0], five[0]))
    change = command.redo()
    assert change.rounds == (r.id,) and not change.touches_ideas
    ids = prioritise_votes.vote_ids(db, r.id)
    assert set(command.added) == ids and len(ids) == 1
    command.undo()
    assert prioritise_votes.vote_ids(db, r.id) == set()
    command.redo()
    assert prioritise_votes.vote_ids(db, r.id) == ids
    assert prioritise_results.round_result(db, r.id).ideas[0].score == 2


def test_undo_of_a_tally_brings_back_the_earlier_tally(db, workshop, five):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    prioritise_votes.set_dot_tally(db, r.id, five[0], 4)
    command = cmd.SetDotTally(db, r.id, idea_id=five[0], dots=9)
    command.redo()
    assert prioritise_results.round_result(db, r.id).ideas[0].score == 9
    command.undo()
    assert prioritise_results.round_result(db, r.id).ideas[0].score == 4
    command.redo()
    assert prioritise_results.round_result(db, r.id).ideas[0].score == 9
    assert live_count(db, "dot_vote") == 1


def test_undo_of_scores_rankings_pairs_and_deletes(db, project, workshop, five):
    crit = criteria_ids(db, project)
    criteria = prioritise_rounds.create_round(db, workshop.id, "criteria").id
    prioritise_votes.add_criterion_scores(db, criteria, five[0], {crit["cost"]: 2}, table_group="T")
    rescore = cmd.AddCriterionScores(db, criteria, idea_id=five[0], scores={crit["cost"]: 5},
                                     table_group="T")
    rescore.redo()
    assert [v.value for v in prioritise_votes.list_votes(db, criteria)] == [5]
    rescore.undo()
    assert [v.value for v in prioritise_votes.list_votes(db, criteria)] == [2]
    ranking = prioritise_rounds.create_round(db, workshop.id, "ranking").id
    ballot = cmd.AddRankingBallot(db, ranking, ballot="1", idea_ids=(five[1], five[0]))
    ballot.redo()
    ballot.undo()
    assert prioritise_votes.vote_ids(db, ranking) == set()
    ballot.redo()
    # the ballot label is free again after undo, and taken again after redo
    with pytest.raises(ValidationError):
        prioritise_votes.add_ranking_ballot(db, ranking, "1", [five[2]])
    pairs = prioritise_rounds.create_round(db, workshop.id, "pairwise").id
    pair = cmd.RecordPair(db, pairs, idea_a_id=five[0], idea_b_id=five[1], outcome="a")
    pair.redo()
    delete = cmd.DeleteVotes(db, pairs, ids=tuple(pair.added))
    delete.redo()
    assert prioritise_votes.vote_ids(db, pairs) == set()
    delete.undo()
    assert prioritise_votes.vote_ids(db, pairs) == set(pair.added)


def test_undo_of_rounds_and_placements(db, workshop, five):
    create = cmd.CreateRound(db, workshop.id, "dots", "Prikker")
    change = create.redo()
    assert change.structure and change.rounds == (create.round_id,)
    create.undo()
    assert prioritise_rounds.list_rounds(db, workshop.id) == []
    create.redo()
    assert [r.id for r in prioritise_rounds.list_rounds(db, workshop.id)] == [create.round_id]
    close = cmd.CloseRound(db, create.round_id)
    close.redo()
    assert prioritise_rounds.get_round(db, create.round_id).closed
    close.undo()
    assert not prioritise_rounds.get_round(db, create.round_id).closed
    rename = cmd.RenameRound(db, create.round_id, "Dots ✓")
    rename.redo()
    rename.undo()
    assert prioritise_rounds.get_round(db, create.round_id).name == "Prikker"
    place = cmd.SetPlacement(db, create.round_id, five[0], 0.7, 0.1)
    place.redo()
    move = cmd.SetPlacement(db, create.round_id, five[0], 0.2, 0.9)
    move.redo()
    move.undo()
    assert prioritise_placements.placements(db, create.round_id) == {five[0]: (0.7, 0.1)}
    place.undo()
    assert prioritise_placements.placements(db, create.round_id) == {}


def test_import_command_undo_and_refusal(db, workshop, five, tmp_path):
    r = prioritise_rounds.create_round(db, workshop.id, "dots")
    prioritise_votes.set_dot_tally(db, r.id, five[0], 3)
    good = write(tmp_path, "good.csv", "idea,dots\n1,8\n2,4\n")
    command = cmd.ImportVotes(db, r.id, str(good))
    command.redo()
    assert {x.number: x.score
            for x in prioritise_results.round_result(db, r.id).ideas[:2]} == {1: 8, 2: 4}
    command.undo()
    assert prioritise_results.round_result(db, r.id).ideas[0].score == 3
    assert live_count(db, "dot_vote") == 1
    command.redo()
    assert live_count(db, "dot_vote") == 2
    bad = write(tmp_path, "bad.csv", "idea,dots\n1,8\n77,4\n")
    with pytest.raises(cmd.VoteImportRefused) as refused:
        cmd.ImportVotes(db, r.id, str(bad)).redo()
    assert refused.value.report.problems[0].row == 3
    assert "row 3" in refused.value.message
