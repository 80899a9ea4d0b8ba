"""Asking for a passphrase: a new one (twice) or an existing one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...services.sync import keys as sync_keys
from .common import ERROR, MUTED, message_label, show_label


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice (``confirm=True``) or for an existing one."""

    def __init__(self, title: str, text: str, confirm: bool, parent=None,
                 label_field: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._confirm = confirm
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.labelEdit = None
        if label_field is not None:
            self.labelEdit = QLineEdit(label_field, self)
            self.labelEdit.setAccessibleName(self.tr("Name shown with the key"))
            self.labelEdit.setMaxLength(120)
            form.addRow(self.tr("&Name:"), self.labelEdit)
        self.passEdit = QLineEdit(self)
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passEdit.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passEdit)
        self.confirmEdit = QLineEdit(self)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setAccessibleName(self.tr("Passphrase again"))
        if confirm:
            form.addRow(self.tr("&Again:"), self.confirmEdit)
        else:
            self.confirmEdit.hide()
        self.showCheck = QCheckBox(self.tr("&Show the passphrase"), self)
        self.showCheck.setAccessibleName(self.tr("Show the passphrase"))
        self.showCheck.toggled.connect(self._on_show)
        form.addRow("", self.showCheck)
        layout.addLayout(form)
        if confirm:
            note = QLabel(self.tr("At least %1 characters. Nobody can recover a forgotten "
                                  "passphrase: write it down and keep it somewhere safe.")
                          .replace("%1", str(sync_keys.MIN_PASSPHRASE)), self)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {MUTED};")
            layout.addWidget(note)
        self.problemLabel = message_label(self, ERROR, self.tr("Passphrase problem"))
        layout.addWidget(self.problemLabel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setAccessibleName(self.tr("Confirm the passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passEdit.textChanged.connect(self._check)
        self.confirmEdit.textChanged.connect(self._check)
        self.setMinimumWidth(440)
        self._check()

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passEdit.setEchoMode(mode)
        self.confirmEdit.setEchoMode(mode)

    def problem(self) -> str:
        text = self.passEdit.text()
        if not self._confirm:
            return "" if text else self.tr("Type the passphrase.")
        if len(text.strip()) < sync_keys.MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(sync_keys.MIN_PASSPHRASE))
        if self.confirmEdit.text() != text:
            return self.tr("The two passphrases are not the same.")
        return ""

    def _check(self, *_args) -> None:
        problem = self.problem()
        self.okButton.setEnabled(not problem)
        # Say what is wrong once something was typed, not on an empty form.
        show_label(self.problemLabel, problem if self.passEdit.text() else "")

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()

    def passphrase(self) -> str:
        return self.passEdit.text()

    def label(self) -> str:
        return self.labelEdit.text().strip() if self.labelEdit is not None else ""
