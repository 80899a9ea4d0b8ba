#!/usr/bin/env python
"""Performance figures for the issue's targets (measured here, not in tests).

    .venv/bin/python bench/run.py [--quick] [--json PATH] [--profile] [--keep]

1. cold start to the first painted main window (10,000 ideas) vs a bare PySide6 window
2. saving one idea while 100,000 exist (service, GUI path, raw sqlite3 floor)
3. FTS5 search over 100,000 ideas (query, and query + first visible page)
4. peak memory (cold start; opening and scrolling the 100,000-idea table)

Prepared databases are cached under bench/out/ (gitignored). Every measurement that needs Qt or
a database runs in a fresh worker process (this file with ``--worker``), with
QT_QPA_PLATFORM=offscreen and its own SMARTCITY_DATA_DIR / XDG_CONFIG_HOME under bench/out/tmp,
so nothing outside bench/out/ is read or written. See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
GEN_VERSION = 1          # bump when the generated data changes (invalidates the cache)
DEVICE = "bench-device"
WORKSHOP_CODE = "W1"
VISIBLE_ROWS = 40        # "first visible page" of the ideas table

TARGET_START_RATIO = 1.5
TARGET_SAVE_MS = 5.0
TARGET_SEARCH_MS = 30.0
SEARCH_CAP_S = 2.0       # a search still running after this is aborted and reported as "> cap"
SEARCH_SLOW_S = 0.25     # a search slower than this is measured once, not `repeats` times
SEARCH_FLOOR_SQL = ("SELECT i.rowid FROM idea_fts f CROSS JOIN idea i ON i.rowid = f.rowid "
                    "WHERE idea_fts MATCH ? AND i.deleted = 0 AND i.workshop_id = ? "
                    "ORDER BY i.created_at DESC, i.rowid DESC")

# Typed searches: common and rare words, English and Norwegian, prefixes (the app always
# treats the last word as a prefix, so "s" is what a person has typed after one key),
# several words, a word with a diacritic and one that matches nothing.
SEARCHES = [
    "for", "the", "i", "og", "sykkelveier", "bike lanes", "trær", "benches", "ladestasjoner",
    "gatelys sentrum", "støyskjermer", "bærekraftig", "insekthotell", "ærfuglveien",
    "kvernhusbakken", "cafe", "s", "sy", "lade", "for å redusere", "zebrastripe",
]


# =========================================================================== data generation

EN = dict(
    need=["We need", "There is a lack of", "It is hard to find", "Residents miss", "Too few",
          "Please fix the", "Problem with", "Worried about the", "Difficult access to",
          "Nobody maintains the", "Not enough", "Dangerous"],
    idea=["Build", "Create more", "Add", "Install", "Open", "Plant", "Introduce", "Let us try",
          "Idea: more", "Pilot project for", "Convert parking into", "Crowdfund", "Upgrade the"],
    nouns=["bike lanes", "benches", "trees", "street lights", "bus stops", "playgrounds",
           "charging stations", "public toilets", "sidewalks", "crossings", "recycling bins",
           "meeting places", "green roofs", "rain gardens", "solar panels", "library hours",
           "youth club", "city bikes", "e-scooters", "car sharing", "snow clearing",
           "night buses", "water fountains", "community garden", "pedestrian street",
           "noise barriers", "sensor network", "open data portal", "ramps", "bike parking",
           "flower meadows", "outdoor gym", "skate park", "shelters", "digital signs",
           "café on the square", "repair café", "tool library", "swap shelves", "wifi"],
    places=["in the city centre", "near the school", "by the harbour", "along the river",
            "at the train station", "around the market square", "outside the library",
            "on Main Street", "in the old town", "near the hospital", "by the lake",
            "in our neighbourhood", "at the sports hall", "behind the shopping centre"],
    reasons=["so children can walk safely", "to reduce traffic", "for elderly residents",
             "because the area is dark at night", "to cut emissions",
             "so more people cycle in winter", "to make the city greener",
             "for people with disabilities", "to bring life to the streets",
             "because it floods when it rains", "to lower the noise", "for cleaner air",
             "so young people have somewhere to go", "to save energy", "for tourists too"],
    fill=["the", "and", "to", "for", "more", "a", "of", "with", "also", "really", "please",
          "maybe", "new", "safe", "green", "cheap", "quiet", "better", "every", "all year"],
)

NB = dict(
    need=["Vi trenger", "Det mangler", "Savner", "For få", "Vanskelig å finne",
          "Problem med", "Bekymret for", "Dårlig tilgang til", "Ingen vedlikeholder",
          "Ikke nok", "Farlige"],
    idea=["Bygg", "Lag flere", "Sett opp", "Plant", "Innfør", "Prøv ut", "Idé: flere",
          "Pilotprosjekt med", "Gjør om parkering til", "Åpne", "Oppgrader", "Etabler"],
    nouns=["sykkelveier", "sykkelparkering", "benker", "trær", "gatelys", "bussholdeplasser",
           "lekeplasser", "ladestasjoner", "offentlige toaletter", "fortau", "gangfelt",
           "søppelkasser", "møteplasser", "grønne tak", "regnbed", "solcellepaneler",
           "bysykler", "bildeling", "snømåking", "nattbuss", "drikkefontener", "parsellhage",
           "gågate", "støyskjermer", "sensorer", "åpne data", "kafé", "bibliotek",
           "fritidsklubb", "skøytebane", "badeplass", "turstier", "blomsterenger",
           "varmestue", "bærbusker", "fjernvarme", "gjenbruksstasjon", "utegym", "benker i sol",
           "byttehyller", "verktøybibliotek", "el-sparkesykler", "ramper", "lys i parken"],
    places=["i sentrum", "ved skolen", "langs elva", "ved havna", "på torget", "ved stasjonen",
            "i Østbyen", "på Grønland", "ved sjøen", "i bydelen", "ved fjorden", "på Løkka",
            "nær sykehjemmet", "på Møllenberg", "ved Åsen skole", "bak kjøpesenteret",
            "i gamlebyen", "ved idrettshallen"],
    reasons=["så barna kan gå trygt til skolen", "for å redusere biltrafikken",
             "for eldre beboere", "fordi det er mørkt om kvelden", "for å kutte utslipp",
             "så flere sykler om vinteren", "for bærekraftig utvikling",
             "slik at byen blir grønnere", "for å skape liv i gatene",
             "fordi det er for lite lys", "for å gjøre området tryggere",
             "så folk møtes på tvers av generasjoner", "for økt trivsel",
             "for å få ned støyen", "for å bedre luftkvaliteten",
             "fordi fortauet er glatt om vinteren", "for ungdommen"],
    fill=["og", "i", "for", "å", "det", "som", "til", "med", "på", "mer", "også", "gjerne",
          "kanskje", "nye", "trygge", "grønne", "billige", "stille", "bedre", "hele året"],
)

STREET_A = ["Kvern", "Bjørke", "Fjell", "Løvå", "Stein", "Sol", "Møl", "Ås", "Hav", "Bekke",
            "Lind", "Eik", "Rosen", "Gran", "Myr", "Ærfugl", "Skjære", "Tå", "Kirke", "Smie"]
STREET_B = ["husbakken", "veien", "gata", "lia", "haugen", "stien", "plassen", "dalen", "moen",
            "åsen", "svingen", "tunet"]
RARE = ["insekthotell", "humlebol", "bikuber", "fuglekasser", "sansehage", "klatrevegg",
        "isbading", "badstue", "kanalbåt", "taubane", "fjordbuss", "pumptrack", "boulebane",
        "frisbeegolf", "hengekøyer", "grillplass", "matsentral", "kjøleskap for deling",
        "bike kitchen", "seed library", "pocket park", "parklet", "living street",
        "school street", "bat boxes", "green corridor", "tiny forest", "sponge city",
        "heat map", "noise map", "citizen panel", "participatory budget", "walking bus"]
SYLLABLES = ["ka", "lo", "mi", "ro", "sæ", "tu", "vi", "nø", "pa", "ri", "gå", "de", "fe",
             "bo", "ly", "hu", "ke", "sa", "tø", "jo"]
THEMES = ["Mobilitet", "Grøntområder", "Housing", "Energi og klima", "Safety",
          "Kultur og møteplasser", "Digital services", "Vann og overvann"]


def _zipf(n: int, s: float = 1.0) -> list[float]:
    weights = [1.0 / (k + 1) ** s for k in range(n)]
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


class Corpus:
    """Deterministic, varied idea texts with a natural (Zipf-like) term distribution."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._cum = {}

    def _pick(self, key: str, words: list[str]) -> str:
        cum = self._cum.get(key)
        if cum is None:
            cum = self._cum[key] = _zipf(len(words))
        return self.rng.choices(words, cum_weights=cum)[0]

    def _street(self) -> str:
        return self.rng.choice(STREET_A) + self.rng.choice(STREET_B)

    def _hapax(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(3, 5)))

    def text(self, kind: str) -> str:
        rng = self.rng
        lang, name = (NB, "nb") if rng.random() < 0.6 else (EN, "en")
        parts = [self._pick(f"{name}.{kind}", lang[kind]), self._pick(f"{name}.nouns",
                                                                      lang["nouns"])]
        if rng.random() < 0.8:
            parts.append(self._pick(f"{name}.places", lang["places"]))
        if rng.random() < 0.25:
            parts.append(("ved " if name == "nb" else "at ") + self._street()
                         + (f" {rng.randint(1, 120)}" if rng.random() < 0.5 else ""))
        if rng.random() < 0.7:
            parts.append(self._pick(f"{name}.reasons", lang["reasons"]))
        for _ in range(rng.choice((0, 0, 1, 3, 6, 12))):  # rambling: filler and more nouns
            parts.append(self._pick(f"{name}.fill", lang["fill"]) if rng.random() < 0.6
                         else self._pick(f"{name}.nouns", lang["nouns"]))
        if rng.random() < 0.03:
            parts.append(rng.choice(RARE))
        if rng.random() < 0.02:
            parts.append(self._hapax())
        text = " ".join(parts)
        text = text[0].upper() + text[1:]
        return text + rng.choice((".", ".", ".", "!", "", "?"))

    def title(self) -> str | None:
        if self.rng.random() < 0.2:
            lang, name = (NB, "nb") if self.rng.random() < 0.6 else (EN, "en")
            noun = self._pick(f"{name}.nouns", lang["nouns"])
            return noun[0].upper() + noun[1:]
        return None


