"""Undoable participant actions as plain command objects (no Qt), in the style of
:mod:`services.commands`.

Undo never creates a second record: a registration that is undone is tombstoned, and its redo
brings the same record (same id, same code) back, so sync sees one participant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...core.ids import new_id
from ...storage.database import Database
from ..commands import Change, Command
from . import participants
from .participants import IdeasOnDelete, ParticipantInput


@dataclass
class RegisterParticipant(Command):
    db: Database
    workshop_id: str
    data: ParticipantInput
    participant_id: str | None = None
    code: str | None = None
    label: str = field(default="register_participant", init=False)

    def redo(self) -> Change:
        if self.code is None:
            participant_id = self.participant_id or new_id()
            participant = participants.register_participant(
                self.db, self.workshop_id, self.data, participant_id=participant_id)
            self.participant_id, self.code = participant.id, participant.code
        else:  # redo after undo: the same record with its answers and contact details
            participants.restore_participant(self.db, self.participant_id, self.data)
        return Change(participants=(self.participant_id,))

    def undo(self) -> Change:
        participants.delete_participant(self.db, self.participant_id, IdeasOnDelete.KEEP)
        return Change(participants=(self.participant_id,))


@dataclass
class EditParticipant(Command):
    db: Database
    participant_id: str
    data: ParticipantInput
    before: ParticipantInput | None = None
    label: str = field(default="edit_participant", init=False)

    def redo(self) -> Change:
        before = participants.get_participant_input(self.db, self.participant_id)
        participants.update_participant(self.db, self.participant_id, self.data)
        self.before = before
        return Change(participants=(self.participant_id,))

    def undo(self) -> Change:
        participants.update_participant(self.db, self.participant_id, self.before)
        return Change(participants=(self.participant_id,))


@dataclass
class DeleteParticipant(Command):
    """Tombstone a participant; ``ideas`` says what happens to the ideas they wrote.

    Undo brings back the participant, their answers and contact details (which the delete
    blanks, so they are kept here in memory until the command is dropped) and their ideas."""

    db: Database
    participant_id: str
    ideas: IdeasOnDelete = IdeasOnDelete.KEEP
    before: ParticipantInput | None = None
    idea_ids: tuple[str, ...] = ()
    label: str = field(default="delete_participant", init=False)

    def redo(self) -> Change:
        self.ideas = IdeasOnDelete(self.ideas)
        before = participants.get_participant_input(self.db, self.participant_id)
        changed = tuple(participants.delete_participant(self.db, self.participant_id,
                                                        self.ideas))
        self.before, self.idea_ids = before, changed
        if self.ideas == IdeasOnDelete.DELETE:
            return Change(removed=changed, participants=(self.participant_id,))
        return Change(updated=changed, participants=(self.participant_id,))

    def undo(self) -> Change:
        participants.restore_participant(self.db, self.participant_id, self.before)
        participants.restore_participant_ideas(self.db, self.participant_id, self.idea_ids,
                                               self.ideas)
        if self.ideas == IdeasOnDelete.DELETE:
            return Change(added=self.idea_ids, participants=(self.participant_id,))
        return Change(updated=self.idea_ids, participants=(self.participant_id,))
