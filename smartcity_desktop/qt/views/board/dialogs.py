"""The board's prompts: a theme's name (:class:`ThemeNameDialog`, for a new, renamed or
split theme) and a theme picked by typing part of its name (:class:`ThemePicker`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ....core.errors import SmartCityError
from ....services.ideas.clustering import ThemeInfo, name_key
from ...errors import error_text
from ...icons import icon
from .common import ROLE_ID


class ThemeNameDialog(QDialog):
    """Asks for a theme name. ``apply(name)`` does the change; a refusal is shown in the
    dialog, which stays open with nothing changed."""

    def __init__(self, title: str, prompt: str, apply: Callable[[str], None], text: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._apply = apply
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.name_edit = QLineEdit(text, self)
        self.name_edit.setAccessibleName(QCoreApplication.translate("BoardView", "Theme name"))
        self.name_edit.setMaxLength(400)  # the service explains the real limit (200)
        self.prompt.setBuddy(self.name_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(QCoreApplication.translate("BoardView", "Problem"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.name_edit.selectAll()

    def _on_accept(self) -> None:
        try:
            self._apply(self.name_edit.text())
        except SmartCityError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self.adjustSize()  # room for the message
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self.accept()


class ThemePicker(QDialog):
    """Choose a theme by typing part of its name (Up/Down and Enter, or a double click).
    With ``allow_new`` a name that no theme has yet can be chosen as a new theme.

    After ``exec()``: ``choice`` is ``("theme", theme_id)``, ``("none", None)`` for "No theme"
    or ``("new", name)``."""

    def __init__(self, title: str, prompt: str, themes: Sequence[ThemeInfo], *,
                 include_none: bool = True, allow_new: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._themes = list(themes)
        self._include_none = include_none
        self._allow_new = allow_new
        self.choice: tuple[str, str | None] | None = None
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find a theme"))
        self.search.setAccessibleName(QCoreApplication.translate("BoardView", "Theme name"))
        self.prompt.setBuddy(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("BoardView", "Themes"))
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self._on_accept())
        self.resize(440, 420)
        self._fill("")

    def _fill(self, text: str) -> None:
        key = name_key(text)
        self.list.clear()
        exact = False
        no_theme = QCoreApplication.translate("BoardView", "No theme")
        if self._include_none and (not key or key in name_key(no_theme)):
            item = QListWidgetItem(no_theme, self.list)
            item.setData(ROLE_ID, ("none", None))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        for theme in self._themes:
            theme_key = name_key(theme.name)
            if key and key not in theme_key:
                continue
            exact = exact or theme_key == key
            item = QListWidgetItem(theme.name, self.list)
            item.setData(ROLE_ID, ("theme", theme.id))
            item.setToolTip(theme.name)
        if self._allow_new and key and not exact:  # last: a theme that matches comes first
            name = " ".join(text.split())
            item = QListWidgetItem(icon("theme_new"), QCoreApplication.translate(
                "BoardView", "New theme “%1”").replace("%1", name), self.list)
            item.setData(ROLE_ID, ("new", name))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.list.count() > 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _on_accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.choice = item.data(ROLE_ID)
        self.accept()