def _ts(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


IDEA_COLUMNS = ("id", "created_at", "updated_at", "device_id", "hlc", "deleted", "workshop_id",
                "title", "text", "kind", "theme_id", "source", "author_participant_id",
                "author_table_group", "entered_by", "status", "status_reason", "status_date")
INSERT_IDEA = (f"INSERT INTO idea ({', '.join(IDEA_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(IDEA_COLUMNS))})")


def idea_row(corpus: Corpus, moment: dt.datetime, counter: int, workshop_id: str,
             theme_ids: list[str]) -> tuple:
    rng = corpus.rng
    kind = "need" if rng.random() < 0.4 else "idea"
    stamp = _ts(moment)
    millis = int(moment.replace(tzinfo=dt.UTC).timestamp() * 1000)
    return (str(uuid.UUID(int=rng.getrandbits(128), version=4)), stamp, stamp, DEVICE,
            f"{millis:015d}-{counter:06d}-{DEVICE}", 0, workshop_id, corpus.title(),
            corpus.text(kind), kind, rng.choice(theme_ids) if rng.random() < 0.6 else None,
            "live", None, f"Bord {rng.randint(1, 12)}" if rng.random() < 0.3 else None, "",
            "new", "", None)


def schema_head() -> str:
    from smartcity_desktop.storage.database import schema_head as head
    return head()


def db_path(n: int) -> Path:
    return OUT / f"ideas-{n}-g{GEN_VERSION}-s{schema_head()}.sqlite"


def build_db(n: int) -> tuple[Path, float | None]:
    """The cached database with ``n`` ideas in one workshop; (path, build seconds or None)."""
    path = db_path(n)
    if path.exists():
        return path, None
    from smartcity_desktop.core.ids import link_id
    from smartcity_desktop.services.workshop import projects
    from smartcity_desktop.storage.database import Database

    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    db = Database.open(tmp, DEVICE)
    project = projects.create_project(db, "Grønn by 2030", language="nb")
    workshop = projects.create_workshop(db, project.id, WORKSHOP_CODE, "Idédugnad")
    theme_ids = [projects.add_theme(db, project.id, name).id for name in THEMES]
    db.close()

    rng = random.Random(42)
    corpus = Corpus(rng)
    moment = dt.datetime(2025, 3, 1, 8, 0, 0)
    mean_gap = 500 * 86400 / n  # about 500 days of workshops
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=ON")
    batch, links = [], []
    for i in range(n):
        moment += dt.timedelta(seconds=rng.expovariate(1 / mean_gap))
        row = idea_row(corpus, moment, i % 1000, workshop.id, theme_ids)
        batch.append(row)
        if rng.random() < 0.35:
            for sdg in rng.sample(range(1, 18), rng.choice((1, 1, 2, 3))):
                links.append((link_id(row[0], "sdg_number", sdg), row[1], row[2], DEVICE, row[4],
                              0, row[0], sdg))
        if len(batch) == 10_000:
            conn.executemany(INSERT_IDEA, batch)
            batch.clear()
    conn.executemany(INSERT_IDEA, batch)
    conn.executemany("INSERT INTO idea_sdg (id, created_at, updated_at, device_id, hlc, deleted, "
                     "idea_id, sdg_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", links)
    conn.commit()
    count = conn.execute("SELECT count(*) FROM idea").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM idea_fts WHERE idea_fts MATCH 'a* OR e* OR i* "
                           "OR o* OR u* OR s* OR b* OR t* OR f* OR v* OR d* OR p* OR g* OR k* "
                           "OR l* OR m* OR n* OR r* OR h* OR å* OR ø* OR æ* OR w* OR c*'"
                           ).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if count != n:
        raise RuntimeError(f"built {count} ideas, wanted {n}")
    if indexed < n * 0.99:
        raise RuntimeError(f"FTS index holds only {indexed} of {n} ideas")
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, path)
    return path, time.perf_counter() - started


