"""qt/tasks.py: a task's progress, result, error and cancel reach the GUI thread; a dialog
with CloseCancelsWork shows progress, cancels, and closes only once its task has ended; the
garbage-collector guard freezes, unfreezes and nests."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout

from smartcity_desktop.qt import tasks
from smartcity_desktop.qt.tasks import Cancelled, CloseCancelsWork, Task, older_objects_frozen

WAIT = 10000


class Outcomes:
    """Every signal of a task, in order, with the thread each arrived in."""

    def __init__(self, task: Task) -> None:
        self.events: list[tuple] = []
        self.threads: set[bool] = set()
        task.progress.connect(lambda *args: self._add("progress", *args))
        task.finished.connect(lambda result: self._add("finished", result))
        task.failed.connect(lambda exc: self._add("failed", exc))
        task.cancelled.connect(lambda: self._add("cancelled"))

    def _add(self, *event) -> None:
        self.threads.add(threading.current_thread() is threading.main_thread())
        self.events.append(event)

    def ends(self) -> list[tuple]:
        return [e for e in self.events if e[0] != "progress"]

    def ended(self) -> bool:
        return bool(self.ends())


class WorkDialog(CloseCancelsWork, QDialog):
    """The smallest dialog with a task: a progress bar, a phase label and Cancel."""

    def __init__(self, work) -> None:
        super().__init__()
        self.bar, self.phase, self.cancel_button = QProgressBar(), QLabel(), QPushButton("Cancel")
        layout = QVBoxLayout(self)
        for widget in (self.bar, self.phase, self.cancel_button):
            layout.addWidget(widget)
        self.value = self.error = None
        self.stopped = False
        self._task = Task(work)
        self._task.progress.connect(self._on_progress)
        self._task.finished.connect(self._on_finished)
        self._task.failed.connect(self._on_failed)
        self._task.cancelled.connect(self._on_cancelled)
        self.cancel_button.clicked.connect(self._cancel_work)

    def start(self) -> None:
        self._task.start()

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.phase.setText(phase)

    def _on_finished(self, result) -> None:
        self.value = result
        self._done()

    def _on_failed(self, exc) -> None:
        self.error = exc
        self._done()

    def _on_cancelled(self) -> None:
        self.stopped = True
        self._done()

    def _done(self) -> None:
        self._task = None
        if self._close_when_done:
            super().reject()

    def _is_working(self) -> bool:
        return self._task is not None

    def _cancel_work(self) -> None:
        self._task.cancel()


def held_work(reached: threading.Event, release: threading.Event, seen: list):
    """Reports 3 of 10 in phase "Counting", waits to be released, then goes on and stops
    (raising Cancelled) as soon as progress answers False."""

    def work(progress):
        for i in range(10):
            answer = progress(i, 10, "Counting")
            seen.append(answer)
            if not answer:
                raise Cancelled()
            if i == 3:
                reached.set()
                assert release.wait(WAIT)
        return "all counted"

    return work


def test_progress_reaches_the_dialog_and_the_result_comes_in_the_gui_thread(qtbot):
    reached, release, seen = threading.Event(), threading.Event(), []
    dialog = WorkDialog(held_work(reached, release, seen))
    qtbot.addWidget(dialog)
    dialog.start()
    assert reached.wait(WAIT)
    qtbot.waitUntil(lambda: dialog.bar.value() == 3, timeout=WAIT)
    assert dialog.bar.maximum() == 10 and dialog.phase.text() == "Counting"
    assert dialog.value is None  # still running
    release.set()
    qtbot.waitUntil(lambda: dialog.value is not None, timeout=WAIT)
    assert dialog.value == "all counted" and dialog.error is None and not dialog.stopped
    assert all(seen)


def test_cancel_stops_the_running_task_and_delivers_no_result(qtbot):
    reached, release, seen = threading.Event(), threading.Event(), []
    dialog = WorkDialog(held_work(reached, release, seen))
    qtbot.addWidget(dialog)
    task = dialog._task
    outcomes = Outcomes(task)
    dialog.start()
    assert reached.wait(WAIT)
    dialog.cancel_button.click()
    assert task.is_cancelled()
    release.set()
    qtbot.waitUntil(lambda: dialog.stopped, timeout=WAIT)
    assert seen == [True, True, True, True, False]  # the function saw the flag at once
    assert dialog.value is None and dialog.error is None
    qtbot.wait(50)
    assert outcomes.ends() == [("cancelled",)]  # no finished, no failed, exactly one end


def test_closing_while_busy_cancels_and_closes_once_the_task_has_ended(qtbot):
    reached, release, seen = threading.Event(), threading.Event(), []
    dialog = WorkDialog(held_work(reached, release, seen))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert reached.wait(WAIT)
    dialog.reject()  # Esc or Close
    assert dialog.isVisible()  # not before the worker has reported back
    assert dialog._task.is_cancelled()
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert dialog.stopped and dialog.result() == QDialog.DialogCode.Rejected


def test_an_exception_in_the_function_arrives_as_failed_with_that_exception(qtbot):
    problem = ValueError("row 7 is broken")

    def work(progress):
        progress(1, 2)
        raise problem

    task = Task(work)
    outcomes = Outcomes(task)
    with qtbot.waitSignal(task.failed, timeout=WAIT) as blocker:
        task.start()
    assert blocker.args[0] is problem
    qtbot.wait(50)
    assert outcomes.ends() == [("failed", problem)]
    assert outcomes.threads == {True}  # every signal was handled in the GUI thread


def test_a_function_that_returns_after_a_cancel_still_delivers_its_result(qtbot):
    """Only the function knows whether it saved something before it stopped (an import
    that was already committed, cards resolved so far): what it returns is delivered."""
    started, release = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        assert release.wait(WAIT)
        return "saved 5" if not progress(5, 10) else "saved all"

    task = Task(work)
    outcomes = Outcomes(task)
    task.start()
    assert started.wait(WAIT)
    task.cancel()
    release.set()
    qtbot.waitUntil(outcomes.ended, timeout=WAIT)
    assert outcomes.ends() == [("finished", "saved 5")]


def test_a_started_task_delivers_its_outcome_though_nobody_holds_it(qtbot):
    results = []

    def start() -> None:
        task = Task(lambda progress: 42)
        task.finished.connect(results.append)
        task.start()  # the only reference goes with this frame

    start()
    tasks.wait_for_tasks(WAIT)
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT)
    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)  # then let go


def test_progress_is_throttled_but_keeps_phase_changes_and_the_last_report(qtbot):
    total = 10_000

    def work(progress):
        for i in range(total + 1):
            progress(i, total, "Reading")
        progress(0, 3, "Drawing")
        return None

    task = Task(work)
    outcomes = Outcomes(task)
    task.start()
    qtbot.waitUntil(outcomes.ended, timeout=WAIT)
    reports = [e[1:] for e in outcomes.events if e[0] == "progress"]
    assert len(reports) <= tasks.MAX_PROGRESS_SIGNALS + 3
    assert (total, total, "Reading") in reports
    assert reports[-1] == (0, 3, "Drawing")
    assert [r[0] for r in reports if r[2] == "Reading"] == \
        sorted(r[0] for r in reports if r[2] == "Reading")


def test_a_task_runs_in_the_pool_it_is_given(qtbot):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    names = []
    task = Task(lambda progress: names.append(threading.current_thread().name) or "done")
    with qtbot.waitSignal(task.finished, timeout=WAIT):
        task.start(pool)
    assert tasks.wait_for_tasks(WAIT, pool)
    assert names and names[0] != threading.main_thread().name


# --------------------------------------------------------------------------- gc guard
@pytest.fixture
def no_freeze():
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    yield
    gc.unfreeze()  # whatever a failing test left


def test_the_guard_freezes_the_objects_that_exist_and_unfreezes_after(no_freeze):
    with older_objects_frozen():
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # the test process's objects
        made = [[n] for n in range(500)]  # new objects are not frozen
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == 0
    assert len(made) == 500


def test_the_guard_nests_and_the_outermost_block_unfreezes(no_freeze):
    with older_objects_frozen():
        outer = gc.get_freeze_count()
        with older_objects_frozen():
            assert gc.get_freeze_count() == outer  # an inner block freezes nothing more
        assert gc.get_freeze_count() == outer  # the outer block still runs
    assert gc.get_freeze_count() == 0


def test_the_guard_unfreezes_when_the_block_raises(no_freeze):
    with pytest.raises(RuntimeError), older_objects_frozen():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("disk on fire")
    assert gc.get_freeze_count() == 0


def test_the_guard_leaves_a_freeze_made_elsewhere_alone(no_freeze):
    gc.freeze()  # the app after its first paint
    before = gc.get_freeze_count()
    with older_objects_frozen():
        pass
    assert gc.get_freeze_count() >= before > 0


def test_blocks_in_two_threads_unfreeze_when_the_last_one_ends(no_freeze):
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with older_objects_frozen():
            inside.set()
            leave.wait(WAIT)

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert inside.wait(WAIT)
        with older_objects_frozen():
            pass
        assert gc.get_freeze_count() > 0  # the other thread's block still runs
    finally:
        leave.set()
        thread.join(WAIT)
    assert gc.get_freeze_count() == 0


def test_a_task_function_runs_with_older_objects_frozen(qtbot, no_freeze):
    def work(progress):
        with older_objects_frozen():
            return gc.get_freeze_count()

    task = Task(work)
    with qtbot.waitSignal(task.finished, timeout=WAIT) as blocker:
        task.start()
    assert blocker.args[0] > 1000
    assert gc.get_freeze_count() == 0


def test_signals_do_not_take_references_of_true_away(qtbot):
    """PySide6 6.12.0's emit() returns True without a reference of its own: on Python 3.11
    every emit took one of True's references, and a long session (or this test file alone)
    ended with "Fatal Python error: bool_dealloc". A task gives them back."""
    def work(progress):
        for i in range(1000):
            progress(i, 1000, "Reading")
        return 1

    task = Task(work)
    before = sys.getrefcount(True)
    task.run()  # in this thread: nothing else changes True's count meanwhile
    assert sys.getrefcount(True) >= before
