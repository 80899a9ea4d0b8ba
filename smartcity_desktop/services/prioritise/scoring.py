"""Scoring a round: its votes read once into plain data (:func:`load_round`), scored with the
round's method (:func:`compute_scores`, all or some of the voters) and ranked
(:func:`rank_ideas`). Bradley-Terry fits are cached per round (:func:`fit_strengths`).
:mod:`.results` builds every result on these."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import sqlalchemy as sa

from ...core import pairwise, ranking
from ...core.enums import RoundMethod
from ...storage.database import Database
from ...storage.models import (
    Criterion,
    CriterionScore,
    DotVote,
    Idea,
    PairwiseVote,
    PriorityRound,
    RankingEntry,
    Workshop,
)
from ..records import get_live
from .vote_writer import scorer_key


@dataclass(frozen=True)
class RankedIdea:
    """One idea's place in a ranking (of a round, or of one group of its voters)."""

    idea_id: str
    text: str            # the idea's title or text, for display
    score: float         # dots, weighted score, Borda points or Bradley-Terry win chance 0-100
    rank: int            # 1 = best; tied ideas share a rank ("1, 1, 3")
    tied: bool           # True when another idea has the same rank
    n: int               # how many ballots/scores/comparisons the score rests on
    number: int = 0      # the idea's number in its workshop (see idea_numbers)


def _display(title: str | None, text: str) -> str:
    return (title or "").strip() or text


@dataclass
class RoundData:
    """Everything a result needs, read once (plain tuples, no ORM objects)."""

    round: PriorityRound
    method: RoundMethod
    project_id: str
    ideas: dict[str, tuple[str, int]]  # live idea id -> (display text, number)
    ballots: list = field(default_factory=list)    # dots: (voter, idea, dots)
    tallies: list = field(default_factory=list)    # dots: (idea, dots, category id | None)
    scores: list = field(default_factory=list)     # criteria: (scorer, participant, idea, crit, s)
    criterion_weights: dict = field(default_factory=dict)
    rankings: dict = field(default_factory=dict)   # ranking: ballot -> (participant, [ideas])
    pairs: list = field(default_factory=list)      # pairwise: (a, b, outcome, participant, session)
    _keys: dict | None = None
    _key_order: list | None = None

    @property
    def tie_keys(self) -> dict[str, tuple]:
        if self._keys is None:
            self._keys = {i: ranking.tie_key(i, text) for i, (text, _) in self.ideas.items()}
        return self._keys

    @property
    def key_order(self) -> list[str]:
        """The ideas in the order of their tie keys (computed once per read)."""
        if self._key_order is None:
            self._key_order = sorted(self.ideas, key=self.tie_keys.__getitem__)
        return self._key_order


