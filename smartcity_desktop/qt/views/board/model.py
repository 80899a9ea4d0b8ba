"""The cards of one theme column as a list model (:class:`CardColumnModel`), and a card in
words: its text, where it came from, and the whole card for tooltips and screen readers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
)

from ....services.ideas.clustering import BoardCard
from ... import labels
from .common import MIME_IDEAS, ROLE_CARD, ROLE_ID, ROLE_ORIGIN

BULK_CHANGE = 300      # above this many changed cards a column is reset, not patched


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
