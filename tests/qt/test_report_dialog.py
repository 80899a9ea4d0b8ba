"""File ▸ Reports…: choose, generate in the worker, preview, save (pytest-qt, offscreen).

The first tests run the real services on the demo project; the others inject builders (slow,
failing, recording) through the dialog's ``builders`` mapping.
"""

from __future__ import annotations

import importlib
import json
import re
import threading
import time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QWidget,
)

from smartcity_desktop.qt import settings as keys
from smartcity_desktop.qt.reports import child, files
from smartcity_desktop.qt.reports import dialog as report_dialog
from smartcity_desktop.qt.reports.builders import KINDS, ReportOptions
from smartcity_desktop.qt.reports.dialog import ReportDialog
from smartcity_desktop.services import demo
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.pdf.document import (
    ReportCancelled,
    ReportError,
    ReportResult,
    write_pdf_atomically,
)
from smartcity_desktop.services.workshop import projects

WAIT = 60000
SEED = json.loads(demo.demo_file().read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- helpers
@pytest.fixture
def demo_project(db):
    return projects.get_project(db, demo.load_demo(db))


def make_dialog(qtbot, db, project_id, workshop_id=None, **kwargs) -> ReportDialog:
    kwargs.setdefault("qsettings", QSettings())
    kwargs.setdefault("language", "en")
    dlg = ReportDialog(db, project_id, workshop_id, **kwargs)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    return dlg


def generate(qtbot, dlg, timeout=WAIT) -> None:
    qtbot.mouseClick(dlg.generateButton, Qt.MouseButton.LeftButton)
    assert dlg.is_busy()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=timeout)


def alt(qtbot, dlg, letter: str, until=None) -> None:
    """Press Alt+letter where the focus is; a mnemonic "animates" a click, so wait for it."""
    QTest.keyClick(QApplication.focusWidget() or dlg, letter, Qt.KeyboardModifier.AltModifier)
    if until is not None:
        qtbot.waitUntil(until, timeout=2000)


