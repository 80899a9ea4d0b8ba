"""``smartcity forms``: the paper forms of a workshop as a PDF, from the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pypdf
from typer.testing import CliRunner

from smartcity_desktop.cli import app
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database

runner = CliRunner()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "smartcity_desktop.cli", *args],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


def make_db(path, language="en"):
    db = Database.open(path, device_id="cli-test")
    project = projects.create_project(db, "Grønn by", language)
    projects.create_workshop(db, project.id, "W1", "Kick-off", venue="Biblioteket på Åsen")
    db.close()


def test_forms_writes_the_pdf(tmp_path):
    db_path = tmp_path / "city.sqlite"
    make_db(db_path)
    out = tmp_path / "forms.pdf"
    result = runner.invoke(app, ["--db", str(db_path), "forms", "--workshop", "w1",
                                 "--out", str(out), "--cards", "3"])
    assert result.exit_code == 0, result.output
    assert "Wrote 3 page(s) for workshop W1" in result.stdout and str(out) in result.stdout
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "Registration" in first and "W1" in first and "Biblioteket på Åsen" in first


def test_forms_with_codes_and_norwegian(tmp_path):
    db_path = tmp_path / "city.sqlite"
    make_db(db_path, "nb")
    out = tmp_path / "skjema.pdf"
    result = runner.invoke(app, ["--db", str(db_path), "forms", "-w", "W1", "-o", str(out),
                                 "--cards", "0", "--codes", "W1-001, W1-002"])
    assert result.exit_code == 0, result.output
    texts = [p.extract_text() for p in pypdf.PdfReader(str(out)).pages]
    assert len(texts) == 2
    assert "W1-001" in texts[0] and "W1-002" in texts[1]
    assert all("Registrering" in t and "Deltakerkode" in t for t in texts)


def test_unknown_workshop_fails_clearly(tmp_path):
    db_path = tmp_path / "city.sqlite"
    make_db(db_path)
    out = tmp_path / "forms.pdf"
    result = run_cli("--db", str(db_path), "forms", "--workshop", "W9", "--out", str(out))
    assert result.returncode == 2
    assert "No workshop with code 'W9'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_bad_output_folder_fails_clearly(tmp_path):
    db_path = tmp_path / "city.sqlite"
    make_db(db_path)
    result = run_cli("--db", str(db_path), "forms", "--workshop", "W1",
                     "--out", str(tmp_path / "missing" / "forms.pdf"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_bad_codes_and_counts_are_refused(tmp_path):
    db_path = tmp_path / "city.sqlite"
    make_db(db_path)
    out = tmp_path / "f.pdf"
    result = runner.invoke(app, ["--db", str(db_path), "forms", "--workshop", "W1",
                                 "--out", str(out), "--codes", "W2-001"])
    assert isinstance(result.exception, ValidationError)
    assert "not a code of workshop W1" in result.exception.message
    result = runner.invoke(app, ["--db", str(db_path), "forms", "--workshop", "W1",
                                 "--out", str(out), "--cards", "-3"])
    assert result.exit_code == 2 and "--cards" in result.output
    assert not out.exists()
