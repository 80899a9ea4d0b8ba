"""The installation's identity file: made once, atomically, with the app's one writer."""

from __future__ import annotations

import os
import stat
import uuid

import pytest

from smartcity_desktop.storage import files, locations


def test_device_id_is_made_once_and_kept(_isolated_data_dir):
    first = locations.device_id()
    assert str(uuid.UUID(first)) == first
    assert locations.device_id() == first
    path = _isolated_data_dir / "device_id"
    assert path.read_text(encoding="ascii") == first
    assert sorted(p.name for p in _isolated_data_dir.iterdir()) == ["device_id"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_damaged_device_id_is_replaced(_isolated_data_dir):
    path = _isolated_data_dir / "device_id"
    path.write_text("not a uuid", encoding="ascii")
    value = locations.device_id()
    assert value != "not a uuid" and path.read_text(encoding="ascii") == value
    assert sorted(p.name for p in _isolated_data_dir.iterdir()) == ["device_id"]


def test_a_failed_write_leaves_no_device_id_and_no_temporary(_isolated_data_dir, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        locations.device_id()
    assert list(_isolated_data_dir.iterdir()) == []
