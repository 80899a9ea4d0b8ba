"""Prioritisation rounds: entering votes with each of the four methods and computing results.

API agreed between the service and the views (the views are built against these signatures).
Every computation lives in core (ranking, pairwise, agreement); this module reads and writes the
database and hands plain data to core.

Rules every write follows: the round must be live and open, participants and ideas must belong
to the round's workshop, and a refused entry raises :class:`ValidationError` with nothing
written. Corrections never overwrite a record in place: the old record is tombstoned and a new
one written, so that undo (``delete_votes``/``restore_votes``, see ``prioritise_commands``) and
sync see every change.

Ideas are referred to by id, or in files by their *idea number*: the 1-based position of the
idea in its workshop in the order the ideas were created (see :func:`idea_numbers`; deleted
ideas keep their number, so numbers never shift).

How the scores of each method are computed (and what happens with missing scores, short
ranking ballots and "can't decide") is documented in :mod:`core.ranking` and
:mod:`core.pairwise`.
"""

from __future__ import annotations

import functools
import gc
import math
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from ...core import agreement, pairwise, ranking, rules
from ...core.enums import PairOutcome, RoundMethod
from ...core.errors import NotFoundError, ValidationError
from ...core.ids import link_id
from ...storage.database import Database
from ...storage.models import (
    Criterion,
    CriterionScore,
    DemographicCategory,
    DemographicDimension,
    DotVote,
    Idea,
    IdeaPlacement,
    PairwiseVote,
    Participant,
    ParticipantAnswer,
    PriorityRound,
    RankingEntry,
    Workshop,
)
from ..records import get_live, live, new_record, touch

MAX_DOTS_PER_PARTICIPANT = 100
MAX_TALLY = 100_000
MAX_LABEL = 64  # ballot labels, table groups and sessions (the columns' size)
NOT_ANSWERED = "not_answered"
OTHER = "other"

# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RankedIdea:
    idea_id: str
    text: str            # the idea's title or text, for display
    score: float         # dots, weighted score, Borda points or Bradley-Terry win chance 0-100
    rank: int            # 1 = best; tied ideas share a rank ("1, 1, 3")
    tied: bool           # True when another idea has the same rank
    n: int               # how many ballots/scores/comparisons the score rests on
    number: int = 0      # the idea's number in its workshop (see idea_numbers)


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


# ----------------------------------------------------------------------------- rounds


def _method(value) -> RoundMethod:
    try:
        return RoundMethod(value)
    except ValueError:
        raise ValidationError("method", f"{value!r} is not a method; choose one of "
                              f"{', '.join(m.value for m in RoundMethod)}.", reason="not_one_of",
                              value=value, choices=[m.value for m in RoundMethod]) from None


def create_round(db: Database, workshop_id: str, method: RoundMethod | str, name: str = "",
                 dots_per_participant: int = 5) -> PriorityRound:
    """A new open round of the workshop. Without a name it is called "Round <n>"."""
    method = _method(method)
    if isinstance(dots_per_participant, bool) or not isinstance(dots_per_participant, int) \
            or not 1 <= dots_per_participant <= MAX_DOTS_PER_PARTICIPANT:
        raise ValidationError("dots_per_participant", "Dots per participant must be a whole "
                              f"number from 1 to {MAX_DOTS_PER_PARTICIPANT}.",
                              reason="out_of_range",
                              value=dots_per_participant, low=1, high=MAX_DOTS_PER_PARTICIPANT)
    with db.session() as s:
        get_live(s, Workshop, workshop_id, "workshop")
        positions = list(s.execute(sa.select(PriorityRound.position)
                                   .where(PriorityRound.workshop_id == workshop_id)).scalars())
        position = max(positions, default=0) + 1
        name = rules.optional_text("name", name, rules.MAX_NAME) or f"Round {position}"
        record = new_record(db, PriorityRound, workshop_id=workshop_id, name=name,
                            method=method.value, dots_per_participant=dots_per_participant,
                            position=position)
        s.add(record)
        s.commit()
        return record


def list_rounds(db: Database, workshop_id: str) -> list[PriorityRound]:
    with db.session() as s:
        return list(s.exec(live(PriorityRound).where(PriorityRound.workshop_id == workshop_id)
                           .order_by(PriorityRound.position, PriorityRound.created_at)))


def get_round(db: Database, round_id: str) -> PriorityRound:
    with db.session() as s:
        return get_live(s, PriorityRound, round_id, "round")


def _set_round(db: Database, round_id: str, live_only: bool = True, **values) -> None:
    with db.session() as s:
        record = get_live(s, PriorityRound, round_id, "round") if live_only \
            else s.get(PriorityRound, round_id)
        if record is None:
            raise NotFoundError(f"No round with id {round_id}.", what="round", id=round_id)
        if any(getattr(record, k) != v for k, v in values.items()):
            touch(db, record, **values)
            s.add(record)
            s.commit()


def close_round(db: Database, round_id: str) -> None:
    """No more votes are taken (results stay available)."""
    _set_round(db, round_id, closed=True)


def reopen_round(db: Database, round_id: str) -> None:
    _set_round(db, round_id, closed=False)


def rename_round(db: Database, round_id: str, name: str) -> None:
    _set_round(db, round_id, name=rules.require_text("name", name, rules.MAX_NAME))


def delete_round(db: Database, round_id: str) -> None:
    """Tombstone a round (its votes stay, unreachable, so that undo brings it back whole)."""
    _set_round(db, round_id, deleted=True)


def restore_round(db: Database, round_id: str) -> None:
    _set_round(db, round_id, live_only=False, deleted=False)


# ----------------------------------------------------------------------------- ideas


def idea_numbers(db: Database, workshop_id: str) -> dict[str, int]:
    """idea id -> its number in the workshop: 1, 2, ... in the order the ideas were created
    (then by id). Deleted ideas keep their numbers, so the numbers of the others never shift;
    the Rounds and Results views and the vote files use these numbers."""
    with db.session() as s:
        ids = s.execute(sa.select(Idea.id).where(Idea.workshop_id == workshop_id)
                        .order_by(Idea.created_at, Idea.id)).scalars().all()
    return {idea_id: k for k, idea_id in enumerate(ids, start=1)}


def _display(title: str | None, text: str) -> str:
    return (title or "").strip() or text


# ----------------------------------------------------------------------------- writing votes

_VOTE_TABLE = {RoundMethod.DOTS: DotVote, RoundMethod.CRITERIA: CriterionScore,
               RoundMethod.RANKING: RankingEntry, RoundMethod.PAIRWISE: PairwiseVote}


