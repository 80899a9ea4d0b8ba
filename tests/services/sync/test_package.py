"""Sync packages (.scpkg): a real round trip from a facilitator's laptop to the office, the
privacy rules, incremental packages and their bookmark, return packages, and every bad package
of the issue rejected with its own message while the office database stays byte-identical."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from nacl.public import PrivateKey
from nacl.signing import SigningKey
from sqlmodel import SQLModel

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services import demo
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.sync import keys as sync_keys
from smartcity_desktop.services.sync import package as sync_package
from smartcity_desktop.services.sync import package_export as sync_package_export
from smartcity_desktop.services.sync import package_import as sync_package_import
from smartcity_desktop.services.sync import package_read as sync_package_read
from smartcity_desktop.services.sync import trust as sync_trust
from smartcity_desktop.services.sync.codec import SYNC_TABLES, SyncRejected, record_to_json
from smartcity_desktop.services.sync.package import PackageRejected
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage import files as atomic_files
from smartcity_desktop.storage.database import Database

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Велодорожки вдоль набережной"


def _office_key(private: PrivateKey, label: str = "Bykontoret") -> sync_keys.OfficePublicKey:
    return sync_keys.OfficePublicKey(label, bytes(private.public_key),
                                     bytes(SigningKey.generate().verify_key), "office-device")


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_rows(db: Database, table: str) -> list[dict]:
    t = SQLModel.metadata.tables[table]  # the model's columns (UTC datetimes)
    with db.engine.connect() as conn:
        return [record_to_json(row, table)
                for row in conn.execute(sa.select(t).order_by(t.c.id))]


def fill_facilitator(db: Database) -> dict:
    """The demo project plus records that test the edges: scripts, a tombstone, a decision,
    contacts with and without consent, demographics with and without consent."""
    demo.load_demo(db)
    project = projects.list_projects(db)[0]
    workshop = projects.list_workshops(db, project.id)[0]
    dims = projects.list_dimensions(db, project.id)
    answer = {dims[0].key: dims[0].categories[0].key}
    agreed = participants.register_participant(db, workshop.id, ParticipantInput(
        answers=answer, consent_processing=True, consent_contact=True,
        contact=ContactInput("Åse Ødegård", "ase@example.no", "+47 400 00 000")))
    private = participants.register_participant(db, workshop.id, ParticipantInput(
        answers=answer, consent_processing=False))
    ideas = [capture.add_idea(db, workshop.id, IdeaInput(text=text, sdgs=(11,),
                                                         author_participant_id=agreed.id))
             for text in (ARABIC, ETHIOPIC, CYRILLIC, "Gone soon")]
    capture.delete_idea(db, ideas[3])
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, "Fits the bus plan",
                            dt.date(2024, 5, 1))
    return {"workshop": workshop, "agreed": agreed, "private": private, "ideas": ideas}


@pytest.fixture(scope="module")
def facilitator_template(tmp_path_factory):
    """Device A's database, filled once per module (the demo takes seconds); each test works
    on its own copy."""
    path = tmp_path_factory.mktemp("template") / "a.sqlite"
    a = Database.open(path, "device-A")
    facts = fill_facilitator(a)
    a.close()
    return path, facts


@pytest.fixture
def world(tmp_path, facilitator_template):
    """Device A with data and its signing key; an office with its box key and a database that
    trusts A. The office database is closed between steps so its file can be hashed."""
    template, facts = facilitator_template
    shutil.copyfile(template, tmp_path / "a.sqlite")
    a = Database.open(tmp_path / "a.sqlite", "device-A")
    a_key = SigningKey.generate()
    office_private = PrivateKey.generate()
    office_path = tmp_path / "office.sqlite"
    o = Database.open(office_path, "office-device")
    sync_trust.trust_key(o, bytes(a_key.verify_key), "device-A", "Anna")
    o.close()

    class World:
        pass

    w = World()
    w.tmp, w.a, w.a_key, w.facts = tmp_path, a, a_key, facts
    w.office_private, w.office_public = office_private, _office_key(office_private)
    w.office_path = office_path
    yield w
    a.close()


def open_office(w) -> Database:
    return Database.open(w.office_path, "office-device")


# --- round trip ------------------------------------------------------------------------------

def test_round_trip_table_by_table_through_an_encrypted_package(world):
    w = world
    result = sync_package_export.export_package(w.a, w.tmp / "a.scpkg", signing_key=w.a_key,
                                                encrypt_to=w.office_public, include_contacts=True)
    assert result.encrypted and result.recipient == w.office_public.fingerprint
    # nothing readable in the file: no idea text, no e-mail address
    raw = (w.tmp / "a.scpkg").read_bytes()
    assert b"ase@example.no" not in raw and ARABIC.encode() not in raw
    with zipfile.ZipFile(w.tmp / "a.scpkg") as zf:
        assert sorted(zf.namelist()) == ["header.json", "payload.bin"]
    o = open_office(w)
    reports = sync_package_import.import_packages(o, [w.tmp / "a.scpkg"],
                                                  office_private_key=w.office_private)
    assert [r.ok for r in reports] == [True], reports[0].message
    assert reports[0].added + reports[0].deleted == result.records
    assert reports[0].deleted >= 1 and reports[0].conflicts == 0
    with w.a.engine.connect() as conn:
        consent_processing = set(conn.execute(sa.text(
            "SELECT id FROM participant WHERE consent_processing")).scalars())
        consent_contact = set(conn.execute(sa.text(
            "SELECT id FROM participant WHERE consent_contact")).scalars())
    compared = 0
    for table in SYNC_TABLES:
        mine, theirs = table_rows(w.a, table), table_rows(o, table)
        if table == "participant_answer":
            mine = [r for r in mine if r["participant_id"] in consent_processing]
            assert w.facts["private"].id not in {r["participant_id"] for r in theirs}
        if table == "contact_detail":
            mine = [r for r in mine if r["participant_id"] in consent_contact]
            assert any(r["email"] == "ase@example.no" for r in theirs)
        assert theirs == mine, table
        compared += len(mine)
    assert compared == result.records
    ideas = {r["text"]: r for r in table_rows(o, "idea")}
    assert ideas["Gone soon"]["deleted"] is True  # the tombstone travelled
    assert ideas[ARABIC]["status"] == IdeaStatus.ACCEPTED
    # the same package again changes nothing
    before = {t: table_rows(o, t) for t in SYNC_TABLES}
    again = sync_package_import.import_packages(o, [w.tmp / "a.scpkg"],
                                                office_private_key=w.office_private)
    assert again[0].ok and again[0].already_imported and "already imported" in again[0].summary()
    assert {t: table_rows(o, t) for t in SYNC_TABLES} == before
    o.close()


def test_plain_package_leaves_out_demographics_and_contacts_unless_asked(world):
    w = world
    plain = sync_package_export.export_package(w.a, w.tmp / "plain.scpkg", signing_key=w.a_key,
                                               encrypt_to=None)
    assert not plain.encrypted
    assert "participant_answer" not in plain.counts and "contact_detail" not in plain.counts
    with zipfile.ZipFile(w.tmp / "plain.scpkg") as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert {"manifest.json", "manifest.sig", "data/idea.jsonl"} <= set(names)
    assert manifest["format_version"] == 1 and manifest["kind"] == "full"
    assert manifest["counts"] == plain.counts and manifest["device_id"] == "device-A"
    assert set(manifest["files"]) == {n for n in names if n.startswith("data/")}
    assert manifest["signer"]["public_key"] == bytes(w.a_key.verify_key).hex()
    sealed = sync_package_export.export_package(w.a, w.tmp / "sealed.scpkg", signing_key=w.a_key,
                                                encrypt_to=w.office_public)
    assert sealed.counts.get("participant_answer") and "contact_detail" not in sealed.counts
    with_contacts = sync_package_export.export_package(w.a, w.tmp / "c.scpkg", signing_key=w.a_key,
                                                       encrypt_to=w.office_public,
                                                       include_contacts=True)
    assert with_contacts.counts["contact_detail"] >= 1 and with_contacts.includes_contacts


def test_encryption_is_the_default_once_an_office_is_known(world):
    w = world
    assert not sync_package_export.export_package(w.a, w.tmp / "1.scpkg",
                                                  signing_key=w.a_key).encrypted
    sync_keys.set_known_office(w.office_public)
    auto = sync_package_export.export_package(w.a, w.tmp / "2.scpkg", signing_key=w.a_key)
    assert auto.encrypted and auto.recipient == w.office_public.fingerprint
    # return packages go to facilitators, who have no box key
    ret = sync_package_export.export_package(w.a, w.tmp / "3.scpkg", signing_key=w.a_key,
                                             kind="return")
    assert not ret.encrypted


def test_incremental_package_and_its_bookmark(world):
    w = world
    first = sync_package_export.export_package(w.a, w.tmp / "full.scpkg", signing_key=w.a_key,
                                               encrypt_to=None)
    assert sync_package_export.last_package_hlc(w.a) == first.hlc_to
    # a failed write does not move the bookmark
    new_id = capture.add_idea(w.a, w.facts["workshop"].id, IdeaInput(text="Benker ved bussen"))
    capture.delete_idea(w.a, w.facts["ideas"][1])
    with pytest.raises(sync_package.PackageExportError):
        sync_package_export.export_package(w.a, w.tmp / "missing" / "x.scpkg", signing_key=w.a_key,
                                           kind="incremental", encrypt_to=None)
    # nor does a cancelled one
    with pytest.raises(sync_package.PackageCancelled):
        sync_package_export.export_package(w.a, w.tmp / "c.scpkg", signing_key=w.a_key,
                                           kind="incremental", encrypt_to=None,
                                           progress=lambda done, total: done < 3)
    assert not (w.tmp / "c.scpkg").exists()
    assert not list(w.tmp.glob(".*.part"))
    assert sync_package_export.last_package_hlc(w.a) == first.hlc_to
    inc = sync_package_export.export_package(w.a, w.tmp / "inc.scpkg", signing_key=w.a_key,
                                             kind="incremental", encrypt_to=None)
    assert inc.hlc_from == first.hlc_to and inc.hlc_to > first.hlc_to
    assert inc.counts["idea"] == 2  # the new idea and the tombstone (plus their parents)
    assert inc.records < first.records / 10
    assert sync_package_export.last_package_hlc(w.a) == inc.hlc_to
    o = open_office(w)
    reports = sync_package_import.import_packages(o, [w.tmp / "inc.scpkg", w.tmp / "full.scpkg"])
    assert all(r.ok for r in reports), [r.message for r in reports]
    for table in SYNC_TABLES:
        if table not in ("participant_answer", "contact_detail"):
            assert table_rows(o, table) == table_rows(w.a, table), table
    ideas = {r["id"]: r for r in table_rows(o, "idea")}
    assert ideas[new_id]["text"] == "Benker ved bussen"
    assert ideas[w.facts["ideas"][1]]["deleted"]  # the older full package did not resurrect it
    o.close()
    # since a date: everything changed from that day on
    since = sync_package_export.export_package(w.a, w.tmp / "since.scpkg", signing_key=w.a_key,
                                               kind="incremental", since_date=dt.date(2000, 1, 1),
                                               encrypt_to=None)
    assert since.counts == first.counts | {"idea": first.counts["idea"] + 1}
    with pytest.raises(Exception, match="not both"):
        sync_package_export.export_package(w.a, w.tmp / "x.scpkg", signing_key=w.a_key,
                                           kind="incremental", since_date=dt.date(2000, 1, 1),
                                           since_hlc=first.hlc_to)


def test_return_package_brings_the_offices_decisions_back(world):
    w = world
    sync_package_export.export_package(w.a, w.tmp / "a.scpkg", signing_key=w.a_key,
                                       encrypt_to=w.office_public, include_contacts=True)
    o = open_office(w)
    assert sync_package_import.import_packages(o, [w.tmp / "a.scpkg"],
                                               office_private_key=w.office_private)[0].ok
    idea_id = w.facts["ideas"][1]
    lifecycle.change_status(o, idea_id, IdeaStatus.ACCEPTED, "Budget 2025", dt.date(2024, 9, 1))
    office_signer = SigningKey.generate()
    ret = sync_package_export.export_package(o, w.tmp / "ret.scpkg", signing_key=office_signer,
                                             kind="return")
    o.close()
    assert not ret.encrypted
    assert not {"participant_answer", "contact_detail"} & set(ret.counts)
    # a facilitator asked to trust the office's key sees its fingerprint
    asked = []
    reports = sync_package_import.import_packages(
        w.a, [w.tmp / "ret.scpkg"],
        trust_new=lambda fp, device: asked.append((fp, device)) or True)
    assert asked == [(sync_keys.fingerprint(bytes(office_signer.verify_key)), "office-device")]
    assert reports[0].ok and reports[0].newly_trusted and reports[0].changed >= 1
    assert capture.get_idea(w.a, idea_id).status == IdeaStatus.ACCEPTED
    assert [k.device_id for k in sync_trust.list_trusted(w.a)] == ["office-device"]
    # return packages may not carry participant-level data, even if signed
    with pytest.raises(ValidationError):
        sync_package_export.export_package(w.a, w.tmp / "r2.scpkg", signing_key=w.a_key,
                                           kind="return", include_contacts=True)


def test_import_many_with_progress_cancel_and_a_report_per_package(world):
    w = world
    paths = []
    for n in range(3):
        capture.add_idea(w.a, w.facts["workshop"].id, IdeaInput(text=f"Idé nummer {n}"))
        paths.append(sync_package_export.export_package(
            w.a, w.tmp / f"p{n}.scpkg", signing_key=w.a_key, kind="incremental",
            encrypt_to=None).path)
    broken = w.tmp / "broken.scpkg"
    broken.write_bytes(paths[0].read_bytes()[:500])
    o = open_office(w)
    seen = []
    reports = sync_package_import.import_packages(
        o, [paths[0], broken, paths[1]], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [r.ok for r in reports] == [True, False, True]
    assert reports[1].reason == "bad_zip" and "truncated" in reports[1].summary()
    assert reports[0].tables["idea"]["added"] >= 200
    cancelled = sync_package_import.import_packages(o, [paths[2], paths[0]], cancel=lambda: True)
    assert [r.reason for r in cancelled] == ["cancelled", "cancelled"]
    stop_after_one = sync_package_import.import_packages(o, [paths[2], paths[0]],
                                                         progress=lambda d, t: d < 1)
    assert stop_after_one[0].ok and stop_after_one[1].reason == "cancelled"
    o.close()


# --- bad packages ----------------------------------------------------------------------------

def _inner_parts(w) -> tuple[dict, dict[str, bytes]]:
    """A real (plain) package of A, taken apart: its manifest and its data files."""
    path = w.tmp / "base.scpkg"
    if not path.exists():
        sync_package_export.export_package(w.a, path, signing_key=w.a_key, encrypt_to=None)
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        files = {n: zf.read(n) for n in zf.namelist() if n.startswith("data/")}
    for key in ("files", "signer"):
        manifest.pop(key)
    return manifest, files


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buffer.getvalue()


def _raw_entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(n, zf.read(n)) for n in zf.namelist()]


@pytest.mark.filterwarnings("ignore:Duplicate name")
def _bad_packages(w) -> dict[str, tuple[bytes, str]]:
    """name -> (package bytes, expected reason). Each is otherwise well made and signed by
    A's trusted key, so only the one fault can reject it."""
    manifest, files = _inner_parts(w)
    good = sync_package.build_inner(files, manifest, w.a_key)
    out = {}

    entries = _raw_entries(good)
    flipped = []
    for name, data in entries:
        if name == "data/idea.jsonl":
            pos = data.index(b"Gone soon")
            data = data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1:]
        flipped.append((name, data))
    out["byte flipped in a data file"] = (_zip(flipped), "hash_mismatch")

    evil = SigningKey.generate()
    changed = dict(files)
    changed["data/idea.jsonl"] = files["data/idea.jsonl"].replace(b"Gone soon", b"Gone SOON")
    out["re-signed by an untrusted key"] = (sync_package.build_inner(changed, manifest, evil),
                                            "untrusted_key")
    out["no signature"] = (sync_package.build_inner(files, manifest, w.a_key, sign=False),
                           "unsigned")
    out["../ entry"] = (sync_package.build_inner(
        files, manifest, w.a_key, extra_entries=[("../../evil.sh", b"rm -rf /")]),
        "path_traversal")
    out["absolute path"] = (sync_package.build_inner(
        files, manifest, w.a_key, extra_entries=[("/etc/cron.d/evil", b"* * * * * root x")]),
        "absolute_path")
    link = zipfile.ZipInfo("data/dot_vote.jsonl")
    link.external_attr = 0o120777 << 16
    out["symlink entry"] = (sync_package.build_inner(
        files, manifest, w.a_key, extra_entries=[(link, b"/etc/passwd")]), "symlink")
    out["10,000 entries"] = (sync_package.build_inner(
        files, manifest, w.a_key,
        extra_entries=[(f"data/idea_{i}.jsonl", b"") for i in range(10_000)]),
        "too_many_entries")
    bomb = dict(files)
    bomb["data/theme.jsonl"] = b" " * 60_000_000  # 60 MB of spaces, ~60 KB deflated
    out["compression bomb"] = (sync_package.build_inner(bomb, manifest, w.a_key),
                               "compression_bomb")
    out["truncated zip"] = (good[: len(good) * 2 // 3], "bad_zip")
    malformed = dict(files)
    malformed["data/theme.jsonl"] = files["data/theme.jsonl"] + b'{"id": "x", "hlc": \n'
    counts = dict(manifest["counts"], theme=manifest["counts"]["theme"] + 1)
    out["malformed JSON Lines"] = (sync_package.build_inner(
        malformed, dict(manifest, counts=counts), w.a_key), "bad_jsonl")
    out["newer format version"] = (sync_package.build_inner(
        files, dict(manifest, format_version=2), w.a_key), "newer_format")
    other = PrivateKey.generate()
    sealed_manifest = dict(manifest, encrypted_to=_office_key(other).fingerprint)
    out["encrypted for another office"] = (sync_package.seal(
        sync_package.build_inner(files, sealed_manifest, w.a_key),
        _office_key(other, "Another city")), "other_office")
    # more faults, each with its own reason
    out["duplicate entry"] = (sync_package.build_inner(
        files, manifest, w.a_key, extra_entries=[("data/theme.jsonl", files["data/theme.jsonl"])]),
        "duplicate_entry")
    out["unexpected entry"] = (sync_package.build_inner(
        files, manifest, w.a_key, extra_entries=[("data/passwords.jsonl", b"")]),
        "unexpected_entry")
    out["newer schema"] = (sync_package.build_inner(
        files, dict(manifest, schema_version="9999"), w.a_key), "newer_schema")
    unknown_column = dict(files)
    record = json.loads(files["data/theme.jsonl"].splitlines()[0])
    unknown_column["data/theme.jsonl"] = (json.dumps(dict(record, secret=1)).encode() + b"\n"
                                          + b"\n".join(files["data/theme.jsonl"]
                                                       .splitlines()[1:]) + b"\n")
    out["unknown column"] = (sync_package.build_inner(unknown_column, manifest, w.a_key),
                             "unknown_column")
    out["count mismatch"] = (sync_package.build_inner(
        files, dict(manifest, counts=dict(manifest["counts"], idea=1)), w.a_key),
        "count_mismatch")
    out["unlisted data file"] = (sync_package.build_inner(
        files, manifest, w.a_key, extra_entries=[("data/pairwise_vote.jsonl", b"")]),
        "unlisted_file")
    answers = [json.dumps(r, sort_keys=True).encode()
               for r in table_rows(w.a, "participant_answer")[:1]]
    leaky = dict(files, **{"data/participant_answer.jsonl": b"\n".join(answers) + b"\n"})
    out["demographics unencrypted"] = (sync_package.build_inner(
        leaky, dict(manifest, counts=dict(manifest["counts"], participant_answer=1)),
        w.a_key), "privacy")
    mine = w.office_public
    sealed_ok = sync_package.seal(sync_package.build_inner(
        files, dict(manifest, encrypted_to=mine.fingerprint), w.a_key), mine)
    tampered = [(n, d[:100] + bytes([d[100] ^ 0xFF]) + d[101:] if n == "payload.bin" else d)
                for n, d in _raw_entries(sealed_ok)]
    out["sealed payload altered"] = (_zip(tampered), "decrypt_failed")
    out["envelope stripped"] = (sync_package.build_inner(
        files, dict(manifest, encrypted_to=mine.fingerprint), w.a_key), "envelope_mismatch")
    orphans = {n: d for n, d in files.items() if n != "data/workshop.jsonl"}
    out["a parent record missing"] = (sync_package.build_inner(
        orphans, dict(manifest, counts={t: c for t, c in manifest["counts"].items()
                                        if t != "workshop"}), w.a_key), "missing_reference")
    out["not a zip at all"] = ("Referat fra møtet".encode() * 3, "not_zip")
    return out


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_every_bad_package_is_rejected_with_its_own_message_and_the_office_db_unchanged(world):
    w = world
    bad = _bad_packages(w)
    paths = []
    for n, (name, (data, _reason)) in enumerate(bad.items()):
        path = w.tmp / f"bad{n:02d}.scpkg"
        path.write_bytes(data)
        paths.append(path)
    before = sha256_file(w.office_path)
    messages = {}
    for path, (name, (_data, reason)) in zip(paths, bad.items()):
        o = open_office(w)
        asked = []
        try:
            with pytest.raises(SyncRejected) as caught:
                sync_package_import.import_package(
                    o, path, office_private_key=w.office_private,
                    trust_new=lambda fp, d: asked.append(fp) or False)
        finally:
            o.close()
        assert caught.value.reason == reason, (name, caught.value.message)
        messages[name] = caught.value.message
        assert sha256_file(w.office_path) == before, name
        assert not w.office_path.with_name("office.sqlite-wal").exists() or \
            w.office_path.with_name("office.sqlite-wal").stat().st_size == 0
        if reason == "untrusted_key":
            # the user was asked, with the fingerprint, and said no
            assert asked == [sync_keys.fingerprint(bytes.fromhex(_signer_of(path)))]
            assert asked[0] in caught.value.message
    assert len(set(messages.values())) == len(messages), "messages must differ"
    assert "another office" in messages["encrypted for another office"]
    assert "Another city" in messages["encrypted for another office"]
    assert "newer version" in messages["newer format version"]
    assert "line" in messages["malformed JSON Lines"]
    assert "SHA-256" in messages["byte flipped in a data file"]
    # 10,000 padding entries plus the package's own files (one per table with records)
    assert re.search(r"has 10,0\d\d entries", messages["10,000 entries"])
    assert "at most 200" in messages["10,000 entries"]
    # in bulk: the bad ones are reported and skipped, a good one still imports
    good = sync_package_export.export_package(w.a, w.tmp / "good.scpkg", signing_key=w.a_key,
                                              encrypt_to=None).path
    o = open_office(w)
    reports = sync_package_import.import_packages(o, [*paths, good],
                                                  office_private_key=w.office_private)
    o.close()
    assert [r.reason for r in reports[:-1]] == [reason for _d, reason in bad.values()]
    assert reports[-1].ok and reports[-1].added > 0
    assert sha256_file(w.office_path) != before


def _signer_of(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))["signer"]["public_key"]


def test_signature_covers_the_manifest_bytes(world):
    w = world
    manifest, files = _inner_parts(w)
    good = sync_package.build_inner(files, manifest, w.a_key)
    entries = _raw_entries(good)
    altered = [(n, d.replace(b'"kind": "full"', b'"kind": "incremental"')
                if n == "manifest.json" else d) for n, d in entries]
    o = open_office(w)
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(_zip(altered), o)
    assert caught.value.reason == "bad_signature"
    o.close()


def test_revoked_key_and_key_registered_for_another_device(world):
    w = world
    path = sync_package_export.export_package(w.a, w.tmp / "a.scpkg", signing_key=w.a_key,
                                              encrypt_to=None).path
    o = open_office(w)
    sync_trust.revoke(o, sync_keys.fingerprint(bytes(w.a_key.verify_key)))
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(path, o)
    assert caught.value.reason == "revoked_key" and "revoked" in caught.value.message
    sync_trust.trust_key(o, bytes(w.a_key.verify_key), "device-B")
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(path, o)
    assert caught.value.reason == "device_mismatch"
    o.close()


def test_encrypted_package_without_the_office_key(world):
    w = world
    path = sync_package_export.export_package(w.a, w.tmp / "a.scpkg", signing_key=w.a_key,
                                              encrypt_to=w.office_public).path
    assert sync_package_read.peek_package(path) == {"encrypted": True,
                                                    "recipient": w.office_public.fingerprint}
    o = open_office(w)
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(path, o)
    assert caught.value.reason == "needs_office_key"
    verified = sync_package_read.read_package(path, o, office_private_key=w.office_private)
    assert verified.encrypted and verified.trusted and verified.device_id == "device-A"
    o.close()


def test_header_sizes_are_not_trusted(world):
    """An entry whose header claims a small size but that inflates to more is stopped."""
    w = world
    manifest, files = _inner_parts(w)
    data = bytearray(sync_package.build_inner(files, manifest, w.a_key))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("data/idea.jsonl")
    real = info.file_size
    lie = (real // 10).to_bytes(4, "little")
    # patch the uncompressed size in the local header and in the central directory
    local = info.header_offset + 22
    assert int.from_bytes(data[local:local + 4], "little") == real
    data[local:local + 4] = lie
    pos = 0
    while True:
        pos = bytes(data).index(b"PK\x01\x02", pos)
        name_len = int.from_bytes(data[pos + 28:pos + 30], "little")
        if bytes(data[pos + 46:pos + 46 + name_len]) == b"data/idea.jsonl":
            break
        pos += 4
    data[pos + 24:pos + 28] = lie
    o = open_office(w)
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(bytes(data), o)
    assert caught.value.reason == "bad_zip"
    o.close()


def test_limits_are_enforced_on_what_is_actually_read(world):
    w = world
    path = sync_package_export.export_package(w.a, w.tmp / "a.scpkg", signing_key=w.a_key,
                                              encrypt_to=None).path
    o = open_office(w)
    tight = sync_package.PackageLimits(max_total_bytes=50_000)
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(path, o, limits=tight)
    assert caught.value.reason == "too_large"
    tiny_file = sync_package.PackageLimits(max_file_bytes=1000)
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(path, o, limits=tiny_file)
    assert caught.value.reason == "too_large"
    with pytest.raises(PackageRejected) as caught:
        sync_package_read.read_package(w.tmp / "nope.scpkg", o)
    assert caught.value.reason == "file_not_found"
    o.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_package_file_is_readable_by_its_owner_only(tmp_path):
    """Packages may carry contacts and demographic answers unencrypted: 0600, even when they
    replace a file others could read."""
    target = tmp_path / "p.scpkg"
    sync_package.write_atomically(target, b"first")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.chmod(0o644)
    sync_package.write_atomically(target, b"second")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["p.scpkg"]


def test_a_package_that_cannot_be_written_leaves_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "p.scpkg"
    target.write_bytes(b"old package")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:  # a read-only folder (simulated: tests may run as root)
        m.setattr(tempfile, "mkstemp", refuse)
        with pytest.raises(sync_package.PackageExportError,
                           match=f"Cannot write in {re.escape(str(tmp_path))}: Permission"):
            sync_package.write_atomically(target, b"new")
    with monkeypatch.context() as m:
        m.setattr(atomic_files.os, "replace", refuse)
        with pytest.raises(sync_package.PackageExportError,
                           match=f"Cannot write {re.escape(str(target))}: Permission"):
            sync_package.write_atomically(target, b"new")
    assert target.read_bytes() == b"old package"
    assert [p.name for p in tmp_path.iterdir()] == ["p.scpkg"]
