#!/usr/bin/env python
"""Sync import figures for issue 6 (measured here, not in tests).

    .venv/bin/python bench/bench_sync.py [--ideas 1000] [--packages 1000] [--sample 50]
                                         [--repeats 5] [--pg-url URL] [--no-pg] [--json PATH]

1. Import throughput against raw ``sqlite3`` ``executemany`` of the same rows, in the same run
   (goal: at least 30 %). One facilitator package of ``--ideas`` ideas (with their SDG links,
   project, workshop, themes) is merged into a fresh SQLite office database:
   * ``merge``: ``sync_merge.apply_changes`` of the records (validation, last-writer-wins
     look-ups, conflict checks, sync_base, the import log; one transaction);
   * ``package``: ``sync_package_read.read_package`` (zip checks, hashes, signature, JSON Lines) and
     ``apply_package`` of the signed ``.scpkg`` file: what ``smartcity import-package`` does;
   * ``raw``: the same rows (as ``json_to_values`` makes them) written with
     ``sqlite3.executemany`` into an identical fresh database, one transaction, same PRAGMAs
     (WAL, synchronous=FULL) and the same FTS5 triggers. Nothing checked, nothing looked up:
     the floor.
   Throughput = raw time / import time (100 % = as fast as the floor). Median of ``--repeats``.
2. ``--packages`` packages of ``--ideas`` ideas each (every package from its own device and
   workshop, as 1,000 facilitators would send them) imported into PostgreSQL. A throwaway
   server is started (tests/pg.py) unless ``--pg-url`` names an empty database. Only
   ``--sample`` packages are imported; the total is extrapolated from the rate of the LAST
   tenth of the sample (the database is then largest, so the figure errs on the slow side)
   plus the measured per-package read/verify time. Pass ``--sample`` equal to ``--packages``
   for the full run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _setup_environment(tmp: Path) -> None:
    # Keys and the device id go to a temporary user data folder, never the real one.
    os.environ["SMARTCITY_DATA_DIR"] = str(tmp / "data")
    os.environ.pop("SMARTCITY_DB", None)


def build_device(path: Path, ideas: int):
    """A facilitator's database: one project, one workshop, ``ideas`` ideas with SDG links."""
    from smartcity_desktop.core.enums import IdeaKind, IdeaSource
    from smartcity_desktop.services.ideas import capture
    from smartcity_desktop.services.ideas.capture import IdeaInput
    from smartcity_desktop.services.workshop import projects
    from smartcity_desktop.storage.database import Database

    db = Database.open(path, "laptop-0001")
    project = projects.create_project(db, "Green mobility 2030")
    workshop = projects.create_workshop(db, project.id, "W1", "Kick-off")
    themes = [projects.add_theme(db, project.id, name).id
              for name in ("Mobility", "Green spaces", "Energy", "Safety")]
    words = ("buss kveld sykkel grønn benk lys trygg skole park vei blå elv torg "
             "bus evening bike bench light safe school park road river square café "
             "مواعيد الحافلات المساء Больше дорожек").split()
    inputs = []
    for k in range(ideas):
        text = " ".join(words[(k * 7 + j * 3) % len(words)] for j in range(18)) + f" #{k}"
        inputs.append(IdeaInput(text=text, kind=IdeaKind.IDEA if k % 3 else IdeaKind.NEED,
                                title=f"Idea {k}" if k % 5 == 0 else None,
                                theme_id=themes[k % 4] if k % 10 < 6 else None,
                                sdgs=((11,), (3, 11), (13,), ())[k % 4],
                                source=IdeaSource.STICKY))
    capture.add_ideas_in_one_transaction(db, workshop.id, inputs)
    return db