class _Writer:
    """Validates and adds the votes of one round inside one session (nothing is committed
    here). Each method checks everything before it adds anything, so a refused entry leaves
    the session as it was; the import runs many entries through one writer."""

    def __init__(self, db: Database, s, round_id: str, method: RoundMethod | None = None):
        self.db, self.s = db, s
        self.round = get_live(s, PriorityRound, round_id, "round")
        self.method = RoundMethod(self.round.method)
        if method is not None and self.method != method:
            raise ValidationError("round", f"{self.round.name} is a {self.method.value} round, "
                                  f"not a {method.value} round.", reason="wrong_method",
                                  name=self.round.name, method=self.method.value)
        if self.round.closed:
            raise ValidationError("round", f"{self.round.name} is closed: no more votes are "
                                  "taken. Reopen it to change its votes.", reason="round_closed",
                                  name=self.round.name)
        self.workshop = s.get(Workshop, self.round.workshop_id)
        self._ideas: set[str] | None = None
        self._participants: dict[str, str] | None = None
        self._state: dict[str, object] = {}
        self.added: list[str] = []
        self.retired: list[str] = []

    # ------------------------------------------------------------ lookups
    @property
    def ideas(self) -> set[str]:
        if self._ideas is None:
            self._ideas = set(self.s.execute(sa.select(Idea.id).where(
                Idea.workshop_id == self.workshop.id,
                Idea.deleted == False)).scalars())  # noqa: E712
        return self._ideas

    @property
    def participants(self) -> dict[str, str]:
        """id -> code of the workshop's live participants."""
        if self._participants is None:
            self._participants = dict(self.s.execute(sa.select(Participant.id, Participant.code)
                                      .where(Participant.workshop_id == self.workshop.id,
                                             Participant.deleted == False)).all())  # noqa: E712
        return self._participants

    def idea(self, idea_id: str, field_name: str = "idea") -> str:
        if idea_id not in self.ideas:
            idea = self.s.get(Idea, idea_id) if isinstance(idea_id, str) else None
            if idea is None:
                raise ValidationError(field_name, f"There is no idea with id {idea_id!r}.",
                                      reason="not_found", what="idea", id=idea_id)
            if idea.deleted:
                raise ValidationError(field_name, "That idea has been deleted.",
                                      reason="idea_deleted", id=idea_id)
            raise ValidationError(field_name, f"The idea belongs to another workshop, not "
                                  f"{self.workshop.code}.", reason="idea_other_workshop",
                                  id=idea_id, workshop=self.workshop.code)
        return idea_id

    def participant(self, participant_id: str | None, required: bool = False) -> str | None:
        if participant_id is None or participant_id == "":
            if required:
                raise ValidationError("participant", "A ballot needs the participant who "
                                      "voted (a tally from the wall has no participant).",
                                      reason="ballot_needs_participant")
            return None
        if participant_id not in self.participants:
            person = self.s.get(Participant, participant_id) \
                if isinstance(participant_id, str) else None
            if person is None or person.deleted:
                raise ValidationError("participant", f"There is no participant with id "
                                      f"{participant_id!r}.", reason="not_found",
                                      what="participant", id=participant_id)
            raise ValidationError("participant", f"Participant {person.code} belongs to another "
                                  f"workshop, not {self.workshop.code}.",
                                  reason="participant_other_workshop", code=person.code,
                                  workshop=person.code.split("-", 1)[0])
        return participant_id

    def _add(self, cls, **values) -> str:
        record = new_record(self.db, cls, round_id=self.round.id, **values)
        self.s.add(record)
        self.added.append(record.id)
        return record.id

    def _retire(self, cls, record_id: str) -> None:
        record = self.s.get(cls, record_id)
        touch(self.db, record, deleted=True)
        self.s.add(record)
        self.retired.append(record_id)

    # ------------------------------------------------------------ dots
    def _dot_state(self):
        if "dots" not in self._state:
            used: Counter[str] = Counter()
            tallies: dict[tuple[str, str | None], list[str]] = {}
            rows = self.s.execute(sa.select(DotVote.id, DotVote.idea_id, DotVote.dots,
                                            DotVote.participant_id, DotVote.category_id)
                                  .where(DotVote.round_id == self.round.id,
                                         DotVote.deleted == False)).all()  # noqa: E712
            for vote_id, idea_id, dots, participant_id, category_id in rows:
                if participant_id is None:
                    tallies.setdefault((idea_id, category_id), []).append(vote_id)
                else:
                    used[participant_id] += dots
            self._state["dots"] = (used, tallies)
        return self._state["dots"]

    def dot_ballot(self, participant_id: str, idea_ids: list[str]) -> list[str]:
        self.participant(participant_id, required=True)
        if isinstance(idea_ids, str) or not idea_ids:
            raise ValidationError("ideas", "A ballot needs at least one idea (one dot each; "
                                  "an idea named twice gets two dots).",
                                  reason="ballot_without_ideas")
        for idea_id in idea_ids:
            self.idea(idea_id)
        used, _ = self._dot_state()
        limit = self.round.dots_per_participant
        code = self.participants[participant_id]
        if used[participant_id] + len(idea_ids) > limit:
            already = used[participant_id]
            raise ValidationError(
                "dots", f"{code} has {limit} dots in this round"
                + (f" and has used {already} already" if already else "")
                + f"; this ballot gives {len(idea_ids)}.",
                reason="too_many_dots_used" if already else "too_many_dots", code=code,
                limit=limit, used=already, given=len(idea_ids))
        counts = Counter(idea_ids)
        ids = [self._add(DotVote, idea_id=idea_id, dots=dots, participant_id=participant_id)
               for idea_id, dots in counts.items()]
        used[participant_id] += len(idea_ids)
        return ids

    def dot_tally(self, idea_id: str, dots: int, category_id: str | None = None) -> list[str]:
        self.idea(idea_id)
        if isinstance(dots, bool) or not isinstance(dots, int) or not 0 <= dots <= MAX_TALLY:
            raise ValidationError("dots", f"A tally is a whole number of dots from 0 to "
                                  f"{MAX_TALLY:,}, not {dots!r}.", reason="tally_invalid",
                                  value=dots, high=MAX_TALLY)
        if category_id is not None:
            self.category(category_id)
        _, tallies = self._dot_state()
        for old in tallies.pop((idea_id, category_id), []):
            self._retire(DotVote, old)
        if dots == 0:
            return []
        new = self._add(DotVote, idea_id=idea_id, dots=dots, category_id=category_id)
        tallies[(idea_id, category_id)] = [new]
        return [new]

    def category(self, category_id: str) -> str:
        if "categories" not in self._state:
            rows = self.s.execute(
                sa.select(DemographicCategory.id)
                .join(DemographicDimension,
                      DemographicDimension.id == DemographicCategory.dimension_id)
                .where(DemographicDimension.project_id == self.workshop.project_id,
                       DemographicCategory.deleted == False,  # noqa: E712
                       DemographicDimension.deleted == False)).scalars()  # noqa: E712
            self._state["categories"] = set(rows)
        if category_id not in self._state["categories"]:
            raise ValidationError("category", "The dot colour must stand for a group (a "
                                  "demographic or stakeholder category) of this project.",
                                  reason="dot_colour_unknown", id=category_id)
        return category_id

    # ------------------------------------------------------------ criteria
    def criteria(self) -> dict[str, Criterion]:
        if "criteria" not in self._state:
            self._state["criteria"] = {c.id: c for c in self.s.exec(
                live(Criterion).where(Criterion.project_id == self.workshop.project_id))}
        return self._state["criteria"]

    def _score_state(self) -> dict[tuple[str, str, str], list[str]]:
        if "scores" not in self._state:
            existing: dict[tuple[str, str, str], list[str]] = {}
            rows = self.s.execute(sa.select(CriterionScore.id, CriterionScore.idea_id,
                                            CriterionScore.criterion_id,
                                            CriterionScore.participant_id,
                                            CriterionScore.table_group)
                                  .where(CriterionScore.round_id == self.round.id,
                                         CriterionScore.deleted == False)).all()  # noqa: E712
            for score_id, idea_id, criterion_id, participant_id, table_group in rows:
                key = (idea_id, criterion_id, _scorer_key(participant_id, table_group))
                existing.setdefault(key, []).append(score_id)
            self._state["scores"] = existing
        return self._state["scores"]

    def criterion_scores(self, idea_id: str, scores: dict[str, int],
                         participant_id: str | None = None,
                         table_group: str | None = None) -> list[str]:
        self.idea(idea_id)
        participant_id = self.participant(participant_id)
        group = rules.optional_text("table_group", table_group, MAX_LABEL)
        if (participant_id is None) == (group is None):
            raise ValidationError("scorer", "Scores are given by a participant or by a table "
                                  "group: name exactly one of them.", reason="scorer_one")
        if not isinstance(scores, dict) or not scores:
            raise ValidationError("scores", "Give at least one criterion score.",
                                  reason="no_scores")
        criteria = self.criteria()
        checked: dict[str, int] = {}
        for criterion_id, value in scores.items():
            if criterion_id not in criteria:
                raise ValidationError("criterion", f"{criterion_id!r} is not a criterion of "
                                      "this project.", reason="criterion_unknown",
                                      id=criterion_id)
            checked[criterion_id] = ranking.check_score(value, field="score")
        existing = self._score_state()
        scorer = _scorer_key(participant_id, group)
        ids = []
        for criterion_id, value in checked.items():
            key = (idea_id, criterion_id, scorer)
            for old in existing.pop(key, []):  # a new score replaces the earlier one
                self._retire(CriterionScore, old)
            new = self._add(CriterionScore, idea_id=idea_id, criterion_id=criterion_id,
                            score=value, participant_id=participant_id, table_group=group)
            existing[key] = [new]
            ids.append(new)
        return ids

    # ------------------------------------------------------------ ranking
    def _ballot_state(self) -> tuple[set[str], set[str]]:
        if "ballots" not in self._state:
            rows = self.s.execute(sa.select(RankingEntry.ballot, RankingEntry.participant_id)
                                  .where(RankingEntry.round_id == self.round.id,
                                         RankingEntry.deleted == False)).all()  # noqa: E712
            self._state["ballots"] = ({b for b, _ in rows}, {p for _, p in rows if p})
        return self._state["ballots"]

    def ranking_ballot(self, ballot: str, idea_ids: list[str],
                       participant_id: str | None = None) -> list[str]:
        participant_id = self.participant(participant_id)
        label = rules.optional_text("ballot", ballot, MAX_LABEL)
        if label is None:
            if participant_id is None:
                raise ValidationError("ballot", "Name the ballot (a ballot number) or its "
                                      "participant.", reason="ballot_unnamed")
            label = self.participants[participant_id]
        if isinstance(idea_ids, str) or not idea_ids:
            raise ValidationError("ideas", "A ranking ballot lists at least one idea.",
                                  reason="ballot_without_ideas")
        seen: set[str] = set()
        for idea_id in idea_ids:
            self.idea(idea_id)
            if idea_id in seen:
                raise ValidationError("ideas", "A ranking ballot lists each idea once; one "
                                      "idea appears twice.", reason="ranking_idea_twice",
                                      id=idea_id)
            seen.add(idea_id)
        labels, voters = self._ballot_state()
        if label in labels:
            raise ValidationError("ballot", f"Ballot {label!r} has been entered already in "
                                  "this round.", reason="ballot_exists", ballot=label)
        if participant_id is not None and participant_id in voters:
            raise ValidationError("participant", f"{self.participants[participant_id]} has a "
                                  "ranking ballot in this round already.",
                                  reason="participant_has_ballot",
                                  code=self.participants[participant_id])
        ids = [self._add(RankingEntry, ballot=label, participant_id=participant_id,
                         idea_id=idea_id, rank=position)
               for position, idea_id in enumerate(idea_ids, start=1)]
        labels.add(label)
        if participant_id is not None:
            voters.add(participant_id)
        return ids

    # ------------------------------------------------------------ pairwise
    def pair(self, idea_a_id: str, idea_b_id: str, outcome, session: str = "",
             participant_id: str | None = None) -> str:
        self.idea(idea_a_id, "idea_a")
        self.idea(idea_b_id, "idea_b")
        if idea_a_id == idea_b_id:
            raise ValidationError("idea_b", "An idea cannot be compared with itself.",
                                  reason="pair_same_idea")
        try:
            outcome = PairOutcome(outcome)
        except ValueError:
            raise ValidationError("outcome", f"{outcome!r} is not an answer; use a, b or "
                                  "cant_decide.", reason="not_one_of", value=outcome,
                                  choices=[o.value for o in PairOutcome]) from None
        session = rules.optional_text("session", session, MAX_LABEL) or ""
        participant_id = self.participant(participant_id)
        return self._add(PairwiseVote, idea_a_id=idea_a_id, idea_b_id=idea_b_id,
                         outcome=outcome.value, session=session, participant_id=participant_id)


