"""Import ideas from a CSV or XLSX file into the selected workshop.

The volunteer chooses a file, checks which column holds what (guessed from the headers),
sees every row with its problems, and imports. Reading, checking and importing run in a
worker thread; the import is one transaction (all rows or none), can be cancelled, and is
one step on the undo stack. Layout: ``forms/import_dialog.ui``; the preview of the rows is
:mod:`.preview`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QThreadPool
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QWidget

from ...core.errors import SmartCityError
from ...services.ideas import import_commands
from ...services.ideas import import_ideas as imp
from ...services.workshop import projects
from ...storage.database import Database
from .. import labels, settings
from ..tasks import Task
from ..ui.ui_import_dialog import Ui_ImportIdeasDialog
from ..undo import ChangeBus, push
from .preview import ErrorsOnly, PreviewModel, field_labels

# lupdate reads translate("Context", "text") calls; the short name keeps lines readable.
translate = QCoreApplication.translate
WESTERN_WINDOWS = "cp1252"  # what Excel on a Western European Windows saves as "CSV"


class ImportIdeasDialog(QDialog):
    """Import ideas into ``workshop_id``. After a successful import ``imported_ids`` holds the
    new ideas, ``summary`` a sentence for the status bar, and the dialog is accepted."""

    NOT_IN_FILE = None

    def __init__(
        self,
        db: Database,
        workshop_id: str,
        undo_stack,
        bus: ChangeBus,
        parent=None,
        entered_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportIdeasDialog()
        self.ui.setupUi(self)
        self._db = db
        self._stack = undo_stack
        self._bus = bus
        self._entered_by = entered_by
        self.workshop = projects.get_workshop(db, workshop_id)
        self.table: imp.Table | None = None
        self.preview: imp.Preview | None = None
        self.imported_ids: tuple[str, ...] = ()
        self.summary = ""
        self._path: Path | None = None
        self._encoding: str | None = None
        self._task: Task | None = None
        self._generation = 0
        self._importing = False
        self._filling = False
        self.setWindowTitle(
            self.tr("Import ideas into %1 · %2")
            .replace("%1", self.workshop.code)
            .replace("%2", self.workshop.title)
        )
        self._build_mapping()
        self.model = PreviewModel(self)
        self.proxy = ErrorsOnly(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.previewTable
        view.setModel(self.proxy)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.sheetLabel.setVisible(False)
        self.ui.sheetCombo.setVisible(False)
        self.ui.warningLabel.setVisible(False)
        self.ui.progressBar.setVisible(False)
        self.ui.errorLabel.setVisible(False)
        self.ui.rowDetailLabel.setVisible(False)
        self.ui.onlyErrorsCheck.setEnabled(False)
        self.ui.encodingButton.setVisible(False)
        self.ui.encodingButton.clicked.connect(
            lambda: self.load_file(self._path, encoding=WESTERN_WINDOWS)
        )
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.sheetCombo.activated.connect(self._on_sheet_chosen)
        self.ui.skipCheck.toggled.connect(self._update_buttons)
        self.ui.onlyErrorsCheck.toggled.connect(self.proxy.set_only_errors)
        view.selectionModel().currentRowChanged.connect(self._show_row_detail)
        self.model.modelReset.connect(lambda: self._show_row_detail(QModelIndex()))
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.closeButton.clicked.connect(self._close_or_cancel)
        chain = [
            self.ui.chooseButton,
            self.ui.fileEdit,
            self.ui.sheetCombo,
            *self.combos.values(),
            self.ui.onlyErrorsCheck,
            view,
            self.ui.skipCheck,
            self.ui.encodingButton,
            self.ui.importButton,
            self.ui.closeButton,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._show_summary()
        self._update_buttons()
        self.ui.chooseButton.setFocus()

    # ------------------------------------------------------------------ mapping
    def _build_mapping(self) -> None:
        grid = self.ui.mappingGrid
        grid.setHorizontalSpacing(10)
        self.combos: dict[str, QComboBox] = {}
        for n, (field, text) in enumerate(field_labels().items()):
            label = QLabel(text + ":", self.ui.mappingBox)
            combo = QComboBox(self.ui.mappingBox)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            name = text.replace("&", "")
            combo.setAccessibleName(self.tr("Column for %1").replace("%1", name))
            combo.setToolTip(
                self.tr("The column of the file that holds the %1").replace("%1", name.lower())
                + (self.tr(" (required)") if field == "text" else "")
            )
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            row, col = divmod(n, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
            self.combos[field] = combo
        self._fill_combos((), {})

    def _fill_combos(self, headers, mapping: dict[str, str]) -> None:
        self._filling = True
        try:
            for field, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(not in the file)"), self.NOT_IN_FILE)
                for header in headers:
                    combo.addItem(header, header)
                combo.setCurrentIndex(
                    max(combo.findData(mapping.get(field)), 0) if mapping.get(field) else 0
                )
                combo.setEnabled(bool(headers))
        finally:
            self._filling = False

    def mapping(self) -> dict[str, str]:
        """``{field: header}`` as chosen in the combos."""
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def set_mapping(self, mapping: dict[str, str | None]) -> None:
        """Choose columns (as a user would in the combos) and check the rows again."""
        self._filling = True
        try:
            for field, header in mapping.items():
                combo = self.combos[field]
                combo.setCurrentIndex(max(combo.findData(header), 0) if header else 0)
        finally:
            self._filling = False
        self._start_preview()

    def _on_mapping_changed(self, _index: int) -> None:
        if not self._filling:
            self._start_preview()

    # ------------------------------------------------------------------ reading
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file with ideas"),
            str(self._path.parent if self._path else ""),
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(
        self, path: str | Path, sheet: str | None = None, encoding: str | None = None
    ) -> None:
        """Read ``path`` (in the worker) and show its rows with the guessed mapping.
        ``encoding`` reads a CSV file that is not UTF-8 (the user chose it)."""
        self._path = Path(path)
        self._encoding = encoding
        self.ui.fileEdit.setText(str(self._path))
        self.ui.fileEdit.setToolTip(str(self._path))
        path = self._path
        db, workshop_id, entered_by = self._db, self.workshop.id, self._entered_by

        def work(progress):
            table = imp.read_table(path, sheet=sheet, encoding=encoding)
            mapping = imp.guess_mapping(table.headers)
            try:
                result = imp.preview(db, workshop_id, table, mapping, entered_by)
            except SmartCityError as exc:  # e.g. no column recognised as the text
                result = exc
            return table, mapping, result

        self._run(work, self._on_loaded, self._on_load_failed)
        self._set_busy_text(self.tr("Reading %1…").replace("%1", self._path.name))

    def _on_sheet_chosen(self, _index: int) -> None:
        if self._path is not None and self.table is not None:
            sheet = self.ui.sheetCombo.currentText()
            if sheet != self.table.sheet:
                self.load_file(self._path, sheet, self._encoding)

    def _on_loaded(self, payload) -> None:
        table, mapping, result = payload
        self.table = table
        self._fill_combos(table.headers, mapping)
        has_sheets = len(table.sheets) > 1
        self.ui.sheetLabel.setVisible(has_sheets)
        self.ui.sheetCombo.setVisible(has_sheets)
        self.ui.sheetCombo.blockSignals(True)
        self.ui.sheetCombo.clear()
        self.ui.sheetCombo.addItems(list(table.sheets))
        self.ui.sheetCombo.setCurrentText(table.sheet or "")
        self.ui.sheetCombo.blockSignals(False)
        self._on_previewed(result)

    def _on_load_failed(self, exc) -> None:
        self.table = None
        self.preview = None
        self._fill_combos((), {})
        self.model.set_preview(None, [], {}, {})
        self._show_error(exc)
        self._show_summary()
        self._update_buttons()

    def _start_preview(self) -> None:
        if self.table is None:
            return
        table, mapping = self.table, self.mapping()
        db, workshop_id, entered_by = self._db, self.workshop.id, self._entered_by

        def work(progress):
            try:
                return imp.preview(db, workshop_id, table, mapping, entered_by)
            except SmartCityError as exc:
                return exc

        self._run(work, self._on_previewed, self._on_load_failed)
        self._set_busy_text(self.tr("Checking the rows…"))

    def _on_previewed(self, result) -> None:
        self.ui.errorLabel.setVisible(False)
        self.ui.encodingButton.setVisible(False)
        if isinstance(result, SmartCityError):
            self.preview = None
            self.model.set_preview(None, [], {}, {})
            self._show_error(result)
        else:
            self.preview = result
            themes = {
                t.id: t.name for t in projects.list_themes(self._db, self.workshop.project_id)
            }
            goals = {
                g.id: g.code
                for g in projects.list_strategy_goals(self._db, self.workshop.project_id)
            }
            self.model.set_preview(result, list(self.mapping()), themes, goals)
            self._size_columns()
        warnings = list(self.table.warnings) if self.table else []
        if self.table is not None and self._encoding == WESTERN_WINDOWS:
            warnings.insert(
                0,
                self.tr(
                    "The file was read as Western European text "
                    "(Windows-1252). Check that letters such as æ, ø and å "
                    "look right below before you import."
                ),
            )
        self.ui.warningLabel.setText("\n".join(warnings))
        self.ui.warningLabel.setVisible(bool(warnings))
        self._show_summary()
        self._update_buttons()

    def _size_columns(self) -> None:
        view = self.ui.previewTable
        header = view.horizontalHeader()
        fields = self.model._fields
        view.setColumnWidth(0, 44)
        view.setColumnWidth(1, 330 if self.preview and self.preview.bad else 60)
        for n, field in enumerate(fields, 2):
            view.setColumnWidth(
                n,
                {
                    "text": 280,
                    "title": 140,
                    "theme": 160,
                    "sdgs": 60,
                    "kind": 64,
                    "participant": 86,
                    "table_group": 86,
                    "source": 90,
                    "strategy_goals": 100,
                }.get(field, 100),
            )
        if "text" in fields:
            header.setSectionResizeMode(2 + fields.index("text"), QHeaderView.ResizeMode.Stretch)

    def _show_row_detail(self, current, _previous=None) -> None:
        """The full problems of the current row under the table (cells are cut short)."""
        text = ""
        if current.isValid():
            row = self.proxy.mapToSource(current).row()
            if not self.model.row_at(row).ok:
                text = (
                    self.tr("Row %1: %2")
                    .replace("%1", str(self.model.row_at(row).row_number))
                    .replace("%2", self.model.message_at(row).replace("\n", " "))
                )
        elif self.preview is not None and self.preview.bad:
            text = self.tr("Select a highlighted row to read all of its problems here.")
        self.ui.rowDetailLabel.setText(text)
        self.ui.rowDetailLabel.setStyleSheet(
            "color: #7a0010;" if current.isValid() and text else "color: palette(placeholder-text);"
        )
        self.ui.rowDetailLabel.setVisible(bool(text))

    # ------------------------------------------------------------------ state
    def _show_error(self, exc) -> None:
        # A CSV file that is not UTF-8 is most often what Excel on Windows saves as "CSV":
        # offer to read it as such (the user decides; nothing is guessed silently).
        self.ui.encodingButton.setVisible(
            isinstance(exc, imp.ImportFileError)
            and exc.reason == "not_utf8"
            and self._encoding is None
        )
        if isinstance(exc, SmartCityError):
            if exc.details.get("reason") == "no_text_column":
                text = self.tr("Choose the column that holds the text of the ideas.")
            else:
                text = labels.error_message(exc)
        else:
            text = self.tr("Unexpected problem: %1").replace("%1", str(exc))
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def _set_busy_text(self, text: str) -> None:
        self.ui.summaryLabel.setText(text)
        self._update_buttons()

    def _show_summary(self) -> None:
        if self.preview is None:
            self.ui.summaryLabel.setText("" if self._path else self.tr("No file chosen yet."))
            self.ui.onlyErrorsCheck.setEnabled(False)
            return
        total, bad = len(self.preview.rows), len(self.preview.bad)
        parts = [self.tr("%n row(s) in the file", "", total)]
        if bad:
            parts.append(self.tr("%n with errors (highlighted)", "", bad))
            parts.append(self.tr("%n ready to import", "", total - bad))
        elif total:
            parts.append(self.tr("all ready to import"))
        text = ": ".join(parts[:2]) + ("; " + parts[2] if len(parts) > 2 else "") + "."
        if self.preview.new_themes:
            text += " " + self.tr("New themes to create: %1.").replace(
                "%1", ", ".join(self.preview.new_themes)
            )
        self.ui.summaryLabel.setText(text)
        self.ui.onlyErrorsCheck.setEnabled(bool(bad))
        if not bad and self.ui.onlyErrorsCheck.isChecked():
            self.ui.onlyErrorsCheck.setChecked(False)

    def can_import(self) -> bool:
        if self._task is not None or self.preview is None or not self.preview.good:
            return False
        return not self.preview.bad or self.ui.skipCheck.isChecked()

    def _update_buttons(self, *args) -> None:
        busy = self._task is not None
        ready = self.can_import()
        self.ui.importButton.setEnabled(ready)
        if self.preview is None or not self.preview.good:
            tip = self.tr("There is no row to import yet.")
        elif self.preview.bad and not self.ui.skipCheck.isChecked():
            tip = self.tr(
                "Correct the rows with errors in the file, or tick “Skip rows with errors”."
            )
        else:
            tip = self.tr(
                "Import %n idea(s) in one step (undo with Ctrl+Z).", "", len(self.preview.good)
            )
        self.ui.importButton.setToolTip(tip)
        self.ui.skipCheck.setEnabled(
            not self._importing and bool(self.preview and self.preview.bad)
        )
        self.ui.chooseButton.setEnabled(not busy)
        self.ui.sheetCombo.setEnabled(not busy)
        for combo in self.combos.values():
            combo.setEnabled(not self._importing and self.table is not None)
        self.ui.closeButton.setText(
            self.tr("Cancel import") if self._importing else self.tr("Close")
        )

    # ------------------------------------------------------------------ worker plumbing
    def _run(self, work, on_done, on_failed) -> None:
        """Start ``work`` in the pool; only the newest task's answer is used."""
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        task = Task(work)

        def finished(result):
            if generation == self._generation:
                self._task = None
                on_done(result)

        def failed(exc):
            if generation == self._generation:
                self._task = None
                on_failed(exc)

        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        task.signals.progress.connect(self._on_progress)
        self._task = task
        QThreadPool.globalInstance().start(task.run)

    def _on_progress(self, done: int, total: int) -> None:
        if self._importing:
            self.ui.progressBar.setMaximum(max(total, 1))
            self.ui.progressBar.setValue(done)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """For tests and closing: wait for the worker (its results still come by signal)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    # ------------------------------------------------------------------ import
    def start_import(self) -> None:
        if not self.can_import():
            return
        table, mapping, checked = self.table, self.mapping(), self.preview
        skip = self.ui.skipCheck.isChecked()
        db, workshop_id, entered_by = self._db, self.workshop.id, self._entered_by

        def work(progress):
            return imp.import_rows(
                db,
                workshop_id,
                table,
                mapping,
                skip_bad_rows=skip,
                entered_by=entered_by,
                progress=progress,
                checked=checked,
            )

        self._importing = True
        self.ui.errorLabel.setVisible(False)
        self.ui.progressBar.setMaximum(max(len(checked.good), 1))
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self._run(work, self._on_imported, self._on_import_failed)
        self._set_busy_text(self.tr("Importing %n idea(s)…", "", len(checked.good)))
        self.ui.closeButton.setFocus()

    def _end_import(self) -> None:
        self._importing = False
        self.ui.progressBar.setVisible(False)

    def _on_imported(self, result: imp.ImportResult) -> None:
        self._end_import()
        if result.status == "cancelled":
            self._show_summary()
            self.ui.summaryLabel.setText(self.tr("Import cancelled: nothing was saved."))
            self._update_buttons()
            return
        if result.status != "imported":  # the rows changed meanwhile; show them again
            self._start_preview()
            return
        self.imported_ids = result.idea_ids
        push(
            self._stack,
            import_commands.ImportedIdeas(self._db, result.idea_ids),
            self.tr("Import %n idea(s)", "", result.imported),
            self._bus,
        )
        if result.themes_created:
            self._bus.structure_changed.emit()
        self.summary = self.tr("%n idea(s) imported into %1.", "", result.imported).replace(
            "%1", self.workshop.code
        )
        if result.skipped:
            self.summary += " " + self.tr("%n row(s) with errors skipped.", "", result.skipped)
        self.summary += " " + self.tr("Undo with Ctrl+Z.")
        self.accept()

    def _on_import_failed(self, exc) -> None:
        self._end_import()
        self._show_error(exc)
        self.ui.summaryLabel.setText(self.tr("Nothing was saved."))
        self._update_buttons()

    def _close_or_cancel(self) -> None:
        if self._importing and self._task is not None:
            self._task.cancel()
            self.ui.summaryLabel.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self._importing:  # Esc while importing cancels the import, not the dialog
            self._close_or_cancel()
            return
        if self._task is not None:
            self._task.cancel()
            self._generation += 1  # a late preview is not shown on a closed dialog
            self._task = None
        super().reject()


def import_ideas(window) -> None:
    """The main window's "Import ideas…" action: the dialog for the selected workshop, then a
    status-bar message."""
    _project_id, workshop_id = window.current_scope()
    if workshop_id is None:
        window.statusBar().showMessage(
            translate(
                "ImportIdeasDialog", "Choose a workshop first: imported ideas belong to one."
            ),
            5000,
        )
        return
    entered_by = settings.ENTERED_BY.get(window.qsettings)
    dialog = ImportIdeasDialog(
        window.db, workshop_id, window.undo_stack, window.bus, window, entered_by=entered_by
    )
    if dialog.exec():
        window.statusBar().showMessage(dialog.summary, 8000)
