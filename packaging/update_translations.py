"""Refresh the Qt Linguist files and compile them.

    uv run python packaging/update_translations.py          # lupdate + lrelease
    uv run python packaging/update_translations.py --release  # lrelease only

English is the source language. ``resources/translations/smartcity_nb.ts`` holds Norwegian
Bokmål; translate it with Qt Linguist (``pyside6-linguist``) or a text editor, then run this
again to compile ``smartcity_nb.qm``, which the app loads at start-up.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb",)


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    """The Python files of the view layers and the Designer forms. The forms are read as .ui
    (lupdate does not read the compiled ui_*.py modules)."""
    package = ROOT / "smartcity_desktop"
    files = sorted(p for layer in ("qt", "app") for p in (package / layer).rglob("*.py")
                   if p.parent.name != "ui")
    files += sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"smartcity_{language}.ts"


def update() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", f"{language}_NO",
                        *sources(), "-ts", str(ts_file(language))], check=True, cwd=ROOT)


def release() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm",
                        str(ts_file(language).with_suffix(".qm"))], check=True, cwd=ROOT)


def main() -> int:
    if "--release" not in sys.argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
