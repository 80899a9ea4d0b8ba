"""Pieces the idea dialog and the Capture view share: the theme combo, completers that behave
well under fast typing, and error messages for what the idea intake refuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget


def fill_theme_combo(combo: QComboBox, themes, keep_text: bool = True) -> None:
    """Fill an editable theme combo: an empty entry, then the project's themes. Typing filters
    (any part of the name); a name that is not in the list becomes a new theme on save."""
    text = combo.currentText() if keep_text else ""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("", None)
    for theme in themes:
        combo.addItem(theme.name, theme.id)
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(0)
        combo.setEditText(text)
    combo.blockSignals(False)
    line = combo.lineEdit()
    if line is not None:
        line.setAccessibleName(combo.accessibleName())
    completer = combo.completer()
    if completer is not None:
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        if not completer.property("fast_keys"):
            completer.setProperty("fast_keys", True)
            make_fast(completer)


class _FastPopupKeys(QObject):
    """Keeps a completer popup out of the way of fast typing: Enter with no entry highlighted
    goes on to the field (to save the form) instead of only closing the popup, and Tab moves
    on at once (taking the highlighted entry, if any) instead of only closing the popup."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self._completer = completer

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        popup = self._completer.popup()
        widget = self._completer.widget()
        if widget is None:
            return False
        index = popup.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not index.isValid():
            popup.hide()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            popup.hide()
            if index.isValid():
                _set_text(widget, str(index.data()))
        else:
            return False
        QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key,
                                                     event.modifiers(), event.text()))
        return True


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QComboBox):
        index = widget.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            widget.setCurrentIndex(index)
        else:
            widget.setEditText(text)
    elif isinstance(widget, QLineEdit):
        widget.setText(text)


def make_fast(completer: QCompleter) -> QCompleter:
    """Install :class:`_FastPopupKeys` on ``completer``'s popup (after Qt's own filter, so it
    runs first)."""
    completer.popup().installEventFilter(_FastPopupKeys(completer))
    return completer


def code_completer(parent: QWidget, words: list[str]) -> QCompleter:
    """A case-insensitive, match-anywhere completer (``07`` finds ``W1-007``)."""
    completer = QCompleter(QStringListModel(words, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return make_fast(completer)
