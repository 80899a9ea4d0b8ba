# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_packages_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportPackagesDialog(object):
    def setupUi(self, ImportPackagesDialog):
        if not ImportPackagesDialog.objectName():
            ImportPackagesDialog.setObjectName(u"ImportPackagesDialog")
        ImportPackagesDialog.setMinimumSize(QSize(760, 520))
        ImportPackagesDialog.setAcceptDrops(True)
        self.mainLayout = QVBoxLayout(ImportPackagesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filesBox = QGroupBox(ImportPackagesDialog)
        self.filesBox.setObjectName(u"filesBox")
        self.filesLayout = QHBoxLayout(self.filesBox)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesColumn = QVBoxLayout()
        self.filesColumn.setObjectName(u"filesColumn")
        self.fileList = QListWidget(self.filesBox)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.filesColumn.addWidget(self.fileList)

        self.dropHint = QLabel(self.filesBox)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setWordWrap(True)
        self.dropHint.setStyleSheet(u"color: #5b6670;")

        self.filesColumn.addWidget(self.dropHint)

        self.filesColumn.setStretch(0, 1)

        self.filesLayout.addLayout(self.filesColumn)

        self.fileButtons = QVBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addButton = QPushButton(self.filesBox)
        self.addButton.setObjectName(u"addButton")

        self.fileButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(self.filesBox)
        self.removeButton.setObjectName(u"removeButton")

        self.fileButtons.addWidget(self.removeButton)

        self.fileButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileButtons.addItem(self.fileButtonsSpacer)


        self.filesLayout.addLayout(self.fileButtons)

        self.filesLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.filesBox)

        self.passLayout = QFormLayout()
        self.passLayout.setObjectName(u"passLayout")
        self.passLabel = QLabel(ImportPackagesDialog)
        self.passLabel.setObjectName(u"passLabel")

        self.passLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passEdit = QLineEdit(ImportPackagesDialog)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.Password)

        self.passLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passEdit)

        self.passNote = QLabel(ImportPackagesDialog)
        self.passNote.setObjectName(u"passNote")
        self.passNote.setStyleSheet(u"color: #5b6670;")

        self.passLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passNote)


        self.mainLayout.addLayout(self.passLayout)

        self.progressBar = QProgressBar(ImportPackagesDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.mainLayout.addWidget(self.progressBar)

        self.reportTable = QTableWidget(ImportPackagesDialog)
        if (self.reportTable.columnCount() < 7):
            self.reportTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reportTable.setWordWrap(True)
        self.reportTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.reportTable)

        self.summaryLabel = QLabel(ImportPackagesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(ImportPackagesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #7a0010;")
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportPackagesDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportPackagesDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportPackagesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(0, 1)
        self.mainLayout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.passLabel.setBuddy(self.passEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPackagesDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportPackagesDialog)
    # setupUi

    def retranslateUi(self, ImportPackagesDialog):
        ImportPackagesDialog.setWindowTitle(QCoreApplication.translate("ImportPackagesDialog", u"Import sync packages", None))
#if QT_CONFIG(accessibility)
        ImportPackagesDialog.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Import sync packages", None))
#endif // QT_CONFIG(accessibility)
        self.filesBox.setTitle(QCoreApplication.translate("ImportPackagesDialog", u"Packages", None))
#if QT_CONFIG(accessibility)
        self.fileList.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Package files to import", None))
#endif // QT_CONFIG(accessibility)
        self.dropHint.setText(QCoreApplication.translate("ImportPackagesDialog", u"Add the .scpkg files from a USB stick, an e-mail or a shared folder with Add files\u2026, or drag them here. Each package is checked completely before anything is written.", None))
        self.addButton.setText(QCoreApplication.translate("ImportPackagesDialog", u"&Add files\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Add package files", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ImportPackagesDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Remove the selected files", None))
#endif // QT_CONFIG(accessibility)
        self.passLabel.setText(QCoreApplication.translate("ImportPackagesDialog", u"Office key &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passEdit.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Passphrase of the office key", None))
#endif // QT_CONFIG(accessibility)
        self.passNote.setText(QCoreApplication.translate("ImportPackagesDialog", u"Needed for packages encrypted to this office.", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.reportTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportPackagesDialog", u"File", None))
        ___qtablewidgetitem1 = self.reportTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportPackagesDialog", u"Result", None))
        ___qtablewidgetitem2 = self.reportTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportPackagesDialog", u"Added", None))
        ___qtablewidgetitem3 = self.reportTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportPackagesDialog", u"Changed", None))
        ___qtablewidgetitem4 = self.reportTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportPackagesDialog", u"Deleted", None))
        ___qtablewidgetitem5 = self.reportTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportPackagesDialog", u"Conflicts", None))
        ___qtablewidgetitem6 = self.reportTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportPackagesDialog", u"Reason", None))
#if QT_CONFIG(accessibility)
        self.reportTable.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"What each package did", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Import summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Import error", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ImportPackagesDialog", u"&Import", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Import the packages", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ImportPackagesDialog", u"Cancel import", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Cancel the running import", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ImportPackagesDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ImportPackagesDialog", u"Close the dialog", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

