"""The central office database on PostgreSQL.

A throwaway server (tests/pg.py) is started once for the session; the tests skip with a clear
message when the PostgreSQL programs are missing (CI installs them; SMARTCITY_REQUIRE_PG=1
turns the skip into a failure there).

Two kinds of checks:
* the same script of service calls (create, capture, search in every script, paging, status
  changes, prioritisation rounds, CSV export) run on SQLite and on PostgreSQL gives the same
  results (ids and times differ between two runs, so they are replaced by names);
* the same records, merged into an SQLite office and a PostgreSQL office with
  ``sync_merge.apply_changes``, give identical tables and identical results, ids included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math
import re
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.clock import utcnow
from smartcity_desktop.core.enums import IdeaKind, IdeaSource, IdeaStatus, RoundMethod
from smartcity_desktop.core.errors import DatabaseRefusedError, NewerSchemaError, NotOurFileError
from smartcity_desktop.services import demo
from smartcity_desktop.services.exports import tables as exports
from smartcity_desktop.services.ideas import capture, clustering, coverage, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput, IdeaQuery
from smartcity_desktop.services.prioritise import results as prioritise_results
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import overview, participants, projects, run
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.storage.database import Database, schema_head
from smartcity_desktop.storage.models import SYNCED_TABLES

pytest_plugins = ["tests.pg"]

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Больше велосипедных дорожек у школы"
EXTRA_IDEAS = [
    ("Grønn korridor langs elva med benker", None),
    ("Blåklokker og blomstereng i parken, ikke plen", "Blomstereng"),
    ("ÆRLIG talt trengs flere søppelkasser på torget", None),
    (ARABIC, None),
    (ARABIC + " وفي عطلة نهاية الأسبوع", "الحافلات"),
    (ETHIOPIC, None),
    (CYRILLIC, None),
    ("A café with free water refills by the station", None),
    ("Cafeteria at the library should stay open in the evening", None),
    ("Evening buses every 20 minutes to Haugen", "Buses"),
]
# Whole words, prefixes while typing, accents typed or not, every script, words in any order,
# several words, a single letter, a word in no idea, punctuation only.
QUERIES = ["grønn", "grø", "blå", "bla", "ærlig", "ÆR", "الحافلات", "الحاف", "مواعيد المساء",
           "የአውቶቡስ", "велосипед", "ВЕЛО", "café", "cafe", "caf", "evening bus", "bus evening",
           "buses", "a", "zzzqqq", "!!", "winter", "older neigh"]


@pytest.fixture(scope="module")
def pg(pg_server):
    return pg_server


# --------------------------------------------------------------------------- opening


def test_open_sets_up_an_empty_database_and_reopens_it_without_migrating(pg, monkeypatch):
    url = pg.create_database("open")
    db = Database.open(url, "office")
    try:
        assert db.engine.dialect.name == "postgresql"
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() \
                == schema_head()
        assert db.row_key("i") == "i.id" and not db.is_sqlite
    finally:
        db.close()
    # At the head, opening runs no migration at all (and "postgresql://" means psycopg 3).
    from smartcity_desktop.storage import database

    calls = []
    monkeypatch.setattr(database, "_upgrade", lambda engine: calls.append(engine))
    again = Database.open(url.replace("postgresql+psycopg://", "postgresql://"), "office")
    again.close()
    assert calls == []


def test_migrations_build_exactly_the_models_on_postgresql(pg):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from smartcity_desktop.storage.database import include_object

    db = Database.open(pg.create_database("schema"), "office")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object})
            diff = compare_metadata(context, SQLModel.metadata)
            # The search index of migration 0002 exists (left out of the comparison above).
            assert conn.execute(sa.text(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_idea_search'")).scalar()
    finally:
        db.close()
    assert diff == [], f"the migrations build another schema on PostgreSQL: {diff}"


def test_a_database_of_another_application_or_a_newer_schema_is_refused(pg):
    import psycopg

    foreign = pg.create_database("foreign")
    with psycopg.connect(pg.dsn(foreign.rsplit("/", 1)[1]), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int PRIMARY KEY)")
    with pytest.raises(NotOurFileError, match="another application"):
        Database.open(foreign, "office")
    with psycopg.connect(pg.dsn(foreign.rsplit("/", 1)[1]), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema = 'public'").fetchone()[0] == 1  # untouched

    newer = pg.create_database("newer")
    Database.open(newer, "office").close()
    with psycopg.connect(pg.dsn(newer.rsplit("/", 1)[1]), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerSchemaError, match="newer version"):
        Database.open(newer, "office")


def test_an_unreachable_server_is_refused_with_a_message_that_hides_the_password(pg):
    url = f"postgresql+psycopg://office:s3cret@127.0.0.1:{pg.port}/no_such_database"
    with pytest.raises(DatabaseRefusedError) as info:
        Database.open(url, "office")
    assert "s3cret" not in str(info.value) and "Cannot connect" in str(info.value)


# ------------------------------------------------------------------ one script, two back ends


def script(db: Database) -> str:
    """Service calls an office or a facilitator makes; returns the project id."""
    project_id = demo.load_demo(db)
    w1, w2 = projects.list_workshops(db, project_id)[:2]
    themes = {t.name: t.id for t in projects.list_themes(db, project_id)}
    person = participants.register_participant(db, w1.id, ParticipantInput(
        answers={"age": "20-44", "gender": "prefer_not_to_say"}, consent_processing=True))
    extra = []
    for n, (text, title) in enumerate(EXTRA_IDEAS):
        extra.append(capture.add_idea(db, (w1 if n % 2 else w2).id, IdeaInput(
            text=text, title=title, kind=IdeaKind.IDEA if n % 3 else IdeaKind.NEED,
            theme_id=themes[sorted(themes)[n % len(themes)]] if n % 4 else None,
            sdgs=(11, 13) if n % 2 else (3,), source=IdeaSource.STICKY,
            author_participant_id=person.id if n == 3 else None,
            author_table_group="Table 2" if n == 5 else None)))
    # Edits and a tombstone: the index must follow.
    capture.update_idea(db, extra[0], dataclasses.replace(
        capture.get_idea(db, extra[0]).data, text="Grønnere korridor langs elva, med benker"))
    capture.delete_idea(db, extra[-1])
    # Decisions.
    lifecycle.change_statuses(db, extra[1:4], IdeaStatus.UNDER_REVIEW, "Til bydelsutvalget",
                              dt.date(2026, 10, 1), changed_by="Åse")
    lifecycle.change_status(db, extra[2], IdeaStatus.ACCEPTED, ARABIC, dt.date(2026, 11, 5))
    # Prioritisation: dots by participants (with demographics), wall tallies, a ranking.
    w1_ideas = [r for r in capture.fetch_idea_rows(
        db, capture.idea_rowids(db, IdeaQuery(workshop_id=w1.id))).values()]
    by_text = sorted(w1_ideas, key=lambda r: r.text)
    dots = prioritise_rounds.create_round(db, w1.id, RoundMethod.DOTS, "Dots",
                                          dots_per_participant=3)
    people = sorted(participants.list_participants(db, w1.id), key=lambda p: p.code)
    for k, p in enumerate(people):
        prioritise_votes.add_dot_ballot(db, dots.id, p.id, [by_text[k % 7].id,
                                                            by_text[(k * 3) % 11].id,
                                                            by_text[0].id])
    prioritise_votes.set_dot_tally(db, dots.id, by_text[5].id, 4)
    ranking = prioritise_rounds.create_round(db, w1.id, RoundMethod.RANKING, "Ranking")
    for k in range(6):
        order = [by_text[(k + j) % 6].id for j in range(4)]
        prioritise_votes.add_ranking_ballot(db, ranking.id, f"B{k + 1}", order)
    prioritise_rounds.close_round(db, dots.id)
    return project_id


def observe(db: Database, project_id: str, folder: Path) -> dict:
    """Everything the office reads: lists, searches, pages, dashboards, results, exports."""
    out: dict = {}
    workshops = projects.list_workshops(db, project_id)
    w1 = workshops[0]

    def texts(keys):
        rows = capture.fetch_idea_rows(db, keys)
        assert set(rows) == set(keys)
        return [rows[k].text for k in keys]

    everything = IdeaQuery(project_id=project_id)
    keys = capture.idea_rowids(db, everything)
    out["all"] = texts(keys)
    page = capture.fetch_idea_rows(db, keys[40:80])
    out["page 2"] = [page[k] for k in keys[40:80]]
    for k in keys[::23]:  # the row-key round trip the ideas table relies on
        idea_id = capture.fetch_idea_rows(db, [k])[k].id
        assert capture.rowid_of(db, idea_id) == k
        assert capture.position_in(db, everything, idea_id) == keys.index(k)
    for q in QUERIES:
        out[f"search {q!r}"] = texts(capture.idea_rowids(db, IdeaQuery(project_id=project_id,
                                                                        text=q)))
        out[f"search {q!r} in W1"] = texts(capture.idea_rowids(
            db, IdeaQuery(workshop_id=w1.id, text=q)))
    theme = projects.list_themes(db, project_id)[0]
    dims = projects.list_dimensions(db, project_id)
    for name, query in {
        "status": IdeaQuery(project_id=project_id, status=IdeaStatus.UNDER_REVIEW),
        "theme": IdeaQuery(project_id=project_id, theme_id=theme.id),
        "sdg": IdeaQuery(project_id=project_id, sdg=13, text="e"),
        "kind": IdeaQuery(workshop_id=w1.id, kind=IdeaKind.NEED),
        "source": IdeaQuery(project_id=project_id, source=IdeaSource.STICKY),
        "category": IdeaQuery(project_id=project_id, category_id=dims[0].categories[0].id),
    }.items():
        out[f"filter {name}"] = texts(capture.idea_rowids(db, query))
    out["count"] = capture.count_ideas(db), capture.count_ideas(db, w1.id)

    for sort in lifecycle.DECISION_SORTS:
        for descending in (True, False):
            keys = lifecycle.decision_rowids(db, project_id, sort=sort, descending=descending)
            rows = lifecycle.fetch_decision_rows(db, keys)
            out[f"decisions {sort} {descending}"] = [
                (rows[k].text, rows[k].status, rows[k].status_date, rows[k].status_reason,
                 rows[k].changes) for k in keys]
    out["deciders"] = lifecycle.deciders(db, project_id)

    out["participants by group"] = overview.participants_by_group(db, project_id)
    out["participants by group W1"] = overview.participants_by_group(db, project_id, w1.id)
    out["ideas by theme"] = overview.ideas_by_theme(db, project_id)
    out["ideas by sdg"] = overview.ideas_by_sdg(db, project_id)
    out["counts"] = overview.database_counts(db)
    out["coverage"] = coverage.coverage(db, project_id)
    out["coverage W1"] = coverage.coverage(db, project_id, w1.id)
    board = clustering.load_board(db, project_id)
    out["board"] = [(c.text, c.theme_id, c.sdgs, c.workshop_code) for c in board.cards]
    out["board themes"] = board.themes
    out["projector"] = run.latest_ideas(db, w1.id)

    rounds = prioritise_rounds.list_rounds(db, w1.id)
    for rnd in rounds:
        out[f"result {rnd.name}"] = prioritise_results.round_result(db, rnd.id)
        out[f"by age {rnd.name}"] = prioritise_results.results_by_group(db, rnd.id, "age")
    out["compare"] = prioritise_results.compare_methods(db, [r.id for r in rounds])
    out["numbers"] = sorted(prioritise_rounds.idea_numbers(db, w1.id).values())

    folder.mkdir()
    written = exports.export_csv(db, folder, project_id=project_id)
    out["csv"] = {p.name: p.read_text(encoding="utf-8") for p in sorted(written)}
    return out


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?"
                   r"|\d{15}-\d{6}-[\w-]+")


def names_of(db: Database) -> dict[str, str]:
    """Every record id -> a name that is the same in two runs of :func:`script`."""
    label = {"idea": "text", "theme": "name", "workshop": "code", "participant": "code",
             "project": "name", "strategy_goal": "code", "criterion": "key",
             "demographic_dimension": "key", "demographic_category": "key",
             "priority_round": "name"}
    names: dict[str, str] = {}
    with db.engine.connect() as conn:
        for table, column in label.items():
            for row in conn.execute(sa.text(f"SELECT id, {column} FROM {table}")):
                names[row[0]] = f"<{table}:{row[1]}>"
    return names


def normalise(value, names: dict[str, str], *, times: bool):
    """Ids replaced by names (record ids differ between two runs), times masked if asked."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, normalise(
            {f.name: getattr(value, f.name) for f in dataclasses.fields(value)
             if not (f.name in ("rowid",) or times and f.name in ("created_at", "id"))},
            names, times=times))
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        items = [(normalise(k, names, times=times), normalise(v, names, times=times))
                 for k, v in value.items()]
        return sorted(items, key=repr)
    if isinstance(value, (list, tuple)):
        return [normalise(v, names, times=times) for v in value]
    if isinstance(value, float):
        return "nan" if math.isnan(value) else round(value, 9)
    if isinstance(value, dt.datetime):
        return "<time>" if times else value.astimezone(dt.UTC).isoformat()
    if isinstance(value, str):
        text = _UUID.sub(lambda m: names.get(m.group(0), "<id>"), value)
        return _TIME.sub("<time>", text) if times else text
    return value


