"""Building blocks of the kiosk's pages: a layout that wraps like words, rows of big toggle
buttons (at most one chosen), the idea's text box, and helpers for labels, buttons, scrolling
pages and centred columns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..icons import icon


class FlowLayout(QLayout):
    """Lays widgets out in lines that wrap, like words (right to left in RTL languages)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 14) -> None:
        super().__init__(parent)
        self._items = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else \
            Qt.LayoutDirection.LeftToRight
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            if x > area.x() and x + width > area.x() + area.width():
                x, y, line = area.x(), y + line + self._gap, 0
            if apply:
                box = QRect(QPoint(x, y), QSize(width, hint.height()))
                item.setGeometry(QStyle.visualRect(direction, area, box))
            x += width + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def _choice_icon() -> QIcon:
    result = QIcon()
    size = QSize(32, 32)
    result.addPixmap(icon("choice_off").pixmap(size), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(icon("choice_on").pixmap(size), QIcon.Mode.Normal, QIcon.State.On)
    return result


class ChoiceRow(QWidget):
    """Big toggle buttons of which at most one is chosen. Pressing the chosen one again
    clears the choice, so "nothing chosen" stays possible (it means "not answered")."""

    changed = Signal()

    def __init__(self, name: str, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.buttons: dict[str, QPushButton] = {}
        layout = FlowLayout(self)
        mark = _choice_icon()
        for key, text in choices:
            button = QPushButton(text.replace("&", "&&"), self)
            button.setCheckable(True)
            button.setIcon(mark)
            button.setIconSize(QSize(32, 32))
            button.setAccessibleName(f"{name}: {text}")
            button.setAutoDefault(False)
            button.toggled.connect(lambda on, k=key: self._toggled(k, on))
            layout.addWidget(button)
            self.buttons[key] = button

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            for other, button in self.buttons.items():
                if other != key and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        self.changed.emit()

    def value(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def set_value(self, key: str | None) -> None:
        for other, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(other == key)
            button.blockSignals(False)
        self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons.values())


class IdeaEditor(QPlainTextEdit):
    """The idea's text box: three lines at least, and it takes the room the screen has."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 140)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 140)


def kiosk_label(text: str, name: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def kiosk_button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def scrolling_page(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def page_column(content: QWidget) -> QVBoxLayout:
    """A centred column of readable width inside ``content``."""
    outer = QHBoxLayout(content)
    outer.setContentsMargins(32, 4, 32, 24)
    outer.addStretch(1)
    column = QVBoxLayout()
    column.setSpacing(14)
    outer.addLayout(column, 16)
    outer.addStretch(1)
    return column


def heading_row(heading: QLabel, step: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    heading.setWordWrap(False)
    row.addWidget(heading, 1)
    row.addWidget(step, 0, Qt.AlignmentFlag.AlignBottom)
    step.setWordWrap(False)
    return row
