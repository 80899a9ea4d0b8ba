"""File ▸ Reports…: the PDF reports, previewed before they are saved.

- the workshop report and the project report (services.reports);
- "You said, we did" for participants, with a large-print option (services.feedback_report);
- the procurement challenge brief, for a theme or the selected ideas, a PDF with a Markdown
  file next to it (services.challenge_brief).

Generate makes the report in the thread pool (the ``forms_dialog._Job`` pattern: the worker
never touches widgets) into a private temp folder, and renders thumbnails of its pages with
pypdfium2. Save… copies the previewed file to the chosen place atomically (a temp file in the
target folder, then ``os.replace``), so a cancel, an error or a bad folder leaves nothing behind.

The builders are a mapping ``kind -> builder(db, out_path, options, progress)`` so tests (and
the bench) can inject slow or failing ones; :data:`DEFAULT_BUILDERS` calls the services.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.defaults import LANGUAGES
from ..core.errors import SmartCityError
from ..services.workshop import projects
from . import settings as keys
from .errors import error_text
from .forms_dialog import _framed, _Job, page_image
from .icons import icon
from .worker_dialog import CloseCancelsWork

KINDS = ("workshop", "project", "feedback", "brief")
WORKSHOP_KINDS = ("workshop", "feedback")  # the kinds made for one workshop
MAX_PREVIEW_PAGES = 40
THUMB_WIDTH = 132  # logical pixels, the strip of pages on the left of the preview
PAGE_MIN_WIDTH = 300  # logical pixels, the page shown large: as wide as the view allows
PAGE_MAX_WIDTH = 1000
LEFT_WIDTH = 360


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose; handed to a builder in the worker (plain data, no widgets)."""

    kind: str
    project_id: str
    workshop_id: str | None = None
    language: str = "en"
    large_print: bool = False
    theme_id: str | None = None
    idea_ids: tuple[str, ...] = ()


Builder = Callable[..., object]  # (db, out_path, options, progress) -> ReportResult


def _workshop_report(db, out: Path, o: ReportOptions, progress):
    from ..services.reports import workshop as reports

    return reports.build_workshop_report(db, o.workshop_id, out, language=o.language,
                                         progress=progress)


def _project_report(db, out: Path, o: ReportOptions, progress):
    from ..services.reports import workshop as reports

    return reports.build_project_report(db, o.project_id, out, language=o.language,
                                        progress=progress)


def _feedback_report(db, out: Path, o: ReportOptions, progress):
    from ..services.reports import feedback as feedback_report

    return feedback_report.build_feedback_report(db, o.workshop_id, out, language=o.language,
                                                 large_print=o.large_print, progress=progress)


def _challenge_brief(db, out: Path, o: ReportOptions, progress):
    from ..services.reports import brief as challenge_brief

    if o.idea_ids:
        return challenge_brief.build_challenge_brief(db, o.project_id, out,
                                                     idea_ids=list(o.idea_ids),
                                                     language=o.language, progress=progress)
    return challenge_brief.build_challenge_brief(db, o.project_id, out, theme_id=o.theme_id,
                                                 language=o.language, progress=progress)


# The services (and reportlab) are imported in the worker on first use, not when the app starts.
DEFAULT_BUILDERS: dict[str, Builder] = {
    "workshop": _workshop_report,
    "project": _project_report,
    "feedback": _feedback_report,
    "brief": _challenge_brief,
}


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


# --------------------------------------------------------------------------- child process
# The services' reports are made in a separate process (spawned, so no Qt state is copied):
# reportlab is pure Python, and a report of 2,000 ideas leaves some 200,000 objects in reference
# cycles; collecting them holds the GIL for 0.4-1 s, which froze the GUI thread (the target is
# no stall over 100 ms; bench/bench_report_ui.py measures it). In its own process none of that
# touches the user interface. One warm process per dialog, one report at a time.
_child_cancel = None  # set in the child by _child_init
_child_progress = None
_child_dbs: dict = {}


def _child_init(cancel, progress) -> None:
    global _child_cancel, _child_progress
    _child_cancel, _child_progress = cancel, progress


def _child_warm() -> int:
    """Import the services and register the fonts before the first Generate."""
    from ..services.pdf import text as pdf_text
    from ..services.reports import workshop as reports  # noqa: F401

    pdf_text.register_fonts()
    return os.getpid()