@pytest.fixture(scope="module")
def two_runs(pg, tmp_path_factory):
    """The script on SQLite and on PostgreSQL, and what each one reads back."""
    results = {}
    for name in ("sqlite", "postgresql"):
        tmp = tmp_path_factory.mktemp(name)
        target = tmp / "office.sqlite" if name == "sqlite" else pg.create_database("script")
        db = Database.open(target, "office")
        try:
            project_id = script(db)
            results[name] = normalise(observe(db, project_id, tmp / "csv"), names_of(db),
                                      times=True)
        finally:
            db.close()
    return results


def test_the_script_reads_back_the_same_on_postgresql_as_on_sqlite(two_runs):
    lite, pg = dict(two_runs["sqlite"]), dict(two_runs["postgresql"])
    assert lite.keys() == pg.keys()
    differing = [k for k in lite if lite[k] != pg[k]]
    assert differing == [], {k: (lite[k], pg[k]) for k in differing[:3]}


def test_the_script_results_are_not_trivially_equal(two_runs):
    # Guard against comparing two empty results: the searches find what they should.
    got = dict(two_runs["postgresql"])
    assert got["search 'grønn'"] == ["Grønnere korridor langs elva, med benker"]
    assert got["search 'grø'"] == got["search 'grønn'"]
    buses = got[f"search {'الحافلات'!r}"]
    assert {ARABIC, EXTRA_IDEAS[4][0]} <= set(buses) <= set(got[f"search {'الحاف'!r}"])
    assert all("الحافلات" in text for text in buses)
    assert got[f"search {'ВЕЛО'!r}"] == [CYRILLIC]
    assert got[f"search {'የአውቶቡስ'!r}"] == [ETHIOPIC]
    # The last word is a prefix: "cafe" finds "café" and "Cafeteria".
    assert got["search 'cafe'"] == got["search 'café'"]
    assert {EXTRA_IDEAS[7][0], EXTRA_IDEAS[8][0]} <= set(got["search 'cafe'"])
    assert set(got["search 'cafe'"]) <= set(got["search 'caf'"])
    assert got["search 'buses'"] and EXTRA_IDEAS[-1][0] not in got["search 'buses'"]  # deleted
    assert got["search 'zzzqqq'"] == [] == got["search '!!'"]
    assert got["search 'evening bus'"] and all(  # (the word "evening" may be in the title)
        "bus" in t.lower() for t in got["search 'evening bus'"])
    assert len(got["all"]) == 209 == got["count"][0]  # 200 demo + 10 - 1 deleted
    csv = dict(got["csv"])
    assert ARABIC in csv["ideas.csv"] and "Åse" not in csv.get("contacts.csv", "")


