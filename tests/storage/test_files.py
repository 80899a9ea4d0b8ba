"""The one atomic writer (storage.files, re-exported by services.files): permissions, what is
left behind when something fails, and the order of sync and rename."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from smartcity_desktop.services import files as service_files
from smartcity_desktop.storage import files
from smartcity_desktop.storage.files import (
    atomic_path,
    atomic_write,
    write_bytes_atomically,
    write_text_atomically,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def umask():
    """Set a umask for one test: ``umask(0o077)``."""
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def test_services_expose_the_storage_writer_not_a_second_one():
    for name in ("atomic_write", "atomic_path", "AtomicPath", "write_bytes_atomically",
                 "write_text_atomically", "document_mode"):
        assert getattr(service_files, name) is getattr(files, name), name


# --------------------------------------------------------------------------- permissions
@posix_only
@pytest.mark.parametrize("mask", [0o077, 0o022, 0o002])
def test_a_new_file_is_an_ordinary_document_whatever_the_umask(tmp_path, umask, mask):
    umask(mask)
    write_bytes_atomically(tmp_path / "a.bin", b"a")
    write_text_atomically(tmp_path / "b.txt", "b")
    with atomic_path(tmp_path / "c.pdf") as tmp:
        assert mode(tmp) == 0o600  # mkstemp's private temporary ...
        tmp.write_bytes(b"%PDF")
    with atomic_path(tmp_path / "folder", folder=True) as tmp:
        (tmp / "inside.txt").write_text("x")
    assert {name: mode(tmp_path / name) for name in ("a.bin", "b.txt", "c.pdf")} == \
        dict.fromkeys(("a.bin", "b.txt", "c.pdf"), 0o644)  # ... is not what is published
    assert mode(tmp_path / "folder") == 0o755


@posix_only
@pytest.mark.parametrize("old_mode", [0o600, 0o640, 0o664, 0o444])
def test_replacing_a_file_keeps_its_mode(tmp_path, umask, old_mode):
    umask(0o022)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(old_mode)
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == old_mode
    with atomic_write(target, "w") as fh:
        fh.write("newer")
    assert target.read_text() == "newer" and mode(target) == old_mode


@posix_only
def test_replacing_an_empty_folder_keeps_its_mode(tmp_path):
    target = tmp_path / "open-data"
    target.mkdir()
    target.chmod(0o750)
    with atomic_path(target, folder=True) as tmp:
        (tmp / "datapackage.json").write_text("{}")
    assert names(target) == ["datapackage.json"] and mode(target) == 0o750
    assert names(tmp_path) == ["open-data"]


@posix_only
def test_permissions_force_a_mode_for_private_files(tmp_path):
    key = tmp_path / "device-key.json"
    key.write_text("old")
    key.chmod(0o644)
    write_bytes_atomically(key, b"{}", permissions=0o600)
    assert mode(key) == 0o600
    write_text_atomically(tmp_path / "new-key.json", "{}", permissions=0o600)
    assert mode(tmp_path / "new-key.json") == 0o600


# --------------------------------------------------------------------------- failures
class Boom(Exception):
    pass


@pytest.mark.parametrize("error", [Boom, KeyboardInterrupt])
def test_an_exception_in_the_block_leaves_the_old_file_and_no_temporary(tmp_path, error):
    target = tmp_path / "ideas.xlsx"
    old = bytes(range(256)) * 4
    target.write_bytes(old)
    with pytest.raises(error), atomic_write(target) as fh:
        fh.write(b"half of the new file")
        raise error()
    with pytest.raises(error), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise error()
    assert target.read_bytes() == old
    assert names(tmp_path) == ["ideas.xlsx"]


def test_an_exception_leaves_no_new_file_either(tmp_path):
    with pytest.raises(Boom), atomic_write(tmp_path / "new.csv", "w") as fh:
        fh.write("a,b\n")
        raise Boom()
    with pytest.raises(Boom), atomic_path(tmp_path / "package", folder=True) as tmp:
        (tmp / "data.csv").write_text("x")
        raise Boom()
    assert names(tmp_path) == []


def test_a_folder_target_that_is_not_empty_is_not_replaced(tmp_path):
    target = tmp_path / "open-data"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(OSError), atomic_path(target, folder=True) as tmp:
        (tmp / "new.txt").write_text("new")
    assert names(target) == ["keep.txt"] and names(tmp_path) == ["open-data"]


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0,
                    reason="root may write in a read-only folder")
def test_a_read_only_folder_is_a_clear_error_and_leaves_nothing(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "old.txt").write_text("old")
    folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError) as caught:
            write_text_atomically(folder / "old.txt", "new")
        assert caught.value.filename == str(folder / "old.txt")
        assert names(folder) == ["old.txt"] and (folder / "old.txt").read_text() == "old"
    finally:
        folder.chmod(0o755)


def test_a_refused_temporary_names_the_target_and_keeps_errno(tmp_path, monkeypatch):
    """What a read-only folder gives (simulated: the tests may run as root). Callers map this
    error to their own message from its type and ``strerror``."""
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".x.abc123.part"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    for make in (lambda: atomic_write(tmp_path / "x.pdf"),
                 lambda: atomic_path(tmp_path / "x.pdf"),
                 lambda: atomic_path(tmp_path / "pkg", folder=True)):
        with pytest.raises(PermissionError) as caught:
            make()
        assert caught.value.errno == 13 and caught.value.strerror == "Permission denied"
        assert caught.value.filename in (str(tmp_path / "x.pdf"), str(tmp_path / "pkg"))
        assert "Permission denied" in str(caught.value) and ".part" not in str(caught.value)
    assert names(tmp_path) == []


def test_a_missing_folder_is_an_error_before_anything_is_written(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        write_bytes_atomically(tmp_path / "nope" / "x.bin", b"x")
    assert caught.value.filename == str(tmp_path / "nope" / "x.bin")
    assert names(tmp_path) == []


@pytest.mark.parametrize("broken", ["replace", "fsync", "chmod"])
def test_a_failing_sync_chmod_or_rename_removes_the_temporary(tmp_path, monkeypatch, broken):
    target = tmp_path / "forms.pdf"
    target.write_bytes(b"old forms")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, broken, fail)
    with pytest.raises(OSError, match="No space left"), atomic_write(target) as fh:
        fh.write(b"new forms")
    monkeypatch.undo()
    assert target.read_bytes() == b"old forms" and names(tmp_path) == ["forms.pdf"]


def test_the_file_is_synced_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        events.append(f"fsync {kind}")
        real_fsync(fd)

    def replace(src, dst):
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    write_bytes_atomically(tmp_path / "package.scpkg", b"data")
    expected = ["fsync file", "replace"] + (["fsync folder"] if os.name == "posix" else [])
    assert events == expected
    assert (tmp_path / "package.scpkg").read_bytes() == b"data"


# --------------------------------------------------------------------------- use
def test_text_is_utf8_and_newline_is_respected(tmp_path):
    write_text_atomically(tmp_path / "brief.md", "Ærøveien – مواعيد\n", newline="\n")
    assert (tmp_path / "brief.md").read_bytes() == "Ærøveien – مواعيد\n".encode()
    with atomic_write(tmp_path / "rows.csv", "w", newline="") as fh:
        fh.write("a\r\nb\r\n")
    assert (tmp_path / "rows.csv").read_bytes() == b"a\r\nb\r\n"
    write_text_atomically(tmp_path / "id", "abc", encoding="ascii")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomically(tmp_path / "id", "åbc", encoding="ascii")
    assert (tmp_path / "id").read_text() == "abc" and names(tmp_path) == [
        "brief.md", "id", "rows.csv"]


def test_only_new_files_are_written(tmp_path):
    for bad in ("a", "r+", "rb", "x"):
        with pytest.raises(ValueError, match="mode"):
            atomic_write(tmp_path / "x", bad)
    assert names(tmp_path) == []


def test_several_files_appear_together_on_commit(tmp_path):
    """export_csv's pattern: every temporary is written first, then all are renamed."""
    places = [atomic_path(tmp_path / f"{name}.csv") for name in ("ideas", "themes")]
    for place in places:
        place.path.write_text(place.target.stem)
    assert all(name.endswith(".part") for name in names(tmp_path))
    assert not (tmp_path / "ideas.csv").exists()
    assert [place.commit() for place in places] == [tmp_path / "ideas.csv",
                                                    tmp_path / "themes.csv"]
    for place in places:
        place.discard()  # after the commit: nothing happens
    assert names(tmp_path) == ["ideas.csv", "themes.csv"]
    assert (tmp_path / "themes.csv").read_text() == "themes"
    with pytest.raises(RuntimeError, match="already committed"):
        places[0].commit()


