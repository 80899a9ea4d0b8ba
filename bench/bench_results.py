#!/usr/bin/env python
"""Timing of the prioritisation results on a big workshop (measured here, not in tests).

    .venv/bin/python bench/bench_results.py [--runs 5] [--rebuild]

Builds (once, cached in bench/out/results-g<generator>-s<schema>.sqlite) a workshop of 500
participants (with gender, age and stakeholder answers) and 2,000 ideas, and four rounds:

* dots: 500 ballots of 5 dots, plus 40 wall tallies split by dot colour (stakeholder groups)
* criteria: every idea scored 1-5 on the 4 default criteria by one of 50 table groups, plus
  800 idea scores by participants (2,000 x 4 table-group scores + 3,200 participant scores)
* ranking: 500 ballots of 10 ideas
* pairwise: 5,000 comparisons by the participants, outcomes drawn from Bradley-Terry

All random choices come from ``random.Random(2030)``. The rows are bulk-inserted with sqlite3;
project, dimensions, criteria, workshop and rounds are made with the services. Then it times
(median of ``--runs`` runs; the Bradley-Terry fit cache is emptied before each run, except in
the lines marked "after round_result", which show the Results view's usual order):
``round_result`` of each method, ``round_result(weighted=True)`` when
``services.representativeness`` is present, ``results_by_group`` of each round for two
dimensions (gender, stakeholder) and ``compare_methods`` of the four rounds.
The target: every result of such a workshop in 200 ms or less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path.insert(0, str(ROOT))

from smartcity_desktop.core.clock import HLCStamp  # noqa: E402
from smartcity_desktop.core.enums import RoundMethod  # noqa: E402
from smartcity_desktop.services.prioritise import results as prioritise_results  # noqa: E402
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds  # noqa: E402
from smartcity_desktop.services.prioritise import scoring as prioritise_scoring  # noqa: E402
from smartcity_desktop.services.workshop import projects  # noqa: E402
from smartcity_desktop.storage.database import Database, schema_head  # noqa: E402

GENERATOR = 1
DEVICE = "bench-device"
PARTICIPANTS = 500
IDEAS = 2000
TABLE_GROUPS = 50
TARGET_MS = 200.0


def _stamp(k: int) -> tuple[str, str, str]:
    moment = dt.datetime(2026, 9, 8, 18, 0) + dt.timedelta(milliseconds=k)
    text = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    hlc = HLCStamp(int(moment.replace(tzinfo=dt.UTC).timestamp() * 1000), 0, DEVICE).encode()
    return text, text, hlc


class _Rows:
    """Bulk-insert helper: every synced row gets id, created/updated, device, hlc, deleted."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.k = 0

    def insert(self, table: str, rows: list[dict]) -> list[str]:
        if not rows:
            return []
        ids = []
        full = []
        for row in rows:
            self.k += 1
            created, updated, hlc = _stamp(self.k)
            rid = row.pop("id", None) or str(uuid.UUID(int=random.getrandbits(128), version=4))
            ids.append(rid)
            full.append({"id": rid, "created_at": created, "updated_at": updated,
                         "device_id": DEVICE, "hlc": hlc, "deleted": 0, **row})
        columns = list(full[0])
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
               f"({', '.join(':' + c for c in columns)})")
        self.conn.executemany(sql, full)
        return ids


