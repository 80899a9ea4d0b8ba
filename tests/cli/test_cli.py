"""The ``smartcity`` command line."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartcity_desktop.cli import app
from smartcity_desktop.core.errors import NotOurFileError
from smartcity_desktop.storage.database import schema_head

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=True)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The real entry point (``main()``), in a process of its own."""
    return subprocess.run([sys.executable, "-m", "smartcity_desktop.cli", *args],
                          capture_output=True, text=True, timeout=60, env=os.environ.copy())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def info_json(path: Path) -> dict:
    result = invoke("--db", str(path), "info", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_init_creates_the_database(tmp_path):
    path = tmp_path / "sub" / "city.sqlite"
    result = invoke("--db", str(path), "init")
    assert result.exit_code == 0, result.output
    assert "Database ready" in result.stdout and str(path) in result.stdout
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_head()
    conn.close()


def test_init_uses_the_data_folder_by_default(_isolated_data_dir):
    result = invoke("init")
    assert result.exit_code == 0, result.output
    assert (_isolated_data_dir / "smartcity.sqlite").is_file()
    assert (_isolated_data_dir / "device_id").is_file()


def test_demo_then_info_json(tmp_path):
    path = tmp_path / "demo.sqlite"
    result = invoke("--db", str(path), "demo")
    assert result.exit_code == 0, result.output
    assert "Demo project created" in result.stdout

    payload = info_json(path)
    assert payload["database"] == str(path)
    [project] = payload["projects"]
    assert project["name"] and project["language"] in ("en", "nb")
    assert sorted(w["code"] for w in project["workshops"]) == ["W1", "W2", "W3"]
    assert all(w["title"] and w["status"] in ("planned", "running", "closed")
               for w in project["workshops"])
    counts = payload["counts"]
    assert counts["workshop"] == 3
    assert 55 <= counts["participant"] <= 65
    assert 190 <= counts["idea"] <= 210

    plain = invoke("--db", str(path), "info")
    assert plain.exit_code == 0
    assert f"{counts['idea']:>8}" in plain.stdout and "ideas" in plain.stdout


def test_demo_twice_adds_nothing_the_second_time(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert invoke("--db", str(path), "demo").exit_code == 0
    first = info_json(path)
    second_run = invoke("--db", str(path), "demo")
    assert second_run.exit_code == 0, second_run.output
    assert "nothing added" in second_run.stdout
    assert info_json(path)["counts"] == first["counts"]
    assert len(info_json(path)["projects"]) == 1


def test_info_on_an_empty_database(tmp_path):
    payload = info_json(tmp_path / "empty.sqlite")
    assert payload["projects"] == []
    assert set(payload["counts"].values()) == {0}


def test_version():
    from smartcity_desktop import __version__

    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == __version__


def test_a_file_that_is_not_a_database_is_refused_by_the_app_object(tmp_path):
    path = tmp_path / "shopping-list.txt"
    path.write_text("milk\nbread\n", encoding="utf-8")
    before = sha256(path)
    result = invoke("--db", str(path), "info", "--json")
    assert result.exit_code != 0
    assert isinstance(result.exception, NotOurFileError)
    assert sha256(path) == before


@pytest.mark.parametrize("command", [["init"], ["demo"], ["info", "--json"]])
def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path, command):
    path = tmp_path / "shopping-list.sqlite"
    path.write_text("milk\nbread\n", encoding="utf-8")
    before = sha256(path)
    proc = run_cli("--db", str(path), *command)
    assert proc.returncode != 0
    assert "Error:" in proc.stderr and "not a Smart City database" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shopping-list.sqlite"]


def test_a_newer_database_gives_a_clear_error_and_is_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    assert invoke("--db", str(path), "init").exit_code == 0
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = sha256(path)
    proc = run_cli("--db", str(path), "info")
    assert proc.returncode != 0
    assert "newer version" in proc.stderr and "Traceback" not in proc.stderr
    assert sha256(path) == before
