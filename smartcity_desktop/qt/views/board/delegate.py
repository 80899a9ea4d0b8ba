"""How a card looks: :class:`CardDelegate` paints the cards of a column (kind, SDG chips,
three lines of text, where the idea came from), so a column costs no widget per card."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ....core.sdgs import SDG_BY_NUMBER
from ....services.ideas.clustering import BoardCard
from ... import labels
from ...icons import icon
from .common import (
    CARD_BORDER,
    CARD_INK,
    CARD_MUTED,
    COLUMN_MIN_WIDTH,
    KIND_COLOURS,
    ROLE_CARD,
    ROLE_ORIGIN,
    TEXT_LINES,
)


def _is_rtl(text: str) -> bool:
    """Whether the first letter with a strong direction is right-to-left (Arabic, Hebrew …)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


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
