"""The Import ideas dialog as a volunteer uses it: choose a file, read the errors per row on
screen, tick "Skip rows with errors", import in the worker, undo. Each check looks at the
dialog and at the database."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from smartcity_desktop.qt.idea_import import dialog as import_dialog
from smartcity_desktop.qt.idea_import.dialog import ImportIdeasDialog
from smartcity_desktop.qt.idea_import.preview import ERROR_BACKGROUND
from smartcity_desktop.qt.undo import ChangeBus
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaQuery
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput

LEFT = Qt.MouseButton.LeftButton
ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"

BAD_ROWS_CSV = (
    "Deltaker;Tekst;Tema;Bærekraftsmål;Type\n"
    "W1-001;Flere sykkelstier langs elva;Mobilitet;11, 13;behov\n"   # row 2 good
    ";Gatelys i parken;Trygghet;SDG 18;idé\n"                        # row 3 SDG 18
    "W2-001;Benker ved bussholdeplassen;;11;idé\n"                   # row 4 other workshop
    "W1-002;;Mobilitet;;\n"                                          # row 5 no text
    f";{ARABIC};Mobilitet;11;behov\n"                                # row 6 good
    f";{ETHIOPIC};Sirkulær økonomi;12;løsning\n"                     # row 7 good, new theme
)
GOOD_TEXTS = sorted(["Flere sykkelstier langs elva", ARABIC, ETHIOPIC])


@pytest.fixture
def setup(db, project, workshop):
    other = projects.create_workshop(db, project.id, "W2", "Skolen")
    for _ in range(2):
        participants.register_participant(db, workshop.id, ParticipantInput())
    participants.register_participant(db, other.id, ParticipantInput())
    projects.add_theme(db, project.id, "Mobilitet")
    return workshop


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "kveldsmøte.csv"
    path.write_text(BAD_ROWS_CSV, encoding="utf-8-sig")
    return path


@pytest.fixture
def dialog(qtbot, db, setup):
    stack = QUndoStack()
    bus = ChangeBus()
    dlg = ImportIdeasDialog(db, setup.id, stack, bus, entered_by="Kari")
    dlg.stack, dlg.bus = stack, bus  # kept alive with the dialog
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.wait_idle()


def choose(qtbot, dlg, path, monkeypatch):
    """Click "Choose file…" and pick ``path`` in the (stubbed) file dialog; wait for the rows."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    QTest.mouseClick(dlg.ui.chooseButton, LEFT)
    qtbot.waitUntil(lambda: dlg._task is None and (dlg.preview is not None
                                                   or dlg.ui.errorLabel.isVisible()),
                    timeout=10000)


def tick(checkbox):
    """Click the box of a check box (its middle may be empty space when it is wide)."""
    QTest.mouseClick(checkbox, LEFT, pos=QPoint(8, checkbox.height() // 2))


def shown_rows(dlg):
    """What the preview table shows: (row number, problem text, background colour)."""
    model = dlg.ui.previewTable.model()
    result = []
    for r in range(model.rowCount()):
        brush = model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
        result.append((model.index(r, 0).data(), model.index(r, 1).data(),
                       brush.color().name() if brush else None))
    return result


def live_texts(db, workshop_id):
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop_id))
    return sorted(r.text for r in capture.fetch_idea_rows(db, rowids).values())


def theme_names(db, project_id):
    return sorted(t.name for t in projects.list_themes(db, project_id))