# =========================================================================== statistics


def pctl(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summary(values: list[float]) -> dict:
    return {"n": len(values), "median": statistics.median(values), "p95": pctl(values, 95),
            "min": min(values), "max": max(values), "mean": statistics.fmean(values)}


# =========================================================================== processes


def child_env(run_dir: Path, bytecode_cache: bool = True, **extra: str) -> dict[str, str]:
    """Environment of every child process. With ``bytecode_cache`` (the default) Python may
    read and write .pyc files, kept under bench/out/pycache (PYTHONPYCACHEPREFIX) so nothing is
    written into the source tree or the venv; an installed app has its .pyc files too. Without
    it the child runs as a shell with PYTHONDONTWRITEBYTECODE=1 does: every module compiled
    from source on every start."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("SMARTCITY_BENCH_FIRST_PAINT", "SMARTCITY_DB", "PYTHONPROFILEIMPORTTIME",
                        "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    if bytecode_cache:
        env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(QT_QPA_PLATFORM="offscreen", SMARTCITY_DATA_DIR=str(run_dir / "data"),
               XDG_CONFIG_HOME=str(run_dir / "config"), PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def time_to_first_paint(cmd: list[str], env: dict, cwd: Path, timeout: float = 120) -> dict:
    """Wall-clock from Popen to reading the ``first_paint_s=`` line; peak RSS via wait4."""
    with tempfile.TemporaryFile(dir=cwd) as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, cwd=cwd,
                                text=True)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        wall = inproc = None
        try:
            for line in proc.stdout:
                if line.startswith("first_paint_s="):
                    wall = time.perf_counter() - started
                    inproc = float(line.split("=", 1)[1])
                    break
            proc.stdout.read()
            _pid, status, usage = os.wait4(proc.pid, 0)
            exited = time.perf_counter() - started
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            killer.cancel()
        if wall is None:
            err.seek(0)
            raise RuntimeError(f"{cmd} printed no first_paint_s (exit {proc.returncode}):\n"
                               + err.read().decode(errors="replace")[-3000:])
    return {"wall_s": wall, "inproc_s": inproc, "exit_s": exited,
            "cpu_s": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}


def run_worker(name: str, run_dir: Path, *args: str, timeout: float = 600) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, *args]
    proc = subprocess.run(cmd, env=child_env(run_dir), cwd=run_dir, capture_output=True,
                          text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {name} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"worker {name} returned nothing:\n{proc.stdout[-2000:]}")


def working_copy(src: Path, run_dir: Path, name: str) -> Path:
    dst = run_dir / name
    shutil.copyfile(src, dst)
    return dst


# =========================================================================== 1 + 4a: cold start


def bench_cold_start(db10k: Path, run_dir: Path, repeats: int, nopyc_runs: int) -> dict:
    db = working_copy(db10k, run_dir, "start-10k.sqlite")
    cwd = run_dir
    commands = {"bare": [sys.executable, str(BENCH / "bare_window.py")],
                "app": [sys.executable, "-m", "smartcity_desktop.app.main", str(db)]}
    commands["app_nopyc"] = commands["app"]
    envs = {name: child_env(run_dir, bytecode_cache=name != "app_nopyc",
                            SMARTCITY_BENCH_FIRST_PAINT="1", SMARTCITY_DB=str(db))
            for name in commands}
    # One unmeasured round: .pyc files, OS file cache, and the app's settings file (geometry,
    # recent files) exist afterwards, as they do on any start but the very first.
    warm = {name: time_to_first_paint(commands[name], envs[name], cwd)
            for name in ("bare", "app")}
    runs: dict[str, list[dict]] = {name: [] for name in commands}
    for i in range(repeats):  # interleaved: bare, app, (app without .pyc), bare, app, ...
        for name in commands:
            if name != "app_nopyc" or i < nopyc_runs:
                runs[name].append(time_to_first_paint(commands[name], envs[name], cwd))

    result = {"repeats": repeats, "warmup": warm}
    for name, samples in runs.items():
        result[name] = {key: summary([r[key] for r in samples]) for key in
                        ("wall_s", "inproc_s", "exit_s", "cpu_s", "maxrss_kb")}
        result[name]["samples_wall_s"] = [r["wall_s"] for r in samples]
    result["ratio"] = result["app"]["wall_s"]["median"] / result["bare"]["wall_s"]["median"]
    result["cpu_ratio"] = result["app"]["cpu_s"]["median"] / result["bare"]["cpu_s"]["median"]
    result["ratio_nopyc"] = (result["app_nopyc"]["wall_s"]["median"]
                             / result["bare"]["wall_s"]["median"])
    return result


# =========================================================================== workers (in child)


def _qt_setup(db_file: str):
    from PySide6.QtWidgets import QApplication

    from smartcity_desktop.services.workshop import projects
    from smartcity_desktop.storage import locations
    from smartcity_desktop.storage.database import Database

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    qapp.setApplicationName("SmartCityBench")
    qapp.setOrganizationName("SmartCityBench")
    db = Database.open(db_file, locations.device_id())
    workshop = projects.find_workshop(db, WORKSHOP_CODE)
    return qapp, db, workshop


def _ideas_view(db, project_id: str, workshop_id: str | None, qapp):
    from PySide6.QtGui import QUndoStack

    from smartcity_desktop.qt.undo import ChangeBus
    from smartcity_desktop.qt.views.ideas import IdeasView

    stack, bus = QUndoStack(), ChangeBus()
    view = IdeasView(db, stack, bus)
    view._bench_keep = (stack, bus)
    view.resize(1200, 760)
    view.show()
    view.set_scope(project_id, workshop_id)
    qapp.processEvents()
    return view, stack, bus


def _first_page(model, rows: int = VISIBLE_ROWS) -> None:
    columns = model.columnCount()
    for r in range(min(rows, model.rowCount())):
        for c in range(columns):
            model.data(model.index(r, c))


def worker_save(db_file: str, n: int, n_window: int) -> dict:
    from PySide6.QtCore import QSettings

    from smartcity_desktop.qt.main_window import MainWindow
    from smartcity_desktop.qt.undo import push
    from smartcity_desktop.services.ideas import capture, commands
    from smartcity_desktop.services.ideas.capture import IdeaInput

    qapp, db, workshop = _qt_setup(db_file)
    corpus = Corpus(random.Random(7))
    warm = 5
    clock = time.perf_counter
    result = {"ideas_before": capture.count_ideas(db, workshop.id)}
    with db.engine.connect() as conn:  # the app's own pragmas, as the saves below run them
        import sqlalchemy as sa
        result["pragmas"] = {name: conn.execute(sa.text(f"PRAGMA {name}")).scalar()
                             for name in ("journal_mode", "synchronous")}
    if result["pragmas"] != {"journal_mode": "wal", "synchronous": 2}:
        raise RuntimeError(f"unexpected pragmas {result['pragmas']}")

    # Floor: raw sqlite3, same file (same table, indexes and FTS triggers), same pragmas.
    conn = sqlite3.connect(db_file)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    floor = []
    for i in range(n + warm):
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        row = idea_row(corpus, now, i, workshop.id, [None])
        t0 = clock()
        conn.execute(INSERT_IDEA, row)
        conn.commit()
        floor.append(clock() - t0)
    conn.close()
    result["floor"] = summary(floor[warm:])

    service = []
    for _ in range(n + warm):
        data = IdeaInput(text=corpus.text("idea"))
        t0 = clock()
        capture.add_idea(db, workshop.id, data)
        service.append(clock() - t0)
    result["service"] = summary(service[warm:])

    view, stack, bus = _ideas_view(db, workshop.project_id, workshop.id, qapp)
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    rows_before = view.model.rowCount()
    gui, gui_paint = [], []
    for _ in range(n + warm):
        data = IdeaInput(text=corpus.text("need"))
        t0 = clock()
        push(stack, commands.AddIdea(db, workshop.id, data), "Add idea", bus)
        t1 = clock()
        view.table.viewport().repaint()
        qapp.processEvents()
        gui.append(t1 - t0)
        gui_paint.append(clock() - t0)
    result["gui"] = summary(gui[warm:])
    result["gui_paint"] = summary(gui_paint[warm:])
    result["gui_rows_added"] = view.model.rowCount() - rows_before
    result["gui_model_resets"] = len(resets)
    result["gui_first_row_is_new"] = view.model.idea_id_at(0) == stack.command(
        stack.count() - 1).command.idea_id
    view.close()
    view.deleteLater()
    qapp.processEvents()

    # The real main window: the same push also refreshes the Overview (connected to the bus).
    window = MainWindow(db, QSettings())
    for i in range(window.nav.topLevelItemCount()):
        top = window.nav.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).text(0).startswith(WORKSHOP_CODE + " "):
                window.nav.setCurrentItem(top.child(j))
    window.tabs.setCurrentWidget(window.ideas)
    window.show()
    qapp.processEvents()
    mw = []
    for _ in range(n_window + 2):
        data = IdeaInput(text=corpus.text("idea"))
        t0 = clock()
        push(window.undo_stack, commands.AddIdea(db, workshop.id, data), "Add idea", window.bus)
        mw.append(clock() - t0)
        qapp.processEvents()
    result["main_window"] = summary(mw[2:])
    result["main_window_scope_rows"] = window.ideas.model.rowCount()
    window.close()
    result["ideas_after"] = capture.count_ideas(db, workshop.id)
    db.close()
    return result


class QueryCap:
    """Aborts a query that runs longer than its deadline (sqlite3 progress handler on every
    pooled connection), so one pathological query cannot eat the whole run."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.deadline = math.inf
        engine.dispose()  # connections made from now on get the handler
        event.listen(engine, "connect", self._on_connect)

    def _on_connect(self, dbapi_conn, _record) -> None:
        dbapi_conn.set_progress_handler(self._check, 20_000)

    def _check(self) -> int:
        return 1 if time.perf_counter() > self.deadline else 0

    def run(self, fn, cap: float):
        """Seconds ``fn()`` took, or None when it was aborted after ``cap`` seconds."""
        import sqlalchemy.exc

        self.deadline = time.perf_counter() + cap
        t0 = time.perf_counter()
        try:
            fn()
        except sqlalchemy.exc.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise
            return None
        finally:
            self.deadline = math.inf
        return time.perf_counter() - t0


def worker_search(db_file: str, repeats: int) -> dict:
    from smartcity_desktop.services.ideas import capture
    from smartcity_desktop.services.ideas.capture import IdeaQuery

    qapp, db, workshop = _qt_setup(db_file)
    capper = QueryCap(db.engine)
    clock = time.perf_counter
    hits: dict[str, int] = {}
    service: dict[str, list[float]] = {q: [] for q in SEARCHES}
    floor: dict[str, list[float]] = {q: [] for q in SEARCHES}
    slow: set[str] = set()      # one measured run only (warm-up run counts)
    aborted: set[str] = set()   # over the cap: not measured further

    # Floor: the same match, filter and order in raw sqlite3 with the FTS index as the outer
    # loop (what the search costs when SQLite does not probe the index once per idea).
    conn = sqlite3.connect(db_file)
    for rep in range(repeats + 1):
        for q in SEARCHES:
            t0 = clock()
            found = conn.execute(SEARCH_FLOOR_SQL, (capture.fts_expression(q),
                                                    workshop.id)).fetchall()
            if rep:
                floor[q].append(clock() - t0)
            hits[q] = len(found)
    conn.close()

    def rowids(q):
        def call():
            found = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop.id, text=q))
            if len(found) != hits[q]:
                raise RuntimeError(f"idea_rowids found {len(found)} for {q!r}, "
                                   f"the floor query {hits[q]}")
        return call

    for q in SEARCHES:  # round 0: warm-up, and finds the slow and the hopeless queries
        took = capper.run(rowids(q), SEARCH_CAP_S)
        if took is None:
            aborted.add(q)
        elif took > SEARCH_SLOW_S:
            slow.add(q)
            service[q].append(took)
    for _rep in range(repeats):  # queries interleaved
        for q in SEARCHES:
            if q not in slow and q not in aborted:
                service[q].append(capper.run(rowids(q), math.inf))

    view, _stack, _bus = _ideas_view(db, workshop.project_id, workshop.id, qapp)
    model = view.model
    shown: dict[str, list[float]] = {q: [] for q in SEARCHES}
    painted: dict[str, list[float]] = {q: [] for q in SEARCHES}
    for rep in range(repeats + 1):
        for q in SEARCHES:
            if q in aborted or (q in slow and rep != 1):
                continue
            t0 = clock()
            view.search.setText(q)
            view._apply_filters()  # what the 150 ms search timer calls
            _first_page(model)
            t1 = clock()
            view.table.viewport().repaint()
            t2 = clock()
            if rep:
                shown[q].append(t1 - t0)
                painted[q].append(t2 - t0)
            if model.rowCount() != hits[q]:
                raise RuntimeError(f"view shows {model.rowCount()} rows for {q!r}, "
                                   f"query found {hits[q]}")

    # The unfiltered list: every live idea of the workshop (and of the project), id list only,
    # and the view showing it (empty search box).
    unfiltered = {"workshop_ids": [], "project_ids": [], "view": []}
    for rep in range(repeats + 1):
        t0 = clock()
        ids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop.id))
        t1 = clock()
        capture.idea_rowids(db, IdeaQuery(project_id=workshop.project_id))
        t2 = clock()
        view.search.setText("")
        view._apply_filters()
        _first_page(model)
        t3 = clock()
        if rep:
            unfiltered["workshop_ids"].append(t1 - t0)
            unfiltered["project_ids"].append(t2 - t1)
            unfiltered["view"].append(t3 - t2)
    db.close()

    def summaries(samples):
        return {q: summary(v) if v else None for q, v in samples.items()}

    def overall(samples):
        """Every query's median, aborted queries counted at the cap (a lower bound)."""
        return summary([statistics.median(samples[q]) if samples[q] else SEARCH_CAP_S
                        for q in SEARCHES])

    return {"ideas": len(ids), "hits": hits, "repeats": repeats, "cap_s": SEARCH_CAP_S,
            "slow": sorted(slow), "aborted": sorted(aborted),
            "floor": summaries(floor), "service": summaries(service), "shown": summaries(shown),
            "painted": summaries(painted), "floor_all": overall(floor),
            "service_all": overall(service),
            "shown_all": overall(shown), "painted_all": overall(painted),
            "unfiltered": {k: summary(v) for k, v in unfiltered.items()}}


