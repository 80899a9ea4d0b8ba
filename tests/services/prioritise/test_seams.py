"""The seams prioritise.results and prioritise.scoring give other modules: has_votes (used by
the feedback report and the challenge brief) and clear_fits (used by bench_results)."""

from __future__ import annotations

import pytest

from smartcity_desktop.core import pairwise
from smartcity_desktop.core.enums import PairOutcome, RoundMethod
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import results, rounds, scoring, votes
from smartcity_desktop.services.workshop import participants
from smartcity_desktop.services.workshop.participants import ParticipantInput


def _ideas(db, workshop, n):
    return [capture.add_idea(db, workshop.id, IdeaInput(text=f"Idea {k}")) for k in range(n)]


def _person(db, workshop):
    return participants.register_participant(db, workshop.id, ParticipantInput()).id


def test_has_votes_tells_voted_ideas_from_the_tied_bottom(db, workshop):
    a, b, c = _ideas(db, workshop, 3)
    dots = rounds.create_round(db, workshop.id, RoundMethod.DOTS, dots_per_participant=2)
    votes.add_dot_ballot(db, dots.id, _person(db, workshop), [a, b])
    result = results.round_result(db, dots.id)
    voted = {r.idea_id for r in result.ideas if results.has_votes(result.method, r)}
    assert voted == {a, b}
    # A pairwise idea never compared scores 50, not 0: only its comparisons count.
    pair = rounds.create_round(db, workshop.id, RoundMethod.PAIRWISE)
    votes.record_pair(db, pair.id, a, b, PairOutcome.A)
    result = results.round_result(db, pair.id)
    untouched = next(r for r in result.ideas if r.idea_id == c)
    assert untouched.score != 0 and not results.has_votes(result.method, untouched)
    assert {r.idea_id for r in result.ideas if results.has_votes(result.method, r)} == {a, b}


def test_clear_fits_makes_the_next_result_fit_again(db, workshop, monkeypatch):
    ideas = _ideas(db, workshop, 4)
    pair = rounds.create_round(db, workshop.id, RoundMethod.PAIRWISE)
    for winner, loser in ((0, 1), (0, 2), (1, 2), (3, 0), (2, 3)):
        votes.record_pair(db, pair.id, ideas[winner], ideas[loser], PairOutcome.A)
    fits = []
    real = pairwise.bradley_terry

    def counting(*args, **kwargs):
        fits.append(kwargs.get("start"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pairwise, "bradley_terry", counting)
    first = results.round_result(db, pair.id)
    results.round_result(db, pair.id)
    assert len(fits) == 1  # the same votes are not fitted twice
    scoring.clear_fits()
    again = results.round_result(db, pair.id)
    assert len(fits) == 2 and fits[1] is None  # fitted again, from scratch (no warm start)
    assert [r.idea_id for r in again.ideas] == [r.idea_id for r in first.ideas]
    assert [r.score for r in again.ideas] == pytest.approx([r.score for r in first.ideas])
