"""Small helpers for the files the services write."""

from __future__ import annotations

from pathlib import Path


def document_mode(target: Path) -> int:
    """The permissions a finished document gets: those of the file it replaces, or rw-r--r--
    (a temporary file from ``mkstemp`` is private, 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
