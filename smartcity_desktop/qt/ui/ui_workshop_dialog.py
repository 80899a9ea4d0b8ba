# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_WorkshopDialog(object):
    def setupUi(self, WorkshopDialog):
        if not WorkshopDialog.objectName():
            WorkshopDialog.setObjectName(u"WorkshopDialog")
        WorkshopDialog.resize(520, 380)
        self.mainLayout = QVBoxLayout(WorkshopDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(WorkshopDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(WorkshopDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.codeLabel = QLabel(WorkshopDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(WorkshopDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(8)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.dateLabel = QLabel(WorkshopDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(WorkshopDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.venueLabel = QLabel(WorkshopDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(WorkshopDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.facilitatorsLabel = QLabel(WorkshopDialog)
        self.facilitatorsLabel.setObjectName(u"facilitatorsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.facilitatorsLabel)

        self.facilitatorsEdit = QPlainTextEdit(WorkshopDialog)
        self.facilitatorsEdit.setObjectName(u"facilitatorsEdit")
        self.facilitatorsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.facilitatorsEdit)

        self.consentLabel = QLabel(WorkshopDialog)
        self.consentLabel.setObjectName(u"consentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentEdit = QLineEdit(WorkshopDialog)
        self.consentEdit.setObjectName(u"consentEdit")
        self.consentEdit.setText(u"1")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.consentEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(WorkshopDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WorkshopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.facilitatorsLabel.setBuddy(self.facilitatorsEdit)
        self.consentLabel.setBuddy(self.consentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopDialog)

        QMetaObject.connectSlotsByName(WorkshopDialog)
    # setupUi

    def retranslateUi(self, WorkshopDialog):
        WorkshopDialog.setWindowTitle(QCoreApplication.translate("WorkshopDialog", u"New workshop", None))
        self.titleLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDialog", u"e.g. Kick-off at the library", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("WorkshopDialog", u"Workshop title", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("WorkshopDialog", u"A short code printed on the paper forms, e.g. W3.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("WorkshopDialog", u"Workshop code", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("WorkshopDialog", u"Workshop date", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Venue:", None))
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDialog", u"e.g. Main library, room 2", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("WorkshopDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorsLabel.setText(QCoreApplication.translate("WorkshopDialog", u"&Facilitators:", None))
        self.facilitatorsEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDialog", u"One name per line", None))
#if QT_CONFIG(accessibility)
        self.facilitatorsEdit.setAccessibleName(QCoreApplication.translate("WorkshopDialog", u"Facilitators", None))
#endif // QT_CONFIG(accessibility)
        self.consentLabel.setText(QCoreApplication.translate("WorkshopDialog", u"Consent te&xt version:", None))
#if QT_CONFIG(accessibility)
        self.consentEdit.setAccessibleName(QCoreApplication.translate("WorkshopDialog", u"Consent text version", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

