# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeLabel = QLabel(ExportDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setTextFormat(Qt.RichText)
        self.scopeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.scopeLabel)

        self.kindBox = QGroupBox(ExportDialog)
        self.kindBox.setObjectName(u"kindBox")
        self.kindLayout = QVBoxLayout(self.kindBox)
        self.kindLayout.setObjectName(u"kindLayout")
        self.csvRadio = QRadioButton(self.kindBox)
        self.csvRadio.setObjectName(u"csvRadio")

        self.kindLayout.addWidget(self.csvRadio)

        self.xlsxRadio = QRadioButton(self.kindBox)
        self.xlsxRadio.setObjectName(u"xlsxRadio")

        self.kindLayout.addWidget(self.xlsxRadio)

        self.decidimRadio = QRadioButton(self.kindBox)
        self.decidimRadio.setObjectName(u"decidimRadio")

        self.kindLayout.addWidget(self.decidimRadio)

        self.openDataRadio = QRadioButton(self.kindBox)
        self.openDataRadio.setObjectName(u"openDataRadio")

        self.kindLayout.addWidget(self.openDataRadio)


        self.mainLayout.addWidget(self.kindBox)

        self.optionsBox = QGroupBox(ExportDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.stack = QStackedWidget(self.optionsBox)
        self.stack.setObjectName(u"stack")
        self.tabularPage = QWidget()
        self.tabularPage.setObjectName(u"tabularPage")
        self.tabularLayout = QVBoxLayout(self.tabularPage)
        self.tabularLayout.setObjectName(u"tabularLayout")
        self.tabularLayout.setContentsMargins(0, 0, 0, 0)
        self.demographicsCheck = QCheckBox(self.tabularPage)
        self.demographicsCheck.setObjectName(u"demographicsCheck")
        self.demographicsCheck.setChecked(True)

        self.tabularLayout.addWidget(self.demographicsCheck)

        self.contactsCheck = QCheckBox(self.tabularPage)
        self.contactsCheck.setObjectName(u"contactsCheck")
        self.contactsCheck.setChecked(False)

        self.tabularLayout.addWidget(self.contactsCheck)

        self.contactsNote = QLabel(self.tabularPage)
        self.contactsNote.setObjectName(u"contactsNote")
        self.contactsNote.setWordWrap(True)
        self.contactsNote.setStyleSheet(u"color: palette(placeholder-text);")

        self.tabularLayout.addWidget(self.contactsNote)

        self.tabularSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tabularLayout.addItem(self.tabularSpacer)

        self.stack.addWidget(self.tabularPage)
        self.decidimPage = QWidget()
        self.decidimPage.setObjectName(u"decidimPage")
        self.decidimLayout = QFormLayout(self.decidimPage)
        self.decidimLayout.setObjectName(u"decidimLayout")
        self.decidimLayout.setContentsMargins(0, 0, 0, 0)
        self.formatLabel = QLabel(self.decidimPage)
        self.formatLabel.setObjectName(u"formatLabel")

        self.decidimLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.decidimPage)
        self.formatCombo.setObjectName(u"formatCombo")

        self.decidimLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.byStatusRadio = QRadioButton(self.decidimPage)
        self.byStatusRadio.setObjectName(u"byStatusRadio")

        self.decidimLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.byStatusRadio)

        self.statusCombo = QComboBox(self.decidimPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.decidimLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.byRoundRadio = QRadioButton(self.decidimPage)
        self.byRoundRadio.setObjectName(u"byRoundRadio")

        self.decidimLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.byRoundRadio)

        self.roundRow = QWidget(self.decidimPage)
        self.roundRow.setObjectName(u"roundRow")
        self.roundLayout = QHBoxLayout(self.roundRow)
        self.roundLayout.setObjectName(u"roundLayout")
        self.roundLayout.setContentsMargins(0, 0, 0, 0)
        self.roundCombo = QComboBox(self.roundRow)
        self.roundCombo.setObjectName(u"roundCombo")

        self.roundLayout.addWidget(self.roundCombo)

        self.topSpin = QSpinBox(self.roundRow)
        self.topSpin.setObjectName(u"topSpin")
        self.topSpin.setMinimum(1)
        self.topSpin.setMaximum(999)
        self.topSpin.setValue(10)

        self.roundLayout.addWidget(self.topSpin)

        self.roundLayout.setStretch(0, 1)

        self.decidimLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roundRow)

        self.stack.addWidget(self.decidimPage)
        self.openDataPage = QWidget()
        self.openDataPage.setObjectName(u"openDataPage")
        self.openDataLayout = QFormLayout(self.openDataPage)
        self.openDataLayout.setObjectName(u"openDataLayout")
        self.openDataLayout.setContentsMargins(0, 0, 0, 0)
        self.licenceLabel = QLabel(self.openDataPage)
        self.licenceLabel.setObjectName(u"licenceLabel")

        self.openDataLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.licenceLabel)

        self.licenceCombo = QComboBox(self.openDataPage)
        self.licenceCombo.setObjectName(u"licenceCombo")

        self.openDataLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.licenceCombo)

        self.includeTextCheck = QCheckBox(self.openDataPage)
        self.includeTextCheck.setObjectName(u"includeTextCheck")
        self.includeTextCheck.setChecked(False)

        self.openDataLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.includeTextCheck)

        self.textWarning = QLabel(self.openDataPage)
        self.textWarning.setObjectName(u"textWarning")
        self.textWarning.setWordWrap(True)

        self.openDataLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.textWarning)

        self.stack.addWidget(self.openDataPage)

        self.optionsLayout.addWidget(self.stack)


        self.mainLayout.addWidget(self.optionsBox)

        self.targetBox = QGroupBox(ExportDialog)
        self.targetBox.setObjectName(u"targetBox")
        self.targetLayout = QHBoxLayout(self.targetBox)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetEdit = QLineEdit(self.targetBox)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetLayout.addWidget(self.targetEdit)

        self.chooseButton = QPushButton(self.targetBox)
        self.chooseButton.setObjectName(u"chooseButton")

        self.targetLayout.addWidget(self.chooseButton)

        self.targetLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.targetBox)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.mainLayout.addWidget(self.progressBar)

        self.errorLabel = QLabel(ExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #7a0010;")
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.successLabel = QLabel(ExportDialog)
        self.successLabel.setObjectName(u"successLabel")
        self.successLabel.setWordWrap(True)
        self.successLabel.setStyleSheet(u"color: #1d5e20;")
        self.successLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.successLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.licenceLabel.setBuddy(self.licenceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
#if QT_CONFIG(accessibility)
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export dialog", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scopeLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What is exported", None))
#endif // QT_CONFIG(accessibility)
        self.kindBox.setTitle(QCoreApplication.translate("ExportDialog", u"Export as", None))
        self.csvRadio.setText(QCoreApplication.translate("ExportDialog", u"&CSV files (one per table, into a folder)", None))
