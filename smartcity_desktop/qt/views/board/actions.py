"""Moving cards and changing themes on the board: the actions of the toolbar, the context menu
and the keyboard, each one undoable step (the :class:`BoardActions` mixin of the view)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer

from ....core.errors import SmartCityError
from ....services.commands import Change, Command
from ....services.ideas.clustering_commands import (
    CreateTheme,
    DeleteTheme,
    MergeThemes,
    MoveIdeasToTheme,
    RenameTheme,
    SplitTheme,
)
from ...errors import error_text
from ...idea_actions import edit_idea
from ...undo import push
from .columns import ThemeColumn
from .dialogs import ThemeNameDialog, ThemePicker


class BoardActions:
    """What the actions of :class:`.view.BoardView` do, a mixin: move cards, make, rename,
    merge, split and delete themes, open a card. Every change is one step on the undo stack.
    Its strings are translated under this class's name: lupdate files them so, and
    ``self.tr`` looks along the MRO and finds them. Strings with a count (%n) name the context
    themselves: PySide's ``tr`` does not look along the MRO for them (PySide 6.12), so
    ``self.tr`` would show them in English."""

    # ------------------------------------------------------------------ moving cards
    def move_cards(self, idea_ids: Sequence[str], theme_id: str | None) -> bool:
        """Move cards to a theme as one undoable step; the target column gets them selected."""
        ids = tuple(dict.fromkeys(idea_ids))
        if not ids or self._project_id is None:
            return False
        target = self.column_of(theme_id)
        name = target.name() if target else QCoreApplication.translate("BoardView", "No theme")
        try:
            change = self._push(MoveIdeasToTheme(self._db, ids, theme_id, self._project_id),
                                QCoreApplication.translate(
                                    "BoardActions", "Move %n card(s) to “%1”", "", len(ids))
                                .replace("%1", name))
        except SmartCityError as exc:
            self._show_error(self.tr("The cards could not be moved"), exc)
            return False
        if self._dirty:
            self.refresh()
        target = self.column_of(theme_id)
        if target is not None:
            QTimer.singleShot(0, lambda t=target, i=ids: self._focus_after_move(t, i))
        moved = len(change.updated)
        self.status_message.emit(QCoreApplication.translate("BoardActions",
            "%n card(s) moved to “%1”. Undo with Ctrl+Z.", "", moved).replace("%1", name))
        return True

    def _focus_after_move(self, column: ThemeColumn, ids) -> None:
        # After the drag has finished (the view that started it cleans up first).
        if column in self._columns:
            self.focus_column(column, ids)

    def _move_to_neighbour(self, column: ThemeColumn, step: int) -> None:
        index = self._columns.index(column) + step
        ids = self.selected_ids()
        if ids and 0 <= index < len(self._columns):
            target = self._columns[index]
            if self.move_cards(ids, target.theme_id):
                self.focus_column(target, ids)

    def move_selected_with_picker(self) -> None:
        ids = self.selected_ids()
        if not ids or self._board is None:
            return
        current = self._current.theme_id if self._current else None
        themes = [t for t in self._board.themes if t.id != current]
        picker = ThemePicker(self.tr("Move to theme"),
                             QCoreApplication.translate("BoardActions",
                                 "Move %n card(s) to which theme? Type a few letters of its "
                                 "name, or a new name.", "", len(ids)),
                             themes, include_none=current is not None, parent=self)
        if not picker.exec() or picker.choice is None:
            return
        kind, value = picker.choice
        if kind == "new":
            try:
                self._new_theme_with(ids, value)
            except SmartCityError as exc:
                self._show_error(self.tr("The new theme could not be made"), exc)
        else:
            theme_id = value if kind == "theme" else None
            if self.move_cards(ids, theme_id) and self.column_of(theme_id):
                self.focus_column(self.column_of(theme_id), ids)

    def _new_theme_with(self, ids: Sequence[str], name: str) -> bool:
        """A new theme holding ``ids``: a split when they all come from one theme, else a new
        theme and a move (one undo step either way)."""
        column = self._current
        theme_id = column.theme_id if column else None
        try:
            if theme_id is not None:
                command = SplitTheme(self._db, theme_id, tuple(ids), name)
                self._push(command,
                           self.tr("Split “%1” into “%2”").replace("%1", column.name())
                           .replace("%2", name))
                new_id = command.new_theme_id
            else:
                command = CreateTheme(self._db, self._project_id, name, tuple(ids))
                self._push(command,
                           QCoreApplication.translate("BoardActions",
                               "New theme “%1” with %n card(s)", "", len(ids)).replace("%1", name))
                new_id = command.theme_id
        except SmartCityError:
            raise  # the name dialog shows it and stays open
        self._after_theme_change(new_id, ids)
        self.status_message.emit(QCoreApplication.translate("BoardActions",
            "New theme “%1” with %n card(s). Undo with Ctrl+Z.", "", len(ids)).replace("%1", name))
        return True

    def _after_theme_change(self, theme_id: str | None, ids: Sequence[str] = ()) -> None:
        if self._dirty:
            self.refresh()
        column = self.column_of(theme_id)
        if column is not None:
            self.focus_column(column, ids)

    # ------------------------------------------------------------------ theme actions
    def new_theme(self) -> None:
        if self._project_id is None:
            return
        created: list[str] = []

        def apply(name: str) -> None:
            command = CreateTheme(self._db, self._project_id, name)
            self._push(command, self.tr("New theme “%1”").replace(
                "%1", " ".join(name.split())))
            created.append(command.theme_id)

        ThemeNameDialog(self.tr("New theme"), self.tr("Name of the new theme:"), apply,
                        parent=self).exec()
        if created:
            self._after_theme_change(created[0])
            self.status_message.emit(self.tr("Theme added. Drag cards to it, or select cards "
                                             "and press M."))

    def rename_current_theme(self) -> None:
        column = self._current
        if column is None or column.theme is None:
            return
        theme_id, old = column.theme.id, column.theme.name

        def apply(name: str) -> None:
            self._push(RenameTheme(self._db, theme_id, name),
                       self.tr("Rename theme “%1”").replace("%1", old))

        dialog = ThemeNameDialog(self.tr("Rename theme"),
                                 self.tr("New name for “%1”:").replace("%1", old), apply,
                                 text=old, parent=self)
        if dialog.exec():
            self._after_theme_change(theme_id)
            self.status_message.emit(self.tr("Theme renamed. Undo with Ctrl+Z."))

    def merge_current_theme(self) -> None:
        column = self._current
        if column is None or column.theme is None or self._board is None:
            return
        source = column.theme
        others = [t for t in self._board.themes if t.id != source.id]
        if not others:
            return
        prompt = QCoreApplication.translate("BoardActions",
            "Merge “%1” into which theme? Its %n idea(s) move there (in every workshop of the "
            "project) and “%1” is removed. The theme you choose keeps its name.", "",
            source.total).replace("%1", source.name)
        picker = ThemePicker(self.tr("Merge theme"), prompt, others, include_none=False,
                             allow_new=False, parent=self)
        if not picker.exec() or picker.choice is None:
            return
        target_id = picker.choice[1]
        target_name = next(t.name for t in others if t.id == target_id)
        try:
            self._push(MergeThemes(self._db, source.id, target_id),
                       self.tr("Merge “%1” into “%2”").replace("%1", source.name)
                       .replace("%2", target_name))
        except SmartCityError as exc:
            self._show_error(self.tr("The themes could not be merged"), exc)
            return
        self._after_theme_change(target_id)
        self.status_message.emit(self.tr("“%1” merged into “%2”. Undo with Ctrl+Z.")
                                 .replace("%1", source.name).replace("%2", target_name))

    def split_selected(self) -> None:
        ids = self.selected_ids()
        column = self._current
        if not ids or column is None:
            return
        done: list[bool] = []

        def apply(name: str) -> None:
            done.append(self._new_theme_with(ids, name))

        if column.theme is None:
            prompt = QCoreApplication.translate("BoardActions",
                "Name of the new theme for the %n selected card(s):", "", len(ids))
        else:
            prompt = QCoreApplication.translate("BoardActions",
                "Name of the new theme for the %n selected card(s) of “%1”:", "",
                len(ids)).replace("%1", column.name())
        ThemeNameDialog(self.tr("Split into new theme"), prompt, apply, parent=self).exec()

    def delete_current_theme(self) -> None:
        column = self._current
        if column is None or column.theme is None:
            return
        theme = column.theme
        try:
            change = self._push(DeleteTheme(self._db, theme.id),
                                self.tr("Delete theme “%1”").replace("%1", theme.name))
        except SmartCityError as exc:
            self._show_error(self.tr("The theme could not be deleted"), exc)
            return
        self._after_theme_change(None)
        self.status_message.emit(QCoreApplication.translate("BoardActions",
            "Theme “%1” deleted; its %n idea(s) have no theme now. Undo with Ctrl+Z.", "",
            len(change.updated)).replace("%1", theme.name))

    def edit_card(self, column: ThemeColumn, index) -> None:
        """Enter or a double click on a card opens the idea dialog (one undoable edit)."""
        card = column.model.card_at(index.row())
        if card is not None:
            edit_idea(self, self._db, self._stack, self._bus, card.id)

    def _push(self, command: Command, text: str) -> Change:
        return push(self._stack, command, text, self._bus, on_error=self._undo_refused)

    def _undo_refused(self, exc: SmartCityError) -> None:
        self._show_error(self.tr("This step cannot be undone or redone"), exc)
        self.refresh()

    def _show_error(self, title: str, exc: SmartCityError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, error_text(exc))
