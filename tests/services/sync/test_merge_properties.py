"""Property tests of the merge (hypothesis): packages from three devices imported in every
order give identical databases, equal to "the newest version of every record"; the same
package twice changes nothing; a tombstone beats every older edit."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from smartcity_desktop.core.clock import HybridLogicalClock
from smartcity_desktop.services.ideas import capture
from smartcity_desktop.services.sync import codec as sync_codec
from smartcity_desktop.services.sync import collect as sync_collect
from smartcity_desktop.services.sync import conflicts as sync_conflicts
from smartcity_desktop.services.sync import merge as sync_merge
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.database import Database

DEVICES = ("dev-a", "dev-b", "dev-c")
N_IDEAS = 3
BASE_WALL = 1_800_000_000_000
TEXTS = ("Bike lanes", "Blå benker", "مواعيد الحافلات في المساء", "የአውቶቡስ መርሐ ግብር",
         "Деревья у школы", "Night buses")
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


# --------------------------------------------------------------------------- fixtures


def _copy(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    wal = src.with_name(src.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, dst.with_name(dst.name + "-wal"))


def _apply(db: Database, cs: sync_collect.ChangeSet, device: str, package_id: str | None = None):
    return sync_merge.apply_changes(db, package_id=package_id or str(uuid.uuid4()),
                                    device_id=device, kind="full",
                                    created_at=dt.datetime.now(dt.UTC),
                                    hlc_from=cs.hlc_from, hlc_to=cs.hlc_to,
                                    tables=json.loads(json.dumps(cs.tables)))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """An office database with a project, a workshop and three ideas, and three devices that
    received it: the common version every example starts from."""
    folder = tmp_path_factory.mktemp("template")
    office = Database.open(folder / "office.sqlite", device_id="office")
    office.clock = HybridLogicalClock("office", wall_millis=lambda: BASE_WALL)
    p = projects.create_project(office, "P")
    w = projects.create_workshop(office, p.id, "W1", "Kick-off")
    ideas = [capture.add_idea(office, w.id, capture.IdeaInput(text=f"Idea {i}", sdgs=(11,)))
             for i in range(N_IDEAS)]
    cs = sync_collect.collect_changes(office)
    for device in DEVICES:
        d = Database.open(folder / f"{device}.sqlite", device_id=device)
        _apply(d, cs, "office")
        d.close()
    office.close()
    return folder, w.id, ideas


def dump(db: Database) -> dict[str, list[dict]]:
    out = {}
    with db.engine.connect() as conn:
        for name in sync_codec.SYNC_TABLES:
            t = SQLModel.metadata.tables[name]
            out[name] = [sync_codec.record_to_json(r, name)
                         for r in conn.execute(sa.select(t).order_by(t.c.id))]
    return out


def newest_of_every_record(dumps: list[dict]) -> dict[str, list[dict]]:
    """The oracle: per record, the version with the largest (hlc, device_id) anywhere."""
    out = {}
    for name in sync_codec.SYNC_TABLES:
        best: dict[str, dict] = {}
        for d in dumps:
            for r in d[name]:
                have = best.get(r["id"])
                if have is None or (r["hlc"], r["device_id"]) > (have["hlc"], have["device_id"]):
                    best[r["id"]] = r
        out[name] = [best[k] for k in sorted(best)]
    return out


class Devices:
    """Three device databases copied from the template, each with a clock the test drives."""

    def __init__(self, template, folder: Path) -> None:
        src, self.workshop_id, self.ideas = template
        self.folder = folder
        self.src = src
        self.walls = {d: BASE_WALL for d in DEVICES}
        self.dbs = {}
        for device in DEVICES:
            _copy(src / f"{device}.sqlite", folder / f"{device}.sqlite")
            db = Database.open(folder / f"{device}.sqlite", device_id=device)
            started = db.clock.now()  # continues after the newest stamp in the file
            db.clock = HybridLogicalClock(device, wall_millis=lambda d=device: self.walls[d])
            db.clock.observe(started)
            self.dbs[device] = db
        self.added: list[str] = []

    def office(self, name: str) -> Database:
        _copy(self.src / "office.sqlite", self.folder / f"{name}.sqlite")
        return Database.open(self.folder / f"{name}.sqlite", device_id=name)

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()


# One step of one device: (device, wall clock offset in seconds, action, idea, text, sdgs)
steps = st.lists(st.tuples(
    st.sampled_from(DEVICES),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(("edit", "delete", "restore", "add", "sdgs")),
    st.integers(min_value=0, max_value=N_IDEAS - 1),
    st.sampled_from(TEXTS),
    st.sets(st.sampled_from((3, 7, 11, 13)), max_size=2),
), min_size=1, max_size=12)


def run_steps(devs: Devices, plan) -> None:
    for device, offset, action, index, text, sdgs in plan:
        db = devs.dbs[device]
        devs.walls[device] = BASE_WALL + 1_000 + offset * 1_000  # ties across devices happen
        idea = devs.ideas[index]
        snap = capture.get_idea(db, idea)
        if action == "add":
            devs.added.append(capture.add_idea(db, devs.workshop_id,
                                               capture.IdeaInput(text=f"{text} ({device})")))
        elif action == "delete" and not snap.deleted:
            capture.delete_idea(db, idea)
        elif action == "restore" and snap.deleted:
            capture.restore_idea(db, idea)
        elif action in ("edit", "sdgs") and not snap.deleted:
            data = snap.data
            capture.update_idea(db, idea, capture.IdeaInput(
                text=text if action == "edit" else data.text,
                sdgs=tuple(sorted(sdgs)) if action == "sdgs" else data.sdgs))


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(plan=steps)
def test_three_devices_in_every_order_give_identical_databases(template, tmp_path_factory,
                                                                plan):
    devs = Devices(template, tmp_path_factory.mktemp("ex"))
    try:
        run_steps(devs, plan)
        packages = [(d, sync_collect.collect_changes(devs.dbs[d])) for d in DEVICES]
        expected = newest_of_every_record([dump(db) for db in devs.dbs.values()])
        results = []
        for n, order in enumerate(itertools.permutations(range(3))):
            office = devs.office(f"office{n}")
            for i in order:
                _apply(office, packages[i][1], packages[i][0])
            results.append(dump(office))
            newest = max(r["hlc"] for t in results[-1].values() for r in t)
            assert office.clock.now().encode() > newest  # the clock moved past every stamp
            # every package once more, under new ids: nothing changes
            for device, cs in packages:
                report = _apply(office, cs, device)
                assert report.added == report.changed == report.deleted == 0
            assert dump(office) == results[-1]
            office.close()
        assert all(r == results[0] for r in results[1:])
        assert results[0] == expected
    finally:
        devs.close()


@SETTINGS
@given(plan=steps, twice=st.booleans())
def test_the_same_package_twice_changes_nothing(template, tmp_path_factory, plan, twice):
    devs = Devices(template, tmp_path_factory.mktemp("ex"))
    try:
        run_steps(devs, plan)
        office = devs.office("office")
        package = str(uuid.uuid4())
        for device in DEVICES:
            cs = sync_collect.collect_changes(devs.dbs[device])
            pid = package if device == "dev-a" else None
            _apply(office, cs, device, package_id=pid)
        before = dump(office)
        with office.engine.connect() as conn:
            log = conn.execute(sa.text("SELECT count(*) FROM imported_package")).scalar_one()
            conflicts = sync_conflicts.open_conflict_count(office)
        cs = sync_collect.collect_changes(devs.dbs["dev-a"])
        report = _apply(office, cs, "dev-a", package_id=package)
        assert report.already_imported
        if twice:
            assert _apply(office, cs, "dev-a", package_id=package).already_imported
        assert dump(office) == before and sync_conflicts.open_conflict_count(office) == conflicts
        with office.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM imported_package")
                                ).scalar_one() == log
        office.close()
    finally:
        devs.close()


@SETTINGS
@given(edit_at=st.integers(min_value=0, max_value=5), delete_at=st.integers(min_value=0,
                                                                            max_value=5),
       editor=st.sampled_from(DEVICES), deleter=st.sampled_from(DEVICES),
       edit_first=st.booleans())
def test_a_tombstone_beats_every_older_edit(template, tmp_path_factory, edit_at, delete_at,
                                            editor, deleter, edit_first):
    if editor == deleter:
        return  # one device's own changes are ordered by its clock anyway
    devs = Devices(template, tmp_path_factory.mktemp("ex"))
    try:
        idea = devs.ideas[0]
        devs.walls[editor] = BASE_WALL + 1_000 + edit_at * 1_000
        devs.walls[deleter] = BASE_WALL + 1_000 + delete_at * 1_000
        capture.update_idea(devs.dbs[editor], idea, capture.IdeaInput(text="Edited"))
        capture.delete_idea(devs.dbs[deleter], idea)
        edited = next(r for r in dump(devs.dbs[editor])["idea"] if r["id"] == idea)
        deleted = next(r for r in dump(devs.dbs[deleter])["idea"] if r["id"] == idea)
        order = (editor, deleter) if edit_first else (deleter, editor)
        office = devs.office("office")
        for device in order:
            _apply(office, sync_collect.collect_changes(devs.dbs[device]), device)
        now = next(r for r in dump(office)["idea"] if r["id"] == idea)
        if (deleted["hlc"], deleted["device_id"]) > (edited["hlc"], edited["device_id"]):
            # the tombstone is newer: the older edit never brings the idea back
            assert now["deleted"] is True and now["hlc"] == deleted["hlc"]
            assert idea not in {r.id for r in capture.fetch_idea_rows(
                office, capture.idea_rowids(office, capture.IdeaQuery(text="Edited"))).values()}
        else:
            assert now["deleted"] is False and now["text"] == "Edited"
        # both changed the same common version: the office queues it whatever the order
        assert sync_conflicts.open_conflict_count(office) == 1
        office.close()
    finally:
        devs.close()
