"""The results of prioritisation rounds: the ranking of a round (optionally weighted), its ranking
within each group of voters, the agreement between rounds of different methods, and the next
pair to show in a pairwise round. These read a whole round and allocate many small tuples, so
they run with the garbage collector paused (:func:`services.runtime.collector_paused`)."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa

from ...core import agreement, pairwise, ranking, rules
from ...core.enums import RoundMethod
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import ParticipantAnswer
from ..runtime import collector_paused
from .scoring import (
    RankedIdea,
    RoundData,
    compute_scores,
    fit_strengths,
    load_round,
    rank_ideas,
    round_voters,
)

NOT_ANSWERED = "not_answered"
OTHER = "other"


@dataclass(frozen=True)
class RoundResult:
    """The ranking of a round: every live idea of the workshop, best first (ideas nobody voted
    for are tied at the bottom with ``n == 0``; in a pairwise round an idea never compared
    scores 50).

    ``notes`` are stable codes: ``tallies_have_no_voters`` (dots counted from the wall are in
    the scores but not in ``participants``), ``criteria_missing`` (some ideas were not scored on
    every criterion; see core.ranking), ``no_criteria`` (the project has no criteria),
    ``cant_decide_ignored`` (pairwise answers "can't decide" are not in the scores), and with
    ``weighted``: ``tallies_not_weighted``, ``table_groups_not_weighted``,
    ``anonymous_not_weighted`` (votes without a participant count with weight 1), followed by the
    notes of the weighting itself."""

    round_id: str
    method: RoundMethod
    ideas: tuple[RankedIdea, ...]          # best first
    participants: int                      # distinct voters (ballots) behind the result
    weighted: bool = False                 # raked to the reference population
    effective_n: float | None = None       # Kish effective sample size when weighted
    notes: tuple[str, ...] = ()            # codes of caveats, e.g. "tallies_have_no_voters"


@dataclass(frozen=True)
class GroupResult:
    """The ranking of one group of one dimension, or ``suppressed`` when the group is too small
    to be shown on its own (fewer than core.rules.MIN_PUBLISHED_GROUP participants)."""

    dimension_key: str
    category_key: str          # "other" for folded small groups
    label: str
    participants: int | None   # None when suppressed
    suppressed: bool
    ideas: tuple[RankedIdea, ...]
    # idea_id -> (group rank - overall rank); large |value| = the group sees it differently
    rank_shift: dict[str, int] = field(default_factory=dict)
    # the category keys folded into the "other" group, in the dimension's order (never their
    # sizes)
    folded: tuple[str, ...] = ()
    # why a group is suppressed: "too_small", or "protects_small_group" (a group big enough
    # that is hidden too, so that the small one cannot be worked out by subtraction)
    reason: str = ""
    # ideas whose |rank_shift| >= shift_threshold (see core.ranking.notable_shift_threshold)
    notable: tuple[str, ...] = ()
    shift_threshold: int = 0
    # codes: "tallies_not_split" (wall tallies without a colour of this dimension),
    # "table_groups_not_split", "anonymous_not_split" (votes without a participant)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MethodComparison:
    round_ids: tuple[str, ...]
    idea_ids: tuple[str, ...]                 # ideas present in every compared round
    ranks: dict[str, tuple[int, ...]]         # idea_id -> rank in each round (same order)
    kendall_tau: dict[tuple[str, str], float]  # (round a, round b) -> tau-b (nan: undefined)




def _participant_weights(db: Database, data: RoundData, cap: float):
    from ..workshop.representativeness import participant_weights

    return participant_weights(db, data.project_id, data.round.workshop_id, cap)


@collector_paused()
def round_result(db: Database, round_id: str, weighted: bool = False,
                 cap: float = 5.0) -> RoundResult:
    """The ranking of a round (ties share a rank: 1, 1, 3). With ``weighted`` every
    participant's votes count with their weight from
    ``services.representativeness.participant_weights`` (raked to the project's reference
    population, capped at ``cap``); votes without a participant count 1. ``effective_n`` is
    Kish's effective number of the round's weighted voters."""
    data = load_round(db, round_id)
    weights = None
    extra_notes: list[str] = []
    if weighted:
        result = _participant_weights(db, data, cap)
        weights = dict(getattr(result, "weights", {}) or {})
        extra_notes = [str(n) for n in (getattr(result, "notes", ()) or ())]
    computed = compute_scores(data, weights, fit_key=round_id + ("|weighted" if weighted else ""))
    effective_n = None
    if weighted:
        effective_n = ranking.kish_effective_n(weights.get(v, 1.0) for v in computed.voters)
    return RoundResult(round_id, data.method, rank_ideas(data, computed), computed.participants,
                       weighted, effective_n, tuple(computed.notes + extra_notes))


def _present(result: RoundResult) -> set[str]:
    """Ideas a round says something about: in dots and ranking rounds every idea was on offer
    (no dots / not listed is an answer); in criteria and pairwise rounds only the ideas that
    were scored or compared."""
    if result.method in (RoundMethod.DOTS, RoundMethod.RANKING):
        return {r.idea_id for r in result.ideas}
    return {r.idea_id for r in result.ideas if r.n > 0}


@collector_paused()
def compare_methods(db: Database, round_ids: list[str]) -> MethodComparison:
    """The ranks of the ideas present in every round (see :func:`_present`), best first by the
    first round, and Kendall's tau-b between every two rounds over those ideas."""
    round_ids = list(dict.fromkeys(round_ids))
    results = [round_result(db, r) for r in round_ids]
    common: set[str] | None = None
    for result in results:
        common = _present(result) if common is None else common & _present(result)
    common = common or set()
    rank_maps = [{r.idea_id: r.rank for r in result.ideas} for result in results]
    order = [r.idea_id for r in results[0].ideas if r.idea_id in common] if results else []
    ranks = {i: tuple(m[i] for m in rank_maps) for i in order}
    taus: dict[tuple[str, str], float] = {}
    for a in range(len(round_ids)):
        for b in range(a + 1, len(round_ids)):
            taus[(round_ids[a], round_ids[b])] = agreement.kendall_tau_b(
                [rank_maps[a][i] for i in order], [rank_maps[b][i] for i in order])
    return MethodComparison(tuple(round_ids), tuple(order), ranks, taus)


