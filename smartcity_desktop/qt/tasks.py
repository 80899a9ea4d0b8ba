"""Work for the thread pool: :class:`Task` runs ``work(progress)`` off the GUI thread and hands
the result (or the error) back through signals, in the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task:
    """``work(progress)`` for the thread pool (started with ``QThreadPool.start(task.run)``,
    so the pool holds it until it has run). ``progress(done, total)`` reports (a few hundred
    times at most) and answers False once :meth:`cancel` was called. The worker never touches
    widgets: results come back through the signals, in the GUI thread."""

    def __init__(self, work: Callable[[Callable[[int, int], bool]], object]) -> None:
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        step = max(1, total // 200)
        if done == total or done - self._last >= step:
            self._last = done
            self.signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to explain
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