def test_discard_removes_the_temporaries(tmp_path):
    place, package = atomic_path(tmp_path / "a.md"), atomic_path(tmp_path / "p", folder=True)
    (package.path / "file.csv").write_text("x")
    place.discard()
    package.discard()
    place.discard()  # a second time: nothing happens
    assert names(tmp_path) == []


def test_a_long_file_name_still_gets_a_temporary(tmp_path):
    target = tmp_path / ("x" * 240 + ".pdf")  # near the 255-byte limit of most file systems
    with atomic_path(target) as tmp:
        assert len(tmp.name) < 100
        tmp.write_bytes(b"%PDF")
    assert target.read_bytes() == b"%PDF"


def test_the_temporary_is_hidden_next_to_the_target(tmp_path):
    with atomic_write(tmp_path / "report.pdf") as fh:
        temp = Path(fh.name)
        assert temp.parent == tmp_path
        assert temp.name.startswith(".report.pdf.") and temp.name.endswith(".part")
    assert not temp.exists()


def test_document_mode_is_the_replaced_files_or_the_default(tmp_path):
    assert files.document_mode(tmp_path / "missing") == 0o644
    assert files.document_mode(tmp_path / "missing", 0o755) == 0o755
    if os.name == "posix":
        (tmp_path / "f").write_text("")
        (tmp_path / "f").chmod(0o604)
        assert files.document_mode(tmp_path / "f") == 0o604
