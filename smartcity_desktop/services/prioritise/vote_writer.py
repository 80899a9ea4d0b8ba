"""The checks every vote passes before it is written: :class:`VoteWriter` validates and adds the
votes of one round inside one session. Used by :mod:`.votes` (one entry at a time) and by
:mod:`.vote_import` (many entries through one writer, all or none)."""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from ...core import ranking, rules
from ...core.enums import PairOutcome, RoundMethod
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import (
    Criterion,
    CriterionScore,
    DemographicCategory,
    DemographicDimension,
    DotVote,
    Idea,
    PairwiseVote,
    Participant,
    PriorityRound,
    RankingEntry,
    Workshop,
)
from ..records import get_live, live, new_record, touch

MAX_TALLY = 100_000
MAX_LABEL = 64  # ballot labels, table groups and sessions (the columns' size)

#: The table of each method's vote records (votes.py lists, deletes and restores them).
VOTE_TABLE = {RoundMethod.DOTS: DotVote, RoundMethod.CRITERIA: CriterionScore,
              RoundMethod.RANKING: RankingEntry, RoundMethod.PAIRWISE: PairwiseVote}


class VoteWriter:
    """Validates and adds the votes of one round inside one session (nothing is committed
    here). Each method checks everything before it adds anything, so a refused entry leaves
    the session as it was; the import runs many entries through one writer.

    Used by :mod:`.votes` (one entry per transaction, and the round checks of delete/restore)
    and by :mod:`.vote_import` (every row of a file through one writer)."""

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
                key = (idea_id, criterion_id, scorer_key(participant_id, table_group))
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
        scorer = scorer_key(participant_id, group)
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


def scorer_key(participant_id: str | None, table_group: str | None) -> str:
    """Who gave a criteria score: a participant or a table group, as one key (the writer
    replaces a scorer's earlier score with it; scoring.load_round groups scores by it)."""
    return f"p:{participant_id}" if participant_id else f"t:{table_group}"
