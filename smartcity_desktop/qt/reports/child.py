"""The child process that makes the services' reports (see the comment below)."""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import SimpleNamespace

from ...core.errors import SmartCityError
from .builders import DEFAULT_BUILDERS, ReportOptions

# --------------------------------------------------------------------------- child process
# The services' reports are made in a separate process (spawned, so no Qt state is copied):
# reportlab is pure Python, and a report of 2,000 ideas leaves some 200,000 objects in reference
# cycles; collecting them holds the GIL for 0.4-1 s, which froze the GUI thread (the target is
# no stall over 100 ms; bench/bench_report_ui.py measures it). In its own process none of that
# touches the user interface. One warm process per dialog, one report at a time.
_child_cancel = None  # set in the child by _child_init
_child_progress = None
_child_dbs: dict = {}


def _child_init(cancel, progress) -> None:
    global _child_cancel, _child_progress
    _child_cancel, _child_progress = cancel, progress


def _child_warm() -> int:
    """Import the services and register the fonts before the first Generate."""
    from ...services.pdf import text as pdf_text
    from ...services.reports import workshop as reports  # noqa: F401

    pdf_text.register_fonts()
    return os.getpid()


def _child_build(kind: str, target: str, device_id: str, out: str, options: ReportOptions):
    """Runs in the child: open the database (once) and build; errors come back as plain data
    (a SmartCityError with its own constructor does not always survive pickling)."""
    from ...storage.database import Database

    db = _child_dbs.get(target)
    if db is None:
        db = _child_dbs[target] = Database.open(target, device_id)
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] >= 0.05 or done >= total:
            last[0] = now
            _child_progress.put((done, total))
        return not _child_cancel.is_set()

    try:
        result = DEFAULT_BUILDERS[kind](db, Path(out), options, progress)
    except SmartCityError as exc:
        return ("error", "report_cancelled" if is_cancelled(exc) else exc.code, exc.message)
    markdown = getattr(result, "markdown_path", None)
    return ("ok", str(result.path), int(result.pages), str(markdown) if markdown else None)


class ChildBuilds:
    """A warm child process that runs :data:`DEFAULT_BUILDERS`; ``build`` has a builder's
    signature and is called from the dialog's worker thread."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._context = context
        self._cancel = context.Event()
        self._progress = context.Queue()
        self._pool: ProcessPoolExecutor | None = None
        self._start()

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(1, mp_context=self._context, initializer=_child_init,
                                         initargs=(self._cancel, self._progress))
        self._pool.submit(_child_warm)

    def build(self, db, out: Path, options: ReportOptions, progress):
        from ...services.pdf.document import ReportCancelled, ReportError

        target = str(db.path) if db.path is not None else \
            db.engine.url.render_as_string(hide_password=False)
        self._cancel.clear()
        while True:  # reports left over from a cancelled build
            try:
                self._progress.get_nowait()
            except queue.Empty:
                break
        if self._pool is None:
            self._start()
        future = self._pool.submit(_child_build, options.kind, target, db.device_id, str(out),
                                   options)
        done, total = 0, 0
        while not future.done():
            try:
                done, total = self._progress.get(timeout=0.05)
            except queue.Empty:
                pass
            if progress(done, total) is False:
                self._cancel.set()
        try:
            outcome = future.result()
        except BrokenProcessPool as exc:
            self._pool = None  # a new process next time
            raise ReportError("The process making the report stopped unexpectedly; nothing "
                              "was written.") from exc
        if outcome[0] == "error":
            _, code, message = outcome
            if code == "report_cancelled":
                raise ReportCancelled(message)
            raise ReportError(message)
        _, path, pages, markdown = outcome
        return SimpleNamespace(path=Path(path), pages=pages,
                               markdown_path=Path(markdown) if markdown else None)

    def close(self) -> None:
        self._cancel.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def is_cancelled(exc: BaseException) -> bool:
    return getattr(exc, "code", "") == "report_cancelled"
