"""The one way the app writes a file: atomically, through a temporary file in the same folder.

Every file the app writes (exports, reports, paper forms, sync packages, key files, the
installation's ``device_id``) goes through :class:`AtomicPath`:

1. a temporary file (or folder) is made next to the target, named ``.<name>.<random>.part``
   (the temporary is made when the writer is *created*, so an ``OSError`` at that point means
   "cannot write in this folder");
2. the caller writes to it;
3. on success it is flushed to disk (``fsync``), given its permissions, renamed over the target
   in one step and the folder is synced too; on any exception (including a cancel) the
   temporary is removed and an existing target is left byte for byte as it was.

Permissions: the finished file keeps the mode of the file it replaces; a new file gets
rw-r--r-- (0644; a new folder rwxr-xr-x), not the private 0600/0700 that ``mkstemp`` and
``mkdtemp`` give, whatever the umask. ``permissions=`` forces a mode (0600 for private keys).

This lives in ``storage`` because ``storage.locations`` writes the ``device_id`` file and may not
import from ``services``; ``services.files`` re-exports these names as the services' public seam
and has no second implementation.

Use:

* :func:`atomic_write` - a file object (``"wb"`` or ``"w"``) in a ``with`` block;
* :func:`write_bytes_atomically`, :func:`write_text_atomically` - the whole content at once;
* :func:`atomic_path` - a temporary *path* for code that writes to a file name itself
  (reportlab, openpyxl) or builds a folder (``folder=True``); also usable without ``with``
  through :meth:`AtomicPath.commit` and :meth:`AtomicPath.discard` when several files must
  appear together.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO

FILE_MODE = 0o644     # rw-r--r--: a new file is an ordinary document
FOLDER_MODE = 0o755   # rwxr-xr-x: a new folder (open-data package)
_NAME_IN_TEMP = 64    # characters of the target's name kept in the temporary name


def document_mode(target: Path, default: int = FILE_MODE) -> int:
    """The permissions a finished file (or folder) gets: those of the one it replaces, or
    ``default`` (rw-r--r--; a temporary file from ``mkstemp`` is private, 0600)."""
    try:
        return Path(target).stat().st_mode & 0o777
    except OSError:
        return default


class AtomicPath:
    """A temporary file (or, with ``folder=True``, folder) next to ``target`` that becomes
    ``target`` on :meth:`commit`. Used in a ``with`` block it yields the temporary path, commits
    when the block succeeds and discards on any exception.

    Creating it makes the temporary; an ``OSError`` from the constructor means the folder
    cannot be written (it is re-raised with the same type, errno and ``strerror``, naming
    ``target`` rather than the temporary). Nothing is left behind in that case."""

    def __init__(self, target: str | os.PathLike, *, permissions: int | None = None,
                 folder: bool = False) -> None:
        self.target = Path(target)
        self.folder = folder
        self._permissions = permissions
        self._finished = False
        parent = self.target.parent
        prefix = f".{self.target.name[:_NAME_IN_TEMP]}."
        try:
            if folder:
                self.path = Path(tempfile.mkdtemp(prefix=prefix, suffix=".part", dir=parent))
            else:
                fd, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=parent)
                os.close(fd)
                self.path = Path(name)
        except OSError as exc:
            if exc.errno is None:
                raise
            # named after the target, not the random temporary name
            raise OSError(exc.errno, exc.strerror, str(self.target)) from exc

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.commit()
        else:
            self.discard()
        return False

    def commit(self) -> Path:
        """Sync the temporary to disk, set its permissions and rename it over the target.
        If any step fails the temporary is removed and the error raised; the target is then
        as it was (a folder target: an empty folder it replaces may be gone)."""
        if self._finished:
            raise RuntimeError(f"{self.target}: this temporary was already committed or "
                               "discarded")
        try:
            if self.folder:
                _sync_tree(self.path)
            else:
                _sync_file(self.path)
            os.chmod(self.path, self._permissions if self._permissions is not None else
                     document_mode(self.target, FOLDER_MODE if self.folder else FILE_MODE))
            if self.folder and self.target.is_dir():
                self.target.rmdir()  # only if empty; Windows cannot rename onto a folder
            os.replace(self.path, self.target)
        except BaseException:
            self.discard()
            raise
        self._finished = True
        _sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        """Remove the temporary (nothing happens after a commit, or a second time)."""
        if self._finished:
            return
        self._finished = True
        if self.folder:
            shutil.rmtree(self.path, ignore_errors=True)
        else:
            self.path.unlink(missing_ok=True)


def atomic_path(target: str | os.PathLike, *, permissions: int | None = None,
                folder: bool = False) -> AtomicPath:
    """A temporary path next to ``target``, renamed to it when the ``with`` block succeeds::

        with atomic_path(out) as tmp:
            workbook.save(tmp)

    ``folder=True`` makes a temporary folder instead (it may replace an *empty* folder). See
    :class:`AtomicPath` for the errors and for use without ``with``."""
    return AtomicPath(target, permissions=permissions, folder=folder)


def atomic_write(target: str | os.PathLike, mode: str = "wb", *,
                 permissions: int | None = None, encoding: str | None = None,
                 newline: str | None = None) -> AbstractContextManager[IO]:
    """A context manager giving a file object opened with ``mode`` (``"wb"``, or ``"w"`` for
    text, UTF-8 unless ``encoding`` says otherwise) on a temporary file next to ``target``;
    when the block succeeds the file is closed, synced and renamed over ``target``::

        with atomic_write(path, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)

    The temporary is made by this call (an ``OSError`` here: the folder cannot be written),
    so use the result directly in a ``with`` statement."""
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_write writes a new file: mode must be 'w' or 'wb', not {mode!r}")
    if "b" not in mode and encoding is None:
        encoding = "utf-8"
    return _opened(AtomicPath(target, permissions=permissions), mode, encoding, newline)


@contextmanager
def _opened(place: AtomicPath, mode: str, encoding: str | None,
            newline: str | None) -> Iterator[IO]:
    with place as temp, open(temp, mode, encoding=encoding, newline=newline) as handle:
        yield handle


def write_bytes_atomically(target: str | os.PathLike, data: bytes, *,
                           permissions: int | None = None) -> Path:
    """Write ``data`` to ``target`` atomically (see :func:`atomic_write`)."""
    with atomic_write(target, "wb", permissions=permissions) as handle:
        handle.write(data)
    return Path(target)


def write_text_atomically(target: str | os.PathLike, text: str, *, encoding: str = "utf-8",
                          newline: str | None = None, permissions: int | None = None) -> Path:
    """Write ``text`` to ``target`` atomically (see :func:`atomic_write`)."""
    with atomic_write(target, "w", permissions=permissions, encoding=encoding,
                      newline=newline) as handle:
        handle.write(text)
    return Path(target)


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_tree(folder: Path) -> None:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            _sync_file(Path(root, name))
        _sync_folder(Path(root))


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Best effort: Windows cannot open a folder, and some
    file systems refuse to sync one; the file itself is already on disk."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
