# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_kiosk_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartKioskDialog(object):
    def setupUi(self, StartKioskDialog):
        if not StartKioskDialog.objectName():
            StartKioskDialog.setObjectName(u"StartKioskDialog")
        StartKioskDialog.resize(520, 220)
        self.mainLayout = QVBoxLayout(StartKioskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.workshopLabel = QLabel(StartKioskDialog)
        self.workshopLabel.setObjectName(u"workshopLabel")
        self.workshopLabel.setText(u"W1")
        self.workshopLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.workshopLabel)

        self.introLabel = QLabel(StartKioskDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pinLabel = QLabel(StartKioskDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(StartKioskDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaxLength(8)
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.repeatLabel = QLabel(StartKioskDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(StartKioskDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setMaxLength(8)
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(StartKioskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(StartKioskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartKioskDialog)

        QMetaObject.connectSlotsByName(StartKioskDialog)
    # setupUi

    def retranslateUi(self, StartKioskDialog):
        StartKioskDialog.setWindowTitle(QCoreApplication.translate("StartKioskDialog", u"Start kiosk mode", None))
#if QT_CONFIG(accessibility)
        self.workshopLabel.setAccessibleName(QCoreApplication.translate("StartKioskDialog", u"Workshop", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("StartKioskDialog", u"Participants type their own idea on this computer, and if they like a few answers about themselves. Nothing else of the database can be seen or changed while the kiosk runs. Choose a PIN of 4 to 8 digits: you need it to leave kiosk mode.", None))
        self.pinLabel.setText(QCoreApplication.translate("StartKioskDialog", u"&PIN:", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("StartKioskDialog", u"4 to 8 digits", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("StartKioskDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("StartKioskDialog", u"&Repeat the PIN:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("StartKioskDialog", u"Repeat the PIN", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("StartKioskDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