def ink(image) -> int:
    """How many sampled pixels inside the frame are not paper-white: a blank page has none."""
    return sum(image.pixelColor(x, y).lightness() < 200
               for y in range(3, image.height() - 3, 2) for x in range(3, image.width() - 3, 2))


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return words(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages))


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def fake_save(monkeypatch, answer: Path | str | None, seen: list | None = None) -> None:
    def get_save_file_name(parent, caption, directory, *args, **kwargs):
        if seen is not None:
            seen.append(directory)
        return (str(answer) if answer else "", "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))


def tiny_pdf(out: Path, lines: list[str], pages: int = 2) -> ReportResult:
    from reportlab.pdfgen import canvas

    def build(temp: Path) -> int:
        c = canvas.Canvas(str(temp))
        for n in range(pages):
            for i, line in enumerate(lines):
                c.drawString(72, 760 - 16 * i, line)
            c.drawString(72, 40, f"page {n + 1}")
            c.showPage()
        c.save()
        return pages
    return write_pdf_atomically(out, build)


class Recorder:
    """A builder that records the options and writes a small real PDF."""

    def __init__(self, pages: int = 2, markdown: bool = False) -> None:
        self.calls = []
        self.pages = pages
        self.markdown = markdown

    def __call__(self, db, out, options, progress):
        self.calls.append(options)
        assert threading.current_thread() is not threading.main_thread()
        for i in range(3):
            if progress(i, 3) is False:
                raise ReportCancelled()
        result = tiny_pdf(out, [f"Fake {options.kind} report", "Section: what was heard"],
                          self.pages)
        if self.markdown:
            md = Path(out).with_suffix(".md")
            md.write_text(f"# Brief ({options.kind})\n", encoding="utf-8")
            result.markdown_path = md
        return result


def slow_builder(started: threading.Event, out_paths: list):
    """Writes its temp file, then works slowly until cancelled (like a long report)."""

    def build(db, out, options, progress):
        out_paths.append(Path(out))

        def body(temp: Path) -> int:
            temp.write_bytes(b"%PDF-1.4 partial")
            started.set()
            deadline = time.monotonic() + 20
            i = 0
            while time.monotonic() < deadline:
                i += 1
                if progress(i % 100, 100) is False:
                    raise ReportCancelled()
                time.sleep(0.01)
            raise AssertionError("never cancelled")
        return write_pdf_atomically(out, body)
    return build


def all_builders(builder) -> dict:
    return {kind: builder for kind in KINDS}


# --------------------------------------------------------------------------- real services
REAL = {"workshop": ("smartcity_desktop.services.reports.workshop", "build_workshop_report"),
        "project": ("smartcity_desktop.services.reports.workshop", "build_project_report"),
        "feedback": ("smartcity_desktop.services.reports.feedback", "build_feedback_report"),
        "brief": ("smartcity_desktop.services.reports.brief", "build_challenge_brief")}


def _real_service(kind: str):
    module_name, function = REAL[kind]
    module = importlib.import_module(module_name)
    assert hasattr(module, function), f"{module_name}.{function}"
    return module


@pytest.mark.parametrize("kind", KINDS)
def test_each_report_from_the_demo_project(qtbot, db, demo_project, tmp_path, monkeypatch, kind):
    _real_service(kind)
    w1 = projects.find_workshop(db, "W1")
    mobility = next(t for t in projects.list_themes(db, demo_project.id)
                    if t.name == "Mobility and transport")
    dlg = make_dialog(qtbot, db, demo_project.id, w1.id)
    # Choose the report with its keyboard mnemonic, like a user.
    mnemonic = {"workshop": "w", "project": "p", "feedback": "y", "brief": "c"}[kind]
    if kind == "workshop":
        dlg.set_kind("project")
    alt(qtbot, dlg, mnemonic, lambda: dlg.kind() == kind)
    if kind == "brief":
        dlg.themeCombo.setCurrentIndex(dlg.themeCombo.findData(mobility.id))
        assert dlg.themeRadio.isChecked()  # no ideas selected: a theme it is
    generate(qtbot, dlg)
    assert not dlg.errorLabel.isVisible(), dlg.errorLabel.text()

    # The preview: a thumbnail per page (up to the limit), the page drawn large, the count.
    pages = dlg._preview.pages
    assert pages >= 1
    assert dlg.pagesLabel.text().startswith(f"{pages} page(s)")
    assert dlg.pageList.count() == pages
    for i in range(min(pages, report_dialog.MAX_PREVIEW_PAGES)):
        pixmap = dlg.pageList.item(i).icon().pixmap(report_dialog.THUMB_WIDTH, 200)
        assert not pixmap.isNull() and ink(pixmap.toImage()) > 20
    assert dlg.pageView.pixmap() is not None and not dlg.pageView.pixmap().isNull()
    assert dlg.saveButton.isEnabled() and dlg.saveButton.isDefault()

    seen = []
    target = tmp_path / "out" / f"{kind}.pdf"
    target.parent.mkdir()
    fake_save(monkeypatch, target, seen)
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.last_saved == target, dlg.errorLabel.text()
    assert seen and seen[0].endswith(".pdf")
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == pages
    text = pdf_text(target)

    # A section title and a text the participants wrote.
    w1_ideas = [i for i in SEED["ideas"] if i["workshop"] == "W1"]
    if kind == "brief":
        expected_ideas = [i for i in SEED["ideas"] if i.get("theme") == "mobility"]
    elif kind == "project":
        expected_ideas = SEED["ideas"]
    else:
        expected_ideas = w1_ideas
    assert any(words(i.get("title") or "") in text and i.get("title")
               or words(i["text"])[:60] in text for i in expected_ideas), text[:2000]
    titles = {"workshop": ["Agenda", "Ideas"], "project": ["Workshops", "Ideas"],
              "feedback": ["You said", "heard"], "brief": ["need", "evidence"]}[kind]
    lowered = text.lower()
    assert any(t.lower() in lowered for t in titles), text[:1500]
    if kind == "brief":
        md = target.with_suffix(".md")
        assert md.exists() and md.read_text(encoding="utf-8").strip()
    # Nothing but the saved files in the folder (no temp files left).
    expected = {target.name} | ({target.with_suffix(".md").name} if kind == "brief" else set())
    assert set(files_in(target.parent)) == expected


def test_brief_for_the_selected_ideas(qtbot, db, demo_project, tmp_path, monkeypatch):
    _real_service("brief")
    w1 = projects.find_workshop(db, "W1")
    rows = capture.fetch_idea_rows(db, capture.idea_rowids(db, capture.IdeaQuery(
        workshop_id=w1.id)))
    chosen = [r for r in rows.values() if r.text.startswith("Increase bus frequency")]
    assert chosen
    dlg = make_dialog(qtbot, db, demo_project.id, w1.id, idea_ids=[chosen[0].id])
    dlg.set_kind("brief")
    assert dlg.ideasRadio.isEnabled() and dlg.ideasRadio.isChecked()
    assert "(1)" in dlg.ideasRadio.text()
    generate(qtbot, dlg)
    assert not dlg.errorLabel.isVisible(), dlg.errorLabel.text()
    target = tmp_path / "brief.pdf"
    fake_save(monkeypatch, target)
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Increase bus frequency after 21:00" in pdf_text(target)
    assert "Increase bus frequency" in target.with_suffix(".md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- injected builders
def test_options_reach_the_builder_and_choices_are_remembered(qtbot, db, demo_project,
                                                              qsettings):
    recorder = Recorder()
    w2 = projects.find_workshop(db, "W2")
    dlg = make_dialog(qtbot, db, demo_project.id, None, builders=all_builders(recorder),
                      qsettings=qsettings)
    # Keyboard: Alt+Y "You said, we did", Alt+L large print, Alt+O workshop, Alt+A language.
    alt(qtbot, dlg, "y", lambda: dlg.kind() == "feedback")
    assert dlg.largePrintCheck.isEnabled() and dlg.workshopCombo.isEnabled()
    alt(qtbot, dlg, "l", dlg.largePrintCheck.isChecked)
    alt(qtbot, dlg, "o", dlg.workshopCombo.hasFocus)
    dlg.workshopCombo.setCurrentIndex(dlg.workshopCombo.findData(w2.id))
    alt(qtbot, dlg, "a", dlg.languageCombo.hasFocus)
    qtbot.keyClick(dlg.languageCombo, Qt.Key.Key_Down)
    assert dlg.languageCombo.currentData() == "nb"
    # Enter presses the default button: Generate.
    assert dlg.generateButton.isDefault()
    qtbot.keyClick(dlg.languageCombo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg._preview is not None, timeout=WAIT)
    options = recorder.calls[-1]
    assert (options.kind, options.workshop_id, options.language, options.large_print) == \
        ("feedback", w2.id, "nb", True)
    assert options.project_id == demo_project.id and options.theme_id is None
    assert dlg.pagesLabel.text() == "2 page(s)"
    assert dlg.pageList.count() == 2
    assert [dlg.pageList.item(i).text() for i in range(2)] == ["Page 1", "Page 2"]
    assert "W2 you said, we did (large print) (nb).pdf" in dlg.default_file_name()
    dlg.reject()
    assert not dlg.isVisible()

    assert keys.REPORT_KIND.get(qsettings) == "feedback"
    assert keys.REPORT_LARGE_PRINT.get(qsettings) is True
    assert keys.REPORT_LANGUAGE.get(qsettings) == "nb"
    again = make_dialog(qtbot, db, demo_project.id, None, builders=all_builders(recorder),
                        qsettings=qsettings)
    assert again.kind() == "feedback" and again.largePrintCheck.isChecked()
    assert again.languageCombo.currentData() == "nb"
    # The project kind ignores the workshop and large print.
    again.set_kind("project")
    assert not again.workshopCombo.isEnabled() and not again.largePrintCheck.isEnabled()
    generate(qtbot, again)
    assert recorder.calls[-1].workshop_id is None and recorder.calls[-1].large_print is False
    again.languageCombo.setCurrentIndex(again.languageCombo.findData("en"))
    again.reject()
    assert keys.REPORT_LANGUAGE.get(qsettings) == "nb"  # remembered at Generate, not on change


def test_language_follows_the_user_interface(qtbot, db, demo_project, qsettings, monkeypatch):
    keys.LANGUAGE.set(qsettings, "nb")
    app = QCoreApplication.instance()
    monkeypatch.setattr(app, "_translators", [object()], raising=False)
    assert report_dialog.ui_language(qsettings) == "nb"
    dlg = make_dialog(qtbot, db, demo_project.id, qsettings=qsettings, language=None,
                      builders=all_builders(Recorder()))
    assert dlg.languageCombo.currentData() == "nb"
    monkeypatch.setattr(app, "_translators", [], raising=False)
    assert report_dialog.ui_language(qsettings) == "en"  # no Norwegian loaded: English UI
    keys.LANGUAGE.set(qsettings, "en")
    assert report_dialog.ui_language(qsettings) == "en"


def test_preview_goes_stale_when_a_choice_changes(qtbot, db, demo_project):
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder()))
    generate(qtbot, dlg)
    assert dlg.saveButton.isEnabled() and dlg.pageList.count() == 2
    dlg.languageCombo.setCurrentIndex(1)
    assert not dlg.saveButton.isEnabled()
    assert dlg.pageList.count() == 0 and dlg.pagesLabel.text() == ""
    assert "generate" in dlg.statusLabel.text().lower()
    assert dlg.generateButton.isDefault()


