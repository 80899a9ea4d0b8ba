# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paper_forms_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListView,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PaperFormsDialog(object):
    def setupUi(self, PaperFormsDialog):
        if not PaperFormsDialog.objectName():
            PaperFormsDialog.setObjectName(u"PaperFormsDialog")
        PaperFormsDialog.resize(900, 700)
        self.mainLayout = QVBoxLayout(PaperFormsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PaperFormsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.countsLayout = QHBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.registrationsLabel = QLabel(PaperFormsDialog)
        self.registrationsLabel.setObjectName(u"registrationsLabel")

        self.countsLayout.addWidget(self.registrationsLabel)

        self.registrationsSpin = QSpinBox(PaperFormsDialog)
        self.registrationsSpin.setObjectName(u"registrationsSpin")
        self.registrationsSpin.setMaximum(500)
        self.registrationsSpin.setValue(1)

        self.countsLayout.addWidget(self.registrationsSpin)

        self.countsSpacer1 = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer1)

        self.cardsLabel = QLabel(PaperFormsDialog)
        self.cardsLabel.setObjectName(u"cardsLabel")

        self.countsLayout.addWidget(self.cardsLabel)

        self.cardsSpin = QSpinBox(PaperFormsDialog)
        self.cardsSpin.setObjectName(u"cardsSpin")
        self.cardsSpin.setMaximum(1000)
        self.cardsSpin.setSingleStep(2)
        self.cardsSpin.setValue(10)

        self.countsLayout.addWidget(self.cardsSpin)

        self.countsSpacer2 = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer2)


        self.mainLayout.addLayout(self.countsLayout)

        self.previewList = QListWidget(PaperFormsDialog)
        self.previewList.setObjectName(u"previewList")
        self.previewList.setViewMode(QListView.IconMode)
        self.previewList.setFlow(QListView.LeftToRight)
        self.previewList.setProperty(u"wrapping", True)
        self.previewList.setResizeMode(QListView.Adjust)
        self.previewList.setMovement(QListView.Static)
        self.previewList.setSpacing(12)
        self.previewList.setUniformItemSizes(True)
        self.previewList.setSelectionMode(QAbstractItemView.SingleSelection)

        self.mainLayout.addWidget(self.previewList)

        self.errorLabel = QLabel(PaperFormsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(PaperFormsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.statusLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(PaperFormsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setMaximumWidth(240)

        self.statusLayout.addWidget(self.progressBar)

        self.stopButton = QPushButton(PaperFormsDialog)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setAutoDefault(False)

        self.statusLayout.addWidget(self.stopButton)


        self.mainLayout.addLayout(self.statusLayout)

        self.buttonBox = QDialogButtonBox(PaperFormsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.registrationsLabel.setBuddy(self.registrationsSpin)
        self.cardsLabel.setBuddy(self.cardsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaperFormsDialog)

        QMetaObject.connectSlotsByName(PaperFormsDialog)
    # setupUi

    def retranslateUi(self, PaperFormsDialog):
        PaperFormsDialog.setWindowTitle(QCoreApplication.translate("PaperFormsDialog", u"Paper forms", None))
        self.introLabel.setText("")
        self.registrationsLabel.setText(QCoreApplication.translate("PaperFormsDialog", u"Blank &registration forms:", None))
#if QT_CONFIG(accessibility)
        self.registrationsSpin.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Number of blank registration forms", None))
#endif // QT_CONFIG(accessibility)
        self.cardsLabel.setText(QCoreApplication.translate("PaperFormsDialog", u"&Idea cards:", None))
#if QT_CONFIG(accessibility)
        self.cardsSpin.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Number of idea cards", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cardsSpin.setToolTip(QCoreApplication.translate("PaperFormsDialog", u"Two idea cards are printed on each A4 page; cut along the dashed line.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previewList.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Page preview", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("PaperFormsDialog", u"S&top", None))
#if QT_CONFIG(accessibility)
        self.stopButton.setAccessibleName(QCoreApplication.translate("PaperFormsDialog", u"Stop making the forms", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

