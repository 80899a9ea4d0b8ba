"""``smartcity import-ideas`` through the real entry point, in a process of its own."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import openpyxl
import pytest

from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.storage.database import Database

BAD_ROWS_CSV = (
    "Tekst;Tema;Bærekraftsmål;Deltaker\n"
    "Flere sykkelstier;Mobilitet;11, 13;W1-001\n"      # row 2: good, new theme
    ";Tom;;\n"                                         # row 3: no text
    "Gatelys i parken;Trygghet;SDG 18;\n"              # row 4: no SDG 18
    "Benker ved bussen;;11;W2-001\n"                   # row 5: participant of W2
    "مواعيد الحافلات في المساء;;;\n"                     # row 6: good
)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "smartcity_desktop.cli", *args],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "city.sqlite"
    db = Database.open(path, "cli-test")
    project = projects.create_project(db, "Byutvikling")
    w1 = projects.create_workshop(db, project.id, "W1", "Kveldsmøte")
    w2 = projects.create_workshop(db, project.id, "W2", "Skolen")
    participants.register_participant(db, w1.id, ParticipantInput())
    participants.register_participant(db, w2.id, ParticipantInput())
    db.close()
    return path


def rows(path, sql):
    with sqlite3.connect(path) as conn:
        result = conn.execute(sql).fetchall()
    conn.close()
    return result


def idea_texts(path):
    return sorted(r[0] for r in rows(path, "SELECT text FROM idea WHERE deleted = 0"))


def test_bad_rows_file_imports_nothing_and_reports_each_row(db_path, tmp_path):
    source = tmp_path / "kveld.csv"
    source.write_text(BAD_ROWS_CSV, encoding="utf-8")
    proc = run_cli("--db", str(db_path), "import-ideas", "--workshop", "w1", str(source))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert "Row 3: text:" in out
    assert "Row 4: sdgs: There is no SDG 18" in out
    assert "Row 5: participant: Participant W2-001 belongs to workshop W2" in out
    assert "Row 2" not in out and "Row 6" not in out
    assert "Nothing imported: 3 row(s) have errors" in proc.stderr
    assert idea_texts(db_path) == []
    assert rows(db_path, "SELECT count(*) FROM theme")[0][0] == 0


def test_skip_bad_rows_imports_the_good_ones(db_path, tmp_path):
    source = tmp_path / "kveld.csv"
    source.write_text(BAD_ROWS_CSV, encoding="utf-8")
    proc = run_cli("--db", str(db_path), "import-ideas", "--workshop", "W1", "--skip-bad-rows",
                   "--entered-by", "Kari", str(source))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Imported 2 idea(s) into W1, skipped 3 row(s) with errors, created 1 theme(s)." \
        in proc.stdout
    assert idea_texts(db_path) == sorted(["Flere sykkelstier", "مواعيد الحافلات في المساء"])
    assert rows(db_path, "SELECT name FROM theme") == [("Mobilitet",)]
    assert rows(db_path, "SELECT DISTINCT entered_by, source FROM idea") == [("Kari", "paper")]
    assert sorted(rows(db_path, "SELECT sdg_number FROM idea_sdg")) == [(11,), (13,)]


def test_map_sheet_and_dry_run(db_path, tmp_path):
    source = tmp_path / "ark.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Nothing here"])
    sheet = wb.create_sheet("Lapper")
    sheet.append(["Hva", "Gruppe"])
    sheet.append(["Sykkelparkering ved skolen", "Bord 1"])
    wb.save(source)
    args = ["--db", str(db_path), "import-ideas", "-w", "W1", "--sheet", "Lapper",
            "--map", "text=Hva", "--map", "table_group=Gruppe", str(source)]
    dry = run_cli(*args, "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "1 row(s) can be imported" in dry.stdout and idea_texts(db_path) == []
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert rows(db_path, "SELECT text, author_table_group FROM idea") == [
        ("Sykkelparkering ved skolen", "Bord 1")]


def test_unusable_file_and_unknown_workshop(db_path, tmp_path):
    noise = tmp_path / "noise.xlsx"
    noise.write_bytes(os.urandom(4000))
    proc = run_cli("--db", str(db_path), "import-ideas", "--workshop", "W1", str(noise))
    assert proc.returncode == 2
    assert "noise.xlsx is not an Excel workbook" in proc.stderr
    assert "Traceback" not in proc.stderr
    good = tmp_path / "ok.csv"
    good.write_text("Text\nA\n", encoding="utf-8")
    proc = run_cli("--db", str(db_path), "import-ideas", "--workshop", "W9", str(good))
    assert proc.returncode == 2 and "W9" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("--db", str(db_path), "import-ideas", "--workshop", "W1", "--map",
                   "colour=Text", str(good))
    assert proc.returncode == 2 and "field=Column" in proc.stderr
    assert idea_texts(db_path) == []
