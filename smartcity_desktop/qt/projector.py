"""The projector window: what the room sees during a workshop.

A second top-level window, usually full screen on the projector: the current activity and its
timer (the Run view's :class:`~smartcity_desktop.qt.run_clock.RunClock`), the newest ideas and
how many ideas each theme has, updating live as ideas are captured.

It shows only idea text, idea titles, theme names and counts, never anything about who wrote
an idea (participant codes, demographic answers, contact details): its data comes from
``services.run.latest_ideas`` and ``services.overview.ideas_by_theme``, which select no such
column. High contrast and type sized from the window height, to be read from the back of a room.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import SmartCityError
from ..services.workshop import overview, run
from ..storage.database import Database
from .icons import icon
from .run_clock import ClockState, Phase, RunClock
from .undo import ChangeBus

IDEAS_SHOWN = 6
IDEA_LINES = 3
THEMES_SHOWN = 7
REFRESH_DELAY_MS = 100  # a burst of captured ideas refreshes the screen once

BACKGROUND = "#0f1419"
PANEL = "#1c252e"
TEXT = "#f5f7fa"
MUTED = "#a9b7c4"
ACCENT = "#ffcc4d"
BAR = "#4dd0a8"
TIME_UP = "#ff5a5a"
TIME_UP_FLASH = "#d32f2f"
PAUSED = "#ffb74d"

STYLE = f"""
QWidget#projector {{ background: {BACKGROUND}; }}
QWidget#projector QLabel {{ color: {TEXT}; background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="theme"] {{ color: {BAR}; }}
QFrame[role="card"] {{ background: {PANEL}; border-left: 6px solid {BAR}; border-radius: 6px; }}
QFrame[role="card"][newest="true"] {{ border-left: 6px solid {ACCENT}; }}
QFrame#controls {{ background: #26323d; border-radius: 6px; }}
QFrame#controls QLabel {{ color: {TEXT}; }}
"""


def _is_rtl(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class WrappedElidedLabel(QLabel):
    """Word-wrapped text cut after ``max_lines`` lines with an ellipsis; ``text()`` keeps the
    whole text. Right-to-left scripts lay out right to left."""

    def __init__(self, max_lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def _option(self, wrap: bool = True) -> QTextOption:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap
                           else QTextOption.WrapMode.NoWrap)
        # The paragraph's direction is that of its first strong character (as in browsers),
        # decided once for the whole text so the elided last line runs the same way.
        rtl = _is_rtl(self.text())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        return option

    def _lines(self, text: str, width: float, wrap: bool = True) -> tuple[QTextLayout, list]:
        layout = QTextLayout(text, self.font())
        layout.setTextOption(self._option(wrap))
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(line)
        layout.endLayout()
        return layout, lines

    def _flat(self) -> str:
        return " ".join(self.text().split())  # line breaks of the original do not count here

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if not self.text():
            return 0
        margins = self.contentsMargins()
        _, lines = self._lines(self._flat(), max(1, width - margins.left() - margins.right()))
        shown = max(1, min(len(lines), self._max_lines))
        return int(shown * self.fontMetrics().lineSpacing()) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, self.fontMetrics().lineSpacing())

    def paintEvent(self, event) -> None:  # noqa: N802
        text = self._flat()
        if not text:
            return
        rect = self.contentsRect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        layout, lines = self._lines(text, rect.width())
        spacing = self.fontMetrics().lineSpacing()
        # As many lines as asked for and as fit: a squeezed label elides rather than clips.
        room = max(1, min(self._max_lines, int(rect.height() // spacing)))
        for n, line in enumerate(lines[:room]):
            y = rect.top() + n * spacing
            last = n == room - 1 and len(lines) > room
            if not last:
                line.draw(painter, QPointF(rect.left(), y - line.y()))
                continue
            rest = text[line.textStart():]
            elided = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight,
                                                   rect.width())
            # One line, never wrapped: shaping may measure a hair wider than the metrics did,
            # and a wrapped tail would lose its ellipsis.
            tail, tail_lines = self._lines(elided, rect.width(), wrap=False)
            if tail_lines:
                tail_lines[0].draw(painter, QPointF(rect.left(), y))
        painter.end()


class Bar(QWidget):
    """A plain horizontal bar: ``fraction`` of its width filled."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        painter.setBrush(QColor(PANEL))
        painter.drawRoundedRect(rect, 4, 4)
        if self.fraction:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height() / 2, rect.width() * self.fraction))
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                filled.moveRight(rect.right())
            painter.setBrush(QColor(BAR))
            painter.drawRoundedRect(filled, 4, 4)
        painter.end()


