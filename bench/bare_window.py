"""Baseline for the cold-start figure: the least a PySide6 desktop app can do.

Imports PySide6, creates QApplication + QMainWindow with a QLabel, shows it, prints
``first_paint_s=...`` on the first paint of the main window (the same event-filter method as
``smartcity_desktop.app.main._report_first_paint``) and quits. bench/run.py times this as a whole
process, from Popen to reading the printed line.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    started = time.perf_counter()
    qapp = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1200, 760)

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print(f"first_paint_s={time.perf_counter() - started:.4f}", flush=True)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, qapp.quit)
            return False

    watcher = Watcher(window)
    window.installEventFilter(watcher)
    window.show()
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