def test_cancel_during_a_slow_builder_leaves_no_file(qtbot, db, demo_project, tmp_path):
    started, outs = threading.Event(), []
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(slow_builder(started,
                                                                                      outs)))
    qtbot.mouseClick(dlg.generateButton, Qt.MouseButton.LeftButton)
    assert dlg.is_busy() and dlg.cancelButton.isVisible() and dlg.progressBar.isVisible()
    assert not dlg.generateButton.isEnabled() and not dlg.kindButtons["project"].isEnabled()
    assert not dlg.saveButton.isEnabled()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: dlg.progressBar.maximum() == 100, timeout=WAIT)
    tmp_folder = outs[0].parent
    assert any(name.endswith(".part") for name in files_in(tmp_folder))  # it was writing
    qtbot.mouseClick(dlg.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
    assert files_in(tmp_folder) == []
    assert dlg.statusLabel.text() == "Stopped. Nothing was made."
    assert not dlg.errorLabel.isVisible()
    assert dlg.generateButton.isEnabled() and dlg.kindButtons["project"].isEnabled()
    assert dlg.languageCombo.isEnabled() and not dlg.cancelButton.isVisible()
    assert not dlg.saveButton.isEnabled() and dlg.pageList.count() == 0


def test_escape_while_busy_cancels_then_closes(qtbot, db, demo_project):
    started, outs = threading.Event(), []
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(slow_builder(started,
                                                                                      outs)))
    tmp_root = Path(dlg._tmp.name)
    generate_started = qtbot.mouseClick(dlg.generateButton, Qt.MouseButton.LeftButton)
    assert generate_started is None and dlg.is_busy()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.cancelButton.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=WAIT)
    assert not dlg.is_busy()
    assert not tmp_root.exists()  # the private temp folder is gone with the dialog


