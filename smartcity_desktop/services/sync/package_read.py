"""Reading a package: :func:`read_package` checks everything before anything is written (the
archive through ``sync.package_zip``, hashes, the signature and whether its key is trusted, the
versions, decryption, every record) and gives back a :class:`VerifiedPackage`."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nacl.exceptions
from nacl.public import PrivateKey, SealedBox
from nacl.signing import VerifyKey

from ...core.clock import HLCStamp
from ...storage.database import Database, known_revisions, schema_head
from . import keys as sync_keys
from . import trust as sync_trust
from .codec import SYNC_TABLES, json_to_values
from .package import (
    CIPHER,
    DEFAULT_LIMITS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER,
    KINDS,
    MANIFEST,
    PAYLOAD,
    SIGNATURE,
    PackageLimits,
    PackageRejected,
    refuse,
)
from .package_zip import checked_entries, open_zip, read_entry, read_file

_DATA_NAME = re.compile(r"^data/([a-z_]+)\.jsonl$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class VerifiedPackage:
    """A package that passed every check; nothing has been written yet."""

    path: Path | None
    package_id: str
    device_id: str
    kind: str
    created_at: datetime
    hlc_from: str | None
    hlc_to: str | None
    counts: dict[str, int]
    tables: dict[str, list[dict]]
    format_version: int
    schema_version: str
    signer_key: bytes
    signer_fingerprint: str
    trusted: bool  # already in the trust register (or this installation's own key)
    trust_on_import: bool  # the user agreed to trust the key; registered when imported
    encrypted: bool
    recipient: str | None
    size: int
    manifest: dict = field(repr=False, default_factory=dict)

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def _parse_json(raw: bytes, name: str) -> dict:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise refuse("bad_manifest", f"{name} in the package is not valid JSON.") from exc
    if not isinstance(value, dict):
        raise refuse("bad_manifest", f"{name} in the package is not a JSON object.")
    return value


def _check_format(data: dict, name: str) -> int:
    if data.get("format") != FORMAT_NAME:
        raise refuse("bad_manifest", f"This is not a Smart City package ({name} has no "
                     "package format).")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refuse("bad_manifest", f"{name} has no valid format version.")
    if version > FORMAT_VERSION:
        raise refuse("newer_format", f"The package was made by a newer version of the app "
                     f"(package format {version}; this app reads format {FORMAT_VERSION}). "
                     "Update the app to import it.", format_version=version)
    return version


def _check_manifest(m: dict) -> None:
    def bad(what: str) -> PackageRejected:
        return refuse("bad_manifest", f"The package manifest is damaged ({what}).")

    try:
        uuid.UUID(str(m.get("package_id")))
    except ValueError as exc:
        raise bad("package id") from exc
    if not isinstance(m.get("device_id"), str) or not 0 < len(m["device_id"]) <= 64:
        raise bad("device id")
    if m.get("kind") not in KINDS:
        raise bad(f"unknown kind {m.get('kind')!r}")
    try:
        created = datetime.fromisoformat(str(m.get("created_at")))
        if created.tzinfo is None:
            raise ValueError
    except ValueError as exc:
        raise bad("creation time") from exc
    for key in ("hlc_from", "hlc_to"):
        value = m.get(key)
        if value is not None:
            try:
                if not isinstance(value, str) or len(value) > 96:
                    raise ValueError
                HLCStamp.decode(value)
            except ValueError as exc:
                raise bad(key) from exc
    counts = m.get("counts")
    if not isinstance(counts, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in counts.items()):
        raise bad("counts")
    files = m.get("files")
    if not isinstance(files, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("sha256"), str)
            and _SHA256.match(v["sha256"]) for v in files.values()):
        raise bad("file hashes")
    signer = m.get("signer")
    if not isinstance(signer, dict) or not isinstance(signer.get("public_key"), str):
        raise bad("signer")
    schema = m.get("schema_version")
    if not isinstance(schema, str) or not re.fullmatch(r"\d{4}", schema):
        raise bad("schema version")
    if m.get("encrypted_to") is not None and not isinstance(m["encrypted_to"], str):
        raise bad("recipient")


def _check_signature(raw_manifest: bytes, signature: bytes | None, m: dict) -> bytes:
    if signature is None:
        raise refuse("unsigned", "The package has no signature, so nobody can vouch for "
                     "where it came from. It was not made by this app, or it was altered.")
    try:
        signer = bytes.fromhex(m["signer"]["public_key"])
        if len(signer) != 32 or len(signature) != 64:
            raise ValueError("size")
        VerifyKey(signer).verify(raw_manifest, signature)
    except (ValueError, TypeError, nacl.exceptions.BadSignatureError,
            nacl.exceptions.CryptoError) as exc:
        raise refuse("bad_signature", "The package's signature does not match its contents: "
                     "it was altered after it was signed, or damaged.") from exc
    return signer


def _check_trust(db: Database, signer: bytes, m: dict,
                 trust_new: Callable[[str, str], bool] | None, require_trust: bool
                 ) -> tuple[bool, bool]:
    """-> (trusted already, trust on import)."""
    fp = sync_keys.fingerprint(signer)
    device = m["device_id"]
    row = sync_trust.find_trusted(db, fp)
    if row is not None:
        if row.revoked:
            raise refuse("revoked_key", f"The package is signed with a key that was revoked "
                         f"(fingerprint {fp}, device {row.device_id}).", fingerprint=fp)
        if row.public_key != signer.hex():
            raise refuse("untrusted_key", f"The package's key clashes with the registered "
                         f"key of the same fingerprint {fp}.", fingerprint=fp)
        if row.device_id != device:
            raise refuse("device_mismatch", f"The package says it comes from device {device}, "
                         f"but its key (fingerprint {fp}) is registered for device "
                         f"{row.device_id}.", fingerprint=fp)
        return True, False
    try:
        own = sync_keys.device_identity() if sync_keys.has_device_key() else None
    except sync_keys.KeyStoreError:
        own = None
    if own is not None and own.verify_key == signer and own.device_id == device:
        return True, False
    if trust_new is not None and trust_new(fp, device):
        return False, True
    if not require_trust:
        return False, False
    raise refuse("untrusted_key", f"The package is signed with a key this database does not "
                 f"trust yet (fingerprint {fp}, device {device}). Compare the fingerprint "
                 "with the sender and trust the key to import it.", fingerprint=fp,
                 device_id=device)


def _parse_jsonl(raw: bytes, name: str, table: str) -> list[dict]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refuse("bad_jsonl", f"{name} is not UTF-8 text.", entry=name) from exc
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records = []
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise refuse("bad_jsonl", f"{name} line {number} is not valid JSON "
                         f"({exc.msg}).", entry=name, line=number) from exc
        if not isinstance(record, dict):
            raise refuse("bad_jsonl", f"{name} line {number} is not a JSON object.",
                         entry=name, line=number)
        json_to_values(table, record, line=number)
        records.append(record)
    return records


def _inner_allowed(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE):
        return True
    match = _DATA_NAME.match(name)
    return bool(match) and match.group(1) in SYNC_TABLES


def _read_inner(data: bytes, db: Database, *, trust_new, require_trust: bool,
                limits: PackageLimits, envelope: str | None) -> VerifiedPackage:
    zf = open_zip(data, limits)
    with zf:
        infos = checked_entries(zf, _inner_allowed, limits)
        budget = [limits.max_total_bytes]
        if MANIFEST not in infos:
            raise refuse("bad_manifest", "The package has no manifest.json.")
        raw_manifest = read_entry(zf, infos[MANIFEST], limits.max_small_entry, limits, budget)
        signature = (read_entry(zf, infos[SIGNATURE], 1024, limits, budget)
                     if SIGNATURE in infos else None)
        m = _parse_json(raw_manifest, MANIFEST)
        version = _check_format(m, MANIFEST)
        _check_manifest(m)
        signer = _check_signature(raw_manifest, signature, m)
        if m["schema_version"] not in known_revisions():
            if m["schema_version"] > schema_head():
                raise refuse("newer_schema", f"The package comes from a newer version of the "
                             f"app (database schema {m['schema_version']}; this app has "
                             f"{schema_head()}). Update the app to import it.")
            raise refuse("bad_manifest", f"The package's schema version "
                         f"{m['schema_version']} is unknown.")
        if m.get("encrypted_to") != envelope:
            raise refuse("envelope_mismatch", "The package was signed for "
                         + ("an encrypted envelope" if m.get("encrypted_to") else
                            "sending unencrypted")
                         + " but arrived " + ("encrypted" if envelope else "unencrypted")
                         + "; it was repackaged.")
        data_names = sorted(n for n in infos if n.startswith("data/"))
        listed = m["files"]
        for name in data_names:
            if name not in listed:
                raise refuse("unlisted_file", f"{name} is in the package but not in its "
                             "signed manifest.", entry=name)
        for name in listed:
            if name not in infos:
                raise refuse("missing_file", f"The manifest lists {name} but the package does "
                             "not contain it.", entry=name)
        tables: dict[str, list[dict]] = {}
        for name in data_names:
            raw = read_entry(zf, infos[name], limits.max_total_bytes, limits, budget)
            if hashlib.sha256(raw).hexdigest() != listed[name]["sha256"]:
                raise refuse("hash_mismatch", f"{name} was changed or damaged after the "
                             "package was made (its SHA-256 does not match the signed "
                             "manifest).", entry=name)
            table = _DATA_NAME.match(name).group(1)
            tables[table] = _parse_jsonl(raw, name, table)
    counts = m["counts"]
    for table in set(counts) | set(tables):
        if counts.get(table, 0) != len(tables.get(table, [])):
            raise refuse("count_mismatch", f"The manifest counts {counts.get(table, 0)} "
                         f"{table} records but the package holds "
                         f"{len(tables.get(table, []))}.", table=table)
    if m["kind"] == "return":
        extra = sorted(set(tables) & {"participant_answer", "contact_detail"})
        if extra:
            raise refuse("privacy", f"A return package may not carry {extra[0]} records.",
                         table=extra[0])
    if envelope is None and tables.get("participant_answer"):
        raise refuse("privacy", "The package carries demographic answers without being "
                     "encrypted; such packages are not accepted.")
    trusted, trust_on_import = _check_trust(db, signer, m, trust_new, require_trust)
    return VerifiedPackage(
        path=None, package_id=str(m["package_id"]), device_id=m["device_id"], kind=m["kind"],
        created_at=datetime.fromisoformat(m["created_at"]).astimezone(UTC),
        hlc_from=m.get("hlc_from"), hlc_to=m.get("hlc_to"), counts=dict(counts),
        tables=tables, format_version=version, schema_version=m["schema_version"],
        signer_key=signer, signer_fingerprint=sync_keys.fingerprint(signer), trusted=trusted,
        trust_on_import=trust_on_import, encrypted=envelope is not None, recipient=envelope,
        size=len(data), manifest=m)


def _outer_allowed(name: str) -> bool:
    return name in (HEADER, PAYLOAD)


def peek_package(path: Path) -> dict:
    """A quick, read-only look: {"encrypted": bool, "recipient": fingerprint | None}.
    Raises PackageRejected if the file is not a package at all."""
    data = read_file(Path(path), DEFAULT_LIMITS)
    with open_zip(data) as zf:
        names = set(zf.namelist())
        if HEADER in names:
            infos = checked_entries(zf, _outer_allowed, DEFAULT_LIMITS)
            header = _parse_json(read_entry(zf, infos[HEADER], DEFAULT_LIMITS.max_small_entry,
                                            DEFAULT_LIMITS, [1 << 30]), HEADER)
            return {"encrypted": True, "recipient": header.get("recipient")}
    return {"encrypted": False, "recipient": None}


def read_package(path: Path | bytes, db: Database, *,
                 office_private_key: PrivateKey | None = None,
                 trust_new: Callable[[str, str], bool] | None = None,
                 require_trust: bool = True,
                 limits: PackageLimits = DEFAULT_LIMITS) -> VerifiedPackage:
    """Check a package completely and return its records; writes nothing.

    ``trust_new(fingerprint, device_id) -> bool`` is asked when the signature is valid but
    its key is not in the register (the key is then registered by :func:`import_package`).
    With ``require_trust=False`` an unknown key is reported (``trusted=False``) instead of
    rejected (``verify-package``)."""
    if isinstance(path, bytes | bytearray):
        data, source = bytes(path), None
        if len(data) > limits.max_file_bytes:
            raise refuse("too_large", "The package is larger than a package may be.")
    else:
        source = Path(path)
        data = read_file(source, limits)
    zf = open_zip(data, limits)
    with zf:
        names = set(zf.namelist())
        encrypted = HEADER in names or PAYLOAD in names
        if encrypted:
            infos = checked_entries(zf, _outer_allowed, limits)
            budget = [limits.max_file_bytes + limits.max_small_entry]
            if HEADER not in infos or PAYLOAD not in infos:
                raise refuse("bad_manifest", "The encrypted package lacks its header or "
                             "its payload.")
            header = _parse_json(read_entry(zf, infos[HEADER], limits.max_small_entry, limits,
                                            budget), HEADER)
            _check_format(header, HEADER)
            recipient = header.get("recipient")
            if header.get("encrypted") is not True or header.get("cipher") != CIPHER or \
                    not isinstance(recipient, str):
                raise refuse("bad_manifest", "The encrypted package's header is damaged.")
            payload = read_entry(zf, infos[PAYLOAD], limits.max_file_bytes, limits, budget)
    if encrypted:
        if office_private_key is None:
            raise refuse("needs_office_key", f"The package is encrypted for the office with "
                         f"key {recipient}; unlock this office's key to read it.",
                         recipient=recipient)
        ours = sync_keys.fingerprint(bytes(office_private_key.public_key))
        if recipient != ours:
            label = header.get("recipient_label")
            raise refuse("other_office", "The package is encrypted for another office "
                         + (f"({label}, " if isinstance(label, str) and label else "(")
                         + f"key {recipient}); this office's key is {ours}. Send it to the "
                         "office it was made for, or ask the facilitator to export it again "
                         "with this office's public key.", recipient=recipient)
        try:
            data = SealedBox(office_private_key).decrypt(payload)
        except nacl.exceptions.CryptoError as exc:
            raise refuse("decrypt_failed", "The encrypted package cannot be opened with this "
                         "office's key: it is damaged or was altered.") from exc
        package = _read_inner(data, db, trust_new=trust_new, require_trust=require_trust,
                              limits=limits, envelope=recipient)
    else:
        package = _read_inner(data, db, trust_new=trust_new, require_trust=require_trust,
                              limits=limits, envelope=None)
    package.path = source
    return package