def _scorer_key(participant_id: str | None, table_group: str | None) -> str:
    return f"p:{participant_id}" if participant_id else f"t:{table_group}"


def _write(db: Database, round_id: str, method: RoundMethod | None,
           action: Callable[[_Writer], object]):
    with db.session() as s:
        writer = _Writer(db, s, round_id, method)
        result = action(writer)
        s.commit()
    return result


def add_dot_ballot(db: Database, round_id: str, participant_id: str,
                   idea_ids: list[str]) -> list[str]:
    """One participant's dots: an idea named k times gets k dots. The participant's dots in
    the round (earlier ballots included) may not exceed the round's dots per participant.
    Returns the ids of the records written."""
    return _write(db, round_id, RoundMethod.DOTS,
                  lambda w: w.dot_ballot(participant_id, list(idea_ids)))


def set_dot_tally(db: Database, round_id: str, idea_id: str, dots: int,
                  category_id: str | None = None) -> None:
    """Dots counted on the wall for an idea (optionally for one dot colour, i.e. one group);
    replaces the earlier tally of (idea, colour); 0 removes it."""
    _write(db, round_id, RoundMethod.DOTS, lambda w: w.dot_tally(idea_id, dots, category_id))


def add_criterion_scores(db: Database, round_id: str, idea_id: str, scores: dict[str, int],
                         participant_id: str | None = None,
                         table_group: str | None = None) -> list[str]:
    """Scores 1-5 of one idea (criterion id -> score) by a participant or a table group
    (exactly one). A score replaces the same scorer's earlier score of that idea and
    criterion. Returns the ids of the records written."""
    return _write(db, round_id, RoundMethod.CRITERIA,
                  lambda w: w.criterion_scores(idea_id, dict(scores), participant_id,
                                               table_group))


