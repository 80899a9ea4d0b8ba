"""The widgets of the Reports dialog and how they are laid out: the choice of report on the
left, the pages of the preview on the right, status and buttons below."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..icons import icon
from .builders import KINDS

THUMB_WIDTH = 132  # logical pixels, the strip of pages on the left of the preview
PAGE_MIN_WIDTH = 300  # logical pixels, the page shown large: as wide as the view allows
PAGE_MAX_WIDTH = 1000
LEFT_WIDTH = 360


class ReportDialogLayout:
    """Builds the widgets of :class:`.dialog.ReportDialog`, a mixin. Its strings are translated
    under this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and
    finds them."""

    def _build_ui(self, workshop_id: str | None) -> None:
        self.resize(1040, 740)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)

        # ---------------------------------------------------------------- choices (left)
        left_panel = QWidget()
        left_panel.setFixedWidth(LEFT_WIDTH)
        left = QVBoxLayout(left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        top.addWidget(left_panel, 0)
        kind_box = QGroupBox(self.tr("Report"))
        kind_box.setAccessibleName(self.tr("Which report"))
        kind_layout = QVBoxLayout(kind_box)
        self.kindGroup = QButtonGroup(self)
        self.kindButtons: dict[str, QRadioButton] = {}
        texts = {
            "workshop": (self.tr("&Workshop report"), self.tr("Workshop report")),
            "project": (self.tr("&Project report (every workshop)"), self.tr("Project report")),
            "feedback": (self.tr("“&You said, we did” for participants"),
                         self.tr("You said, we did")),
            "brief": (self.tr("&Challenge brief for procurement"), self.tr("Challenge brief")),
        }
        for i, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind][0])
            button.setAccessibleName(texts[kind][1])
            self.kindGroup.addButton(button, i)
            self.kindButtons[kind] = button
            kind_layout.addWidget(button)
            if kind == "feedback":
                self.largePrintCheck = QCheckBox(self.tr("&Large print"))
                self.largePrintCheck.setAccessibleName(self.tr("Large print"))
                self.largePrintCheck.setToolTip(self.tr("Body text of at least 16 points"))
                kind_layout.addLayout(self._indented(self.largePrintCheck))
            if kind == "brief":
                kind_layout.addLayout(self._indented(self._brief_scope()))
        left.addWidget(kind_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.workshopCombo = QComboBox()
        self.workshopCombo.setAccessibleName(self.tr("Workshop"))
        for w in self.workshops:
            self.workshopCombo.addItem(f"{w.code} · {w.title}".strip(" ·"), w.id)
        index = self.workshopCombo.findData(workshop_id) if workshop_id else -1
        self.workshopCombo.setCurrentIndex(index if index >= 0 else
                                           (0 if self.workshops else -1))
        self.workshopLabel = QLabel(self.tr("W&orkshop:"))
        self.workshopLabel.setBuddy(self.workshopCombo)
        form.addRow(self.workshopLabel, self.workshopCombo)
        self.languageCombo = QComboBox()
        self.languageCombo.setAccessibleName(self.tr("Language of the report"))
        self.languageCombo.addItem(self.tr("English"), "en")
        self.languageCombo.addItem(self.tr("Norwegian Bokmål"), "nb")
        language_label = QLabel(self.tr("L&anguage:"))
        language_label.setBuddy(self.languageCombo)
        form.addRow(language_label, self.languageCombo)
        left.addLayout(form)

        self.aboutLabel = QLabel()
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setAccessibleName(self.tr("What the report contains"))
        self.aboutLabel.setStyleSheet("color: palette(placeholder-text);")
        self.aboutLabel.setAlignment(Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.aboutLabel)
        left.addStretch(1)
        self.generateButton = QPushButton(icon("generate"), self.tr("&Generate preview"))
        self.generateButton.setAccessibleName(self.tr("Generate the report and preview it"))
        self.generateButton.setToolTip(self.tr("Make the report and show its pages (Ctrl+G)"))
        self.generateButton.setDefault(True)
        left.addWidget(self.generateButton)

        # ---------------------------------------------------------------- preview (right)
        right = QVBoxLayout()
        top.addLayout(right, 1)
        preview = QHBoxLayout()
        right.addLayout(preview, 1)
        self.pageList = QListWidget()
        self.pageList.setAccessibleName(self.tr("Pages of the report"))
        self.pageList.setViewMode(QListView.ViewMode.IconMode)
        self.pageList.setFlow(QListView.Flow.TopToBottom)
        self.pageList.setWrapping(False)
        self.pageList.setMovement(QListView.Movement.Static)
        self.pageList.setSpacing(6)
        self.pageList.setUniformItemSizes(True)
        self.pageList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pageList.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 297 / 210)))
        self.pageList.setFixedWidth(THUMB_WIDTH + 46)
        self.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview.addWidget(self.pageList)
        self.pageView = QLabel()
        self.pageView.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pageView.setAccessibleName(self.tr("The chosen page, large"))
        self.pageView.setWordWrap(True)
        self.pageScroll = QScrollArea()
        self.pageScroll.setWidget(self.pageView)
        self.pageScroll.setWidgetResizable(True)
        self.pageScroll.setAccessibleName(self.tr("Page preview"))
        self.pageScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.pageScroll.setMinimumWidth(PAGE_MIN_WIDTH + 30)
        preview.addWidget(self.pageScroll, 1)
        self.pagesLabel = QLabel()
        self.pagesLabel.setAccessibleName(self.tr("Number of pages"))
        right.addWidget(self.pagesLabel)

        # ---------------------------------------------------------------- status and buttons
        status = QHBoxLayout()
        self.statusLabel = QLabel()
        self.statusLabel.setAccessibleName(self.tr("Status"))
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        status.addWidget(self.statusLabel, 1)
        self.progressBar = QProgressBar()
        self.progressBar.setAccessibleName(self.tr("Progress"))
        self.progressBar.setMaximumWidth(260)
        status.addWidget(self.progressBar)
        self.cancelButton = QPushButton(icon("stop"), self.tr("Cancel"))
        self.cancelButton.setAccessibleName(self.tr("Stop making the report"))
        self.cancelButton.setToolTip(self.tr("Stop making the report (Esc); nothing is saved"))
        self.cancelButton.setAutoDefault(False)
        status.addWidget(self.cancelButton)
        outer.addLayout(status)
        self.errorLabel = QLabel()
        self.errorLabel.setAccessibleName(self.tr("Problem"))
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #7a0010;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setVisible(False)
        outer.addWidget(self.errorLabel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saveButton = QPushButton(icon("save"), self.tr("&Save…"))
        self.saveButton.setAccessibleName(self.tr("Save the report"))
        self.saveButton.setToolTip(self.tr("Save the previewed report (Ctrl+S)"))
        self.closeButton = QPushButton(self.tr("Close"))
        self.closeButton.setAccessibleName(self.tr("Close the dialog"))
        for button in (self.saveButton, self.closeButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        outer.addLayout(buttons)

        for combo in (self.workshopCombo, self.languageCombo, self.themeCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentTextChanged.connect(combo.setToolTip)  # the full name when cut short
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.timeout.connect(lambda: self._show_page(self.pageList.currentRow()))

        # ---------------------------------------------------------------- wiring
        QShortcut(QKeySequence("Ctrl+G"), self, self.generate)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.kindGroup.idToggled.connect(self._on_choice_changed)
        self.briefGroup.idToggled.connect(self._on_choice_changed)
        self.largePrintCheck.toggled.connect(self._on_choice_changed)
        for combo in (self.workshopCombo, self.languageCombo, self.themeCombo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.generateButton.clicked.connect(self.generate)
        self.cancelButton.clicked.connect(self.cancel)
        self.saveButton.clicked.connect(self.save)
        self.closeButton.clicked.connect(self.reject)
        self.pageList.currentRowChanged.connect(self._show_page)
        self.setTabOrder(self.generateButton, self.pageList)
        self.setTabOrder(self.pageList, self.pageScroll)
        self.setTabOrder(self.pageScroll, self.cancelButton)
        self.setTabOrder(self.cancelButton, self.saveButton)
        self.setTabOrder(self.saveButton, self.closeButton)

    @staticmethod
    def _indented(item) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addSpacing(24)
        if isinstance(item, QWidget):
            row.addWidget(item, 1)
        else:
            row.addLayout(item, 1)
        return row

    def _brief_scope(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.briefGroup = QButtonGroup(self)
        theme_row = QHBoxLayout()
        self.themeRadio = QRadioButton(self.tr("&Theme:"))
        self.themeRadio.setAccessibleName(self.tr("A brief for one theme"))
        self.themeCombo = QComboBox()
        self.themeCombo.setAccessibleName(self.tr("Theme of the brief"))
        for theme in self.themes:
            self.themeCombo.addItem(theme.name, theme.id)
        theme_row.addWidget(self.themeRadio)
        theme_row.addWidget(self.themeCombo, 1)
        box.addLayout(theme_row)
        self.ideasRadio = QRadioButton(
            self.tr("The s&elected ideas (%n)", "", len(self.idea_ids)))
        self.ideasRadio.setAccessibleName(self.tr("A brief for the selected ideas"))
        box.addWidget(self.ideasRadio)
        self.briefGroup.addButton(self.themeRadio, 0)
        self.briefGroup.addButton(self.ideasRadio, 1)
        if not self.idea_ids:
            self.ideasRadio.setToolTip(self.tr("Select ideas in the Ideas tab first."))
        if not self.themes:
            self.themeRadio.setToolTip(self.tr("The project has no themes yet."))
        (self.ideasRadio if self.idea_ids else self.themeRadio).setChecked(True)
        return box