# --------------------------------------------------------------------- the same records merged


def _table_rows(db: Database) -> dict[str, list[dict]]:
    """Every synced table, row by row, as Python values (ordered by id)."""
    out = {}
    with db.session() as s:
        for cls in SYNCED_TABLES:
            rows = s.exec(sa.select(cls).order_by(cls.id)).scalars().all()
            out[cls.__tablename__] = [r.model_dump() for r in rows]
    return out


@pytest.fixture(scope="module")
def merged(pg, tmp_path_factory):
    """A facilitator's SQLite database, and its full change set merged into an SQLite office
    and into a PostgreSQL office."""
    from smartcity_desktop.services.sync import collect as sync_collect
    from smartcity_desktop.services.sync import merge as sync_merge

    tmp = tmp_path_factory.mktemp("merge")
    device = Database.open(tmp / "device.sqlite", "laptop-7")
    project_id = script(device)
    changes = sync_collect.collect_changes(device, include_contacts=True)
    offices = {"sqlite": Database.open(tmp / "office.sqlite", "office"),
               "postgresql": Database.open(pg.create_database("office"), "office")}
    package = dict(package_id=str(uuid.uuid4()), device_id="laptop-7", kind="full",
                   created_at=utcnow(), hlc_from=changes.hlc_from, hlc_to=changes.hlc_to,
                   tables=changes.tables)
    reports = {n: sync_merge.apply_changes(db, **package) for n, db in offices.items()}
    yield device, offices, reports, project_id, package
    for db in (device, *offices.values()):
        db.close()