def load_round(db: Database, round_id: str) -> RoundData:
    """The live round's live ideas and live votes, read in one session (raises NotFoundError
    for an unknown or deleted round)."""
    with db.session() as s:
        record = get_live(s, PriorityRound, round_id, "round")
        workshop = s.get(Workshop, record.workshop_id)
        method = RoundMethod(record.method)
        numbers = {}
        ideas = {}
        rows = s.execute(sa.select(Idea.id, Idea.title, Idea.text, Idea.deleted)
                         .where(Idea.workshop_id == record.workshop_id)
                         .order_by(Idea.created_at, Idea.id)).all()
        for number, (idea_id, title, text, deleted) in enumerate(rows, start=1):
            numbers[idea_id] = number
            if not deleted:
                ideas[idea_id] = (_display(title, text), number)
        data = RoundData(record, method, workshop.project_id, ideas)
        conn = s.connection()
        if method == RoundMethod.DOTS:
            for idea_id, dots, participant_id, category_id in conn.execute(
                    sa.select(DotVote.idea_id, DotVote.dots, DotVote.participant_id,
                              DotVote.category_id)
                    .where(DotVote.round_id == round_id, DotVote.deleted == False)):  # noqa: E712
                if idea_id not in ideas:
                    continue
                if participant_id is None:
                    data.tallies.append((idea_id, dots, category_id))
                else:
                    data.ballots.append((participant_id, idea_id, dots))
        elif method == RoundMethod.CRITERIA:
            data.criterion_weights = dict(conn.execute(
                sa.select(Criterion.id, Criterion.weight)
                .where(Criterion.project_id == workshop.project_id,
                       Criterion.deleted == False)).all())  # noqa: E712
            for idea_id, criterion_id, score, participant_id, table_group in conn.execute(
                    sa.select(CriterionScore.idea_id, CriterionScore.criterion_id,
                              CriterionScore.score, CriterionScore.participant_id,
                              CriterionScore.table_group)
                    .where(CriterionScore.round_id == round_id,
                           CriterionScore.deleted == False)):  # noqa: E712
                if idea_id in ideas:
                    data.scores.append((scorer_key(participant_id, table_group),
                                        participant_id, idea_id, criterion_id, score))
        elif method == RoundMethod.RANKING:
            entries: dict[str, list] = {}
            for ballot, participant_id, idea_id, rank in conn.execute(
                    sa.select(RankingEntry.ballot, RankingEntry.participant_id,
                              RankingEntry.idea_id, RankingEntry.rank)
                    .where(RankingEntry.round_id == round_id,
                           RankingEntry.deleted == False)):  # noqa: E712
                entries.setdefault(ballot, []).append((rank, idea_id, participant_id))
            for ballot, items in entries.items():
                items.sort()
                participant_id = next((p for _, _, p in items if p), None)
                # A deleted idea leaves the ballot; the others keep their order.
                data.rankings[ballot] = (participant_id,
                                         [i for _, i, _ in items if i in ideas])
        else:
            for a, b, outcome, participant_id, session in conn.execute(
                    sa.select(PairwiseVote.idea_a_id, PairwiseVote.idea_b_id,
                              PairwiseVote.outcome, PairwiseVote.participant_id,
                              PairwiseVote.session)
                    .where(PairwiseVote.round_id == round_id,
                           PairwiseVote.deleted == False)):  # noqa: E712
                if a in ideas and b in ideas:
                    data.pairs.append((a, b, outcome, participant_id, session))
    return data


@dataclass
class Scores:
    """The scores of one round (or of some of its voters), before ranking."""

    scores: dict[str, ranking.Score]
    participants: int
    voters: set[str]           # participant ids behind the scores
    notes: list[str]
    tolerance: float = ranking.TIE_TOLERANCE
    default: float = 0.0       # the score of an idea nobody voted on
    strengths: dict[str, float] | None = None  # pairwise: the fitted Bradley-Terry strengths


PAIRWISE_TIE_TOLERANCE = 1e-6
#: Bradley-Terry fits stop when no strength changes by more than this in a sweep; the
#: strengths are then within about 1e-8 of the solution, far inside the tie tolerance.
FIT_TOLERANCE = 1e-9


def compute_scores(data: RoundData, weights: dict[str, float] | None = None,
                   voters_in: set[str] | None = None, tallies_in: set[str] | None = None,
                   fit_key: str | None = None) -> Scores:
    """Scores of one round; with ``voters_in`` only the votes of those participants (votes
    without a participant are left out), with ``tallies_in`` only the wall tallies of those
    dot colours (category ids). ``fit_key`` names the Bradley-Terry fit in the cache (see
    :func:`fit_strengths`)."""
    notes: list[str] = []
    if data.method == RoundMethod.DOTS:
        ballots = data.ballots if voters_in is None else \
            [b for b in data.ballots if b[0] in voters_in]
        tallies = [(i, d) for i, d, c in data.tallies if tallies_in is None or c in tallies_in]
        if tallies:
            notes.append("tallies_have_no_voters")
            if weights is not None:
                notes.append("tallies_not_weighted")
        voters = {v for v, _, _ in ballots}
        return Scores(ranking.dot_scores(ballots, tallies, weights), len(voters), voters, notes)
    if data.method == RoundMethod.CRITERIA:
        if not data.criterion_weights:
            notes.append("no_criteria")
        rows = data.scores if voters_in is None else \
            [r for r in data.scores if r[1] in voters_in]
        scorer_weights = None
        if weights is not None:
            scorer_weights = {r[0]: weights.get(r[1], 1.0) for r in rows if r[1]}
            if any(r[1] is None for r in rows):
                notes.append("table_groups_not_weighted")
        result = ranking.criteria_scores([(r[0], r[2], r[3], r[4]) for r in rows],
                                         data.criterion_weights, scorer_weights)
        if result.incomplete:
            notes.append("criteria_missing")
        voters = {r[1] for r in rows if r[1]}
        return Scores(result.scores, len({r[0] for r in rows}), voters, notes)
    if data.method == RoundMethod.RANKING:
        chosen = [(ballot, p, ideas) for ballot, (p, ideas) in sorted(data.rankings.items())
                  if ideas and (voters_in is None or p in voters_in)]
        ballot_weights = None
        if weights is not None:
            ballot_weights = {b: (weights.get(p, 1.0) if p else 1.0) for b, p, _ in chosen}
            if any(p is None for _, p, _ in chosen):
                notes.append("anonymous_not_weighted")
        scores = ranking.borda_scores(((b, ideas) for b, _, ideas in chosen), ballot_weights)
        voters = {p for _, p, _ in chosen if p}
        return Scores(scores, len(chosen), voters, notes)
    # pairwise
    rows = data.pairs if voters_in is None else [r for r in data.pairs if r[3] in voters_in]
    if weights is not None and any(r[3] is None for r in rows):
        notes.append("anonymous_not_weighted")
    comparisons = [(a, b, outcome, (weights.get(p, 1.0) if weights is not None and p else 1.0))
                   for a, b, outcome, p, _ in rows]
    pdata = pairwise.aggregate(comparisons)
    if pdata.cant_decide:
        notes.append("cant_decide_ignored")
    strengths = fit_strengths(fit_key, data.ideas, pdata)
    scores = {i: ranking.Score(pairwise.win_chance(strengths[i]), pdata.decided.get(i, 0))
              for i in data.ideas}
    voters = {p for *_, p, _ in rows if p}
    people = len(voters) + len({s for *_, p, s in rows if not p})
    return Scores(scores, people, voters, notes, PAIRWISE_TIE_TOLERANCE,
                  pairwise.win_chance(1.0), strengths)


