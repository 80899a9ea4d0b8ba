"""Recording the votes of a round with each of the four methods, listing them, and deleting or
restoring them (undo). Every entry is checked by :class:`.vote_writer.VoteWriter`; nothing is
written when it is refused."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from ...core.enums import PairOutcome, RoundMethod
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import Participant, PriorityRound
from ..records import get_live, live, touch
from .vote_writer import VOTE_TABLE, VoteWriter


def _write(db: Database, round_id: str, method: RoundMethod | None,
           action: Callable[[VoteWriter], object]):
    with db.session() as s:
        writer = VoteWriter(db, s, round_id, method)
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
        cls = VOTE_TABLE[RoundMethod(record.method)]
        return set(s.execute(sa.select(cls.id).where(cls.round_id == round_id,
                                                     cls.deleted == False)).scalars())  # noqa: E712


def _set_votes_deleted(db: Database, round_id: str, ids: Iterable[str], deleted: bool) -> None:
    ids = list(ids)
    with db.session() as s:
        writer = VoteWriter(db, s, round_id)
        cls = VOTE_TABLE[writer.method]
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
        cls = VOTE_TABLE[method]
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
