"""``smartcity export csv|xlsx|decidim`` through the real entry point, in a process of its own."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys

import openpyxl
import pytest

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage.database import Database

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


def run_cli(db_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "smartcity_desktop.cli", "--db", str(db_path),
                           *args], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


@pytest.fixture
def city(tmp_path):
    path = tmp_path / "city.sqlite"
    db = Database.open(path, "cli-test")
    project = projects.create_project(db, "Byutvikling", language="nb")
    w1 = projects.create_workshop(db, project.id, "W1", "Kveldsmøte")
    people = [participants.register_participant(db, w1.id, ParticipantInput(
        answers={"gender": "woman"}, consent_contact=True,
        contact=ContactInput("Åse", "ase@example.no")))]
    people += [participants.register_participant(db, w1.id, ParticipantInput()) for _ in range(2)]
    ids = [capture.add_idea(db, w1.id, IdeaInput(text=t)) for t in
           ("Sykkelveier langs elva på Ærø", ARABIC, ETHIOPIC)]
    lifecycle.change_status(db, ids[2], IdeaStatus.ACCEPTED, "Godt forslag", dt.date(2026, 5, 1))
    rnd = prioritise_rounds.create_round(db, w1.id, "dots", dots_per_participant=2)
    prioritise_votes.add_dot_ballot(db, rnd.id, people[0].id, [ids[1], ids[1]])
    prioritise_votes.add_dot_ballot(db, rnd.id, people[1].id, [ids[0]])
    db.close()
    return dict(path=path, ids=ids, round_id=rnd.id)


def test_export_csv_and_xlsx(city, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    done = run_cli(city["path"], "export", "csv", "--out", str(folder))
    assert done.returncode == 0, done.stderr
    with open(folder / "ideas.csv", encoding="utf-8", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    assert texts == ["Sykkelveier langs elva på Ærø", ARABIC, ETHIOPIC]
    assert not (folder / "contacts.csv").exists()
    assert "ase@example.no" not in "".join(p.read_text("utf-8") for p in folder.glob("*.csv"))

    target = tmp_path / "city.xlsx"
    done = run_cli(city["path"], "export", "xlsx", "--out", str(target), "--workshop", "w1",
                   "--contacts", "--no-demographics")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    wb = openpyxl.load_workbook(target)
    assert list(wb["contacts"].iter_rows(min_row=2, values_only=True)) == [
        ("W1-001", "Åse", "ase@example.no", None)]
    assert [c.value for c in wb["participants"][1]] == [
        "code", "workshop", "consent_processing", "consent_contact"]


def test_export_decidim_by_status_and_top(city, tmp_path):
    target = tmp_path / "accepted.csv"
    done = run_cli(city["path"], "export", "decidim", "--out", str(target), "--status",
                   "accepted")
    assert done.returncode == 0, done.stderr
    assert "1 proposals" in done.stdout
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline=""), delimiter=";"))
    assert rows == [{"title/nb": ETHIOPIC, "title/en": ETHIOPIC, "body/nb": ETHIOPIC,
                     "body/en": ETHIOPIC}]

    target = tmp_path / "top.json"
    done = run_cli(city["path"], "export", "decidim", "--out", str(target), "--round",
                   city["round_id"][:8], "--top", "1", "--scope-id", "3")
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text("utf-8")) == [
        {"title": {"nb": ARABIC, "en": ARABIC}, "body": {"nb": ARABIC, "en": ARABIC},
         "scope": {"id": 3}}]


def test_export_errors_are_clear_and_write_nothing(city, tmp_path):
    missing = tmp_path / "missing" / "x.xlsx"
    done = run_cli(city["path"], "export", "xlsx", "--out", str(missing))
    assert done.returncode == 2
    assert "does not exist" in done.stderr and "Traceback" not in done.stderr
    assert not missing.parent.exists()
    done = run_cli(city["path"], "export", "decidim", "--out", str(tmp_path / "d.csv"),
                   "--status", "approved")
    assert done.returncode == 2 and "approved" in done.stderr
    done = run_cli(city["path"], "export", "decidim", "--out", str(tmp_path / "d.csv"),
                   "--status", "implemented")
    assert done.returncode == 2 and "No idea" in done.stderr
    done = run_cli(city["path"], "export", "csv", "--out", str(tmp_path), "--workshop", "W9")
    assert done.returncode == 2 and "W9" in done.stderr
    assert not (tmp_path / "d.csv").exists() and not (tmp_path / "ideas.csv").exists()


def test_open_data_package_from_the_cli(tmp_path):
    import json
    import subprocess
    import sys

    db_path = tmp_path / "demo.sqlite"
    env = {**__import__("os").environ, "SMARTCITY_DATA_DIR": str(tmp_path / "data")}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "smartcity_desktop.cli", "--db", str(db_path), *args],
        capture_output=True, text=True, env=env, timeout=120)
    assert run("demo").returncode == 0
    done = run("export", "open-data", "--out", str(tmp_path / "pkg"), "--licence", "CC0-1.0")
    assert done.returncode == 0, done.stderr
    package = json.loads((tmp_path / "pkg" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC0-1.0"
    assert "W1-001" not in (tmp_path / "pkg" / "ideas.csv").read_text(encoding="utf-8")
    refused = run("export", "open-data", "--out", str(tmp_path / "pkg2"), "--licence", "nope")
    assert refused.returncode != 0 and "nope" in refused.stderr + refused.stdout
    assert not (tmp_path / "pkg2").exists()
