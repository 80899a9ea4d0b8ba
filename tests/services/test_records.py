"""Every write marks what it changed with a newer HLC stamp, the time and this device, so
that sync can later tell which change is the latest."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest

from smartcity_desktop.core.clock import HLCStamp, utcnow
from smartcity_desktop.core.enums import IdeaStatus, WorkshopStatus
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage.database import Database
from smartcity_desktop.storage.models import SYNCED_TABLES

STAMP_COLUMNS = ("updated_at", "hlc", "device_id")


def snapshot(path) -> dict[tuple[str, str], dict]:
    """Every row of every synced table, keyed by (table, id)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        result = {}
        for cls in SYNCED_TABLES:
            for row in conn.execute(f"SELECT * FROM {cls.__tablename__}"):
                result[(cls.__tablename__, row["id"])] = dict(row)
        return result
    finally:
        conn.close()


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def check_write(db: Database, operation) -> set[tuple[str, str]]:
    """Run ``operation`` and check the stamps of every record it created or changed.

    Returns the keys of the records that were written."""
    before = snapshot(db.path)
    newest_before = max((r["hlc"] for r in before.values()), default="")
    started = utcnow() - dt.timedelta(milliseconds=1)
    operation()
    after = snapshot(db.path)
    written = set()
    for key, row in after.items():
        old = before.get(key)
        data = {k: v for k, v in row.items() if k not in STAMP_COLUMNS}
        old_data = None if old is None else {k: v for k, v in old.items() if k not in STAMP_COLUMNS}
        stamps_changed = old is None or any(row[c] != old[c] for c in STAMP_COLUMNS)
        if data != old_data:
            assert stamps_changed, f"{key} changed without a new stamp"
        if not stamps_changed:
            continue
        written.add(key)
        assert row["hlc"] > newest_before, key
        assert HLCStamp.decode(row["hlc"]).device == db.device_id
        assert row["device_id"] == db.device_id, key
        assert parse_time(row["updated_at"]) >= started, key
        if old is None:
            assert row["created_at"] == row["updated_at"]
        else:
            assert row["created_at"] == old["created_at"], f"{key} lost its creation time"
    assert set(before) <= set(after), "a write removed a row instead of tombstoning it"
    return written


def test_every_write_stamps_what_it_changed(db):
    written: dict[str, set] = {}

    def step(name, operation):
        written[name] = {table for table, _ in check_write(db, operation)}

    holder = {}
    step("project", lambda: holder.update(project=projects.create_project(db, "P")))
    pid = holder["project"].id
    step("workshop", lambda: holder.update(workshop=projects.create_workshop(db, pid, "W1", "K")))
    wid = holder["workshop"].id
    step("agenda", lambda: projects.set_agenda(db, wid, [("Welcome", 10)]))
    step("agenda again", lambda: projects.set_agenda(db, wid, [("Walk", 30)]))
    step("theme", lambda: holder.update(theme=projects.add_theme(db, pid, "Cycling")))
    step("goal", lambda: holder.update(goal=projects.add_strategy_goal(db, pid, "K1", "Goal")))
    step("status", lambda: projects.set_workshop_status(db, wid, WorkshopStatus.RUNNING))
    step("participant", lambda: holder.update(person=participants.register_participant(
        db, wid, ParticipantInput(answers={"age": "20-44"}, consent_contact=True,
                                  contact=ContactInput("Kari", "kari@example.no")))))
    person = holder["person"].id
    step("participant edit", lambda: participants.update_participant(
        db, person, ParticipantInput(answers={"age": "45-66", "gender": "woman"})))
    step("idea", lambda: holder.update(idea=capture.add_idea(db, wid, IdeaInput(
        text="Bike lanes", sdgs=(11,), strategy_goal_ids=(holder["goal"].id,),
        author_participant_id=person))))
    idea = holder["idea"]
    step("idea edit", lambda: capture.update_idea(db, idea, IdeaInput(
        text="Safe bike lanes", sdgs=(13,), theme_id=holder["theme"].id,
        author_participant_id=person)))
    step("idea status", lambda: lifecycle.change_status(db, idea, IdeaStatus.ACCEPTED, "Yes",
                                                        dt.date(2026, 10, 1)))
    step("idea delete", lambda: capture.delete_idea(db, idea))
    step("idea restore", lambda: capture.restore_idea(db, idea))
    step("participant delete", lambda: participants.delete_participant(db, person, "anonymise"))

    assert written["project"] >= {"project", "criterion", "demographic_dimension",
                                  "demographic_category"}
    assert written["agenda again"] == {"agenda_item"}
    assert written["participant"] == {"participant", "participant_answer", "contact_detail"}
    assert written["participant edit"] == {"participant", "participant_answer", "contact_detail"}
    assert written["idea"] == {"idea", "idea_sdg", "idea_strategy_goal"}
    assert written["idea edit"] == {"idea", "idea_sdg", "idea_strategy_goal"}
    assert written["idea status"] == {"idea", "idea_status_change"}
    assert written["idea delete"] == {"idea"}
    assert written["participant delete"] == {"participant", "participant_answer", "idea"}


def test_another_device_editing_the_file_is_recorded(tmp_path):
    path = tmp_path / "shared.sqlite"
    first = Database.open(path, device_id="laptop-a")
    project = projects.create_project(first, "P")
    workshop = projects.create_workshop(first, project.id, "W1", "K")
    idea = capture.add_idea(first, workshop.id, IdeaInput(text="Original"))
    first.close()

    second = Database.open(path, device_id="laptop-b")
    try:
        check_write(second, lambda: capture.update_idea(second, idea, IdeaInput(text="Edited")))
        row = snapshot(path)[("idea", idea)]
        assert row["device_id"] == "laptop-b"
        assert row["hlc"].endswith("-laptop-b")
    finally:
        second.close()


def test_stamps_keep_increasing_after_a_restart_with_the_clock_set_back(tmp_path):
    """A laptop whose clock ran a day fast and was then corrected must still stamp its next
    edit later than the ones it made before, or that edit would lose to its own past."""
    path = tmp_path / "drift.sqlite"
    fast = Database.open(path, device_id="laptop")
    tomorrow = int(time.time() * 1000) + 24 * 3600 * 1000
    fast.clock._wall = lambda: tomorrow
    project = projects.create_project(fast, "P")
    workshop = projects.create_workshop(fast, project.id, "W1", "K")
    idea = capture.add_idea(fast, workshop.id, IdeaInput(text="Written with a fast clock"))
    old_hlc = snapshot(path)[("idea", idea)]["hlc"]
    fast.close()

    corrected = Database.open(path, device_id="laptop")  # real clock again
    try:
        written = check_write(corrected, lambda: capture.update_idea(
            corrected, idea, IdeaInput(text="Edited after the clock was corrected")))
        assert ("idea", idea) in written
        new_hlc = snapshot(path)[("idea", idea)]["hlc"]
        assert new_hlc > old_hlc
        assert HLCStamp.decode(new_hlc) > HLCStamp.decode(old_hlc)
    finally:
        corrected.close()


@pytest.mark.parametrize("operation", ["set_workshop_status", "update_participant"])
def test_repeating_a_write_still_moves_the_clock_forward(db, workshop, operation):
    person = participants.register_participant(db, workshop.id, ParticipantInput())
    for _ in range(2):
        if operation == "set_workshop_status":
            check_write(db, lambda: projects.set_workshop_status(db, workshop.id, "planned"))
        else:
            check_write(db, lambda: participants.update_participant(
                db, person.id, ParticipantInput(consent_processing=True)))