def test_a_failing_builder_shows_the_error(qtbot, db, demo_project, tmp_path):
    def failing(db, out, options, progress):
        progress(1, 2)

        def body(temp: Path) -> int:
            temp.write_bytes(b"%PDF-1.4 half")
            raise ReportError("Disk full æøå")
        return write_pdf_atomically(out, body)

    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(failing))
    generate(qtbot, dlg)
    assert dlg.errorLabel.isVisible()
    assert dlg.errorLabel.text() == "The report could not be made: Disk full æøå"
    assert dlg.statusLabel.text() == "Nothing was made."
    assert files_in(Path(dlg._tmp.name)) == []
    assert not dlg.saveButton.isEnabled() and dlg.generateButton.isEnabled()

    def crashing(db, out, options, progress):
        raise ZeroDivisionError("division by zero")
    dlg.builders["workshop"] = crashing
    generate(qtbot, dlg)
    assert "Unexpected problem" in dlg.errorLabel.text()
    assert "ZeroDivisionError" in dlg.errorLabel.text()
    # A good run afterwards clears the error.
    dlg.builders["workshop"] = Recorder()
    generate(qtbot, dlg)
    assert not dlg.errorLabel.isVisible() and dlg.saveButton.isEnabled()


def test_save_to_a_missing_folder_gives_an_error(qtbot, db, demo_project, tmp_path,
                                                 monkeypatch, qsettings):
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder()),
                      qsettings=qsettings)
    generate(qtbot, dlg)
    missing = tmp_path / "no such folder" / "report.pdf"
    fake_save(monkeypatch, missing)
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.errorLabel.isVisible()
    assert "does not exist" in dlg.errorLabel.text() and "Nothing was saved" in \
        dlg.errorLabel.text()
    assert not missing.parent.exists() and dlg.last_saved is None
    assert keys.REPORT_FOLDER.get(qsettings) == ""

    # A file name without .pdf gets it; the folder is remembered for next time.
    good = tmp_path / "reports"
    good.mkdir()
    fake_save(monkeypatch, good / "Kick-off report")
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert not dlg.errorLabel.isVisible()
    assert files_in(good) == ["Kick-off report.pdf"]
    assert pypdf.PdfReader(good / "Kick-off report.pdf").pages[0].extract_text().startswith(
        "Fake workshop report")
    assert keys.REPORT_FOLDER.get(qsettings) == str(good)
    assert str(good) in dlg.default_file_name()
    assert "Saved to" in dlg.statusLabel.text()

    # Cancelling the file dialog writes nothing.
    fake_save(monkeypatch, None)
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert files_in(good) == ["Kick-off report.pdf"]


