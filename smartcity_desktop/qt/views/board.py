"""The clustering board ("make sense"): ideas as cards in one column per theme, with a
"No theme" column first for the ideas still to be sorted.

Cards are dragged between columns, or moved with the keyboard (M picks a theme by typing its
name, Ctrl+Shift+Left/Right moves to the neighbouring theme). Themes are created, renamed,
merged, split and deleted from the toolbar, the context menu or their shortcuts. Every change is
one step on the undo stack and is announced on the ChangeBus.

Each column is a QListView over a small id-based model; a delegate paints the cards, so a
workshop of 2,000 ideas costs two queries and the cards on screen, not 2,000 widgets.
"""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ...core.sdgs import SDG_BY_NUMBER
from ...services.commands import Change, Command
from ...services.ideas import clustering
from ...services.ideas.clustering import Board, BoardCard, ThemeInfo, name_key
from ...services.ideas.clustering_commands import (
    CreateTheme,
    DeleteTheme,
    MergeThemes,
    MoveIdeasToTheme,
    RenameTheme,
    SplitTheme,
)
from ...storage.database import Database
from .. import labels
from ..errors import error_text
from ..icons import icon
from ..idea_actions import edit_idea
from ..search_box import search_box
from ..undo import ChangeBus, push
from .base import ScopedView

MIME_IDEAS = "application/x-smartcity-idea-ids"
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_CARD = Qt.ItemDataRole.UserRole + 1
ROLE_ORIGIN = Qt.ItemDataRole.UserRole + 2

NO_THEME = None
COLUMN_MIN_WIDTH = 250
COLUMN_MAX_WIDTH = 340
NARROW_WIDTH = 150
TEXT_LINES = 3
BULK_CHANGE = 300      # above this many changed cards a column is reset, not patched
AUTOSCROLL_EDGE = 48   # px from the board's edge where a drag scrolls the columns
AUTOSCROLL_STEP = 24

CARD_INK = QColor("#1f2a33")
CARD_MUTED = QColor("#55626d")
CARD_BORDER = QColor("#c3ccd4")
KIND_COLOURS = {  # (accent, card background) as in the Capture view's need / idea buttons
    "need": (QColor("#b45f06"), QColor("#fdf3e7")),
    "idea": (QColor("#2e7d32"), QColor("#edf6ed")),
}
THEME_COLOURS = ("#1565c0", "#2e7d32", "#b45f06", "#6a1b9a", "#00838f", "#c62828", "#5d4037",
                 "#ad1457", "#455a64", "#827717")


def theme_colour(theme: ThemeInfo | None) -> QColor:
    if theme is None:
        return QColor("#8a949c")
    if theme.colour and QColor(theme.colour).isValid():
        return QColor(theme.colour)
    return QColor(THEME_COLOURS[zlib.crc32(theme.id.encode()) % len(THEME_COLOURS)])


