"""services.sync_merge without Qt: records <-> JSON, collecting changes (privacy, parents,
increments) and merging them (round trip, idempotence, last writer wins, conflicts, tombstones,
clock, search index, strict validation with the database left as it was)."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from smartcity_desktop.core.clock import HLCStamp, HybridLogicalClock
from smartcity_desktop.core.enums import IdeaKind, IdeaStatus, RoundMethod
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.sync import codec as sync_codec
from smartcity_desktop.services.sync import collect as sync_collect
from smartcity_desktop.services.sync import conflicts as sync_conflicts
from smartcity_desktop.services.sync import merge as sync_merge
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.storage.database import Database
from smartcity_desktop.storage.models import SYNCED_TABLES

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Велосипедные дорожки у школы"

# --------------------------------------------------------------------------- helpers


def open_db(folder: Path, name: str, device: str, wall=None) -> Database:
    db = Database.open(folder / f"{name}.sqlite", device_id=device)
    if wall is not None:
        db.clock = HybridLogicalClock(device, wall_millis=wall)
    return db


def send(src: Database, dst: Database, *, since=None, tables=None, kind="full",
         include_contacts=False, include_demographics=True, package_id=None):
    """Collect on ``src`` and apply on ``dst`` as one package; returns (report, changeset)."""
    cs = sync_collect.collect_changes(src, since_hlc=since, tables=tables,
                                      include_contacts=include_contacts,
                                      include_demographics=include_demographics)
    report = sync_merge.apply_changes(dst, package_id=package_id or str(uuid.uuid4()),
                                      device_id=src.device_id, kind=kind,
                                      created_at=dt.datetime.now(dt.UTC), hlc_from=cs.hlc_from,
                                      hlc_to=cs.hlc_to, tables=json.loads(json.dumps(cs.tables)))
    return report, cs


def dump(db: Database, tables=None) -> dict[str, list[dict]]:
    """Every synced table, row by row, sorted by id."""
    out = {}
    with db.engine.connect() as conn:
        for name in tables or sync_codec.SYNC_TABLES:
            t = SQLModel.metadata.tables[name]
            out[name] = [sync_codec.record_to_json(r, name)
                         for r in conn.execute(sa.select(t).order_by(t.c.id))]
    return out


def row(db: Database, table: str, rid: str) -> dict | None:
    t = SQLModel.metadata.tables[table]
    with db.engine.connect() as conn:
        r = conn.execute(sa.select(t).where(t.c.id == rid)).first()
    return sync_codec.record_to_json(r, table) if r is not None else None


def count(db: Database, table: str) -> int:
    t = SQLModel.metadata.tables[table]
    with db.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()


def search(db: Database, text: str) -> set[str]:
    rowids = capture.idea_rowids(db, capture.IdeaQuery(text=text))
    return {r.id for r in capture.fetch_idea_rows(db, rowids).values()}


def file_state(db: Database) -> tuple[str, str]:
    """Hashes of the database file and its WAL: unchanged bytes mean nothing was written."""
    main = hashlib.sha256(db.path.read_bytes()).hexdigest()
    wal = db.path.with_name(db.path.name + "-wal")
    return main, hashlib.sha256(wal.read_bytes()).hexdigest() if wal.exists() else ""


def realistic(db: Database) -> dict:
    """A project with a workshop, themes, goals, participants (with and without consent,
    answers, a contact), ideas in several scripts with SDGs/goals/authors, a decision, a
    deleted idea, an agenda and a dot round."""
    p = projects.create_project(db, "Grønn mobilitet 2030", language="nb")
    w = projects.create_workshop(db, p.id, "W1", "Kick-off")
    theme = projects.add_theme(db, p.id, "Transport")
    goal = projects.add_strategy_goal(db, p.id, "G1", "Fewer cars")
    projects.set_agenda(db, w.id, [("Welcome", 10), ("Ideas", 40)])
    consenting = participants.register_participant(db, w.id, participants.ParticipantInput(
        answers={"age": "20-44", "gender": "prefer_not_to_say"}, consent_processing=True,
        consent_contact=True, contact=participants.ContactInput("Åse Ødegård", "ase@example.no",
                                                                "+47 900 00 000")))
    private = participants.register_participant(db, w.id, participants.ParticipantInput(
        answers={"age": "67-79"}, consent_processing=False))
    ideas = []
    for text, kw in ((ARABIC, {"sdgs": (11,), "theme_id": theme.id}),
                     (ETHIOPIC, {"sdgs": (11, 13), "strategy_goal_ids": (goal.id,)}),
                     (CYRILLIC, {"author_participant_id": consenting.id}),
                     ("Sykkelvei langs elva, blå benker", {"kind": IdeaKind.NEED,
                                                           "author_participant_id": private.id}),
                     ("Bench by the bus stop", {"title": "Benches"})):
        ideas.append(capture.add_idea(db, w.id, capture.IdeaInput(text=text, **kw)))
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Budget 2027",
                            dt.date(2026, 12, 1), "Office")
    capture.delete_idea(db, ideas[4])
    rnd = prioritise_rounds.create_round(db, w.id, RoundMethod.DOTS, "Dots")
    prioritise_votes.add_dot_ballot(db, rnd.id, consenting.id, [ideas[0], ideas[0], ideas[1]])
    return {"project": p, "workshop": w, "theme": theme, "goal": goal, "ideas": ideas,
            "consenting": consenting, "private": private, "round": rnd}


@pytest.fixture
def three(tmp_path):
    """Office O made the project; devices A and B received it (a common version)."""
    o = open_db(tmp_path, "office", "office")
    a = open_db(tmp_path, "a", "dev-a")
    b = open_db(tmp_path, "b", "dev-b")
    p = projects.create_project(o, "P")
    w = projects.create_workshop(o, p.id, "W1", "Kick-off")
    idea = capture.add_idea(o, w.id, capture.IdeaInput(text="Bike lanes on Main Street"))
    send(o, a, kind="return")
    send(o, b, kind="return")
    yield o, a, b, w, idea
    for d in (o, a, b):
        d.close()


def edit(db: Database, idea_id: str, text: str) -> None:
    capture.update_idea(db, idea_id, capture.IdeaInput(text=text))


# --------------------------------------------------------------------------- tables


def test_sync_tables_are_every_synced_table_with_parents_first():
    assert sync_codec.SYNC_TABLES == [c.__tablename__ for c in SYNCED_TABLES]
    assert "sdg" not in sync_codec.SYNC_TABLES and "app_meta" not in sync_codec.SYNC_TABLES
    assert not {"trusted_key", "imported_package", "sync_conflict", "sync_base"} \
        & set(sync_codec.SYNC_TABLES)
    position = {t: i for i, t in enumerate(sync_codec.SYNC_TABLES)}
    for name in sync_codec.SYNC_TABLES:
        for col in SQLModel.metadata.tables[name].columns:
            for fk in col.foreign_keys:
                parent = fk.column.table.name
                if parent in position:
                    assert position[parent] < position[name], (name, col.name, parent)


def test_return_tables_carry_no_participant_level_data():
    assert set(sync_codec.RETURN_TABLES) <= set(sync_codec.SYNC_TABLES)
    assert not sync_codec.PARTICIPANT_TABLES & set(sync_codec.RETURN_TABLES)
    for name in sync_codec.RETURN_TABLES:
        columns = SQLModel.metadata.tables[name].columns.keys()
        assert "participant_id" not in columns and "participant_code" not in columns, name
    assert {"idea", "idea_status_change", "theme", "reference_category", "project"} \
        <= set(sync_codec.RETURN_TABLES)


# --------------------------------------------------------------------------- JSON


def test_record_to_json_and_back_keeps_every_value(db, workshop):
    idea_id = capture.add_idea(db, workshop.id, capture.IdeaInput(text=ARABIC, title="Buss"))
    lifecycle.change_status(db, idea_id, IdeaStatus.DECLINED, "Not ours", dt.date(2026, 2, 28))
    data = row(db, "idea", idea_id)
    assert data["text"] == ARABIC and data["status_date"] == "2026-02-28"
    assert data["created_at"].endswith("Z") and data["deleted"] is False
    json.dumps(data)  # JSON-ready
    values = sync_codec.json_to_values("idea", json.loads(json.dumps(data)))
    assert values["status_date"] == dt.date(2026, 2, 28)
    assert values["created_at"].tzinfo is not None
    assert sync_codec.record_to_json(values, "idea") == data


# --------------------------------------------------------------------------- round trip


def test_round_trip_device_to_office_table_by_table(tmp_path):
    a = open_db(tmp_path, "a", "dev-a")
    o = open_db(tmp_path, "o", "office")
    data = realistic(a)
    report, cs = send(a, o, include_contacts=True)
    assert not report.already_imported
    mine, theirs = dump(a), dump(o)
    # every synced table, every row, every column; only the answers of the participant who
    # did not consent to processing stay on the device
    consenting = data["consenting"].id
    assert theirs.pop("participant_answer") == [
        r for r in mine.pop("participant_answer") if r["participant_id"] == consenting]
    assert theirs == mine
    assert count(o, "contact_detail") == 1 and count(o, "dot_vote") >= 2
    assert report.added + report.deleted == cs.total
    assert report.tables["idea"].added == 4 and report.tables["idea"].deleted == 1
    assert report.changed == 0 and report.conflicts == 0
    assert sync_conflicts.list_conflicts(o) == []


def test_privacy_contacts_and_answers_only_with_consent_and_option(tmp_path):
    a = open_db(tmp_path, "a", "dev-a")
    data = realistic(a)
    plain = sync_collect.collect_changes(a)
    assert "contact_detail" not in plain.tables  # not ticked
    answers = plain.tables["participant_answer"]
    assert answers and {r["participant_id"] for r in answers} == {data["consenting"].id}
    assert count(a, "participant_answer") > len(answers)  # the private one's exist locally
    with_contacts = sync_collect.collect_changes(a, include_contacts=True)
    assert [r["name"] for r in with_contacts.tables["contact_detail"]] == ["Åse Ødegård"]
    no_demo = sync_collect.collect_changes(a, include_contacts=True, include_demographics=False)
    assert "participant_answer" not in no_demo.tables
    # a participant who withdraws consent to contact: the contact stays home
    participants.update_participant(a, data["consenting"].id, participants.ParticipantInput(
        answers={"age": "20-44"}, consent_processing=True, consent_contact=False))
    assert not sync_collect.collect_changes(a, include_contacts=True).tables.get("contact_detail")


def test_return_package_carries_no_participant_data_but_applies_on_its_own(tmp_path):
    o = open_db(tmp_path, "o", "office")
    a = open_db(tmp_path, "a", "dev-a")
    c = open_db(tmp_path, "c", "dev-c")
    data = realistic(a)
    send(a, o, include_contacts=True)
    lifecycle.change_status(o, data["ideas"][2], IdeaStatus.UNDER_REVIEW, "Asked the city",
                            dt.date(2026, 12, 5), "Office")
    report, cs = send(o, c, tables=sync_codec.RETURN_TABLES, kind="return")
    assert not {"participant_answer", "contact_detail", "dot_vote"} & set(cs.tables)
    # the authors' participant rows come as parents only (codes and consent flags)
    assert {r["id"] for r in cs.tables["participant"]} == {data["consenting"].id,
                                                          data["private"].id}
    assert row(c, "idea", data["ideas"][2])["status"] == "under_review"
    assert count(c, "contact_detail") == 0 and count(c, "participant_answer") == 0
    # a return package carrying answers is refused
    bad = sync_collect.collect_changes(a, tables=["participant_answer"])
    with pytest.raises(sync_codec.SyncRejected) as info:
        sync_merge.apply_changes(c, package_id=str(uuid.uuid4()), device_id="dev-a", kind="return",
                                 created_at=dt.datetime.now(dt.UTC), hlc_from=None, hlc_to=None,
                                 tables=bad.tables)
    assert info.value.reason == "privacy" and info.value.table == "participant_answer"


def test_incremental_changes_bring_their_parents(tmp_path):
    a = open_db(tmp_path, "a", "dev-a")
    o = open_db(tmp_path, "o", "office")
    data = realistic(a)
    first, cs1 = send(a, o)
    new_id = capture.add_idea(a, data["workshop"].id, capture.IdeaInput(
        text="Solar roof on the library", sdgs=(7,), theme_id=data["theme"].id,
        author_participant_id=data["consenting"].id))
    cs2 = sync_collect.collect_changes(a, since_hlc=cs1.hlc_to)
    assert cs2.hlc_from == cs1.hlc_to and cs2.hlc_to > cs1.hlc_to
    assert [r["id"] for r in cs2.tables["idea"]] == [new_id]
    assert set(cs2.tables) == {"project", "workshop", "theme", "participant", "idea",
                               "idea_sdg"}
    # the incremental package applies on a database that never saw the first one
    fresh = open_db(tmp_path, "fresh", "office2")
    sync_merge.apply_changes(fresh, package_id=str(uuid.uuid4()), device_id="dev-a",
                             kind="incremental", created_at=dt.datetime.now(dt.UTC),
                             hlc_from=cs2.hlc_from,
                             hlc_to=cs2.hlc_to, tables=cs2.tables)
    assert row(fresh, "idea", new_id)["text"] == "Solar roof on the library"
    report, _ = send(a, o, since=cs1.hlc_to)
    assert report.tables["idea"].added == 1 and report.tables["idea_sdg"].added == 1
    assert report.tables["workshop"].unchanged == 1
    # nothing new: an empty change set with the bookmark kept
    empty = sync_collect.collect_changes(a, since_hlc=cs2.hlc_to)
    assert empty.tables == {} and empty.hlc_to == cs2.hlc_to


# --------------------------------------------------------------------------- idempotence


def test_the_same_package_twice_changes_nothing(tmp_path):
    a = open_db(tmp_path, "a", "dev-a")
    o = open_db(tmp_path, "o", "office")
    realistic(a)
    package = str(uuid.uuid4())
    first, _ = send(a, o, package_id=package)
    before = dump(o)
    files = file_state(o)
    again, _ = send(a, o, package_id=package)
    assert again.already_imported and again.added == again.changed == again.unchanged == 0
    assert dump(o) == before and file_state(o) == files
    assert sync_merge.is_imported(o, package)
    with o.engine.connect() as conn:
        logged = conn.execute(sa.text("SELECT package_id, device_id, kind, counts_json, "
                                      "report_json FROM imported_package")).all()
    assert len(logged) == 1 and logged[0][1] == "dev-a" and logged[0][2] == "full"
    assert json.loads(logged[0][3])["idea"] == 5
    assert json.loads(logged[0][4])["tables"]["idea"]["added"] == 4
    # the same records in another package: nothing changes either
    other, _ = send(a, o)
    assert not other.already_imported
    assert other.unchanged == first.added + first.deleted and other.changed == 0
    assert dump(o) == before


# --------------------------------------------------------------------------- last writer wins


def test_tombstone_beats_an_older_edit_in_either_order(three, tmp_path):
    o, a, b, w, idea = three
    edit(a, idea, "Bike lanes, edited on A first")
    capture.delete_idea(b, idea)  # later: the tombstone is the newest version
    x = open_db(tmp_path, "x", "office-x")
    y = open_db(tmp_path, "y", "office-y")
    for target, order in ((x, (a, b)), (y, (b, a))):
        send(o, target)
        for d in order:
            send(d, target)
        assert row(target, "idea", idea)["deleted"] is True
        assert idea not in search(target, "Bike")
    assert dump(x) == dump(y)
    # a later full package from A (its old edit again) does not resurrect it
    send(a, x)
    assert row(x, "idea", idea)["deleted"] is True


def test_newer_edit_wins_and_older_loses_whatever_the_order(three, tmp_path):
    o, a, b, w, idea = three
    edit(b, idea, "B's version")
    edit(a, idea, "A's version")  # later stamp
    assert row(a, "idea", idea)["hlc"] > row(b, "idea", idea)["hlc"]
    send(b, o)
    send(a, o)
    assert row(o, "idea", idea)["text"] == "A's version"
    r, _ = send(b, o)
    assert r.tables["idea"].unchanged == 1
    assert row(o, "idea", idea)["text"] == "A's version"


def test_equal_wall_times_are_ordered_by_device(tmp_path):
    o = open_db(tmp_path, "o", "office", wall=lambda: 1_000)
    p = projects.create_project(o, "P")
    w = projects.create_workshop(o, p.id, "W1", "K")
    idea = capture.add_idea(o, w.id, capture.IdeaInput(text="Trees"))
    a = open_db(tmp_path, "a", "dev-a", wall=lambda: 5_000)
    z = open_db(tmp_path, "z", "dev-z", wall=lambda: 5_000)
    send(o, a)
    send(o, z)
    a.clock = HybridLogicalClock("dev-a", wall_millis=lambda: 5_000)
    z.clock = HybridLogicalClock("dev-z", wall_millis=lambda: 5_000)
    edit(a, idea, "from a")
    edit(z, idea, "from z")
    assert HLCStamp.decode(row(a, "idea", idea)["hlc"]).millis == \
        HLCStamp.decode(row(z, "idea", idea)["hlc"]).millis
    send(z, o)
    send(a, o)
    assert row(o, "idea", idea)["text"] == "from z"  # same time and counter: "dev-z" > "dev-a"


# --------------------------------------------------------------------------- conflicts


def test_conflict_when_two_devices_edit_since_a_common_version(three):
    o, a, b, w, idea = three
    edit(a, idea, "Protected bike lanes")
    edit(b, idea, "Bike lanes and more buses")
    ra, _ = send(a, o)
    assert ra.conflicts == 0  # A built on the version O has
    rb, _ = send(b, o)
    assert rb.tables["idea"].conflicts == 1 and len(rb.conflict_ids) == 1
    [c] = sync_conflicts.list_conflicts(o)
    assert (c.table_name, c.record_id, c.package_id) == ("idea", idea, rb.package_id)
    assert c.local["text"] == "Protected bike lanes"
    assert c.incoming["text"] == "Bike lanes and more buses"
    assert c.local_device == "dev-a" and c.incoming_device == "dev-b"
    assert c.differences == ("text",) and c.is_open
    # last writer wins all the same: B edited later
    assert row(o, "idea", idea)["text"] == "Bike lanes and more buses" == c.current["text"]
    assert sync_conflicts.open_conflict_count(o) == 1
    # the same pair of versions again (another full package from B) is not queued twice
    send(b, o)
    assert sync_conflicts.open_conflict_count(o) == 1


def test_the_same_change_on_two_devices_is_no_conflict(three):
    o, a, b, w, idea = three
    capture.update_idea(a, idea, capture.IdeaInput(text="Same words", sdgs=(11,)))
    capture.update_idea(b, idea, capture.IdeaInput(text="Same words", sdgs=(11,)))
    send(a, o)
    r, _ = send(b, o)
    assert r.conflicts == 0 and r.tables["idea"].changed == 1  # B's stamp is newer
    assert row(o, "idea", idea)["device_id"] == "dev-b"
    # ... but a different text is
    edit(a, idea, "Other words")
    edit(b, idea, "Different words")
    send(a, o)
    r, _ = send(b, o)
    assert r.conflicts == 1


def test_no_conflict_when_one_version_descends_from_the_other(three):
    o, a, b, w, idea = three
    edit(a, idea, "v1 on A")
    send(a, o)
    edit(a, idea, "v2 on A")  # A edits its own, already sent, version again
    r, _ = send(a, o)
    assert r.conflicts == 0 and r.tables["idea"].changed == 1
    # O passes it on to B, who did not touch it: no conflict, B takes it
    r, _ = send(o, b)
    assert r.conflicts == 0 and row(b, "idea", idea)["text"] == "v2 on A"
    # O edits on top and returns it to A: no conflict either way
    edit(o, idea, "v3 by the office")
    r, _ = send(o, a, kind="return", tables=sync_codec.RETURN_TABLES)
    assert r.conflicts == 0 and row(a, "idea", idea)["text"] == "v3 by the office"
    edit(a, idea, "v4 on A")
    r, _ = send(a, o)
    assert r.conflicts == 0 and row(o, "idea", idea)["text"] == "v4 on A"
    # B receives an older relay of a version it already has: nothing happens
    r, _ = send(o, b)
    assert r.conflicts == 0
    assert sync_conflicts.list_conflicts(o) == [] and sync_conflicts.list_conflicts(a) == [] \
        and sync_conflicts.list_conflicts(b) == []


def test_conflict_between_office_edit_and_device_edit(three):
    o, a, b, w, idea = three
    send(a, o)
    edit(a, idea, "Facilitator wording")
    edit(o, idea, "Office wording")  # later: the office's version wins
    r, _ = send(a, o)
    assert r.conflicts == 1 and r.tables["idea"].unchanged == 1
    [c] = sync_conflicts.list_conflicts(o)
    assert c.local_device == "office" and c.incoming_device == "dev-a"
    # the office settles conflicts; the facilitator just receives the winner, no second queue
    r_back, _ = send(o, a)
    assert r_back.conflicts == 0 and sync_conflicts.list_conflicts(a) == []
    assert row(a, "idea", idea)["text"] == row(o, "idea", idea)["text"] == "Office wording"


@pytest.mark.parametrize("choice", ["local", "incoming", "combined"])
def test_resolve_conflict(three, choice):
    o, a, b, w, idea = three
    edit(a, idea, "Text from A")
    edit(b, idea, "Text from B")
    send(a, o)
    send(b, o)
    [c] = sync_conflicts.list_conflicts(o)
    before = row(o, "idea", idea)
    combined = {"text": "A and B: " + ETHIOPIC} if choice == "combined" else None
    done = sync_conflicts.resolve_conflict(o, c.id, choice, combined)
    assert not done.is_open and done.resolution == choice
    assert sync_conflicts.list_conflicts(o) == []
    assert [x.id for x in sync_conflicts.list_conflicts(o, open_only=False)] == [c.id]
    now = row(o, "idea", idea)
    expected = {"local": "Text from A", "incoming": "Text from B",
                "combined": "A and B: " + ETHIOPIC}[choice]
    assert now["text"] == expected and now["device_id"] == "office"
    assert now["hlc"] > max(before["hlc"], c.local_hlc, c.incoming_hlc)
    assert now["created_at"] == before["created_at"]
    assert search(o, expected.split()[0].rstrip(":")) >= {idea}
    # the resolution travels to both devices and beats both versions, without a new conflict
    for d in (a, b):
        r, _ = send(o, d)
        assert r.conflicts == 0 and row(d, "idea", idea)["text"] == expected
    with pytest.raises(ValidationError):
        sync_conflicts.resolve_conflict(o, c.id, "local")  # already resolved


def test_resolve_conflict_refuses_bad_choices(three):
    o, a, b, w, idea = three
    edit(a, idea, "A")
    edit(b, idea, "B")
    send(a, o)
    send(b, o)
    [c] = sync_conflicts.list_conflicts(o)
    before = dump(o)
    with pytest.raises(ValidationError):
        sync_conflicts.resolve_conflict(o, c.id, "both")
    with pytest.raises(ValidationError):
        sync_conflicts.resolve_conflict(o, c.id, "combined")  # without values
    with pytest.raises(ValidationError) as info:
        sync_conflicts.resolve_conflict(o, c.id, "combined", {"text": "x" * 5001})
    assert info.value.field == "text"
    with pytest.raises(ValidationError):
        sync_conflicts.resolve_conflict(o, c.id, "combined", {"hlc": "000000000000001-000000-x"})
    with pytest.raises(ValidationError):
        sync_conflicts.resolve_conflict(o, c.id, "combined", {"kind": "wish"})
    with pytest.raises(ValidationError):
        sync_conflicts.resolve_conflict(o, c.id, "combined", {"theme_id": str(uuid.uuid4())})
    with pytest.raises(NotFoundError):
        sync_conflicts.resolve_conflict(o, str(uuid.uuid4()), "local")
    assert dump(o) == before and sync_conflicts.open_conflict_count(o) == 1


# --------------------------------------------------------------------------- clock and search


def test_clock_moves_past_imported_stamps_so_local_edits_win(tmp_path):
    # A's clock runs a day ahead of the office's
    ahead = 1_900_000_000_000
    a = open_db(tmp_path, "a", "dev-a", wall=lambda: ahead)
    o = open_db(tmp_path, "o", "office", wall=lambda: ahead - 86_400_000)
    p = projects.create_project(a, "P")
    w = projects.create_workshop(a, p.id, "W1", "K")
    idea = capture.add_idea(a, w.id, capture.IdeaInput(text="Night buses"))
    send(a, o)
    edit(o, idea, "Night buses every 30 minutes")
    assert row(o, "idea", idea)["hlc"] > row(a, "idea", idea)["hlc"]
    send(o, a)
    assert row(a, "idea", idea)["text"] == "Night buses every 30 minutes"
    # and a database reopened later continues after the imported stamps too
    o.close()
    o2 = open_db(tmp_path, "o", "office")
    assert o2.clock.now().encode() > row(o2, "idea", idea)["hlc"]


def test_search_index_follows_imported_ideas(tmp_path):
    a = open_db(tmp_path, "a", "dev-a")
    o = open_db(tmp_path, "o", "office")
    p = projects.create_project(a, "P")
    w = projects.create_workshop(a, p.id, "W1", "K")
    one = capture.add_idea(a, w.id, capture.IdeaInput(text="Sykkelvei langs elva",
                                                     title="Blå benker"))
    two = capture.add_idea(a, w.id, capture.IdeaInput(text=ARABIC))
    send(a, o)
    assert search(o, "sykkelvei") == {one} and search(o, "bla") == {one}
    assert search(o, "الحافلات") == {two}
    edit(a, one, "Trikk til Tøyen")
    capture.delete_idea(a, two)
    send(a, o)
    assert search(o, "sykkelvei") == set() and search(o, "trikk") == {one}
    assert search(o, "الحافلات") == set()
    capture.restore_idea(a, two)
    send(a, o)
    assert search(o, "الحافلات") == {two}
    with o.engine.connect() as conn:  # the index holds exactly the live ideas
        indexed = conn.execute(sa.text("SELECT count(*) FROM idea_fts")).scalar_one()
        check = conn.execute(sa.text(
            "INSERT INTO idea_fts(idea_fts, rank) VALUES ('integrity-check', 1)"))
        del check
    assert indexed == 2


# --------------------------------------------------------------------------- bad input


def _good(tmp_path):
    a = open_db(tmp_path, "a", "dev-a")
    o = open_db(tmp_path, "o", "office")
    realistic(a)
    return a, o, sync_collect.collect_changes(a).tables


def _apply(o, tables, kind="full", **kw):
    args = dict(package_id=str(uuid.uuid4()), device_id="dev-a", kind=kind,
                created_at=dt.datetime.now(dt.UTC), hlc_from=None, hlc_to=None, tables=tables)
    args.update(kw)
    return sync_merge.apply_changes(o, **args)


def _mutate(tables, table, index, **changes):
    out = copy.deepcopy(tables)
    for key, value in changes.items():
        if value is _DROP:
            del out[table][index][key]
        else:
            out[table][index][key] = value
    return out


_DROP = object()

BAD = [
    # (name, table, index, changes, reason, column, words in the message)
    ("unknown column", "idea", 1, {"colour": "red"}, "unknown_column", "colour", "unknown"),
    ("missing column", "idea", 0, {"text": _DROP}, "missing_column", "text", "missing"),
    ("missing hlc", "idea", 0, {"hlc": _DROP}, "missing_column", "hlc", "missing"),
    ("null id", "idea", 0, {"id": None}, "invalid_value", "id", "required"),
    ("wrong type", "workshop", 0, {"title": 42}, "invalid_value", "title", "text expected"),
    ("bool as int", "idea", 0, {"deleted": 0}, "invalid_value", "deleted", "true or false"),
    ("int as float", "priority_round", 0, {"position": 1.5}, "invalid_value", "position",
     "whole number"),
    ("text too long", "idea", 2, {"text": "x" * 5001}, "invalid_value", "text", "5001"),
    ("sized text too long", "workshop", 0, {"code": "W" * 9}, "invalid_value", "code",
     "limit is 8"),
    ("unknown enum code", "idea", 0, {"kind": "wish"}, "invalid_value", "kind", "wish"),
    ("unknown status", "idea_status_change", 0, {"to_status": "done"}, "invalid_value",
     "to_status", "done"),
    ("bad date", "idea_status_change", 0, {"decided_on": "2026-13-01"}, "invalid_value",
     "decided_on", "date"),
    ("naive datetime", "idea", 0, {"created_at": "2026-01-01T10:00:00"}, "invalid_value",
     "created_at", "time zone"),
    ("bad hlc", "idea", 0, {"hlc": "yesterday"}, "invalid_value", "hlc", "clock stamp"),
    ("bad base", "idea", 0, {"_base": "nope"}, "invalid_value", "_base", "clock stamp"),
    ("NUL in text", "idea", 0, {"text": "a\x00b"}, "invalid_value", "text", "NUL"),
    ("infinite number", "criterion", 0, {"weight": float("inf")}, "invalid_value", "weight",
     "finite"),
    ("missing parent", "idea", 0, {"theme_id": "7d3c1d2e-0000-4000-8000-000000000000"},
     "missing_reference", "theme_id", "theme"),
    ("unknown SDG", "idea_sdg", 0, {"sdg_number": 18}, "missing_reference", "sdg_number",
     "sdg"),
]


@pytest.mark.parametrize("name,table,index,changes,reason,column,words", BAD,
                         ids=[b[0] for b in BAD])
def test_invalid_records_are_rejected_and_nothing_changes(tmp_path, name, table, index, changes,
                                                         reason, column, words):
    a, o, tables = _good(tmp_path)
    send(a, o)  # the office already has data: nothing of it may change either
    extra = projects.create_project(a, "Second project")  # new records in the bad package
    tables = sync_collect.collect_changes(a).tables
    assert any(r["id"] == extra.id for r in tables["project"])
    bad = _mutate(tables, table, index, **changes)
    before, files = dump(o), file_state(o)
    clock_before = o.clock._last
    with pytest.raises(sync_codec.SyncRejected) as info:
        _apply(o, bad)
    err = info.value
    assert err.code == "package_rejected" and err.reason == reason
    assert err.table == table and err.column == column and err.line == index + 1
    assert f"table {table}" in err.message and f"line {index + 1}" in err.message
    assert words in err.message and column in err.message
    assert dump(o) == before and file_state(o) == files and o.clock._last == clock_before
    assert row(o, "project", extra.id) is None


def test_structural_problems_are_rejected(tmp_path):
    a, o, tables = _good(tmp_path)
    before = file_state(o)
    cases = [
        ({**tables, "sdg": [{"number": 1}]}, "unknown_table"),
        ({**tables, "idea": tables["idea"] + [tables["idea"][0]]}, "duplicate_record"),
        ({**tables, "idea": ["not an object"]}, "invalid_record"),
        ({**tables, "idea": {"id": "x"}}, "invalid_record"),
    ]
    for bad, reason in cases:
        with pytest.raises(sync_codec.SyncRejected) as info:
            _apply(o, bad)
        assert info.value.reason == reason, bad.keys()
    for kw in ({"kind": "weekly"}, {"package_id": "../../etc"}, {"device_id": ""},
               {"created_at": "yesterday"}, {"hlc_to": "later"},
               {"created_at": dt.datetime(2026, 1, 1)}):
        with pytest.raises(sync_codec.SyncRejected) as info:
            _apply(o, tables, **kw)
        assert info.value.reason == "invalid_manifest", kw
    assert file_state(o) == before and count(o, "idea") == 0


def test_a_rule_broken_midway_rolls_everything_back(tmp_path):
    a, o, tables = _good(tmp_path)
    # a second link record (new id) for the same idea and SDG breaks the unique rule only when
    # written, after the project, workshop and ideas of the package were written
    bad = copy.deepcopy(tables)
    dup = dict(bad["idea_sdg"][0], id=str(uuid.uuid4()))
    bad["idea_sdg"].append(dup)
    before = dump(o)
    with pytest.raises(sync_codec.SyncRejected) as info:
        _apply(o, bad)
    assert info.value.reason == "constraint"
    assert dump(o) == before and count(o, "imported_package") == 0
    assert _apply(o, tables).added > 0  # the good package still imports


def test_cancel_writes_nothing(tmp_path):
    a, o, tables = _good(tmp_path)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 20

    with pytest.raises(sync_codec.SyncCancelled):
        _apply(o, tables, progress=progress)
    assert seen and seen[-1][0] >= 20 and all(t == seen[0][1] for _, t in seen)
    assert count(o, "project") == 0 and count(o, "imported_package") == 0
    calls = []
    _apply(o, tables, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] == sum(len(v) for v in tables.values())


def test_collect_changes_refuses_unknown_tables_and_bad_stamps(db, workshop):
    with pytest.raises(sync_codec.SyncRejected):
        sync_collect.collect_changes(db, tables=["idea", "sqlite_master"])
    with pytest.raises(ValidationError):
        sync_collect.collect_changes(db, since_hlc="'; DROP TABLE idea; --")