def add_ranking_ballot(db: Database, round_id: str, ballot: str, idea_ids_in_order: list[str],
                       participant_id: str | None = None) -> list[str]:
    """A ranked short list, best first. ``ballot`` labels it (a ballot number; empty: the
    participant's code). Returns the ids of the records written."""
    return _write(db, round_id, RoundMethod.RANKING,
                  lambda w: w.ranking_ballot(ballot, list(idea_ids_in_order), participant_id))


def record_pair(db: Database, round_id: str, idea_a_id: str, idea_b_id: str,
                outcome: PairOutcome | str, session: str = "",
                participant_id: str | None = None) -> str:
    """One comparison: which of two ideas won, or "can't decide". Returns the record id."""
    return _write(db, round_id, RoundMethod.PAIRWISE,
                  lambda w: w.pair(idea_a_id, idea_b_id, outcome, session, participant_id))


def vote_ids(db: Database, round_id: str) -> set[str]:
    """The ids of the round's live vote records (of its method's table)."""
    with db.session() as s:
        record = get_live(s, PriorityRound, round_id, "round")
        cls = _VOTE_TABLE[RoundMethod(record.method)]
        return set(s.execute(sa.select(cls.id).where(cls.round_id == round_id,
                                                     cls.deleted == False)).scalars())  # noqa: E712


def _set_votes_deleted(db: Database, round_id: str, ids: Iterable[str], deleted: bool) -> None:
    ids = list(ids)
    with db.session() as s:
        writer = _Writer(db, s, round_id)
        cls = _VOTE_TABLE[writer.method]
        for vote_id in ids:
            record = s.get(cls, vote_id)
            if record is None or record.round_id != round_id:
                raise ValidationError("votes", f"{vote_id!r} is not a vote of this round.",
                                      reason="not_found", what="vote", id=vote_id)
            if record.deleted != deleted:
                touch(db, record, deleted=deleted)
                s.add(record)
        s.commit()


def delete_votes(db: Database, round_id: str, ids: list[str]) -> None:
    """Tombstone vote records of the round (all in one transaction)."""
    _set_votes_deleted(db, round_id, ids, True)


def restore_votes(db: Database, round_id: str, ids: list[str]) -> None:
    """Bring back tombstoned vote records (undo)."""
    _set_votes_deleted(db, round_id, ids, False)


# ----------------------------------------------------------------------------- listing votes


@dataclass(frozen=True)
class VoteEntry:
    """One entered vote record, for lists of what has been typed in."""

    id: str
    idea_id: str
    participant_id: str | None
    participant_code: str | None
    value: int | str         # dots, score, rank, or the outcome ("a", "b", "cant_decide")
    category_id: str | None = None     # dots: the colour's group
    criterion_id: str | None = None    # criteria
    table_group: str | None = None     # criteria
    ballot: str | None = None          # ranking
    other_idea_id: str | None = None   # pairwise: idea b (``idea_id`` is idea a)
    session: str | None = None         # pairwise


def list_votes(db: Database, round_id: str) -> list[VoteEntry]:
    """The round's live vote records, oldest first."""
    with db.session() as s:
        record = get_live(s, PriorityRound, round_id, "round")
        method = RoundMethod(record.method)
        codes = dict(s.execute(sa.select(Participant.id, Participant.code)
                               .where(Participant.workshop_id == record.workshop_id)).all())
        cls = _VOTE_TABLE[method]
        rows = s.exec(live(cls).where(cls.round_id == round_id)
                      .order_by(cls.created_at, cls.id)).all()
    result = []
    for r in rows:
        code = codes.get(r.participant_id) if r.participant_id else None
        if method == RoundMethod.DOTS:
            result.append(VoteEntry(r.id, r.idea_id, r.participant_id, code, r.dots,
                                    category_id=r.category_id))
        elif method == RoundMethod.CRITERIA:
            result.append(VoteEntry(r.id, r.idea_id, r.participant_id, code, r.score,
                                    criterion_id=r.criterion_id, table_group=r.table_group))
        elif method == RoundMethod.RANKING:
            result.append(VoteEntry(r.id, r.idea_id, r.participant_id, code, r.rank,
                                    ballot=r.ballot))
        else:
            result.append(VoteEntry(r.id, r.idea_a_id, r.participant_id, code, r.outcome,
                                    other_idea_id=r.idea_b_id, session=r.session))
    return result


# ----------------------------------------------------------------------------- reading votes


@dataclass
class _RoundData:
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


