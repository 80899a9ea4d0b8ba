"""Saving a previewed report: a safe file name, an atomic copy, removing temp files."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def safe_file_name(name: str) -> str:
    """``name`` without the characters Windows, macOS or Linux refuse in a file name."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)
    return " ".join(cleaned.split()).strip(" .") or "report"


def write_copy_atomically(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temp file in the target's folder; on any error
    the temp file is removed and ``target`` is left as it was."""
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_files(*paths) -> None:
    for path in paths:
        if path is not None:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError:
                pass  # the temp folder goes with the dialog anyway
