"""ExportDialog: XLSX, Decidim and open-data exports through the GUI; cancel and bad folders
leave nothing behind."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.services.exports import tables as exports
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


@pytest.fixture
def ideas(db, workshop):
    ids = [capture.add_idea(db, workshop.id, IdeaInput(text=text)) for text in
           ("More benches along the river, æøå", ARABIC, ETHIOPIC)]
    lifecycle.change_status(db, ids[1], IdeaStatus.ACCEPTED, "Fits the plan", dt.date(2026, 5, 1))
    return ids


@pytest.fixture
def dialog(qtbot, db, project, workshop, ideas):
    from smartcity_desktop.qt.export_dialog import ExportDialog

    dlg = ExportDialog(db, project.id, workshop.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.wait_idle()


def _save_as(monkeypatch, path) -> list:
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


def _run(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=20000)


def test_xlsx_export_writes_a_readable_workbook(qtbot, monkeypatch, tmp_path, dialog):
    from openpyxl import load_workbook

    target = tmp_path / "out" / "ideas"
    target.parent.mkdir()
    calls = _save_as(monkeypatch, target)
    assert dialog.kind() == "xlsx"
    assert dialog.demographicsCheck.isChecked() and not dialog.contactsCheck.isChecked()
    assert not dialog.exportButton.isEnabled()  # nowhere to save yet
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    assert calls and dialog.targetEdit.text() == str(target) + ".xlsx"
    _run(qtbot, dialog)

    written = target.with_suffix(".xlsx")
    assert dialog.successLabel.isVisible() and str(written) in dialog.successLabel.text()
    assert not dialog.errorLabel.isVisible()
    wb = load_workbook(written)
    assert "contacts" not in wb.sheetnames and "participants" in wb.sheetnames
    ws = wb["ideas"]
    headers = [c.value for c in ws[1]]
    texts = {row[headers.index("text")] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert texts == {"More benches along the river, æøå", ARABIC, ETHIOPIC}
    assert sorted(p.name for p in written.parent.iterdir()) == ["ideas.xlsx"]  # no temp left


def test_cancel_leaves_no_file(qtbot, monkeypatch, tmp_path, dialog):
    """Hold the export at its last step (the workbook is already in its temp file), press
    Cancel, then let it go on: the service gets False from progress and removes everything."""
    target = tmp_path / "cancelled.xlsx"
    real = exports.export_xlsx
    reached, release = threading.Event(), threading.Event()
    answers: list[object] = []
    outcome: list[BaseException] = []

    def held(db, path, *, progress, **kwargs):
        def hook(done, total):
            if done == total and not reached.is_set():
                reached.set()
                release.wait(10)
            answer = progress(done, total)
            answers.append(answer)
            return answer
        try:
            return real(db, path, progress=hook, **kwargs)
        except BaseException as exc:
            outcome.append(exc)
            raise

    monkeypatch.setattr(exports, "export_xlsx", held)
    dialog.targetEdit.setText(str(target))
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    assert reached.wait(10)
    assert dialog.is_busy() and dialog.cancelButton.isVisible()
    assert not dialog.closeButton.isEnabled()
    # The workbook exists, but only as a hidden temp file next to the target.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cancelled.xlsx.")]
    qtbot.wait(50)  # let the queued progress reports arrive
    if os.environ.get("SMARTCITY_GRAB_DIR"):
        dialog.grab().save(os.path.join(os.environ["SMARTCITY_GRAB_DIR"], "export_busy.png"))
    qtbot.mouseClick(dialog.cancelButton, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)

    assert answers and answers[-1] is False
    assert outcome and isinstance(outcome[0], exports.ExportCancelled)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if "cancelled" in p.name]
    assert dialog.errorLabel.isVisible() and "cancelled" in dialog.errorLabel.text()
    assert not dialog.successLabel.isVisible() and dialog.result_path is None
    assert dialog.exportButton.isEnabled() and dialog.closeButton.isEnabled()


def test_missing_folder_shows_the_error_and_writes_nothing(qtbot, monkeypatch, tmp_path,
                                                           dialog):
    missing = tmp_path / "no such folder"
    before = {p.name for p in tmp_path.iterdir()}
    _save_as(monkeypatch, missing / "x.xlsx")
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    _run(qtbot, dialog)
    assert dialog.errorLabel.isVisible()
    assert "does not exist" in dialog.errorLabel.text() and str(missing) in dialog.errorLabel.text()
    assert not dialog.successLabel.isVisible()
    assert not missing.exists()
    assert {p.name for p in tmp_path.iterdir()} == before

    # The CSV export into a missing folder too.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(missing)))
    dialog.set_kind("csv")
    assert dialog.targetEdit.text() == ""  # each kind keeps its own target
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    _run(qtbot, dialog)
    assert "does not exist" in dialog.errorLabel.text() and not missing.exists()


def test_open_data_package(qtbot, monkeypatch, tmp_path, dialog):
    target = tmp_path / "package"
    _save_as(monkeypatch, target)
    dialog.set_kind("open_data")
    assert not dialog.includeTextCheck.isChecked()
    dialog.licenceCombo.setCurrentIndex(dialog.licenceCombo.findData("CC0-1.0"))
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    _run(qtbot, dialog)
    assert not dialog.errorLabel.isVisible(), dialog.errorLabel.text()
    package = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in package["licenses"]] == ["CC0-1.0"]
    ideas_csv = (target / "ideas.csv").read_text(encoding="utf-8")
    assert ideas_csv.count("\n") == 4  # header + 3 ideas
    assert ARABIC not in ideas_csv and "benches" not in ideas_csv  # texts left out by default
    assert str(target) in dialog.successLabel.text()

    # A second package into the same (now non-empty) folder is refused, and nothing changes.
    before = (target / "datapackage.json").read_bytes()
    dialog.includeTextCheck.setChecked(True)
    if os.environ.get("SMARTCITY_GRAB_DIR"):
        dialog.grab().save(os.path.join(os.environ["SMARTCITY_GRAB_DIR"], "export_error.png"))
    _run(qtbot, dialog)
    assert "not empty" in dialog.errorLabel.text()
    assert (target / "datapackage.json").read_bytes() == before


def test_decidim_json_of_accepted_ideas(qtbot, monkeypatch, tmp_path, dialog, ideas):
    target = tmp_path / "proposals"
    dialog.set_kind("decidim")
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("json"))
    assert dialog.statusCombo.currentData() == IdeaStatus.ACCEPTED.value
    assert not dialog.byRoundRadio.isEnabled()  # no round yet
    _save_as(monkeypatch, target)
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.targetEdit.text().endswith("proposals.json")
    _run(qtbot, dialog)
    items = json.loads((tmp_path / "proposals.json").read_text(encoding="utf-8"))
    assert [item["body"]["en"] for item in items] == [ARABIC]
    assert "1 proposal" in dialog.successLabel.text()

    # No idea declined: a clear error, no file.
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData(IdeaStatus.DECLINED.value))
    dialog.targetEdit.setText(str(tmp_path / "none.json"))
    _run(qtbot, dialog)
    assert "No idea matches" in dialog.errorLabel.text()
    assert not (tmp_path / "none.json").exists()


class _FakeWindow(QWidget):
    def __init__(self, db, scope) -> None:
        super().__init__()
        self.db, self._scope = db, scope

    def current_scope(self):
        return self._scope


def test_export_data_opens_the_dialog_for_the_current_scope(qtbot, drive_modal, db, project,
                                                            workshop):
    from smartcity_desktop.qt.export_dialog import ExportDialog, export_data

    window = _FakeWindow(db, (project.id, None))
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def fill(dlg):
        assert isinstance(dlg, ExportDialog)
        seen.update(project=dlg.project_id, workshop=dlg.workshop_id, text=dlg.scopeLabel.text())
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    drive_modal(lambda: export_data(window), fill)
    assert seen["project"] == project.id and seen["workshop"] is None
    assert "Green mobility 2030" in seen["text"]
    assert export_data(_FakeWindow(db, (None, None))) is None


def test_grab(qtbot, dialog, tmp_path):
    """Renders every page (kept as PNGs for a look when SMARTCITY_GRAB_DIR is set)."""
    out = os.environ.get("SMARTCITY_GRAB_DIR")
    for kind in ("xlsx", "decidim", "open_data"):
        dialog.set_kind(kind)
        image = dialog.grab()
        assert not image.isNull()
        if out:
            image.save(os.path.join(out, f"export_{kind}.png"))


def test_every_control_has_a_name_and_keeps_its_object_name(dialog):
    """The layout comes from forms/export_dialog.ui: the widgets keep their object names (the
    attributes the code and the tests use) and every control an accessible name."""
    from PySide6.QtWidgets import QComboBox, QPushButton

    from smartcity_desktop.qt.export_dialog import KINDS
    from tests.qt.test_main_window import unnamed_widgets

    for kind in KINDS:
        dialog.set_kind(kind)
        assert dialog.kind() == kind
        assert unnamed_widgets(dialog) == [], kind
    assert dialog.findChild(QPushButton, "exportButton") is dialog.exportButton
    assert dialog.findChild(QComboBox, "formatCombo") is dialog.formatCombo
    assert [dialog.formatCombo.itemData(i) for i in range(dialog.formatCombo.count())] == [
        "csv", "json"]