def _load(db: Database, round_id: str) -> _RoundData:
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
        data = _RoundData(record, method, workshop.project_id, ideas)
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
                    data.scores.append((_scorer_key(participant_id, table_group),
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


# ----------------------------------------------------------------------------- computing


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


def _gc_paused(function):
    """Run ``function`` with Python's cyclic garbage collector paused. Results allocate many
    small tuples (which create no reference cycles); a collection of the older generations in
    the middle costs 20-60 ms, a quarter of the time budget. Reference counting still frees
    everything at once; the collector resumes afterwards (nested and threaded calls count)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        global _gc_depth, _gc_was_enabled
        with _gc_lock:
            if _gc_depth == 0:
                _gc_was_enabled = gc.isenabled()
                gc.disable()
            _gc_depth += 1
        try:
            return function(*args, **kwargs)
        finally:
            with _gc_lock:
                _gc_depth -= 1
                if _gc_depth == 0 and _gc_was_enabled:
                    gc.enable()

    return wrapper


@dataclass
class _Scores:
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


def _compute(data: _RoundData, weights: dict[str, float] | None = None,
             voters_in: set[str] | None = None, tallies_in: set[str] | None = None,
             fit_key: str | None = None) -> _Scores:
    """Scores of one round; with ``voters_in`` only the votes of those participants (votes
    without a participant are left out), with ``tallies_in`` only the wall tallies of those
    dot colours (category ids). ``fit_key`` names the Bradley-Terry fit in the cache (see
    :func:`_fit`)."""
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
        return _Scores(ranking.dot_scores(ballots, tallies, weights), len(voters), voters, notes)
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
        return _Scores(result.scores, len({r[0] for r in rows}), voters, notes)
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
        return _Scores(scores, len(chosen), voters, notes)
    # pairwise
    rows = data.pairs if voters_in is None else [r for r in data.pairs if r[3] in voters_in]
    if weights is not None and any(r[3] is None for r in rows):
        notes.append("anonymous_not_weighted")
    comparisons = [(a, b, outcome, (weights.get(p, 1.0) if weights is not None and p else 1.0))
                   for a, b, outcome, p, _ in rows]
    pdata = pairwise.aggregate(comparisons)
    if pdata.cant_decide:
        notes.append("cant_decide_ignored")
    strengths = _fit(fit_key, data.ideas, pdata)
    scores = {i: ranking.Score(pairwise.win_chance(strengths[i]), pdata.decided.get(i, 0))
              for i in data.ideas}
    voters = {p for *_, p, _ in rows if p}
    people = len(voters) + len({s for *_, p, s in rows if not p})
    return _Scores(scores, people, voters, notes, PAIRWISE_TIE_TOLERANCE,
                   pairwise.win_chance(1.0), strengths)


def _ranked(data: _RoundData, computed: _Scores) -> tuple[RankedIdea, ...]:
    scores, default = computed.scores, computed.default
    values = {i: (scores[i].value if i in scores else default) for i in data.ideas}
    ranked = ranking.competition_ranking(values, tolerance=computed.tolerance,
                                         keys=data.tie_keys, key_order=data.key_order)
    ideas = data.ideas
    return tuple(RankedIdea(r.item, ideas[r.item][0], r.score, r.rank, r.tied,
                            scores[r.item].n if r.item in scores else 0, ideas[r.item][1])
                 for r in ranked)


def _participant_weights(db: Database, data: _RoundData, cap: float):
    from ..workshop.representativeness import participant_weights

    return participant_weights(db, data.project_id, data.round.workshop_id, cap)


@_gc_paused
def round_result(db: Database, round_id: str, weighted: bool = False,
                 cap: float = 5.0) -> RoundResult:
    """The ranking of a round (ties share a rank: 1, 1, 3). With ``weighted`` every
    participant's votes count with their weight from
    ``services.representativeness.participant_weights`` (raked to the project's reference
    population, capped at ``cap``); votes without a participant count 1. ``effective_n`` is
    Kish's effective number of the round's weighted voters."""
    data = _load(db, round_id)
    weights = None
    extra_notes: list[str] = []
    if weighted:
        result = _participant_weights(db, data, cap)
        weights = dict(getattr(result, "weights", {}) or {})
        extra_notes = [str(n) for n in (getattr(result, "notes", ()) or ())]
    computed = _compute(data, weights, fit_key=round_id + ("|weighted" if weighted else ""))
    effective_n = None
    if weighted:
        effective_n = ranking.kish_effective_n(weights.get(v, 1.0) for v in computed.voters)
    return RoundResult(round_id, data.method, _ranked(data, computed), computed.participants,
                       weighted, effective_n, tuple(computed.notes + extra_notes))


def _present(result: RoundResult) -> set[str]:
    """Ideas a round says something about: in dots and ranking rounds every idea was on offer
    (no dots / not listed is an answer); in criteria and pairwise rounds only the ideas that
    were scored or compared."""
    if result.method in (RoundMethod.DOTS, RoundMethod.RANKING):
        return {r.idea_id for r in result.ideas}
    return {r.idea_id for r in result.ideas if r.n > 0}


@_gc_paused
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


# ----------------------------------------------------------------------------- groups


def _dimension(db: Database, project_id: str, dimension_key: str):
    from ..workshop.projects import list_dimensions

    dims = list_dimensions(db, project_id)
    for dim in dims:
        if dim.key == dimension_key:
            return dim
    raise ValidationError("dimension", f"The project has no demographic question "
                          f"{dimension_key!r}.", reason="dimension_unknown",
                          value=dimension_key, known=[d.key for d in dims])


@_gc_paused
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
    data = _load(db, round_id)
    dim = _dimension(db, data.project_id, dimension_key)
    categories = {c.id: c for c in dim.categories}
    key_of = {c.id: c.key for c in dim.categories}
    overall = _compute(data, fit_key=round_id)
    overall_ranked = _ranked(data, overall)
    # Who voted, and their answers on this dimension.
    voters = _voters(data)
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
    voted = {r.idea_id for r in overall_ranked if _voted(data.method, r)}
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
        computed = _compute(data, voters_in=in_group, tallies_in=category_ids)
        ranked = _ranked(data, computed)
        shift = {r.idea_id: r.rank - overall_rank[r.idea_id] for r in ranked
                 if r.idea_id in voted}
        notable = tuple(r.idea_id for r in ranked if r.idea_id in shift
                        and abs(shift[r.idea_id]) >= threshold)
        results.append(GroupResult(dimension_key, key, label, count, False, ranked, shift,
                                   these_folded, "", notable, threshold, tuple(notes)))
    return results


def _voted(method: RoundMethod, r: RankedIdea) -> bool:
    """Whether the overall result has votes on the idea (a zero score in a dots or ranking
    round is no vote; every idea without votes ties at the bottom)."""
    if method == RoundMethod.PAIRWISE:
        return r.n > 0
    return r.n > 0 or r.score != 0


def _voters(data: _RoundData) -> set[str]:
    if data.method == RoundMethod.DOTS:
        return {v for v, _, _ in data.ballots}
    if data.method == RoundMethod.CRITERIA:
        return {r[1] for r in data.scores if r[1]}
    if data.method == RoundMethod.RANKING:
        return {p for p, _ in data.rankings.values() if p}
    return {r[3] for r in data.pairs if r[3]}


# ----------------------------------------------------------------------------- pairwise choice

@dataclass(frozen=True)
class _CachedFit:
    beats: dict[tuple[str, str], float]  # the data fitted (wins of a over b)
    strengths: dict[str, float]
    exact: bool                            # fitted to full precision (else: a warm start)


_fits: dict[str, _CachedFit] = {}
_fits_lock = threading.Lock()


def _fit(key: str | None, ideas, pdata: pairwise.PairData, exact: bool = True
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


@_gc_paused
def next_pair(db: Database, round_id: str, session: str = "") -> tuple[str, str] | None:
    """The next two ideas to show in a pairwise round (uncertainty sampling; see
    core.pairwise.choose_pair), or None when the round is closed or has fewer than two ideas.
    Pairs already shown in ``session`` are avoided while others remain. The choice is random
    but reproducible: the generator is seeded with the round, the session and the number of
    votes so far."""
    data = _load(db, round_id)
    if data.method != RoundMethod.PAIRWISE:
        raise ValidationError("round", f"{data.round.name} is not a pairwise round.",
                              reason="wrong_method", name=data.round.name,
                              method=data.method.value)
    if data.round.closed or len(data.ideas) < 2:
        return None
    pdata = pairwise.aggregate((a, b, o, 1.0) for a, b, o, _, _ in data.pairs)
    strengths = _fit(round_id, data.ideas, pdata, exact=False)
    rng = random.Random(f"{round_id}|{session}|{len(data.pairs)}")
    avoid = [(a, b) for a, b, _, _, s in data.pairs if s == session]
    return pairwise.choose_pair(sorted(data.ideas), pdata, strengths, rng, avoid)


# ----------------------------------------------------------------------------- placements


def set_placement(db: Database, round_id: str, idea_id: str, impact: float,
                  effort: float) -> None:
    """Where the idea sits on the round's impact/effort matrix (both 0..1)."""
    values = {}
    for name, value in (("impact", impact), ("effort", effort)):
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value) or not 0 <= value <= 1:
            raise ValidationError(name, f"The {name} must be a number from 0 to 1.",
                                  reason="out_of_range", value=value, low=0, high=1)
        values[name] = float(value)
    with db.session() as s:
        record = get_live(s, PriorityRound, round_id, "round")
        idea = s.get(Idea, idea_id)
        if idea is None or idea.deleted or idea.workshop_id != record.workshop_id:
            raise ValidationError("idea", "The idea is not one of this round's workshop.",
                                  reason="idea_other_workshop", id=idea_id)
        placement_id = link_id(round_id, idea_id)
        existing = s.get(IdeaPlacement, placement_id)
        if existing is None:
            s.add(new_record(db, IdeaPlacement, id=placement_id, round_id=round_id,
                             idea_id=idea_id, **values))
        else:
            touch(db, existing, deleted=False, **values)
            s.add(existing)
        s.commit()


def clear_placement(db: Database, round_id: str, idea_id: str) -> None:
    """Take the idea off the matrix (undo of a first placement)."""
    with db.session() as s:
        existing = s.get(IdeaPlacement, link_id(round_id, idea_id))
        if existing is not None and not existing.deleted:
            touch(db, existing, deleted=True)
            s.add(existing)
            s.commit()


def placements(db: Database, round_id: str) -> dict[str, tuple[float, float]]:
    """idea id -> (impact, effort) of the ideas placed on the round's matrix."""
    with db.session() as s:
        rows = s.execute(sa.select(IdeaPlacement.idea_id, IdeaPlacement.impact,
                                   IdeaPlacement.effort)
                         .join(Idea, Idea.id == IdeaPlacement.idea_id)
                         .where(IdeaPlacement.round_id == round_id,
                                IdeaPlacement.deleted == False,  # noqa: E712
                                Idea.deleted == False)).all()  # noqa: E712
    return {i: (impact, effort) for i, impact, effort in rows}


# ----------------------------------------------------------------------------- import


@dataclass(frozen=True)
class RowProblem:
    """A problem of one row (``row`` as a spreadsheet numbers it, the header being row 1;
    0 for a problem of the whole file)."""

    row: int
    message: str
    column: str = ""


@dataclass(frozen=True)
class VoteImportReport:
    round_id: str
    method: RoundMethod
    file: str
    rows: int                              # data rows read
    imported: int                          # rows imported (0 when there are problems)
    problems: tuple[RowProblem, ...] = ()  # nothing was imported when there are any
    added: tuple[str, ...] = ()            # ids of the vote records written
    replaced: tuple[str, ...] = ()         # ids of earlier records replaced (tombstoned)

    @property
    def ok(self) -> bool:
        return not self.problems


# Column names (compared case-insensitively, spaces, hyphens and underscores alike), English
# first; a few Norwegian names are understood too.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "idea": ("idea", "idea_number", "idea_no", "idea_id", "idé", "ide", "idénummer"),
    "participant": ("participant", "participant_code", "voter", "deltaker", "deltakerkode"),
    "dots": ("dots", "dot", "prikker"),
    "group": ("group", "colour", "color", "dot_colour", "dot_color", "category", "gruppe",
              "farge"),
    "table_group": ("table_group", "table", "bordgruppe", "bord"),
    "ballot": ("ballot", "ballot_number", "stemmeseddel"),
    "rank": ("rank", "place", "position", "plass", "rangering"),
    "idea_a": ("idea_a", "a", "idé_a", "ide_a"),
    "idea_b": ("idea_b", "b", "idé_b", "ide_b"),
    "winner": ("winner", "outcome", "vinner"),
    "session": ("session", "økt"),
    "note": ("note", "notes", "comment", "merknad"),
}
_METHOD_COLUMNS: dict[RoundMethod, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # method: (required, optional)
    RoundMethod.DOTS: (("idea",), ("participant", "dots", "group", "note")),
    RoundMethod.CRITERIA: (("idea",), ("participant", "table_group", "note")),
    RoundMethod.RANKING: (("idea", "rank"), ("ballot", "participant", "note")),
    RoundMethod.PAIRWISE: (("idea_a", "idea_b", "winner"), ("session", "participant", "note")),
}


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


