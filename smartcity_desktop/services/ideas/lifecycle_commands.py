"""Status changes as plain undo commands (no Qt; the Qt layer wraps them in QUndoCommand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...core.enums import IdeaStatus
from ...storage.database import Database
from ..commands import Change, Command
from . import lifecycle


@dataclass
class ChangeStatus(Command):
    """Move one or several ideas to ``status`` with one reason and date: one undo step.
    Undo gives every idea its previous status back and withdraws (tombstones) the log
    entries; redo brings the same entries back."""

    db: Database
    idea_ids: tuple[str, ...]
    status: IdeaStatus
    reason: str
    decided_on: dt.date
    changed_by: str = ""
    entry_ids: tuple[str, ...] = ()
    changed_ideas: tuple[str, ...] = ()
    label: str = field(default="change_status", init=False)

    def redo(self) -> Change:
        if not self.entry_ids:
            entries = lifecycle.change_statuses(self.db, self.idea_ids, self.status,
                                                self.reason, self.decided_on, self.changed_by)
            self.entry_ids = tuple(e.id for e in entries)
            self.changed_ideas = tuple(e.idea_id for e in entries)
        else:
            lifecycle.reapply_status_changes(self.db, self.entry_ids)
        return Change(updated=self.changed_ideas)

    def undo(self) -> Change:
        lifecycle.revert_status_changes(self.db, self.entry_ids)
        return Change(updated=self.changed_ideas)