def test_a_device_package_merged_into_postgresql_equals_the_device_table_by_table(merged):
    device, offices, reports, _, _ = merged
    assert reports["postgresql"].tables == reports["sqlite"].tables
    assert sum(c.added for c in reports["postgresql"].tables.values()) > 1000
    expected = _table_rows(device)
    got = _table_rows(offices["postgresql"])
    assert got.keys() == expected.keys()
    for table in expected:
        assert got[table] == expected[table], f"table {table} differs"
    assert _table_rows(offices["sqlite"]) == expected


def test_merging_the_same_package_again_into_postgresql_changes_nothing(merged):
    from smartcity_desktop.services.sync import merge as sync_merge

    _, offices, _, _, package = merged
    before = _table_rows(offices["postgresql"])
    again = sync_merge.apply_changes(offices["postgresql"], **package)
    assert again.already_imported
    assert _table_rows(offices["postgresql"]) == before


def test_the_merged_offices_read_back_identically_ids_and_times_included(merged,
                                                                         tmp_path_factory):
    _, offices, _, project_id, _ = merged
    seen = {}
    for name, db in offices.items():
        folder = tmp_path_factory.mktemp(f"read-{name}")
        seen[name] = dict(normalise(observe(db, project_id, folder / "csv"), {}, times=False))
    differing = [k for k in seen["sqlite"] if seen["sqlite"][k] != seen["postgresql"][k]]
    assert differing == [], {k: (seen["sqlite"][k], seen["postgresql"][k])
                             for k in differing[:3]}


