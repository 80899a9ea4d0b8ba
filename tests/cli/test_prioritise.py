"""``smartcity round``, ``votes import`` and ``results`` through the real entry point, in a
process of their own."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.storage.database import Database


def run_cli(db_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "smartcity_desktop.cli", "--db", str(db_path),
                           *args], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


def count(path, sql):
    with sqlite3.connect(path) as conn:
        value = conn.execute(sql).fetchone()[0]
    conn.close()
    return value


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "city.sqlite"
    db = Database.open(path, "cli-test")
    project = projects.create_project(db, "Byutvikling")
    w1 = projects.create_workshop(db, project.id, "W1", "Kveldsmøte")
    for gender in ["woman"] * 5 + ["man"] * 5:
        participants.register_participant(db, w1.id,
                                          ParticipantInput(answers={"gender": gender}))
    for text in ("Sykkelveier langs elva", "Benker ved bussen", "مواعيد الحافلات في المساء"):
        capture.add_idea(db, w1.id, IdeaInput(text=text))
    db.close()
    return path


def test_create_import_and_results(db_path, tmp_path):
    created = run_cli(db_path, "round", "create", "--workshop", "w1", "--method", "dots",
                      "--name", "Prikker", "--dots", "2")
    assert created.returncode == 0, created.stderr
    round_id = created.stdout.strip()
    assert count(db_path, f"SELECT dots_per_participant FROM priority_round "
                          f"WHERE id = '{round_id}'") == 2
    ballots = tmp_path / "dots.csv"
    # women (W1-001..005) put both dots on idea 3, men (W1-006..010) on idea 1; a wall tally
    lines = ["participant;idea;dots"] + [f"W1-{k:03d};3;2" for k in range(1, 6)] + \
        [f"W1-{k:03d};1;2" for k in range(6, 11)] + [";2;4"]
    ballots.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = run_cli(db_path, "votes", "import", "--round", round_id[:8], str(ballots))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 11 row(s)" in imported.stdout
    assert count(db_path, "SELECT sum(dots) FROM dot_vote WHERE deleted = 0") == 24

    result = run_cli(db_path, "results", "--round", round_id, "--by", "gender", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["participants"] == 10 and payload["notes"] == ["tallies_have_no_voters"]
    ranked = [(i["number"], i["rank"], i["tied"], i["score"]) for i in payload["ideas"]]
    assert ranked == [(1, 1, True, 10), (3, 1, True, 10), (2, 3, False, 4)]
    assert payload["ideas"][1]["text"] == "مواعيد الحافلات في المساء"
    groups = {g["category"]: g for g in payload["groups"]}
    assert groups["woman"]["participants"] == 5 and not groups["woman"]["suppressed"]
    assert groups["woman"]["ideas"][0]["number"] == 3
    # idea 3 is the women's first and tied first overall: no shift
    assert groups["woman"]["ideas"][0]["rank_shift"] == 0

    text = run_cli(db_path, "results", "--round", round_id, "--weighted")
    assert text.returncode == 0, text.stderr
    assert "Prikker (dots): 10 voter(s), weighted" in text.stdout
    assert "مواعيد الحافلات في المساء" in text.stdout


def test_a_file_with_bad_rows_imports_nothing(db_path, tmp_path):
    round_id = run_cli(db_path, "round", "create", "-w", "W1", "-m", "ranking").stdout.strip()
    bad = tmp_path / "ranks.csv"
    bad.write_text("ballot,idea,rank\n1,1,1\n1,2,2\n2,1,1\n2,9,2\n3,2,1\n3,3,3\n",
                   encoding="utf-8")
    proc = run_cli(db_path, "votes", "import", "--round", round_id, str(bad))
    assert proc.returncode == 1
    assert "Row 5: W1 has no idea number 9" in proc.stderr
    assert "Row 6: Ballot '3': the ranks must be 1 to 2" in proc.stderr
    assert "Nothing imported" in proc.stderr
    assert count(db_path, "SELECT count(*) FROM ranking_entry") == 0
    wrong_columns = tmp_path / "cols.csv"
    wrong_columns.write_text("ballot,idea,place,colour\n1,1,1,red\n", encoding="utf-8")
    proc = run_cli(db_path, "votes", "import", "--round", round_id, str(wrong_columns))
    assert proc.returncode == 2
    assert "Unknown column 'colour'" in proc.stderr


def test_bad_method_round_and_listing(db_path):
    proc = run_cli(db_path, "round", "create", "--workshop", "W1", "--method", "lottery")
    assert proc.returncode != 0
    assert count(db_path, "SELECT count(*) FROM priority_round") == 0
    proc = run_cli(db_path, "results", "--round", "0000")
    assert proc.returncode == 2 and "No round" in proc.stderr
    first = run_cli(db_path, "round", "create", "-w", "W1", "-m", "pairwise").stdout.strip()
    second = run_cli(db_path, "round", "create", "-w", "W1", "-m", "criteria").stdout.strip()
    listed = json.loads(run_cli(db_path, "round", "list", "-w", "W1", "--json").stdout)
    assert [(r["id"], r["method"]) for r in listed] == [(first, "pairwise"),
                                                        (second, "criteria")]
    compared = run_cli(db_path, "results", "-r", first, "--compare", second, "--json")
    assert compared.returncode == 0, compared.stderr
    tau = json.loads(compared.stdout)["comparison"]["kendall_tau_b"]
    assert tau == [{"a": first, "b": second, "tau_b": None}]  # no votes: undefined
    closed = run_cli(db_path, "round", "close", first)
    assert closed.returncode == 0
    assert count(db_path, f"SELECT closed FROM priority_round WHERE id = '{first}'") == 1
