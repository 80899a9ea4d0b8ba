"""The context menu of a theme column (the :class:`BoardMenu` mixin of the view)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from ....services.ideas.clustering import ThemeInfo
from ...icons import icon
from .columns import ThemeColumn


class BoardMenu:
    """The context menu of a column of :class:`.view.BoardView`, a mixin. Its strings are
    translated under this class's name: lupdate files them so, and ``self.tr`` looks along
    the MRO and finds them."""

    # ------------------------------------------------------------------ menus
    def _show_menu(self, column: ThemeColumn, global_pos: QPoint) -> None:
        self._set_current(column)
        menu = self.build_menu(column)
        menu.exec(global_pos)

    def build_menu(self, column: ThemeColumn) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.move_action)
        ids = self.selected_ids()
        if ids and self._board is not None:
            submenu = menu.addMenu(icon("move_to_theme"), self.tr("Move &to"))
            targets: list[ThemeInfo | None] = [None, *self._board.themes]
            for theme in targets:
                theme_id = theme.id if theme else None
                if theme_id == column.theme_id:
                    continue
                act = submenu.addAction(theme.name if theme else self.tr("No theme"))
                act.triggered.connect(lambda _=False, t=theme_id, i=tuple(ids):
                                      self.move_cards(i, t))
        menu.addAction(self.split_action)
        menu.addSeparator()
        menu.addAction(self.new_theme_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.merge_action)
        menu.addAction(self.delete_action)
        return menu