def test_office_edits_on_postgresql_keep_search_and_clock_consistent(merged):
    _, offices, _, project_id, _ = merged
    db = offices["postgresql"]
    [key] = capture.idea_rowids(db, IdeaQuery(project_id=project_id, text=CYRILLIC))
    idea_id = capture.fetch_idea_rows(db, [key])[key].id
    before = capture.get_idea(db, idea_id)
    capture.update_idea(db, idea_id, dataclasses.replace(before.data, text="Ещё скамейки"))
    assert capture.idea_rowids(db, IdeaQuery(project_id=project_id, text="велосипед")) == []
    assert capture.idea_rowids(db, IdeaQuery(project_id=project_id, text="скамей")) == [key]
    capture.delete_idea(db, idea_id)
    assert capture.idea_rowids(db, IdeaQuery(project_id=project_id, text="скамей")) == []
    capture.restore_idea(db, idea_id)
    assert capture.idea_rowids(db, IdeaQuery(project_id=project_id, text="скамей")) == [key]
    with db.engine.connect() as conn:
        newest = conn.execute(sa.text("SELECT max(hlc) FROM idea")).scalar()
    # A new office process continues after the newest imported stamp.
    reopened = Database.open(db.engine.url.render_as_string(hide_password=False), "office")
    try:
        assert reopened.stamp()["hlc"] > newest
    finally:
        reopened.close()



