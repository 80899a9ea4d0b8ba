"""Writing a sync package: full, incremental (since the last package or a date) or return
package; encrypted to the office key by default when one is known; contact details only when
ticked (off by default, with a warning). The key is unlocked and the package written in the
worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ...core.errors import SmartCityError
from ...services.sync import keys as sync_keys
from ..icons import icon
from ..tasks import Task
from ..worker_dialog import CloseCancelsWork
from .common import ERROR, MUTED, OK, WARNING_BG, _message, _show, _start, error_text
from .keys_dialog import KeysDialog

KINDS = ("full", "incremental", "return")


def _hlc_day(hlc: str | None) -> str:
    from ...services.sync.review import hlc_time

    moment = hlc_time(hlc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class ExportPackageDialog(CloseCancelsWork, QDialog):
    """Write a sync package of this database (signed; encrypted to the office by default)."""

    def __init__(self, db, parent=None, kind: str | None = None) -> None:
        super().__init__(parent)
        from ...services.sync import package as sync_package

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
        from ...services.sync import package as sync_package

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

def export_package(window) -> ExportPackageDialog:
    dialog = ExportPackageDialog(window.db, window)
    dialog.exec()
    return dialog
