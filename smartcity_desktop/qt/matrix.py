"""The impact/effort matrix: a 2×2 grid (effort left → right, impact bottom → top) with four
labelled quadrants, where the ideas of a round are cards that can be dragged with the mouse or
moved with the arrow keys. Cards not placed yet wait in a tray beside the grid.

The widget knows nothing about the database: it emits :attr:`ImpactEffortMatrix.placed`
(idea id, impact, effort) when a card comes to rest, and the view saves it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

SIZE = 600.0            # the grid, in scene units
TRAY_GAP = 24.0
TRAY_WIDTH = 170.0
CARD_W = 150.0
CARD_H = 44.0
STEP = 0.05             # one arrow key press
FINE_STEP = 0.01        # with Shift
AXIS_MARGIN = 34.0      # room for the axis titles

QUICK_WINS = "quick_wins"
MAJOR_PROJECTS = "major_projects"
FILL_INS = "fill_ins"
THANKLESS = "thankless_tasks"

# (key, high impact?, low effort?, tint)
QUADRANTS = ((QUICK_WINS, True, True, "#e3f4e6"),
              (MAJOR_PROJECTS, True, False, "#e3edf8"),
              (FILL_INS, False, True, "#f6f3e2"),
              (THANKLESS, False, False, "#f8e6e4"))


def quadrant_title(key: str) -> str:
    return {
        QUICK_WINS: QCoreApplication.translate("Matrix", "Quick wins"),
        MAJOR_PROJECTS: QCoreApplication.translate("Matrix", "Major projects"),
        FILL_INS: QCoreApplication.translate("Matrix", "Fill-ins"),
        THANKLESS: QCoreApplication.translate("Matrix", "Thankless tasks"),
    }[key]


def quadrant_hint(key: str) -> str:
    return {
        QUICK_WINS: QCoreApplication.translate("Matrix", "high impact, low effort"),
        MAJOR_PROJECTS: QCoreApplication.translate("Matrix", "high impact, high effort"),
        FILL_INS: QCoreApplication.translate("Matrix", "low impact, low effort"),
        THANKLESS: QCoreApplication.translate("Matrix", "low impact, high effort"),
    }[key]


def quadrant_of(impact: float, effort: float) -> str:
    high = impact >= 0.5
    low_effort = effort < 0.5
    for key, q_high, q_low, _tint in QUADRANTS:
        if q_high == high and q_low == low_effort:
            return key
    raise AssertionError("unreachable")


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def to_scene(impact: float, effort: float) -> QPointF:
    """The centre of a card at (impact, effort)."""
    return QPointF(effort * SIZE, (1.0 - impact) * SIZE)


def from_scene(point: QPointF) -> tuple[float, float]:
    """(impact, effort), clamped to the grid."""
    return _clamp(1.0 - point.y() / SIZE), _clamp(point.x() / SIZE)


@dataclass(frozen=True)
class MatrixIdea:
    idea_id: str
    text: str
    rank: int | None = None
    rank_label: str = ""     # e.g. "=3" for a tied rank; default: the rank

    @property
    def badge(self) -> str:
        return self.rank_label or (str(self.rank) if self.rank is not None else "")


class IdeaCard(QGraphicsObject):
    """One idea: a rounded card with its rank and the start of its text. Centred on its
    position. Focusable: the arrow keys move it (Shift for small steps)."""

    def __init__(self, matrix: ImpactEffortMatrix, idea: MatrixIdea) -> None:
        super().__init__()
        self.matrix = matrix
        self.idea = idea
        self.placement: tuple[float, float] | None = None  # (impact, effort) once placed
        self._press_pos: QPointF | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(idea.text)
        self.setAcceptHoverEvents(True)
        font = QFont()
        font.setPointSizeF(8.5)
        self._font = font
        metrics = QFontMetrics(font)
        badge = idea.badge
        self._badge = badge
        self._badge_w = max(20, QFontMetrics(font).horizontalAdvance(badge) + 10) if badge else 0
        text_width = int(CARD_W - (self._badge_w + 12 if badge else 10))
        lines = []
        rest = " ".join(idea.text.split())
        for _ in range(2):
            if not rest:
                break
            fit = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, text_width)
            if fit == rest or len(lines) == 1:
                lines.append(fit)
                break
            # break at the last space that fits
            cut = len(fit.rstrip("…"))
            space = rest.rfind(" ", 0, cut)
            cut = space if space > 0 else cut
            lines.append(rest[:cut])
            rest = rest[cut:].strip()
        self._lines = lines

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-CARD_W / 2 - 2, -CARD_H / 2 - 2, CARD_W + 4, CARD_H + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
        selected = self.isSelected()
        placed = self.placement is not None
        painter.setPen(QPen(QColor("#1565c0" if selected else "#6b7780"), 3 if selected else 1))
        painter.setBrush(QColor("#fffbe6" if placed else "#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        x = rect.left() + 6
        if self._badge:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#2f5d8a"))
            badge_rect = QRectF(rect.left() + 4, -10, self._badge_w, 20)
            painter.drawRoundedRect(badge_rect, 10, 10)
            badge_font = QFont(self._font)
            badge_font.setBold(True)
            painter.setFont(badge_font)
            painter.setPen(QColor("white"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, self._badge)
            x = badge_rect.right() + 6
        painter.setFont(self._font)
        painter.setPen(QColor("#1d262d"))
        line_h = QFontMetrics(self._font).height()
        top = -line_h * len(self._lines) / 2
        for n, line in enumerate(self._lines):
            painter.drawText(QRectF(x, top + n * line_h, rect.right() - x - 4, line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)

    # ---------------------------------------------------------------- mouse and keys
    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press_pos = QPointF(self.pos())
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)
        if self._press_pos is not None and self.pos() != self._press_pos:
            self.matrix._dropped(self)
        self._press_pos = None

    def focusInEvent(self, event) -> None:  # noqa: N802
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        self.matrix.ensureVisible(self, 10, 10)
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        step = FINE_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        moves = {Qt.Key.Key_Up: (step, 0.0), Qt.Key.Key_Down: (-step, 0.0),
                 Qt.Key.Key_Left: (0.0, -step), Qt.Key.Key_Right: (0.0, step)}
        if key in moves:
            impact, effort = self.placement or (0.5, 0.5)
            d_impact, d_effort = moves[key] if self.placement else (0.0, 0.0)
            self.matrix.move_card(self, _clamp(round(impact + d_impact, 4)),
                                  _clamp(round(effort + d_effort, 4)))
            event.accept()
            return
        super().keyPressEvent(event)


class ImpactEffortMatrix(QGraphicsView):
    """``placed(idea_id, impact, effort)`` is emitted when a card is dropped on the grid or
    moved with the keys."""

    placed = Signal(str, float, float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Matrix", "Impact and effort matrix"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "Matrix", "Tab to an idea, then move it with the arrow keys (Shift for small "
            "steps). Ideas not placed yet are in the tray on the right."))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.cards: dict[str, IdeaCard] = {}
        self._draw_grid()
        self._tray_height = SIZE
        self._update_scene_rect()

    # ---------------------------------------------------------------- drawing
    def _draw_grid(self) -> None:
        half = SIZE / 2
        title_font = QFont()
        title_font.setPointSizeF(13)
        title_font.setBold(True)
        hint_font = QFont()
        hint_font.setPointSizeF(9)
        for key, high, low, tint in QUADRANTS:
            x = 0.0 if low else half
            y = 0.0 if high else half
            rect = QGraphicsRectItem(x, y, half, half)
            rect.setBrush(QBrush(QColor(tint)))
            rect.setPen(QPen(QColor("#9aa5ad"), 1))
            rect.setZValue(-10)
            self._scene.addItem(rect)
            title = QGraphicsSimpleTextItem(quadrant_title(key))
            title.setFont(title_font)
            title.setBrush(QColor("#33414b"))
            title.setPos(x + 10, y + 8)
            title.setZValue(-9)
            self._scene.addItem(title)
            hint = QGraphicsSimpleTextItem(quadrant_hint(key))
            hint.setFont(hint_font)
            hint.setBrush(QColor("#5b6770"))
            hint.setPos(x + 10, y + 30)
            hint.setZValue(-9)
            self._scene.addItem(hint)
        frame = QGraphicsRectItem(0, 0, SIZE, SIZE)
        frame.setPen(QPen(QColor("#33414b"), 2))
        frame.setZValue(-8)
        self._scene.addItem(frame)
        axis_font = QFont()
        axis_font.setPointSizeF(10)
        axis_font.setBold(True)
        effort = QGraphicsSimpleTextItem(QCoreApplication.translate(
            "Matrix", "Effort: low  →  high"))
        effort.setFont(axis_font)
        effort.setPos(SIZE / 2 - effort.boundingRect().width() / 2, SIZE + 8)
        self._scene.addItem(effort)
        impact = QGraphicsSimpleTextItem(QCoreApplication.translate(
            "Matrix", "Impact: low  →  high"))
        impact.setFont(axis_font)
        impact.setRotation(-90)
        impact.setPos(-AXIS_MARGIN + 4, SIZE / 2 + impact.boundingRect().width() / 2)
        self._scene.addItem(impact)
        self._tray_title = QGraphicsTextItem()
        self._tray_title.setTextWidth(TRAY_WIDTH)
        self._tray_title.setHtml("<b>%s</b><br><span style='color:#5b6770'>%s</span>" % (
            QCoreApplication.translate("Matrix", "Not placed yet"),
            QCoreApplication.translate("Matrix", "Drag onto the matrix, or Tab to a card "
                                                 "and press an arrow key")))
        self._tray_title.setPos(SIZE + TRAY_GAP, -4)
        self._scene.addItem(self._tray_title)

    def _tray_top(self) -> float:
        return self._tray_title.boundingRect().height() + 4

    def _update_scene_rect(self) -> None:
        bottom = max(SIZE + 34, self._tray_height)
        self._scene.setSceneRect(QRectF(-AXIS_MARGIN, -8,
                                        SIZE + TRAY_GAP + TRAY_WIDTH + AXIS_MARGIN + 8,
                                        bottom + 16))
        self._fit()

    def _fit(self) -> None:
        rect = self._scene.sceneRect()
        # Fit the width; a long tray scrolls.
        if rect.width() <= 0 or self.viewport().width() <= 0:
            return
        scale = min(self.viewport().width() / rect.width(),
                    self.viewport().height() / min(rect.height(), SIZE + 60))
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    # ---------------------------------------------------------------- content
    def set_ideas(self, ideas: list[MatrixIdea],
                  placements: dict[str, tuple[float, float]]) -> None:
        """Show ``ideas`` (best first); those in ``placements`` on the grid, the others in the
        tray."""
        selected = self.selected_id()
        for card in self.cards.values():
            self._scene.removeItem(card)
            card.deleteLater()
        self.cards = {}
        for idea in ideas:
            card = IdeaCard(self, idea)
            card.setZValue(1)
            self._scene.addItem(card)
            self.cards[idea.idea_id] = card
            where = placements.get(idea.idea_id)
            if where is not None:
                card.placement = (_clamp(where[0]), _clamp(where[1]))
                card.setPos(to_scene(*card.placement))
        self._layout_tray()
        if selected in self.cards:
            self.cards[selected].setSelected(True)

    def _layout_tray(self) -> None:
        y = self._tray_top() + CARD_H / 2
        x = SIZE + TRAY_GAP + CARD_W / 2 + 4
        for card in self.cards.values():
            if card.placement is None:
                card.setPos(x, y)
                y += CARD_H + 8
        self._tray_height = y
        self._update_scene_rect()

    def selected_id(self) -> str | None:
        for idea_id, card in self.cards.items():
            if card.isSelected():
                return idea_id
        return None

    def select(self, idea_id: str) -> None:
        card = self.cards.get(idea_id)
        if card is None:
            return
        self._scene.clearSelection()
        card.setSelected(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scene.setFocusItem(card)
        self.ensureVisible(card, 10, 10)

    def placement_of(self, idea_id: str) -> tuple[float, float] | None:
        card = self.cards.get(idea_id)
        return card.placement if card else None

    def card_centre_in_view(self, idea_id: str):
        """Where a card's centre is, in viewport coordinates (for tests and tools)."""
        return self.mapFromScene(self.cards[idea_id].pos())

    def scene_point_in_view(self, impact: float, effort: float):
        return self.mapFromScene(to_scene(impact, effort))

    def event(self, event) -> bool:
        # Tab / Shift+Tab go from card to card (best first), then on out of the matrix.
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            ids = list(self.cards)
            current = self.selected_id() if self.hasFocus() else None
            if ids:
                if current is None:
                    target = ids[0] if forward else ids[-1]
                else:
                    n = ids.index(current) + (1 if forward else -1)
                    target = ids[n] if 0 <= n < len(ids) else None
                if target is not None:
                    self.select(target)
                    return True
            self._scene.clearSelection()
            self._scene.setFocusItem(None)
            return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self._scene.focusItem() is None and self.cards and \
                event.reason() != Qt.FocusReason.MouseFocusReason:
            self.select(self.selected_id() or next(iter(self.cards)))

    # ---------------------------------------------------------------- moves
    def move_card(self, card: IdeaCard, impact: float, effort: float) -> None:
        was_placed = card.placement is not None
        card.placement = (impact, effort)
        card.setPos(to_scene(impact, effort))
        card.update()
        if not was_placed:
            self._layout_tray()
        self.ensureVisible(card, 10, 10)
        self.placed.emit(card.idea.idea_id, impact, effort)

    def _dropped(self, card: IdeaCard) -> None:
        centre = card.pos()
        inside = -CARD_W / 4 <= centre.x() <= SIZE + CARD_W / 4 and \
            -CARD_H / 2 <= centre.y() <= SIZE + CARD_H / 2
        if not inside and card.placement is None:
            self._layout_tray()  # dropped outside the grid: back to the tray, nothing saved
            return
        impact, effort = from_scene(centre)
        self.move_card(card, round(impact, 4), round(effort, 4))