class IdeaCard(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.title_label = WrappedElidedLabel(1, self)
        self.text_label = WrappedElidedLabel(IDEA_LINES, self)
        self.theme_label = QLabel(self)
        self.theme_label.setProperty("role", "theme")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.theme_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_idea(self, idea: run.PublicIdea | None, newest: bool = False) -> None:
        self.setProperty("newest", "true" if newest else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        if idea is None:
            self.hide()
            return
        self.title_label.setText(idea.title or "")
        self.title_label.setVisible(bool(idea.title))
        self.text_label.setText(idea.text)
        self.theme_label.setText(idea.theme)
        self.theme_label.setVisible(bool(idea.theme))
        self.setAccessibleName(idea.title or idea.text[:80])
        self.show()


class ProjectorWindow(QWidget):
    """The room's screen. ``clock`` is the Run view's clock (shared state)."""

    def __init__(self, db: Database, bus: ChangeBus, clock: RunClock, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._db = db
        self._bus = bus
        self.clock = clock
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The main window decides when the app ends; an open projector must not keep it alive.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("Projector — Smart City Co-Creation"))
        self.setStyleSheet(STYLE)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(palette)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_ideas)
        clock.updated.connect(self._show_clock)
        clock.scope_changed.connect(self.refresh_ideas)
        bus.ideas_changed.connect(lambda _change: self._refresh_timer.start())
        bus.structure_changed.connect(self._refresh_timer.start)
        app = QGuiApplication.instance()
        app.screenAdded.connect(lambda _s: self._fill_screens())
        app.screenRemoved.connect(lambda _s: self._fill_screens())
        self.resize(1280, 720)
        self._apply_sizes()
        self.refresh_ideas()
        self._show_clock()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.fullscreen_action = QAction(icon("fullscreen"), self.tr("Full screen"), self)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.setToolTip(self.tr("Full screen on the chosen screen (F11; Esc "
                                                  "leaves full screen)"))
        self.fullscreen_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen)
        self.leave_action = QAction(self.tr("Leave full screen"), self)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_action.triggered.connect(self.leave_fullscreen)
        self.close_action = QAction(self.tr("Close the projector window"), self)
        self.close_action.triggered.connect(self.close)
        for action in (self.fullscreen_action, self.leave_action, self.close_action):
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # Controls for the facilitator; hidden while full screen (right-click still works).
        self.controls = QFrame(self)
        self.controls.setObjectName("controls")
        screen_label = QLabel(self.tr("Show on:"), self.controls)
        self.screen_combo = QComboBox(self.controls)
        self.screen_combo.setAccessibleName(self.tr("Screen for the projector window"))
        self.screen_combo.setToolTip(self.tr("The screen (projector) to show this window on"))
        screen_label.setBuddy(self.screen_combo)
        self.screen_combo.activated.connect(self._on_screen_chosen)
        fullscreen_button = QToolButton(self.controls)
        fullscreen_button.setDefaultAction(self.fullscreen_action)
        fullscreen_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        fullscreen_button.setAccessibleName(self.tr("Full screen"))
        hint = QLabel(self.tr("F11 full screen · Esc leaves · right-click for options"),
                      self.controls)
        hint.setProperty("role", "muted")
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(10, 4, 10, 4)
        bar.addWidget(screen_label)
        bar.addWidget(self.screen_combo)
        bar.addWidget(fullscreen_button)
        bar.addStretch(1)
        bar.addWidget(hint)
        self._fill_screens()

        # The clock.
        self.workshop_label = QLabel(self)
        self.workshop_label.setProperty("role", "muted")
        self.activity_label = WrappedElidedLabel(2, self)
        self.activity_label.setAccessibleName(self.tr("Current activity"))
        self.timer_label = QLabel(self)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.cue_label = QLabel(self)
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_label = WrappedElidedLabel(1, self)
        self.next_label.setProperty("role", "muted")
        left = QVBoxLayout()
        left.addWidget(self.workshop_label)
        left.addWidget(self.activity_label)
        left.addWidget(self.next_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.timer_label)
        right.addWidget(self.cue_label)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)

        # The ideas.
        self.ideas_title = QLabel(self)
        self.ideas_title.setProperty("role", "muted")
        self.cards = [IdeaCard(self) for _ in range(IDEAS_SHOWN)]
        self.no_ideas = QLabel(self.tr("The newest ideas appear here as they are captured."),
                               self)
        self.no_ideas.setProperty("role", "muted")
        self.no_ideas.setWordWrap(True)
        self.no_ideas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid = QGridLayout()
        grid.setSpacing(14)
        for n, card in enumerate(self.cards):
            grid.addWidget(card, n // 2, n % 2)
        for row in range((IDEAS_SHOWN + 1) // 2):
            grid.setRowStretch(row, 1)
        ideas = QVBoxLayout()
        ideas.addWidget(self.ideas_title)
        ideas.addWidget(self.no_ideas)
        ideas.addLayout(grid, 1)

        # Ideas per theme.
        self.themes_title = QLabel(self.tr("Ideas per theme"), self)
        self.themes_title.setProperty("role", "muted")
        self.theme_rows = []
        themes_grid = QGridLayout()
        themes_grid.setHorizontalSpacing(10)
        themes_grid.setVerticalSpacing(4)
        for n in range(THEMES_SHOWN):
            name = WrappedElidedLabel(1, self)
            count = QLabel(self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar_widget = Bar(self)
            themes_grid.addWidget(name, 2 * n, 0, 1, 2)
            themes_grid.addWidget(bar_widget, 2 * n + 1, 0)
            themes_grid.addWidget(count, 2 * n + 1, 1)
            self.theme_rows.append((name, bar_widget, count))
        themes_grid.setColumnStretch(0, 1)
        themes = QVBoxLayout()
        themes.addWidget(self.themes_title)
        themes.addLayout(themes_grid)
        themes.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(ideas, 5)
        body.addLayout(themes, 2)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.controls)
        self.main_layout.addLayout(top)
        self.main_layout.addSpacing(8)
        self.main_layout.addLayout(body, 1)

    def _apply_sizes(self) -> None:
        """Type scales with the window, so it reads the same on any projector."""
        unit = max(9.0, min(self.height() / 40, self.width() / 64))

        def font(scale: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(10, int(unit * scale)))
            f.setBold(bold)
            return f

        timer = font(6.2, True)
        timer.setFamily("DejaVu Sans")
        self.timer_label.setFont(timer)
        self.activity_label.setFont(font(2.5, True))
        self.workshop_label.setFont(font(1.1))
        self.cue_label.setFont(font(1.7, True))
        self.next_label.setFont(font(1.3))
        self.ideas_title.setFont(font(1.2, True))
        self.themes_title.setFont(font(1.2, True))
        self.no_ideas.setFont(font(1.4))
        for card in self.cards:
            card.title_label.setFont(font(1.45, True))
            card.text_label.setFont(font(1.4))
            card.theme_label.setFont(font(1.0))
            card.layout().setContentsMargins(int(unit), int(unit * 0.6), int(unit),
                                             int(unit * 0.6))
        for name, bar_widget, count in self.theme_rows:
            name.setFont(font(1.2))
            count.setFont(font(1.3, True))
            bar_widget.setFixedHeight(max(8, int(unit * 0.8)))
        m = int(unit * 1.2)
        self.main_layout.setContentsMargins(m, int(unit * 0.6), m, m)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_sizes()

    # ------------------------------------------------------------------ screens
    def _fill_screens(self) -> None:
        current = self.screen()
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        for n, screen in enumerate(QGuiApplication.screens(), 1):
            size = screen.geometry().size()
            name = screen.name() or self.tr("Screen")
            self.screen_combo.addItem(f"{n}: {name} ({size.width()}\u00d7{size.height()})")
            if screen is current:
                self.screen_combo.setCurrentIndex(n - 1)
        self.screen_combo.blockSignals(False)

    def _on_screen_chosen(self, index: int) -> None:
        screens = QGuiApplication.screens()
        if 0 <= index < len(screens):
            self.move_to_screen(screens[index])

    def move_to_screen(self, screen, fullscreen: bool | None = None) -> None:
        """Show the window on ``screen``; full screen if asked (default: as it is now)."""
        full = self.isFullScreen() if fullscreen is None else fullscreen
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        area = screen.availableGeometry()
        self.resize(min(1280, area.width()), min(720, area.height()))
        self.move(area.center() - self.rect().center())
        if full:
            self.showFullScreen()
        else:
            self.show()
        self._fill_screens()
        self._update_controls()

    def place_on_preferred_screen(self, main_screen=None) -> None:
        """A screen other than the facilitator's, full screen; with one screen, a window."""
        others = [s for s in QGuiApplication.screens() if s is not main_screen]
        if main_screen is not None and others:
            self.move_to_screen(others[0], fullscreen=True)
        else:
            self.move_to_screen(main_screen or QGuiApplication.primaryScreen(), False)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._update_controls()

    def leave_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self._update_controls()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_controls()  # also when the window manager changed it

    def _update_controls(self) -> None:
        self.controls.setVisible(not self.isFullScreen())
        self.fullscreen_action.setText(self.tr("Leave full screen") if self.isFullScreen()
                                       else self.tr("Full screen"))

    # ------------------------------------------------------------------ content
    def _show_clock(self) -> None:
        state: ClockState = self.clock.state()
        self.workshop_label.setText(state.workshop)
        if state.phase == Phase.READY:
            self.activity_label.setText(self.tr("Starting soon: %s") % state.activity)
        elif state.phase in (Phase.RUNNING, Phase.PAUSED):
            self.activity_label.setText(state.activity)
        else:
            self.activity_label.setText(state.cue_text)
        self.timer_label.setText(state.time_text if state.phase in (
            Phase.RUNNING, Phase.PAUSED, Phase.READY) else "")
        cue = state.cue_text if state.phase in (Phase.RUNNING, Phase.PAUSED) else ""
        self.cue_label.setText(cue)
        self.next_label.setText(self.tr("Up next: %s") % state.up_next
                                if state.up_next and state.phase in (Phase.RUNNING, Phase.PAUSED)
                                else "")
        if state.time_up:
            style = (f"color: white; background: {TIME_UP_FLASH}; border-radius: 16px;"
                     if state.blink_on else f"color: {TIME_UP}; background: transparent;")
            self.timer_label.setStyleSheet(style + "padding: 0 16px;")
            self.cue_label.setStyleSheet(f"color: {TIME_UP};")
        elif state.phase == Phase.PAUSED:
            self.timer_label.setStyleSheet(f"color: {PAUSED}; padding: 0 16px;")
            self.cue_label.setStyleSheet(f"color: {PAUSED};")
        elif state.phase == Phase.READY:
            self.timer_label.setStyleSheet(f"color: {MUTED}; padding: 0 16px;")
            self.cue_label.setStyleSheet("")
        else:
            self.timer_label.setStyleSheet(f"color: {ACCENT}; padding: 0 16px;")
            self.cue_label.setStyleSheet("")

    def refresh_ideas(self) -> None:
        """Re-read the newest ideas and the theme counts of the clock's workshop."""
        self._refresh_timer.stop()
        workshop_id, project_id = self.clock.workshop_id, self.clock.project_id
        ideas: list[run.PublicIdea] = []
        themes: list[tuple[str, int]] = []
        if workshop_id and project_id:
            try:
                ideas = run.latest_ideas(self._db, workshop_id, IDEAS_SHOWN)
                themes = overview.ideas_by_theme(self._db, project_id, workshop_id)
            except SmartCityError:
                ideas, themes = [], []
        total = sum(count for _, count in themes)
        self.ideas_title.setText(self.tr("Newest ideas · %n so far", "", total))
        for n, card in enumerate(self.cards):
            card.show_idea(ideas[n] if n < len(ideas) else None, newest=n == 0)
        self.no_ideas.setVisible(not ideas)
        shown = [(name, count) for name, count in themes if count][:THEMES_SHOWN]
        highest = max([count for _, count in shown] + [1])
        for n, (name_label, bar_widget, count_label) in enumerate(self.theme_rows):
            visible = n < len(shown)
            for widget in (name_label, bar_widget, count_label):
                widget.setVisible(visible)
            if visible:
                name, count = shown[n]
                name_label.setText(name or self.tr("No theme yet"))
                count_label.setText(str(count))
                bar_widget.set_fraction(count / highest)
                bar_widget.setAccessibleName(f"{name_label.text()}: {count}")
        self.themes_title.setVisible(bool(shown))
