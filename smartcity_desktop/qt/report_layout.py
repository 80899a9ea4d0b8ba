"""The widgets of the Reports dialog (:class:`.report_dialog.ReportDialog`), made and laid
out: the choices on the left, the pages on the right, status and buttons below. The texts keep
the dialog's translation context ("ReportDialog"); the dialog connects the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
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

from .icons import icon
from .report_builders import KINDS

# lupdate reads translate("Context", "text") calls; the short name keeps lines readable.
translate = QCoreApplication.translate
THUMB_WIDTH = 132  # logical pixels, the strip of pages on the left of the preview
PAGE_MIN_WIDTH = 300  # logical pixels, the page shown large: as wide as the view allows
LEFT_WIDTH = 360


def build(dialog, workshop_id: str | None) -> None:
    """Make and lay out the widgets of ``dialog`` (a ReportDialog), as its attributes;
    ``workshop_id`` is chosen in the workshop list. The dialog connects them."""
    dialog.resize(1040, 740)
    outer = QVBoxLayout(dialog)
    top = QHBoxLayout()
    outer.addLayout(top, 1)

    # ---------------------------------------------------------------- choices (left)
    left_panel = QWidget()
    left_panel.setFixedWidth(LEFT_WIDTH)
    left = QVBoxLayout(left_panel)
    left.setContentsMargins(0, 0, 0, 0)
    top.addWidget(left_panel, 0)
    kind_box = QGroupBox(translate("ReportDialog", "Report"))
    kind_box.setAccessibleName(translate("ReportDialog", "Which report"))
    kind_layout = QVBoxLayout(kind_box)
    dialog.kindGroup = QButtonGroup(dialog)
    dialog.kindButtons: dict[str, QRadioButton] = {}
    texts = {
        "workshop": (translate("ReportDialog", "&Workshop report"),
                     translate("ReportDialog", "Workshop report")),
        "project": (translate("ReportDialog", "&Project report (every workshop)"),
                    translate("ReportDialog", "Project report")),
        "feedback": (translate("ReportDialog", "“&You said, we did” for participants"),
                     translate("ReportDialog", "You said, we did")),
        "brief": (translate("ReportDialog", "&Challenge brief for procurement"),
                  translate("ReportDialog", "Challenge brief")),
    }
    for i, kind in enumerate(KINDS):
        button = QRadioButton(texts[kind][0])
        button.setAccessibleName(texts[kind][1])
        dialog.kindGroup.addButton(button, i)
        dialog.kindButtons[kind] = button
        kind_layout.addWidget(button)
        if kind == "feedback":
            dialog.largePrintCheck = QCheckBox(translate("ReportDialog", "&Large print"))
            dialog.largePrintCheck.setAccessibleName(translate("ReportDialog", "Large print"))
            dialog.largePrintCheck.setToolTip(
                translate("ReportDialog", "Body text of at least 16 points"))
            kind_layout.addLayout(_indented(dialog.largePrintCheck))
        if kind == "brief":
            kind_layout.addLayout(_indented(_brief_scope(dialog)))
    left.addWidget(kind_box)

    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    dialog.workshopCombo = QComboBox()
    dialog.workshopCombo.setAccessibleName(translate("ReportDialog", "Workshop"))
    for w in dialog.workshops:
        dialog.workshopCombo.addItem(f"{w.code} · {w.title}".strip(" ·"), w.id)
    index = dialog.workshopCombo.findData(workshop_id) if workshop_id else -1
    dialog.workshopCombo.setCurrentIndex(index if index >= 0 else
                                         (0 if dialog.workshops else -1))
    dialog.workshopLabel = QLabel(translate("ReportDialog", "W&orkshop:"))
    dialog.workshopLabel.setBuddy(dialog.workshopCombo)
    form.addRow(dialog.workshopLabel, dialog.workshopCombo)
    dialog.languageCombo = QComboBox()
    dialog.languageCombo.setAccessibleName(translate("ReportDialog", "Language of the report"))
    dialog.languageCombo.addItem(translate("ReportDialog", "English"), "en")
    dialog.languageCombo.addItem(translate("ReportDialog", "Norwegian Bokmål"), "nb")
    language_label = QLabel(translate("ReportDialog", "L&anguage:"))
    language_label.setBuddy(dialog.languageCombo)
    form.addRow(language_label, dialog.languageCombo)
    left.addLayout(form)

    dialog.aboutLabel = QLabel()
    dialog.aboutLabel.setWordWrap(True)
    dialog.aboutLabel.setAccessibleName(translate("ReportDialog", "What the report contains"))
    dialog.aboutLabel.setStyleSheet("color: palette(placeholder-text);")
    dialog.aboutLabel.setAlignment(Qt.AlignmentFlag.AlignTop)
    left.addWidget(dialog.aboutLabel)
    left.addStretch(1)
    dialog.generateButton = QPushButton(icon("generate"),
                                        translate("ReportDialog", "&Generate preview"))
    dialog.generateButton.setAccessibleName(
        translate("ReportDialog", "Generate the report and preview it"))
    dialog.generateButton.setToolTip(
        translate("ReportDialog", "Make the report and show its pages (Ctrl+G)"))
    dialog.generateButton.setDefault(True)
    left.addWidget(dialog.generateButton)

    # ---------------------------------------------------------------- preview (right)
    right = QVBoxLayout()
    top.addLayout(right, 1)
    preview = QHBoxLayout()
    right.addLayout(preview, 1)
    dialog.pageList = QListWidget()
    dialog.pageList.setAccessibleName(translate("ReportDialog", "Pages of the report"))
    dialog.pageList.setViewMode(QListView.ViewMode.IconMode)
    dialog.pageList.setFlow(QListView.Flow.TopToBottom)
    dialog.pageList.setWrapping(False)
    dialog.pageList.setMovement(QListView.Movement.Static)
    dialog.pageList.setSpacing(6)
    dialog.pageList.setUniformItemSizes(True)
    dialog.pageList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    dialog.pageList.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 297 / 210)))
    dialog.pageList.setFixedWidth(THUMB_WIDTH + 46)
    dialog.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    preview.addWidget(dialog.pageList)
    dialog.pageView = QLabel()
    dialog.pageView.setAlignment(Qt.AlignmentFlag.AlignCenter)
    dialog.pageView.setAccessibleName(translate("ReportDialog", "The chosen page, large"))
    dialog.pageView.setWordWrap(True)
    dialog.pageScroll = QScrollArea()
    dialog.pageScroll.setWidget(dialog.pageView)
    dialog.pageScroll.setWidgetResizable(True)
    dialog.pageScroll.setAccessibleName(translate("ReportDialog", "Page preview"))
    dialog.pageScroll.setFrameShape(QFrame.Shape.StyledPanel)
    dialog.pageScroll.setMinimumWidth(PAGE_MIN_WIDTH + 30)
    preview.addWidget(dialog.pageScroll, 1)
    dialog.pagesLabel = QLabel()
    dialog.pagesLabel.setAccessibleName(translate("ReportDialog", "Number of pages"))
    right.addWidget(dialog.pagesLabel)

    # ---------------------------------------------------------------- status and buttons
    status = QHBoxLayout()
    dialog.statusLabel = QLabel()
    dialog.statusLabel.setAccessibleName(translate("ReportDialog", "Status"))
    dialog.statusLabel.setWordWrap(True)
    dialog.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog.statusLabel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    status.addWidget(dialog.statusLabel, 1)
    dialog.progressBar = QProgressBar()
    dialog.progressBar.setAccessibleName(translate("ReportDialog", "Progress"))
    dialog.progressBar.setMaximumWidth(260)
    status.addWidget(dialog.progressBar)
    dialog.cancelButton = QPushButton(icon("stop"), translate("ReportDialog", "Cancel"))
    dialog.cancelButton.setAccessibleName(translate("ReportDialog", "Stop making the report"))
    dialog.cancelButton.setToolTip(
        translate("ReportDialog", "Stop making the report (Esc); nothing is saved"))
    dialog.cancelButton.setAutoDefault(False)
    status.addWidget(dialog.cancelButton)
    outer.addLayout(status)
    dialog.errorLabel = QLabel()
    dialog.errorLabel.setAccessibleName(translate("ReportDialog", "Problem"))
    dialog.errorLabel.setWordWrap(True)
    dialog.errorLabel.setStyleSheet("color: #7a0010;")
    dialog.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog.errorLabel.setVisible(False)
    outer.addWidget(dialog.errorLabel)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    dialog.saveButton = QPushButton(icon("save"), translate("ReportDialog", "&Save…"))
    dialog.saveButton.setAccessibleName(translate("ReportDialog", "Save the report"))
    dialog.saveButton.setToolTip(translate("ReportDialog", "Save the previewed report (Ctrl+S)"))
    dialog.closeButton = QPushButton(translate("ReportDialog", "Close"))
    dialog.closeButton.setAccessibleName(translate("ReportDialog", "Close the dialog"))
    for button in (dialog.saveButton, dialog.closeButton):
        button.setAutoDefault(False)
        buttons.addWidget(button)
    outer.addLayout(buttons)

    for combo in (dialog.workshopCombo, dialog.languageCombo, dialog.themeCombo):
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentTextChanged.connect(combo.setToolTip)  # the full name when cut short

    dialog.setTabOrder(dialog.generateButton, dialog.pageList)
    dialog.setTabOrder(dialog.pageList, dialog.pageScroll)
    dialog.setTabOrder(dialog.pageScroll, dialog.cancelButton)
    dialog.setTabOrder(dialog.cancelButton, dialog.saveButton)
    dialog.setTabOrder(dialog.saveButton, dialog.closeButton)


def _indented(item) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addSpacing(24)
    if isinstance(item, QWidget):
        row.addWidget(item, 1)
    else:
        row.addLayout(item, 1)
    return row


def _brief_scope(dialog) -> QVBoxLayout:
    box = QVBoxLayout()
    dialog.briefGroup = QButtonGroup(dialog)
    theme_row = QHBoxLayout()
    dialog.themeRadio = QRadioButton(translate("ReportDialog", "&Theme:"))
    dialog.themeRadio.setAccessibleName(translate("ReportDialog", "A brief for one theme"))
    dialog.themeCombo = QComboBox()
    dialog.themeCombo.setAccessibleName(translate("ReportDialog", "Theme of the brief"))
    for theme in dialog.themes:
        dialog.themeCombo.addItem(theme.name, theme.id)
    theme_row.addWidget(dialog.themeRadio)
    theme_row.addWidget(dialog.themeCombo, 1)
    box.addLayout(theme_row)
    dialog.ideasRadio = QRadioButton(
        translate("ReportDialog", "The s&elected ideas (%n)", "", len(dialog.idea_ids)))
    dialog.ideasRadio.setAccessibleName(
        translate("ReportDialog", "A brief for the selected ideas"))
    box.addWidget(dialog.ideasRadio)
    dialog.briefGroup.addButton(dialog.themeRadio, 0)
    dialog.briefGroup.addButton(dialog.ideasRadio, 1)
    if not dialog.idea_ids:
        dialog.ideasRadio.setToolTip(
            translate("ReportDialog", "Select ideas in the Ideas tab first."))
    if not dialog.themes:
        dialog.themeRadio.setToolTip(translate("ReportDialog", "The project has no themes yet."))
    (dialog.ideasRadio if dialog.idea_ids else dialog.themeRadio).setChecked(True)
    return box
