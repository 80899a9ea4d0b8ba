"""The impact/effort matrix of a round: where each idea sits (both 0..1)."""

from __future__ import annotations

import math

import sqlalchemy as sa

from ...core.errors import ValidationError
from ...core.ids import link_id
from ...storage.database import Database
from ...storage.models import Idea, IdeaPlacement, PriorityRound
from ..records import get_live, new_record, touch


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