_ALIASES = {_norm(alias): name for name, aliases in _COLUMNS.items() for alias in aliases}


class _Refs:
    """Turns the references written in a file (idea numbers or ids, participant codes, group
    names, criterion names) into ids, or into a clear message."""

    def __init__(self, db: Database, writer: _Writer):
        self.writer = writer
        self.numbers = idea_numbers(db, writer.workshop.id)
        self.by_number = {n: i for i, n in self.numbers.items()}
        self.codes = {code.upper(): pid for pid, code in writer.participants.items()}
        self.workshop_code = writer.workshop.code
        self.dimensions = None
        self._db = db

    def idea(self, text: str) -> str:
        value = text.strip()
        if not value:
            raise ValidationError("idea", "The idea is missing.", reason="required")
        number = value[1:] if value.startswith("#") else value
        if number.isdigit():
            idea_id = self.by_number.get(int(number))
            if idea_id is None:
                raise ValidationError("idea", f"{self.workshop_code} has no idea number "
                                      f"{int(number)} (its ideas are numbered 1 to "
                                      f"{len(self.numbers)}).", reason="idea_number_unknown",
                                      number=int(number), workshop=self.workshop_code,
                                      count=len(self.numbers))
            if idea_id not in self.writer.ideas:
                raise ValidationError("idea", f"Idea number {int(number)} has been deleted.",
                                      reason="idea_deleted", id=int(number))
            return idea_id
        if value in self.writer.ideas:
            return value
        if value in self.numbers:
            raise ValidationError("idea", f"Idea {value} has been deleted.",
                                  reason="idea_deleted", id=value)
        raise ValidationError("idea", f"{value!r} is neither an idea number of "
                              f"{self.workshop_code} nor the id of one of its ideas.",
                              reason="idea_unknown", value=value, workshop=self.workshop_code)

    def participant(self, text: str) -> str | None:
        value = text.strip()
        if not value:
            return None
        pid = self.codes.get(value.upper())
        if pid is None and value in self.writer.participants:
            pid = value
        if pid is None:
            raise ValidationError("participant", f"{value!r} is not the code of a participant "
                                  f"of {self.workshop_code}.", reason="participant_unknown",
                                  code=value, workshop=self.workshop_code)
        return pid

    def group(self, text: str) -> str | None:
        value = text.strip()
        if not value:
            return None
        if self.dimensions is None:
            from ..workshop.projects import list_dimensions

            self.dimensions = list_dimensions(self._db, self.writer.workshop.project_id)
        wanted_dim, sep, wanted_cat = value.partition(":")
        if not sep:
            wanted_dim, wanted_cat = "", value
        found = []
        for dim in self.dimensions:
            if wanted_dim and _norm(wanted_dim) not in (_norm(dim.key), _norm(dim.label)):
                continue
            for cat in dim.categories:
                if _norm(wanted_cat) in (_norm(cat.key), _norm(cat.label)):
                    found.append((dim, cat))
        if len(found) == 1:
            return found[0][1].id
        if not found:
            raise ValidationError("group", f"{value!r} is not a group (category) of this "
                                  "project's demographic or stakeholder questions.",
                                  reason="group_unknown", value=value)
        raise ValidationError("group", f"{value!r} is a group of several questions ("
                              + ", ".join(d.key for d, _ in found) + "); write question:group, "
                              f"e.g. {found[0][0].key}:{found[0][1].key}.",
                              reason="group_ambiguous",
                              value=value, dimensions=[d.key for d, _ in found],
                              example=f"{found[0][0].key}:{found[0][1].key}")


