"""Work off the GUI thread, for every dialog and view: the one place for background tasks.

- :class:`Task` runs a plain function ``work(progress)`` in a thread pool. ``progress(done,
  total, phase="")`` reports (throttled to a few hundred signals) and answers False once the
  task was cancelled, so the function can stop. The outcome comes back to the GUI thread as
  exactly one signal: ``finished(result)`` when the function returned, ``failed(exc)`` when
  it raised, ``cancelled()`` when it stopped by raising :class:`Cancelled`. A function that
  returns after a cancel (say with what it did so far, already saved) still ends with
  ``finished``: only the function knows whether there is a result.
- :class:`CloseCancelsWork`, the dialog half: Esc, Close or the window's close button while a
  task runs cancels it, and the dialog closes once the task has reported back.
- :func:`older_objects_frozen` (from :mod:`..services.runtime`, where the one implementation
  lives): use it inside a task's function that makes very many objects, so that the garbage
  collector's full collections do not stall the GUI thread.

The function never touches widgets: it gets plain data and returns plain data. Connect the
signals before :meth:`Task.start`; the task keeps itself alive until its outcome has been
delivered, so the caller need not hold it (most hold it to cancel it or to ignore a late
answer).
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QDialog

from ..services.runtime import older_objects_frozen

__all__ = ["Cancelled", "CloseCancelsWork", "Progress", "Task", "older_objects_frozen",
           "wait_for_tasks"]

Progress = Callable[..., bool]  # progress(done, total, phase="") -> False once cancelled
MAX_PROGRESS_SIGNALS = 200  # per phase: more only fill the GUI thread's event queue

_running: set[Task] = set()  # started tasks whose outcome has not been delivered yet


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    """PySide6 6.12.0 returns True from ``SignalInstance.emit`` without a reference of its
    own, so every emit takes one of True's references away; on Python 3.11 (where True is not
    immortal) a long session ends with "Fatal Python error: bool_dealloc". True when this
    PySide does that."""
    probe, times = _Probe(), 8
    before = sys.getrefcount(True)
    for _ in range(times):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    for _ in range(max(dropped, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return dropped >= times


_EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def _emit(signal, *args) -> None:
    """``signal.emit(*args)``, giving back the reference a faulty emit takes (see above)."""
    result = signal.emit(*args)
    if _EMIT_DROPS_A_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


class Cancelled(Exception):  # noqa: N818 - an outcome, not an error
    """Raised by a task's function to stop without a result (the task ends with
    ``cancelled``)."""


class Task(QObject):
    """``work(progress)`` in a thread pool; create it, connect its signals and start it in
    the GUI thread. :meth:`cancel` and :meth:`is_cancelled` may be called from any thread."""

    progress = Signal(int, int, str)  # done, total, phase ("" unless the function names one)
    finished = Signal(object)  # what the function returned
    failed = Signal(object)  # the exception the function raised
    cancelled = Signal()  # the function raised Cancelled
    _ended = Signal()

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._last = -1
        self._phase = ""
        self._ended.connect(self._release)  # queued: runs in the GUI thread

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, phase: str = "") -> bool:
        """The ``progress`` callback handed to the function (worker thread): signals the GUI
        at most :data:`MAX_PROGRESS_SIGNALS` times per phase, and always the first report of
        a new phase and the last (``done == total``). False once cancelled."""
        step = max(1, total // MAX_PROGRESS_SIGNALS)
        if phase != self._phase or done == total or done < self._last \
                or done - self._last >= step:
            self._last, self._phase = done, phase
            _emit(self.progress, done, total, phase)
        return not self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> Task:
        """Run in ``pool`` (the application's global pool by default)."""
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self.run)
        return self

    def run(self) -> None:
        """Runs in the worker thread (what the pool calls)."""
        try:
            result = self._work(self.report)
        except Cancelled:
            _emit(self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to explain
            _emit(self.failed, exc)
        else:
            _emit(self.finished, result)
        _emit(self._ended)

    def _release(self) -> None:
        _running.discard(self)


def wait_for_tasks(msecs: int = 30000, pool: QThreadPool | None = None) -> bool:
    """Wait until the tasks of ``pool`` (the global pool by default) have run; their outcomes
    still come by signal, once the GUI thread's events are processed. For tests and closing."""
    return (pool or QThreadPool.globalInstance()).waitForDone(msecs)


class CloseCancelsWork:
    """Mixin for a QDialog with a cancellable task: Esc, Close or the window's close button
    while the work runs cancels it, and the dialog closes once the task has reported back
    (the dialog's "done" handler checks ``_close_when_done`` and calls ``super().reject()``).

    The dialog provides ``_is_working()`` and ``_cancel_work()``."""

    _close_when_done = False

    def _is_working(self) -> bool:
        raise NotImplementedError

    def _cancel_work(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self._is_working():
            self._close_when_done = True
            self._cancel_work()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._is_working():
            self._close_when_done = True
            self._cancel_work()
            event.ignore()
            return
        super().closeEvent(event)


class TaskControls(CloseCancelsWork):
    """:class:`CloseCancelsWork` for a dialog laid out with ``progressBar``, ``cancelButton``
    and ``closeButton`` (the export and package dialogs' Designer forms), so starting,
    following, cancelling and ending a task look and work the same in each. The dialog
    provides ``_update_controls()`` (enable its other buttons for the current state) and the
    task's handlers ``_on_finished(result)`` and ``_on_failed(exc)``."""

    _task: Task | None = None

    def _update_controls(self) -> None:
        raise NotImplementedError

    def _is_working(self) -> bool:
        return self._task is not None

    def _begin_task(self, task: Task, cancel_text: str) -> None:
        """Show ``task`` as running (busy until its first report), connect it to this dialog's
        handlers and start it."""
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._task = task
        self.progressBar.setRange(0, 0)
        self.cancelButton.setEnabled(True)
        self.cancelButton.setText(cancel_text)
        self._update_controls()
        self.cancelButton.setFocus()
        task.start()

    def _cancel_work(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancelButton.setEnabled(False)
            self.cancelButton.setText(QCoreApplication.translate("TaskControls", "Cancelling…"))

    def _on_progress(self, done: int, total: int, *_phase) -> None:
        if self._task is not None:
            self.progressBar.setRange(0, max(total, 1))
            self.progressBar.setValue(done)

    def _end_task(self, cancel_text: str) -> None:
        """The task has reported back: controls as before, and close if Close was asked for
        while it ran."""
        self._task = None
        self.cancelButton.setText(cancel_text)
        self._update_controls()
        self.closeButton.setFocus()
        if self._close_when_done:
            QDialog.reject(self)
