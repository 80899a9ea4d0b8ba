"""What the modules of the clustering board share: the item roles, the drag format of the
cards, the sizes of the columns and the colours of cards and themes."""

from __future__ import annotations

import zlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ....services.ideas.clustering import ThemeInfo

MIME_IDEAS = "application/x-smartcity-idea-ids"
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_CARD = Qt.ItemDataRole.UserRole + 1
ROLE_ORIGIN = Qt.ItemDataRole.UserRole + 2

NO_THEME = None
COLUMN_MIN_WIDTH = 250
COLUMN_MAX_WIDTH = 340
NARROW_WIDTH = 150
TEXT_LINES = 3

CARD_INK = QColor("#1f2a33")
CARD_MUTED = QColor("#55626d")
CARD_BORDER = QColor("#c3ccd4")
KIND_COLOURS = {  # (accent, card background) as in the Capture view's need / idea buttons
    "need": (QColor("#b45f06"), QColor("#fdf3e7")),
    "idea": (QColor("#2e7d32"), QColor("#edf6ed")),
}
THEME_COLOURS = ("#1565c0", "#2e7d32", "#b45f06", "#6a1b9a", "#00838f", "#c62828", "#5d4037",
                 "#ad1457", "#455a64", "#827717")


def theme_colour(theme: ThemeInfo | None) -> QColor:
    if theme is None:
        return QColor("#8a949c")
    if theme.colour and QColor(theme.colour).isValid():
        return QColor(theme.colour)
    return QColor(THEME_COLOURS[zlib.crc32(theme.id.encode()) % len(THEME_COLOURS)])
