# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_batch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EntryBatchDialog(object):
    def setupUi(self, EntryBatchDialog):
        if not EntryBatchDialog.objectName():
            EntryBatchDialog.setObjectName(u"EntryBatchDialog")
        EntryBatchDialog.resize(460, 230)
        self.mainLayout = QVBoxLayout(EntryBatchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.labelLabel = QLabel(EntryBatchDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(EntryBatchDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.doubleCheck = QCheckBox(EntryBatchDialog)
        self.doubleCheck.setObjectName(u"doubleCheck")
        self.doubleCheck.setChecked(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doubleCheck)

        self.doubleHint = QLabel(EntryBatchDialog)
        self.doubleHint.setObjectName(u"doubleHint")
        self.doubleHint.setWordWrap(True)
        self.doubleHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doubleHint)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EntryBatchDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(EntryBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.labelEdit, self.doubleCheck)

        self.retranslateUi(EntryBatchDialog)

        QMetaObject.connectSlotsByName(EntryBatchDialog)
    # setupUi

    def retranslateUi(self, EntryBatchDialog):
        EntryBatchDialog.setWindowTitle(QCoreApplication.translate("EntryBatchDialog", u"New batch of cards", None))
        self.labelLabel.setText(QCoreApplication.translate("EntryBatchDialog", u"&Name of the stack:", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("EntryBatchDialog", u"e.g. Table 3 stack", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("EntryBatchDialog", u"Name of the stack", None))
#endif // QT_CONFIG(accessibility)
        self.doubleCheck.setText(QCoreApplication.translate("EntryBatchDialog", u"&Double entry: two volunteers type every card", None))
#if QT_CONFIG(accessibility)
        self.doubleCheck.setAccessibleName(QCoreApplication.translate("EntryBatchDialog", u"Double entry", None))
#endif // QT_CONFIG(accessibility)
        self.doubleHint.setText(QCoreApplication.translate("EntryBatchDialog", u"The two passes are compared field by field, and only what both agree on (or what you choose) becomes ideas. Without double entry, each card becomes an idea as soon as it is saved.", None))
        self.errorLabel.setText("")
    # retranslateUi

