"""Undoable idea actions as plain command objects (no Qt): see :mod:`services.commands`.

Each ``redo()`` and ``undo()`` is ONE transaction. A theme typed in with an idea is created in
the idea's transaction and taken back with it, so undo leaves nothing behind; redo brings the
same records back (same ids, so sync sees one idea, one theme).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...storage.database import Database
from ..commands import Change, Command
from . import capture
from .capture import IdeaInput


def _themes(theme_id: str | None) -> tuple[str, ...]:
    return (theme_id,) if theme_id else ()


@dataclass
class AddIdea(Command):
    db: Database
    workshop_id: str
    data: IdeaInput
    idea_id: str | None = None
    new_theme_id: str | None = None
    label: str = field(default="add_idea", init=False)

    def redo(self) -> Change:
        if self.idea_id is None:
            added = capture.add_idea_with_theme(self.db, self.workshop_id, self.data)
            self.idea_id, self.new_theme_id = added.idea_id, added.new_theme_id
        else:  # redo after undo: bring back the same records
            capture.set_ideas_deleted(self.db, (self.idea_id,), False,
                                      _themes(self.new_theme_id))
        return Change(added=(self.idea_id,), themes=_themes(self.new_theme_id))

    def undo(self) -> Change:
        capture.set_ideas_deleted(self.db, (self.idea_id,), True, _themes(self.new_theme_id))
        return Change(removed=(self.idea_id,), themes=_themes(self.new_theme_id))


@dataclass
class EditIdea(Command):
    db: Database
    idea_id: str
    data: IdeaInput
    before: IdeaInput | None = None
    new_theme_id: str | None = None
    label: str = field(default="edit_idea", init=False)

    def redo(self) -> Change:
        snapshot, created = capture.update_idea_with_theme(
            self.db, self.idea_id, self.data, bring_back=_themes(self.new_theme_id))
        self.before = snapshot.data
        self.new_theme_id = created or self.new_theme_id
        return Change(updated=(self.idea_id,), themes=_themes(self.new_theme_id))

    def undo(self) -> Change:
        capture.update_idea_with_theme(self.db, self.idea_id, self.before,
                                       take_back=_themes(self.new_theme_id))
        return Change(updated=(self.idea_id,), themes=_themes(self.new_theme_id))


@dataclass
class DeleteIdeas(Command):
    """Delete many ideas in ONE transaction: if one cannot be deleted, none is."""

    db: Database
    idea_ids: tuple[str, ...]
    label: str = field(default="delete_ideas", init=False)

    def redo(self) -> Change:
        capture.set_ideas_deleted(self.db, self.idea_ids, True)
        return Change(removed=self.idea_ids)

    def undo(self) -> Change:
        capture.set_ideas_deleted(self.db, self.idea_ids, False)
        return Change(added=self.idea_ids)


@dataclass
class ImportedIdeas(Command):
    """An import of ideas as one undoable step. The import itself runs in a worker (it may
    take a while and can be cancelled), so the command is made afterwards from what was
    written: its first ``redo()`` only reports the ideas; undo tombstones them, and the themes
    the import created, in one transaction; a later redo brings the same records back."""

    db: Database
    idea_ids: tuple[str, ...]
    theme_ids: tuple[str, ...] = ()
    applied: bool = True  # the ideas are in the database now
    label: str = field(default="import_ideas", init=False)

    def redo(self) -> Change:
        if not self.applied:
            capture.set_ideas_deleted(self.db, self.idea_ids, False, self.theme_ids)
            self.applied = True
        return Change(added=self.idea_ids, themes=self.theme_ids)

    def undo(self) -> Change:
        capture.set_ideas_deleted(self.db, self.idea_ids, True, self.theme_ids)
        self.applied = False
        return Change(removed=self.idea_ids, themes=self.theme_ids)
