"""Undoable user actions as plain command objects (no Qt).

Each command has ``redo()`` and ``undo()`` and returns a :class:`Change` that says which ideas
were touched, so views refresh only what concerns them. The Qt layer wraps these in
``QUndoCommand`` to get menu items, shortcuts and the clean state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..storage.database import Database
from .ideas import capture
from .ideas.capture import IdeaInput


@dataclass(frozen=True)
class Change:
    """What a write changed: the ideas added, updated or removed (by id), and the
    participants touched (so views refresh only what concerns them)."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()

    @property
    def touches_ideas(self) -> bool:
        return bool(self.added or self.updated or self.removed)


class Command:
    """Base class: ``label`` is a stable code the GUI turns into translated text."""

    label = ""

    def redo(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class AddIdea(Command):
    db: Database
    workshop_id: str
    data: IdeaInput
    idea_id: str | None = None
    label: str = field(default="add_idea", init=False)

    def redo(self) -> Change:
        if self.idea_id is None:
            self.idea_id = capture.add_idea(self.db, self.workshop_id, self.data)
        else:  # redo after undo: bring back the same record, so sync sees one idea
            capture.restore_idea(self.db, self.idea_id)
        return Change(added=(self.idea_id,))

    def undo(self) -> Change:
        capture.delete_idea(self.db, self.idea_id)
        return Change(removed=(self.idea_id,))


@dataclass
class EditIdea(Command):
    db: Database
    idea_id: str
    data: IdeaInput
    before: IdeaInput | None = None
    label: str = field(default="edit_idea", init=False)

    def redo(self) -> Change:
        self.before = capture.update_idea(self.db, self.idea_id, self.data).data
        return Change(updated=(self.idea_id,))

    def undo(self) -> Change:
        capture.update_idea(self.db, self.idea_id, self.before)
        return Change(updated=(self.idea_id,))


@dataclass
class DeleteIdeas(Command):
    db: Database
    idea_ids: tuple[str, ...]
    label: str = field(default="delete_ideas", init=False)

    def redo(self) -> Change:
        for idea_id in self.idea_ids:
            capture.delete_idea(self.db, idea_id)
        return Change(removed=self.idea_ids)

    def undo(self) -> Change:
        for idea_id in self.idea_ids:
            capture.restore_idea(self.db, idea_id)
        return Change(added=self.idea_ids)