def _whole(text: str, what: str, low: int, high: int | None = None) -> int:
    value = text.strip()
    try:
        number = int(value)
    except ValueError:
        try:
            as_float = float(value.replace(",", "."))
        except ValueError:
            raise ValidationError(what, f"The {what} must be a whole number, not "
                                  f"{value!r}.", reason="not_whole_number",
                                  value=value) from None
        if not as_float.is_integer():
            raise ValidationError(what, f"The {what} must be a whole number, not "
                                  f"{value!r}.", reason="not_whole_number",
                                  value=value) from None
        number = int(as_float)
    if number < low or (high is not None and number > high):
        span = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise ValidationError(what, f"The {what} must be {span}; {number} is not.",
                              reason="out_of_range" if high is not None else "too_small",
                              value=number, low=low, high=high)
    return number


def _winner(text: str, a_text: str, b_text: str) -> str:
    value = _norm(text).replace("’", "'")
    if value in ("a", "1", "left", "venstre"):
        return PairOutcome.A.value
    if value in ("b", "2", "right", "høyre"):
        return PairOutcome.B.value
    if value in ("cant decide", "can't decide", "cant_decide", "cannot decide", "tie", "=",
                 "?", "none", "vet ikke", "usikker"):
        return PairOutcome.CANT_DECIDE.value
    if value and value == _norm(a_text):
        return PairOutcome.A.value
    if value and value == _norm(b_text):
        return PairOutcome.B.value
    raise ValidationError("winner", f"The winner must be a, b or cant_decide (or the idea as "
                          f"written in idea_a or idea_b), not {text.strip()!r}.",
                          reason="winner_unknown", value=text.strip())


def import_votes(db: Database, round_id: str, path: str | Path, *, sheet: str | None = None,
                 encoding: str | None = None) -> VoteImportReport:
    """Import the votes of a round from a CSV (or XLSX) file: ALL rows or none.

    The file's first row names the columns (any order; upper or lower case; spaces, hyphens
    and underscores alike). A column that is not one of the method's columns is an error
    (a mistyped "particpant" must not silently turn ballots into tallies), except ``note``,
    which is ignored. Ideas are referred to by their **idea number** in the workshop (1, 2, ...
    in the order they were created, as the Rounds and Results lists show them; ``#12`` reads
    as 12) or by their id; participants by their code (``W3-017``).

    **Dots round** (one row per line of a ballot, or per wall tally)
        ``idea`` (required); ``participant``: the voter's code, the row is part of their
        ballot; ``dots``: how many dots (default 1 on a ballot row; required on a tally row);
        ``group``: only on a tally row (no participant): the group the dot colour stands for,
        as a category key or label of a demographic or stakeholder question, e.g.
        ``resident``, or ``stakeholder:resident`` when the name belongs to several questions.
        A participant's dots (earlier ballots included) may not exceed the round's dots per
        participant. A tally row replaces the round's earlier tally of that idea and group; 0
        removes it; the same idea and group twice in one file is an error.

    **Criteria round** (one row per idea and scorer)
        ``idea`` (required); ``participant`` or ``table_group`` (exactly one per row); then one
        column per criterion, named by the criterion's key or label (e.g. ``feasibility`` or
        ``Feasibility``), holding a score 1-5 or empty (not scored). A row needs at least one
        score; a score replaces the same scorer's earlier score of that idea and criterion.

    **Ranking round** (one row per place on a ballot)
        ``ballot``: the ballot's label, e.g. its number (may be empty when ``participant`` is
        given: the participant's code labels the ballot); ``participant`` (optional);
        ``idea`` (required); ``rank`` (required): 1 = first. The ranks of a ballot must be
        1, 2, ... m without gaps or repeats, and an idea appears once per ballot.

    **Pairwise round** (one row per comparison)
        ``idea_a``, ``idea_b`` (required, different ideas); ``winner``: ``a``, ``b`` or
        ``cant_decide`` (``can't decide`` also), or the winner written as in ``idea_a`` or
        ``idea_b``; ``session`` and ``participant`` (optional).

    Returns a report; when it lists problems nothing was written. A closed or unknown round
    raises (nothing is read)."""
    from ..ideas.import_ideas import ImportFileError, read_table

    path = Path(path)
    with db.session() as s:
        writer = _Writer(db, s, round_id)
        method = writer.method

        def refused(problems: list[RowProblem], rows: int = 0) -> VoteImportReport:
            s.rollback()
            return VoteImportReport(round_id, method, path.name, rows, 0, tuple(problems))

        try:
            table = read_table(path, sheet=sheet, encoding=encoding)
        except ImportFileError as exc:
            return refused([RowProblem(0, exc.message)])
        columns, problems = _map_columns(table.headers, method, writer)
        if problems:
            return refused(problems, len(table.rows))
        refs = _Refs(db, writer)
        ops, problems = _parse_rows(table, columns, method, refs, writer)
        for row, op in ops:
            try:
                op(writer)
            except ValidationError as exc:
                problems.append(RowProblem(row, exc.message, exc.field))
        if not table.rows:
            problems.append(RowProblem(0, f"{path.name} has no rows of votes."))
        if problems:
            problems.sort(key=lambda p: p.row)
            return refused(problems, len(table.rows))
        added = tuple(writer.added)
        replaced = tuple(writer.retired)
        s.commit()
    return VoteImportReport(round_id, method, path.name, len(table.rows), len(table.rows), (),
                            added, replaced)


