"""Composition root: builds the QApplication, opens the database, shows the main window."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from .. import APP_NAME, APP_ORG, __version__
from ..core.errors import SmartCityError
from ..qt import settings
from ..qt.errors import error_text
from ..qt.i18n import install_translators
from ..qt.icons import app_icon
from ..qt.main_window import MainWindow
from ..services import demo
from ..storage import locations
from ..storage.database import Database


class Application(QObject):
    """Owns the open database and the main window; switches files on request."""

    def __init__(self, qapp: QApplication, qsettings: QSettings) -> None:
        super().__init__()
        self.qapp = qapp
        self.qsettings = qsettings
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def open(self, path: str | Path) -> bool:
        """Open ``path``; on refusal explain why and keep the current database."""
        try:
            db = Database.open(path, locations.device_id())
        except (SmartCityError, OSError) as exc:  # OSError: a folder, no permission, …
            QMessageBox.critical(self.window, self.tr("Cannot open the database"),
                                 error_text(exc))
            return False
        old_window, old_db = self.window, self.db
        self.db = db
        self.window = MainWindow(db, self.qsettings)
        self.window.open_requested.connect(self.open)
        self.window.demo_requested.connect(self.add_demo)
        # A server URL with a password never goes into the recent-files list.
        recent = str(db.path) if db.path else (None if db.engine.url.password else str(path))
        if recent:
            settings.remember_recent(self.qsettings, recent)
        if db.backup_path:
            self.window.statusBar().showMessage(
                self.tr("The database was upgraded; a copy of the old one is at %s")
                % db.backup_path, 15000)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            old_db.close()
        return True

    def add_demo(self) -> None:
        progress = QProgressDialog(self.tr("Creating the demo project…"), None, 0, 100,
                                   self.window)
        progress.setMinimumDuration(300)
        progress.setWindowTitle(APP_NAME)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            if done % 20 == 0:
                self.qapp.processEvents()

        try:
            project_id = demo.load_demo(self.db, step)
        except SmartCityError as exc:  # e.g. the demo's workshop codes W1–W3 are taken
            progress.close()
            QMessageBox.critical(self.window, self.tr("Cannot add the demo project"),
                                 error_text(exc))
            self.window.refresh_navigation()
            return
        progress.close()
        self.window.refresh_navigation(project_id)


def database_argument(args: list[str]) -> str:
    """The database to open: ``--db FILE|URL``, ``--db=FILE|URL``, a bare file name,
    $SMARTCITY_DB, or the default database in the user data folder."""
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--db="):
            return arg[len("--db="):]
    positional = [a for a in args if not a.startswith("-")]
    if positional:
        return positional[0]
    return os.environ.get("SMARTCITY_DB") or str(locations.default_database_path())


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the reports dialog builds PDFs in a worker process
    argv = sys.argv if argv is None else argv
    started = time.perf_counter()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_ORG)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("smartcity-desktop")
    qapp = QApplication(argv)
    qapp.setWindowIcon(app_icon())
    qsettings = QSettings()
    install_translators(qapp, settings.LANGUAGE.get(qsettings))
    app = Application(qapp, qsettings)
    target = database_argument(argv[1:])
    if not app.open(target):
        # The chosen file was refused; fall back to the default database so work can go on.
        if target == str(locations.default_database_path()) or \
                not app.open(locations.default_database_path()):
            return 2
    if os.environ.get("SMARTCITY_BENCH_FIRST_PAINT"):
        _report_first_paint(qapp, app.window, started)
    # What exists once the window is up (Qt wrappers, SQLAlchemy and pydantic internals, some
    # 150,000 objects) lives as long as the app: keep it out of the garbage collector's full
    # collections, which otherwise take 60-100 ms and freeze the UI.
    QTimer.singleShot(0, gc.freeze)
    return qapp.exec()


def _report_first_paint(qapp, window, started: float) -> None:
    """For bench/: print seconds from start to the first painted main window, then quit."""
    from PySide6.QtCore import QEvent

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print(f"first_paint_s={time.perf_counter() - started:.4f}", flush=True)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, qapp.quit)
            return False

    window._paint_watcher = Watcher(window)
    window.installEventFilter(window._paint_watcher)


if __name__ == "__main__":
    sys.exit(main())