def build(path: Path) -> dict[str, str]:
    """Create the database; returns the ids of the four rounds by method."""
    random.seed(2030)
    rng = random.Random(2030)
    if path.exists():
        path.unlink()
    db = Database.open(path, DEVICE)
    project = projects.create_project(db, "Bench city")
    workshop = projects.create_workshop(db, project.id, "W1", "Big evening")
    dims = {d.key: d for d in projects.list_dimensions(db, project.id)}
    criteria = projects.list_criteria(db, project.id)
    rounds = {m: prioritise_rounds.create_round(db, workshop.id, m, f"Bench {m.value}").id
              for m in RoundMethod}
    db.close()
    conn = sqlite3.connect(path)
    rows = _Rows(conn)
    people = rows.insert("participant", [
        {"workshop_id": workshop.id, "code": f"W1-{k:03d}", "consent_processing": 1,
         "consent_contact": 0} for k in range(1, PARTICIPANTS + 1)])
    answers = []
    shares = {"gender": [0.48, 0.47, 0.02, 0.01, 0.02],
              "age": [0.06, 0.40, 0.34, 0.14, 0.03, 0.03],
              "stakeholder": [0.70, 0.08, 0.03, 0.09, 0.04, 0.05, 0.01]}
    for pid in people:
        for key, weights in shares.items():
            if rng.random() < 0.05:
                continue  # not answered
            cat = rng.choices(dims[key].categories, weights=weights)[0]
            answers.append({"participant_id": pid, "dimension_id": dims[key].id,
                            "category_id": cat.id, "self_description": None})
    rows.insert("participant_answer", answers)
    ideas = rows.insert("idea", [
        {"workshop_id": workshop.id, "title": None, "text": f"Idea {k}: " + " ".join(
            rng.choice(["bike", "lane", "bench", "tree", "bus", "light", "park", "safe",
                        "sykkel", "benk", "trær", "lys"]) for _ in range(8)),
         "kind": "idea", "theme_id": None, "source": "paper", "author_participant_id": None,
         "author_table_group": None, "entered_by": "", "status": "new", "status_reason": "",
         "status_date": None} for k in range(IDEAS)])
    strength = {i: math.exp(rng.gauss(0, 1.2)) for i in ideas}
    popular = sorted(ideas, key=lambda i: -strength[i])

    def pick(k: int) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < k:
            # Zipf-like popularity: most dots go to a few hundred ideas.
            idea = popular[min(IDEAS - 1, int(rng.paretovariate(1.1)) - 1 + rng.randrange(40))]
            if idea not in chosen:
                chosen.append(idea)
        return chosen

    dot_rows = []
    for pid in people:
        for idea in pick(5):
            dot_rows.append({"round_id": rounds[RoundMethod.DOTS], "idea_id": idea, "dots": 1,
                             "participant_id": pid, "category_id": None})
    for cat in dims["stakeholder"].categories[:4]:
        for idea in pick(10):
            dot_rows.append({"round_id": rounds[RoundMethod.DOTS], "idea_id": idea,
                             "dots": rng.randint(1, 12), "participant_id": None,
                             "category_id": cat.id})
    rows.insert("dot_vote", dot_rows)
    score_rows = []
    for k, idea in enumerate(ideas):
        base = 1 + 4 / (1 + math.exp(-math.log(strength[idea])))
        for c in criteria:
            score_rows.append({"round_id": rounds[RoundMethod.CRITERIA], "idea_id": idea,
                               "criterion_id": c.id,
                               "score": max(1, min(5, round(base + rng.gauss(0, 0.8)))),
                               "participant_id": None, "table_group": f"T{k % TABLE_GROUPS + 1}"})
    for pid in people[:200]:
        for idea in rng.sample(ideas, 4):
            base = 1 + 4 / (1 + math.exp(-math.log(strength[idea])))
            for c in criteria:
                score_rows.append({"round_id": rounds[RoundMethod.CRITERIA], "idea_id": idea,
                                   "criterion_id": c.id,
                                   "score": max(1, min(5, round(base + rng.gauss(0, 1)))),
                                   "participant_id": pid, "table_group": None})
    rows.insert("criterion_score", score_rows)
    rank_rows = []
    for pid, code in zip(people, range(1, PARTICIPANTS + 1)):
        for position, idea in enumerate(pick(10), start=1):
            rank_rows.append({"round_id": rounds[RoundMethod.RANKING], "ballot": f"W1-{code:03d}",
                              "participant_id": pid, "idea_id": idea, "rank": position})
    rows.insert("ranking_entry", rank_rows)
    pair_rows = []
    for k in range(5000):
        a, b = rng.sample(ideas, 2)
        q = strength[a] / (strength[a] + strength[b])
        u = rng.random()
        outcome = "cant_decide" if u < 0.05 else ("a" if rng.random() < q else "b")
        pid = people[k % PARTICIPANTS]
        pair_rows.append({"round_id": rounds[RoundMethod.PAIRWISE], "idea_a_id": a,
                          "idea_b_id": b, "outcome": outcome, "session": f"s{k // 15}",
                          "participant_id": pid})
    rows.insert("pairwise_vote", pair_rows)
    conn.commit()
    conn.close()
    return {m.value: rid for m, rid in rounds.items()}