def _map_columns(headers, method: RoundMethod, writer: _Writer):
    """column name -> index, and criterion id -> index for criteria files."""
    required, optional = _METHOD_COLUMNS[method]
    allowed = set(required) | set(optional)
    criteria = {}
    if method == RoundMethod.CRITERIA:
        for c in writer.criteria().values():
            criteria[_norm(c.key)] = c.id
            criteria[_norm(c.label)] = c.id
    columns: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, header in enumerate(headers):
        key = _norm(header)
        name = _ALIASES.get(key)
        if name in allowed:
            target = name
        elif key in criteria:
            target = "criterion:" + criteria[key]
        else:
            expected = ", ".join(required + optional)
            if method == RoundMethod.CRITERIA:
                expected += ", and one column per criterion: " + ", ".join(
                    c.key for c in writer.criteria().values())
            problems.append(RowProblem(1, f"Unknown column {header!r}; a {method.value} "
                                       f"file has the columns {expected}.", header))
            continue
        if target in columns:
            problems.append(RowProblem(1, f"Two columns hold the same thing ({header!r}).",
                                       header))
        columns[target] = index
    for name in required:
        if name not in columns:
            problems.append(RowProblem(1, f"The column {name!r} is missing.", name))
    if method == RoundMethod.CRITERIA and not any(k.startswith("criterion:") for k in columns):
        problems.append(RowProblem(1, "There is no criterion column; name each after a "
                                   "criterion: " + ", ".join(c.key for c in
                                                             writer.criteria().values()) + "."))
    return columns, problems


def _parse_rows(table, columns, method: RoundMethod, refs: _Refs, writer: _Writer):
    """Check every row; give back the entries to run through the writer, with row numbers."""
    ops: list[tuple[int, Callable[[_Writer], object]]] = []
    problems: list[RowProblem] = []

    def cell(row, name):
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    seen: dict[tuple, int] = {}
    ballots: dict[str, list] = {}
    for row_number, row in zip(table.row_numbers, table.rows):
        try:
            if method == RoundMethod.DOTS:
                idea = refs.idea(cell(row, "idea"))
                person = refs.participant(cell(row, "participant"))
                dots_text = cell(row, "dots")
                if person is not None:
                    if cell(row, "group"):
                        raise ValidationError("group", "A dot colour group belongs on a wall "
                                              "tally (a row without participant); a ballot is "
                                              "split by the participant's own answers.",
                                              reason="group_on_ballot")
                    dots = _whole(dots_text, "dots", 1, MAX_DOTS_PER_PARTICIPANT) \
                        if dots_text else 1
                    ops.append((row_number, lambda w, p=person, i=idea, d=dots:
                                w.dot_ballot(p, [i] * d)))
                else:
                    if not dots_text:
                        raise ValidationError("dots", "A row without participant is a wall "
                                              "tally and needs its number of dots.",
                                              reason="tally_without_dots")
                    dots = _whole(dots_text, "dots", 0, MAX_TALLY)
                    group = refs.group(cell(row, "group"))
                    key = ("tally", idea, group)
                    if key in seen:
                        raise ValidationError("idea", f"The same idea and group has a tally "
                                              f"on row {seen[key]} already.",
                                              reason="tally_twice", row=seen[key])
                    seen[key] = row_number
                    ops.append((row_number, lambda w, i=idea, d=dots, g=group:
                                w.dot_tally(i, d, g)))
            elif method == RoundMethod.CRITERIA:
                idea = refs.idea(cell(row, "idea"))
                person = refs.participant(cell(row, "participant"))
                group = cell(row, "table_group") or None
                scores = {}
                for name, index in columns.items():
                    if name.startswith("criterion:") and row[index].strip():
                        scores[name.split(":", 1)[1]] = _whole(row[index], "score",
                                                               ranking.MIN_SCORE,
                                                               ranking.MAX_SCORE)
                if not scores:
                    raise ValidationError("score", "The row has no score.", reason="required")
                if (person is None) == (group is None):
                    raise ValidationError("scorer", "Name the participant or the table group "
                                          "who scored (exactly one).", reason="scorer_one")
                key = ("score", idea, person, group)
                if key in seen:
                    raise ValidationError("idea", f"The same scorer scored this idea on row "
                                          f"{seen[key]} already.", reason="score_twice",
                                          row=seen[key])
                seen[key] = row_number
                ops.append((row_number, lambda w, i=idea, sc=scores, p=person, g=group:
                            w.criterion_scores(i, sc, p, g)))
            elif method == RoundMethod.RANKING:
                person = refs.participant(cell(row, "participant"))
                label = cell(row, "ballot") or (writer.participants[person] if person else "")
                if not label:
                    raise ValidationError("ballot", "Name the ballot or its participant.",
                                          reason="ballot_unnamed")
                idea = refs.idea(cell(row, "idea"))
                rank = _whole(cell(row, "rank"), "rank", 1)
                ballots.setdefault(label, []).append((row_number, rank, idea, person))
            else:
                a_text, b_text = cell(row, "idea_a"), cell(row, "idea_b")
                a, b = refs.idea(a_text), refs.idea(b_text)
                if a == b:
                    raise ValidationError("idea_b", "An idea cannot be compared with itself.",
                                          reason="pair_same_idea")
                outcome = _winner(cell(row, "winner"), a_text, b_text)
                person = refs.participant(cell(row, "participant"))
                session = cell(row, "session")
                ops.append((row_number, lambda w, a=a, b=b, o=outcome, s=session, p=person:
                            w.pair(a, b, o, s, p)))
        except ValidationError as exc:
            problems.append(RowProblem(row_number, exc.message, exc.field))
    for label, places in ballots.items():
        first = min(r for r, *_ in places)
        ranks = sorted(rank for _, rank, _, _ in places)
        people = {p for *_, p in places if p}
        ideas = [i for _, _, i, _ in places]
        if ranks != list(range(1, len(places) + 1)):
            problems.append(RowProblem(first, f"Ballot {label!r}: the ranks must be 1 to "
                                       f"{len(places)} without gaps or repeats; they are "
                                       f"{', '.join(map(str, ranks))}.", "rank"))
            continue
        if len(set(ideas)) != len(ideas):
            problems.append(RowProblem(first, f"Ballot {label!r} lists an idea twice.", "idea"))
            continue
        if len(people) > 1:
            problems.append(RowProblem(first, f"Ballot {label!r} has rows of different "
                                       "participants.", "participant"))
            continue
        ordered = [i for _, _, i, _ in sorted(places, key=lambda p: p[1])]
        person = next(iter(people), None)
        ops.append((first, lambda w, lb=label, o=ordered, p=person: w.ranking_ballot(lb, o, p)))
    return ops, problems