def _raw_value(value):
    """A value as SQLAlchemy stores it in SQLite (the raw floor writes the same bytes)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def raw_rows(tables: dict[str, list[dict]]) -> dict[str, tuple[list[str], list[tuple]]]:
    from smartcity_desktop.services.sync.codec import json_to_values

    out = {}
    for table, records in tables.items():
        if not records:
            continue
        values = [json_to_values(table, r) for r in records]
        columns = list(values[0])
        out[table] = (columns, [tuple(_raw_value(v[c]) for c in columns) for v in values])
    return out


def time_raw(template: Path, target: Path, rows) -> float:
    shutil.copy(template, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    conn.execute("BEGIN")
    for table, (columns, values) in rows.items():
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' * len(columns))})", values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def time_merge(template: Path, target: Path, package: dict) -> float:
    from smartcity_desktop.services.sync import merge as sync_merge
    from smartcity_desktop.storage.database import Database

    shutil.copy(template, target)
    db = Database.open(target, "office")
    try:
        started = time.perf_counter()
        sync_merge.apply_changes(db, **package)
        return time.perf_counter() - started
    finally:
        db.close()


def time_package(template: Path, target: Path, scpkg: Path) -> tuple[float, float]:
    """(read/verify seconds, total seconds) of importing the .scpkg file."""
    from smartcity_desktop.services.sync import package_import as sync_package_import
    from smartcity_desktop.services.sync import package_read as sync_package_read
    from smartcity_desktop.storage.database import Database

    shutil.copy(template, target)
    db = Database.open(target, "office")
    try:
        started = time.perf_counter()
        verified = sync_package_read.read_package(scpkg, db, trust_new=lambda fp, device: True)
        read = time.perf_counter() - started
        sync_package_import.apply_package(db, verified)
        return read, time.perf_counter() - started
    finally:
        db.close()


_PROJECT_LEVEL = ("project", "theme", "criterion", "strategy_goal", "demographic_dimension",
                  "demographic_category", "reference_category")


def variant(tables: dict[str, list[dict]], k: int) -> tuple[str, dict[str, list[dict]]]:
    """The same package as if sent by device ``k`` from its own workshop: fresh ids for the
    workshop and everything in it, its own device id and clock stamps; the project-level
    records (project, themes, criteria, questions) are shared, as in one city's project."""
    device = f"laptop-{k:04d}"
    own = {r["id"] for t, records in tables.items() if t not in _PROJECT_LEVEL
           for r in records}
    ids = {old: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{k}/{old}")) for old in own}
    out: dict[str, list[dict]] = {}
    for table, records in tables.items():
        rows = []
        for r in records:
            if table in _PROJECT_LEVEL:
                rows.append(r)
                continue
            r = {key: ids.get(value, value) if isinstance(value, str) else value
                 for key, value in r.items()}
            if table == "workshop":
                r["code"] = f"W{k + 1}"
            r["device_id"] = device
            r["hlc"] = r["hlc"].rsplit("-", 1)[0] + "-" + device
            r["_base"] = None
            rows.append(r)
        out[table] = rows
    return device, out


def pg_run(url: str | None, tables, hlc_from, hlc_to, sample: int, packages: int,
           read_seconds: float) -> dict:
    from smartcity_desktop.core.clock import utcnow
    from smartcity_desktop.services.sync import merge as sync_merge
    from smartcity_desktop.storage.database import Database

    server = None
    if url is None:
        from tests.pg import PgServer

        server = PgServer(durable=True).start()  # fsync on, default settings
        url = server.create_database("bench")
    try:
        db = Database.open(url, "office")
        times = []
        records = 0
        for k in range(sample):
            device, pkg = variant(tables, k)
            records += sum(len(v) for v in pkg.values())
            started = time.perf_counter()
            sync_merge.apply_changes(db, package_id=str(uuid.uuid4()), device_id=device,
                                     kind="full", created_at=utcnow(), hlc_from=hlc_from,
                                     hlc_to=hlc_to, tables=pkg)
            times.append(time.perf_counter() - started)
            if (k + 1) % 10 == 0:
                print(f"  PostgreSQL: {k + 1}/{sample} packages, last {times[-1]:.2f} s",
                      flush=True)
        with db.engine.connect() as conn:
            import sqlalchemy as sa

            ideas = conn.execute(sa.text("SELECT count(*) FROM idea")).scalar()
            size = conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar()
        db.close()
    finally:
        if server is not None:
            server.stop()
    tail = times[-max(1, sample // 10):]
    per_package = statistics.mean(tail)
    return {
        "sample_packages": sample, "sample_seconds": sum(times), "ideas_in_db": ideas,
        "records_per_package": records / sample, "first_package_s": times[0],
        "median_package_s": statistics.median(times), "last_tenth_mean_s": per_package,
        "read_verify_per_package_s": read_seconds, "db_size_mb": size / 1e6,
        "extrapolated_total_s": (sum(times) + read_seconds * packages if sample >= packages
                                 else (per_package + read_seconds) * packages),
        "extrapolated_packages": packages, "measured_in_full": sample >= packages,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument("--packages", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--pg-url")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="smartcity-bench-sync-"))
    _setup_environment(tmp)
    from nacl.signing import SigningKey

    from smartcity_desktop.core.clock import utcnow
    from smartcity_desktop.services.sync import collect as sync_collect
    from smartcity_desktop.services.sync import package_export as sync_package_export
    from smartcity_desktop.storage.database import Database

    figures: dict = {"load_start": os.getloadavg()[0], "cpus": os.cpu_count()}
    try:
        print(f"Building a device database with {args.ideas} ideas …", flush=True)
        device = build_device(tmp / "device.sqlite", args.ideas)
        changes = sync_collect.collect_changes(device)
        scpkg = tmp / "device.scpkg"
        sync_package_export.export_package(device, scpkg, signing_key=SigningKey.generate(),
                                           kind="full", encrypt_to=None)
        device.close()
        template = tmp / "empty.sqlite"
        Database.open(template, "office").close()
        for suffix in ("-wal", "-shm"):
            Path(f"{template}{suffix}").unlink(missing_ok=True)
        package = dict(package_id=str(uuid.uuid4()), device_id="laptop-0001", kind="full",
                       created_at=utcnow(), hlc_from=changes.hlc_from, hlc_to=changes.hlc_to,
                       tables=changes.tables)
        rows = raw_rows(changes.tables)
        records = sum(len(v[1]) for v in rows.values())
        print(f"Package: {records} records ({changes.counts}); {scpkg.stat().st_size} bytes",
              flush=True)
        raw, merge, full, read = [], [], [], []
        for r in range(args.repeats):
            raw.append(time_raw(template, tmp / f"raw-{r}.sqlite", rows))
            merge.append(time_merge(template, tmp / f"merge-{r}.sqlite", package))
            reading, total = time_package(template, tmp / f"pkg-{r}.sqlite", scpkg)
            read.append(reading)
            full.append(total)
        m_raw, m_merge, m_full = (statistics.median(x) for x in (raw, merge, full))
        figures["sqlite"] = {
            "records": records, "raw_s": m_raw, "merge_s": m_merge, "package_s": m_full,
            "read_verify_s": statistics.median(read),
            "merge_throughput_pct": 100 * m_raw / m_merge,
            "package_throughput_pct": 100 * m_raw / m_full,
            "raw_records_per_s": records / m_raw, "merge_records_per_s": records / m_merge,
            "package_records_per_s": records / m_full,
        }
        s = figures["sqlite"]
        print(f"\n1. SQLite import vs raw executemany ({records} records, median of "
              f"{args.repeats})")
        print(f"   raw executemany     {m_raw * 1000:8.1f} ms  {s['raw_records_per_s']:9.0f} rec/s")
        print(f"   apply_changes       {m_merge * 1000:8.1f} ms  {s['merge_records_per_s']:9.0f} "
              f"rec/s  throughput {s['merge_throughput_pct']:.1f} % of raw "
              f"({'met' if s['merge_throughput_pct'] >= 30 else 'MISSED'}, goal >= 30 %)")
        print(f"   read+apply .scpkg   {m_full * 1000:8.1f} ms  {s['package_records_per_s']:9.0f} "
              f"rec/s  throughput {s['package_throughput_pct']:.1f} % of raw "
              f"({'met' if s['package_throughput_pct'] >= 30 else 'MISSED'}); of which "
              f"read/verify {s['read_verify_s'] * 1000:.1f} ms")

        if not args.no_pg:
            print(f"\n2. {args.packages} packages of {args.ideas} ideas into PostgreSQL "
                  f"(importing {args.sample}) …", flush=True)
            sample = min(args.sample, args.packages)
            figures["postgresql"] = p = pg_run(args.pg_url, changes.tables, changes.hlc_from,
                                               changes.hlc_to, sample, args.packages,
                                               statistics.median(read))
            print(f"   {sample} packages imported in {p['sample_seconds']:.1f} s "
                  f"(first {p['first_package_s']:.2f} s, median {p['median_package_s']:.2f} s, "
                  f"last tenth {p['last_tenth_mean_s']:.2f} s per package; "
                  f"{p['ideas_in_db']} ideas, {p['db_size_mb']:.0f} MB)")
            if p["measured_in_full"]:
                how = (f"merging measured in full, plus {p['read_verify_per_package_s']:.2f} s "
                       "read/verify per package measured in part 1")
            else:
                how = (f"EXTRAPOLATED from the sample: (last-tenth merge time + "
                       f"{p['read_verify_per_package_s']:.2f} s read/verify) x {args.packages}")
            print(f"   {args.packages} packages: {p['extrapolated_total_s'] / 60:.1f} min ({how})")
        figures["load_end"] = os.getloadavg()[0]
        print(f"\nload average {figures['load_start']:.1f} -> {figures['load_end']:.1f} on "
              f"{figures['cpus']} CPUs")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
