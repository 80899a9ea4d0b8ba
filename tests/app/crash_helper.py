"""Saves ideas in a loop until it is killed; used by test_crash_safety.py.

Usage: python crash_helper.py DB_PATH WORKSHOP_ID

Prints the id of every idea after ``add_idea`` has returned (the idea is committed then) and
flushes stdout, so every printed id must survive a SIGKILL at any moment.
"""

from __future__ import annotations

import sys

from smartcity_desktop.services.ideas import capture
from smartcity_desktop.storage.database import Database


def main(db_path: str, workshop_id: str) -> None:
    db = Database.open(db_path, device_id="crash-helper")
    n = 0
    while True:
        n += 1
        idea_id = capture.add_idea(db, workshop_id, capture.IdeaInput(
            text=f"Idea number {n}: benches, bike racks and bus shelters " + "æøå " * (n % 7),
            sdgs=(11,) if n % 2 else (11, 13)))
        print(idea_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
