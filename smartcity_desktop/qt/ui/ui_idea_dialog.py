# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'idea_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_IdeaDialog(object):
    def setupUi(self, IdeaDialog):
        if not IdeaDialog.objectName():
            IdeaDialog.setObjectName(u"IdeaDialog")
        IdeaDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(IdeaDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.textLabel = QLabel(IdeaDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(IdeaDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.titleLabel = QLabel(IdeaDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(IdeaDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(IdeaDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.needRadio = QRadioButton(IdeaDialog)
        self.needRadio.setObjectName(u"needRadio")

        self.kindLayout.addWidget(self.needRadio)

        self.ideaRadio = QRadioButton(IdeaDialog)
        self.ideaRadio.setObjectName(u"ideaRadio")
        self.ideaRadio.setChecked(True)

        self.kindLayout.addWidget(self.ideaRadio)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.themeLabel = QLabel(IdeaDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(IdeaDialog)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setEditable(True)
        self.themeCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.sdgLabel = QLabel(IdeaDialog)
        self.sdgLabel.setObjectName(u"sdgLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sdgLabel)

        self.sdgContainer = QWidget(IdeaDialog)
        self.sdgContainer.setObjectName(u"sdgContainer")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sdgContainer)

        self.goalsLabel = QLabel(IdeaDialog)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsList = QListWidget(IdeaDialog)
        self.goalsList.setObjectName(u"goalsList")
        self.goalsList.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.goalsList)

        self.participantLabel = QLabel(IdeaDialog)
        self.participantLabel.setObjectName(u"participantLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.participantLabel)

        self.participantEdit = QLineEdit(IdeaDialog)
        self.participantEdit.setObjectName(u"participantEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.participantEdit)

        self.tableLabel = QLabel(IdeaDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tableLabel)

        self.tableEdit = QLineEdit(IdeaDialog)
        self.tableEdit.setObjectName(u"tableEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tableEdit)

        self.sourceLabel = QLabel(IdeaDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(IdeaDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(IdeaDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IdeaDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeCombo)
        self.goalsLabel.setBuddy(self.goalsList)
        self.participantLabel.setBuddy(self.participantEdit)
        self.tableLabel.setBuddy(self.tableEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.needRadio)
        QWidget.setTabOrder(self.needRadio, self.ideaRadio)
        QWidget.setTabOrder(self.ideaRadio, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.goalsList)
        QWidget.setTabOrder(self.goalsList, self.participantEdit)
        QWidget.setTabOrder(self.participantEdit, self.tableEdit)
        QWidget.setTabOrder(self.tableEdit, self.sourceCombo)

        self.retranslateUi(IdeaDialog)

        QMetaObject.connectSlotsByName(IdeaDialog)
    # setupUi

    def retranslateUi(self, IdeaDialog):
        IdeaDialog.setWindowTitle(QCoreApplication.translate("IdeaDialog", u"Idea", None))
        self.textLabel.setText(QCoreApplication.translate("IdeaDialog", u"&Text:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("IdeaDialog", u"What did the participant write? (required)", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Idea text", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("IdeaDialog", u"T&itle:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("IdeaDialog", u"Optional short title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("IdeaDialog", u"Kind:", None))
        self.needRadio.setText(QCoreApplication.translate("IdeaDialog", u"&Need or problem", None))
#if QT_CONFIG(accessibility)
        self.needRadio.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Need or problem", None))
#endif // QT_CONFIG(accessibility)
        self.ideaRadio.setText(QCoreApplication.translate("IdeaDialog", u"Idea or &solution", None))
#if QT_CONFIG(accessibility)
        self.ideaRadio.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Idea or solution", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("IdeaDialog", u"T&heme:", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("IdeaDialog", u"Pick a theme, or type a new name to create it.", None))
#endif // QT_CONFIG(tooltip)
        self.sdgLabel.setText(QCoreApplication.translate("IdeaDialog", u"SDGs:", None))
#if QT_CONFIG(accessibility)
        self.sdgContainer.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Sustainable Development Goals", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("IdeaDialog", u"Strategy &goals:", None))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Strategy goals", None))
#endif // QT_CONFIG(accessibility)
        self.participantLabel.setText(QCoreApplication.translate("IdeaDialog", u"&Participant code:", None))
        self.participantEdit.setPlaceholderText(QCoreApplication.translate("IdeaDialog", u"e.g. W1-007 (leave empty for a table group or anonymous)", None))
#if QT_CONFIG(accessibility)
        self.participantEdit.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Participant code", None))
#endif // QT_CONFIG(accessibility)
        self.tableLabel.setText(QCoreApplication.translate("IdeaDialog", u"Table &group:", None))
        self.tableEdit.setPlaceholderText(QCoreApplication.translate("IdeaDialog", u"e.g. Table 3", None))
#if QT_CONFIG(accessibility)
        self.tableEdit.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Table group", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("IdeaDialog", u"S&ource:", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("IdeaDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

