"""Compile the Qt Designer forms in ``forms/`` into ``smartcity_desktop/qt/ui/ui_*.py``.

Run after editing a form:  uv run python packaging/build_ui.py
A test checks that the compiled modules match the forms.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
TARGET = ROOT / "smartcity_desktop" / "qt" / "ui"


def uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_form(form: Path) -> str:
    """The Python source pyside6-uic makes of ``form`` (without the version banner)."""
    out = subprocess.run([uic(), str(form)], check=True, capture_output=True, text=True).stdout
    return strip_banner(out)


def strip_banner(source: str) -> str:
    # The banner names the uic version; it must not make the check depend on the Qt release.
    return "\n".join(line for line in source.splitlines()
                     if not line.startswith("## Created by: Qt User Interface Compiler"))


def target_for(form: Path) -> Path:
    return TARGET / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        target_for(form).write_text(compile_form(form) + "\n", encoding="utf-8")
        print(f"{form.relative_to(ROOT)} -> {target_for(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
