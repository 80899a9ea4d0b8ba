"""File ▸ Export…: the exports the services provide, for the selected project or workshop.

- a folder of CSV files (services.exports.export_csv);
- an Excel workbook (services.exports.export_xlsx);
- a proposals file for Decidim, CSV or JSON (services.exports.select_ideas + export_decidim):
  ideas chosen by status, or the top N of a prioritisation round;
- the open-data package (services.open_data.write_open_data_package).

The export runs in the thread pool (``tasks.Task``); the worker never touches widgets.
Cancel makes the services' progress callback answer False, and the services write atomically,
so a cancel or an error leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
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
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import IdeaStatus
from ..core.errors import SmartCityError
from ..services.exports import open_data
from ..services.exports import tables as exports
from ..services.prioritise import rounds as prioritise
from ..services.workshop import projects
from . import labels
from .icons import icon
from .tasks import Task
from .worker_dialog import CloseCancelsWork

KINDS = ("csv", "xlsx", "decidim", "open_data")


class ExportDialog(CloseCancelsWork, QDialog):
    """Export the project ``project_id`` (or only its workshop ``workshop_id``)."""

    def __init__(self, db, project_id: str, workshop_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.project_id = project_id
        self.workshop_id = workshop_id
        self._task: Task | None = None
        self._close_when_done = False
        self._targets: dict[str, str] = {}
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export dialog"))
        self.setMinimumWidth(560)

        project = projects.get_project(db, project_id)
        self._project_name = project.name
        scope = project.name
        if workshop_id:
            workshop = projects.get_workshop(db, workshop_id)
            scope = f"{project.name} — {workshop.code} {workshop.title}".strip()
        layout = QVBoxLayout(self)
        self.scopeLabel = QLabel(self.tr("Exporting: <b>%1</b>").replace(
            "%1", scope.replace("&", "&amp;").replace("<", "&lt;")))
        self.scopeLabel.setTextFormat(Qt.TextFormat.RichText)
        self.scopeLabel.setAccessibleName(self.tr("What is exported"))
        self.scopeLabel.setWordWrap(True)
        layout.addWidget(self.scopeLabel)

        # ----------------------------------------------------------------- what
        kind_box = QGroupBox(self.tr("Export as"))
        kind_layout = QVBoxLayout(kind_box)
        self.kindGroup = QButtonGroup(self)
        self.kindButtons: dict[str, QRadioButton] = {}
        texts = {
            "csv": (self.tr("&CSV files (one per table, into a folder)"),
                    self.tr("CSV files")),
            "xlsx": (self.tr("E&xcel workbook (.xlsx, one sheet per table)"),
                     self.tr("Excel workbook")),
            "decidim": (self.tr("&Decidim proposals file (CSV or JSON)"),
                        self.tr("Decidim proposals")),
            "open_data": (self.tr("&Open-data package (anonymised, for publication)"),
                          self.tr("Open-data package")),
        }
        for i, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind][0])
            button.setAccessibleName(texts[kind][1])
            self.kindGroup.addButton(button, i)
            self.kindButtons[kind] = button
            kind_layout.addWidget(button)
        layout.addWidget(kind_box)

        # ----------------------------------------------------------------- options
        self.optionsBox = QGroupBox(self.tr("Options"))
        options_layout = QVBoxLayout(self.optionsBox)
        self.stack = QStackedWidget()
        options_layout.addWidget(self.stack)
        self.stack.addWidget(self._tabular_page())
        self.stack.addWidget(self._decidim_page())
        self.stack.addWidget(self._open_data_page())
        layout.addWidget(self.optionsBox)

        # ----------------------------------------------------------------- where
        target_box = QGroupBox(self.tr("Save to"))
        target_layout = QHBoxLayout(target_box)
        self.targetEdit = QLineEdit()
        self.targetEdit.setAccessibleName(self.tr("Export target"))
        self.targetEdit.setPlaceholderText(self.tr("Choose where to save…"))
        self.chooseButton = QPushButton(self.tr("C&hoose…"))
        self.chooseButton.setAccessibleName(self.tr("Choose where to save"))
        target_layout.addWidget(self.targetEdit, 1)
        target_layout.addWidget(self.chooseButton)
        layout.addWidget(target_box)

        # ----------------------------------------------------------------- progress, messages
        self.progressBar = QProgressBar()
        self.progressBar.setAccessibleName(self.tr("Export progress"))
        self.progressBar.setVisible(False)
        layout.addWidget(self.progressBar)
        self.errorLabel = QLabel()
        self.errorLabel.setAccessibleName(self.tr("Export error"))
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #7a0010;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setVisible(False)
        layout.addWidget(self.errorLabel)
        self.successLabel = QLabel()
        self.successLabel.setAccessibleName(self.tr("Export result"))
        self.successLabel.setWordWrap(True)
        self.successLabel.setStyleSheet("color: #1d5e20;")
        self.successLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.successLabel.setVisible(False)
        layout.addWidget(self.successLabel)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.exportButton = QPushButton(self.tr("&Export"))
        self.exportButton.setAccessibleName(self.tr("Start the export"))
        self.exportButton.setIcon(icon("export"))
        self.exportButton.setDefault(True)
        self.cancelButton = QPushButton(self.tr("Cancel export"))
        self.cancelButton.setAccessibleName(self.tr("Cancel the running export"))
        self.cancelButton.setVisible(False)
        self.closeButton = QPushButton(self.tr("Close"))
        self.closeButton.setAccessibleName(self.tr("Close the dialog"))
        for button in (self.exportButton, self.cancelButton, self.closeButton):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.kindGroup.idToggled.connect(self._on_kind_toggled)
        self.targetEdit.textChanged.connect(self._on_target_edited)
        self.chooseButton.clicked.connect(self.choose_target)
        self.exportButton.clicked.connect(self.start_export)
        self.cancelButton.clicked.connect(self.cancel_export)
        self.closeButton.clicked.connect(self.reject)
        self.kindButtons["xlsx"].setChecked(True)
        self._update_buttons()

    # ------------------------------------------------------------------ pages
    def _tabular_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.demographicsCheck = QCheckBox(self.tr("Include the de&mographic answers"))
        self.demographicsCheck.setAccessibleName(self.tr("Include demographics"))
        self.demographicsCheck.setChecked(True)
        self.contactsCheck = QCheckBox(self.tr("Include contact de&tails"))
        self.contactsCheck.setAccessibleName(self.tr("Include contact details"))
        self.contactsCheck.setChecked(False)
        note = QLabel(self.tr("Only participants who agreed to be contacted are ever included. "
                              "Contact details are personal data: keep the file safe."))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Note on contact details"))
        note.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(self.demographicsCheck)
        box.addWidget(self.contactsCheck)
        box.addWidget(note)
        box.addStretch(1)
        return page

    def _decidim_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.formatCombo = QComboBox()
        self.formatCombo.setAccessibleName(self.tr("Decidim file format"))
        self.formatCombo.addItem(self.tr("CSV (semicolon separated)"), "csv")
        self.formatCombo.addItem(self.tr("JSON"), "json")
        form.addRow(self.tr("&Format:"), self.formatCombo)
        self.formatCombo.currentIndexChanged.connect(self._on_format_changed)

        self.byStatusRadio = QRadioButton(self.tr("Ideas with the &status"))
        self.byStatusRadio.setAccessibleName(self.tr("Choose ideas by status"))
        self.statusCombo = QComboBox()
        self.statusCombo.setAccessibleName(self.tr("Idea status"))
        for status in IdeaStatus:
            self.statusCombo.addItem(labels.idea_status(status), status.value)
        self.statusCombo.setCurrentIndex(self.statusCombo.findData(IdeaStatus.ACCEPTED.value))
        form.addRow(self.byStatusRadio, self.statusCombo)

        self.byRoundRadio = QRadioButton(self.tr("Top ideas of a &round"))
        self.byRoundRadio.setAccessibleName(self.tr("Choose the top ideas of a round"))
        round_row = QWidget()
        round_layout = QHBoxLayout(round_row)
        round_layout.setContentsMargins(0, 0, 0, 0)
        self.roundCombo = QComboBox()
        self.roundCombo.setAccessibleName(self.tr("Prioritisation round"))
        self.topSpin = QSpinBox()
        self.topSpin.setAccessibleName(self.tr("Number of top ideas"))
        self.topSpin.setRange(1, 999)
        self.topSpin.setValue(10)
        self.topSpin.setPrefix(self.tr("top "))
        round_layout.addWidget(self.roundCombo, 1)
        round_layout.addWidget(self.topSpin)
        form.addRow(self.byRoundRadio, round_row)
        for rnd, code in self._rounds():
            name = rnd.name or self.tr("Round %1").replace("%1", str(rnd.position + 1))
            self.roundCombo.addItem(name if self.workshop_id else f"{code}: {name}", rnd.id)
        self.selectionGroup = QButtonGroup(self)
        self.selectionGroup.addButton(self.byStatusRadio)
        self.selectionGroup.addButton(self.byRoundRadio)
        self.byStatusRadio.setChecked(True)
        if self.roundCombo.count() == 0:
            self.byRoundRadio.setEnabled(False)
            self.byRoundRadio.setToolTip(self.tr("No prioritisation round yet."))
        self.byStatusRadio.toggled.connect(self._update_selection_widgets)
        self._update_selection_widgets()
        return page

    def _rounds(self):
        if self.workshop_id:
            workshops = [projects.get_workshop(self.db, self.workshop_id)]
        else:
            workshops = projects.list_workshops(self.db, self.project_id)
        return [(rnd, w.code) for w in workshops
                for rnd in prioritise.list_rounds(self.db, w.id)]

    def _open_data_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.licenceCombo = QComboBox()
        self.licenceCombo.setAccessibleName(self.tr("Licence"))
        for spdx, (title, _url) in open_data.LICENCES.items():
            self.licenceCombo.addItem(f"{title} ({spdx})", spdx)
        form.addRow(self.tr("&Licence:"), self.licenceCombo)
        self.includeTextCheck = QCheckBox(self.tr("&Include the ideas' titles and texts"))
        self.includeTextCheck.setAccessibleName(self.tr("Include idea texts"))
        self.includeTextCheck.setChecked(False)
        form.addRow(self.includeTextCheck)
        self.textWarning = QLabel(self.tr(
            "⚠ What people wrote may name someone. Read every idea before publishing its text. "
            "Without it, the package holds only codes, counts and results; no group of fewer "
            "than 5 people is ever shown."))
        self.textWarning.setWordWrap(True)
        self.textWarning.setAccessibleName(self.tr("Warning about idea texts"))
        form.addRow(self.textWarning)
        self.includeTextCheck.toggled.connect(self._update_text_warning)
        self._update_text_warning(False)
        return page

    # ------------------------------------------------------------------ state
    def kind(self) -> str:
        return KINDS[max(self.kindGroup.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        self.kindButtons[kind].setChecked(True)

    def _on_kind_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        kind = self.kind()
        self.stack.setCurrentIndex({"csv": 0, "xlsx": 0, "decidim": 1, "open_data": 2}[kind])
        self.targetEdit.blockSignals(True)
        self.targetEdit.setText(self._targets.get(kind, ""))
        self.targetEdit.blockSignals(False)
        self.targetEdit.setPlaceholderText(
            self.tr("Choose a folder…") if kind == "csv"
            else self.tr("Choose a name for the new package folder…") if kind == "open_data"
            else self.tr("Choose a file name…"))
        self._clear_messages()
        self._update_buttons()

    def _on_target_edited(self, text: str) -> None:
        self._targets[self.kind()] = text
        self._clear_messages()
        self._update_buttons()

    def _on_format_changed(self, _index: int) -> None:
        text = self.targetEdit.text().strip()
        if text and self.kind() == "decidim":
            self.targetEdit.setText(str(Path(text).with_suffix("." + self.formatCombo.currentData())))

    def _update_selection_widgets(self, *_args) -> None:
        by_status = self.byStatusRadio.isChecked()
        self.statusCombo.setEnabled(by_status)
        self.roundCombo.setEnabled(not by_status)
        self.topSpin.setEnabled(not by_status)

    def _update_text_warning(self, checked: bool) -> None:
        self.textWarning.setStyleSheet(
            "color: #7a0010; font-weight: bold;" if checked else "color: palette(placeholder-text);")

    def _clear_messages(self) -> None:
        if self._task is None:
            self.errorLabel.setVisible(False)
            self.successLabel.setVisible(False)

    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.exportButton.setEnabled(not busy and bool(self.targetEdit.text().strip()))
        self.exportButton.setToolTip("" if self.targetEdit.text().strip()
                                     else self.tr("Choose where to save first."))
        self.cancelButton.setVisible(busy)
        self.closeButton.setEnabled(not busy)
        for widget in (self.chooseButton, self.targetEdit, self.optionsBox,
                       *self.kindButtons.values()):
            widget.setEnabled(not busy)
        self.progressBar.setVisible(busy)

    def is_busy(self) -> bool:
        return self._task is not None

    # ------------------------------------------------------------------ target
    def _suggested_name(self) -> str:
        base = "".join(c if c.isalnum() or c in "-_" else "-" for c in self._project_name)
        base = "-".join(p for p in base.split("-") if p) or "export"
        if self.workshop_id:
            base += "-" + projects.get_workshop(self.db, self.workshop_id).code
        return base

    def choose_target(self) -> None:
        kind = self.kind()
        current = self.targetEdit.text().strip()
        if kind == "csv":
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the CSV files"), current)
        elif kind == "open_data":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Name of the new open-data package folder"),
                current or self._suggested_name() + "-open-data")
        else:
            if kind == "xlsx":
                suffix, filt = "xlsx", self.tr("Excel workbook (*.xlsx)")
            else:
                suffix = self.formatCombo.currentData()
                filt = (self.tr("Decidim CSV (*.csv)") if suffix == "csv"
                        else self.tr("Decidim JSON (*.json)"))
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the export as"),
                current or f"{self._suggested_name()}.{suffix}", filt)
            if path and Path(path).suffix.lower() != "." + suffix:
                path += "." + suffix
        if path:
            self.targetEdit.setText(path)
            self.exportButton.setFocus()

    # ------------------------------------------------------------------ export
    def _work(self):
        """The export as a function of ``progress`` (runs in the worker: no widgets)."""
        kind = self.kind()
        target = Path(self.targetEdit.text().strip()).expanduser()
        scope = ({"workshop_id": self.workshop_id} if self.workshop_id
                 else {"project_id": self.project_id})
        db = self.db
        if kind in ("csv", "xlsx"):
            options = dict(include_demographics=self.demographicsCheck.isChecked(),
                           include_contacts=self.contactsCheck.isChecked(), **scope)
            if kind == "csv":
                return lambda progress: exports.export_csv(db, target, progress=progress,
                                                           **options)
            return lambda progress: exports.export_xlsx(db, target, progress=progress, **options)
        if kind == "decidim":
            fmt = self.formatCombo.currentData()
            if self.byStatusRadio.isChecked():
                selection = dict(statuses=[self.statusCombo.currentData()])
            else:
                selection = dict(round_id=self.roundCombo.currentData(),
                                 top=self.topSpin.value())

            def decidim(progress):
                ideas = exports.select_ideas(db, **selection, **scope)
                path = exports.export_decidim(db, target, ideas, fmt=fmt, progress=progress)
                return path, len(ideas)
            return decidim
        licence = self.licenceCombo.currentData()
        include_text = self.includeTextCheck.isChecked()
        project_id, workshop_id = self.project_id, self.workshop_id
        return lambda progress: open_data.write_open_data_package(
            db, project_id, target, licence=licence, workshop_id=workshop_id,
            progress=progress, include_text=include_text)

    def start_export(self) -> None:
        if self._task is not None or not self.targetEdit.text().strip():
            return
        self._clear_messages()
        self.result_path = None
        task = Task(self._work())
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self._task = task
        self.progressBar.setRange(0, 0)  # busy until the first report
        self._update_buttons()
        self.cancelButton.setEnabled(True)
        self.cancelButton.setFocus()
        QThreadPool.globalInstance().start(task.run)

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
        self.cancelButton.setText(self.tr("Cancel export"))
        self._update_buttons()
        self.closeButton.setFocus()
        if self._close_when_done:
            super().reject()

    def _on_finished(self, result) -> None:
        count = None
        if isinstance(result, tuple):
            result, count = result
        if isinstance(result, list):  # CSV: the files written, all in one folder
            path = result[0].parent if result else Path(self.targetEdit.text().strip())
            text = self.tr("%n CSV file(s) written to %1", "", len(result))
        elif count is not None:
            path = result
            text = self.tr("%n proposal(s) written to %1", "", count)
        else:
            path = result
            text = self.tr("Export written to %1")
        self.result_path = Path(path)
        self.successLabel.setText("✔ " + text.replace("%1", str(path)))
        self.successLabel.setVisible(True)
        self._done()

    def _on_failed(self, exc) -> None:
        if isinstance(exc, exports.ExportCancelled):
            text = self.tr("The export was cancelled; nothing was written.")
        elif isinstance(exc, exports.ExportError):
            text = self.tr("Could not export: %1").replace("%1", labels.error_message(exc))
        elif isinstance(exc, SmartCityError):
            text = labels.error_message(exc)
        else:
            text = self.tr("Unexpected problem; nothing was written: %1").replace("%1", str(exc))
        self.errorLabel.setText(text)
        self.errorLabel.setVisible(True)
        self._done()

    def wait_idle(self, msecs: int = 30000) -> bool:
        """For tests and closing: wait for the worker (its results still come by signal)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    def _is_working(self) -> bool:
        return self._task is not None

    def _cancel_work(self) -> None:
        self.cancel_export()



def export_data(window) -> ExportDialog | None:
    """File ▸ Export…: open the dialog for the main window's current project or workshop."""
    project_id, workshop_id = window.current_scope()
    if project_id is None:
        return None
    dialog = ExportDialog(window.db, project_id, workshop_id, window)
    dialog.exec()
    return dialog