def test_save_over_an_existing_file_replaces_it_whole(qtbot, db, demo_project, tmp_path,
                                                      monkeypatch):
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder(pages=3)))
    generate(qtbot, dlg)
    fake_save(monkeypatch, target)
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert len(pypdf.PdfReader(target).pages) == 3
    assert files_in(target.parent) == ["report.pdf"]


def test_read_only_folder_and_a_failing_write(qtbot, db, demo_project, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder()))
    generate(qtbot, dlg)
    fake_save(monkeypatch, folder / "r.pdf")
    # The tests may run as root, who may write anywhere: refuse the way a read-only folder does.
    real_mkstemp = files.tempfile.mkstemp

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert "may not write in the folder" in dlg.errorLabel.text()
    assert files_in(folder) == [] and dlg.last_saved is None

    # The disk fills up half way: the temp file goes, the old file stays as it was.
    monkeypatch.setattr(files.tempfile, "mkstemp", real_mkstemp)
    (folder / "r.pdf").write_bytes(b"old report")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(files.os, "fsync", full)
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.errorLabel.text() == "The report could not be saved: No space left on device"
    assert files_in(folder) == ["r.pdf"] and (folder / "r.pdf").read_bytes() == b"old report"


def test_brief_saves_the_markdown_next_to_the_pdf(qtbot, db, demo_project, tmp_path,
                                                  monkeypatch):
    recorder = Recorder(markdown=True)
    themes = projects.list_themes(db, demo_project.id)
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(recorder))
    dlg.set_kind("brief")
    assert not dlg.ideasRadio.isEnabled()  # nothing selected in the main window
    alt(qtbot, dlg, "t", dlg.themeRadio.hasFocus)
    dlg.themeCombo.setCurrentIndex(2)
    generate(qtbot, dlg)
    assert recorder.calls[-1].theme_id == themes[2].id and recorder.calls[-1].idea_ids == ()
    assert f"challenge brief - {themes[2].name}" in dlg.default_file_name()
    fake_save(monkeypatch, tmp_path / "brief.pdf")
    qtbot.mouseClick(dlg.saveButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "brief.md").read_text(encoding="utf-8") == "# Brief (brief)\n"
    assert "brief.md" in dlg.statusLabel.text()


def test_a_project_without_workshops_or_themes(qtbot, db, project):
    dlg = make_dialog(qtbot, db, project.id, builders=all_builders(Recorder()))
    dlg.set_kind("workshop")
    assert not dlg.generateButton.isEnabled()
    assert dlg.statusLabel.text() == "The project has no workshop yet."
    dlg.set_kind("brief")
    assert not dlg.generateButton.isEnabled() and not dlg.themeRadio.isEnabled()
    dlg.set_kind("project")
    assert dlg.generateButton.isEnabled()
    assert dlg.statusLabel.text() == "Choose a report and press Generate preview."


