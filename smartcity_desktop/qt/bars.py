"""A delegate that draws a horizontal bar in a cell: the value is a fraction in
``BAR_FRACTION`` and an optional colour in ``BAR_COLOUR``."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

BAR_FRACTION = Qt.ItemDataRole.UserRole + 10
BAR_COLOUR = Qt.ItemDataRole.UserRole + 11
DEFAULT_COLOUR = "#1f6f5c"


class BarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        fraction = index.data(BAR_FRACTION)
        if not fraction:
            return
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
        rect.setWidth(max(2.0, rect.width() * min(float(fraction), 1.0)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(index.data(BAR_COLOUR) or DEFAULT_COLOUR))
        painter.drawRoundedRect(rect, 2, 2)
        painter.restore()