def _is_rtl(text: str) -> bool:
    """Whether the first letter with a strong direction is right-to-left (Arabic, Hebrew …)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def origin_text(card: BoardCard, show_workshop: bool = False) -> str:
    """Where a card came from: "Paper form · W1-003", "Sticky note · Table 3", "Kiosk"."""
    parts = [labels.idea_source(card.source)]
    if card.participant_code:
        parts.append(card.participant_code)  # the code names its workshop already
    else:
        if show_workshop:
            parts.append(card.workshop_code)
        if card.table_group:
            parts.append(card.table_group)
    return " · ".join(parts)


def card_text(card: BoardCard) -> str:
    text = " ".join(card.text.split())
    return f"{card.title} — {text}" if card.title else text


def describe_card(card: BoardCard, show_workshop: bool = False) -> str:
    """The whole card in words (tooltip and screen readers)."""
    sdgs = ", ".join(str(n) for n in card.sdgs)
    text = QCoreApplication.translate("BoardView", "%1: %2\nFrom: %3") \
        .replace("%1", labels.idea_kind(card.kind)) \
        .replace("%3", origin_text(card, show_workshop)).replace("%2", card_text(card))
    if sdgs:
        text += "\n" + QCoreApplication.translate("BoardView", "SDGs: %1").replace("%1", sdgs)
    return text


# --------------------------------------------------------------------------- model


class CardColumnModel(QAbstractListModel):
    """The cards of one theme column (``theme_id`` None: "No theme"), oldest first.

    Drops of cards from other columns are handed to ``drop_handler(idea_ids, theme_id)``; the
    move itself comes back through the ChangeBus, so this model never removes rows for a
    drag (``removeRows`` refuses)."""

    def __init__(self, theme_id: str | None, drop_handler: Callable[[list[str], str | None], bool],
                 parent=None) -> None:
        super().__init__(parent)
        self.theme_id = theme_id
        self.show_workshop = False
        self._drop_handler = drop_handler
        self._cards: list[BoardCard] = []
        self._rows: dict[str, int] = {}

    # ------------------------------------------------------------------ contents
    @property
    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def ids(self) -> list[str]:
        return [c.id for c in self._cards]

    def row_of(self, idea_id: str) -> int | None:
        return self._rows.get(idea_id)

    def card_at(self, row: int) -> BoardCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def _reindex(self) -> None:
        self._rows = {c.id: n for n, c in enumerate(self._cards)}

    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        """Show ``cards`` (sorted oldest first). A few changes are applied as row removals and
        insertions, so the selection and scroll position of the other cards are kept."""
        new = list(cards)
        old_ids = {c.id for c in self._cards}
        new_ids = {c.id for c in new}
        gone, coming = old_ids - new_ids, new_ids - old_ids
        if not self._cards or not new or len(gone) + len(coming) > BULK_CHANGE:
            if [c for c in new] != self._cards:
                self.beginResetModel()
                self._cards = new
                self._reindex()
                self.endResetModel()
            return
        for row in sorted((self._rows[i] for i in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cards[row]
            self.endRemoveRows()
        for row, card in enumerate(new):
            if card.id in coming:
                self.beginInsertRows(QModelIndex(), row, row)
                self._cards.insert(row, card)
                self.endInsertRows()
            elif self._cards[row] != card:  # same idea, new text, SDGs …
                self._cards[row] = card
                self.dataChanged.emit(self.index(row), self.index(row))
        self._reindex()

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        card = self.card_at(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card_text(card)
        if role == ROLE_ID:
            return card.id
        if role == ROLE_CARD:
            return card
        if role == ROLE_ORIGIN:
            return origin_text(card, self.show_workshop)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_card(card, self.show_workshop)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_IDEAS]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        cards = [self._cards[r] for r in rows]
        mime = QMimeData()
        mime.setData(MIME_IDEAS, QByteArray("\n".join(c.id for c in cards).encode()))
        mime.setText("\n".join(card_text(c) for c in cards))  # a drop into a text editor
        return mime

    @staticmethod
    def ids_in(mime: QMimeData) -> list[str]:
        if mime is None or not mime.hasFormat(MIME_IDEAS):
            return []
        raw = bytes(mime.data(MIME_IDEAS).data()).decode("utf-8", "replace")
        return [i for i in raw.split("\n") if i]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        ids = self.ids_in(data)
        return bool(ids) and any(i not in self._rows for i in ids)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        ids = [i for i in self.ids_in(data) if i not in self._rows]
        if not ids:
            return False
        return self._drop_handler(ids, self.theme_id)

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: N802
        return False  # a drag never removes cards; the move arrives through the ChangeBus


# --------------------------------------------------------------------------- painting


class CardDelegate(QStyledItemDelegate):
    """Paints a card: kind and SDG chips on top, the text (three lines at most), and where
    the idea came from at the bottom."""

    MARGIN = 4   # around the card, inside the item
    PAD = 8      # inside the card
    GAP = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._icons: dict[str, object] = {}

    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.88, 7.0))
        bold = QFont(small)
        bold.setBold(True)
        return base, small, bold

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        base, small, _ = self._fonts(option)
        fm, sm = QFontMetrics(base), QFontMetrics(small)
        height = (2 * (self.MARGIN + self.PAD) + sm.height() + self.GAP
                  + fm.lineSpacing() * TEXT_LINES + self.GAP + sm.height())
        return QSize(COLUMN_MIN_WIDTH - 30, height)

    def _source_pixmap(self, source: str, size: int):
        key = f"{source}:{size}"
        if key not in self._icons:
            name = f"source_{source}"
            try:
                self._icons[key] = icon(name).pixmap(size, size)
            except KeyError:
                self._icons[key] = None
        return self._icons[key]

    def paint(self, painter: QPainter, option, index) -> None:
        card: BoardCard | None = index.data(ROLE_CARD)
        if card is None:
            return
        base, small, bold = self._fonts(option)
        fm, sm = QFontMetrics(base), QFontMetrics(small)
        accent, background = KIND_COLOURS.get(card.kind, KIND_COLOURS["idea"])
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        highlight = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        frame = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        fill = QColor(background)
        if selected:
            fill = QColor(background).darker(108)
        painter.setPen(QPen(highlight if selected else CARD_BORDER, 2.0 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(frame, 6, 6)
        # The kind's colour as a bar down the left edge.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left() + 1.5, rect.top() + 5, 4, rect.height() - 10),
                                2, 2)

        inner = rect.adjusted(self.PAD + 5, self.PAD - 2, -self.PAD, -self.PAD + 2)
        # Top row: the kind, and the SDG numbers as chips in their official colours.
        painter.setFont(bold)
        painter.setPen(accent)
        kind = labels.idea_kind(card.kind).upper()
        kind_width = sm.horizontalAdvance(kind) + 4
        painter.drawText(QRect(inner.left(), inner.top(), kind_width + 8, sm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, kind)
        x = inner.right() + 1
        chip_h = sm.height()
        shown = 0
        for number in reversed(card.sdgs):
            label = str(number)
            width = sm.horizontalAdvance(label) + 10
            if x - width < inner.left() + kind_width + 8:
                break
            x -= width
            chip = QRectF(x, inner.top(), width, chip_h)
            sdg = SDG_BY_NUMBER.get(number)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(sdg.colour) if sdg else CARD_MUTED)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x -= 3
            shown += 1
        if shown < len(card.sdgs):  # no room for every chip: say how many are left out
            painter.setPen(CARD_MUTED)
            more = f"+{len(card.sdgs) - shown}"
            painter.drawText(QRect(x - sm.horizontalAdvance(more) - 2, inner.top(),
                                   sm.horizontalAdvance(more), chip_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, more)

        # The text: the title in bold on its own line, then as many lines as fit.
        y = inner.top() + sm.height() + self.GAP
        lines_left = TEXT_LINES
        painter.setPen(CARD_INK)
        if card.title:
            title_font = QFont(base)
            title_font.setBold(True)
            painter.setFont(title_font)
            title = QFontMetrics(title_font).elidedText(" ".join(card.title.split()),
                                                        Qt.TextElideMode.ElideRight,
                                                        inner.width())
            align = Qt.AlignmentFlag.AlignRight if _is_rtl(card.title) else \
                Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRect(inner.left(), y, inner.width(), fm.lineSpacing()),
                             align | Qt.AlignmentFlag.AlignVCenter, title)
            y += fm.lineSpacing()
            lines_left -= 1
        painter.setFont(base)
        text = " ".join(card.text.split())
        align = Qt.AlignmentFlag.AlignRight if _is_rtl(text) else Qt.AlignmentFlag.AlignLeft
        for line in wrap_lines(text, base, inner.width(), lines_left):
            painter.drawText(QRect(inner.left(), y, inner.width(), fm.lineSpacing()),
                             align | Qt.AlignmentFlag.AlignVCenter, line)
            y += fm.lineSpacing()

        # Bottom row: where it came from.
        painter.setFont(small)
        painter.setPen(CARD_MUTED)
        bottom = QRect(inner.left(), inner.bottom() - sm.height() + 1, inner.width(),
                       sm.height())
        icon_size = sm.height() - 2
        pixmap = self._source_pixmap(card.source, icon_size)
        text_left = bottom.left()
        if pixmap is not None:
            painter.drawPixmap(bottom.left(), bottom.top() + 1, pixmap)
            text_left += icon_size + 4
        origin = index.data(ROLE_ORIGIN) or ""
        painter.drawText(QRect(text_left, bottom.top(), bottom.right() - text_left,
                               bottom.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sm.elidedText(origin, Qt.TextElideMode.ElideRight,
                                       bottom.right() - text_left))
        if focused:
            pen = QPen(highlight, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(2.5, 2.5, -2.5, -2.5), 4, 4)
        painter.restore()


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` pixels; the last line
    ends with "…" when the text is longer."""
    if max_lines <= 0 or not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans = []
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start:start + length].strip() for start, length in spans]
    if spans:
        start, length = spans[-1]
        if start + length < len(text):
            lines[-1] = QFontMetrics(font).elidedText(text[start:], Qt.TextElideMode.ElideRight,
                                                      width)
    return lines