def _median_ms(fn, runs: int, reset) -> tuple[float, float, float]:
    """Median wall time, max wall time and median CPU time of this process (the CPU time is
    what the code costs when the machine is shared: other processes do not inflate it)."""
    times, cpu = [], []
    for _ in range(runs):
        reset()
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - start_cpu) * 1000)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"results-g{GENERATOR}-s{schema_head()}.sqlite"
    if args.rebuild or not path.exists():
        for old in OUT.glob("results-g*.sqlite*"):
            old.unlink()
        started = time.perf_counter()
        build(path)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    db = Database.open(path, DEVICE)
    workshop = projects.find_workshop(db, "W1")
    rounds = {RoundMethod(r.method): r.id for r in prioritise_rounds.list_rounds(db, workshop.id)}

    def reset() -> None:
        prioritise_scoring.clear_fits()  # no warm start from an earlier run

    try:
        import smartcity_desktop.services.workshop.representativeness  # noqa: F401
        has_weights = True
    except ImportError:
        has_weights = False
    lines: list[tuple[str, float, float]] = []
    for method, rid in rounds.items():
        lines.append((f"round_result {method.value}",
                      *_median_ms(lambda r=rid: prioritise_results.round_result(db, r), args.runs,
                                  reset)))
    if has_weights:
        for method, rid in rounds.items():
            lines.append((f"round_result {method.value} weighted",
                          *_median_ms(lambda r=rid: prioritise_results.round_result(
                                          db, r, weighted=True), args.runs, reset)))
    for dimension in ("gender", "stakeholder"):
        for method, rid in rounds.items():
            lines.append((f"results_by_group {method.value} by {dimension}",
                          *_median_ms(lambda r=rid, d=dimension:
                                      prioritise_results.results_by_group(db, r, d), args.runs,
                                      reset)))
    lines.append(("compare_methods (4 rounds)",
                  *_median_ms(lambda: prioritise_results.compare_methods(db, list(rounds.values())),
                              args.runs, reset)))
    # As the Results view uses them: the round's ranking first, then its groups and the
    # comparison, which reuse the round's Bradley-Terry fit (same votes: not fitted again).
    rid = rounds[RoundMethod.PAIRWISE]
    for dimension in ("gender", "stakeholder"):
        prioritise_results.round_result(db, rid)
        lines.append((f"results_by_group pairwise by {dimension}, after round_result",
                      *_median_ms(lambda d=dimension:
                                  prioritise_results.results_by_group(db, rid, d),
                                  args.runs, lambda: None)))
    lines.append(("compare_methods (4 rounds), after round_result",
                  *_median_ms(lambda: prioritise_results.compare_methods(db, list(rounds.values())),
                              args.runs, lambda: None)))
    prioritise_results.next_pair(db, rid, "bench")
    lines.append(("next_pair (warm fit)", *_median_ms(lambda: prioritise_results.next_pair(db, rid,
                                                                                    "bench"),
                                                       args.runs, lambda: None)))
    lines.append(("next_pair (cold fit)", *_median_ms(lambda: prioritise_results.next_pair(db, rid,
                                                                                    "bench"),
                                                       args.runs, reset)))
    db.close()
    width = max(len(name) for name, *_ in lines)
    print(f"{'measurement':{width}}  median ms    max ms   CPU ms  target {TARGET_MS:.0f} ms")
    for name, median, worst, cpu in lines:
        verdict = "met" if median <= TARGET_MS else "MISSED"
        print(f"{name:{width}}  {median:9.1f} {worst:9.1f} {cpu:8.1f}  {verdict}")
    print(f"load average during the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    if not has_weights:
        print("(services.representativeness is not there yet: weighted results not timed)")


if __name__ == "__main__":
    main()