def rank_ideas(data: RoundData, computed: Scores) -> tuple[RankedIdea, ...]:
    """Every live idea of the round, best first, with competition ranks (ties share a rank;
    an idea without votes gets ``computed.default``)."""
    scores, default = computed.scores, computed.default
    values = {i: (scores[i].value if i in scores else default) for i in data.ideas}
    ranked = ranking.competition_ranking(values, tolerance=computed.tolerance,
                                         keys=data.tie_keys, key_order=data.key_order)
    ideas = data.ideas
    return tuple(RankedIdea(r.item, ideas[r.item][0], r.score, r.rank, r.tied,
                            scores[r.item].n if r.item in scores else 0, ideas[r.item][1])
                 for r in ranked)


def round_voters(data: RoundData) -> set[str]:
    """The participants who voted in the round (votes without a participant are not here)."""
    if data.method == RoundMethod.DOTS:
        return {v for v, _, _ in data.ballots}
    if data.method == RoundMethod.CRITERIA:
        return {r[1] for r in data.scores if r[1]}
    if data.method == RoundMethod.RANKING:
        return {p for p, _ in data.rankings.values() if p}
    return {r[3] for r in data.pairs if r[3]}


@dataclass(frozen=True)
class _CachedFit:
    beats: dict[tuple[str, str], float]  # the data fitted (wins of a over b)
    strengths: dict[str, float]
    exact: bool                            # fitted to full precision (else: a warm start)


_fits: dict[str, _CachedFit] = {}
_fits_lock = threading.Lock()


def fit_strengths(key: str | None, ideas, pdata: pairwise.PairData, exact: bool = True
                  ) -> dict[str, float]:
    """Bradley-Terry strengths, reusing the last fit of the same round: the same data fitted
    to full precision is not fitted again, and other data starts from the last strengths (a
    vote changes them little, so a few sweeps suffice)."""
    with _fits_lock:
        cached = _fits.get(key) if key else None
    if cached is not None and (cached.exact or not exact) and cached.beats == pdata.beats \
            and set(cached.strengths) == set(ideas):
        return cached.strengths
    strengths = pairwise.bradley_terry(ideas, pdata, tol=FIT_TOLERANCE if exact else 1e-6,
                                       start=cached.strengths if cached else None)
    if key:
        with _fits_lock:
            if len(_fits) > 50:
                _fits.clear()
            _fits[key] = _CachedFit(dict(pdata.beats), strengths, exact)
    return strengths


def clear_fits() -> None:
    """Forget every cached fit, so that the next result fits from scratch (bench/bench_results.py
    times cold results with it)."""
    with _fits_lock:
        _fits.clear()
