"""``smartcity reference load|show`` and ``smartcity representativeness``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from smartcity_desktop.cli import app
from smartcity_desktop.services.workshop import (
    participants,
    projects,
    reference_file,
    reference_profile,
)
from smartcity_desktop.services.workshop import representativeness as rep
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.storage.database import Database

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "smartcity_desktop.cli", *args],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


@pytest.fixture
def setup(tmp_path):
    """A project with one workshop: 6 women (5 aged 20-44, 1 aged 45-66), 2 men (one 45-66,
    one who says nothing about age), 1 aged 20-44 who prefers not to say their gender, and 1
    who answered nothing."""
    path = tmp_path / "city.sqlite"
    db = Database.open(path, "cli-test")
    project = projects.create_project(db, "Byutvikling Ås")
    workshop = projects.create_workshop(db, project.id, "W1", "Kveldsmøte")

    def add(n, **answers):
        for _ in range(n):
            participants.register_participant(db, workshop.id, ParticipantInput(answers=answers))

    add(5, age="20-44", gender="woman")
    add(1, age="45-66", gender="woman")
    add(1, age="45-66", gender="man")
    add(1, gender="man")
    add(1, age="20-44", gender="prefer_not_to_say")
    add(1)
    db.close()
    return path, project.id


def test_reference_load_and_show(setup):
    path, project_id = setup
    result = invoke("--db", str(path), "reference", "load", "--project", project_id,
                    str(reference_file.sample_reference_file()))
    assert result.exit_code == 0, result.output
    assert "Loaded 7 reference figure(s) for Age, Gender into Byutvikling Ås." in result.stdout
    assert "Statistics Norway (SSB)" in result.stdout and "2014" in result.stdout
    db = Database.open(path, "check")
    assert set(reference_profile.reference_profile(db, project_id)) == {"age", "gender"}
    db.close()
    # By name too; and a second load says what it replaced.
    again = invoke("--db", str(path), "reference", "load", "-p", "byutvikling ås",
                   str(reference_file.sample_reference_file()))
    assert "replacing the previous 7" in again.stdout
    shown = invoke("--db", str(path), "reference", "show", "-p", project_id)
    assert "20–44" in shown.stdout and "34.2%" in shown.stdout and "ssb.no" in shown.stdout


def test_reference_load_with_bad_rows_loads_nothing(setup, tmp_path):
    path, project_id = setup
    bad = tmp_path / "bad.csv"
    bad.write_text("dimension,category,count\nage,0-15,12\nkjønn,kvinne,3\ngender,man,-1\n",
                   encoding="utf-8")
    result = runner.invoke(app, ["--db", str(path), "reference", "load", "--project",
                                 project_id, str(bad)])
    assert result.exit_code == 1
    assert "Line 2: category:" in result.stdout and "“0-15”" in result.stdout
    assert "Line 3: dimension:" in result.stdout and "kjønn" in result.stdout
    assert "Line 4: count:" in result.stdout
    assert "Nothing loaded: 3 problem(s)" in result.stderr
    db = Database.open(path, "check")
    assert reference_profile.reference_profile(db, project_id) == {}
    db.close()


def test_dry_run(setup):
    path, project_id = setup
    result = invoke("--db", str(path), "reference", "load", "--project", project_id,
                    "--dry-run", str(reference_file.sample_reference_file()))
    assert "Dry run: 7 figure(s)" in result.stdout
    db = Database.open(path, "check")
    assert reference_profile.reference_profile(db, project_id) == {}
    db.close()


def test_unusable_file_and_unknown_project_exit_2(setup, tmp_path):
    path, project_id = setup
    bad = tmp_path / "sheet.csv"
    bad.write_bytes(b"PK\x03\x04\x00\x00binary")
    proc = run_cli("--db", str(path), "reference", "load", "--project", project_id, str(bad))
    assert proc.returncode == 2 and "sheet.csv is not a text (CSV) file" in proc.stderr
    proc = run_cli("--db", str(path), "reference", "load", "--project", "nope",
                   str(reference_file.sample_reference_file()))
    assert proc.returncode == 2 and "No project with id or name 'nope'" in proc.stderr


def load_fifty_fifty(path, project_id, tmp_path):
    ref = tmp_path / "ref.csv"
    ref.write_text("dimension,category,share\ngender,woman,50%\ngender,man,50%\n"
                   "age,20-44,0.5\nage,45-66,0.5\n", encoding="utf-8")
    assert invoke("--db", str(path), "reference", "load", "-p", project_id,
                  str(ref)).exit_code == 0


def test_representativeness_json(setup, tmp_path):
    path, project_id = setup
    load_fifty_fifty(path, project_id, tmp_path)
    result = invoke("--db", str(path), "representativeness", "--workshop", "w1", "--json")
    data = json.loads(result.stdout)
    assert data["project"] == {"id": project_id, "name": "Byutvikling Ås"}
    assert data["workshop"]["code"] == "W1" and data["participants"] == 10
    dims = {d["key"]: d for d in data["dimensions"]}
    gender = dims["gender"]
    # Compared: 6 women + 2 men = 8 -> women 0.75 (ratio 1.5), men 0.25 (ratio 0.5).
    cats = {c["key"]: c for c in gender["categories"]}
    assert cats["woman"]["participants"] == 6
    assert cats["woman"]["participant_share"] == pytest.approx(0.75)
    assert cats["woman"]["ratio"] == pytest.approx(1.5)
    assert cats["man"]["participants"] is None and cats["man"]["small_group"]  # 2 < 5
    assert cats["man"]["ratio"] == pytest.approx(0.5) and cats["man"]["under_represented"]
    assert gender["r_score"] == pytest.approx(1 / 3)
    assert gender["prefer_not_to_say"] is None and gender["not_answered"] is None  # 1 each
    assert gender["compared"] == 8 and gender["has_reference"]
    assert "prefer_not_to_say" not in cats
    assert not dims["stakeholder"]["has_reference"] and dims["stakeholder"]["r_score"] is None
    w = data["weights"]
    assert w["n"] == 10 and w["cap"] == 5.0 and w["dimensions"] == ["age", "gender"]
    assert w["converged"] and w["capped"] == 0
    # The raking itself is checked by hand in tests/core and tests/services; here the
    # command must report what the service computes, and the weights must be uneven.
    db = Database.open(path, "check")
    weights = rep.participant_weights(db, project_id, projects.find_workshop(db, "W1").id)
    db.close()
    assert w["effective_n"] == pytest.approx(weights.effective_n, abs=1e-6)
    assert 5 < w["effective_n"] < 10
    assert data["under_represented_below"] == 0.8 and data["small_groups_hidden_below"] == 5
    exact = json.loads(invoke("--db", str(path), "representativeness", "-w", "W1", "--json",
                              "--exact-counts").stdout)
    exact_gender = {d["key"]: d for d in exact["dimensions"]}["gender"]
    assert {c["key"]: c["participants"] for c in exact_gender["categories"]}["man"] == 2
    assert exact_gender["prefer_not_to_say"] == 1 and exact["small_groups_hidden_below"] is None


def test_representativeness_text_and_cap(setup, tmp_path):
    path, project_id = setup
    load_fifty_fifty(path, project_id, tmp_path)
    result = invoke("--db", str(path), "representativeness", "--project", project_id,
                    "--cap", "1.5")
    out = result.stdout
    assert "Byutvikling Ås: 10 participant(s)" in out
    assert "Gender  (R-score 0.33)" in out
    assert "under-represented" in out and "<5" in out
    assert "capped at 1.5:" in out
    assert "Groups of fewer than 5 people are shown as <5." in out
    data = json.loads(invoke("--db", str(path), "representativeness", "--project", project_id,
                             "--cap", "1.5", "--json").stdout)
    # Uncapped, the two men weigh 11/7 · 63/47 ≈ 2.1 each: the cap of 1.5 binds.
    assert data["weights"]["capped"] > 0
    assert data["workshop"] is None


def test_representativeness_needs_exactly_one_scope(setup):
    path, _ = setup
    proc = run_cli("--db", str(path), "representativeness")
    assert proc.returncode == 2 and "--workshop CODE or --project ID" in proc.stderr
    proc = run_cli("--db", str(path), "representativeness", "--workshop", "W9", "--json")
    assert proc.returncode == 2 and "No workshop with code 'W9'" in proc.stderr


def test_without_a_profile(setup):
    path, _ = setup
    result = invoke("--db", str(path), "representativeness", "--workshop", "W1")
    assert "No reference profile" in result.stdout
    data = json.loads(invoke("--db", str(path), "representativeness", "--workshop", "W1",
                             "--json").stdout)
    assert data["weights"]["notes"] == ["no_reference"] and data["weights"]["effective_n"] == 10
