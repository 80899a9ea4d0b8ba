"""Keeping Python's garbage collector from stalling the GUI while a worker imports packages."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# --------------------------------------------------------------------------- garbage collector
# A bulk import (or a big export) builds some hundred thousand objects in the worker. Every
# so often Python's cyclic garbage collector then runs a full collection, which walks EVERY
# tracked object of the process (Qt wrappers, SQLAlchemy, the app's modules …) while holding
# the GIL: 100-130 ms in which the GUI thread cannot run (bench/bench_import_ui.py; the target
# is no stall over 100 ms). While a worker runs, the objects that existed before it started
# are frozen (``gc.freeze``: moved to a generation the collector skips), so a collection only
# walks what was made since: under 15 ms. They are unfrozen afterwards, so nothing is kept
# longer than it would be anyway. Nested and concurrent workers count; when something else
# has frozen objects already (say the app after start-up), that is left exactly as it is.
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_ours = False


@contextmanager
def older_objects_frozen() -> Iterator[None]:
    global _gc_depth, _gc_ours
    with _gc_lock:
        if _gc_depth == 0:
            # Unfreeze afterwards only what was not frozen before (the app freezes what exists
            # after its first paint); freezing again adds the objects made since then.
            _gc_ours = gc.get_freeze_count() == 0
            gc.freeze()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_ours:
                _gc_ours = False
                gc.unfreeze()
