"""The idea lifecycle: every status change needs a reason and a date and is kept as a log,
so each idea has a visible path to a decision."""

from __future__ import annotations

import datetime as dt


from ..core import rules
from ..core.enums import IdeaStatus
from ..core.errors import ValidationError
from ..storage.database import Database
from ..storage.models import Idea, IdeaStatusChange
from ._records import get_live, live, new_record, touch


def change_status(db: Database, idea_id: str, status: IdeaStatus, reason: str,
                  decided_on: dt.date, changed_by: str = "") -> IdeaStatusChange:
    """Move an idea to ``status``; ``reason`` and ``decided_on`` are required."""
    try:
        status = IdeaStatus(status)
    except ValueError:
        raise ValidationError("status", f"{status!r} is not an idea status.") from None
    reason = rules.require_text("reason", reason, rules.MAX_IDEA_TEXT)
    if not isinstance(decided_on, dt.date):
        raise ValidationError("date", "A status change needs a date.")
    with db.session() as s:
        idea = get_live(s, Idea, idea_id, "idea")
        if idea.status == status.value:
            raise ValidationError("status", f"The idea is already {status.value}.")
        entry = new_record(db, IdeaStatusChange, idea_id=idea_id, from_status=idea.status,
                           to_status=status.value, reason=reason, decided_on=decided_on,
                           changed_by=rules.clean_text(changed_by))
        s.add(entry)
        touch(db, idea, status=status.value, status_reason=reason, status_date=decided_on)
        s.add(idea)
        s.commit()
        return entry


def status_log(db: Database, idea_id: str) -> list[IdeaStatusChange]:
    with db.session() as s:
        return list(s.exec(live(IdeaStatusChange).where(IdeaStatusChange.idea_id == idea_id)
                           .order_by(IdeaStatusChange.hlc)))
