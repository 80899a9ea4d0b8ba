"""Writing a sync package: full, incremental (since the last package or a date) or return
package; encrypted to the office key by default when one is known; contact details only when
ticked (off by default, with a warning). The key is unlocked and the package written in the
worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool, QTimer
from PySide6.QtWidgets import QButtonGroup, QDialog, QFileDialog, QRadioButton

from ...core.errors import SmartCityError
from ...services.sync import keys as sync_keys
from ...services.sync import package_export as sync_package_export
from ..errors import error_text
from ..icons import icon
from ..tasks import Task, TaskControls
from ..ui.ui_export_package_dialog import Ui_ExportPackageDialog
from .common import show_label
from .keys_dialog import KeysDialog

KINDS = ("full", "incremental", "return")


def _hlc_day(hlc: str | None) -> str:
    from ...services.sync.review import hlc_time

    moment = hlc_time(hlc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class ExportPackageDialog(TaskControls, QDialog, Ui_ExportPackageDialog):
    """Write a sync package of this database (signed; encrypted to the office by default). The
    layout is ``forms/export_package_dialog.ui``; its widgets are attributes of the dialog."""

    def __init__(self, db, parent=None, kind: str | None = None) -> None:
        super().__init__(parent)

        self.setupUi(self)
        self.db = db
        self._task: Task | None = None
        self._close_when_done = False
        self.result = None
        try:
            self._office = sync_keys.known_office()
        except SmartCityError:
            self._office = None
        self._has_key = sync_keys.has_device_key()
        self._bookmarks = {k: sync_package_export.last_package_hlc(db, k)
                           for k in ("incremental", "return")}

        self.kindGroup = QButtonGroup(self)
        self.kindButtons: dict[str, QRadioButton] = dict(zip(KINDS, (
            self.fullRadio, self.incrementalRadio, self.returnRadio)))
        for n, k in enumerate(KINDS):
            self.kindGroup.addButton(self.kindButtons[k], n)
        self.sinceDate.setDate(QDate.currentDate().addDays(-7))
        self.keysButton.setIcon(icon("lock"))
        self.exportButton.setIcon(icon("export"))
        for widget in (self.contactsWarning, self.progressBar, self.errorLabel, self.successLabel,
                       self.cancelButton):
            widget.setVisible(False)

        self.keysButton.clicked.connect(self.open_keys)
        self.chooseButton.clicked.connect(self.choose_target)
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
            return sync_package_export.export_package(
                db, target, signing_key=key, kind=kind, since_date=since, encrypt_to=office,
                include_contacts=contacts, progress=progress)

        return work

    def start_export(self) -> None:
        if self._task is not None or not self.exportButton.isEnabled():
            return
        show_label(self.errorLabel, "")
        show_label(self.successLabel, "")
        self.result = None
        task = Task(self._work())
        # unlocking the key comes first: busy until the first step
        self._begin_task(task, self.tr("Cancel export"))

    def cancel_export(self) -> None:
        self._cancel_work()

    def _update_controls(self) -> None:
        self._update()

    def _done(self) -> None:
        self._end_task(self.tr("Cancel export"))

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
        show_label(self.successLabel, "✔ " + " · ".join(parts))
        self.passEdit.clear()
        self._done()
        self._grow()

    def _on_failed(self, exc) -> None:
        if getattr(exc, "code", "") in ("cancelled", "package_cancelled"):
            text = self.tr("The export was cancelled; nothing was written.")
        else:
            text = self.tr("Could not write the package: %1").replace("%1", error_text(exc))
        show_label(self.errorLabel, text)
        self._done()
        self._grow()

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, msecs: int = 60000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)


def export_package(window) -> ExportPackageDialog:
    dialog = ExportPackageDialog(window.db, window)
    dialog.exec()
    return dialog
