"""Paper forms for a workshop: choose how many, look at the pages, save the PDF or print it.

The PDF is made by :mod:`..services.paper_forms` in a worker thread (the dialog shows progress
and can stop it); the pages are rendered with pypdfium2 into QImages, for the preview at
thumbnail size and for printing at the printer's resolution (at most 300 dpi). Only one job
runs at a time, so pdfium is never used from two threads at once.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QObject,
    QRect,
    QRunnable,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem

from ..core.errors import SmartCityError
from ..services.paper import forms as paper_forms
from ..services.workshop import projects
from ..storage.database import Database
from . import labels
from .icons import icon
from .pdf_pages import framed, page_image
from .ui.ui_paper_forms_dialog import Ui_PaperFormsDialog

MAX_PREVIEW_PAGES = 24
THUMB_WIDTH = 260  # logical pixels
PRINT_MAX_DPI = 300


class _Signals(QObject):
    # Connected to methods of the dialog, so that they run in the GUI thread (queued).
    progress = Signal(object, int, int, str)
    finished = Signal(object, object)
    failed = Signal(object, object)


class _Job(QRunnable):
    """Runs ``work(job)`` in the pool; ``job.cancel`` is set when the user stops it."""

    def __init__(self, work: Callable[[_Job], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.cancel = threading.Event()
        self.signals = _Signals()

    def report(self, done: int, total: int, phase: str = "") -> bool:
        self.signals.progress.emit(self, done, total, phase)
        return not self.cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(self, exc)
        else:
            self.signals.finished.emit(self, result)


class PaperFormsDialog(QDialog):
    """Paper forms of one workshop (registration forms and idea cards)."""

    def __init__(self, db: Database, workshop_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_PaperFormsDialog()
        self.ui.setupUi(self)
        self._db = db
        self.workshop = projects.get_workshop(db, workshop_id)
        self.project = projects.get_project(db, self.workshop.project_id)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self._jobs: list[_Job] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="smartcity-forms-")
        self._preview_path = Path(self._tmp.name) / "preview.pdf"
        self._preview_result: paper_forms.FormsResult | None = None
        self._preview_wanted = False
        self._closed = False
        self._on_done = None
        self.last_saved: Path | None = None
        self._build_ui()
        self._schedule_preview(0)

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        w = self.workshop
        self.setWindowTitle(self.tr("Paper forms for %s") % w.code)
        language = {"nb": self.tr("Norwegian Bokmål")}.get(self.project.language,
                                                           self.tr("English"))
        self.ui.introLabel.setText(
            self.tr("Registration forms and idea cards for workshop %1 · %2, in %3 (the "
                    "project's language). Print them, hand them out, and type them in "
                    "afterwards.").replace("%1", w.code).replace("%2", w.title)
            .replace("%3", language))
        self.ui.registrationsSpin.setMaximum(paper_forms.MAX_REGISTRATIONS)
        self.ui.cardsSpin.setMaximum(paper_forms.MAX_CARDS)
        self.ui.previewList.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 297 / 210)))
        self.ui.stopButton.setIcon(icon("stop"))
        box = self.ui.buttonBox
        self.save_button = box.addButton(self.tr("&Save PDF…"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save the forms as a PDF file"))
        self.print_button = box.addButton(self.tr("&Print…"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setIcon(icon("print"))
        self.print_button.setAccessibleName(self.tr("Print the forms"))
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        for button in (self.save_button, self.print_button, close):
            button.setAutoDefault(False)
        box.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_forms)
        self.ui.stopButton.clicked.connect(self.stop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_preview)
        self.ui.registrationsSpin.valueChanged.connect(lambda _: self._schedule_preview())
        self.ui.cardsSpin.valueChanged.connect(lambda _: self._schedule_preview())
        self._set_busy(False)

    # ------------------------------------------------------------------ state
    def is_busy(self) -> bool:
        return self._job is not None

    def _counts(self) -> tuple[int, int]:
        return self.ui.registrationsSpin.value(), self.ui.cardsSpin.value()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.ui.progressBar.setVisible(busy)
        self.ui.stopButton.setVisible(busy)
        if busy:
            self.ui.progressBar.setRange(0, 0)
            self.ui.statusLabel.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Save and Print act on what the preview shows, so they wait until it is ready."""
        ready = (self._job is None and self._preview_result is not None
                 and not self._preview_wanted and not self._timer.isActive())
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _start(self, work, on_done, text: str) -> None:
        job = _Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_job_failed)
        self._job = job
        # Held until the dialog goes: the pool may still be returning from a job's run()
        # when its finished signal arrives here.
        self._jobs.append(job)
        self._on_done = on_done
        self.ui.errorLabel.clear()
        self._set_busy(True, text)
        self._pool.start(job)

    def _on_finished(self, job: _Job, result) -> None:
        if job is self._job:
            self._finish(self._on_done, result)

    def _on_job_failed(self, job: _Job, exc) -> None:
        if job is self._job:
            self._finish(self._on_failed, exc)

    def _finish(self, handler, value) -> None:
        self._job = None
        self._set_busy(False)
        if self._closed:
            return
        handler(value)
        if self._preview_wanted and self._job is None:
            self._start_preview()

    def _on_progress(self, job: _Job, done: int, total: int, phase: str) -> None:
        if job is not self._job:
            return
        if total > 0:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)
        if phase:
            self.ui.statusLabel.setText(phase)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, paper_forms.FormsCancelled):
            self.ui.statusLabel.setText(self.tr("Stopped."))
            return
        if isinstance(exc, SmartCityError):
            self.ui.errorLabel.setText(labels.error_message(exc))
        else:
            self.ui.errorLabel.setText(self.tr("Something went wrong: %s") % exc)
        self.ui.statusLabel.clear()

    def stop(self) -> None:
        self._preview_wanted = False
        if self._job is not None:
            self._job.cancel.set()

    # ------------------------------------------------------------------ preview
    def _schedule_preview(self, delay_ms: int = 350) -> None:
        self._preview_result = None
        self._timer.start(delay_ms)
        self._update_buttons()

    def _start_preview(self) -> None:
        if self._closed:
            return
        if self._job is not None:  # build again once the running job has stopped
            self._preview_wanted = True
            self._job.cancel.set()
            return
        self._preview_wanted = False
        registrations, cards = self._counts()
        self.ui.previewList.clear()
        if registrations + cards == 0:
            self.ui.statusLabel.setText(self.tr("Choose at least one form."))
            self._set_busy(False)
            return
        db, workshop_id, path = self._db, self.workshop.id, self._preview_path
        ratio = self.devicePixelRatioF()
        building = self.tr("Making the forms…")
        rendering = self.tr("Drawing the preview…")

        def work(job: _Job):
            result = paper_forms.build_forms_pdf(
                db, workshop_id, path, cards=cards, registrations=registrations,
                progress=lambda done, total: job.report(done, total, building))
            images = []
            doc = pdfium.PdfDocument(str(path))
            try:
                shown = min(len(doc), MAX_PREVIEW_PAGES)
                for i in range(shown):
                    if not job.report(i, shown, rendering):
                        raise paper_forms.FormsCancelled("Stopped.")
                    page = doc[i]
                    scale = THUMB_WIDTH * ratio / page.get_width()
                    image = page_image(page, scale)
                    image.setDevicePixelRatio(ratio)
                    images.append(image)
                    page.close()
            finally:
                doc.close()
            return result, images

        self._start(work, self._show_preview, building)

    def _show_preview(self, value) -> None:
        result, images = value
        self._preview_result = result
        names = {paper_forms.FORM_REGISTRATION: self.tr("Registration"),
                 paper_forms.FORM_IDEA: self.tr("Idea cards")}
        for info, image in zip(result.pages, images):
            text = self.tr("Page %1 · %2").replace("%1", str(info.number)) \
                .replace("%2", names.get(info.form, info.form))
            item = QListWidgetItem(QIcon(framed(image)), text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(Qt.ItemDataRole.UserRole, info.number)
            self.ui.previewList.addItem(item)
        if result.page_count > len(images):
            status = self.tr("%1 pages; the first %2 are shown.") \
                .replace("%1", str(result.page_count)).replace("%2", str(len(images)))
        else:
            status = self.tr("%n page(s).", "", result.page_count)
        self.ui.statusLabel.setText(status)
        self._set_busy(False)

    # ------------------------------------------------------------------ save
    def default_file_name(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("%s paper forms.pdf") % self.workshop.code
        return str(Path(folder) / name)

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save paper forms"),
                                              self.default_file_name(),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        registrations, cards = self._counts()
        db, workshop_id = self._db, self.workshop.id
        saving = self.tr("Saving the PDF…")

        def work(job: _Job):
            return paper_forms.build_forms_pdf(
                db, workshop_id, path, cards=cards, registrations=registrations,
                progress=lambda done, total: job.report(done, total, saving))

        self._start(work, self._saved, saving)

    def _saved(self, result: paper_forms.FormsResult) -> None:
        self.last_saved = result.path
        self.ui.statusLabel.setText(self.tr("Saved %1 page(s) to %2.")
                                    .replace("%1", str(result.page_count))
                                    .replace("%2", str(result.path)))

    # ------------------------------------------------------------------ print
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the forms have their own margins: print them actual size
        printer.setDocName(self.tr("%s paper forms") % self.workshop.code)
        return printer

    def print_forms(self) -> None:
        if self._preview_result is None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print paper forms"))
        dialog.setMinMax(1, self._preview_result.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed PDF on ``printer`` (already set up) in the worker."""
        if self._preview_result is None or self._job is not None:
            return
        path = self._preview_path
        count = self._preview_result.page_count
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
        printing = self.tr("Printing…")
        self._printer = printer  # kept alive while the worker paints on it

        def work(job: _Job):
            return print_pdf(path, printer, range(first - 1, last),
                             lambda done, total: job.report(done, total, printing))

        self._start(work, self._printed, printing)

    def _printed(self, pages: int) -> None:
        self.ui.statusLabel.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        self.stop()
        self._pool.waitForDone(30000)
        super().done(result)
        self._tmp.cleanup()


def print_pdf(path: Path, printer: QPrinter, pages: range,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint ``pages`` (0-based) of the PDF at ``path`` on ``printer``, each page fitted to the
    paper with its proportions kept. QPainter may paint on a QPrinter outside the GUI
    thread. Returns the number of pages sent."""
    doc = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise SmartCityError("The printer could not be started.")
        dpi = min(printer.resolution(), PRINT_MAX_DPI)
        sent = 0
        for n, index in enumerate(pages):
            if progress is not None and progress(n, len(pages)) is False:
                raise paper_forms.FormsCancelled("Printing was stopped.")
            if n:
                printer.newPage()
            page = doc[index]
            image = page_image(page, dpi / 72)
            page.close()
            area = printer.pageLayout().fullRectPixels(printer.resolution())
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - size.width()) // 2,
                           area.y() + (area.height() - size.height()) // 2,
                           size.width(), size.height())
            painter.drawImage(target, image)
            sent += 1
        return sent
    finally:
        if painter.isActive():
            painter.end()
        doc.close()
