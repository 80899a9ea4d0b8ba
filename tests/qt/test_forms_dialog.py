"""The paper forms dialog: preview, save and print (pytest-qt, offscreen)."""

from __future__ import annotations

import time

import pypdf
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from smartcity_desktop.qt import forms_dialog, pdf_pages
from smartcity_desktop.qt.forms_dialog import PaperFormsDialog
from smartcity_desktop.services.workshop import projects

WAIT = 20000


@pytest.fixture
def dialog(qtbot, db, workshop):
    dlg = PaperFormsDialog(db, workshop.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def wait_preview(qtbot, dlg, pages: int) -> None:
    qtbot.waitUntil(lambda: not dlg.is_busy() and not dlg._timer.isActive()
                    and dlg.ui.previewList.count() == pages, timeout=WAIT)


def set_spin(qtbot, spin, value: int) -> None:
    """Type the number like a user: focus, select all, type, Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == value


def ink(image: QImage) -> int:
    """How many sampled pixels are dark: a blank page has none."""
    dark = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark


def test_preview_shows_the_pages(qtbot, dialog):
    # 1 registration form + 10 idea cards (two per page) by default.
    wait_preview(qtbot, dialog, 6)
    items = [dialog.ui.previewList.item(i) for i in range(6)]
    assert items[0].text() == "Page 1 · Registration"
    assert items[5].text() == "Page 6 · Idea cards"
    for item in items:
        pixmap = item.icon().pixmap(forms_dialog.THUMB_WIDTH, 400)
        assert not pixmap.isNull() and ink(pixmap.toImage()) > 50
    assert dialog.ui.statusLabel.text() == "6 page(s)."
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert "W1" in dialog.windowTitle() and "English" in dialog.ui.introLabel.text()

    set_spin(qtbot, dialog.ui.cardsSpin, 3)
    set_spin(qtbot, dialog.ui.registrationsSpin, 2)
    wait_preview(qtbot, dialog, 4)
    texts = [dialog.ui.previewList.item(i).text() for i in range(4)]
    assert texts == ["Page 1 · Registration", "Page 2 · Registration",
                     "Page 3 · Idea cards", "Page 4 · Idea cards"]


def test_nothing_to_print(qtbot, dialog):
    wait_preview(qtbot, dialog, 6)
    set_spin(qtbot, dialog.ui.cardsSpin, 0)
    set_spin(qtbot, dialog.ui.registrationsSpin, 0)
    qtbot.waitUntil(lambda: "at least one" in dialog.ui.statusLabel.text(), timeout=WAIT)
    assert dialog.ui.previewList.count() == 0
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()


def test_changing_the_count_while_building_starts_again(qtbot, dialog):
    wait_preview(qtbot, dialog, 6)
    dialog.ui.cardsSpin.setValue(400)
    qtbot.waitUntil(dialog.is_busy, timeout=WAIT)
    dialog.ui.cardsSpin.setValue(2)
    wait_preview(qtbot, dialog, 2)
    assert dialog._preview_result.page_count == 2


def test_stop(qtbot, dialog, monkeypatch):
    wait_preview(qtbot, dialog, 6)
    real = forms_dialog.paper_forms.build_forms_pdf

    def slow(*args, progress=None, **kwargs):
        def crawl(done, total):
            time.sleep(0.01)
            return progress(done, total)

        return real(*args, progress=crawl, **kwargs)

    monkeypatch.setattr(forms_dialog.paper_forms, "build_forms_pdf", slow)
    dialog.ui.cardsSpin.setValue(1000)
    qtbot.waitUntil(lambda: dialog.is_busy() and dialog.ui.stopButton.isVisible(), timeout=WAIT)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.ui.stopButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert dialog.ui.statusLabel.text() == "Stopped."
    assert not dialog.ui.stopButton.isVisible() and not dialog.ui.progressBar.isVisible()
    assert dialog.ui.previewList.count() == 0
    assert not dialog.save_button.isEnabled()  # nothing built, so nothing to save
    assert dialog.ui.errorLabel.text() == ""


def test_save_writes_the_pdf(qtbot, dialog, tmp_path, monkeypatch):
    wait_preview(qtbot, dialog, 6)
    set_spin(qtbot, dialog.ui.cardsSpin, 4)
    wait_preview(qtbot, dialog, 3)
    target = tmp_path / "W1 forms"  # no suffix: the dialog adds .pdf
    asked = {}

    def fake_save(parent, title, start, filters):
        asked.update(title=title, start=start, filters=filters)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.last_saved is not None,
                    timeout=WAIT)
    saved = tmp_path / "W1 forms.pdf"
    assert dialog.last_saved == saved and saved.is_file()
    assert asked["start"].endswith("W1 paper forms.pdf") and "*.pdf" in asked["filters"]
    reader = pypdf.PdfReader(str(saved))
    assert len(reader.pages) == 3
    assert "Registration" in reader.pages[0].extract_text()
    assert str(saved) in dialog.ui.statusLabel.text()
    assert dialog.ui.errorLabel.text() == ""


def test_save_to_a_missing_folder_shows_the_error(qtbot, dialog, tmp_path, monkeypatch):
    wait_preview(qtbot, dialog, 6)
    target = tmp_path / "gone" / "forms.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.ui.errorLabel.text(), timeout=WAIT)
    assert not target.parent.exists() and dialog.last_saved is None
    assert dialog.save_button.isEnabled()  # the user can choose another place


def test_save_cancelled_in_the_file_dialog_does_nothing(qtbot, dialog, tmp_path, monkeypatch):
    wait_preview(qtbot, dialog, 6)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_busy() and dialog.last_saved is None


def test_print_paints_every_page(qtbot, dialog, tmp_path, monkeypatch):
    wait_preview(qtbot, dialog, 6)
    set_spin(qtbot, dialog.ui.cardsSpin, 2)
    wait_preview(qtbot, dialog, 2)
    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        """Stands in for the platform print dialog: the user picks a PDF printer, OK."""

        def __init__(self, printer, parent=None):
            self.printer = printer

        def setWindowTitle(self, title):  # noqa: N802
            pass

        def setMinMax(self, low, high):  # noqa: N802
            assert (low, high) == (1, 2)

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setResolution(150)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms_dialog, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and "printer" in dialog.ui.statusLabel.text(),
                    timeout=WAIT)
    assert dialog.ui.statusLabel.text() == "Sent 2 page(s) to the printer."
    doc = pdfium.PdfDocument(str(out))
    try:
        assert len(doc) == 2
        width, height = doc[0].get_size()
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4, actual size
        for page in doc:
            image = pdf_pages.page_image(page, 0.4)
            assert ink(image) > 50
    finally:
        doc.close()


def test_norwegian_project_says_so(qtbot, db, tmp_path):
    project = projects.create_project(db, "Grønn by", "nb")
    workshop = projects.create_workshop(db, project.id, "N1", "Oppstart")
    dlg = PaperFormsDialog(db, workshop.id)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_preview(qtbot, dlg, 6)
    assert "Norwegian" in dlg.ui.introLabel.text()
    assert "N1" in dlg.windowTitle()


def test_controls_are_named_and_reachable_by_keyboard(qtbot, dialog):
    wait_preview(qtbot, dialog, 6)
    for widget in (dialog.ui.registrationsSpin, dialog.ui.cardsSpin, dialog.ui.previewList,
                   dialog.save_button, dialog.print_button, dialog.ui.stopButton):
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    assert dialog.ui.registrationsLabel.buddy() is dialog.ui.registrationsSpin
    assert dialog.ui.cardsLabel.buddy() is dialog.ui.cardsSpin