def test_errors_per_row_on_screen_then_skip_and_import(qtbot, dialog, db, setup, project,
                                                       csv_file, monkeypatch):
    choose(qtbot, dialog, csv_file, monkeypatch)
    # The guessed mapping is in the combos.
    assert dialog.combos["text"].currentText() == "Tekst"
    assert dialog.combos["participant"].currentText() == "Deltaker"
    assert dialog.combos["sdgs"].currentText() == "Bærekraftsmål"
    assert dialog.combos["title"].currentText() == "(not in the file)"
    rows = shown_rows(dialog)
    assert [r[0] for r in rows] == ["2", "3", "4", "5", "6", "7"]
    red = ERROR_BACKGROUND.name()
    assert rows[0] == ("2", "OK", None)
    assert rows[1][1] == "There is no SDG 18: SDGs are numbered 1 to 17." and rows[1][2] == red
    assert rows[2][1] == "Participant W2-001 belongs to workshop W2." and rows[2][2] == red
    assert rows[3][1] == "The idea text is empty." and rows[3][2] == red
    assert rows[4][2] is None and rows[5][2] is None
    model = dialog.ui.previewTable.model()
    assert "Row 3: There is no SDG 18" in model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    summary = dialog.ui.summaryLabel.text()
    assert "6 row(s)" in summary and "3 with errors" in summary
    assert "Sirkulær økonomi" in summary  # the new theme is announced
    # Selecting an error row shows its full problem under the table.
    dialog.ui.previewTable.selectRow(2)
    assert dialog.ui.rowDetailLabel.text() == "Row 4: Participant W2-001 belongs to workshop W2."
    # Import is refused until "Skip rows with errors" is ticked.
    assert not dialog.ui.importButton.isEnabled()
    assert "Skip rows with errors" in dialog.ui.importButton.toolTip()
    QTest.mouseClick(dialog.ui.importButton, LEFT)
    assert live_texts(db, setup.id) == []
    tick(dialog.ui.skipCheck)
    assert dialog.ui.skipCheck.isChecked() and dialog.ui.importButton.isEnabled()
    changes, structure = [], []
    dialog.bus.ideas_changed.connect(changes.append)
    dialog.bus.structure_changed.connect(lambda: structure.append(True))
    QTest.mouseClick(dialog.ui.importButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == ImportIdeasDialog.DialogCode.Accepted
    assert len(changes) == 1 and structure == [True]  # a theme was created
    assert sorted(changes[0].added) == sorted(dialog.imported_ids) and len(changes[0].added) == 3
    assert live_texts(db, setup.id) == GOOD_TEXTS
    assert theme_names(db, project.id) == ["Mobilitet", "Sirkulær økonomi"]
    assert {capture.get_idea(db, i).data.entered_by for i in dialog.imported_ids} == {"Kari"}
    assert "3 idea(s) imported into W1" in dialog.summary and "3 row(s)" in dialog.summary
    # One step on the undo stack: undo takes all three back, redo brings the same ones.
    assert dialog.stack.count() == 1
    dialog.stack.undo()
    assert live_texts(db, setup.id) == []
    dialog.stack.redo()
    assert live_texts(db, setup.id) == GOOD_TEXTS


def test_only_errors_filter_and_mapping_change(qtbot, dialog, db, setup, csv_file, monkeypatch):
    choose(qtbot, dialog, csv_file, monkeypatch)
    tick(dialog.ui.onlyErrorsCheck)
    assert [r[0] for r in shown_rows(dialog)] == ["3", "4", "5"]
    # Leaving the participant column out removes that row's error (checked again in the
    # worker); the filter follows.
    combo = dialog.combos["participant"]
    combo.setCurrentIndex(combo.findText("(not in the file)"))
    qtbot.waitUntil(lambda: dialog._task is None and "2 with errors"
                    in dialog.ui.summaryLabel.text(), timeout=10000)
    assert [r[0] for r in shown_rows(dialog)] == ["3", "5"]
    # Without a text column nothing can be imported, and the dialog says why.
    text_combo = dialog.combos["text"]
    text_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.ui.errorLabel.isVisible(),
                    timeout=10000)
    assert dialog.ui.errorLabel.text() == "Choose the column that holds the text of the ideas."
    assert not dialog.ui.importButton.isEnabled()
    assert live_texts(db, setup.id) == []