def _rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def worker_scroll(db_file: str, step: int) -> dict:
    qapp, db, workshop = _qt_setup(db_file)
    view, _stack, _bus = _ideas_view(db, workshop.project_id, workshop.id, qapp)
    model, table = view.model, view.table
    opened_rss = _rss_kb()
    opened_max = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    rows = model.rowCount()
    for row in range(0, rows, step):
        index = model.index(row, 0)
        model.data(index)
        table.scrollTo(index)
        table.viewport().repaint()
    qapp.processEvents()
    scroll_s = time.perf_counter() - t0
    return {"rows": rows, "step": step, "scroll_s": scroll_s, "rss_opened_kb": opened_rss,
            "maxrss_opened_kb": opened_max, "rss_end_kb": _rss_kb(),
            "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def _top(stats_source, limit: int = 24) -> str:
    import io
    import pstats

    text = io.StringIO()
    stats = pstats.Stats(stats_source, stream=text)
    stats.strip_dirs().sort_stats("cumulative").print_stats(limit)
    return "\n".join(ln for ln in text.getvalue().splitlines()
                     if ln.strip() and not ln.lstrip().startswith(("Ordered by", "List reduced")))


def worker_profile(db_file: str, what: str) -> dict:
    """cProfile of one hot path (top entries by cumulative time)."""
    import cProfile

    import sqlalchemy as sa
    from PySide6.QtCore import QSettings

    from smartcity_desktop.qt.main_window import MainWindow
    from smartcity_desktop.qt.undo import push
    from smartcity_desktop.services.ideas import capture, commands
    from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery

    qapp, db, workshop = _qt_setup(db_file)
    corpus = Corpus(random.Random(11))
    prof = cProfile.Profile()
    out = []
    if what in ("save", "save_window"):
        if what == "save":
            view, stack, bus = _ideas_view(db, workshop.project_id, workshop.id, qapp)
            count = 100
        else:
            window = MainWindow(db, QSettings())
            window.tabs.setCurrentWidget(window.ideas)
            window.ideas.set_scope(workshop.project_id, workshop.id)
            window.overview.set_scope(workshop.project_id, workshop.id, "W1")
            window.show()
            stack, bus, count = window.undo_stack, window.bus, 20
        for i in range(count + 3):
            command = commands.AddIdea(db, workshop.id, IdeaInput(text=corpus.text("idea")))
            if i == 3:
                prof.enable()
            push(stack, command, "Add idea", bus)
        prof.disable()
        out.append(f"{count} saves through push():")
    else:
        query = IdeaQuery(workshop_id=workshop.id, text="insekthotell")
        joins, where, params = capture.where_clause(db, query)
        sql = (f"SELECT i.rowid FROM idea i {joins} WHERE {where} "
               "ORDER BY i.created_at DESC, i.rowid DESC")
        with db.engine.connect() as conn:
            plan = [r[3] for r in conn.execute(sa.text("EXPLAIN QUERY PLAN " + sql), params)]
        out.append(f"idea_rowids SQL: {sql}")
        out.append("its query plan: " + " | ".join(plan))
        view, _stack, _bus = _ideas_view(db, workshop.project_id, workshop.id, qapp)
        prof.enable()
        for q in ("insekthotell", "zebrastripe"):
            view.search.setText(q)
            view._apply_filters()
            _first_page(view.model)
        prof.disable()
        out.append("searches 'insekthotell', 'zebrastripe' through IdeasView:")
    out.append(_top(prof))
    return {"profile": "\n".join(out)}


def profile_start(db: Path, run_dir: Path) -> str:
    """cProfile of a whole cold start (imports included) up to the first paint."""
    stats = run_dir / "start.prof"
    env = child_env(run_dir, SMARTCITY_BENCH_FIRST_PAINT="1", SMARTCITY_DB=str(db))
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats), "-m",
                    "smartcity_desktop.app.main", str(db)], env=env, cwd=run_dir,
                   capture_output=True, timeout=300, check=True)
    return _top(str(stats), 30)


