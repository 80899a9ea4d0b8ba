"""The Decisions view's table model (ideas with their latest status, fetched page by page)
and the delegate that draws one step of an idea's status log."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ....core.enums import IdeaStatus
from ....services.ideas import lifecycle
from ....services.ideas.lifecycle import DecisionRow
from ....storage.database import Database
from ... import labels
from ...paged_rows import IdeaRows, cached_row
from ...status_dialog import status_icon

LOG_ROW = Qt.ItemDataRole.UserRole + 1


class DecisionModel(IdeaRows, QAbstractTableModel):
    """Ideas with their status, lazily: row ids for the whole list, rows fetched by page."""

    COLUMNS = ("text", "workshop", "status", "date")
    SORTS = {"text": "text", "workshop": "workshop", "status": "status", "date": "date"}

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._project_id: str | None = None
        self._workshop_id: str | None = None
        self._status: IdeaStatus | None = None
        self._text = ""
        self._sort = "date"
        self._descending = True
        self._rowids: list[int] = []
        self._pages: OrderedDict[int, dict[int, DecisionRow]] = OrderedDict()

    # -------------------------------------------------------------- loading
    def set_scope(self, project_id: str | None, workshop_id: str | None,
                  reload: bool = True) -> None:
        self._project_id, self._workshop_id = project_id, workshop_id
        if reload:
            self.reload()

    def set_filter(self, status: IdeaStatus | None, text: str) -> None:
        self._status, self._text = status, text
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.SORTS[self.COLUMNS[column]]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rowids = lifecycle.decision_rowids(
            self._db, self._project_id, self._workshop_id, self._status, self._text,
            self._sort, self._descending)
        self._pages.clear()
        self.endResetModel()

    def row_at(self, row: int) -> DecisionRow | None:
        return cached_row(self._pages, self._rowids, row,
                          lambda ids: lifecycle.fetch_decision_rows(self._db, ids))

    # -------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "text": self.tr("Idea"), "workshop": self.tr("Workshop"),
            "status": self.tr("Status"), "date": self.tr("Last change"),
        }[self.COLUMNS[section]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "date":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.UserRole):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(item.status) if column == "status" else None
        if column == "text":
            text = f"{item.title} — {item.text}" if item.title else item.text
            return text if role == Qt.ItemDataRole.ToolTipRole else text.replace("\n", " ")
        if column == "workshop":
            return item.workshop_code
        if column == "status":
            if role == Qt.ItemDataRole.ToolTipRole and item.status_reason:
                return f"{labels.idea_status(item.status)}: {item.status_reason}"
            return labels.idea_status(item.status)
        if column == "date":
            if item.status_date is None:
                return self.tr("no decision yet") if role == Qt.ItemDataRole.ToolTipRole \
                    else "–"
            return item.status_date.isoformat()
        return None


class LogDelegate(QStyledItemDelegate):
    """One step of an idea's path: the date and the change (and who decided) in bold, the
    reason below, wrapped to the width of the list. Measured and painted with the same text
    layout, so text in any script or direction is never cut off."""

    PAD = 6
    ICON = 18

    def _texts(self, index) -> tuple[str, str]:
        date, change, reason, who = index.data(LOG_ROW) or ("", "", "", "")
        head = f"{date}   {change}"
        if who:
            head += "   · " + who
        return head, reason

    def _text_width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(80, width - self.ICON - 3 * self.PAD)

    def _heights(self, option, index, width: int) -> tuple[int, int]:
        head, reason = self._texts(index)
        bold = QFont(option.font)
        bold.setBold(True)
        flags = int(Qt.TextFlag.TextWordWrap)
        head_h = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 100000), flags, head).height()
        reason_h = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, width, 100000), flags, reason).height() if reason else 0
        return head_h, reason_h

    def sizeHint(self, option, index):  # noqa: N802
        width = self._text_width(option)
        head_h, reason_h = self._heights(option, index, width)
        return QSize(width + self.ICON + 3 * self.PAD,
                     head_h + reason_h + 2 * self.PAD + (2 if reason_h else 0))

    def paint(self, painter: QPainter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        head, reason = self._texts(index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        width = rect.width() - self.ICON - 3 * self.PAD
        head_h, reason_h = self._heights(option, index, width)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            colour = option.palette.highlightedText().color()
        elif foreground is not None:
            colour = foreground.color() if isinstance(foreground, QBrush) else QColor(foreground)
        else:
            colour = option.palette.text().color()
        painter.save()
        icon_ = index.data(Qt.ItemDataRole.DecorationRole)
        if icon_ is not None:
            icon_.paint(painter, QRect(rect.left() + self.PAD, rect.top() + self.PAD,
                                       self.ICON, self.ICON))
        left = rect.left() + self.ICON + 2 * self.PAD
        flags = int(Qt.TextFlag.TextWordWrap)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(colour)
        painter.setFont(bold)
        painter.drawText(QRect(left, rect.top() + self.PAD, width, head_h), flags, head)
        if reason:
            painter.setFont(option.font)
            painter.drawText(QRect(left, rect.top() + self.PAD + head_h + 2, width, reason_h),
                             flags, reason)
        painter.restore()
