#!/usr/bin/env python
"""Does the user interface stay responsive while File ▸ Reports… makes a report? (issue 5)

    .venv/bin/python bench/bench_report_ui.py [--ideas 2000] [--runs 3] [--switch-interval MS]

A QTimer fires every 10 ms in the GUI thread and records the time between its ticks; a stall is
a tick that comes late. The bench opens the real ``qt.reports.dialog.ReportDialog`` offscreen on
one workshop with ``--ideas`` ideas (``bench_reports.big_database``: mixed scripts, 60
participants, two rounds, charts) and measures:

* ``idle``: the dialog open, nothing running, for as long as a generation takes;
* ``generate``: from pressing Generate preview until the preview is shown, including the
  worker's report and thumbnails and the GUI thread's work (thumbnails into the list, the first
  page drawn large).

By default the dialog builds in a child process; ``--in-thread`` builds in its worker thread
(in-process) for comparison. Each line gives the median tick gap, the 99th percentile, the
longest gap and how many gaps were over 100 ms (target: none). ``--switch-interval`` sets
``sys.setswitchinterval`` (Python's default is 5 ms) to see whether the GIL hand-over matters.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "bench" / "out"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SMARTCITY_DATA_DIR", str(OUT / "data"))

TICK_MS = 10
STALL_MS = 100


class TickRecorder:
    """Gaps between the ticks of a 10 ms timer, in milliseconds."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def run_loop_until(done, timeout_s: float, settle_ms: int = 0) -> None:
    """Run a real event loop (as the app does) until ``done()``, then ``settle_ms`` more."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    check = QTimer()
    check.setInterval(20)

    def poll() -> None:
        if done() or time.monotonic() > deadline:
            check.stop()
            QTimer.singleShot(settle_ms, loop.quit)
    check.timeout.connect(poll)
    check.start()
    loop.exec()


def describe(gaps: list[float]) -> dict:
    ordered = sorted(gaps)
    return {"ticks": len(gaps), "median": statistics.median(gaps),
            "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
            "max": ordered[-1], "over": sum(g > STALL_MS for g in gaps)}


def line(label: str, d: dict) -> str:
    return (f"{label:<22} ticks {d['ticks']:5d}  median {d['median']:6.1f} ms  "
            f"p99 {d['p99']:6.1f} ms  max {d['max']:6.1f} ms  gaps > {STALL_MS} ms: {d['over']}")


def database(n_ideas: int, rebuild: bool):
    """The bench database (cached in bench/out; --rebuild makes it again)."""
    from bench_reports import big_database

    from smartcity_desktop.services.workshop import projects
    from smartcity_desktop.storage.database import Database

    path = OUT / f"report-ui-{n_ideas}.sqlite"
    if path.exists() and not rebuild:
        db = Database.open(path, device_id="bench-report-ui")
        project = projects.list_projects(db)[0]
        return db, project.id, projects.list_workshops(db, project.id)[0].id
    OUT.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    result = big_database(path, n_ideas)
    print(f"prepared {n_ideas} ideas in {time.perf_counter() - t0:.1f} s (cached in {path})")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ideas", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kind", default="workshop", choices=("workshop", "project"))
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval in milliseconds")
    parser.add_argument("--in-thread", action="store_true",
                        help="build in the dialog's worker thread instead of the child process "
                             "(the design before the stalls were measured)")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(OUT / "qsettings"))
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    print(f"Python switch interval: {sys.getswitchinterval() * 1000:.1f} ms")

    from smartcity_desktop.qt.reports.dialog import ReportDialog

    db, project_id, workshop_id = database(args.ideas, args.rebuild)
    dialog = ReportDialog(db, project_id, workshop_id, qsettings=QSettings(), language="en",
                          isolate=not args.in_thread)
    print("building in", "the worker thread (in-process)" if args.in_thread
          else "a child process (the dialog's default)")
    dialog.set_kind(args.kind)
    dialog.show()
    run_loop_until(lambda: True, 5, settle_ms=300)
    recorder = TickRecorder()

    # Warm-up: the first run imports reportlab and registers fonts in the worker.
    dialog.generate()
    run_loop_until(lambda: not dialog.is_busy(), 300, settle_ms=300)
    if dialog.errorLabel.isVisible():
        print("the report failed:", dialog.errorLabel.text())
        return 1

    results, durations = [], []
    for _ in range(args.runs):
        recorder.start()
        started = time.perf_counter()
        dialog.generate()
        run_loop_until(lambda: not dialog.is_busy(), 300, settle_ms=200)
        durations.append(time.perf_counter() - started - 0.2)
        results.append(describe(recorder.stop()))
        if dialog.errorLabel.isVisible():
            print("the report failed:", dialog.errorLabel.text())
            return 1
    pages = dialog._preview.pages  # noqa: SLF001
    idle = []
    for seconds in durations:
        recorder.start()
        deadline = time.monotonic() + seconds
        run_loop_until(lambda: time.monotonic() > deadline, seconds + 5)
        idle.append(describe(recorder.stop()))

    print(f"{args.kind} report, {args.ideas} ideas, {pages} pages, generate + preview: "
          f"median {statistics.median(durations):.2f} s "
          f"(runs {', '.join(f'{d:.2f}' for d in durations)})")
    for n, (busy, quiet) in enumerate(zip(results, idle), 1):
        print(line(f"run {n} generating", busy))
        print(line(f"run {n} idle", quiet))
    worst = max(r["max"] for r in results)
    print(f"longest stall while generating: {worst:.1f} ms "
          f"(median of the runs' longest {statistics.median(r['max'] for r in results):.1f} ms; "
          f"idle longest {max(r['max'] for r in idle):.1f} ms) -> target <= {STALL_MS} ms: "
          f"{'met' if worst <= STALL_MS else 'MISSED'}")
    dialog.reject()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
