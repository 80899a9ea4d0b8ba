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
    "volunteer_entry": "mdi6.card-text-outline",  # typing in paper idea cards
    "resolve": "mdi6.check-all",
    "import_ideas": "mdi6.file-import-outline",  # File ▸ Import ideas…
    "kiosk": "mdi6.monitor-lock",
    "lock": "mdi6.lock-outline",
    "choice_off": "mdi6.circle-outline",
    "choice_on": "mdi6.check-circle",
    "backspace": "mdi6.backspace-outline",
    "capture": "mdi6.note-edit-outline",
    "pin": "mdi6.pin",
    "pin_off": "mdi6.pin-off-outline",
    # Run view and projector window
    "run": "mdi6.timer-outline",
    "start": "mdi6.play",
    "pause": "mdi6.pause",
    "next": "mdi6.skip-next",
    "add_minute": "mdi6.timer-plus-outline",
    "close_workshop": "mdi6.flag-checkered",
    "projector": "mdi6.projector-screen-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "fullscreen": "mdi6.fullscreen",
    # Paper forms
    "forms": "mdi6.file-document-multiple-outline",
    "save": "mdi6.content-save-outline",
    "print": "mdi6.printer-outline",
    "stop": "mdi6.stop",
    # Clustering board
    "board": "mdi6.view-column-outline",
    "theme_new": "mdi6.tag-plus-outline",
    "rename": "mdi6.tag-edit-outline",
    "merge": "mdi6.call-merge",
    "split": "mdi6.call-split",
    "theme_delete": "mdi6.tag-remove-outline",
    "move_to_theme": "mdi6.folder-move-outline",
    "filter": "mdi6.filter-outline",
    "menu": "mdi6.dots-vertical",
    "source_live": "mdi6.keyboard-outline",
    "source_paper": "mdi6.file-document-outline",
    "source_sticky": "mdi6.note-outline",
    "source_kiosk": "mdi6.monitor",
    # Decisions and coverage (idea life cycle)
    "change_status": "mdi6.list-status",
    "decisions": "mdi6.gavel",
    "coverage": "mdi6.chart-bar",
    "status_new": "mdi6.circle-outline",
    "status_under_review": "mdi6.progress-clock",
    "status_accepted": "mdi6.check-circle-outline",
    "status_in_progress": "mdi6.progress-wrench",
    "status_implemented": "mdi6.check-decagram-outline",
    "status_declined": "mdi6.close-circle-outline",
    # Representativeness (reference population profiles)
    "representativeness": "mdi6.scale-balance",
    "load_reference": "mdi6.file-table-outline",
    "sample_reference": "mdi6.earth",
    "under_represented": "mdi6.alert-outline",
    "represented_ok": "mdi6.check-circle-outline",
    # Prioritisation rounds and their results
    "rounds": "mdi6.vote-outline",
    "results": "mdi6.podium",
    # File ▸ Export…
    "export": "mdi6.file-export-outline",
    # File ▸ Reports…
    "report": "mdi6.file-chart-outline",
    "generate": "mdi6.cog-play-outline",
}


@cache
def icon(name: str) -> QIcon:
    return qta.icon(_NAMES[name], color="#2f3b45")


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "smartcity.svg")))
