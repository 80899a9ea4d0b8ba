# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportIdeasDialog(object):
    def setupUi(self, ImportIdeasDialog):
        if not ImportIdeasDialog.objectName():
            ImportIdeasDialog.setObjectName(u"ImportIdeasDialog")
        ImportIdeasDialog.resize(1080, 700)
        self.mainLayout = QVBoxLayout(ImportIdeasDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ImportIdeasDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportIdeasDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportIdeasDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportIdeasDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)

        self.sheetLabel = QLabel(ImportIdeasDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(ImportIdeasDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumContentsLength(10)
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.fileLayout.addWidget(self.sheetCombo)


        self.mainLayout.addLayout(self.fileLayout)

        self.mappingBox = QGroupBox(ImportIdeasDialog)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingGrid = QGridLayout(self.mappingBox)
        self.mappingGrid.setObjectName(u"mappingGrid")

        self.mainLayout.addWidget(self.mappingBox)

        self.warningLabel = QLabel(ImportIdeasDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #8a5300;")

        self.mainLayout.addWidget(self.warningLabel)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(ImportIdeasDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.onlyErrorsCheck = QCheckBox(ImportIdeasDialog)
        self.onlyErrorsCheck.setObjectName(u"onlyErrorsCheck")

        self.summaryLayout.addWidget(self.onlyErrorsCheck)


        self.mainLayout.addLayout(self.summaryLayout)

        self.previewTable = QTableView(ImportIdeasDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(False)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setWordWrap(False)
        self.previewTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.previewTable)

        self.rowDetailLabel = QLabel(ImportIdeasDialog)
        self.rowDetailLabel.setObjectName(u"rowDetailLabel")
        self.rowDetailLabel.setWordWrap(True)
        self.rowDetailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.rowDetailLabel)

        self.skipCheck = QCheckBox(ImportIdeasDialog)
        self.skipCheck.setObjectName(u"skipCheck")

        self.mainLayout.addWidget(self.skipCheck)

        self.errorLayout = QHBoxLayout()
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLabel = QLabel(ImportIdeasDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.errorLabel.sizePolicy().hasHeightForWidth())
        self.errorLabel.setSizePolicy(sizePolicy)

        self.errorLayout.addWidget(self.errorLabel)

        self.encodingButton = QPushButton(ImportIdeasDialog)
        self.encodingButton.setObjectName(u"encodingButton")
        self.encodingButton.setAutoDefault(False)

        self.errorLayout.addWidget(self.encodingButton)


        self.mainLayout.addLayout(self.errorLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.progressBar = QProgressBar(ImportIdeasDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.buttonLayout.addWidget(self.progressBar)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportIdeasDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportIdeasDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.onlyErrorsCheck)
        QWidget.setTabOrder(self.onlyErrorsCheck, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.skipCheck)
        QWidget.setTabOrder(self.skipCheck, self.encodingButton)
        QWidget.setTabOrder(self.encodingButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(ImportIdeasDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportIdeasDialog)
    # setupUi

    def retranslateUi(self, ImportIdeasDialog):
        ImportIdeasDialog.setWindowTitle(QCoreApplication.translate("ImportIdeasDialog", u"Import ideas", None))
        self.introLabel.setText(QCoreApplication.translate("ImportIdeasDialog", u"Choose a CSV or Excel (.xlsx) file whose first row holds the column names. Check which column holds what, look at the rows below, then press Import. Nothing is saved before that.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportIdeasDialog", u"File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportIdeasDialog", u"No file chosen", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ImportIdeasDialog", u"&Choose file\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Choose a file to import", None))
#endif // QT_CONFIG(accessibility)
        self.sheetLabel.setText(QCoreApplication.translate("ImportIdeasDialog", u"S&heet:", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Worksheet", None))
#endif // QT_CONFIG(accessibility)
        self.mappingBox.setTitle(QCoreApplication.translate("ImportIdeasDialog", u"Which column holds what", None))
#if QT_CONFIG(accessibility)
        self.mappingBox.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText("")
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Summary of the rows", None))
#endif // QT_CONFIG(accessibility)
        self.onlyErrorsCheck.setText(QCoreApplication.translate("ImportIdeasDialog", u"Show &only rows with errors", None))
#if QT_CONFIG(accessibility)
        self.onlyErrorsCheck.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Show only rows with errors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.rowDetailLabel.setText("")
#if QT_CONFIG(accessibility)
        self.rowDetailLabel.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Problems of the selected row", None))
#endif // QT_CONFIG(accessibility)
        self.skipCheck.setText(QCoreApplication.translate("ImportIdeasDialog", u"&Skip rows with errors (import only the rows without errors)", None))
#if QT_CONFIG(accessibility)
        self.skipCheck.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Skip rows with errors", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.encodingButton.setText(QCoreApplication.translate("ImportIdeasDialog", u"&Read it as Western European (Windows-1252)", None))
#if QT_CONFIG(accessibility)
        self.encodingButton.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Read the file as Western European text (Windows-1252)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ImportIdeasDialog", u"&Import", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Import the rows", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ImportIdeasDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ImportIdeasDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

