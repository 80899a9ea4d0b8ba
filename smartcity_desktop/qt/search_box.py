"""The one search box of the app: a line edit with a search icon and a clear button, both
named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from .icons import icon


def search_box(parent, placeholder: str, accessible_name: str) -> QLineEdit:
    box = QLineEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(accessible_name)
    box.setClearButtonEnabled(True)
    search_icon = box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    search_icon.setText(QCoreApplication.translate("SearchBox", "Search"))
    clear = box.findChild(QAction, "_q_qlineeditclearaction")
    if clear is not None:  # Qt's own clear button has no name for screen readers
        clear.setText(QCoreApplication.translate("SearchBox", "Clear search"))
        clear.setToolTip(QCoreApplication.translate("SearchBox", "Clear search"))
    return box
