"""A theme column (:class:`ThemeColumn`): the theme's name and number of cards over the list
of its cards (:class:`CardList`), which takes part in dragging cards and in moving them
with the keyboard. ``COLUMN_STYLE`` is the style sheet of the columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
)

from ....services.ideas.clustering import ThemeInfo
from ...icons import icon
from .common import CARD_MUTED, COLUMN_MAX_WIDTH, COLUMN_MIN_WIDTH, NARROW_WIDTH, theme_colour
from .delegate import CardDelegate
from .model import CardColumnModel


class CardList(QListView):
    """The cards of one column. Ctrl+Left/Right go to the neighbouring column,
    Ctrl+Shift+Left/Right move the selected cards there."""

    neighbour_requested = Signal(int)       # -1 / +1
    move_to_neighbour_requested = Signal(int)
    focused = Signal()
    drag_hover = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        # The column's colour shows through (a style sheet here would restyle the scroll bar).
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.empty_text = ""

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(CARD_MUTED)
            painter.drawText(self.viewport().rect().adjusted(12, 24, -12, -12),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.ShiftModifier
                                    | Qt.KeyboardModifier.AltModifier)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is not None and mods == Qt.KeyboardModifier.ControlModifier:
            self.neighbour_requested.emit(step)
            return
        if step is not None and mods == (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.ShiftModifier):
            self.move_to_neighbour_requested.emit(step)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        model, selection = self.model(), self.selectionModel()
        if (event.reason() != Qt.FocusReason.MouseFocusReason and model is not None
                and model.rowCount() and not selection.hasSelection()):
            # Coming in with Tab: the card with the focus is the one M, F2 … act on.
            current = self.currentIndex()
            if not current.isValid():
                current = model.index(0, 0)
            selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.focused.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.focused.emit()
        super().mousePressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        super().dragEnterEvent(event)
        self.drag_hover.emit(event.isAccepted())

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        # Wherever the card is held over the column, it goes to the column's theme.
        model = self.model()
        if model is not None and model.canDropMimeData(event.mimeData(), event.dropAction(),
                                                       -1, 0, QModelIndex()):
            super().dragMoveEvent(event)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        super().dragLeaveEvent(event)
        self.drag_hover.emit(False)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.drag_hover.emit(False)
        model = self.model()
        if model is not None and model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction,
                                                    -1, 0, QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)

    def startDrag(self, supported_actions) -> None:  # noqa: N802
        # Only moves: a "copy" of an idea to a second theme is not a thing.
        super().startDrag(Qt.DropAction.MoveAction)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when the column is too narrow for the name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 20)))


class ThemeColumn(QFrame):
    """A column: the theme's name and number of cards over the list of its cards."""

    menu_requested = Signal(QPoint)
    rename_requested = Signal()

    def __init__(self, theme: ThemeInfo | None, model: CardColumnModel,
                 delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.model = model
        self.setObjectName("themeColumn")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAcceptDrops(True)
        self.setProperty("current", False)
        self.setProperty("dropTarget", False)
        self.setProperty("unthemed", theme is None)

        self.stripe = QFrame(self)
        self.stripe.setFixedHeight(4)
        self.name_label = ElidedLabel(self)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countBadge")
        self.menu_button = QToolButton(self)
        self.menu_button.setIcon(icon("menu"))
        self.menu_button.setAutoRaise(True)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the context menu key does it
        self.menu_button.clicked.connect(
            lambda: self.menu_requested.emit(self.menu_button.mapToGlobal(
                QPoint(0, self.menu_button.height()))))
        self.list = CardList(self)
        self.list.setModel(model)
        self.list.setItemDelegate(delegate)

        header = QHBoxLayout()
        header.setContentsMargins(8, 2, 2, 0)
        header.setSpacing(6)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.count_label)
        header.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.stripe)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        self.set_theme(theme, model.rowCount(), model.rowCount())

    @property
    def theme_id(self) -> str | None:
        return self.theme.id if self.theme else None

    def name(self) -> str:
        return self.theme.name if self.theme else self.tr("No theme")

    def set_theme(self, theme: ThemeInfo | None, shown: int, total: int) -> None:
        self.theme = theme
        self.name_label.set_full_text(self.name())
        self.count_label.setText(str(total) if shown == total else
                                 self.tr("%1 of %2").replace("%1", str(shown))
                                 .replace("%2", str(total)))
        colour = theme_colour(theme)
        self.stripe.setStyleSheet(f"background: {colour.name()}; border-radius: 2px;")
        if total and not shown:
            empty = QCoreApplication.translate("BoardView", "No card here matches the filter.")
        elif theme is None:
            empty = QCoreApplication.translate(
                "BoardView", "Every card has a theme. Drop a card here to take it out of its "
                "theme.")
        else:
            empty = QCoreApplication.translate(
                "BoardView", "No cards yet. Drag cards here, or select cards and press M.")
        self.list.empty_text = empty if not shown else ""
        self.list.viewport().update()
        # An empty "No theme" column gives its room to the themes.
        narrow = theme is None and total == 0
        self.setMinimumWidth(NARROW_WIDTH if narrow else COLUMN_MIN_WIDTH)
        self.setMaximumWidth(NARROW_WIDTH if narrow else COLUMN_MAX_WIDTH)
        if theme is None:
            tip = self.tr("Ideas without a theme yet: drag them to a theme, or select them "
                          "and press M.")
        else:
            tip = self.tr("%1\n%n idea(s) here", "", total).replace("%1", theme.name)
            if theme.total != theme.in_scope:
                tip += "\n" + self.tr("%n idea(s) in the whole project", "", theme.total)
        self.name_label.setToolTip(tip)
        self.count_label.setToolTip(tip)
        self.menu_button.setToolTip(self.tr("Theme actions"))
        self.menu_button.setAccessibleName(self.tr("Actions for the theme %1")
                                           .replace("%1", self.name()))
        self.list.setAccessibleName(self.tr("Theme %1, %n card(s)", "", total)
                                    .replace("%1", self.name()))
        self.setAccessibleName(self.name())

    def set_flag(self, name: str, value: bool) -> None:
        if self.property(name) != value:
            self.setProperty(name, value)
            self.style().unpolish(self)
            self.style().polish(self)

    # The header and the margins are drop targets too (the list handles its own area).
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self.model.canDropMimeData(event.mimeData(), event.dropAction(), -1, 0,
                                      QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.set_flag("dropTarget", True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.set_flag("dropTarget", False)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.set_flag("dropTarget", False)
        if self.model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, 0,
                                   QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self.theme is not None:
            self.rename_requested.emit()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self.menu_requested.emit(event.globalPos())


COLUMN_STYLE = """
QFrame#themeColumn { background: #eef1f4; border: 1px solid #d5dbe0; border-radius: 6px; }
QFrame#themeColumn[unthemed="true"] { background: #f6f6f2; border: 1px dashed #b7bcc0; }
QFrame#themeColumn[current="true"] { border: 2px solid #7aa2d6; }
QFrame#themeColumn[dropTarget="true"] { background: #d3e4fa; border: 3px dashed #1565c0; }
QLabel#countBadge { background: #d9dfe5; color: #2f3b45; border-radius: 8px;
                    padding: 0px 7px; }
"""
