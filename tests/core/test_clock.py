"""The hybrid logical clock orders every change, even when laptop clocks drift."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smartcity_desktop.core.clock import HLCStamp, HybridLogicalClock, utcnow


class FakeWall:
    def __init__(self, values):
        self.values = list(values)
        self.last = self.values[0]

    def __call__(self):
        if self.values:
            self.last = self.values.pop(0)
        return self.last


def test_stamps_increase_when_the_wall_clock_goes_backwards():
    clock = HybridLogicalClock("dev", FakeWall([1000, 2000, 1500, 1500, 900, 2000, 2001]))
    stamps = [clock.now() for _ in range(7)]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    assert [s.millis for s in stamps] == [1000, 2000, 2000, 2000, 2000, 2000, 2001]
    assert [s.counter for s in stamps] == [0, 0, 1, 2, 3, 4, 0]
    assert all(s.device == "dev" for s in stamps)


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=60))
def test_stamps_strictly_increase_for_any_wall_clock(walls):
    clock = HybridLogicalClock("dev", FakeWall(walls))
    stamps = [clock.now() for _ in walls]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    encoded = [s.encode() for s in stamps]
    assert encoded == sorted(encoded) and len(set(encoded)) == len(encoded)


def test_observe_moves_past_a_remote_stamp_from_the_future():
    clock = HybridLogicalClock("a", lambda: 1000)
    remote = HLCStamp(5000, 7, "b")
    clock.observe(remote)
    after = clock.now()
    assert after > remote
    assert (after.millis, after.counter) == (5000, 8)
    assert after.device == "a"


def test_observe_of_an_older_stamp_changes_nothing():
    clock = HybridLogicalClock("a", FakeWall([1000, 1000]))
    first = clock.now()
    clock.observe(HLCStamp(10, 99, "b"))
    assert clock.now() == HLCStamp(1000, first.counter + 1, "a")


@given(st.integers(min_value=0, max_value=10**13), st.integers(min_value=0, max_value=10**13),
       st.integers(min_value=0, max_value=1000), st.text(min_size=1, max_size=8))
def test_next_local_stamp_is_later_than_any_observed_remote(wall, remote_millis, counter, dev):
    clock = HybridLogicalClock("local", lambda: wall)
    remote = HLCStamp(remote_millis, counter, dev)
    clock.observe(remote)
    stamp = clock.now()
    assert (stamp.millis, stamp.counter) > (remote.millis, remote.counter)
    assert stamp.encode() > remote.encode()


stamps = st.builds(HLCStamp, st.integers(min_value=0, max_value=10**15 - 1),
                   st.integers(min_value=0, max_value=999_999),
                   st.text(min_size=1, max_size=40))


@given(stamps)
def test_encode_decode_round_trip(stamp):
    assert HLCStamp.decode(stamp.encode()) == stamp


@given(stamps, stamps)
def test_string_order_equals_stamp_order(a, b):
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())


def test_device_ids_with_dashes_round_trip():
    stamp = HLCStamp(1_700_000_000_000, 3, "3f2a-11-bc")
    assert HLCStamp.decode(stamp.encode()) == stamp


def test_utcnow_is_timezone_aware_utc():
    now = utcnow()
    assert now.tzinfo is not None and now.utcoffset().total_seconds() == 0
