"""Importing sync packages: many ``.scpkg`` files at once, imported in the thread pool with
progress and Cancel, a report per package, and a question on the GUI thread when a package is
signed by a key nobody has trusted yet (the worker waits for the answer)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem

from ...services.commands import Change, NotUndoable
from ...services.sync import keys as sync_keys
from ...services.sync import package_import as sync_package_import
from ..errors import error_text
from ..icons import icon
from ..tasks import Task, TaskControls, older_objects_frozen
from ..ui.ui_import_packages_dialog import Ui_ImportPackagesDialog
from ..undo import announce
from .common import ERROR, OK, WARNING_BG, fingerprint_lines, html_block, show_label


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


class ImportPackagesDialog(TaskControls, QDialog, Ui_ImportPackagesDialog):
    """Import many ``.scpkg`` files; each package is checked completely and then applied in
    one transaction; a refused package changes nothing and the others still import. The layout
    is ``forms/import_packages_dialog.ui``; its widgets are attributes of the dialog."""

    imported = Signal(list)  # the PackageReports, after a run

    def __init__(self, db, parent=None, bus=None, undo_stack=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.db = db
        self._bus = bus
        self._stack = undo_stack
        self._task: Task | None = None
        self._close_when_done = False
        self.reports: list = []
        self.asker = TrustAsker(self)
        self.asker.asked.connect(self._on_trust_asked, Qt.ConnectionType.QueuedConnection)
        self._office = sync_keys.has_office_key()
        for widget in (self.passEdit, self.passLabel, self.passNote):
            widget.setVisible(self._office)
        header = self.reportTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REPORT_COLUMNS.index("reason"),
                                    QHeaderView.ResizeMode.Stretch)
        self.addButton.setIcon(icon("add"))
        self.removeButton.setIcon(icon("delete"))
        self.importButton.setIcon(icon("import_ideas"))
        for widget in (self.progressBar, self.reportTable, self.summaryLabel, self.errorLabel,
                       self.cancelButton):
            widget.setVisible(False)

        self.fileList.itemSelectionChanged.connect(self._update)
        self.addButton.clicked.connect(self.choose_files)
        self.removeButton.clicked.connect(self.remove_selected)
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

        if self._task is not None or not self.fileList.count():
            return
        show_label(self.errorLabel, "")
        show_label(self.summaryLabel, "")
        self.reports = []
        db, paths, passphrase = self.db, self.paths(), self.passEdit.text()
        asker = self.asker = TrustAsker(self)
        asker.asked.connect(self._on_trust_asked, Qt.ConnectionType.QueuedConnection)
        holder: dict[str, Task] = {}

        def work(progress):
            office_key = sync_keys.load_office_key(passphrase) if passphrase else None
            with older_objects_frozen():
                return sync_package_import.import_packages(
                    db, paths, office_private_key=office_key, trust_new=asker.ask,
                    progress=progress, cancel=lambda: holder["task"].is_cancelled())

        task = holder["task"] = Task(work)
        self._begin_task(task, self.tr("Cancel import"))

    def cancel_import(self) -> None:
        self._cancel_work()

    def _cancel_work(self) -> None:
        if self._task is not None:
            self.asker.cancel()  # a question about trusting a key may be waiting
        super()._cancel_work()

    def _update_controls(self) -> None:
        self._update()

    def _on_progress(self, done: int, total: int, *_phase) -> None:
        if self._task is not None:
            super()._on_progress(done, total)
            self.progressBar.setFormat(self.tr("%1 of %2 packages").replace("%1", str(done))
                                       .replace("%2", str(total)))

    @Slot(str, str)
    def _on_trust_asked(self, fingerprint: str, device_id: str) -> None:
        if self._task is None or self._task.is_cancelled():
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
            "<p>" + html_block(self.tr("Device: %1").replace("%1", device_id)) + "</p><p>"
            + html_block(self.tr("Fingerprint:")) + "<br><span style='font-family: monospace; "
            "font-size: 13pt; font-weight: 600;'>"
            + html_block(fingerprint_lines(fingerprint)).replace("\n", "<br>").replace(" ", "&nbsp;")
            + "</span></p><p>" + html_block(self.tr(
                "Trust it only if the fingerprint is the same as the one the facilitator "
                "reads to you, group by group.")) + "</p>")
        trust = box.addButton(self.tr("&Trust and import"), QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(self.tr("&Refuse the package"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(refuse)
        box.setEscapeButton(refuse)
        box.exec()
        return box.clickedButton() is trust

    def _done(self) -> None:
        self._end_task(self.tr("Cancel import"))

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
        show_label(self.summaryLabel, " · ".join(parts))
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
            announce(self._bus, Change(everything=True), NotUndoable.SYNC)

    def _on_failed(self, exc) -> None:
        show_label(self.errorLabel, self.tr("Nothing was imported: %1").replace(
            "%1", error_text(exc)))
        self._done()

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, msecs: int = 60000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)



def import_packages(window) -> ImportPackagesDialog:
    dialog = ImportPackagesDialog(window.db, window, bus=window.bus,
                                  undo_stack=window.undo_stack)
    dialog.exec()
    return dialog