def _child_build(kind: str, target: str, device_id: str, out: str, options: ReportOptions):
    """Runs in the child: open the database (once) and build; errors come back as plain data
    (a SmartCityError with its own constructor does not always survive pickling)."""
    from ..storage.database import Database

    db = _child_dbs.get(target)
    if db is None:
        db = _child_dbs[target] = Database.open(target, device_id)
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] >= 0.05 or done >= total:
            last[0] = now
            _child_progress.put((done, total))
        return not _child_cancel.is_set()

    try:
        result = DEFAULT_BUILDERS[kind](db, Path(out), options, progress)
    except SmartCityError as exc:
        return ("error", "report_cancelled" if is_cancelled(exc) else exc.code, exc.message,
                exc.reason, dict(exc.details))
    markdown = getattr(result, "markdown_path", None)
    return ("ok", str(result.path), int(result.pages), str(markdown) if markdown else None)


class ChildBuilds:
    """A warm child process that runs :data:`DEFAULT_BUILDERS`; ``build`` has a builder's
    signature and is called from the dialog's worker thread."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._context = context
        self._cancel = context.Event()
        self._progress = context.Queue()
        self._pool: ProcessPoolExecutor | None = None
        self._start()

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(1, mp_context=self._context, initializer=_child_init,
                                         initargs=(self._cancel, self._progress))
        self._pool.submit(_child_warm)

    def build(self, db, out: Path, options: ReportOptions, progress):
        from ..services.pdf.document import ReportCancelled, ReportError

        target = str(db.path) if db.path is not None else \
            db.engine.url.render_as_string(hide_password=False)
        self._cancel.clear()
        while True:  # reports left over from a cancelled build
            try:
                self._progress.get_nowait()
            except queue.Empty:
                break
        if self._pool is None:
            self._start()
        future = self._pool.submit(_child_build, options.kind, target, db.device_id, str(out),
                                   options)
        done, total = 0, 0
        while not future.done():
            try:
                done, total = self._progress.get(timeout=0.05)
            except queue.Empty:
                pass
            if progress(done, total) is False:
                self._cancel.set()
        try:
            outcome = future.result()
        except BrokenProcessPool as exc:
            self._pool = None  # a new process next time
            raise ReportError("The process making the report stopped unexpectedly; nothing "
                              "was written.", reason="report_process_stopped") from exc
        if outcome[0] == "error":
            _, code, message, reason, details = outcome
            if code == "report_cancelled":
                raise ReportCancelled(message)
            raise ReportError(message, reason=reason, **details)
        _, path, pages, markdown = outcome
        return SimpleNamespace(path=Path(path), pages=pages,
                               markdown_path=Path(markdown) if markdown else None)

    def close(self) -> None:
        self._cancel.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def is_cancelled(exc: BaseException) -> bool:
    return getattr(exc, "code", "") == "report_cancelled"


def safe_file_name(name: str) -> str:
    """``name`` without the characters Windows, macOS or Linux refuse in a file name."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)
    return " ".join(cleaned.split()).strip(" .") or "report"


