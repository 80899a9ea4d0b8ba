"""The files the services write: the one atomic writer, as the services' public seam.

Every file a service (or the Qt layer) writes goes through :func:`atomic_write`,
:func:`atomic_path`, :func:`write_bytes_atomically` or :func:`write_text_atomically`: a
temporary file next to the target, synced and renamed into place when complete, removed on any
error; the result keeps the mode of the file it replaces, or gets rw-r--r--.

The implementation is :mod:`smartcity_desktop.storage.files` (``storage.locations`` writes the
``device_id`` file and cannot import from services); this module only re-exports it, so there is
exactly one writer.
"""

from __future__ import annotations

from ..storage.files import (
    FILE_MODE,
    FOLDER_MODE,
    AtomicPath,
    atomic_path,
    atomic_write,
    document_mode,
    write_bytes_atomically,
    write_text_atomically,
)

__all__ = [
    "FILE_MODE",
    "FOLDER_MODE",
    "AtomicPath",
    "atomic_path",
    "atomic_write",
    "document_mode",
    "write_bytes_atomically",
    "write_text_atomically",
]
