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

from PySide6.QtWidgets import QButtonGroup, QDialog, QFileDialog, QRadioButton

from ..core.enums import IdeaStatus
from ..core.errors import SmartCityError
from ..services.exports import open_data
from ..services.exports import tables as exports
from ..services.prioritise import rounds as prioritise_rounds
from ..services.workshop import projects
from . import labels
from .errors import error_text
from .icons import icon
from .tasks import Task, TaskControls, wait_for_tasks
from .ui.ui_export_dialog import Ui_ExportDialog

KINDS = ("csv", "xlsx", "decidim", "open_data")


class ExportDialog(TaskControls, QDialog, Ui_ExportDialog):
    """Export the project ``project_id`` (or only its workshop ``workshop_id``). The layout is
    ``forms/export_dialog.ui``; its widgets are attributes of the dialog."""

    def __init__(self, db, project_id: str, workshop_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.db = db
        self.project_id = project_id
        self.workshop_id = workshop_id
        self._task: Task | None = None
        self._close_when_done = False
        self._targets: dict[str, str] = {}
        self.result_path: Path | None = None

        project = projects.get_project(db, project_id)
        self._project_name = project.name
        scope = project.name
        if workshop_id:
            workshop = projects.get_workshop(db, workshop_id)
            scope = f"{project.name} — {workshop.code} {workshop.title}".strip()
        self.scopeLabel.setText(self.tr("Exporting: <b>%1</b>").replace(
            "%1", scope.replace("&", "&amp;").replace("<", "&lt;")))

        self.kindGroup = QButtonGroup(self)
        self.kindButtons: dict[str, QRadioButton] = dict(zip(KINDS, (
            self.csvRadio, self.xlsxRadio, self.decidimRadio, self.openDataRadio)))
        for i, kind in enumerate(KINDS):
            self.kindGroup.addButton(self.kindButtons[kind], i)
        self._fill_decidim_page()
        self._fill_open_data_page()
        self.exportButton.setIcon(icon("export"))
        for widget in (self.progressBar, self.errorLabel, self.successLabel, self.cancelButton):
            widget.setVisible(False)

        self.kindGroup.idToggled.connect(self._on_kind_toggled)
        self.targetEdit.textChanged.connect(self._on_target_edited)
        self.chooseButton.clicked.connect(self.choose_target)
        self.exportButton.clicked.connect(self.start_export)
        self.cancelButton.clicked.connect(self.cancel_export)
        self.closeButton.clicked.connect(self.reject)
        self.kindButtons["xlsx"].setChecked(True)
        self._update_buttons()

    # ------------------------------------------------------------------ pages
    def _fill_decidim_page(self) -> None:
        self.formatCombo.addItem(self.tr("CSV (semicolon separated)"), "csv")
        self.formatCombo.addItem(self.tr("JSON"), "json")
        self.formatCombo.currentIndexChanged.connect(self._on_format_changed)
        for status in IdeaStatus:
            self.statusCombo.addItem(labels.idea_status(status), status.value)
        self.statusCombo.setCurrentIndex(self.statusCombo.findData(IdeaStatus.ACCEPTED.value))
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

    def _rounds(self):
        if self.workshop_id:
            workshops = [projects.get_workshop(self.db, self.workshop_id)]
        else:
            workshops = projects.list_workshops(self.db, self.project_id)
        return [(rnd, w.code) for w in workshops
                for rnd in prioritise_rounds.list_rounds(self.db, w.id)]


    def _fill_open_data_page(self) -> None:
        for spdx, (title, _url) in open_data.LICENCES.items():
            self.licenceCombo.addItem(f"{title} ({spdx})", spdx)
        self.includeTextCheck.toggled.connect(self._update_text_warning)
        self._update_text_warning(False)

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
        self._begin_task(task, self.tr("Cancel export"))

    def cancel_export(self) -> None:
        self._cancel_work()

    def _update_controls(self) -> None:
        self._update_buttons()

    def _done(self) -> None:
        self._end_task(self.tr("Cancel export"))

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
            text = self.tr("Could not export: %1").replace("%1", error_text(exc))
        elif isinstance(exc, SmartCityError):
            text = error_text(exc)
        else:
            text = self.tr("Unexpected problem; nothing was written: %1").replace("%1", str(exc))
        self.errorLabel.setText(text)
        self.errorLabel.setVisible(True)
        self._done()

    def wait_idle(self, msecs: int = 30000) -> bool:
        """For tests and closing: wait for the worker (its results still come by signal)."""
        return wait_for_tasks(msecs)




def export_data(window) -> ExportDialog | None:
    """File ▸ Export…: open the dialog for the main window's current project or workshop."""
    project_id, workshop_id = window.current_scope()
    if project_id is None:
        return None
    dialog = ExportDialog(window.db, project_id, workshop_id, window)
    dialog.exec()
    return dialog
