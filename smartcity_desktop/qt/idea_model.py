"""The ideas table model: holds only row ids and fetches the rows it shows in pages, so a
list of 100,000 ideas costs one id query and the 40 or so rows on screen."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.sdgs import SDG_BY_NUMBER
from ..services.commands import Change
from ..services.ideas import capture
from ..services.ideas.capture import IdeaQuery, IdeaRow
from ..storage.database import Database
from . import labels
from .paged_rows import PAGE, IdeaRows, cached_row

BULK_CHANGE = 200  # above this many changed ideas, re-run the query instead


class IdeaTableModel(IdeaRows, QAbstractTableModel):
    COLUMNS = ("text", "kind", "theme", "sdgs", "author", "source", "status", "workshop",
               "created")

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = IdeaQuery()
        self._rowids: list[int] = []
        self._pages: OrderedDict[int, dict[int, IdeaRow]] = OrderedDict()
        self._headers = labels.idea_columns()

    # -------------------------------------------------------------- loading
    @property
    def query(self) -> IdeaQuery:
        return self._query

    def set_query(self, query: IdeaQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rowids = capture.idea_rowids(self._db, self._query) if (
            self._query.project_id or self._query.workshop_id) else []
        self._pages.clear()
        self.endResetModel()

    def row_at(self, row: int) -> IdeaRow | None:
        return cached_row(self._pages, self._rowids, row,
                          lambda ids: capture.fetch_idea_rows(self._db, ids))

    # -------------------------------------------------------------- changes
    def apply_change(self, change: Change) -> None:
        """Update only the rows a write touched; the list is never reloaded for a save."""
        if not (self._query.project_id or self._query.workshop_id):
            return
        if len(change.added) + len(change.updated) + len(change.removed) > BULK_CHANGE:
            self.reload()  # one query beats thousands of position look-ups (imports, undo)
            return
        for idea_id in change.removed:
            self._remove(idea_id)
        arriving: list[tuple[int, str]] = []
        for idea_id in change.updated:
            # An edit may move the idea in or out of a filtered list.
            position = capture.position_in(self._db, self._query, idea_id)
            row = self.row_of(idea_id)
            if position is None and row is not None:
                self._remove(idea_id)
            elif position is not None and row is None:
                arriving.append((position, idea_id))
            elif row is not None:
                self._pages.pop(row // PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        for idea_id in change.added:
            if self.row_of(idea_id) is None:
                position = capture.position_in(self._db, self._query, idea_id)
                if position is not None:
                    arriving.append((position, idea_id))
        # Positions are final positions in the full list: inserting them in ascending order
        # puts every row where it belongs, whatever order the ids came in (e.g. the order
        # rows were selected in before a delete that is now undone).
        for position, idea_id in sorted(arriving):
            self._insert(idea_id, position)

    def _remove(self, idea_id: str) -> None:
        row = self.row_of(idea_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rowids[row]
            self._pages.clear()
            self.endRemoveRows()

    def _insert(self, idea_id: str, position: int) -> None:
        position = min(position, len(self._rowids))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rowids.insert(position, capture.rowid_of(self._db, idea_id))
        self._pages.clear()
        self.endInsertRows()

    # -------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.UserRole):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        column = self.COLUMNS[index.column()]
        if column == "text":
            text = f"{item.title} — {item.text}" if item.title else item.text
            return text if role == Qt.ItemDataRole.ToolTipRole else text.replace("\n", " ")
        if column == "kind":
            return labels.idea_kind(item.kind)
        if column == "theme":
            return item.theme
        if column == "sdgs":
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{n}. {labels.sdg_title(n)}" for n in item.sdgs
                                 if n in SDG_BY_NUMBER)
            return " ".join(str(n) for n in item.sdgs)
        if column == "author":
            return item.author
        if column == "source":
            return labels.idea_source(item.source)
        if column == "status":
            return labels.idea_status(item.status)
        if column == "workshop":
            return item.workshop_code
        if column == "created":
            return item.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return None
