"""Keeping Python's cyclic garbage collector from stalling the user interface.

Every so often the collector runs a full collection: it walks every tracked object of the
process (Qt wrappers, SQLAlchemy, the app's modules … some 150,000 objects once the window is
up) while holding the GIL, so for 20-130 ms no other thread runs, the GUI thread included.
Work that makes many objects triggers such collections. Two guards keep them short, with one
record of what they did to the collector (``_collector``, under one lock), so that nested
and concurrent uses (any thread) undo exactly what the outermost one did:

- :func:`older_objects_frozen` for long work in a worker thread (a bulk import of packages):
  the objects that exist when it starts are frozen (``gc.freeze``: moved to a generation the
  collector skips), so a full collection only walks what was made since (under 15 ms instead
  of 100-130 ms, bench/bench_import_ui.py). Young collections still run, so the work's own
  garbage is still collected as it goes. Unfrozen at the end, unless something else had
  frozen objects before (the app freezes what exists after its first paint): that freeze is
  left as it is (Python cannot unfreeze part of it), and the objects made since then stay
  frozen with it.
- :func:`collector_paused` for short, allocation-heavy computations (a round's results,
  200 ms budget): the collector is switched off and back on (when it was on), which undoes
  exactly. Not for long work: reference cycles pile up while it is off. And not freezing
  there: called on every vote, each freeze on top of the app's would keep whatever cycles
  exist at that moment for good.

Both work as context managers and as decorators (``@collector_paused()``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Collector:
    """What the guards did to the garbage collector; one instance, read and changed under
    ``lock`` only."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.freezes = 0  # older_objects_frozen blocks running now
        self.unfreeze = False  # the outermost one froze from nothing: unfreeze at the end
        self.pauses = 0  # collector_paused blocks running now
        self.enable = False  # the collector was on when the outermost pause began


_collector = _Collector()


@contextmanager
def older_objects_frozen() -> Iterator[None]:
    """Freeze the objects that exist now for the duration of the block (see the module)."""
    state = _collector
    with state.lock:
        if state.freezes == 0:
            # Unfreeze afterwards only if nothing was frozen before; freezing again when
            # something was adds the objects made since then to it.
            state.unfreeze = gc.get_freeze_count() == 0
            gc.freeze()
        state.freezes += 1
    try:
        yield
    finally:
        with state.lock:
            state.freezes -= 1
            if state.freezes == 0 and state.unfreeze:
                state.unfreeze = False
                gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Switch the collector off for the duration of the block (see the module); reference
    counting still frees everything that is not in a cycle at once."""
    state = _collector
    with state.lock:
        if state.pauses == 0:
            state.enable = gc.isenabled()
            gc.disable()
        state.pauses += 1
    try:
        yield
    finally:
        with state.lock:
            state.pauses -= 1
            if state.pauses == 0 and state.enable:
                state.enable = False
                gc.enable()
