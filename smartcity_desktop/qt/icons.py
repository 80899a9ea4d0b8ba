"""Icons: qtawesome for actions, the app icon from resources."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon

from ..core.resources import resource

_NAMES = {
    "new": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "quit": "mdi6.exit-to-app",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.trash-can-outline",
    "search": "mdi6.magnify",
    "project": "mdi6.city-variant-outline",
    "workshop": "mdi6.account-group-outline",
    "overview": "mdi6.chart-box-outline",
    "participants": "mdi6.account-multiple-outline",
    "ideas": "mdi6.lightbulb-on-outline",
    "about": "mdi6.information-outline",
    "demo": "mdi6.play-circle-outline",
    "recent": "mdi6.history",
}


@cache
def icon(name: str) -> QIcon:
    return qta.icon(_NAMES[name], color="#2f3b45")


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "smartcity.svg")))
