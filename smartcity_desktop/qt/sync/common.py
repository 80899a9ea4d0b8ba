"""What the sync dialogs share: colours, the translated explanation of a key or package
problem, fingerprints laid out for reading aloud, message labels, and starting a Task."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from ..tasks import Task

ERROR = "#7a0010"
OK = "#1d5e20"
MUTED = "#5b6670"
WARNING_BG = "#fff4d6"


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SyncDialogs", text, disambiguation, n)


def html_block(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fingerprint_lines(fp: str) -> str:
    """"3f2a 9c01 … 77be" as two lines of four groups, easier to read aloud and compare."""
    groups = fp.split()
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]) if len(groups) > 4 else fp


def mono_text(size_delta: int = 2) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(8, font.pointSize() + size_delta))
    font.setBold(True)
    return font


def message_label(parent: QWidget, colour: str, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def show_label(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def start_task(task: Task, finished, failed) -> Task:
    task.finished.connect(finished)
    task.failed.connect(failed)
    return task.start()
