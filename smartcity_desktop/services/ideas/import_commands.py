"""An import of ideas as one undoable step (plain command, no Qt), in the style of
:mod:`services.commands`.

The import itself runs in a worker (it may take a while and can be cancelled), so the command
is made afterwards from what was written: its first ``redo()`` only reports the ideas, undo
tombstones them all in one transaction, and a later redo brings the same records back (same
ids, so sync sees one idea each). Themes the import created stay: they are harmless when empty
and the idea dialog does not take back a theme it created either.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...storage.database import Database
from ..commands import Change, Command
from . import capture


@dataclass
class ImportedIdeas(Command):
    db: Database
    idea_ids: tuple[str, ...]
    applied: bool = True  # the ideas are in the database now
    label: str = field(default="import_ideas", init=False)

    def redo(self) -> Change:
        if not self.applied:
            capture.set_ideas_deleted(self.db, self.idea_ids, False)
            self.applied = True
        return Change(added=self.idea_ids)

    def undo(self) -> Change:
        capture.set_ideas_deleted(self.db, self.idea_ids, True)
        self.applied = False
        return Change(removed=self.idea_ids)
