"""The compiled form modules must match the Designer files they come from."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("build_ui", ROOT / "packaging" / "build_ui.py")
build_ui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_ui)

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms():
    assert {f.stem for f in FORMS} >= {"idea_dialog", "project_dialog", "workshop_dialog",
                                       "export_dialog", "export_package_dialog",
                                       "import_packages_dialog"}


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.stem)
def test_compiled_form_is_up_to_date(form):
    compiled = build_ui.target_for(form)
    assert compiled.exists(), f"run packaging/build_ui.py: {compiled.name} is missing"
    assert build_ui.strip_banner(compiled.read_text(encoding="utf-8")).strip() == \
        build_ui.compile_form(form).strip(), f"run packaging/build_ui.py: {compiled.name} is stale"
