"""Undoable user actions as plain command objects (no Qt), and what a write changed.

Each command has ``redo()`` and ``undo()``; each runs as ONE transaction and returns a
:class:`Change` that says what it touched, so views refresh only what concerns them. The Qt
layer puts every command on the one undo stack with ``qt.undo.push`` and announces the change
on the one ``ChangeBus``.

Commands live with their capability (``ideas.commands``, ``ideas.clustering_commands``,
``prioritise.commands``, ``workshop.participant_commands`` …); this module holds what they share.

A few writes are deliberately *not* undoable; :class:`NotUndoable` lists them with the reason,
and the GUI announces them with ``qt.undo.announce(bus, change, NotUndoable.…)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Change:
    """What a write changed, by id: ideas added, updated or removed; participants touched;
    themes created, renamed, merged or deleted; prioritisation rounds whose votes, placements
    or settings changed; projects whose reference profile changed; card-entry batches whose
    typed cards changed. ``structure`` is set when projects, workshops, themes or rounds
    themselves came or went (lists and choices elsewhere must be read again)."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    rounds: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # projects whose reference population profile changed
    batches: tuple[str, ...] = ()     # card-entry batches whose cards changed
    structure: bool = False
    everything: bool = False  # a write that may touch any record (a sync package)

    @property
    def touches_ideas(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    @property
    def touches_themes(self) -> bool:
        return bool(self.themes)

    @property
    def touches_rounds(self) -> bool:
        return bool(self.rounds)

    @property
    def touches_structure(self) -> bool:
        """Whether lists of projects, workshops, themes or rounds must be read again."""
        return self.structure or self.everything or bool(self.themes)


class Command:
    """Base class: ``label`` is a stable code the GUI turns into translated text.

    ``redo()`` runs the action (the first time, or again after an undo) and ``undo()`` takes it
    back; each is one transaction, and raises ``SmartCityError`` having written nothing when the
    database refuses."""

    label = ""

    def redo(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError


class NotUndoable(StrEnum):
    """The writes that do not go on the undo stack, each with the reason. Everything else a
    user changes is a :class:`Command`."""

    KIOSK = "kiosk"
    """A participant typed the idea themselves at the kiosk. The facilitator's Ctrl+Z must not
    take back someone else's contribution; a kiosk idea is removed like any other idea."""

    SYNC = "sync"
    """A package is applied all or nothing after a full check; taking it back is a decision
    about other devices' data, made in the Conflicts view, not a keystroke."""

    KEYS = "keys"
    """Signing keys and the register of trusted keys: a key taken back by Ctrl+Z would leave
    packages signed with it, or trust given, without a record."""

    RUN_CLOCK = "run_clock"
    """The run of a meeting in the Run view: the agenda as planned and as run, the timer and
    the notes. Time only moves forward, and the facilitator corrects the record by editing it
    in place; Ctrl+Z during a meeting belongs to the ideas and votes being captured."""

    SETUP = "setup"
    """Creating a project, a workshop or a batch of paper cards: made on purpose, and often
    typed into at once; it is renamed or closed, not taken back by Ctrl+Z (which belongs to
    what is captured in it)."""

    IMPORT_DATABASE = "import_database"
    """Opening, creating or upgrading a database file: not a change of its data."""
