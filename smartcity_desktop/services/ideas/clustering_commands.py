"""Undoable clustering actions as plain command objects (no Qt), in the style of
:mod:`services.commands`.

Undo never creates a second record: a theme made by "New theme" or "Split" is tombstoned on
undo and the same record comes back on redo; a merged theme is tombstoned and comes back on
undo. Every command returns a :class:`~services.commands.Change`: the ideas whose theme
changed (``updated``) and, for changes to the themes themselves, the themes concerned
(``themes``), so the GUI also announces a change of structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...storage.database import Database
from ..commands import Change, Command
from . import clustering
from .clustering import MergeResult


@dataclass
class MoveIdeasToTheme(Command):
    """Put ideas in a theme (``theme_id`` None: "No theme")."""

    db: Database
    idea_ids: tuple[str, ...]
    theme_id: str | None
    project_id: str | None = None
    previous: dict[str, str | None] = field(default_factory=dict)
    label: str = field(default="move_ideas_to_theme", init=False)

    @property
    def moved(self) -> tuple[str, ...]:
        return tuple(i for i, before in self.previous.items() if before != self.theme_id)

    def redo(self) -> Change:
        self.previous = clustering.move_ideas_to_theme(self.db, self.idea_ids, self.theme_id,
                                                       self.project_id)
        return Change(updated=self.moved)

    def undo(self) -> Change:
        moved = self.moved
        clustering.restore_idea_themes(self.db, {i: self.previous[i] for i in moved})
        return Change(updated=moved)


@dataclass
class CreateTheme(Command):
    """A new theme, empty or with ``idea_ids`` in it (taken from whatever theme they were in)."""

    db: Database
    project_id: str
    name: str
    idea_ids: tuple[str, ...] = ()
    theme_id: str | None = None
    previous: dict[str, str | None] = field(default_factory=dict)
    orphans: tuple[str, ...] = ()  # ideas that were in the theme when its creation was undone
    label: str = field(default="create_theme", init=False)

    def redo(self) -> Change:
        if self.theme_id is None:
            theme, self.previous = clustering.create_theme_with_ideas(
                self.db, self.project_id, self.name, self.idea_ids)
            self.theme_id = theme.id
            self.idea_ids = tuple(self.previous)
        else:  # redo after undo: the same record comes back, with the same ideas
            clustering.restore_theme(self.db, self.theme_id, (*self.idea_ids, *self.orphans))
        return Change(updated=(*self.idea_ids, *self.orphans), themes=(self.theme_id,))

    def undo(self) -> Change:
        clustering.restore_idea_themes(self.db, self.previous)
        self.orphans = clustering.delete_theme(self.db, self.theme_id)
        return Change(updated=(*self.idea_ids, *self.orphans), themes=(self.theme_id,))


@dataclass
class RenameTheme(Command):
    db: Database
    theme_id: str
    name: str
    old_name: str | None = None
    label: str = field(default="rename_theme", init=False)

    def redo(self) -> Change:
        self.old_name = clustering.rename_theme(self.db, self.theme_id, self.name)
        return Change(themes=(self.theme_id,))

    def undo(self) -> Change:
        clustering.rename_theme(self.db, self.theme_id, self.old_name)
        return Change(themes=(self.theme_id,))


@dataclass
class MergeThemes(Command):
    """Merge ``source_theme_id`` into ``target_theme_id`` (the target keeps its name)."""

    db: Database
    source_theme_id: str
    target_theme_id: str
    result: MergeResult | None = None
    label: str = field(default="merge_themes", init=False)

    def redo(self) -> Change:
        self.result = clustering.merge_themes(self.db, self.source_theme_id,
                                              self.target_theme_id)
        return Change(updated=self.result.live,
                           themes=(self.source_theme_id, self.target_theme_id))

    def undo(self) -> Change:
        clustering.unmerge_themes(self.db, self.result)
        return Change(updated=self.result.live,
                           themes=(self.source_theme_id, self.target_theme_id))


@dataclass
class SplitTheme(Command):
    """Move some ideas of a theme to a new theme called ``new_name``."""

    db: Database
    theme_id: str
    idea_ids: tuple[str, ...]
    new_name: str
    new_theme_id: str | None = None
    label: str = field(default="split_theme", init=False)

    def redo(self) -> Change:
        self.idea_ids = tuple(dict.fromkeys(self.idea_ids))
        if self.new_theme_id is None:
            self.new_theme_id = clustering.split_theme(self.db, self.theme_id, self.idea_ids,
                                                       self.new_name).id
        else:  # redo after undo: the same new theme record with the same ideas
            clustering.resplit_theme(self.db, self.theme_id, self.new_theme_id, self.idea_ids)
        return Change(updated=self.idea_ids, themes=(self.theme_id, self.new_theme_id))

    def undo(self) -> Change:
        clustering.unsplit_theme(self.db, self.theme_id, self.new_theme_id, self.idea_ids)
        return Change(updated=self.idea_ids, themes=(self.theme_id, self.new_theme_id))


@dataclass
class DeleteTheme(Command):
    """Tombstone a theme; its ideas go to "No theme". Undo puts them back."""

    db: Database
    theme_id: str
    idea_ids: tuple[str, ...] = ()
    label: str = field(default="delete_theme", init=False)

    def redo(self) -> Change:
        self.idea_ids = clustering.delete_theme(self.db, self.theme_id)
        return Change(updated=self.idea_ids, themes=(self.theme_id,))

    def undo(self) -> Change:
        clustering.restore_theme(self.db, self.theme_id, self.idea_ids)
        return Change(updated=self.idea_ids, themes=(self.theme_id,))