def importtime_breakdown(run_dir: Path) -> str:
    """Self time of the app's imports, grouped by top-level package (python -X importtime)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           "import smartcity_desktop.app.main"], env=child_env(run_dir),
                          cwd=run_dir, capture_output=True, text=True)
    groups: dict[str, int] = {}
    total = 0
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, self_us, _cum, name = (part.strip() for part in
                                  [line.split(":", 1)[0]] + line.split(":", 1)[1].split("|"))
        top = name.strip().split(".")[0]
        groups[top] = groups.get(top, 0) + int(self_us)
        total += int(self_us)
    rows = sorted(groups.items(), key=lambda kv: -kv[1])[:14]
    out = [f"  all imports of smartcity_desktop.app.main: {total / 1e6:.3f} s (self times, "
           "with -X importtime overhead)"]
    out += [f"  {name:<28} {us / 1e6:7.3f} s  {100 * us / total:5.1f} %" for name, us in rows]
    return "\n".join(out)


# =========================================================================== report


def progress(label: str, started: float) -> None:
    print(f"[{time.perf_counter() - started:6.1f} s] {label}", file=sys.stderr, flush=True)


def ms(x: float) -> str:
    return f"{x * 1000:8.2f}"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report(res: dict) -> str:
    lines = []
    meta = res["meta"]
    lines.append(f"Smart City Co-Creation Desktop - performance bench ({meta['when']}, "
                 f"{meta['cpus']} CPUs, Python {meta['python']}, PySide6 {meta['pyside']}, "
                 f"SQLite {meta['sqlite']}, {'quick' if meta['quick'] else 'full'} run, "
                 f"{meta['total_s']:.0f} s)")
    lines.append("load average (1 min) at start / end: "
                 f"{meta['load_start']:.2f} / {meta['load_end']:.2f} on {meta['cpus']} CPUs"
                 + ("  <- busy machine: wall-clock figures are inflated"
                    if max(meta['load_start'], meta['load_end']) > 0.75 * meta['cpus'] else ""))
    for size, info in res["databases"].items():
        built = (f"built in {info['build_s']:.1f} s" if info["build_s"] is not None
                 else "cached")
        lines.append(f"database {int(size):,} ideas: {info['path']} "
                     f"({info['mb']:.1f} MB, {built})")
    lines.append("")

    cs = res["cold_start"]
    lines.append(f"1. Cold start to first painted main window, 10,000 ideas (whole process, "
                 f"Popen -> printed line; {cs['repeats']} runs each, interleaved, after 1 "
                 "warm-up)")
    lines.append(f"   {'':28} {'median':>8} {'p95':>8} {'min':>8} {'max':>8}   in-process"
                 "  CPU to exit")
    for name, label in (("bare", "bare PySide6 QMainWindow"), ("app", "app (10,000 ideas)"),
                        ("app_nopyc", f"app, no .pyc (n={cs['app_nopyc']['wall_s']['n']})")):
        w = cs[name]["wall_s"]
        lines.append(f"   {label:<28} {w['median']:7.3f}s {w['p95']:7.3f}s {w['min']:7.3f}s "
                     f"{w['max']:7.3f}s   {cs[name]['inproc_s']['median']:9.3f}s "
                     f"{cs[name]['cpu_s']['median']:9.3f}s")
    lines.append(f"   ratio app / bare (medians): {cs['ratio']:.2f}x   target <= "
                 f"{TARGET_START_RATIO:.2f}x   {verdict(cs['ratio'] <= TARGET_START_RATIO)}")
    lines.append(f"   same ratio in CPU seconds to exit (less sensitive to a busy machine): "
                 f"{cs['cpu_ratio']:.2f}x; without .pyc files (PYTHONDONTWRITEBYTECODE=1, as in "
                 f"this dev shell): {cs['ratio_nopyc']:.2f}x wall")
    lines.append(f"   (app minus bare: {cs['app']['wall_s']['median'] - cs['bare']['wall_s']['median']:.3f} s; "
                 f"'in-process' = the printed first_paint_s, counted from main() or from the "
                 "bare script's main(), so without imports)")
    lines.append("")

    sv = res["save"]
    lines.append(f"2. Saving one idea with {sv['ideas_before']:,} ideas in the workshop "
                 f"({sv['service']['n']} saves each, each its own committed transaction, "
                 "WAL + synchronous=FULL) [ms]")
    lines.append(f"   {'':52} {'median':>8} {'p95':>8} {'max':>8}  x floor")
    floor = sv["floor"]["median"]
    for key, label in (("floor", "floor: raw sqlite3 INSERT + commit (same file)"),
                       ("service", "services.capture.add_idea"),
                       ("gui", "GUI: push(AddIdea) + IdeasView model update"),
                       ("gui_paint", "GUI: same + repaint of the table"),
                       ("main_window", f"MainWindow push (incl. Overview refresh, n="
                                       f"{sv['main_window']['n']})")):
        s = sv[key]
        lines.append(f"   {label:<52} {ms(s['median'])} {ms(s['p95'])} {ms(s['max'])}  "
                     f"{s['median'] / floor:6.1f}x")
    lines.append(f"   model: +{sv['gui_rows_added']} rows, {sv['gui_model_resets']} full resets, "
                 f"new idea on row 0: {sv['gui_first_row_is_new']}")
    for key, label in (("service", "add_idea"), ("gui", "GUI push"),
                       ("main_window", "MainWindow push")):
        m = sv[key]["median"] * 1000
        lines.append(f"   target median <= {TARGET_SAVE_MS:.0f} ms, {label:<16}: {m:7.2f} ms  "
                     f"{verdict(m <= TARGET_SAVE_MS)}")
    lines.append("")

    se = res["search"]
    lines.append(f"3. FTS5 search over {se['ideas']:,} ideas in one workshop (median of "
                 f"{se['repeats']} runs per query after a warm-up; * = slow, measured once; "
                 f"queries over {se['cap_s']:.0f} s aborted) [ms]")
    lines.append(f"   {'query':<20} {'hits':>7} {'sqlite3 floor':>14} {'idea_rowids':>12} "
                 f"{'+ first 40 rows':>16} {'+ repaint':>10}")

    def cell(key, q, width):
        s = se[key][q]
        if s is None:
            return f"{'> ' + format(se['cap_s'] * 1000, '.0f'):>{width}}"
        return f"{s['median'] * 1000:{width}.2f}"

    for q, hits in se["hits"].items():
        mark = "*" if q in se["slow"] else " "
        lines.append(f"  {mark}{q!r:<20} {hits:>7,} {cell('floor', q, 14)} {cell('service', q, 12)} "
                     f"{cell('shown', q, 16)} {cell('painted', q, 10)}")
    for key, label in (("floor_all", "sqlite3 floor (FTS-first plan)"),
                       ("service_all", "idea_rowids"),
                       ("shown_all", "search shown (first 40 rows)"),
                       ("painted_all", "search shown + repaint")):
        s = se[key]
        lines.append(f"   over the {s['n']} queries' medians, {label:<29} median "
                     f"{ms(s['median'])}  p95 {ms(s['p95'])}  max {ms(s['max'])}")
    med = se["shown_all"]["median"] * 1000
    worst = se["shown_all"]["max"] * 1000
    over = [q for q in se["hits"] if se["shown"][q] is None
            or se["shown"][q]["median"] * 1000 > TARGET_SEARCH_MS]
    lines.append(f"   target <= {TARGET_SEARCH_MS:.0f} ms (search shown): median query "
                 f"{med:.1f} ms {verdict(med <= TARGET_SEARCH_MS)}; slowest query "
                 f"{'>= ' if se['aborted'] else ''}{worst:.1f} ms "
                 f"{verdict(worst <= TARGET_SEARCH_MS)}; {len(over)} of {len(se['hits'])} "
                 "queries over target")
    if se["aborted"]:
        lines.append(f"   aborted after {se['cap_s']:.0f} s: "
                     f"{', '.join(repr(q) for q in se['aborted'])} (counted at the cap)")
    uf = se["unfiltered"]
    lines.append(f"   unfiltered list ({se['ideas']:,} ideas): workshop id list "
                 f"{ms(uf['workshop_ids']['median']).strip()} ms, project id list "
                 f"{ms(uf['project_ids']['median']).strip()} ms, view with first 40 rows "
                 f"{ms(uf['view']['median']).strip()} ms (medians)")
    lines.append("")

    mem = res["memory"]
    lines.append("4. Peak memory (ru_maxrss) [MB]")
    lines.append(f"   bare PySide6 window, cold start          {cs['bare']['maxrss_kb']['median'] / 1024:7.1f}")
    lines.append(f"   app, cold start with 10,000 ideas        {cs['app']['maxrss_kb']['median'] / 1024:7.1f}"
                 f"   ({cs['app']['maxrss_kb']['median'] / cs['bare']['maxrss_kb']['median']:.2f}x bare)")
    lines.append(f"   IdeasView on {mem['rows']:,} ideas, opened           "
                 f"{mem['maxrss_opened_kb'] / 1024:7.1f}")
    lines.append(f"   ... after scrolling the whole table       {mem['maxrss_kb'] / 1024:7.1f}"
                 f"   (model.data + scrollTo + repaint every {mem['step']}th row, "
                 f"{mem['scroll_s']:.1f} s; RSS at end {mem['rss_end_kb'] / 1024:.1f})")
    if res.get("keystrokes"):
        lines.append("")
        lines.append("5. Keystrokes to enter one paper idea card in the Capture view "
                     "(bench/keystrokes.py)")
        lines.extend("   " + ln for ln in res["keystrokes"].splitlines())
    if res.get("profile"):
        lines.append("")
        lines.append("Profiles (--profile)")
        lines.append(" app imports by top-level package:")
        lines.append(res["profile"]["imports"])
        for key in ("start", "save", "save_window", "search"):
            lines.append(f" cProfile, {key} (cumulative, top entries):")
            lines.append("\n".join("   " + ln for ln in res["profile"][key].splitlines()))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--profile", action="store_true",
                        help="add import-time and cProfile breakdowns of start, save, search")
    parser.add_argument("--keep", action="store_true", help="keep the run's temp directory")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        name, *rest = args.worker
        fn = {"save": lambda: worker_save(rest[0], int(rest[1]), int(rest[2])),
              "search": lambda: worker_search(rest[0], int(rest[1])),
              "scroll": lambda: worker_scroll(rest[0], int(rest[1])),
              "profile": lambda: worker_profile(rest[0], rest[1])}[name]
        print(json.dumps(fn()), flush=True)
        os._exit(0)  # skip Qt teardown of half-closed widgets

    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    load_start = os.getloadavg()[0]
    starts, nopyc, saves, window_saves, search_reps, scroll_step = (
        (3, 1, 60, 15, 3, 200) if args.quick else (7, 3, 200, 50, 7, 100))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tmp").mkdir(exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix="run-", dir=OUT / "tmp"))
    try:
        import PySide6

        res: dict = {"databases": {}}
        for n in (10_000, 100_000):
            progress(f"preparing the {n:,}-idea database ...", started)
            path, build_s = build_db(n)
            res["databases"][str(n)] = {"path": str(path.relative_to(ROOT)), "build_s": build_s,
                                        "mb": path.stat().st_size / 2**20}
        db10k, db100k = db_path(10_000), db_path(100_000)
        for stale in OUT.glob("ideas-*.sqlite*"):  # other generator or schema versions
            if stale not in (db10k, db100k):
                stale.unlink()

        progress("1/4 cold start ...", started)
        res["cold_start"] = bench_cold_start(db10k, run_dir, starts, nopyc)
        progress("2/4 saving ...", started)
        res["save"] = run_worker("save", run_dir, str(working_copy(db100k, run_dir,
                                                                    "save.sqlite")),
                                 str(saves), str(window_saves))
        progress("3/4 search ...", started)
        read_db = working_copy(db100k, run_dir, "read.sqlite")
        res["search"] = run_worker("search", run_dir, str(read_db), str(search_reps))
        progress("4/4 memory ...", started)
        res["memory"] = run_worker("scroll", run_dir, str(read_db), str(scroll_step))
        progress("keystrokes ...", started)
        keys = subprocess.run([sys.executable, str(Path(__file__).with_name("keystrokes.py"))],
                              env=child_env(run_dir), cwd=run_dir, capture_output=True,
                              text=True, timeout=300)
        res["keystrokes"] = "\n".join(ln for ln in keys.stdout.splitlines()
                                      if ln.startswith("code typed"))
        if args.profile:
            progress("profiles ...", started)
            profile_db = str(working_copy(db100k, run_dir, "profile.sqlite"))
            res["profile"] = {
                "imports": importtime_breakdown(run_dir),
                "start": profile_start(run_dir / "start-10k.sqlite", run_dir),
                "save": run_worker("profile", run_dir, profile_db, "save")["profile"],
                "save_window": run_worker("profile", run_dir, profile_db,
                                          "save_window")["profile"],
                "search": run_worker("profile", run_dir, str(read_db), "search")["profile"]}
        res["meta"] = {"when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                       "cpus": os.cpu_count(), "python": platform.python_version(),
                       "pyside": PySide6.__version__, "sqlite": sqlite3.sqlite_version,
                       "quick": args.quick, "total_s": time.perf_counter() - started,
                       "load_start": load_start, "load_end": os.getloadavg()[0],
                       "targets": {"start_ratio": TARGET_START_RATIO,
                                   "save_ms": TARGET_SAVE_MS, "search_ms": TARGET_SEARCH_MS}}
        print(report(res))
        if args.json:
            Path(args.json).write_text(json.dumps(res, indent=2, ensure_ascii=False),
                                       encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(run_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