def _dimension(db: Database, project_id: str, dimension_key: str):
    from ..workshop.projects import list_dimensions

    dims = list_dimensions(db, project_id)
    for dim in dims:
        if dim.key == dimension_key:
            return dim
    raise ValidationError("dimension", f"The project has no demographic question "
                          f"{dimension_key!r}.", reason="dimension_unknown",
                          value=dimension_key, known=[d.key for d in dims])


@collector_paused()
def results_by_group(db: Database, round_id: str, dimension_key: str) -> list[GroupResult]:
    """The round's ranking within each group of voters of a dimension (e.g. "gender").

    Voters are split by their answer; "prefer not to say" is a group of its own and voters who
    did not answer form the group ``not_answered``. In a dots round, wall tallies whose dot
    colour stands for a category of this dimension count for that group (their number of people
    is estimated as ``ceil(dots / dots per participant)``, the fewest people who could have
    placed them); tallies without such a colour cannot be split (note ``tallies_not_split``),
    nor can table-group scores or votes without a participant.

    Small groups are never shown alone (core.rules.suppress_small_groups): groups of fewer than
    5 are folded into ``other``; if ``other`` is still too small it is suppressed, and so is
    the next smallest group, so that it cannot be worked out by subtraction. Groups come in the
    order of the dimension's categories, then ``not_answered``, then ``other``."""
    data = load_round(db, round_id)
    dim = _dimension(db, data.project_id, dimension_key)
    categories = {c.id: c for c in dim.categories}
    key_of = {c.id: c.key for c in dim.categories}
    overall = compute_scores(data, fit_key=round_id)
    overall_ranked = rank_ideas(data, overall)
    # Who voted, and their answers on this dimension.
    voters = round_voters(data)
    answers: dict[str, str] = {}
    if voters:
        with db.session() as s:
            rows = s.execute(sa.select(ParticipantAnswer.participant_id,
                                       ParticipantAnswer.category_id)
                             .where(ParticipantAnswer.dimension_id == dim.id,
                                    ParticipantAnswer.deleted == False)).all()  # noqa: E712
        answers = {p: key_of[c] for p, c in rows if p in voters and c in key_of}
    group_of = {v: answers.get(v, NOT_ANSWERED) for v in voters}
    counts: Counter[str] = Counter(group_of.values())
    notes: list[str] = []
    tally_dots: Counter[str] = Counter()
    for _idea, dots, category_id in data.tallies:
        if category_id in key_of:
            tally_dots[key_of[category_id]] += dots
        else:
            if "tallies_not_split" not in notes:
                notes.append("tallies_not_split")
    per_person = max(1, data.round.dots_per_participant)
    for key, dots in tally_dots.items():
        counts[key] += math.ceil(dots / per_person)
    if data.method == RoundMethod.CRITERIA and any(r[1] is None for r in data.scores):
        notes.append("table_groups_not_split")
    if (data.method == RoundMethod.RANKING and any(p is None for p, _ in data.rankings.values())) \
            or (data.method == RoundMethod.PAIRWISE and any(r[3] is None for r in data.pairs)):
        notes.append("anonymous_not_split")
    order = [c.key for c in dim.categories] + [NOT_ANSWERED]
    ordered_counts = {k: counts[k] for k in order if counts.get(k, 0) > 0}
    published = rules.suppress_small_groups(ordered_counts, other_key=OTHER)
    folded = tuple(k for k in ordered_counts if 0 < ordered_counts[k] < rules.MIN_PUBLISHED_GROUP)
    members: dict[str, set[str]] = {}
    for key in published:
        if key == OTHER and folded:
            members[key] = set(folded) | ({OTHER} if OTHER in ordered_counts else set())
        else:
            members[key] = {key}
    overall_rank = {r.idea_id: r.rank for r in overall_ranked}
    voted = {r.idea_id for r in overall_ranked if has_votes(data.method, r)}
    threshold = ranking.notable_shift_threshold(len(voted))
    label_of = {c.key: c.label for c in categories.values()}
    label_of[NOT_ANSWERED] = "Not answered"
    results: list[GroupResult] = []
    for key in [k for k in order if k in published and k != OTHER] + \
            ([OTHER] if OTHER in published else []):
        count = published[key]
        keys = members[key]
        label = label_of.get(key, key) if not (key == OTHER and folded) \
            else "Other (small groups combined)"
        these_folded = tuple(k for k in order if k in keys and k != OTHER) \
            if key == OTHER and folded else ()
        if count is None:
            too_small = key == OTHER and bool(folded)
            results.append(GroupResult(dimension_key, key, label, None, True, (), {},
                                       these_folded,
                                       "too_small" if too_small else "protects_small_group",
                                       (), threshold, tuple(notes)))
            continue
        in_group = {v for v, g in group_of.items() if g in keys}
        category_ids = {c for c, k in key_of.items() if k in keys}
        # (a group's fit starts cold: its strengths are shrunk towards 1 by the prior far
        # more than the whole round's, so the round's are a worse start than none)
        computed = compute_scores(data, voters_in=in_group, tallies_in=category_ids)
        ranked = rank_ideas(data, computed)
        shift = {r.idea_id: r.rank - overall_rank[r.idea_id] for r in ranked
                 if r.idea_id in voted}
        notable = tuple(r.idea_id for r in ranked if r.idea_id in shift
                        and abs(shift[r.idea_id]) >= threshold)
        results.append(GroupResult(dimension_key, key, label, count, False, ranked, shift,
                                   these_folded, "", notable, threshold, tuple(notes)))
    return results


