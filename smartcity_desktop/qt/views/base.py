"""What every tab of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...storage.database import Database
from ..undo import ChangeBus


class ScopedView(QWidget):
    """A view of one project or one of its workshops: the main window calls
    :meth:`set_scope` when the navigation changes and shows ``status_message`` texts."""

    status_message = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._stack = undo_stack
        self._bus = bus
        self._project_id: str | None = None
        self._workshop_id: str | None = None

    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        raise NotImplementedError

    def _workshop_hint(self, text: str) -> QLabel:
        """The page a workshop view shows while only a project (or nothing) is selected."""
        hint = QLabel(text, self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setStyleSheet("font-size: 14pt; color: palette(placeholder-text);")
        hint.setAccessibleName(QCoreApplication.translate("ScopedView", "No workshop chosen"))
        return hint

    def _hint_or_page(self, hint: QLabel) -> QWidget:
        """Lay the view out as two pages, ``hint`` (page 0, while no workshop is chosen) and
        the page returned (page 1) for the view's own widgets; ``self.pages`` switches them."""
        self.pages = QStackedWidget(self)
        self.hint = hint
        self.pages.addWidget(hint)
        page = QWidget(self)
        self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        return page


class RefreshWhenShown:
    """For views whose refresh is costly (counting 100,000 ideas): after a change they
    refresh only while shown, at most once per burst of changes, and catch up when shown
    again. Call :meth:`_init_refresh_when_shown` in ``__init__`` and :meth:`_refreshed` at the
    start of ``refresh()``; connect change signals to :meth:`_data_changed`."""

    REFRESH_DELAY_MS = 300

    def _init_refresh_when_shown(self) -> None:
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

    def _data_changed(self, *args) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_or_defer(self) -> None:
        """Refresh now if shown, else when next shown (a new scope for a hidden tab)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
            self._refresh_timer.stop()

    def _refreshed(self) -> None:
        self._stale = False
        self._refresh_timer.stop()

    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        """The navigation changed: read again, now if shown, else when shown."""
        self._project_id = project_id
        self._workshop_id = workshop_id
        self._refresh_or_defer()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()
