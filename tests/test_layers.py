"""The layers point one way, nothing below the view layer needs Qt, the Qt layer does not
reach into the database, and its views and its dialogs do not import each other."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import smartcity_desktop

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(smartcity_desktop.__file__).resolve().parent
QT_MODULES = {"PySide6", "qtawesome", "shiboken6"}


def test_import_linter_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    command = [str(lint_imports)] if lint_imports.exists() else [
        sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())"]
    proc = subprocess.run([*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=os.environ.copy())
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "0 broken" in output
    for contract in ("Layers point one way", "No Qt below the view layer",
                     "Service packages form layers",
                     "The Qt layer talks to the services, not to the database",
                     "The views do not import each other",
                     "The dialogs and windows do not import each other"):
        assert contract in output, contract
    assert output.count(" KEPT") == 6


def qt_imports(source: str, filename: str = "<source>") -> list[str]:
    """The Qt modules that ``source`` imports, statically or by name (import_module)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and node.args and isinstance(
                    node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        found += [f"{filename}:{node.lineno}: {n}" for n in names
                  if n.split(".")[0] in QT_MODULES]
    return found


def below_view_files() -> list[Path]:
    files = []
    for layer in ("cli", "core", "storage", "services"):
        files += sorted((PACKAGE / layer).rglob("*.py"))
    return files


def test_the_scanner_spots_qt_imports():
    sample = ("import os\nimport PySide6.QtCore\nfrom qtawesome import icon\n"
              "from PySide6 import QtWidgets\nimport importlib\n"
              "importlib.import_module('PySide6.QtGui')\nx = 'PySide6 in a string is fine'\n"
              "from .qt import thing\n")
    assert [f.split(": ")[1] for f in qt_imports(sample)] == [
        "PySide6.QtCore", "qtawesome", "PySide6", "PySide6.QtGui"]


def test_no_qt_below_the_view_layer():
    files = below_view_files()
    names = {f.relative_to(PACKAGE).as_posix() for f in files}
    # the scan really covers the layers (not an empty glob)
    assert {"cli/__init__.py", "core/rules.py", "storage/database.py", "services/ideas/capture.py",
            "storage/migrations/env.py"} <= names
    offending = []
    for path in files:
        offending += qt_imports(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert offending == []


@pytest.mark.parametrize("module", ["smartcity_desktop.cli", "smartcity_desktop.services.demo"])
def test_importing_the_lower_layers_loads_no_qt(module):
    code = (f"import sys, {module}; "
            f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_MODULES)!r}); "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
