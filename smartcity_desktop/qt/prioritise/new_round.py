"""The dialog that starts a new prioritisation round: its name and method."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...core.enums import RoundMethod
from ..labels import method_description, method_label


class NewRoundDialog(QDialog):
    """Method, name and (for dot voting) dots per participant of a new round."""

    def __init__(self, existing_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New round"))
        self._existing = existing_names
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Method"))
        for method in RoundMethod:
            self.method.addItem(method_label(method), method.value)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        self.description.setMinimumHeight(48)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the round"))
        self.name.setMaxLength(200)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 50)
        self.dots.setValue(5)
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        self.dots_label = QLabel(self.tr("&Dots per participant:"), self)
        self.dots_label.setBuddy(self.dots)
        grid = QGridLayout()
        method_label_ = QLabel(self.tr("&Method:"), self)
        method_label_.setBuddy(self.method)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        grid.addWidget(method_label_, 0, 0)
        grid.addWidget(self.method, 0, 1)
        grid.addWidget(self.description, 1, 1)
        grid.addWidget(name_label, 2, 0)
        grid.addWidget(self.name, 2, 1)
        grid.addWidget(self.dots_label, 3, 0)
        grid.addWidget(self.dots, 3, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        self._auto_name = ""
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self, *_args) -> None:
        method = self.chosen_method()
        self.description.setText(method_description(method))
        is_dots = method == RoundMethod.DOTS
        self.dots.setVisible(is_dots)
        self.dots_label.setVisible(is_dots)
        if not self.name.text() or self.name.text() == self._auto_name:
            base = method_label(method)
            n = 1
            name = base
            while name in self._existing:
                n += 1
                name = f"{base} {n}"
            self._auto_name = name
            self.name.setText(name)

    def chosen_method(self) -> RoundMethod:
        return RoundMethod(self.method.currentData())
