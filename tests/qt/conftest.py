"""Qt fixtures: offscreen platform, QSettings and data folder in a temp dir per test.

The db/project/workshop fixtures come from tests/conftest.py (a fresh temp database per test).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from smartcity_desktop import APP_NAME, APP_ORG  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, monkeypatch):
    """QSettings (both QSettings() and explicit IniFormat ones) live in a temp dir."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    monkeypatch.setenv("SMARTCITY_DATA_DIR", str(tmp_path / "data"))
    QApplication.setOrganizationName(APP_ORG)
    QApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder))
    return folder


@pytest.fixture
def qsettings(qapp, _isolated_qsettings):
    settings = QSettings()
    yield settings
    settings.sync()


# --------------------------------------------------------------------------- helpers
class ModalDriver:
    """Runs code that opens a modal dialog (``dialog.exec()``) and drives the dialog from a
    timer inside its event loop: ``fill(dialog)`` types and clicks like a user. If ``fill``
    fails, or leaves the dialog open, the dialog is rejected so the test never hangs, and the
    failure is raised after the dialog has closed."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def __call__(self, start, fill, timeout_ms: int = 5000):
        from PySide6.QtCore import QElapsedTimer, QTimer

        state = {"dialog": None, "error": None, "done": False}
        clock = QElapsedTimer()
        clock.start()

        def poll() -> None:
            if state["done"]:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if clock.elapsed() < timeout_ms:
                    QTimer.singleShot(10, poll)
                return
            state["dialog"] = dialog
            state["done"] = True
            try:
                # A window manager activates a new modal dialog; the offscreen platform
                # needs to be asked (focus and shortcuts depend on the active window).
                dialog.activateWindow()
                self.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
                fill(dialog)
                if dialog.isVisible():
                    raise AssertionError(f"{type(dialog).__name__} was left open by the test")
            except BaseException as exc:  # noqa: BLE001 - re-raised below
                state["error"] = exc
                dialog.reject()

        previous = QApplication.activeWindow()
        QTimer.singleShot(0, poll)
        try:
            start()
        finally:
            state["done"] = True
        if previous is not None and previous.isVisible() and not previous.isActiveWindow():
            # …and gives the activation back to the window below when the dialog closes.
            previous.activateWindow()
            self.qtbot.waitUntil(previous.isActiveWindow, timeout=2000)
        if state["error"] is not None:
            raise state["error"]
        assert state["dialog"] is not None, "no modal dialog was opened"
        return state["dialog"]


@pytest.fixture
def drive_modal(qtbot):
    return ModalDriver(qtbot)


@pytest.fixture
def make_window(qtbot, qsettings):
    """``make_window(db)`` → a shown MainWindow on ``db`` (closed by qtbot at the end)."""
    from smartcity_desktop.qt.main_window import MainWindow

    def make(db, settings=None):
        window = MainWindow(db, settings if settings is not None else qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
