"""Time. Every stored timestamp is UTC. Changes are ordered by a hybrid logical clock (HLC)
so that sync can decide "last writer wins" deterministically even when laptop clocks drift."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, order=True)
class HLCStamp:
    """A point on the hybrid logical clock. Orders by wall time, then counter, then device."""

    millis: int
    counter: int
    device: str

    def encode(self) -> str:
        # Fixed width so that string order equals stamp order (usable in SQL ORDER BY).
        return f"{self.millis:015d}-{self.counter:06d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> HLCStamp:
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridLogicalClock:
    """Issues strictly increasing stamps for one device, and absorbs stamps seen from others."""

    def __init__(self, device: str, wall_millis=lambda: int(time.time() * 1000)) -> None:
        self._device = device
        self._wall = wall_millis
        self._last = HLCStamp(0, 0, device)
        self._lock = threading.Lock()

    def now(self) -> HLCStamp:
        with self._lock:
            wall = self._wall()
            if wall > self._last.millis:
                self._last = HLCStamp(wall, 0, self._device)
            else:
                self._last = HLCStamp(self._last.millis, self._last.counter + 1, self._device)
            return self._last

    def observe(self, remote: HLCStamp) -> None:
        """Move past a stamp received from another device, so later local edits win over it."""
        with self._lock:
            if (remote.millis, remote.counter) > (self._last.millis, self._last.counter):
                self._last = HLCStamp(remote.millis, remote.counter, self._device)
