"""Merge throughput: sync_merge.apply_changes of N idea records into an empty office database,
against raw sqlite3 executemany of the same rows into the same schema (FTS5 triggers included)
in the same run.

    .venv/bin/python bench/bench_sync_merge.py [N]   # default 100,000

Prints both times, rows per second and the ratio (apply / raw). apply_changes does more than
the raw insert: it validates every value, looks every id up, writes sync_base for every record
and logs the package; the goal is a ratio of about 3 or less.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import os
import pstats
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smartcity_desktop.core.clock import HybridLogicalClock  # noqa: E402
from smartcity_desktop.services.sync import collect as sync_collect
from smartcity_desktop.services.sync import merge as sync_merge
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database  # noqa: E402

WORDS = ("bike lane bus stop tree shade bench library square river path light safe school "
         "market green roof solar bus evening mørk blå sykkel").split()


def make_records(n: int, workshop_id: str, device: str) -> list[dict]:
    clock = HybridLogicalClock(device)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    out = []
    for i in range(n):
        words = " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(12))
        out.append({"id": str(uuid.uuid4()), "created_at": now, "updated_at": now,
                    "device_id": device, "hlc": clock.now().encode(), "deleted": False,
                    "workshop_id": workshop_id, "title": None, "text": f"{words} {i}",
                    "kind": "idea", "theme_id": None, "source": "paper",
                    "author_participant_id": None, "author_table_group": f"Table {i % 9}",
                    "entered_by": "Volunteer", "status": "new", "status_reason": "",
                    "status_date": None, "_base": None})
    return out


def fresh_office(folder: Path, name: str, parent_tables: dict) -> Database:
    db = Database.open(folder / f"{name}.sqlite", device_id="office")
    sync_merge.apply_changes(db, package_id=str(uuid.uuid4()), device_id="dev-a", kind="full",
                             created_at=dt.datetime.now(dt.UTC), hlc_from=None, hlc_to=None,
                             tables=parent_tables)
    return db


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    profile = "--profile" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = Database.open(folder / "a.sqlite", device_id="dev-a")
        p = projects.create_project(src, "Bench")
        w = projects.create_workshop(src, p.id, "W1", "Bench")
        parents = sync_collect.collect_changes(src).tables
        src.close()
        records = make_records(n, w.id, "dev-a")

        # raw: the same rows, values converted the way SQLAlchemy stores them
        raw_db = fresh_office(folder, "raw", parents)
        raw_db.close()
        cols = [c for c in records[0] if c != "_base"]
        t0 = time.perf_counter()
        rows = [tuple(r[c].replace("T", " ").rstrip("Z") if c in ("created_at", "updated_at")
                      else r[c] for c in cols) for r in records]
        conn = sqlite3.connect(folder / "raw.sqlite")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            conn.executemany(f"INSERT INTO idea ({', '.join(cols)}) VALUES "
                             f"({', '.join('?' * len(cols))})", rows)
        conn.close()
        raw = time.perf_counter() - t0

        office = fresh_office(folder, "office", parents)
        t0 = time.perf_counter()
        prof = cProfile.Profile() if profile else None
        if prof:
            prof.enable()
        report = sync_merge.apply_changes(
            office, package_id=str(uuid.uuid4()), device_id="dev-a", kind="incremental",
            created_at=dt.datetime.now(dt.UTC), hlc_from=None, hlc_to=None,
            tables={"idea": records})
        if prof:
            prof.disable()
        merged = time.perf_counter() - t0
        assert report.added == n, report
        # a second, different package with the same rows: every row looked up, none written
        t0 = time.perf_counter()
        again = sync_merge.apply_changes(
            office, package_id=str(uuid.uuid4()), device_id="dev-a", kind="full",
            created_at=dt.datetime.now(dt.UTC), hlc_from=None, hlc_to=None,
            tables={"idea": records})
        unchanged = time.perf_counter() - t0
        assert again.unchanged == n
        office.close()
        print(f"rows                         {n:>10,}")
        print(f"raw sqlite3 executemany      {raw:10.2f} s  {n / raw:>10,.0f} rows/s")
        print(f"apply_changes (all new)      {merged:10.2f} s  {n / merged:>10,.0f} rows/s")
        print(f"ratio apply / raw            {merged / raw:10.2f}x  "
              f"(throughput {100 * raw / merged:.0f}% of raw)")
        print(f"apply_changes (all unchanged){unchanged:10.2f} s  {n / unchanged:>10,.0f} rows/s")
        print(f"cpu count {os.cpu_count()}")
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
