"""What every dialog whose work runs in a worker does when it is closed while busy."""

from __future__ import annotations


class CloseCancelsWork:
    """Mixin for a QDialog with a cancellable worker: Esc, Close or the window's close button
    while the work runs cancels it, and the dialog closes once the worker has reported back
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
