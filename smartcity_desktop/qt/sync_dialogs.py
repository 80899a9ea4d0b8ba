"""Sync packages in the GUI: keys, exporting a package, importing packages.

- :class:`KeysDialog` — this computer's signing key, the central office's key (fingerprint
  grouped for reading aloud, a QR code of the public key, the public key file), the office
  packages are encrypted to, and the register of trusted keys (trust a key file, revoke).
- :class:`ExportPackageDialog` — full, incremental (since the last package or a date) or return
  package; encrypted to the office key by default when one is known; contact details only when
  ticked (off by default, with a warning).
- :class:`ImportPackagesDialog` — many ``.scpkg`` files at once, imported in the thread pool with
  progress and Cancel, a report per package, and a question on the GUI thread when a package is
  signed by a key nobody has trusted yet (the worker waits for the answer).

Argon2id key derivation takes about a second and lots of memory, so creating and unlocking
keys runs in the worker too. The worker never touches widgets.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRectF, QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import SmartCityError
from ..services.sync import keys as sync_keys
from . import labels
from .icons import icon
from .tasks import Task
from .worker_dialog import CloseCancelsWork

ERROR = "#7a0010"
OK = "#1d5e20"
MUTED = "#5b6670"
WARNING_BG = "#fff4d6"


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SyncDialogs", text, disambiguation, n)


def error_text(exc: BaseException) -> str:
    """A translated explanation of what went wrong with keys or packages."""
    code = getattr(exc, "code", "")
    known = {
        "key_wrong_passphrase": _tr("Wrong passphrase: the key could not be unlocked. Check "
                                    "the passphrase (and the keyboard layout) and try again."),
        "key_weak_passphrase": _tr("Choose a passphrase of at least %1 characters.")
        .replace("%1", str(sync_keys.MIN_PASSPHRASE)),
        "key_missing": _tr("There is no key yet: create one first under Keys."),
        "key_exists": _tr("This computer already has such a key."),
    }
    text = known.get(code)
    if text is not None:
        return text
    if isinstance(exc, SmartCityError):
        return labels.error_message(exc)
    return _tr("Unexpected problem: %1").replace("%1", str(exc) or type(exc).__name__)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fingerprint_lines(fp: str) -> str:
    """"3f2a 9c01 … 77be" as two lines of four groups, easier to read aloud and compare."""
    groups = fp.split()
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]) if len(groups) > 4 else fp


def _mono(size_delta: int = 2) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(8, font.pointSize() + size_delta))
    font.setBold(True)
    return font


def _message(parent: QWidget, colour: str, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


# --------------------------------------------------------------------------- garbage collector
# A bulk import (or a big export) builds some hundred thousand objects in the worker. Every
# so often Python's cyclic garbage collector then runs a full collection, which walks EVERY
# tracked object of the process (Qt wrappers, SQLAlchemy, the app's modules …) while holding
# the GIL: 100-130 ms in which the GUI thread cannot run (bench/bench_import_ui.py; the target
# is no stall over 100 ms). While a worker runs, the objects that existed before it started
# are frozen (``gc.freeze``: moved to a generation the collector skips), so a collection only
# walks what was made since: under 15 ms. They are unfrozen afterwards, so nothing is kept
# longer than it would be anyway. Nested and concurrent workers count; when something else
# has frozen objects already (say the app after start-up), that is left exactly as it is.
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_ours = False


@contextmanager
def older_objects_frozen() -> Iterator[None]:
    global _gc_depth, _gc_ours
    with _gc_lock:
        if _gc_depth == 0:
            # Unfreeze afterwards only what was not frozen before (the app freezes what exists
            # after its first paint); freezing again adds the objects made since then.
            _gc_ours = gc.get_freeze_count() == 0
            gc.freeze()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_ours:
                _gc_ours = False
                gc.unfreeze()


def _start(task: Task, finished, failed) -> Task:
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task.run)
    return task


# =========================================================================== QR code
class QrCodeWidget(QWidget):
    """A QR code drawn square by square with QPainter (matrix from reportlab's encoder, which
    the app already uses for PDFs), with the quiet zone the standard asks for."""

    QUIET = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._modules: list[list[bool]] = []
        self._payload = ""
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("QR code"))

    def set_payload(self, payload: str) -> None:
        from reportlab.graphics.barcode import qrencoder

        self._payload = payload
        self._modules = []
        if payload:
            code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
            code.addData(payload)
            code.make()
            n = code.getModuleCount()
            self._modules = [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]
        self.setAccessibleDescription(payload)
        self.setToolTip(payload)
        self.update()

    def payload(self) -> str:
        return self._payload

    def modules(self) -> list[list[bool]]:
        return self._modules

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(self.rect(), self.palette().window())
        if not self._modules:
            return
        n = len(self._modules) + 2 * self.QUIET
        unit = max(1, side // n)  # whole pixels: crisp edges a phone camera can read
        size = unit * n
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter.fillRect(left, top, size, size, QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(self._modules):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (c + self.QUIET) * unit,
                                            top + (r + self.QUIET) * unit, unit, unit))
        painter.end()


# =========================================================================== passphrase
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
        self.problemLabel = _message(self, ERROR, self.tr("Passphrase problem"))
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
        _show(self.problemLabel, problem if self.passEdit.text() else "")

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()

    def passphrase(self) -> str:
        return self.passEdit.text()

    def label(self) -> str:
        return self.labelEdit.text().strip() if self.labelEdit is not None else ""


# =========================================================================== keys
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
        self.errorLabel = _message(self, ERROR, self.tr("Key problem"))
        self.successLabel = _message(self, OK, self.tr("Key result"))
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
        label.setFont(_mono())
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
        self.officeSignFingerprint.setFont(_mono(0))
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
            _show(self.errorLabel, error_text(exc))
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
            _show(self.errorLabel, error_text(exc))
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
            _show(self.errorLabel, error_text(exc))
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
        rows = sync_keys.list_trusted(self.db, include_revoked=True)
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
                    item.setFont(_mono(0))
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
        _show(self.errorLabel, "")
        _show(self.successLabel, "")

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
        self._task = _start(Task(work), self._on_finished, self._on_failed)
        self._update_buttons()

    def _on_finished(self, result) -> None:
        self._task = None
        self.refresh()
        _show(self.successLabel, "✔ " + self._success(result))
        self.keys_changed.emit()

    def _on_failed(self, exc) -> None:
        self._task = None
        self.refresh()
        _show(self.errorLabel, error_text(exc))

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
            _show(self.errorLabel, error_text(exc))
            return
        _show(self.successLabel, "✔ " + self.tr("Public key written to %1").replace(
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
            _show(self.errorLabel, error_text(exc))
            return
        _show(self.successLabel, "✔ " + self.tr("Office public key written to %1").replace(
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
            _show(self.errorLabel, error_text(exc))
            return
        if not self._confirm_fingerprint(
                self.tr("Encrypt packages to this office?"),
                self.tr("Office: %1").replace("%1", key.label or self.tr("(no name)")),
                key.fingerprint):
            return
        sync_keys.set_known_office(key)
        # The office signs its return packages with this key: trust it too.
        sync_keys.trust_key(self.db, key.verify_key, key.device_id,
                            key.label or self.tr("Central office"))
        self.refresh()
        _show(self.successLabel, "✔ " + self.tr("Packages are now encrypted to %1.").replace(
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
            _show(self.errorLabel, error_text(exc))
            return
        if not self._confirm_fingerprint(
                self.tr("Trust packages from this computer?"),
                self.tr("%1\nDevice id: %2").replace("%1", label or self.tr("(no name)"))
                .replace("%2", identity.device_id), identity.fingerprint):
            return
        try:
            sync_keys.trust_key(self.db, identity.verify_key, identity.device_id, label)
        except SmartCityError as exc:
            _show(self.errorLabel, error_text(exc))
            return
        self.refresh()
        _show(self.successLabel, "✔ " + self.tr("Key trusted: %1").replace(
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
        sync_keys.revoke(self.db, fp)
        self.refresh()
        _show(self.successLabel, "✔ " + self.tr("Key revoked: %1").replace("%1", fp))
        self.keys_changed.emit()

    def reject(self) -> None:
        if self._task is not None:  # a key is being made: let it finish
            return
        super().reject()


# =========================================================================== export
KINDS = ("full", "incremental", "return")


def _hlc_day(hlc: str | None) -> str:
    from ..services.sync.review import hlc_time

    moment = hlc_time(hlc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class ExportPackageDialog(CloseCancelsWork, QDialog):
    """Write a sync package of this database (signed; encrypted to the office by default)."""

    def __init__(self, db, parent=None, kind: str | None = None) -> None:
        super().__init__(parent)
        from ..services.sync import package as sync_package

        self.db = db
        self._task: Task | None = None
        self._close_when_done = False
        self.result = None
        self.setWindowTitle(self.tr("Export a sync package"))
        self.setAccessibleName(self.tr("Export a sync package"))
        self.setMinimumWidth(600)
        try:
            self._office = sync_keys.known_office()
        except SmartCityError:
            self._office = None
        self._has_key = sync_keys.has_device_key()
        self._bookmarks = {k: sync_package.last_package_hlc(db, k)
                           for k in ("incremental", "return")}
        layout = QVBoxLayout(self)

        kind_box = QGroupBox(self.tr("What to send"), self)
        kind_layout = QVBoxLayout(kind_box)
        self.kindGroup = QButtonGroup(self)
        self.kindButtons: dict[str, QRadioButton] = {}
        texts = {
            "full": (self.tr("&Full package: everything in this database"),
                     self.tr("Full package")),
            "incremental": (self.tr("&Incremental package: only what changed"),
                            self.tr("Incremental package")),
            "return": (self.tr("&Return package (central office → facilitators): decisions, "
                               "themes and settings, no personal data"),
                       self.tr("Return package")),
        }
        since = QHBoxLayout()
        since.setContentsMargins(24, 0, 0, 0)
        self.sinceLastRadio = QRadioButton(kind_box)
        self.sinceLastRadio.setAccessibleName(self.tr("Since the last package"))
        self.sinceDateRadio = QRadioButton(self.tr("Since &date:"), kind_box)
        self.sinceDateRadio.setAccessibleName(self.tr("Since a date"))
        self.sinceDate = QDateEdit(QDate.currentDate().addDays(-7), kind_box)
        self.sinceDate.setCalendarPopup(True)
        self.sinceDate.setDisplayFormat("yyyy-MM-dd")
        self.sinceDate.setAccessibleName(self.tr("Changes since this date"))
        self.sinceLastRadio.setChecked(True)
        since.addWidget(self.sinceLastRadio)
        since.addSpacing(12)
        since.addWidget(self.sinceDateRadio)
        since.addWidget(self.sinceDate)
        since.addStretch(1)
        for n, k in enumerate(KINDS):
            button = QRadioButton(texts[k][0], kind_box)
            button.setAccessibleName(texts[k][1])
            self.kindGroup.addButton(button, n)
            self.kindButtons[k] = button
            kind_layout.addWidget(button)
            if k == "incremental":  # its "since" choice right below it
                kind_layout.addLayout(since)
        layout.addWidget(kind_box)

        privacy = QGroupBox(self.tr("Protection and privacy"), self)
        p_layout = QVBoxLayout(privacy)
        self.encryptCheck = QCheckBox(privacy)
        self.encryptCheck.setAccessibleName(self.tr("Encrypt to the office key"))
        self.encryptNote = QLabel(privacy)
        self.encryptNote.setWordWrap(True)
        self.encryptNote.setStyleSheet(f"color: {MUTED};")
        self.contactsCheck = QCheckBox(self.tr("Include contact de&tails (only of participants "
                                               "who agreed to be contacted)"), privacy)
        self.contactsCheck.setAccessibleName(self.tr("Include contact details"))
        self.contactsWarning = QLabel(self.tr(
            "⚠ Contact details are personal data. They will be in the package file: send it "
            "only to the central office, encrypted, and delete copies you no longer need."),
            privacy)
        self.contactsWarning.setWordWrap(True)
        self.contactsWarning.setStyleSheet(
            f"background: {WARNING_BG}; padding: 6px; border-radius: 3px;")
        self.contactsWarning.setAccessibleName(self.tr("Warning about contact details"))
        self.contactsWarning.setVisible(False)
        p_layout.addWidget(self.encryptCheck)
        p_layout.addWidget(self.encryptNote)
        p_layout.addWidget(self.contactsCheck)
        p_layout.addWidget(self.contactsWarning)
        layout.addWidget(privacy)

        sign = QGroupBox(self.tr("Signature"), self)
        form = QFormLayout(sign)
        self.passEdit = QLineEdit(sign)
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passEdit.setAccessibleName(self.tr("Passphrase of the signing key"))
        form.addRow(self.tr("Signing key &passphrase:"), self.passEdit)
        self.noKeyLabel = QLabel(self.tr("This computer has no signing key yet. Create one "
                                         "under Keys first."), sign)
        self.noKeyLabel.setWordWrap(True)
        self.noKeyLabel.setStyleSheet(f"color: {ERROR};")
        self.keysButton = QPushButton(icon("lock"), self.tr("&Keys…"), sign)
        self.keysButton.setAccessibleName(self.tr("Open the keys dialog"))
        self.keysButton.clicked.connect(self.open_keys)
        key_row = QHBoxLayout()
        key_row.addWidget(self.noKeyLabel, 1)
        key_row.addWidget(self.keysButton)
        form.addRow(key_row)
        layout.addWidget(sign)

        target_box = QGroupBox(self.tr("Save to"), self)
        target_layout = QHBoxLayout(target_box)
        self.targetEdit = QLineEdit(target_box)
        self.targetEdit.setAccessibleName(self.tr("Package file"))
        self.targetEdit.setPlaceholderText(self.tr("Choose where to save…"))
        self.chooseButton = QPushButton(self.tr("C&hoose…"), target_box)
        self.chooseButton.setAccessibleName(self.tr("Choose where to save the package"))
        self.chooseButton.clicked.connect(self.choose_target)
        target_layout.addWidget(self.targetEdit, 1)
        target_layout.addWidget(self.chooseButton)
        layout.addWidget(target_box)

        self.progressBar = QProgressBar(self)
        self.progressBar.setAccessibleName(self.tr("Export progress"))
        self.progressBar.setVisible(False)
        layout.addWidget(self.progressBar)
        self.errorLabel = _message(self, ERROR, self.tr("Export error"))
        self.successLabel = _message(self, OK, self.tr("Export result"))
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.successLabel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.exportButton = QPushButton(icon("export"), self.tr("&Export package"), self)
        self.exportButton.setAccessibleName(self.tr("Write the package"))
        self.exportButton.setDefault(True)
        self.cancelButton = QPushButton(self.tr("Cancel export"), self)
        self.cancelButton.setAccessibleName(self.tr("Cancel the running export"))
        self.cancelButton.setVisible(False)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setAccessibleName(self.tr("Close the dialog"))
        for button in (self.exportButton, self.cancelButton, self.closeButton):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.exportButton.clicked.connect(self.start_export)
        self.cancelButton.clicked.connect(self.cancel_export)
        self.closeButton.clicked.connect(self.reject)
        self.kindGroup.idToggled.connect(lambda *_: self._update())
        self.sinceDateRadio.toggled.connect(lambda *_: self._update())
        self.contactsCheck.toggled.connect(lambda *_: self._update())
        self.encryptCheck.toggled.connect(lambda *_: self._update())
        self.passEdit.textChanged.connect(lambda *_: self._update())
        self.targetEdit.textChanged.connect(lambda *_: self._update())
        self.encryptCheck.setChecked(self._office is not None)
        chosen = kind or ("incremental" if self._bookmarks["incremental"] else "full")
        self.kindButtons[chosen].setChecked(True)
        self._update()

    # ------------------------------------------------------------------ state
    def kind(self) -> str:
        return KINDS[max(0, self.kindGroup.checkedId())]

    def _update(self) -> None:
        kind = self.kind()
        busy = self._task is not None
        incremental = kind != "full"
        bookmark = self._bookmarks.get(kind if kind == "return" else "incremental")
        self.sinceLastRadio.setText(
            self.tr("Since the &last package (%1)").replace("%1", _hlc_day(bookmark))
            if bookmark else self.tr("Since the &last package (none yet: everything)"))
        for widget in (self.sinceLastRadio, self.sinceDateRadio):
            widget.setEnabled(incremental and not busy)
        self.sinceDate.setEnabled(incremental and self.sinceDateRadio.isChecked() and not busy)
        is_return = kind == "return"
        self.encryptCheck.setEnabled(self._office is not None and not is_return and not busy)
        if self._office is not None:
            self.encryptCheck.setText(self.tr("&Encrypt to the office key: %1").replace(
                "%1", self._office.label or self._office.fingerprint))
            self.encryptCheck.setToolTip(self._office.fingerprint)
        else:
            self.encryptCheck.setText(self.tr("&Encrypt to the office key"))
        if is_return:
            note = self.tr("Return packages go to facilitators: signed, not encrypted, and "
                           "they never carry participants' data.")
        elif self._office is None:
            note = self.tr("No office key loaded: the package can be read by anyone who gets "
                           "the file. Demographic answers are left out. Load the office's key "
                           "under Keys to encrypt.")
        elif self.encryptCheck.isChecked():
            note = self.tr("Only the office can open the package. Demographic answers of "
                           "participants who consented are included.")
        else:
            note = self.tr("Not encrypted: anyone who gets the file can read it. Demographic "
                           "answers are left out.")
        self.encryptNote.setText(note)
        self.contactsCheck.setEnabled(not is_return and not busy)
        if is_return and self.contactsCheck.isChecked():
            self.contactsCheck.setChecked(False)
        self.contactsWarning.setVisible(self.contactsCheck.isChecked())
        self.passEdit.setEnabled(self._has_key and not busy)
        self.noKeyLabel.setVisible(not self._has_key)
        self.keysButton.setVisible(not self._has_key)
        ready = (self._has_key and bool(self.passEdit.text())
                 and bool(self.targetEdit.text().strip()))
        self.exportButton.setEnabled(ready and not busy)
        self.exportButton.setVisible(not busy)
        self.cancelButton.setVisible(busy)
        self.progressBar.setVisible(busy)
        self.chooseButton.setEnabled(not busy)
        self.targetEdit.setEnabled(not busy)
        self.closeButton.setEnabled(True)
        QTimer.singleShot(0, self._grow)

    def _grow(self) -> None:
        """Make room for notes that appeared or grew (wrapped labels do not resize a dialog
        that is already shown)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def open_keys(self) -> None:
        dialog = KeysDialog(self.db, self)
        dialog.exec()
        self._has_key = sync_keys.has_device_key()
        try:
            self._office = sync_keys.known_office()
        except SmartCityError:
            self._office = None
        self.encryptCheck.setChecked(self._office is not None)
        self._update()

    def _suggested_name(self) -> str:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        return f"smartcity-{self.kind()}-{stamp}.scpkg"

    def choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package"), self._suggested_name(),
            self.tr("Sync package (*.scpkg)"))
        if path:
            if not path.endswith(".scpkg"):
                path += ".scpkg"
            self.targetEdit.setText(path)

    # ------------------------------------------------------------------ running
    def _work(self):
        from ..services.sync import package as sync_package

        db = self.db
        target = Path(self.targetEdit.text().strip())
        kind = self.kind()
        since = None
        if kind != "full" and self.sinceDateRadio.isChecked():
            since = self.sinceDate.date().toPython()
        office = self._office if (self.encryptCheck.isChecked() and kind != "return") else None
        contacts = self.contactsCheck.isChecked() and kind != "return"
        passphrase = self.passEdit.text()

        def work(progress):
            key = sync_keys.load_device_key(passphrase)
            return sync_package.export_package(
                db, target, signing_key=key, kind=kind, since_date=since, encrypt_to=office,
                include_contacts=contacts, progress=progress)

        return work

    def start_export(self) -> None:
        if self._task is not None or not self.exportButton.isEnabled():
            return
        _show(self.errorLabel, "")
        _show(self.successLabel, "")
        self.result = None
        task = Task(self._work())
        task.signals.progress.connect(self._on_progress)
        self._task = task
        self.progressBar.setRange(0, 0)  # unlocking the key first: busy until the first step
        self.cancelButton.setEnabled(True)
        self.cancelButton.setText(self.tr("Cancel export"))
        self._update()
        self.cancelButton.setFocus()
        _start(task, self._on_finished, self._on_failed)

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancelButton.setEnabled(False)
            self.cancelButton.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self._task is not None:
            self.progressBar.setRange(0, max(total, 1))
            self.progressBar.setValue(done)

    def _done(self) -> None:
        self._task = None
        self._update()
        self.closeButton.setFocus()
        if self._close_when_done:
            super().reject()

    def _on_finished(self, result) -> None:
        self.result = result
        records = sum(result.counts.values())
        parts = [self.tr("Package written to %1").replace("%1", str(result.path)),
                 self.tr("%n record(s)", "", records)]
        if result.encrypted:
            parts.append(self.tr("encrypted to the office key %1").replace(
                "%1", result.recipient or ""))
        else:
            parts.append(self.tr("signed, not encrypted"))
        if result.includes_contacts:
            parts.append(self.tr("with contact details"))
        _show(self.successLabel, "✔ " + " · ".join(parts))
        self.passEdit.clear()
        self._done()
        self._grow()

    def _on_failed(self, exc) -> None:
        if getattr(exc, "code", "") in ("cancelled", "package_cancelled"):
            text = self.tr("The export was cancelled; nothing was written.")
        else:
            text = self.tr("Could not write the package: %1").replace("%1", error_text(exc))
        _show(self.errorLabel, text)
        self._done()
        self._grow()

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, msecs: int = 60000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

    _is_working = is_busy

    def _cancel_work(self) -> None:
        self.cancel_export()