def write_copy_atomically(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temp file in the target's folder; on any error
    the temp file is removed and ``target`` is left as it was."""
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class _Preview:
    path: Path
    pages: int
    images: list = field(default_factory=list)
    markdown_path: Path | None = None
    options: ReportOptions | None = None


class ReportDialog(CloseCancelsWork, QDialog):
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
    def _build_ui(self, workshop_id: str | None) -> None:
        self.resize(1040, 740)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)

        # ---------------------------------------------------------------- choices (left)
        left_panel = QWidget()
        left_panel.setFixedWidth(LEFT_WIDTH)
        left = QVBoxLayout(left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        top.addWidget(left_panel, 0)
        kind_box = QGroupBox(self.tr("Report"))
        kind_box.setAccessibleName(self.tr("Which report"))
        kind_layout = QVBoxLayout(kind_box)
        self.kindGroup = QButtonGroup(self)
        self.kindButtons: dict[str, QRadioButton] = {}
        texts = {
            "workshop": (self.tr("&Workshop report"), self.tr("Workshop report")),
            "project": (self.tr("&Project report (every workshop)"), self.tr("Project report")),
            "feedback": (self.tr("“&You said, we did” for participants"),
                         self.tr("You said, we did")),
            "brief": (self.tr("&Challenge brief for procurement"), self.tr("Challenge brief")),
        }
        for i, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind][0])
            button.setAccessibleName(texts[kind][1])
            self.kindGroup.addButton(button, i)
            self.kindButtons[kind] = button
            kind_layout.addWidget(button)
            if kind == "feedback":
                self.largePrintCheck = QCheckBox(self.tr("&Large print"))
                self.largePrintCheck.setAccessibleName(self.tr("Large print"))
                self.largePrintCheck.setToolTip(self.tr("Body text of at least 16 points"))
                kind_layout.addLayout(self._indented(self.largePrintCheck))
            if kind == "brief":
                kind_layout.addLayout(self._indented(self._brief_scope()))
        left.addWidget(kind_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.workshopCombo = QComboBox()
        self.workshopCombo.setAccessibleName(self.tr("Workshop"))
        for w in self.workshops:
            self.workshopCombo.addItem(f"{w.code} · {w.title}".strip(" ·"), w.id)
        index = self.workshopCombo.findData(workshop_id) if workshop_id else -1
        self.workshopCombo.setCurrentIndex(index if index >= 0 else
                                           (0 if self.workshops else -1))
        self.workshopLabel = QLabel(self.tr("W&orkshop:"))
        self.workshopLabel.setBuddy(self.workshopCombo)
        form.addRow(self.workshopLabel, self.workshopCombo)
        self.languageCombo = QComboBox()
        self.languageCombo.setAccessibleName(self.tr("Language of the report"))
        self.languageCombo.addItem(self.tr("English"), "en")
        self.languageCombo.addItem(self.tr("Norwegian Bokmål"), "nb")
        language_label = QLabel(self.tr("L&anguage:"))
        language_label.setBuddy(self.languageCombo)
        form.addRow(language_label, self.languageCombo)
        left.addLayout(form)

        self.aboutLabel = QLabel()
        self.aboutLabel.setWordWrap(True)
        self.aboutLabel.setAccessibleName(self.tr("What the report contains"))
        self.aboutLabel.setStyleSheet("color: palette(placeholder-text);")
        self.aboutLabel.setAlignment(Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.aboutLabel)
        left.addStretch(1)
        self.generateButton = QPushButton(icon("generate"), self.tr("&Generate preview"))
        self.generateButton.setAccessibleName(self.tr("Generate the report and preview it"))
        self.generateButton.setToolTip(self.tr("Make the report and show its pages (Ctrl+G)"))
        self.generateButton.setDefault(True)
        left.addWidget(self.generateButton)

        # ---------------------------------------------------------------- preview (right)
        right = QVBoxLayout()
        top.addLayout(right, 1)
        preview = QHBoxLayout()
        right.addLayout(preview, 1)
        self.pageList = QListWidget()
        self.pageList.setAccessibleName(self.tr("Pages of the report"))
        self.pageList.setViewMode(QListView.ViewMode.IconMode)
        self.pageList.setFlow(QListView.Flow.TopToBottom)
        self.pageList.setWrapping(False)
        self.pageList.setMovement(QListView.Movement.Static)
        self.pageList.setSpacing(6)
        self.pageList.setUniformItemSizes(True)
        self.pageList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pageList.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 297 / 210)))
        self.pageList.setFixedWidth(THUMB_WIDTH + 46)
        self.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview.addWidget(self.pageList)
        self.pageView = QLabel()
        self.pageView.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pageView.setAccessibleName(self.tr("The chosen page, large"))
        self.pageView.setWordWrap(True)
        self.pageScroll = QScrollArea()
        self.pageScroll.setWidget(self.pageView)
        self.pageScroll.setWidgetResizable(True)
        self.pageScroll.setAccessibleName(self.tr("Page preview"))
        self.pageScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.pageScroll.setMinimumWidth(PAGE_MIN_WIDTH + 30)
        preview.addWidget(self.pageScroll, 1)
        self.pagesLabel = QLabel()
        self.pagesLabel.setAccessibleName(self.tr("Number of pages"))
        right.addWidget(self.pagesLabel)

        # ---------------------------------------------------------------- status and buttons
        status = QHBoxLayout()
        self.statusLabel = QLabel()
        self.statusLabel.setAccessibleName(self.tr("Status"))
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        status.addWidget(self.statusLabel, 1)
        self.progressBar = QProgressBar()
        self.progressBar.setAccessibleName(self.tr("Progress"))
        self.progressBar.setMaximumWidth(260)
        status.addWidget(self.progressBar)
        self.cancelButton = QPushButton(icon("stop"), self.tr("Cancel"))
        self.cancelButton.setAccessibleName(self.tr("Stop making the report"))
        self.cancelButton.setToolTip(self.tr("Stop making the report (Esc); nothing is saved"))
        self.cancelButton.setAutoDefault(False)
        status.addWidget(self.cancelButton)
        outer.addLayout(status)
        self.errorLabel = QLabel()
        self.errorLabel.setAccessibleName(self.tr("Problem"))
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #7a0010;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setVisible(False)
        outer.addWidget(self.errorLabel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.saveButton = QPushButton(icon("save"), self.tr("&Save…"))
        self.saveButton.setAccessibleName(self.tr("Save the report"))
        self.saveButton.setToolTip(self.tr("Save the previewed report (Ctrl+S)"))
        self.closeButton = QPushButton(self.tr("Close"))
        self.closeButton.setAccessibleName(self.tr("Close the dialog"))
        for button in (self.saveButton, self.closeButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        outer.addLayout(buttons)

        for combo in (self.workshopCombo, self.languageCombo, self.themeCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentTextChanged.connect(combo.setToolTip)  # the full name when cut short
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.timeout.connect(lambda: self._show_page(self.pageList.currentRow()))

        # ---------------------------------------------------------------- wiring
        QShortcut(QKeySequence("Ctrl+G"), self, self.generate)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.kindGroup.idToggled.connect(self._on_choice_changed)
        self.briefGroup.idToggled.connect(self._on_choice_changed)
        self.largePrintCheck.toggled.connect(self._on_choice_changed)
        for combo in (self.workshopCombo, self.languageCombo, self.themeCombo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.generateButton.clicked.connect(self.generate)
        self.cancelButton.clicked.connect(self.cancel)
        self.saveButton.clicked.connect(self.save)
        self.closeButton.clicked.connect(self.reject)
        self.pageList.currentRowChanged.connect(self._show_page)
        self.setTabOrder(self.generateButton, self.pageList)
        self.setTabOrder(self.pageList, self.pageScroll)
        self.setTabOrder(self.pageScroll, self.cancelButton)
        self.setTabOrder(self.cancelButton, self.saveButton)
        self.setTabOrder(self.saveButton, self.closeButton)

    @staticmethod
    def _indented(item) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addSpacing(24)
        if isinstance(item, QWidget):
            row.addWidget(item, 1)
        else:
            row.addLayout(item, 1)
        return row

    def _brief_scope(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.briefGroup = QButtonGroup(self)
        theme_row = QHBoxLayout()
        self.themeRadio = QRadioButton(self.tr("&Theme:"))
        self.themeRadio.setAccessibleName(self.tr("A brief for one theme"))
        self.themeCombo = QComboBox()
        self.themeCombo.setAccessibleName(self.tr("Theme of the brief"))
        for theme in self.themes:
            self.themeCombo.addItem(theme.name, theme.id)
        theme_row.addWidget(self.themeRadio)
        theme_row.addWidget(self.themeCombo, 1)
        box.addLayout(theme_row)
        self.ideasRadio = QRadioButton(
            self.tr("The s&elected ideas (%n)", "", len(self.idea_ids)))
        self.ideasRadio.setAccessibleName(self.tr("A brief for the selected ideas"))
        box.addWidget(self.ideasRadio)
        self.briefGroup.addButton(self.themeRadio, 0)
        self.briefGroup.addButton(self.ideasRadio, 1)
        if not self.idea_ids:
            self.ideasRadio.setToolTip(self.tr("Select ideas in the Ideas tab first."))
        if not self.themes:
            self.themeRadio.setToolTip(self.tr("The project has no themes yet."))
        (self.ideasRadio if self.idea_ids else self.themeRadio).setChecked(True)
        return box

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
            _remove(self._preview.path, self._preview.markdown_path)
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
                _remove(path, markdown)  # closed first: Windows cannot delete an open file
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
                thumb = QIcon(_framed(preview.images[n - 1]))
            else:
                if blank is None:
                    size = self.pageList.iconSize()
                    image = QImage(size, QImage.Format.Format_RGB32)
                    image.fill(QColor("#f4f6f7"))
                    blank = QIcon(_framed(image))
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
                    "%1", error_text(exc))
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
        self.pageView.setPixmap(_framed(image))
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


def _remove(*paths) -> None:
    for path in paths:
        if path is not None:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError:
                pass  # the temp folder goes with the dialog anyway


def open_reports(window, idea_ids: Sequence[str] = ()) -> ReportDialog | None:
    """File ▸ Reports…: the dialog for the main window's current project (and workshop)."""
    project_id, workshop_id = window.current_scope()
    if project_id is None:
        return None
    dialog = ReportDialog(window.db, project_id, workshop_id, idea_ids,
                          qsettings=getattr(window, "qsettings", None), parent=window)
    dialog.exec()
    return dialog
