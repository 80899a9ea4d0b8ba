# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProjectDialog(object):
    def setupUi(self, ProjectDialog):
        if not ProjectDialog.objectName():
            ProjectDialog.setObjectName(u"ProjectDialog")
        ProjectDialog.resize(480, 260)
        self.mainLayout = QVBoxLayout(ProjectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProjectDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProjectDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.languageLabel = QLabel(ProjectDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ProjectDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.descriptionLabel = QLabel(ProjectDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ProjectDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProjectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectDialog)

        QMetaObject.connectSlotsByName(ProjectDialog)
    # setupUi

    def retranslateUi(self, ProjectDialog):
        ProjectDialog.setWindowTitle(QCoreApplication.translate("ProjectDialog", u"New project", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProjectDialog", u"e.g. Green mobility 2030, District X", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Project name", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Project language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ProjectDialog", u"The language of forms, category labels and reports.", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("ProjectDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ProjectDialog", u"Project description", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

