# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_package_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportPackageDialog(object):
    def setupUi(self, ExportPackageDialog):
        if not ExportPackageDialog.objectName():
            ExportPackageDialog.setObjectName(u"ExportPackageDialog")
        ExportPackageDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(ExportPackageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindBox = QGroupBox(ExportPackageDialog)
        self.kindBox.setObjectName(u"kindBox")
        self.kindLayout = QVBoxLayout(self.kindBox)
        self.kindLayout.setObjectName(u"kindLayout")
        self.fullRadio = QRadioButton(self.kindBox)
        self.fullRadio.setObjectName(u"fullRadio")

        self.kindLayout.addWidget(self.fullRadio)

        self.incrementalRadio = QRadioButton(self.kindBox)
        self.incrementalRadio.setObjectName(u"incrementalRadio")

        self.kindLayout.addWidget(self.incrementalRadio)

        self.sinceLayout = QHBoxLayout()
        self.sinceLayout.setObjectName(u"sinceLayout")
        self.sinceLayout.setContentsMargins(24, 0, 0, 0)
        self.sinceLastRadio = QRadioButton(self.kindBox)
        self.sinceLastRadio.setObjectName(u"sinceLastRadio")
        self.sinceLastRadio.setChecked(True)

        self.sinceLayout.addWidget(self.sinceLastRadio)

        self.sinceGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.sinceLayout.addItem(self.sinceGap)

        self.sinceDateRadio = QRadioButton(self.kindBox)
        self.sinceDateRadio.setObjectName(u"sinceDateRadio")

        self.sinceLayout.addWidget(self.sinceDateRadio)

        self.sinceDate = QDateEdit(self.kindBox)
        self.sinceDate.setObjectName(u"sinceDate")
        self.sinceDate.setCalendarPopup(True)
        self.sinceDate.setDisplayFormat(u"yyyy-MM-dd")

        self.sinceLayout.addWidget(self.sinceDate)

        self.sinceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sinceLayout.addItem(self.sinceSpacer)


        self.kindLayout.addLayout(self.sinceLayout)

        self.returnRadio = QRadioButton(self.kindBox)
        self.returnRadio.setObjectName(u"returnRadio")

        self.kindLayout.addWidget(self.returnRadio)


        self.mainLayout.addWidget(self.kindBox)

        self.privacyBox = QGroupBox(ExportPackageDialog)
        self.privacyBox.setObjectName(u"privacyBox")
        self.privacyLayout = QVBoxLayout(self.privacyBox)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.encryptCheck = QCheckBox(self.privacyBox)
        self.encryptCheck.setObjectName(u"encryptCheck")

        self.privacyLayout.addWidget(self.encryptCheck)

        self.encryptNote = QLabel(self.privacyBox)
        self.encryptNote.setObjectName(u"encryptNote")
        self.encryptNote.setWordWrap(True)
        self.encryptNote.setStyleSheet(u"color: #5b6670;")

        self.privacyLayout.addWidget(self.encryptNote)

        self.contactsCheck = QCheckBox(self.privacyBox)
        self.contactsCheck.setObjectName(u"contactsCheck")

        self.privacyLayout.addWidget(self.contactsCheck)

        self.contactsWarning = QLabel(self.privacyBox)
        self.contactsWarning.setObjectName(u"contactsWarning")
        self.contactsWarning.setWordWrap(True)
        self.contactsWarning.setStyleSheet(u"background: #fff4d6; padding: 6px; border-radius: 3px;")

        self.privacyLayout.addWidget(self.contactsWarning)


        self.mainLayout.addWidget(self.privacyBox)

        self.signBox = QGroupBox(ExportPackageDialog)
        self.signBox.setObjectName(u"signBox")
        self.signLayout = QFormLayout(self.signBox)
        self.signLayout.setObjectName(u"signLayout")
        self.passLabel = QLabel(self.signBox)
        self.passLabel.setObjectName(u"passLabel")

        self.signLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passEdit = QLineEdit(self.signBox)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.Password)

        self.signLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passEdit)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.noKeyLabel = QLabel(self.signBox)
        self.noKeyLabel.setObjectName(u"noKeyLabel")
        self.noKeyLabel.setWordWrap(True)
        self.noKeyLabel.setStyleSheet(u"color: #7a0010;")

        self.keyRow.addWidget(self.noKeyLabel)

        self.keysButton = QPushButton(self.signBox)
        self.keysButton.setObjectName(u"keysButton")

        self.keyRow.addWidget(self.keysButton)

        self.keyRow.setStretch(0, 1)

        self.signLayout.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.keyRow)


        self.mainLayout.addWidget(self.signBox)

        self.targetBox = QGroupBox(ExportPackageDialog)
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

        self.progressBar = QProgressBar(ExportPackageDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.mainLayout.addWidget(self.progressBar)

        self.errorLabel = QLabel(ExportPackageDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #7a0010;")
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.successLabel = QLabel(ExportPackageDialog)
        self.successLabel.setObjectName(u"successLabel")
        self.successLabel.setWordWrap(True)
        self.successLabel.setStyleSheet(u"color: #1d5e20;")
        self.successLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.successLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportPackageDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportPackageDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ExportPackageDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passLabel.setBuddy(self.passEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportPackageDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportPackageDialog)
    # setupUi

    def retranslateUi(self, ExportPackageDialog):
        ExportPackageDialog.setWindowTitle(QCoreApplication.translate("ExportPackageDialog", u"Export a sync package", None))
#if QT_CONFIG(accessibility)
        ExportPackageDialog.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Export a sync package", None))
#endif // QT_CONFIG(accessibility)
        self.kindBox.setTitle(QCoreApplication.translate("ExportPackageDialog", u"What to send", None))
        self.fullRadio.setText(QCoreApplication.translate("ExportPackageDialog", u"&Full package: everything in this database", None))
#if QT_CONFIG(accessibility)
        self.fullRadio.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Full package", None))
#endif // QT_CONFIG(accessibility)
        self.incrementalRadio.setText(QCoreApplication.translate("ExportPackageDialog", u"&Incremental package: only what changed", None))
#if QT_CONFIG(accessibility)
        self.incrementalRadio.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Incremental package", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sinceLastRadio.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Since the last package", None))