# =========================================================================== import
class TrustAsker(QObject):
    """Lets the worker ask the GUI thread whether to trust a new key, and wait for the answer.
    Lives in the GUI thread; :meth:`ask` is called from the worker."""

    asked = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._answer = False
        self._cancel = threading.Event()

    def ask(self, fingerprint: str, device_id: str) -> bool:  # worker thread
        self._answered.clear()
        self._answer = False
        self.asked.emit(fingerprint, device_id)
        while not self._answered.wait(0.05):
            if self._cancel.is_set():
                return False
        return self._answer

    def answer(self, trust: bool) -> None:  # GUI thread
        self._answer = bool(trust)
        self._answered.set()

    def cancel(self) -> None:
        self._cancel.set()


REPORT_COLUMNS = ("file", "result", "added", "changed", "deleted", "conflicts", "reason")


class ImportPackagesDialog(CloseCancelsWork, QDialog):
    """Import many ``.scpkg`` files; each package is checked completely and then applied in
    one transaction; a refused package changes nothing and the others still import."""

    imported = Signal(list)  # the PackageReports, after a run

    def __init__(self, db, parent=None, bus=None, undo_stack=None) -> None:
        super().__init__(parent)
        self.db = db
        self._bus = bus
        self._stack = undo_stack
        self._task: Task | None = None
        self._close_when_done = False
        self.reports: list = []
        self.asker = TrustAsker(self)
        self.asker.asked.connect(self._on_trust_asked, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("Import sync packages"))
        self.setAccessibleName(self.tr("Import sync packages"))
        self.setMinimumSize(760, 520)
        layout = QVBoxLayout(self)

        files_box = QGroupBox(self.tr("Packages"), self)
        files_layout = QHBoxLayout(files_box)
        self.fileList = QListWidget(files_box)
        self.fileList.setAccessibleName(self.tr("Package files to import"))
        self.fileList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.fileList.itemSelectionChanged.connect(self._update)
        side = QVBoxLayout()
        self.addButton = QPushButton(icon("add"), self.tr("&Add files…"), files_box)
        self.addButton.setAccessibleName(self.tr("Add package files"))
        self.addButton.clicked.connect(self.choose_files)
        self.removeButton = QPushButton(icon("delete"), self.tr("&Remove"), files_box)
        self.removeButton.setAccessibleName(self.tr("Remove the selected files"))
        self.removeButton.clicked.connect(self.remove_selected)
        side.addWidget(self.addButton)
        side.addWidget(self.removeButton)
        side.addStretch(1)
        files_column = QVBoxLayout()
        files_column.addWidget(self.fileList, 1)
        self.dropHint = QLabel(self.tr(
            "Add the .scpkg files from a USB stick, an e-mail or a shared folder with "
            "Add files…, or drag them here. Each package is checked completely before "
            "anything is written."), files_box)
        self.dropHint.setWordWrap(True)
        self.dropHint.setStyleSheet(f"color: {MUTED};")
        files_column.addWidget(self.dropHint)
        files_layout.addLayout(files_column, 1)
        files_layout.addLayout(side)
        layout.addWidget(files_box, 1)
        self.setAcceptDrops(True)

        self._office = sync_keys.has_office_key()
        form = QFormLayout()
        self.passEdit = QLineEdit(self)
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passEdit.setAccessibleName(self.tr("Passphrase of the office key"))
        self.passLabel = QLabel(self.tr("Office key &passphrase:"), self)
        self.passLabel.setBuddy(self.passEdit)
        form.addRow(self.passLabel, self.passEdit)
        self.passNote = QLabel(self.tr("Needed for packages encrypted to this office."), self)
        self.passNote.setStyleSheet(f"color: {MUTED};")
        form.addRow("", self.passNote)
        for widget in (self.passEdit, self.passLabel, self.passNote):
            widget.setVisible(self._office)
        layout.addLayout(form)

        self.progressBar = QProgressBar(self)
        self.progressBar.setAccessibleName(self.tr("Import progress"))
        self.progressBar.setVisible(False)
        layout.addWidget(self.progressBar)

        self.reportTable = QTableWidget(0, len(REPORT_COLUMNS), self)
        self.reportTable.setAccessibleName(self.tr("What each package did"))
        self.reportTable.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Result"), self.tr("Added"), self.tr("Changed"),
            self.tr("Deleted"), self.tr("Conflicts"), self.tr("Reason")])
        self.reportTable.verticalHeader().setVisible(False)
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportTable.setWordWrap(True)
        header = self.reportTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REPORT_COLUMNS.index("reason"),
                                    QHeaderView.ResizeMode.Stretch)
        self.reportTable.setVisible(False)
        layout.addWidget(self.reportTable, 2)
        self.summaryLabel = _message(self, OK, self.tr("Import summary"))
        self.summaryLabel.setStyleSheet("")
        self.errorLabel = _message(self, ERROR, self.tr("Import error"))
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.errorLabel)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.importButton = QPushButton(icon("import_ideas"), self.tr("&Import"), self)
        self.importButton.setAccessibleName(self.tr("Import the packages"))
        self.importButton.setDefault(True)
        self.cancelButton = QPushButton(self.tr("Cancel import"), self)
        self.cancelButton.setAccessibleName(self.tr("Cancel the running import"))
        self.cancelButton.setVisible(False)
        self.closeButton = QPushButton(self.tr("Close"), self)
        self.closeButton.setAccessibleName(self.tr("Close the dialog"))
        for button in (self.importButton, self.cancelButton, self.closeButton):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.importButton.clicked.connect(self.start_import)
        self.cancelButton.clicked.connect(self.cancel_import)
        self.closeButton.clicked.connect(self.reject)
        self._update()

    # ------------------------------------------------------------------ files
    def paths(self) -> list[Path]:
        return [Path(self.fileList.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.fileList.count())]

    def add_paths(self, paths) -> None:
        have = {str(p) for p in self.paths()}
        for path in paths:
            path = str(path)
            if path in have:
                continue
            have.add(path)
            item = self.fileList.addItem(Path(path).name) or self.fileList.item(
                self.fileList.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        self._update()

    @staticmethod
    def _dropped_packages(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(".scpkg")]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._task is None and self._dropped_packages(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = self._dropped_packages(event)
        if self._task is None and paths:
            self.add_paths(paths)
            event.acceptProposedAction()
        else:
            event.ignore()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose sync packages"), "",
            self.tr("Sync packages (*.scpkg);;All files (*)"))
        if paths:
            self.add_paths(paths)

    def remove_selected(self) -> None:
        for item in self.fileList.selectedItems():
            self.fileList.takeItem(self.fileList.row(item))
        self._update()

    def _update(self) -> None:
        busy = self._task is not None
        self.importButton.setEnabled(not busy and self.fileList.count() > 0)
        self.importButton.setVisible(not busy)
        self.cancelButton.setVisible(busy)
        self.progressBar.setVisible(busy)
        self.addButton.setEnabled(not busy)
        self.removeButton.setEnabled(not busy and bool(self.fileList.selectedItems()))
        self.passEdit.setEnabled(not busy)
        self.fileList.setEnabled(not busy)
        self.dropHint.setVisible(self.fileList.count() == 0)

    # ------------------------------------------------------------------ running
    def start_import(self) -> None:
        from ..services.sync import package as sync_package

        if self._task is not None or not self.fileList.count():
            return
        _show(self.errorLabel, "")
        _show(self.summaryLabel, "")
        self.reports = []
        db, paths, passphrase = self.db, self.paths(), self.passEdit.text()
        asker = self.asker = TrustAsker(self)
        asker.asked.connect(self._on_trust_asked, Qt.ConnectionType.QueuedConnection)
        holder: dict[str, Task] = {}

        def work(progress):
            office_key = sync_keys.load_office_key(passphrase) if passphrase else None
            with older_objects_frozen():
                return sync_package.import_packages(
                    db, paths, office_private_key=office_key, trust_new=asker.ask,
                    progress=progress, cancel=lambda: holder["task"].cancelled)

        task = holder["task"] = Task(work)
        task.signals.progress.connect(self._on_progress)
        self._task = task
        self.progressBar.setRange(0, 0)
        self.cancelButton.setEnabled(True)
        self.cancelButton.setText(self.tr("Cancel import"))
        self._update()
        self.cancelButton.setFocus()
        _start(task, self._on_finished, self._on_failed)

    def cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.asker.cancel()
            self.cancelButton.setEnabled(False)
            self.cancelButton.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self._task is not None:
            self.progressBar.setRange(0, max(total, 1))
            self.progressBar.setValue(done)
            self.progressBar.setFormat(self.tr("%1 of %2 packages").replace("%1", str(done))
                                       .replace("%2", str(total)))

    @Slot(str, str)
    def _on_trust_asked(self, fingerprint: str, device_id: str) -> None:
        if self._task is None or self._task.cancelled:
            self.asker.answer(False)
            return
        self.asker.answer(self.ask_trust(fingerprint, device_id))

    def ask_trust(self, fingerprint: str, device_id: str) -> bool:
        """Asked on the GUI thread while the worker waits."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Trust a new key?"),
                          self.tr("A package is signed with a key this database does not know "
                                  "yet."), parent=self)
        box.setAccessibleName(self.tr("Trust a new key?"))
        box.setTextFormat(Qt.TextFormat.RichText)  # the text is escaped; the fingerprint bold
        box.setInformativeText(
            "<p>" + _html(self.tr("Device: %1").replace("%1", device_id)) + "</p><p>"
            + _html(self.tr("Fingerprint:")) + "<br><span style='font-family: monospace; "
            "font-size: 13pt; font-weight: 600;'>"
            + _html(fingerprint_lines(fingerprint)).replace("\n", "<br>").replace(" ", "&nbsp;")
            + "</span></p><p>" + _html(self.tr(
                "Trust it only if the fingerprint is the same as the one the facilitator "
                "reads to you, group by group.")) + "</p>")
        trust = box.addButton(self.tr("&Trust and import"), QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(self.tr("&Refuse the package"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(refuse)
        box.setEscapeButton(refuse)
        box.exec()
        return box.clickedButton() is trust

    def _done(self) -> None:
        self._task = None
        self.cancelButton.setText(self.tr("Cancel import"))
        self._update()
        self.closeButton.setFocus()
        if self._close_when_done:
            super().reject()

    def _result_text(self, report) -> str:
        if report.ok and report.already_imported:
            return self.tr("Already imported")
        if report.ok:
            return self.tr("Imported")
        if report.reason == "cancelled":
            return self.tr("Not imported (cancelled)")
        return self.tr("Rejected")

    def _on_finished(self, reports) -> None:
        self.reports = list(reports)
        table = self.reportTable
        table.setRowCount(len(self.reports))
        for r, rep in enumerate(self.reports):
            name = rep.path.name if rep.path else ""
            values = [name, self._result_text(rep)]
            if rep.ok:
                values += [str(rep.added), str(rep.changed), str(rep.deleted),
                           str(rep.conflicts)]
                reason = self.tr("Nothing changed: this package was imported before.") \
                    if rep.already_imported else (self.tr("Key trusted on import")
                                                  if rep.newly_trusted else "")
            else:
                values += ["–"] * 4
                reason = rep.message or rep.reason or ""
            values.append(reason)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c in (0, 6) else "")
                if 2 <= c <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c == 1:
                    item.setForeground(QColor(OK if rep.ok else ERROR))
                if c == 5 and rep.ok and rep.conflicts:
                    item.setBackground(QColor(WARNING_BG))
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        table.setVisible(True)
        imported = sum(1 for r in self.reports if r.ok and not r.already_imported)
        again = sum(1 for r in self.reports if r.ok and r.already_imported)
        refused = sum(1 for r in self.reports if not r.ok and r.reason != "cancelled")
        skipped = sum(1 for r in self.reports if not r.ok and r.reason == "cancelled")
        conflicts = sum(r.conflicts for r in self.reports if r.ok)
        parts = [self.tr("%n package(s) imported", "", imported)]
        if again:
            parts.append(self.tr("%n already imported before", "", again))
        if refused:
            parts.append(self.tr("%n rejected (nothing from them was saved)", "", refused))
        if skipped:
            parts.append(self.tr("%n not imported (cancelled)", "", skipped))
        if conflicts:
            parts.append(self.tr("%n conflict(s) to review in the Conflicts tab", "",
                                 conflicts))
        _show(self.summaryLabel, " · ".join(parts))
        changed = any(r.ok and not r.already_imported and
                      (r.added or r.changed or r.deleted or r.conflicts) for r in self.reports)
        if changed:
            self._announce()
        self.passEdit.clear()
        self.imported.emit(self.reports)
        self._done()

    def _announce(self) -> None:
        """Imported records may touch anything: undo steps recorded before could now
        overwrite them, so the undo history ends here, and every view reloads."""
        if self._stack is not None:
            self._stack.clear()
        if self._bus is not None:
            self._bus.structure_changed.emit()
            self._bus.participants_changed.emit()

    def _on_failed(self, exc) -> None:
        _show(self.errorLabel, self.tr("Nothing was imported: %1").replace(
            "%1", error_text(exc)))
        self._done()

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, msecs: int = 60000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

    _is_working = is_busy

    def _cancel_work(self) -> None:
        self.cancel_import()



# =========================================================================== entry points
def show_keys(window) -> KeysDialog:
    dialog = KeysDialog(window.db, window)
    dialog.exec()
    return dialog


def export_package(window) -> ExportPackageDialog:
    dialog = ExportPackageDialog(window.db, window)
    dialog.exec()
    return dialog


def import_packages(window) -> ImportPackagesDialog:
    dialog = ImportPackagesDialog(window.db, window, bus=window.bus,
                                  undo_stack=window.undo_stack)
    dialog.exec()
    return dialog