def test_every_control_is_named_and_reachable_by_keyboard(qtbot, db, demo_project):
    dlg = make_dialog(qtbot, db, demo_project.id, idea_ids=["x"],
                      builders=all_builders(Recorder()))
    dlg.set_kind("brief")
    generate(qtbot, dlg)
    controls = [w for w in dlg.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QComboBox)) and w.isVisibleTo(dlg)]
    assert len(controls) >= 12
    for widget in controls:
        assert widget.accessibleName(), widget
    # Tab goes round every enabled control (radio buttons of a group share one tab stop).
    reached = set()
    dlg.generateButton.setFocus()
    for _ in range(60):
        reached.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    wanted = {w for w in controls if w.isEnabled()
              and (not isinstance(w, QRadioButton) or w.isChecked())}
    wanted |= {dlg.pageList, dlg.pageScroll}
    assert {dlg.generateButton, dlg.saveButton, dlg.closeButton, dlg.languageCombo,
            dlg.ideasRadio, dlg.kindButtons["brief"]} <= wanted
    missing = {w.accessibleName() for w in wanted - reached}
    assert not missing
    dlg.themeRadio.setChecked(True)
    assert dlg.themeCombo.isEnabled()
    dlg.themeRadio.setFocus()
    qtbot.keyClick(dlg.themeRadio, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.themeCombo


def test_open_reports_from_the_main_window(qtbot, db, demo_project, make_window, drive_modal):
    window = make_window(db)
    w1 = projects.find_workshop(db, "W1")
    window.refresh_navigation(w1.id)
    assert window.current_scope() == (demo_project.id, w1.id)

    def fill(dialog):
        assert isinstance(dialog, ReportDialog)
        assert dialog.workshopCombo.currentData() == w1.id
        assert demo_project.name in dialog.windowTitle()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    drive_modal(lambda: report_dialog.open_reports(window), fill)


def test_mnemonics_do_not_clash(qtbot, db, demo_project):
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder()))
    texts = [w.text() for w in dlg.findChildren(QAbstractButton)] + [
        w.text() for w in dlg.findChildren(QLabel)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 10 and len(set(letters)) == len(letters), letters


def test_safe_file_names():
    assert files.safe_file_name('a/b:c*?"<>|  d. ') == "a-b-c------ d"
    assert files.safe_file_name("...") == "report"
    assert re.fullmatch(r"[^/\\]+", files.safe_file_name("Grønn/مواعيد\\x"))


def test_the_child_process_cancels_reports_errors_and_builds(db, demo_project, tmp_path):
    """The services run in a spawned process: cancel and errors cross the process boundary,
    and a cancelled build leaves no file."""
    _real_service("workshop")
    w1 = projects.find_workshop(db, "W1")
    children = child.ChildBuilds()
    try:
        options = ReportOptions("workshop", demo_project.id, w1.id)
        calls = []

        def stop_at_once(done, total):
            calls.append((done, total))
            return False
        with pytest.raises(ReportCancelled):
            children.build(db, tmp_path / "cancelled.pdf", options, stop_at_once)
        assert calls
        assert not [n for n in files_in(tmp_path) if "cancelled" in n]  # nor its .part file

        missing = ReportOptions("workshop", demo_project.id, "no-such-workshop")
        with pytest.raises(ReportError) as caught:
            children.build(db, tmp_path / "missing.pdf", missing, lambda d, t: True)
        assert caught.value.message
        assert not (tmp_path / "missing.pdf").exists()

        seen = []
        result = children.build(db, tmp_path / "ok.pdf", options,
                                lambda d, t: seen.append((d, t)) or True)
        assert result.path == tmp_path / "ok.pdf"
        assert result.pages == len(pypdf.PdfReader(result.path).pages) > 1
        assert any(t > 0 for _d, t in seen)  # progress came back from the child
    finally:
        children.close()


def test_a_long_report_lists_every_page(qtbot, db, demo_project, monkeypatch):
    monkeypatch.setattr(report_dialog, "MAX_PREVIEW_PAGES", 3)
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder(pages=5)))
    generate(qtbot, dlg)
    assert dlg.pageList.count() == 5
    assert dlg.pagesLabel.text() == "5 page(s) · thumbnails of the first 3"
    thumbs = [ink(dlg.pageList.item(i).icon().pixmap(report_dialog.THUMB_WIDTH, 200).toImage())
              for i in range(5)]
    assert all(t > 0 for t in thumbs[:3]) and thumbs[3] == thumbs[4] == 0
    # Page 5 has no thumbnail but is drawn large when chosen (keyboard: End in the list).
    dlg.pageList.setFocus()
    qtbot.keyClick(dlg.pageList, Qt.Key.Key_End)
    assert dlg.pageList.currentRow() == 4
    assert ink(dlg.pageView.pixmap().toImage()) > 0
    assert dlg.pageView.accessibleDescription() == "Page 5 of 5"


def test_cancel_while_the_thumbnails_are_drawn_removes_the_temp_files(qtbot, db, demo_project,
                                                                       monkeypatch):
    """A cancel that comes after the builder has finished (while pages are rendered) still
    leaves nothing; and generating again drops the previous preview's files."""
    dlg = make_dialog(qtbot, db, demo_project.id, builders=all_builders(Recorder(pages=4)))
    tmp = Path(dlg._tmp.name)
    generate(qtbot, dlg)
    assert files_in(tmp) == ["report-1.pdf"]
    generate(qtbot, dlg)
    assert files_in(tmp) == ["report-2.pdf"]

    real_page_image = report_dialog.page_image
    drawn = []

    def page_image_then_cancel(page, scale):
        drawn.append(scale)
        dlg._job.cancel.set()  # as Cancel does, from the worker while it draws page 1
        return real_page_image(page, scale)
    monkeypatch.setattr(report_dialog, "page_image", page_image_then_cancel)
    dlg.generateButton.click()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
    assert len(drawn) == 1
    assert dlg.statusLabel.text() == "Stopped. Nothing was made."
    assert files_in(tmp) == [] and dlg.pageList.count() == 0
