"""Prioritisation rounds of a workshop: create, list, rename, close, reopen, delete and restore
them, and the ideas' numbers in their workshop (see the package's docstring)."""

from __future__ import annotations

import sqlalchemy as sa

from ...core import rules
from ...core.enums import RoundMethod
from ...core.errors import NotFoundError, ValidationError
from ...storage.database import Database
from ...storage.models import Idea, PriorityRound, Workshop
from ..records import get_live, live, new_record, touch

MAX_DOTS_PER_PARTICIPANT = 100


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


def idea_numbers(db: Database, workshop_id: str) -> dict[str, int]:
    """idea id -> its number in the workshop: 1, 2, ... in the order the ideas were created
    (then by id). Deleted ideas keep their numbers, so the numbers of the others never shift;
    the Rounds and Results views and the vote files use these numbers."""
    with db.session() as s:
        ids = s.execute(sa.select(Idea.id).where(Idea.workshop_id == workshop_id)
                        .order_by(Idea.created_at, Idea.id)).scalars().all()
    return {idea_id: k for k, idea_id in enumerate(ids, start=1)}
