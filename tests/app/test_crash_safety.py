"""An idea is safe once add_idea returns: kill the process mid-save and every reported idea
is still there, in a healthy database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database

HELPER = Path(__file__).with_name("crash_helper.py")
REPORTED = 150


def test_ideas_reported_as_saved_survive_a_kill(tmp_path):
    path = tmp_path / "crash.sqlite"
    db = Database.open(path, device_id="setup")
    project = projects.create_project(db, "Crash test")
    workshop = projects.create_workshop(db, project.id, "W1", "Kick-off")
    db.close()

    proc = subprocess.Popen([sys.executable, str(HELPER), str(path), workshop.id],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=os.environ.copy())
    reported: list[str] = []
    watchdog = threading.Timer(60, proc.kill)  # a hung helper fails the test, not the run
    watchdog.start()
    try:
        for line in proc.stdout:
            reported.append(line.strip())
            if len(reported) >= REPORTED:
                break
        assert proc.poll() is None, f"the helper stopped early: {proc.stderr.read()}"
        # while it is saving the next ones (Windows has no SIGKILL; kill() terminates hard)
        if hasattr(signal, "SIGKILL"):
            os.kill(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover
            proc.kill()
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    if hasattr(signal, "SIGKILL"):
        assert proc.returncode == -signal.SIGKILL
    assert len(reported) == REPORTED

    # The killed process left its write-ahead log behind; the app must recover from it.
    assert path.with_name(path.name + "-wal").exists()
    db = Database.open(path, device_id="after-crash")
    try:
        assert db.backup_path is None
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
            # raises if the full-text index disagrees with itself
            conn.exec_driver_sql("INSERT INTO idea_fts(idea_fts) VALUES('integrity-check')")
            stored = set(conn.exec_driver_sql("SELECT id FROM idea WHERE deleted = 0").scalars())
            missing = [i for i in reported if i not in stored]
            assert not missing, f"{len(missing)} ideas reported as saved are gone"
            indexed = conn.exec_driver_sql(
                "SELECT count(*) FROM idea_fts WHERE idea_fts MATCH 'benches'").scalar()
            assert indexed == len(stored) >= REPORTED
            linked = conn.exec_driver_sql(
                "SELECT count(DISTINCT idea_id) FROM idea_sdg WHERE deleted = 0").scalar()
            assert linked == len(stored)  # no idea was saved without its links
        assert capture.get_idea(db, reported[-1]).data.text.startswith(f"Idea number {REPORTED}:")
        # and the app carries on
        new_id = capture.add_idea(db, workshop.id, capture.IdeaInput(text="After the crash"))
        assert capture.count_ideas(db, workshop.id) == len(stored) + 1
        assert capture.idea_rowids(db, capture.IdeaQuery(text="crash")) == [
            capture.rowid_of(db, new_id)]
    finally:
        db.close()

    conn = sqlite3.connect(path)  # and a plain sqlite3 agrees after the app closed it
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM idea").fetchone()[0] == len(stored) + 1
    finally:
        conn.close()
