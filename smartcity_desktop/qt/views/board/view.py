"""The clustering board ("make sense"): ideas as cards in one column per theme, with a
"No theme" column first for the ideas still to be sorted.

Cards are dragged between columns, or moved with the keyboard (M picks a theme by typing its
name, Ctrl+Shift+Left/Right moves to the neighbouring theme). Themes are created, renamed,
merged, split and deleted from the toolbar, the context menu or their shortcuts. Every change is
one step on the undo stack and is announced on the ChangeBus.

Each column is a QListView over a small id-based model; a delegate paints the cards, so a
workshop of 2,000 ideas costs two queries and the cards on screen, not 2,000 widgets.

This module holds the view: its layout, the columns it shows and which one is current. The
columns and the cards are in :mod:`.columns`, :mod:`.model` and :mod:`.delegate`, the prompts in
:mod:`.dialogs`; what the actions do is in :mod:`.actions`, the context menu in :mod:`.menu` and
dragging in :mod:`.drag`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import SmartCityError
from ....services.ideas import clustering
from ....services.ideas.clustering import Board, BoardCard, ThemeInfo, name_key
from ....storage.database import Database
from ...icons import icon
from ...search_box import search_box
from ...undo import ChangeBus
from ..base import ScopedView
from .actions import BoardActions
from .columns import COLUMN_STYLE, ThemeColumn
from .delegate import CardDelegate
from .drag import BoardDragAndDrop
from .menu import BoardMenu
from .model import CardColumnModel


class BoardView(BoardActions, BoardMenu, BoardDragAndDrop, ScopedView):
    """Theme columns of the ideas of a workshop (or of a whole project)."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._board: Board | None = None
        self._columns: list[ThemeColumn] = []
        self._current: ThemeColumn | None = None
        self._dirty = True
        self._delegate = CardDelegate(self)
        self._build()
        self._connect_signals()
        self._update_actions()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(name, text, tip, shortcut=None) -> QAction:
            act = QAction(icon(name), text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                tip = f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
            return act

        self.move_action = action("move_to_theme", self.tr("&Move to theme…"),
                                  self.tr("Move the selected cards to a theme you pick by "
                                          "typing its name"), "M")
        self.new_theme_action = action("theme_new", self.tr("&New theme…"),
                                       self.tr("Add an empty theme"), "Ctrl+Shift+T")
        self.rename_action = action("rename", self.tr("&Rename theme…"),
                                    self.tr("Rename the current theme"), "F2")
        self.merge_action = action("merge", self.tr("Mer&ge into…"),
                                   self.tr("Merge the current theme into another one: its "
                                           "ideas move there and it is removed"), "Ctrl+Shift+M")
        self.split_action = action("split", self.tr("&Split into new theme…"),
                                   self.tr("Make a new theme of the selected cards"),
                                   "Ctrl+Shift+S")
        self.delete_action = action("theme_delete", self.tr("&Delete theme"),
                                    self.tr("Remove the current theme; its ideas go to "
                                            "“No theme”"))
        # Short texts on the toolbar buttons; the menus show the full ones.
        self.rename_action.setIconText(self.tr("Rename"))
        self.merge_action.setIconText(self.tr("Merge"))
        self.split_action.setIconText(self.tr("Split"))
        self.delete_action.setIconText(self.tr("Delete"))
        for act in (self.move_action, None, self.new_theme_action, self.rename_action,
                    self.merge_action, self.split_action, self.delete_action):
            self.toolbar.addSeparator() if act is None else self.toolbar.addAction(act)

        self.filter_edit = search_box(self, self.tr("Show only cards with…"),
                                      self.tr("Filter cards"))
        self.filter_edit.setToolTip(self.tr("Show only the cards whose text, title, "
                                            "participant code or table group contains this"))
        self.filter_edit.setMaximumWidth(260)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of cards"))

        self.columns_widget = QWidget(self)
        self.columns_widget.setStyleSheet(COLUMN_STYLE)
        self.columns_layout = QHBoxLayout(self.columns_widget)
        self.columns_layout.setContentsMargins(4, 4, 4, 4)
        self.columns_layout.setSpacing(8)
        self.columns_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.columns_widget)
        self.scroll.setAccessibleName(self.tr("Themes"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from column to column

        self.empty_label = QLabel(self.tr("Choose a project or a workshop on the left to "
                                          "sort its ideas into themes."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.hint_label = QLabel(self.tr(
            "Drag cards to another theme, or select them and press M. Ctrl+Shift+←/→ moves "
            "them one theme over, Ctrl+←/→ goes there. Enter opens a card, Ctrl+Z undoes."),
            self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.hint_label)
        self.empty_label.hide()

        self._autoscroll_timer = QTimer(self)
        self._autoscroll_timer.setInterval(30)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)

    def _connect_signals(self) -> None:
        self.move_action.triggered.connect(self.move_selected_with_picker)
        self.new_theme_action.triggered.connect(self.new_theme)
        self.rename_action.triggered.connect(self.rename_current_theme)
        self.merge_action.triggered.connect(self.merge_current_theme)
        self.split_action.triggered.connect(self.split_selected)
        self.delete_action.triggered.connect(self.delete_current_theme)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_board)
        self._autoscroll_timer.timeout.connect(self._autoscroll_tick)
        self._bus.ideas_changed.connect(self._on_changed)
        self._bus.structure_changed.connect(self._on_changed)
        self._bus.participants_changed.connect(self._on_changed)

    # ------------------------------------------------------------------ scope and data
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        if (project_id, workshop_id) != (self._project_id, self._workshop_id):
            self._project_id, self._workshop_id = project_id, workshop_id
            self._clear_columns()
            self._board = None
        self._dirty = True
        if self.isVisible():  # a hidden board reads the database when it is shown
            self.refresh()

    def _on_changed(self, *_args) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Read the board again and bring the columns up to date (a few changed cards are
        patched in place; selection and scroll positions are kept)."""
        self._dirty = False
        if self._project_id is None:
            self._board = None
        else:
            try:
                self._board = clustering.load_board(self._db, self._project_id,
                                                    self._workshop_id)
            except SmartCityError:  # the project or workshop is gone (e.g. another file)
                self._board = None
        self._apply_board()

    def _matches(self, card: BoardCard, key: str) -> bool:
        if not key:
            return True
        haystack = " ".join((card.text, card.title or "", card.participant_code,
                             card.table_group))
        return key in name_key(haystack)

    def _apply_board(self) -> None:
        board = self._board
        has_board = board is not None
        self.scroll.setVisible(has_board)
        self.hint_label.setVisible(has_board)
        self.empty_label.setVisible(not has_board)
        if not has_board:
            self._clear_columns()
            self.count_label.clear()
            self._update_actions()
            return
        key = name_key(self.filter_edit.text())
        wanted: list[ThemeInfo | None] = [None, *board.themes]
        by_id = {c.theme_id: c for c in self._columns}
        keep = {t.id if t else None for t in wanted}
        for column in list(self._columns):
            if column.theme_id not in keep:
                self._remove_column(column)
        cards_by_theme: dict[str | None, list[BoardCard]] = {}
        known = keep
        for card in board.cards:
            theme_id = card.theme_id if card.theme_id in known else None
            cards_by_theme.setdefault(theme_id, []).append(card)
        shown_total = 0
        show_workshop = board.workshop_id is None
        for position, theme in enumerate(wanted):
            theme_id = theme.id if theme else None
            column = by_id.get(theme_id)
            if column is None:
                column = self._add_column(theme)
            if self.columns_layout.indexOf(column) != position:  # keep the name order
                self.columns_layout.removeWidget(column)
                self.columns_layout.insertWidget(position, column)
            all_cards = cards_by_theme.get(theme_id, [])
            shown = [c for c in all_cards if self._matches(c, key)]
            column.model.show_workshop = show_workshop
            column.model.set_cards(shown)
            column.set_theme(theme, len(shown), len(all_cards))
            shown_total += len(shown)
        order = sorted(self._columns, key=lambda c: self.columns_layout.indexOf(c))
        if order != self._columns or any(c not in by_id.values() for c in order):
            # Tab goes through the columns in the order they are shown, also after a new
            # theme has been put between two others.
            previous = self.filter_edit
            for column in order:
                QWidget.setTabOrder(previous, column.list)
                previous = column.list
        self._columns = order
        total = len(board.cards)
        self.count_label.setText(
            self.tr("%n card(s)", "", total) if shown_total == total else
            self.tr("%1 of %n card(s)", "", total).replace("%1", str(shown_total)))
        if self._current not in self._columns:
            self._current = None
        self._mark_current()
        self._update_actions()

    def _add_column(self, theme: ThemeInfo | None) -> ThemeColumn:
        model = CardColumnModel(theme.id if theme else None, self._on_drop, self)
        column = ThemeColumn(theme, model, self._delegate, self.columns_widget)
        lst = column.list
        lst.focused.connect(lambda c=column: self._set_current(c))
        lst.neighbour_requested.connect(lambda step, c=column: self._focus_neighbour(c, step))
        lst.move_to_neighbour_requested.connect(
            lambda step, c=column: self._move_to_neighbour(c, step))
        lst.drag_hover.connect(lambda on, c=column: c.set_flag("dropTarget", on))
        lst.selectionModel().selectionChanged.connect(
            lambda *_a, c=column: self._on_selection_changed(c))
        lst.activated.connect(lambda index, c=column: self.edit_card(c, index))
        lst.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lst.customContextMenuRequested.connect(
            lambda pos, c=column: self._show_menu(c, c.list.viewport().mapToGlobal(pos)))
        column.menu_requested.connect(lambda pos, c=column: self._show_menu(c, pos))
        column.rename_requested.connect(lambda c=column: (self._set_current(c),
                                                          self.rename_current_theme()))
        for watched in (lst.viewport(), column):
            watched.installEventFilter(self)
        self._columns.append(column)
        return column

    def _remove_column(self, column: ThemeColumn) -> None:
        self._columns.remove(column)
        if self._current is column:
            self._current = None
        self.columns_layout.removeWidget(column)
        column.hide()
        column.deleteLater()

    def _clear_columns(self) -> None:
        for column in list(self._columns):
            self._remove_column(column)

    # ------------------------------------------------------------------ current column
    def columns(self) -> list[ThemeColumn]:
        return list(self._columns)

    def column_of(self, theme_id: str | None) -> ThemeColumn | None:
        for column in self._columns:
            if column.theme_id == theme_id:
                return column
        return None

    def current_column(self) -> ThemeColumn | None:
        return self._current

    def _set_current(self, column: ThemeColumn) -> None:
        if self._current is not column:
            previous = self._current
            self._current = column
            if previous is not None and previous in self._columns:
                # One column's selection at a time: "the selected cards" are never in two.
                previous.list.clearSelection()
            self._mark_current()
            self._update_actions()
        self.scroll.ensureWidgetVisible(column, 0, 0)

    def _mark_current(self) -> None:
        for column in self._columns:
            column.set_flag("current", column is self._current)

    def _on_selection_changed(self, column: ThemeColumn) -> None:
        if column.list.selectionModel().hasSelection() and self._current is not column:
            self._set_current(column)
        self._update_actions()

    def selected_ids(self) -> list[str]:
        column = self._current
        if column is None:
            return []
        rows = sorted(i.row() for i in column.list.selectionModel().selectedIndexes())
        return [column.model.card_at(r).id for r in rows if column.model.card_at(r)]

    def _update_actions(self, *_args) -> None:
        has_board = self._board is not None
        column = self._current
        real_theme = column is not None and column.theme is not None
        has_cards = bool(self.selected_ids())
        self.new_theme_action.setEnabled(has_board)
        self.move_action.setEnabled(has_cards)
        self.split_action.setEnabled(has_cards)
        self.rename_action.setEnabled(real_theme)
        self.delete_action.setEnabled(real_theme)
        self.merge_action.setEnabled(real_theme and has_board and len(self._board.themes) > 1)

    def focus_column(self, column: ThemeColumn, select_ids: Sequence[str] = ()) -> None:
        """Put the keyboard focus in ``column`` and select ``select_ids`` there."""
        self._set_current(column)
        lst = column.list
        rows = [r for r in (column.model.row_of(i) for i in select_ids) if r is not None]
        if rows:
            selection = QItemSelection()
            for row in rows:
                index = column.model.index(row)
                selection.select(index, index)
            lst.selectionModel().select(selection,
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
            lst.selectionModel().setCurrentIndex(column.model.index(rows[0]),
                                                 QItemSelectionModel.SelectionFlag.NoUpdate)
            lst.scrollTo(column.model.index(rows[0]))
        lst.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def _focus_neighbour(self, column: ThemeColumn, step: int) -> None:
        index = self._columns.index(column) + step
        if 0 <= index < len(self._columns):
            target = self._columns[index]
            row = max(column.list.currentIndex().row(), 0)
            self.focus_column(target)
            if target.model.rowCount():
                index_ = target.model.index(min(row, target.model.rowCount() - 1))
                target.list.setCurrentIndex(index_)