def has_votes(method: RoundMethod, r: RankedIdea) -> bool:
    """Whether the overall result has votes on the idea (a zero score in a dots or ranking
    round is no vote; every idea without votes ties at the bottom). Used here for the rank
    shifts of groups, and by the feedback report and the challenge brief (reports.feedback,
    reports.brief) to show only the ideas that were voted on."""
    if method == RoundMethod.PAIRWISE:
        return r.n > 0
    return r.n > 0 or r.score != 0


@collector_paused()
def next_pair(db: Database, round_id: str, session: str = "") -> tuple[str, str] | None:
    """The next two ideas to show in a pairwise round (uncertainty sampling; see
    core.pairwise.choose_pair), or None when the round is closed or has fewer than two ideas.
    Pairs already shown in ``session`` are avoided while others remain. The choice is random
    but reproducible: the generator is seeded with the round, the session and the number of
    votes so far."""
    data = load_round(db, round_id)
    if data.method != RoundMethod.PAIRWISE:
        raise ValidationError("round", f"{data.round.name} is not a pairwise round.",
                              reason="wrong_method", name=data.round.name,
                              method=data.method.value)
    if data.round.closed or len(data.ideas) < 2:
        return None
    pdata = pairwise.aggregate((a, b, o, 1.0) for a, b, o, _, _ in data.pairs)
    strengths = fit_strengths(round_id, data.ideas, pdata, exact=False)
    rng = random.Random(f"{round_id}|{session}|{len(data.pairs)}")
    avoid = [(a, b) for a, b, _, _, s in data.pairs if s == session]
    return pairwise.choose_pair(sorted(data.ideas), pdata, strengths, rng, avoid)
