"""First-launch page: offered when the database has no project yet."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..icons import app_icon, icon


class WelcomePage(QWidget):
    create_project = Signal()
    open_demo = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Smart City Co-Creation"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Plan workshops, register who came, capture every idea and follow each one to a "
            "decision — all offline. Everything you enter is saved at once."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        self.create_button = QPushButton(icon("project"), self.tr("&Create a project"), self)
        self.create_button.setAccessibleName(self.tr("Create a project"))
        self.demo_button = QPushButton(icon("demo"), self.tr("Open the &demo project"), self)
        self.demo_button.setAccessibleName(self.tr("Open the demo project"))
        for button in (self.create_button, self.demo_button):
            button.setMinimumSize(280, 44)
            button.setIconSize(QSize(22, 22))
        self.create_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (logo, title, text, self.create_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.create_button.clicked.connect(self.create_project)
        self.demo_button.clicked.connect(self.open_demo)
