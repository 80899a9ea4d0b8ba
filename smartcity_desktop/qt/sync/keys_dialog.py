"""The keys for sync packages: this computer's signing key, the central office's key
(fingerprint grouped for reading aloud, a QR code of the public key, the public key file), the
office packages are encrypted to, and the register of trusted keys (trust a key file, revoke).
Argon2id key derivation takes about a second and lots of memory, so keys are made in the
worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SmartCityError
from ...services.sync import keys as sync_keys
from ...services.sync import trust as sync_trust
from ..errors import error_text
from ..icons import icon
from ..tasks import Task
from .common import (
    ERROR,
    MUTED,
    OK,
    fingerprint_lines,
    message_label,
    mono_text,
    show_label,
    start_task,
)
from .passphrase import PassphraseDialog
from .qr import QrCodeWidget


class KeysDialog(QDialog):
    """Keys for sync packages: this computer, the central office, trusted keys."""

    keys_changed = Signal()

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Keys for sync packages"))
        self.setAccessibleName(self.tr("Keys for sync packages"))
        self.setMinimumSize(720, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Key pages"))
        self.tabs.addTab(self._device_page(), icon("lock"), self.tr("This &computer"))
        self.tabs.addTab(self._office_page(), icon("project"), self.tr("Central &office"))
        self.tabs.addTab(self._trusted_page(), icon("participants"), self.tr("&Trusted keys"))
        layout.addWidget(self.tabs, 1)
        self.progressBar = QProgressBar(self)
        self.progressBar.setRange(0, 0)
        self.progressBar.setAccessibleName(self.tr("Working on the key"))
        self.progressBar.setVisible(False)
        layout.addWidget(self.progressBar)
        self.errorLabel = message_label(self, ERROR, self.tr("Key problem"))
        self.successLabel = message_label(self, OK, self.tr("Key result"))
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.successLabel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setAccessibleName(self.tr("Close the dialog"))
        self.closeButton.clicked.connect(self.reject)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)
        self.refresh()

    # ------------------------------------------------------------------ pages
    def _fingerprint_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setFont(mono_text())
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _device_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "This computer signs every package it writes with its own key, so that the "
            "office can tell the package really comes from here and was not changed on the "
            "way. Give the office your public key file, or read the fingerprint to them."),
            page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.deviceStatus = QLabel(page)
        self.deviceStatus.setWordWrap(True)
        self.deviceStatus.setAccessibleName(self.tr("Signing key status"))
        form.addRow(self.tr("Signing key:"), self.deviceStatus)
        self.deviceIdLabel = QLabel(page)
        self.deviceIdLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deviceIdLabel.setAccessibleName(self.tr("Device id"))
        form.addRow(self.tr("Device id:"), self.deviceIdLabel)
        self.deviceFingerprint = self._fingerprint_label(self.tr("Signing key fingerprint"))
        form.addRow(self.tr("Fingerprint:"), self.deviceFingerprint)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.createDeviceButton = QPushButton(icon("lock"), self.tr("Create &signing key…"),
                                              page)
        self.createDeviceButton.setAccessibleName(self.tr("Create the signing key"))
        self.createDeviceButton.clicked.connect(self.create_device_key)
        self.saveDeviceButton = QPushButton(icon("save"), self.tr("Save my &public key file…"),
                                            page)
        self.saveDeviceButton.setAccessibleName(self.tr("Save this computer's public key file"))
        self.saveDeviceButton.clicked.connect(self.save_device_public_key)
        row.addWidget(self.createDeviceButton)
        row.addWidget(self.saveDeviceButton)
        row.addStretch(1)
        layout.addLayout(row)

        office_box = QGroupBox(self.tr("The office this computer sends packages to"), page)
        box = QVBoxLayout(office_box)
        self.knownOfficeLabel = QLabel(office_box)
        self.knownOfficeLabel.setWordWrap(True)
        self.knownOfficeLabel.setAccessibleName(self.tr("Office packages are encrypted to"))
        self.knownOfficeFingerprint = self._fingerprint_label(self.tr("Office key fingerprint"))
        box.addWidget(self.knownOfficeLabel)
        box.addWidget(self.knownOfficeFingerprint)
        office_row = QHBoxLayout()
        self.loadOfficeButton = QPushButton(icon("open"), self.tr("&Load the office's key file…"),
                                            office_box)
        self.loadOfficeButton.setAccessibleName(self.tr("Load the office's public key file"))
        self.loadOfficeButton.clicked.connect(self.load_office_key_file)
        self.forgetOfficeButton = QPushButton(icon("delete"), self.tr("&Forget"), office_box)
        self.forgetOfficeButton.setAccessibleName(self.tr("Forget the office key"))
        self.forgetOfficeButton.clicked.connect(self.forget_office)
        office_row.addWidget(self.loadOfficeButton)
        office_row.addWidget(self.forgetOfficeButton)
        office_row.addStretch(1)
        box.addLayout(office_row)
        layout.addWidget(office_box)
        layout.addStretch(1)
        return page

    def _office_page(self) -> QWidget:
        page = QWidget(self)
        layout = QGridLayout(page)
        intro = QLabel(self.tr(
            "Only on the central office's computer. Facilitators encrypt their packages to "
            "the office key, so that nobody else can read them. Share the public key file or "
            "let them scan the QR code, then compare the fingerprint by reading it aloud."),
            page)
        intro.setWordWrap(True)
        layout.addWidget(intro, 0, 0, 1, 2)
        form = QFormLayout()
        self.officeStatus = QLabel(page)
        self.officeStatus.setWordWrap(True)
        self.officeStatus.setAccessibleName(self.tr("Office key status"))
        form.addRow(self.tr("Office key:"), self.officeStatus)
        self.officeFingerprint = self._fingerprint_label(self.tr("Office key fingerprint"))
        form.addRow(self.tr("Fingerprint:"), self.officeFingerprint)
        self.officeSignFingerprint = self._fingerprint_label(
            self.tr("Office signing key fingerprint"))
        self.officeSignFingerprint.setFont(mono_text(0))
        form.addRow(self.tr("Signs with:"), self.officeSignFingerprint)
        layout.addLayout(form, 1, 0)
        buttons = QVBoxLayout()
        self.createOfficeButton = QPushButton(icon("lock"), self.tr("Create office &key…"),
                                              page)
        self.createOfficeButton.setAccessibleName(self.tr("Create the office key"))
        self.createOfficeButton.clicked.connect(self.create_office_key)
        self.saveOfficeButton = QPushButton(icon("save"),
                                            self.tr("Save the office's &public key file…"), page)
        self.saveOfficeButton.setAccessibleName(self.tr("Save the office's public key file"))
        self.saveOfficeButton.clicked.connect(self.save_office_public_key)
        buttons.addWidget(self.createOfficeButton)
        buttons.addWidget(self.saveOfficeButton)
        buttons.addStretch(1)
        layout.addLayout(buttons, 2, 0)
        self.qr = QrCodeWidget(page)
        self.qr.setAccessibleName(self.tr("QR code of the office's public key"))
        layout.addWidget(self.qr, 1, 1, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(2, 1)
        return page

    def _trusted_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Packages are only imported when they are signed by a key in this list (or one "
            "you agree to trust when it first arrives). Revoke a key when a laptop is lost."),
            page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.trustedTable = QTableWidget(0, 5, page)
        self.trustedTable.setAccessibleName(self.tr("Trusted keys"))
        self.trustedTable.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Device"), self.tr("Fingerprint"), self.tr("Added"),
            self.tr("Status")])
        self.trustedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trustedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trustedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trustedTable.verticalHeader().setVisible(False)
        header = self.trustedTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.trustedTable.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.trustedTable, 1)
        row = QHBoxLayout()
        self.trustFileButton = QPushButton(icon("add"), self.tr("Trust a &key file…"), page)
        self.trustFileButton.setAccessibleName(self.tr("Trust a facilitator's key file"))
        self.trustFileButton.clicked.connect(self.trust_key_file)
        self.revokeButton = QPushButton(icon("delete"), self.tr("&Revoke"), page)
        self.revokeButton.setAccessibleName(self.tr("Revoke the selected key"))
        self.revokeButton.clicked.connect(self.revoke_selected)
        row.addWidget(self.trustFileButton)
        row.addWidget(self.revokeButton)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        try:
            device = sync_keys.device_identity() if sync_keys.has_device_key() else None
        except SmartCityError as exc:
            device = None
            show_label(self.errorLabel, error_text(exc))
        if device is None:
            self.deviceStatus.setText(self.tr("None yet. Create one before writing packages."))
            self.deviceIdLabel.setText("–")
            self.deviceFingerprint.setText("–")
        else:
            self.deviceStatus.setText(self.tr("Ready (protected by a passphrase)"))
            self.deviceIdLabel.setText(device.device_id)
            self.deviceFingerprint.setText(fingerprint_lines(device.fingerprint))
        self._device = device
        try:
            known = sync_keys.known_office()
        except SmartCityError as exc:
            known = None
            show_label(self.errorLabel, error_text(exc))
        if known is None:
            self.knownOfficeLabel.setText(self.tr(
                "No office key loaded: packages are written unencrypted. Load the key file "
                "the office gave you to encrypt them."))
            self.knownOfficeFingerprint.setText("")
        else:
            self.knownOfficeLabel.setText(self.tr("Packages are encrypted to: %1").replace(
                "%1", known.label or self.tr("(no name)")))
            self.knownOfficeFingerprint.setText(fingerprint_lines(known.fingerprint))
        self._known = known
        try:
            office = sync_keys.office_public_key() if sync_keys.has_office_key() else None
        except SmartCityError as exc:
            office = None
            show_label(self.errorLabel, error_text(exc))
        self._office = office
        if office is None:
            self.officeStatus.setText(self.tr("This computer is not the central office "
                                              "(no office key)."))
            self.officeFingerprint.setText("–")
            self.officeSignFingerprint.setText("–")
            self.qr.set_payload("")
        else:
            self.officeStatus.setText(office.label)
            self.officeFingerprint.setText(fingerprint_lines(office.fingerprint))
            self.officeSignFingerprint.setText(fingerprint_lines(office.verify_fingerprint))
            self.qr.set_payload(sync_keys.office_qr_payload(office))
        self._fill_trusted()
        self._update_buttons()

    def _fill_trusted(self) -> None:
        rows = sync_trust.list_trusted(self.db, include_revoked=True)
        table = self.trustedTable
        table.setRowCount(len(rows))
        for r, key in enumerate(rows):
            added = key.added_at.astimezone().strftime("%Y-%m-%d %H:%M") if key.added_at else ""
            status = self.tr("Revoked") if key.revoked else self.tr("Trusted")
            for c, text in enumerate((key.label or "–", key.device_id, key.fingerprint, added,
                                      status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key.fingerprint)
                if key.revoked:
                    item.setForeground(QColor(MUTED))
                if c == 2:
                    item.setFont(mono_text(0))
                table.setItem(r, c, item)

    def _selected_fingerprint(self) -> str | None:
        items = self.trustedTable.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.createDeviceButton.setEnabled(not busy and self._device is None)
        self.saveDeviceButton.setEnabled(not busy and self._device is not None)
        self.forgetOfficeButton.setEnabled(not busy and self._known is not None)
        self.loadOfficeButton.setEnabled(not busy)
        self.createOfficeButton.setEnabled(not busy and self._office is None)
        self.saveOfficeButton.setEnabled(not busy and self._office is not None)
        self.trustFileButton.setEnabled(not busy)
        fp = self._selected_fingerprint()
        revoked = False
        if fp is not None:
            row = self.trustedTable.currentRow()
            revoked = self.trustedTable.item(row, 4).text() == self.tr("Revoked") \
                if row >= 0 else False
        self.revokeButton.setEnabled(not busy and fp is not None and not revoked)
        self.progressBar.setVisible(busy)
        self.closeButton.setEnabled(not busy)

    def _clear_messages(self) -> None:
        show_label(self.errorLabel, "")
        show_label(self.successLabel, "")

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, msecs: int = 60000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

    # ------------------------------------------------------------------ creating keys
    def _ask_new_passphrase(self, title: str, text: str, label: str | None = None):
        dialog = PassphraseDialog(title, text, True, self, label_field=label)
        if not dialog.exec():
            return None
        return dialog

    def create_device_key(self) -> None:
        dialog = self._ask_new_passphrase(
            self.tr("Create the signing key"),
            self.tr("Choose a passphrase for this computer's signing key. You will type it "
                    "each time you write a package."))
        if dialog is None:
            return
        passphrase = dialog.passphrase()
        self._run(lambda _p: sync_keys.init_device_key(passphrase),
                  lambda identity: self.tr("Signing key created. Fingerprint: %1")
                  .replace("%1", identity.fingerprint))

    def create_office_key(self) -> None:
        dialog = self._ask_new_passphrase(
            self.tr("Create the office key"),
            self.tr("Choose a passphrase for the office key. You will type it to open the "
                    "encrypted packages facilitators send."),
            label=self.tr("Central office"))
        if dialog is None:
            return
        passphrase, name = dialog.passphrase(), dialog.label()
        self._run(lambda _p: sync_keys.init_office_key(passphrase, label=name),
                  lambda key: self.tr("Office key created. Fingerprint: %1")
                  .replace("%1", key.fingerprint))

    def _run(self, work, success) -> None:
        self._clear_messages()
        self._success = success
        self._task = start_task(Task(work), self._on_finished, self._on_failed)
        self._update_buttons()

    def _on_finished(self, result) -> None:
        self._task = None
        self.refresh()
        show_label(self.successLabel, "✔ " + self._success(result))
        self.keys_changed.emit()

    def _on_failed(self, exc) -> None:
        self._task = None
        self.refresh()
        show_label(self.errorLabel, error_text(exc))

    # ------------------------------------------------------------------ files
    def _save_path(self, title: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name,
                                              self.tr("Key file (*.json)"))
        if not path:
            return None
        if not path.endswith(".json"):
            path += ".json"
        return Path(path)

    def save_device_public_key(self) -> None:
        path = self._save_path(self.tr("Save this computer's public key"),
                               "smartcity-device-key.json")
        if path is None:
            return
        self._clear_messages()
        try:
            sync_keys.write_device_public_key(path)
        except (SmartCityError, OSError) as exc:
            show_label(self.errorLabel, error_text(exc))
            return
        show_label(self.successLabel, "✔ " + self.tr("Public key written to %1").replace(
            "%1", str(path)))

    def save_office_public_key(self) -> None:
        path = self._save_path(self.tr("Save the office's public key"),
                               "smartcity-office-key.json")
        if path is None:
            return
        self._clear_messages()
        try:
            sync_keys.write_office_public_key(path)
        except (SmartCityError, OSError) as exc:
            show_label(self.errorLabel, error_text(exc))
            return
        show_label(self.successLabel, "✔ " + self.tr("Office public key written to %1").replace(
            "%1", str(path)))

    def _confirm_fingerprint(self, title: str, text: str, fp: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setInformativeText(self.tr("Fingerprint:\n%1\n\nCompare it with the one read to "
                                       "you, group by group.")
                               .replace("%1", fingerprint_lines(fp)))
        yes = box.addButton(self.tr("&Trust this key"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def load_office_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load the office's public key"),
                                              "", self.tr("Key file (*.json);;All files (*)"))
        if not path:
            return
        self._clear_messages()
        try:
            key = sync_keys.read_office_public_key(Path(path))
        except SmartCityError as exc:
            show_label(self.errorLabel, error_text(exc))
            return
        if not self._confirm_fingerprint(
                self.tr("Encrypt packages to this office?"),
                self.tr("Office: %1").replace("%1", key.label or self.tr("(no name)")),
                key.fingerprint):
            return
        sync_keys.set_known_office(key)
        # The office signs its return packages with this key: trust it too.
        sync_trust.trust_key(self.db, key.verify_key, key.device_id,
                             key.label or self.tr("Central office"))
        self.refresh()
        show_label(self.successLabel, "✔ " + self.tr("Packages are now encrypted to %1.").replace(
            "%1", key.label or key.fingerprint))
        self.keys_changed.emit()

    def forget_office(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Forget the office key?"),
            self.tr("Packages will no longer be encrypted unless you load the key again."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        sync_keys.forget_known_office()
        self.refresh()
        self.keys_changed.emit()

    def trust_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a facilitator's key"), "",
                                              self.tr("Key file (*.json);;All files (*)"))
        if not path:
            return
        self._clear_messages()
        try:
            identity, label = sync_keys.read_device_public_key(Path(path))
        except SmartCityError as exc:
            show_label(self.errorLabel, error_text(exc))
            return
        if not self._confirm_fingerprint(
                self.tr("Trust packages from this computer?"),
                self.tr("%1\nDevice id: %2").replace("%1", label or self.tr("(no name)"))
                .replace("%2", identity.device_id), identity.fingerprint):
            return
        try:
            sync_trust.trust_key(self.db, identity.verify_key, identity.device_id, label)
        except SmartCityError as exc:
            show_label(self.errorLabel, error_text(exc))
            return
        self.refresh()
        show_label(self.successLabel, "✔ " + self.tr("Key trusted: %1").replace(
            "%1", identity.fingerprint))
        self.keys_changed.emit()

    def revoke_selected(self) -> None:
        fp = self._selected_fingerprint()
        if fp is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Revoke this key?"),
            self.tr("Packages signed with %1 will be refused from now on.").replace("%1", fp))
        if answer != QMessageBox.StandardButton.Yes:
            return
        sync_trust.revoke(self.db, fp)
        self.refresh()
        show_label(self.successLabel, "✔ " + self.tr("Key revoked: %1").replace("%1", fp))
        self.keys_changed.emit()

    def reject(self) -> None:
        if self._task is not None:  # a key is being made: let it finish
            return
        super().reject()


def show_keys(window) -> KeysDialog:
    dialog = KeysDialog(window.db, window)
    dialog.exec()
    return dialog
