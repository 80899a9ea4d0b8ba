# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(StatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.subjectLabel = QLabel(StatusDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setWordWrap(True)
        self.subjectLabel.setTextFormat(Qt.PlainText)
        self.subjectLabel.setStyleSheet(u"font-weight: 600;")

        self.mainLayout.addWidget(self.subjectLabel)

        self.currentLabel = QLabel(StatusDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setTextFormat(Qt.PlainText)
        self.currentLabel.setStyleSheet(u"color: #4a5560;")

        self.mainLayout.addWidget(self.currentLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(StatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QGridLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setHorizontalSpacing(18)

        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.reasonLabel = QLabel(StatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(StatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.dateLabel = QLabel(StatusDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(StatusDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setMinimumSize(QSize(150, 0))
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.decidedByLabel = QLabel(StatusDialog)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedByCombo = QComboBox(StatusDialog)
        self.decidedByCombo.setObjectName(u"decidedByCombo")
        self.decidedByCombo.setEditable(True)
        self.decidedByCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decidedByCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(StatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.decidedByLabel.setBuddy(self.decidedByCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.decidedByCombo)

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Change status", None))
        self.subjectLabel.setText("")
        self.currentLabel.setText("")
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"New &status:", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"Why was this decided? e.g. Included in next year's budget for street lighting. (required)", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Reason for the status change", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("StatusDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Date of the decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("StatusDialog", u"When the decision was taken (today unless you change it)", None))
#endif // QT_CONFIG(tooltip)
        self.decidedByLabel.setText(QCoreApplication.translate("StatusDialog", u"Decided &by:", None))
#if QT_CONFIG(accessibility)
        self.decidedByCombo.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Decided by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.decidedByCombo.setToolTip(QCoreApplication.translate("StatusDialog", u"Who took the decision, e.g. the district council. Remembered for next time.", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