# --------------------------------------------------------------------------- columns


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


# --------------------------------------------------------------------------- dialogs


class ThemeNameDialog(QDialog):
    """Asks for a theme name. ``apply(name)`` does the change; a refusal is shown in the
    dialog, which stays open with nothing changed."""

    def __init__(self, title: str, prompt: str, apply: Callable[[str], None], text: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._apply = apply
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.name_edit = QLineEdit(text, self)
        self.name_edit.setAccessibleName(QCoreApplication.translate("BoardView", "Theme name"))
        self.name_edit.setMaxLength(400)  # the service explains the real limit (200)
        self.prompt.setBuddy(self.name_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(QCoreApplication.translate("BoardView", "Problem"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.name_edit.selectAll()

    def _on_accept(self) -> None:
        try:
            self._apply(self.name_edit.text())
        except SmartCityError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self.adjustSize()  # room for the message
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self.accept()


class ThemePicker(QDialog):
    """Choose a theme by typing part of its name (Up/Down and Enter, or a double click).
    With ``allow_new`` a name that no theme has yet can be chosen as a new theme.

    After ``exec()``: ``choice`` is ``("theme", theme_id)``, ``("none", None)`` for "No theme"
    or ``("new", name)``."""

    def __init__(self, title: str, prompt: str, themes: Sequence[ThemeInfo], *,
                 include_none: bool = True, allow_new: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._themes = list(themes)
        self._include_none = include_none
        self._allow_new = allow_new
        self.choice: tuple[str, str | None] | None = None
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find a theme"))
        self.search.setAccessibleName(QCoreApplication.translate("BoardView", "Theme name"))
        self.prompt.setBuddy(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("BoardView", "Themes"))
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self._on_accept())
        self.resize(440, 420)
        self._fill("")

    def _fill(self, text: str) -> None:
        key = name_key(text)
        self.list.clear()
        exact = False
        no_theme = QCoreApplication.translate("BoardView", "No theme")
        if self._include_none and (not key or key in name_key(no_theme)):
            item = QListWidgetItem(no_theme, self.list)
            item.setData(ROLE_ID, ("none", None))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        for theme in self._themes:
            theme_key = name_key(theme.name)
            if key and key not in theme_key:
                continue
            exact = exact or theme_key == key
            item = QListWidgetItem(theme.name, self.list)
            item.setData(ROLE_ID, ("theme", theme.id))
            item.setToolTip(theme.name)
        if self._allow_new and key and not exact:  # last: a theme that matches comes first
            name = " ".join(text.split())
            item = QListWidgetItem(icon("theme_new"), QCoreApplication.translate(
                "BoardView", "New theme “%1”").replace("%1", name), self.list)
            item.setData(ROLE_ID, ("new", name))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.list.count() > 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _on_accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.choice = item.data(ROLE_ID)
        self.accept()


# --------------------------------------------------------------------------- the view


class BoardView(ScopedView):
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

    # ------------------------------------------------------------------ moving cards
    def _on_drop(self, idea_ids: list[str], theme_id: str | None) -> bool:
        return self.move_cards(idea_ids, theme_id)

    def move_cards(self, idea_ids: Sequence[str], theme_id: str | None) -> bool:
        """Move cards to a theme as one undoable step; the target column gets them selected."""
        ids = tuple(dict.fromkeys(idea_ids))
        if not ids or self._project_id is None:
            return False
        target = self.column_of(theme_id)
        name = target.name() if target else QCoreApplication.translate("BoardView", "No theme")
        try:
            change = self._push(MoveIdeasToTheme(self._db, ids, theme_id, self._project_id),
                                self.tr("Move %n card(s) to “%1”", "", len(ids))
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
        self.status_message.emit(self.tr("%n card(s) moved to “%1”. Undo with Ctrl+Z.", "",
                                         moved).replace("%1", name))
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
                             self.tr("Move %n card(s) to which theme? Type a few letters of "
                                     "its name, or a new name.", "", len(ids)),
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
                           self.tr("New theme “%1” with %n card(s)", "", len(ids))
                           .replace("%1", name))
                new_id = command.theme_id
        except SmartCityError:
            raise  # the name dialog shows it and stays open
        self._after_theme_change(new_id, ids)
        self.status_message.emit(self.tr("New theme “%1” with %n card(s). Undo with Ctrl+Z.",
                                         "", len(ids)).replace("%1", name))
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
        prompt = self.tr("Merge “%1” into which theme? Its %n idea(s) move there (in every "
                         "workshop of the project) and “%1” is removed. The theme you choose "
                         "keeps its name.", "", source.total).replace("%1", source.name)
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
            prompt = self.tr("Name of the new theme for the %n selected card(s):", "", len(ids))
        else:
            prompt = self.tr("Name of the new theme for the %n selected card(s) of “%1”:", "",
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
        self.status_message.emit(self.tr("Theme “%1” deleted; its %n idea(s) have no theme "
                                         "now. Undo with Ctrl+Z.", "", len(change.updated))
                                 .replace("%1", theme.name))

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

    # ------------------------------------------------------------------ drag autoscroll
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            self._check_autoscroll()
        elif event.type() in (QEvent.Type.Drop, QEvent.Type.DragLeave):
            if event.type() == QEvent.Type.Drop:
                self._autoscroll_timer.stop()
        return super().eventFilter(watched, event)

    def _edge_step(self) -> int:
        viewport = self.scroll.viewport()
        x = viewport.mapFromGlobal(QCursor.pos()).x()
        if x < AUTOSCROLL_EDGE:
            return -AUTOSCROLL_STEP
        if x > viewport.width() - AUTOSCROLL_EDGE:
            return AUTOSCROLL_STEP
        return 0

    def _check_autoscroll(self) -> None:
        if self._edge_step() and not self._autoscroll_timer.isActive():
            self._autoscroll_timer.start()

    def _autoscroll_tick(self) -> None:
        step = self._edge_step()
        if not step or QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._autoscroll_timer.stop()
            return
        bar = self.scroll.horizontalScrollBar()
        bar.setValue(bar.value() + step)
