"""File ▸ Reports…: the PDF reports, previewed before they are saved.

- the workshop report and the project report (services.reports);
- "You said, we did" for participants, with a large-print option (services.feedback_report);
- the procurement challenge brief, for a theme or the selected ideas, a PDF with a Markdown
  file next to it (services.challenge_brief).

Generate makes the report in the thread pool (the ``forms_dialog._Job`` pattern: the worker
never touches widgets) into a private temp folder, and renders thumbnails of its pages with
pypdfium2. Save… copies the previewed file to the chosen place atomically (a temp file in the
target folder, then ``os.replace``), so a cancel, an error or a bad folder leaves nothing behind.

The builders are in :mod:`.builders`, the child process that runs the services' builders in
:mod:`.child`, the widgets in :mod:`.layout`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, Qt, QThreadPool
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QButtonGroup, QDialog, QFileDialog, QListWidgetItem

from ...core.defaults import LANGUAGES
from ...core.errors import SmartCityError
from ...services.workshop import projects
from .. import labels
from .. import settings as keys
from ..forms_dialog import _Job
from ..pdf_pages import framed, page_image
from ..worker_dialog import CloseCancelsWork
from .builders import DEFAULT_BUILDERS, KINDS, WORKSHOP_KINDS, Builder, ReportOptions
from .child import ChildBuilds, is_cancelled
from .files import remove_files, safe_file_name, write_copy_atomically
from .layout import PAGE_MAX_WIDTH, PAGE_MIN_WIDTH, THUMB_WIDTH, ReportDialogLayout

MAX_PREVIEW_PAGES = 40


def ui_language(qsettings: QSettings | None = None) -> str:
    """The language the user interface speaks ("en" or "nb"), as qt/i18n.py chose it."""
    code = keys.LANGUAGE.get(qsettings) if qsettings is not None else ""
    name = (QLocale(code) if code else QLocale.system()).name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"
    if name not in LANGUAGES:
        return "en"
    app = QCoreApplication.instance()
    if name != "en" and app is not None and not getattr(app, "_translators", None):
        return "en"  # no translation loaded: the interface is in English
    return name


@dataclass
class _Preview:
    path: Path
    pages: int
    images: list = field(default_factory=list)
    markdown_path: Path | None = None
    options: ReportOptions | None = None


class ReportDialog(ReportDialogLayout, CloseCancelsWork, QDialog):
    """The reports of project ``project_id``; ``workshop_id`` preselects a workshop and
    ``idea_ids`` (the ideas selected in the main window) offers a challenge brief for them."""

    def __init__(self, db, project_id: str, workshop_id: str | None = None,
                 idea_ids: Sequence[str] = (), *, qsettings: QSettings | None = None,
                 builders: Mapping[str, Builder] | None = None, language: str | None = None,
                 isolate: bool | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.project = projects.get_project(db, project_id)
        self.workshops = projects.list_workshops(db, project_id)
        self.themes = projects.list_themes(db, project_id)
        self.idea_ids = tuple(i for i in idea_ids if i)
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.builders = dict(DEFAULT_BUILDERS if builders is None else builders)
        # The services' builders run in a child process (see ChildBuilds); injected ones (tests,
        # benches) run in the worker thread unless asked otherwise.
        self._children = ChildBuilds() if (builders is None if isolate is None else isolate) \
            else None
        self.ui_language = language or ui_language(self.qsettings)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one job at a time: pdfium is never used twice at once
        self._job: _Job | None = None
        self._jobs: list[_Job] = []
        self._tmp = tempfile.TemporaryDirectory(prefix="smartcity-report-")
        self._run = 0
        self._preview: _Preview | None = None
        self._close_when_done = False
        self._closed = False
        self.last_saved: Path | None = None
        self.setWindowTitle(self.tr("Reports · %1").replace("%1", self.project.name))
        self.setAccessibleName(self.tr("Reports dialog"))
        self._build_ui(workshop_id)
        self._restore_choices()
        self._clear_preview()
        self._update_controls()

    # ------------------------------------------------------------------ building
    def _restore_choices(self) -> None:
        s = self.qsettings
        kind = keys.REPORT_KIND.get(s)
        self.kindButtons[kind if kind in KINDS else "workshop"].setChecked(True)
        self.largePrintCheck.setChecked(keys.REPORT_LARGE_PRINT.get(s))
        language = keys.REPORT_LANGUAGE.get(s) or self.ui_language
        index = self.languageCombo.findData(language)
        self.languageCombo.setCurrentIndex(index if index >= 0 else 0)

    def _remember_choices(self) -> None:
        s = self.qsettings
        keys.REPORT_KIND.set(s, self.kind())
        keys.REPORT_LARGE_PRINT.set(s, self.largePrintCheck.isChecked())
        language = self.languageCombo.currentData()
        keys.REPORT_LANGUAGE.set(s, "" if language == self.ui_language else language)

    # ------------------------------------------------------------------ state
    def kind(self) -> str:
        return KINDS[max(self.kindGroup.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        self.kindButtons[kind].setChecked(True)

    def is_busy(self) -> bool:
        return self._job is not None

    def options(self) -> ReportOptions:
        kind = self.kind()
        by_ideas = kind == "brief" and self.ideasRadio.isChecked()
        return ReportOptions(
            kind=kind, project_id=self.project.id,
            workshop_id=self.workshopCombo.currentData() if kind in WORKSHOP_KINDS else None,
            language=self.languageCombo.currentData(),
            large_print=kind == "feedback" and self.largePrintCheck.isChecked(),
            theme_id=self.themeCombo.currentData() if kind == "brief" and not by_ideas else None,
            idea_ids=self.idea_ids if by_ideas else ())

    def _missing(self) -> str:
        """Why the chosen report cannot be made ("" when it can)."""
        kind = self.kind()
        if kind in WORKSHOP_KINDS and self.workshopCombo.currentData() is None:
            return self.tr("The project has no workshop yet.")
        if kind == "brief":
            if self.ideasRadio.isChecked() and not self.idea_ids:
                return self.tr("Select ideas in the Ideas tab first, or choose a theme.")
            if self.themeRadio.isChecked() and self.themeCombo.currentData() is None:
                return self.tr("The project has no themes yet: select ideas instead.")
        return ""

    def _about(self, kind: str) -> str:
        return {
            "workshop": self.tr("Agenda as planned and as run, attendance and "
                                "representativeness, ideas by theme and SDG, prioritisation "
                                "results, decisions, and every idea in an appendix."),
            "project": self.tr("The same across every workshop of the project, with how "
                               "participation changed from one workshop to the next."),
            "feedback": self.tr("A short report for participants and the public: what was "
                                "heard, what was decided and why, and what happens next. No "
                                "personal data."),
            "brief": self.tr("The need in the participants' own words, the evidence, SDG and "
                             "strategy links, and empty fields for success criteria. A Markdown "
                             "file is saved next to the PDF."),
        }[kind]

    def _on_choice_changed(self, *_args) -> None:
        if self._preview is not None and self._job is None:
            self._clear_preview()
            self.statusLabel.setText(self.tr("The choices changed: generate the preview again."))
        self._update_controls()

    @staticmethod
    def _tab_stop_on_checked(group: QButtonGroup) -> None:
        """Tab enters a group of radio buttons at the checked one. (Qt moves the tab stop to
        the button that last had the focus, which is not the checked one after setChecked.)"""
        for button in group.buttons():
            policy = button.focusPolicy()
            button.setFocusPolicy(
                Qt.FocusPolicy(policy | Qt.FocusPolicy.TabFocus) if button.isChecked()
                else Qt.FocusPolicy(policy & ~Qt.FocusPolicy.TabFocus))

    def _update_controls(self) -> None:
        busy = self._job is not None
        self._tab_stop_on_checked(self.kindGroup)
        self._tab_stop_on_checked(self.briefGroup)
        kind = self.kind()
        for widget in (*self.kindButtons.values(), self.languageCombo):
            widget.setEnabled(not busy)
        self.workshopCombo.setEnabled(not busy and kind in WORKSHOP_KINDS)
        self.workshopLabel.setEnabled(kind in WORKSHOP_KINDS)
        self.largePrintCheck.setEnabled(not busy and kind == "feedback")
        brief = not busy and kind == "brief"
        self.themeRadio.setEnabled(brief and bool(self.themes))
        self.themeCombo.setEnabled(brief and self.themeRadio.isChecked() and bool(self.themes))
        self.ideasRadio.setEnabled(brief and bool(self.idea_ids))
        self.aboutLabel.setText(self._about(kind))
        missing = self._missing()
        self.generateButton.setEnabled(not busy and not missing)
        if missing and not busy:
            self.statusLabel.setText(missing)
        elif not busy and self._preview is None and self.statusLabel.text() in (
                "", *self._hints):
            self.statusLabel.setText(self.tr("Choose a report and press Generate preview."))
        self.progressBar.setVisible(busy)
        self.cancelButton.setVisible(busy)
        self.closeButton.setEnabled(True)
        ready = not busy and self._preview is not None
        self.saveButton.setEnabled(ready)
        self.saveButton.setDefault(ready)
        self.generateButton.setDefault(not ready)

    @property
    def _hints(self) -> tuple[str, ...]:
        return (self.tr("The project has no workshop yet."),
                self.tr("Select ideas in the Ideas tab first, or choose a theme."),
                self.tr("The project has no themes yet: select ideas instead."),
                self.tr("Choose a report and press Generate preview."))

    def _clear_preview(self) -> None:
        self._preview = None
        self.pageList.clear()
        self.pageView.setText(self.tr("No preview yet.\nPress Generate preview (Ctrl+G) to "
                                      "make the report and see its pages here."))
        self.pagesLabel.clear()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._preview is not None:
            self._resize_timer.start(150)  # draw the large page again at the new width

    def _show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.setVisible(bool(text))

    # ------------------------------------------------------------------ generating
    def generate(self) -> None:
        if self._job is not None or self._closed or not self.generateButton.isEnabled():
            return
        options = self.options()
        builder = self._children.build if self._children is not None else \
            self.builders[options.kind]
        self._remember_choices()
        if self._preview is not None:  # the previous preview's files are not needed any more
            remove_files(self._preview.path, self._preview.markdown_path)
        self._clear_preview()
        self._show_error("")
        self._run += 1
        out = Path(self._tmp.name) / f"report-{self._run}.pdf"
        db = self.db
        ratio = self.devicePixelRatioF()
        making = self.tr("Making the report…")
        drawing = self.tr("Drawing the preview…")

        def work(job: _Job) -> _Preview:
            result = builder(db, out, options, lambda done, total: job.report(done, total, making))
            path = Path(getattr(result, "path", out))
            markdown = getattr(result, "markdown_path", None)
            try:
                doc = pdfium.PdfDocument(str(path))
                try:
                    pages = len(doc)
                    shown = min(pages, MAX_PREVIEW_PAGES)
                    images = []
                    for i in range(shown):
                        if not job.report(i, shown, drawing):
                            raise _Stopped()
                        page = doc[i]
                        image = page_image(page, THUMB_WIDTH * ratio / page.get_width())
                        image.setDevicePixelRatio(ratio)
                        images.append(image)
                        page.close()
                finally:
                    doc.close()
            except BaseException:
                remove_files(path, markdown)  # closed first: Windows cannot delete an open file
                raise
            return _Preview(path, pages, images, markdown, options)

        job = _Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self._jobs.append(job)  # kept until the dialog goes (see forms_dialog)
        self.progressBar.setRange(0, 0)
        self.statusLabel.setText(making)
        self.pageView.setText(making)
        self.cancelButton.setEnabled(True)
        self.cancelButton.setText(self.tr("Cancel"))
        self._update_controls()
        self.cancelButton.setFocus()
        self._pool.start(job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel.set()
            self.cancelButton.setEnabled(False)
            self.cancelButton.setText(self.tr("Cancelling…"))
            self.statusLabel.setText(self.tr("Stopping…"))

    def _on_progress(self, job: _Job, done: int, total: int, phase: str) -> None:
        if job is not self._job:
            return
        if total > 0:
            self.progressBar.setRange(0, total)
            self.progressBar.setValue(min(done, total))
        if phase and not job.cancel.is_set():
            self.statusLabel.setText(phase)

    def _job_done(self) -> bool:
        """The job has ended: back to idle. True if the dialog should go on to show results."""
        self._job = None
        self.cancelButton.setText(self.tr("Cancel"))
        if self._close_when_done:
            self._update_controls()
            super().reject()
            return False
        return not self._closed

    def _on_finished(self, job: _Job, preview: _Preview) -> None:
        if job is not self._job or not self._job_done():
            return
        self._preview = preview
        # Every page is listed and drawn large when chosen; thumbnails are made for the first
        # MAX_PREVIEW_PAGES only (a long report would otherwise take seconds and much memory).
        blank = None
        for n in range(1, preview.pages + 1):
            text = self.tr("Page %1").replace("%1", str(n))
            if n <= len(preview.images):
                thumb = QIcon(framed(preview.images[n - 1]))
            else:
                if blank is None:
                    size = self.pageList.iconSize()
                    image = QImage(size, QImage.Format.Format_RGB32)
                    image.fill(QColor("#f4f6f7"))
                    blank = QIcon(framed(image))
                thumb = blank
            item = QListWidgetItem(thumb, text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.pageList.addItem(item)
        count = self.tr("%n page(s)", "", preview.pages)
        if preview.pages > len(preview.images):
            count += " · " + self.tr("thumbnails of the first %1").replace(
                "%1", str(len(preview.images)))
        self.pagesLabel.setText(count)
        self.statusLabel.setText(self.tr("Ready. Look through the pages, then save the report."))
        self._update_controls()
        if self.pageList.count():
            self.pageList.setCurrentRow(0)
        self.saveButton.setFocus()

    def _on_failed(self, job: _Job, exc: BaseException) -> None:
        if job is not self._job or not self._job_done():
            return
        self._clear_preview()
        if isinstance(exc, _Stopped) or is_cancelled(exc):
            self.statusLabel.setText(self.tr("Stopped. Nothing was made."))
        else:
            if isinstance(exc, SmartCityError):
                text = self.tr("The report could not be made: %1").replace(
                    "%1", labels.error_message(exc))
            else:
                text = self.tr("Unexpected problem; the report could not be made: %1").replace(
                    "%1", f"{type(exc).__name__}: {exc}")
            self._show_error(text)
            self.statusLabel.setText(self.tr("Nothing was made."))
        self._update_controls()
        self.generateButton.setFocus()

    def _show_page(self, row: int) -> None:
        """Render the chosen page large (in the GUI thread: only when no job uses pdfium)."""
        if self._preview is None or row < 0 or self._job is not None:
            return
        ratio = self.devicePixelRatioF()
        width = max(PAGE_MIN_WIDTH, min(self.pageScroll.viewport().width() - 24,
                                        PAGE_MAX_WIDTH))
        try:
            doc = pdfium.PdfDocument(str(self._preview.path))
            try:
                page = doc[row]
                image = page_image(page, width * ratio / page.get_width())
                page.close()
            finally:
                doc.close()
        except Exception as exc:  # noqa: BLE001 - a preview problem must not end the dialog
            self.pageView.setText(self.tr("This page cannot be shown: %1").replace("%1", str(exc)))
            return
        image.setDevicePixelRatio(ratio)
        self.pageView.setPixmap(framed(image))
        self.pageView.setAccessibleDescription(
            self.tr("Page %1 of %2").replace("%1", str(row + 1))
            .replace("%2", str(self._preview.pages)))

    # ------------------------------------------------------------------ saving
    def default_file_name(self) -> str:
        o = self._preview.options if self._preview is not None else self.options()
        workshop = next((w for w in self.workshops if w.id == o.workshop_id), None)
        code = workshop.code if workshop else ""
        if o.kind == "workshop":
            name = self.tr("%1 workshop report").replace("%1", code)
        elif o.kind == "project":
            name = self.tr("%1 project report").replace("%1", self.project.name)
        elif o.kind == "feedback":
            name = self.tr("%1 you said, we did").replace("%1", code)
            if o.large_print:
                name += " " + self.tr("(large print)")
        else:
            theme = next((t.name for t in self.themes if t.id == o.theme_id), "")
            scope = theme or self.tr("selected ideas")
            name = self.tr("%1 challenge brief - %2").replace("%1", self.project.name) \
                .replace("%2", scope)
        if o.language != self.ui_language:
            name += f" ({o.language})"
        folder = keys.REPORT_FOLDER.get(self.qsettings)
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / (safe_file_name(name) + ".pdf"))

    def save(self) -> None:
        if self._preview is None or self._job is not None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              self.default_file_name(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> bool:
        """Copy the previewed report (and the brief's Markdown file) to ``target``."""
        preview = self._preview
        if preview is None or self._job is not None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        copies = [(preview.path, target)]
        if preview.markdown_path is not None:
            copies.append((preview.markdown_path, target.with_suffix(".md")))
        self._show_error("")
        try:
            if not target.parent.is_dir():
                raise FileNotFoundError(str(target.parent))
            for source, destination in copies:
                write_copy_atomically(source, destination)
        except FileNotFoundError:
            self._show_error(self.tr("The folder %1 does not exist. Nothing was saved.")
                             .replace("%1", str(target.parent)))
            return False
        except PermissionError:
            self._show_error(self.tr("You may not write in the folder %1. Nothing was saved.")
                             .replace("%1", str(target.parent)))
            return False
        except OSError as exc:
            self._show_error(self.tr("The report could not be saved: %1")
                             .replace("%1", exc.strerror or str(exc)))
            return False
        self.last_saved = target
        keys.REPORT_FOLDER.set(self.qsettings, str(target.parent))
        if len(copies) > 1:
            text = self.tr("Saved to %1, with the Markdown file %2.") \
                .replace("%1", str(target)).replace("%2", copies[1][1].name)
        else:
            text = self.tr("Saved to %1.").replace("%1", str(target))
        self.statusLabel.setText("✔ " + text)
        return True

    # ------------------------------------------------------------------ closing
    def wait_idle(self, msecs: int = 30000) -> bool:
        """For tests: wait for the worker (its results still come by signal)."""
        return self._pool.waitForDone(msecs)

    def _is_working(self) -> bool:
        return self._job is not None

    def _cancel_work(self) -> None:
        self.cancel()


    def done(self, result: int) -> None:
        self._closed = True
        if self._job is not None:
            self._job.cancel.set()
        self._pool.waitForDone(60000)
        if self._children is not None:
            self._children.close()
            self._children = None
        super().done(result)
        self.pageList.clear()
        self._tmp.cleanup()


class _Stopped(Exception):
    """Cancelled while the preview was drawn (after the builder had finished)."""

def open_reports(window, idea_ids: Sequence[str] = ()) -> ReportDialog | None:
    """File ▸ Reports…: the dialog for the main window's current project (and workshop)."""
    project_id, workshop_id = window.current_scope()
    if project_id is None:
        return None
    dialog = ReportDialog(window.db, project_id, workshop_id, idea_ids,
                          qsettings=getattr(window, "qsettings", None), parent=window)
    dialog.exec()
    return dialog
