"""Where the shipped resources (fonts, icons, demo data, reference data, translations) are.

In a source checkout or an editable install they are the top-level ``resources/`` folder; a
frozen build (PyInstaller) or a wheel places them under ``sys._MEIPASS`` or
``<prefix>/share/smartcity-desktop/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = [Path(__file__).resolve().parents[2] / "resources"]
    if hasattr(sys, "_MEIPASS"):
        candidates.insert(0, Path(sys._MEIPASS) / "resources")
    candidates.append(Path(sys.prefix) / "share" / "smartcity-desktop" / "resources")
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError("The application's resources folder is missing; reinstall the app.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