#endif // QT_CONFIG(accessibility)
        self.sinceDateRadio.setText(QCoreApplication.translate("ExportPackageDialog", u"Since &date:", None))
#if QT_CONFIG(accessibility)
        self.sinceDateRadio.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Since a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sinceDate.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Changes since this date", None))
#endif // QT_CONFIG(accessibility)
        self.returnRadio.setText(QCoreApplication.translate("ExportPackageDialog", u"&Return package (central office \u2192 facilitators): decisions, themes and settings, no personal data", None))
#if QT_CONFIG(accessibility)
        self.returnRadio.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Return package", None))
#endif // QT_CONFIG(accessibility)
        self.privacyBox.setTitle(QCoreApplication.translate("ExportPackageDialog", u"Protection and privacy", None))
#if QT_CONFIG(accessibility)
        self.encryptCheck.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Encrypt to the office key", None))
#endif // QT_CONFIG(accessibility)
        self.contactsCheck.setText(QCoreApplication.translate("ExportPackageDialog", u"Include contact de&tails (only of participants who agreed to be contacted)", None))
#if QT_CONFIG(accessibility)
        self.contactsCheck.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Include contact details", None))
#endif // QT_CONFIG(accessibility)
        self.contactsWarning.setText(QCoreApplication.translate("ExportPackageDialog", u"\u26a0 Contact details are personal data. They will be in the package file: send it only to the central office, encrypted, and delete copies you no longer need.", None))
#if QT_CONFIG(accessibility)
        self.contactsWarning.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Warning about contact details", None))
#endif // QT_CONFIG(accessibility)
        self.signBox.setTitle(QCoreApplication.translate("ExportPackageDialog", u"Signature", None))
        self.passLabel.setText(QCoreApplication.translate("ExportPackageDialog", u"Signing key &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passEdit.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Passphrase of the signing key", None))
#endif // QT_CONFIG(accessibility)
        self.noKeyLabel.setText(QCoreApplication.translate("ExportPackageDialog", u"This computer has no signing key yet. Create one under Keys first.", None))
        self.keysButton.setText(QCoreApplication.translate("ExportPackageDialog", u"&Keys\u2026", None))
#if QT_CONFIG(accessibility)
        self.keysButton.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Open the keys dialog", None))
#endif // QT_CONFIG(accessibility)
        self.targetBox.setTitle(QCoreApplication.translate("ExportPackageDialog", u"Save to", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Package file", None))
#endif // QT_CONFIG(accessibility)
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("ExportPackageDialog", u"Choose where to save\u2026", None))
        self.chooseButton.setText(QCoreApplication.translate("ExportPackageDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Choose where to save the package", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Export error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.successLabel.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Export result", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ExportPackageDialog", u"&Export package", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Write the package", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ExportPackageDialog", u"Cancel export", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Cancel the running export", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ExportPackageDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ExportPackageDialog", u"Close the dialog", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

