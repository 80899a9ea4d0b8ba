"""services/runtime.py: the garbage-collector guards undo exactly what they did, nested and
from several threads; the prioritisation results run with the collector paused."""

from __future__ import annotations

import gc
import threading

import pytest

from smartcity_desktop.services import runtime
from smartcity_desktop.services.runtime import collector_paused, older_objects_frozen


@pytest.fixture
def collector_on():
    gc.enable()
    gc.unfreeze()
    yield
    gc.enable()  # whatever a failing test left
    gc.unfreeze()


def test_a_pause_switches_the_collector_off_and_on_again(collector_on):
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_that_was_off_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_pause_ends_when_the_block_raises(collector_on):
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("no round")
    assert gc.isenabled()


def test_as_a_decorator_every_call_pauses(collector_on):
    seen = []

    @collector_paused()
    def compute(n):
        seen.append(gc.isenabled())
        return n * 2

    assert compute(2) == 4 and compute(3) == 6
    assert seen == [False, False] and gc.isenabled()
    assert compute.__name__ == "compute"


def test_pauses_in_two_threads_end_with_the_last_one(collector_on):
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert inside.wait(10)
        with collector_paused():
            pass
        assert not gc.isenabled()  # the other thread's pause still runs
    finally:
        leave.set()
        thread.join(10)
    assert gc.isenabled()


def test_pausing_and_freezing_do_not_undo_each_other(collector_on):
    with older_objects_frozen():
        with collector_paused():
            assert gc.get_freeze_count() > 0 and not gc.isenabled()
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    assert runtime._collector.freezes == runtime._collector.pauses == 0


def test_round_results_run_with_the_collector_paused(collector_on, db, monkeypatch):
    """The prioritisation results (200 ms budget) pause the collector through the guard."""
    from smartcity_desktop.services.prioritise import results

    seen = []

    def load(*args, **kwargs):
        seen.append(gc.isenabled())
        raise LookupError("stop here")

    monkeypatch.setattr(results, "load_round", load)
    for call in (lambda: results.round_result(db, "r1"), lambda: results.next_pair(db, "r1")):
        with pytest.raises(LookupError):
            call()
    assert seen == [False, False] and gc.isenabled()
