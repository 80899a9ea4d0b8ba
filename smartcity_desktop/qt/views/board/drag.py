"""Drag and drop on the board (the :class:`BoardDragAndDrop` mixin of the view): a drop moves
the cards, and a drag near the board's edge scrolls the columns."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

AUTOSCROLL_EDGE = 48   # px from the board's edge where a drag scrolls the columns
AUTOSCROLL_STEP = 24


class BoardDragAndDrop:
    """Dragging cards on :class:`.view.BoardView`, a mixin: a drop on a column moves the
    cards to its theme, and a card held near the left or right edge scrolls the columns."""

    def _on_drop(self, idea_ids: list[str], theme_id: str | None) -> bool:
        return self.move_cards(idea_ids, theme_id)

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