def test_clean_file_imports_without_ticking(qtbot, dialog, db, setup, tmp_path, monkeypatch):
    path = tmp_path / "ok.csv"
    path.write_text("Idea,Theme\nMore benches,Mobilitet\nSafer crossings,\n", encoding="utf-8")
    choose(qtbot, dialog, path, monkeypatch)
    assert "all ready to import" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.skipCheck.isEnabled() and dialog.ui.importButton.isEnabled()
    QTest.mouseClick(dialog.ui.importButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert live_texts(db, setup.id) == ["More benches", "Safer crossings"]


def test_malformed_file_is_explained(qtbot, dialog, db, setup, tmp_path, monkeypatch):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook" * 20)
    choose(qtbot, dialog, path, monkeypatch)
    assert dialog.ui.errorLabel.isVisible()
    assert "broken.xlsx is not an Excel workbook" in dialog.ui.errorLabel.text()
    assert dialog.ui.previewTable.model().rowCount() == 0
    assert not dialog.ui.importButton.isEnabled()
    # A good file afterwards clears the error.
    good = tmp_path / "good.csv"
    good.write_text("Text\nA bench\n", encoding="utf-8")
    choose(qtbot, dialog, good, monkeypatch)
    assert not dialog.ui.errorLabel.isVisible() and dialog.ui.importButton.isEnabled()


def test_xlsx_sheet_choice(qtbot, dialog, db, setup, tmp_path, monkeypatch):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Forside"
    wb.active.append(["Kommentar til arket"])
    sheet = wb.create_sheet("Lapper")
    sheet.append(["Tekst", "Bord"])
    sheet.append(["Sykkelparkering", "Bord 1"])
    path = tmp_path / "ark.xlsx"
    wb.save(path)
    choose(qtbot, dialog, path, monkeypatch)
    assert dialog.ui.sheetCombo.isVisible()
    assert [dialog.ui.sheetCombo.itemText(i) for i in range(dialog.ui.sheetCombo.count())] == \
        ["Forside", "Lapper"]
    dialog.ui.sheetCombo.setCurrentIndex(1)
    dialog.ui.sheetCombo.activated.emit(1)  # what a user's pick in the list sends
    qtbot.waitUntil(lambda: dialog._task is None and dialog.table.sheet == "Lapper",
                    timeout=10000)
    assert dialog.combos["text"].currentText() == "Tekst"
    assert dialog.combos["table_group"].currentText() == "Bord"
    QTest.mouseClick(dialog.ui.importButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert live_texts(db, setup.id) == ["Sykkelparkering"]


def test_cancel_during_import_writes_nothing(qtbot, dialog, db, setup, project, tmp_path,
                                             monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("Text,Theme\n" + "".join(f"Idea {n},Brand new\n" for n in range(400)),
                    encoding="utf-8")
    choose(qtbot, dialog, path, monkeypatch)
    real = capture._validate

    def slow(*args):  # a slow disk: the import takes seconds, long enough to cancel
        time.sleep(0.01)
        return real(*args)

    monkeypatch.setattr(capture, "_validate", slow)
    QTest.mouseClick(dialog.ui.importButton, LEFT)
    assert dialog.ui.progressBar.isVisible()
    assert dialog.ui.closeButton.text() == "Cancel import"
    assert not dialog.ui.importButton.isEnabled()
    qtbot.waitUntil(lambda: dialog.ui.progressBar.value() > 0, timeout=10000)
    QTest.mouseClick(dialog.ui.closeButton, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None, timeout=20000)
    assert dialog.isVisible()
    assert dialog.ui.summaryLabel.text() == "Import cancelled: nothing was saved."
    assert not dialog.ui.progressBar.isVisible() and dialog.ui.closeButton.text() == "Close"
    assert live_texts(db, setup.id) == []
    assert theme_names(db, project.id) == ["Mobilitet"]
    assert dialog.stack.count() == 0
    assert dialog.ui.importButton.isEnabled()  # the user may try again


def test_main_window_action_helper(qtbot, db, project, setup, make_window, drive_modal,
                                   csv_file, monkeypatch):
    """``import_dialog.import_ideas(window)`` (what the menu action calls): the Ideas view
    shows the imported ideas at once, and the status bar says what happened."""
    window = make_window(db)
    window.select(setup.id)
    window.view_actions[2].trigger()

    def fill(dlg):
        choose(qtbot, dlg, csv_file, monkeypatch)
        tick(dlg.ui.skipCheck)
        QTest.mouseClick(dlg.ui.importButton, LEFT)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)

    drive_modal(lambda: import_dialog.import_ideas(window), fill, timeout_ms=15000)
    model = window.ideas.model
    assert sorted(model.data(model.index(r, 0)) for r in range(model.rowCount())) == GOOD_TEXTS
    assert "3 idea(s) imported into W1" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert model.rowCount() == 0 and live_texts(db, setup.id) == []
    QApplication.processEvents()


def test_windows_csv_is_refused_then_read_when_the_user_says_so(qtbot, dialog, db, setup,
                                                                tmp_path, monkeypatch):
    path = tmp_path / "excel-windows.csv"
    path.write_bytes("Tekst;Tema\nGrønne tak på skolen;Bærekraft\n".encode("cp1252"))
    choose(qtbot, dialog, path, monkeypatch)
    assert "is not UTF-8 text" in dialog.ui.errorLabel.text()
    assert dialog.ui.encodingButton.isVisible() and not dialog.ui.importButton.isEnabled()
    QTest.mouseClick(dialog.ui.encodingButton, LEFT)
    qtbot.waitUntil(lambda: dialog._task is None and dialog.preview is not None, timeout=10000)
    assert not dialog.ui.errorLabel.isVisible() and not dialog.ui.encodingButton.isVisible()
    assert dialog.ui.warningLabel.isVisible() and "Windows-1252" in dialog.ui.warningLabel.text()
    model = dialog.ui.previewTable.model()
    assert model.index(0, 2).data() == "Grønne tak på skolen"
    QTest.mouseClick(dialog.ui.importButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert live_texts(db, setup.id) == ["Grønne tak på skolen"]


def test_keyboard_reaches_every_control_in_order(qtbot, dialog, csv_file, monkeypatch):
    choose(qtbot, dialog, csv_file, monkeypatch)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.chooseButton.setFocus()
    seen = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    combos = list(dialog.combos.values())
    # The mapping combos follow the file controls, in reading order, before the table.
    assert seen.index(combos[0]) < seen.index(combos[-1]) < seen.index(dialog.ui.previewTable)
    assert [w for w in seen if w in combos][:len(combos)] == combos
    for widget in (dialog.ui.skipCheck, dialog.ui.onlyErrorsCheck, dialog.ui.closeButton):
        assert widget in seen and widget.accessibleName()
    assert all(c.accessibleName().startswith("Column for ") for c in combos)