def test_search_on_postgresql_can_use_the_index_of_migration_0002(merged):
    _, offices, _, project_id, _ = merged
    db = offices["postgresql"]
    source, where, params = capture.where_clause(db, IdeaQuery(project_id=project_id, text="grønn"))
    # The search condition alone (the project condition would lead with 209 ideas): with
    # scans that read every row ruled out, only the index can answer it.
    search = [c for c in where.split(" AND ") if "smartcity_idea_tsv" in c]
    assert len(search) == 1
    with db.engine.connect() as conn:
        conn.execute(sa.text("SET LOCAL enable_seqscan = off"))
        conn.execute(sa.text("SET LOCAL enable_indexscan = off"))
        for other in ("ix_idea_live_created", "ix_idea_workshop_live",
                      "ix_idea_workshop_live_theme"):  # dropped only inside this transaction
            conn.execute(sa.text(f"DROP INDEX {other}"))
        plan = "\n".join(conn.execute(sa.text(
            f"EXPLAIN SELECT i.id FROM {source} WHERE i.deleted = false AND {search[0]}"),
            params).scalars())
        conn.rollback()
    # Same expression as the index, and "deleted = false" implies its "WHERE NOT deleted".
    assert "ix_idea_search" in plan, plan


# --------------------------------------------------------------------------- a guard for new code

# SQL that works on SQLite only. Booleans are real booleans on PostgreSQL ("deleted = 0" is an
# error there: write "deleted = false", which SQLite reads the same and indexes the same);
# rowid, group_concat and COLLATE NOCASE go through Database.row_key / group_concat / nocase.
_SQLITE_ONLY = re.compile(
    r"\b(deleted|consent_processing|consent_contact|is_stakeholder|is_prefer_not_to_say|closed"
    r"|revoked|double_entry)\s*(=|!=|<>)\s*[01]\b|\browid\b|(?<!\.)group_concat\(|COLLATE NOCASE"
    r"|\bsum\((NOT|deleted)|\bINSERT OR\b|\bIFNULL\(|json_each\(|strftime\('", re.IGNORECASE)
# Lines allowed to say so: SQLite-only branches and the dialect helpers themselves.
_ALLOWED = (
    "idea_fts f CROSS JOIN idea i ON i.rowid = f.rowid",   # capture: the FTS5 branch
    "ideas by rowid. Left to itself SQLite",                # capture: its comment
    '"SELECT i.id, i.rowid, i.created_at, w.code',          # clustering._CARD_SQL (+ _card_sql)
    '"(SELECT group_concat(sdg_number) FROM idea_sdg s',    # clustering._CARD_SQL
    'replace("group_concat(sdg_number)"',                   # clustering._card_sql
    'replace("i.rowid"',                                    # clustering._card_sql
)


def test_services_write_no_sqlite_only_sql():
    root = Path(__file__).resolve().parents[2] / "smartcity_desktop"
    found = []
    for folder in ("services", "cli", "qt"):
        for path in sorted((root / folder).rglob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0] if not line.lstrip().startswith(("\"", "f\"")) \
                    else line
                if _SQLITE_ONLY.search(code) and not any(a in line for a in _ALLOWED) \
                        and "row_key" not in line and "rowid_of" not in line \
                        and "_rowids" not in line and "rowids" not in line \
                        and "self.rowid" not in line and "rowid:" not in line:
                    found.append(f"{path.relative_to(root)}:{n}: {line.strip()[:90]}")
    assert found == [], ("SQL that fails on the office's PostgreSQL (use 'deleted = false', "
                         "db.row_key(), db.group_concat(), db.nocase()):\n" + "\n".join(found))