#if QT_CONFIG(accessibility)
        self.csvRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"CSV files", None))
#endif // QT_CONFIG(accessibility)
        self.xlsxRadio.setText(QCoreApplication.translate("ExportDialog", u"E&xcel workbook (.xlsx, one sheet per table)", None))
#if QT_CONFIG(accessibility)
        self.xlsxRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Excel workbook", None))
#endif // QT_CONFIG(accessibility)
        self.decidimRadio.setText(QCoreApplication.translate("ExportDialog", u"&Decidim proposals file (CSV or JSON)", None))
#if QT_CONFIG(accessibility)
        self.decidimRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Decidim proposals", None))
#endif // QT_CONFIG(accessibility)
        self.openDataRadio.setText(QCoreApplication.translate("ExportDialog", u"&Open-data package (anonymised, for publication)", None))
#if QT_CONFIG(accessibility)
        self.openDataRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Open-data package", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Options", None))
        self.demographicsCheck.setText(QCoreApplication.translate("ExportDialog", u"Include the de&mographic answers", None))
#if QT_CONFIG(accessibility)
        self.demographicsCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Include demographics", None))
#endif // QT_CONFIG(accessibility)
        self.contactsCheck.setText(QCoreApplication.translate("ExportDialog", u"Include contact de&tails", None))
#if QT_CONFIG(accessibility)
        self.contactsCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Include contact details", None))
#endif // QT_CONFIG(accessibility)
        self.contactsNote.setText(QCoreApplication.translate("ExportDialog", u"Only participants who agreed to be contacted are ever included. Contact details are personal data: keep the file safe.", None))
#if QT_CONFIG(accessibility)
        self.contactsNote.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Note on contact details", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Decidim file format", None))
#endif // QT_CONFIG(accessibility)
        self.byStatusRadio.setText(QCoreApplication.translate("ExportDialog", u"Ideas with the &status", None))
#if QT_CONFIG(accessibility)
        self.byStatusRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose ideas by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Idea status", None))
#endif // QT_CONFIG(accessibility)
        self.byRoundRadio.setText(QCoreApplication.translate("ExportDialog", u"Top ideas of a &round", None))
#if QT_CONFIG(accessibility)
        self.byRoundRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose the top ideas of a round", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roundCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Prioritisation round", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topSpin.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Number of top ideas", None))
#endif // QT_CONFIG(accessibility)
        self.topSpin.setPrefix(QCoreApplication.translate("ExportDialog", u"top ", None))
        self.licenceLabel.setText(QCoreApplication.translate("ExportDialog", u"&Licence:", None))
#if QT_CONFIG(accessibility)
        self.licenceCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Licence", None))
#endif // QT_CONFIG(accessibility)
        self.includeTextCheck.setText(QCoreApplication.translate("ExportDialog", u"&Include the ideas' titles and texts", None))
#if QT_CONFIG(accessibility)
        self.includeTextCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Include idea texts", None))
#endif // QT_CONFIG(accessibility)
        self.textWarning.setText(QCoreApplication.translate("ExportDialog", u"\u26a0 What people wrote may name someone. Read every idea before publishing its text. Without it, the package holds only codes, counts and results; no group of fewer than 5 people is ever shown.", None))
#if QT_CONFIG(accessibility)
        self.textWarning.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Warning about idea texts", None))
#endif // QT_CONFIG(accessibility)
        self.targetBox.setTitle(QCoreApplication.translate("ExportDialog", u"Save to", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export target", None))
#endif // QT_CONFIG(accessibility)
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Choose where to save\u2026", None))
        self.chooseButton.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose where to save", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.successLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export result", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Start the export", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel export", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Cancel the running export", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Close the dialog", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

