"""Sync packages (``.scpkg``): the file that carries changes between laptops and the office.

A package is a ZIP archive::

    manifest.json        format and schema version, package id, device, time, kind, the HLC
                         range it covers, counts per table, SHA-256 of every data file, signer
    manifest.sig         Ed25519 signature over the exact bytes of manifest.json
    data/<table>.jsonl   the records, one JSON object a line (tombstones included)

Encrypted to the office, the whole archive above is sealed (``nacl.public.SealedBox``) to the
office's X25519 key and carried inside an outer ZIP with a plaintext ``header.json`` (format,
``encrypted``, the recipient key's fingerprint) and ``payload.bin``.

Reading (:func:`read_package`) checks everything before anything is written: a well-formed
archive, allow-listed entry names (no absolute paths, no ``..``, no links, no duplicates),
limits on entries, sizes and compression ratio (data is read with a cap, header sizes are not
trusted), hashes, the signature and whether its key is trusted, the versions, and decryption.
Each rejection raises :class:`PackageRejected` (a ``sync_merge.SyncRejected``) with its own
``reason`` code and message. :func:`import_packages` then hands the records to
``sync_merge.apply_changes`` (one transaction per package).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import tempfile
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nacl.exceptions
from nacl.public import PrivateKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
from sqlmodel import Session

from ... import __version__
from ...core.clock import HLCStamp, utcnow
from ...core.errors import SmartCityError, ValidationError
from ...storage.database import Database, known_revisions, schema_head
from ...storage.models import AppMeta
from . import keys as sync_keys
from .merge import (
    RETURN_TABLES,
    SYNC_TABLES,
    SyncCancelled,
    SyncRejected,
    apply_changes,
    collect_changes,
    json_to_values,
)

FORMAT_NAME = "smartcity-package"
FORMAT_VERSION = 1
SUFFIX = ".scpkg"
KINDS = ("full", "incremental", "return")
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
HEADER = "header.json"
PAYLOAD = "payload.bin"
CIPHER = "x25519-xsalsa20-poly1305-sealedbox"
BOOKMARK_KEY = "last_package_hlc"
RETURN_BOOKMARK_KEY = "last_return_package_hlc"
_DATA_NAME = re.compile(r"^data/([a-z_]+)\.jsonl$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class PackageLimits:
    """What a package may hold. Generous for real workshops (10,000 ideas are ~10 MB), small
    enough that a hostile file cannot exhaust memory or disk."""

    max_file_bytes: int = 512 * 1024 * 1024
    max_entries: int = 200
    max_total_bytes: int = 512 * 1024 * 1024  # uncompressed, all entries together
    max_small_entry: int = 4 * 1024 * 1024  # manifest, signature, header
    max_ratio: float = 100.0  # uncompressed / compressed, per entry
    ratio_floor: int = 64 * 1024  # entries smaller than this cannot be a bomb


DEFAULT_LIMITS = PackageLimits()


# --- errors -------------------------------------------------------------------------------

class PackageRejected(SyncRejected):
    """A package that will not be imported; ``reason`` says why (a stable code)."""

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


class PackageCancelled(SyncCancelled):
    def __init__(self, message: str = "Cancelled; nothing was written.") -> None:
        super().__init__(message)


class PackageExportError(SmartCityError):
    code = "package_export_failed"


def _reject(reason: str, message: str, **details: object) -> PackageRejected:
    return PackageRejected(reason, message, **details)


# --- writing ---------------------------------------------------------------------------------

def _json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=_json_default)


def _json_default(value):
    if isinstance(value, datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode_table(records: Iterable[dict]) -> bytes:
    """JSON Lines: one record a line, UTF-8, newline-terminated."""
    return "".join(_json_line(r) + "\n" for r in records).encode("utf-8")


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode(
        "utf-8")


def build_inner(files: dict[str, bytes], manifest: dict, signing_key: SigningKey,
                *, sign: bool = True, extra_entries: Sequence[tuple] = ()) -> bytes:
    """The (unencrypted) package archive as bytes. ``manifest`` gets the file hashes and the
    signer filled in. Tests use ``sign``/``extra_entries`` to build broken packages."""
    manifest = dict(manifest)
    manifest["files"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                         for name, data in sorted(files.items())}
    manifest["signer"] = {"algorithm": "ed25519",
                          "public_key": bytes(signing_key.verify_key).hex(),
                          "fingerprint": sync_keys.fingerprint(bytes(signing_key.verify_key))}
    raw_manifest = manifest_bytes(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(_info(MANIFEST), raw_manifest)
        if sign:
            zf.writestr(_info(SIGNATURE, zipfile.ZIP_STORED),
                        signing_key.sign(raw_manifest).signature)
        for name, data in sorted(files.items()):
            zf.writestr(_info(name), data)
        for entry in extra_entries:
            zf.writestr(*entry)
    return buffer.getvalue()


def _info(name: str, compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = compression
    info.external_attr = 0o100644 << 16  # a regular file
    return info


def seal(inner: bytes, office: sync_keys.OfficePublicKey) -> bytes:
    """The outer archive of an encrypted package."""
    header = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "encrypted": True,
              "cipher": CIPHER, "recipient": office.fingerprint,
              "recipient_label": office.label}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(_info(HEADER, zipfile.ZIP_STORED), manifest_bytes(header))
        zf.writestr(_info(PAYLOAD, zipfile.ZIP_STORED), SealedBox(office.public_key).encrypt(inner))
    return buffer.getvalue()


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file next to ``target``, flush it to disk, rename."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise PackageExportError(f"{target} is a folder; give a file name.", reason="is_folder",
                                 path=str(target))
    if not folder.is_dir():
        raise PackageExportError(f"The folder {folder} does not exist.", reason="folder_missing",
                                 path=str(folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise PackageExportError(f"Cannot write in {folder}: {exc.strerror}.",
                                 reason="write_failed", path=str(folder),
                                 error=exc.strerror or str(exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PackageExportError(f"Cannot write {target}: {exc.strerror}.",
                                 reason="write_failed", path=str(target),
                                 error=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


@dataclass(frozen=True)
class PackageExportResult:
    path: Path
    package_id: str
    kind: str
    device_id: str
    hlc_from: str | None
    hlc_to: str | None
    counts: dict[str, int]
    encrypted: bool
    recipient: str | None  # fingerprint of the office key it is sealed to
    signer: str  # fingerprint of the signing key
    size: int
    includes_contacts: bool
    includes_demographics: bool

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def _get_meta(db: Database, key: str) -> str | None:
    with Session(db.engine) as session:
        row = session.get(AppMeta, key)
        return row.value if row else None


def _set_meta(db: Database, key: str, value: str) -> None:
    with Session(db.engine) as session:
        row = session.get(AppMeta, key)
        if row is None:
            session.add(AppMeta(key=key, value=value))
        elif row.value != value:
            row.value = value
            session.add(row)
        session.commit()


def last_package_hlc(db: Database, kind: str = "incremental") -> str | None:
    """Where the next incremental (or return) package starts."""
    return _get_meta(db, RETURN_BOOKMARK_KEY if kind == "return" else BOOKMARK_KEY)


def date_to_hlc(day: dt.date | datetime) -> str:
    """A stamp just before midnight UTC of ``day`` (or that exact time): the changes "since"
    it (``hlc > stamp``) are exactly those stamped at or after that moment."""
    if isinstance(day, datetime):
        moment = day if day.tzinfo else day.replace(tzinfo=UTC)
    else:
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return HLCStamp(int(moment.timestamp() * 1000) - 1, 999999, "~").encode()


def _resolve_recipient(encrypt_to, kind: str) -> sync_keys.OfficePublicKey | None:
    if encrypt_to is None or encrypt_to is False:
        return None
    if isinstance(encrypt_to, str) and encrypt_to == "auto":
        # Return packages go to facilitators, who have no box key; they hold no personal data.
        return None if kind == "return" else sync_keys.known_office()
    return sync_keys.read_office_public_key(encrypt_to)


def _signing(signing_key) -> SigningKey:
    if isinstance(signing_key, sync_keys.DeviceKey):
        return signing_key.signing_key
    if isinstance(signing_key, SigningKey):
        return signing_key
    raise TypeError("signing_key must be a nacl SigningKey or sync_keys.DeviceKey")


def export_package(db: Database, out_path: Path, *, signing_key, kind: str = "full",
                   since_hlc: str | None = None, since_date: dt.date | datetime | None = None,
                   encrypt_to="auto", include_contacts: bool = False,
                   progress: Callable[[int, int], object] | None = None,
                   limits: PackageLimits = DEFAULT_LIMITS) -> PackageExportResult:
    """Write a signed package of this database's changes to ``out_path`` (atomically).

    ``kind``: "full" (everything), "incremental" (changes since ``since_hlc``/``since_date`` or
    else since the last package) or "return" (the office's decisions, themes, settings … for
    facilitators). ``encrypt_to``: "auto" (the known office, see
    ``sync_keys.set_known_office``), an office public key (file path, bytes, QR text or
    ``OfficePublicKey``) or None for a signed but readable package. Demographic answers travel
    only in encrypted packages; contact details only with ``include_contacts`` (and only of
    participants who agreed). ``progress(done, total)`` returning False cancels; the bookmark
    for the next incremental package moves only after the file is safely written.
    """
    if kind not in KINDS:
        raise ValidationError("kind", f"Unknown package kind {kind!r}; use one of "
                              f"{', '.join(KINDS)}.", reason="not_one_of", value=kind,
                              choices=list(KINDS))
    if since_hlc and since_date:
        raise ValidationError("since", "Give a starting date or an HLC stamp, not both.",
                              reason="since_twice")
    if kind == "full" and (since_hlc or since_date):
        raise ValidationError("since", "A full package holds everything; --since needs "
                              "an incremental (or return) package.", reason="full_package_since")
    if kind == "return" and include_contacts:
        raise ValidationError("contacts", "Return packages never carry contact details.",
                              reason="return_package_contacts")
    key = _signing(signing_key)
    recipient = _resolve_recipient(encrypt_to, kind)
    if since_date is not None:
        since_hlc = date_to_hlc(since_date)
    elif kind != "full" and since_hlc is None:
        since_hlc = last_package_hlc(db, kind)
    tables = list(RETURN_TABLES) if kind == "return" else None
    include_demographics = recipient is not None and kind != "return"

    steps = len(SYNC_TABLES) + 3
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, steps) is False:
            raise PackageCancelled()

    if progress is not None and progress(0, steps) is False:
        raise PackageCancelled()
    changes = collect_changes(db, since_hlc=since_hlc, tables=tables,
                              include_contacts=include_contacts and kind != "return",
                              include_demographics=include_demographics)
    step()
    files: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    total = 0
    for table in SYNC_TABLES:
        records = changes.tables.get(table) or []
        if records:
            data = encode_table(records)
            files[f"data/{table}.jsonl"] = data
            counts[table] = len(records)
            total += len(data)
        step()
    if total > limits.max_total_bytes:
        raise PackageExportError(
            f"The package would hold {total / 1e6:.0f} MB, more than a package may "
            f"({limits.max_total_bytes / 1e6:.0f} MB); export an incremental package or "
            "one per project instead.", reason="package_too_big",
            size=total, limit=limits.max_total_bytes)
    package_id = str(uuid.uuid4())
    manifest = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
        "schema_version": schema_head(), "app_version": __version__,
        "package_id": package_id, "device_id": db.device_id,
        "created_at": utcnow().isoformat(), "kind": kind,
        "hlc_from": since_hlc, "hlc_to": changes.hlc_to, "counts": counts,
        "encrypted_to": recipient.fingerprint if recipient else None,
        "contains": {"contacts": "contact_detail" in counts,
                     "demographics": "participant_answer" in counts},
    }
    data = build_inner(files, manifest, key)
    step()
    if recipient is not None:
        data = seal(data, recipient)
    if len(data) > limits.max_file_bytes:
        raise PackageExportError("The package is too large; export an incremental package.",
                                 reason="package_too_big")
    path = write_atomically(out_path, data)
    step()
    # Only now that the file is on disk does the next incremental package start after it.
    if changes.hlc_to:
        _set_meta(db, RETURN_BOOKMARK_KEY if kind == "return" else BOOKMARK_KEY,
                  max(changes.hlc_to, last_package_hlc(db, kind) or ""))
    return PackageExportResult(
        path=path, package_id=package_id, kind=kind, device_id=db.device_id,
        hlc_from=since_hlc, hlc_to=changes.hlc_to, counts=counts,
        encrypted=recipient is not None,
        recipient=recipient.fingerprint if recipient else None,
        signer=sync_keys.fingerprint(bytes(key.verify_key)), size=len(data),
        includes_contacts="contact_detail" in counts,
        includes_demographics="participant_answer" in counts)


# --- reading -------------------------------------------------------------------------------

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


def _entry_checks(zf: zipfile.ZipFile, allowed: Callable[[str], bool],
                  limits: PackageLimits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _reject("too_many_entries",
                      f"The package has {len(infos):,} entries; a package has at most "
                      f"{limits.max_entries}. It was not made by this app.",
                      entries=len(infos))
    for info in infos:
        name = info.filename
        plain = name.replace("\\", "/")
        if plain.startswith("/") or re.match(r"^[A-Za-z]:", plain):
            raise _reject("absolute_path", f"The package contains an absolute path ({name!r}); "
                          "it is not a package made by this app.", entry=name)
        if ".." in plain.split("/"):
            raise _reject("path_traversal", f"The package contains a path that leads outside "
                          f"it ({name!r}).", entry=name)
        mode = (info.external_attr >> 16) & 0o170000
        if mode == 0o120000:
            raise _reject("symlink", f"The package contains a link ({name!r}); packages hold "
                          "only plain files.", entry=name)
        if "\x00" in name or "\\" in name or not allowed(name) or (
                mode not in (0, 0o100000)):
            raise _reject("unexpected_entry", f"The package contains an unexpected entry "
                          f"({name!r}).", entry=name)
        if info.flag_bits & 0x1:
            raise _reject("unexpected_entry", f"The entry {name!r} uses ZIP encryption, "
                          "which packages never do.", entry=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject("unexpected_entry", f"The entry {name!r} uses an unsupported "
                          "compression method.", entry=name)
    counts = Counter(info.filename for info in infos)
    duplicates = sorted(name for name, n in counts.items() if n > 1)
    if duplicates:
        raise _reject("duplicate_entry", f"The package contains {duplicates[0]!r} more than "
                      "once.", entry=duplicates[0])
    claimed = sum(info.file_size for info in infos)
    if claimed > limits.max_total_bytes:
        raise _reject("too_large", f"The package would unpack to {claimed / 1e6:,.0f} MB, more "
                      f"than the limit of {limits.max_total_bytes / 1e6:,.0f} MB.")
    for info in infos:
        _check_ratio(info, info.file_size, limits)
    return {info.filename: info for info in infos}


def _check_ratio(info: zipfile.ZipInfo, size: int, limits: PackageLimits) -> None:
    packed = max(info.compress_size, 1)
    if size > limits.ratio_floor and size > limits.max_ratio * packed:
        raise _reject("compression_bomb",
                      f"The entry {info.filename!r} expands {size / packed:,.0f}"
                      f" times (at most {limits.max_ratio:.0f} is allowed): a compression bomb "
                      "or not a package made by this app.", entry=info.filename)


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, limits: PackageLimits,
                budget: list[int]) -> bytes:
    """Read one entry, never more than ``cap`` bytes nor the remaining total budget, checking
    the ratio on what is actually produced (header sizes are not trusted)."""
    limit = min(cap, budget[0])
    chunks = []
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                _check_ratio(info, size, limits)
                if size > limit:
                    raise _reject("too_large", f"The entry {info.filename!r} is larger than a "
                                  "package may hold.", entry=info.filename)
    except PackageRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError) as exc:
        # zlib.error is a subclass of Exception only; caught below
        raise _reject("bad_zip", f"The package is damaged: the entry {info.filename!r} cannot "
                      f"be read ({exc}).", entry=info.filename) from exc
    except Exception as exc:  # zlib.error and friends from a damaged deflate stream
        raise _reject("bad_zip", f"The package is damaged: the entry {info.filename!r} cannot "
                      f"be read ({exc}).", entry=info.filename) from exc
    budget[0] -= size
    return b"".join(chunks)


def _count_entries_cheaply(data: bytes, limits: PackageLimits) -> None:
    """Look at the end-of-central-directory record before ``zipfile`` parses the whole
    directory, so that a file claiming millions of entries is refused without building them."""
    tail_start = max(0, len(data) - 22 - 65535)
    pos = data.rfind(b"PK\x05\x06", tail_start)
    if pos < 0 or pos + 22 > len(data):
        return  # zipfile reports the damage
    entries = int.from_bytes(data[pos + 10:pos + 12], "little")
    directory = int.from_bytes(data[pos + 12:pos + 16], "little")
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        raise _reject("unexpected_entry", "The package uses ZIP64 records, which packages of "
                      "this app never need.")
    if entries > limits.max_entries:
        raise _reject("too_many_entries",
                      f"The package has {entries:,} entries; a package has at most "
                      f"{limits.max_entries}. It was not made by this app.", entries=entries)


def _open_zip(data: bytes, limits: PackageLimits = DEFAULT_LIMITS,
              what: str = "package") -> zipfile.ZipFile:
    if not data.startswith(b"PK"):
        raise _reject("not_zip", f"The file is not a {what} (it is not a ZIP archive).")
    _count_entries_cheaply(data, limits)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
        raise _reject("bad_zip", f"The file is not a complete {what}: the ZIP archive is "
                      "damaged or truncated (was the copy interrupted?).") from exc


def _parse_json(raw: bytes, name: str) -> dict:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _reject("bad_manifest", f"{name} in the package is not valid JSON.") from exc
    if not isinstance(value, dict):
        raise _reject("bad_manifest", f"{name} in the package is not a JSON object.")
    return value


def _check_format(data: dict, name: str) -> int:
    if data.get("format") != FORMAT_NAME:
        raise _reject("bad_manifest", f"This is not a Smart City package ({name} has no "
                      "package format).")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _reject("bad_manifest", f"{name} has no valid format version.")
    if version > FORMAT_VERSION:
        raise _reject("newer_format", f"The package was made by a newer version of the app "
                      f"(package format {version}; this app reads format {FORMAT_VERSION}). "
                      "Update the app to import it.", format_version=version)
    return version


def _check_manifest(m: dict) -> None:
    def bad(what: str) -> PackageRejected:
        return _reject("bad_manifest", f"The package manifest is damaged ({what}).")

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
        raise _reject("unsigned", "The package has no signature, so nobody can vouch for "
                      "where it came from. It was not made by this app, or it was altered.")
    try:
        signer = bytes.fromhex(m["signer"]["public_key"])
        if len(signer) != 32 or len(signature) != 64:
            raise ValueError("size")
        VerifyKey(signer).verify(raw_manifest, signature)
    except (ValueError, TypeError, nacl.exceptions.BadSignatureError,
            nacl.exceptions.CryptoError) as exc:
        raise _reject("bad_signature", "The package's signature does not match its contents: "
                      "it was altered after it was signed, or damaged.") from exc
    return signer


def _check_trust(db: Database, signer: bytes, m: dict,
                 trust_new: Callable[[str, str], bool] | None, require_trust: bool
                 ) -> tuple[bool, bool]:
    """-> (trusted already, trust on import)."""
    fp = sync_keys.fingerprint(signer)
    device = m["device_id"]
    row = sync_keys.find_trusted(db, fp)
    if row is not None:
        if row.revoked:
            raise _reject("revoked_key", f"The package is signed with a key that was revoked "
                          f"(fingerprint {fp}, device {row.device_id}).", fingerprint=fp)
        if row.public_key != signer.hex():
            raise _reject("untrusted_key", f"The package's key clashes with the registered "
                          f"key of the same fingerprint {fp}.", fingerprint=fp)
        if row.device_id != device:
            raise _reject("device_mismatch", f"The package says it comes from device {device}, "
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
    raise _reject("untrusted_key", f"The package is signed with a key this database does not "
                  f"trust yet (fingerprint {fp}, device {device}). Compare the fingerprint "
                  "with the sender and trust the key to import it.", fingerprint=fp,
                  device_id=device)


def _parse_jsonl(raw: bytes, name: str, table: str) -> list[dict]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _reject("bad_jsonl", f"{name} is not UTF-8 text.", entry=name) from exc
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records = []
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _reject("bad_jsonl", f"{name} line {number} is not valid JSON "
                          f"({exc.msg}).", entry=name, line=number) from exc
        if not isinstance(record, dict):
            raise _reject("bad_jsonl", f"{name} line {number} is not a JSON object.",
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
    zf = _open_zip(data, limits)
    with zf:
        infos = _entry_checks(zf, _inner_allowed, limits)
        budget = [limits.max_total_bytes]
        if MANIFEST not in infos:
            raise _reject("bad_manifest", "The package has no manifest.json.")
        raw_manifest = _read_entry(zf, infos[MANIFEST], limits.max_small_entry, limits, budget)
        signature = (_read_entry(zf, infos[SIGNATURE], 1024, limits, budget)
                     if SIGNATURE in infos else None)
        m = _parse_json(raw_manifest, MANIFEST)
        version = _check_format(m, MANIFEST)
        _check_manifest(m)
        signer = _check_signature(raw_manifest, signature, m)
        if m["schema_version"] not in known_revisions():
            if m["schema_version"] > schema_head():
                raise _reject("newer_schema", f"The package comes from a newer version of the "
                              f"app (database schema {m['schema_version']}; this app has "
                              f"{schema_head()}). Update the app to import it.")
            raise _reject("bad_manifest", f"The package's schema version "
                          f"{m['schema_version']} is unknown.")
        if m.get("encrypted_to") != envelope:
            raise _reject("envelope_mismatch", "The package was signed for "
                          + ("an encrypted envelope" if m.get("encrypted_to") else
                             "sending unencrypted")
                          + " but arrived " + ("encrypted" if envelope else "unencrypted")
                          + "; it was repackaged.")
        data_names = sorted(n for n in infos if n.startswith("data/"))
        listed = m["files"]
        for name in data_names:
            if name not in listed:
                raise _reject("unlisted_file", f"{name} is in the package but not in its "
                              "signed manifest.", entry=name)
        for name in listed:
            if name not in infos:
                raise _reject("missing_file", f"The manifest lists {name} but the package does "
                              "not contain it.", entry=name)
        tables: dict[str, list[dict]] = {}
        for name in data_names:
            raw = _read_entry(zf, infos[name], limits.max_total_bytes, limits, budget)
            if hashlib.sha256(raw).hexdigest() != listed[name]["sha256"]:
                raise _reject("hash_mismatch", f"{name} was changed or damaged after the "
                              "package was made (its SHA-256 does not match the signed "
                              "manifest).", entry=name)
            table = _DATA_NAME.match(name).group(1)
            tables[table] = _parse_jsonl(raw, name, table)
    counts = m["counts"]
    for table in set(counts) | set(tables):
        if counts.get(table, 0) != len(tables.get(table, [])):
            raise _reject("count_mismatch", f"The manifest counts {counts.get(table, 0)} "
                          f"{table} records but the package holds "
                          f"{len(tables.get(table, []))}.", table=table)
    if m["kind"] == "return":
        extra = sorted(set(tables) & {"participant_answer", "contact_detail"})
        if extra:
            raise _reject("privacy", f"A return package may not carry {extra[0]} records.",
                          table=extra[0])
    if envelope is None and tables.get("participant_answer"):
        raise _reject("privacy", "The package carries demographic answers without being "
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
    data = _read_file(Path(path), DEFAULT_LIMITS)
    with _open_zip(data) as zf:
        names = set(zf.namelist())
        if HEADER in names:
            infos = _entry_checks(zf, _outer_allowed, DEFAULT_LIMITS)
            header = _parse_json(_read_entry(zf, infos[HEADER], DEFAULT_LIMITS.max_small_entry,
                                             DEFAULT_LIMITS, [1 << 30]), HEADER)
            return {"encrypted": True, "recipient": header.get("recipient")}
    return {"encrypted": False, "recipient": None}


def _read_file(path: Path, limits: PackageLimits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise _reject("too_large", f"{path.name} is {size / 1e6:,.0f} MB, larger than a "
                          f"package may be ({limits.max_file_bytes / 1e6:,.0f} MB).")
        if not path.is_file():
            raise _reject("file_not_found", f"{path} is not a file.", path=str(path))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise _reject("file_not_found", f"{path} does not exist.",
                      path=str(path)) from exc
    except PackageRejected:
        raise
    except OSError as exc:
        raise _reject("unreadable", f"{path} cannot be read: {exc.strerror}.", path=str(path),
                      error=exc.strerror or str(exc)) from exc


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
            raise _reject("too_large", "The package is larger than a package may be.")
    else:
        source = Path(path)
        data = _read_file(source, limits)
    zf = _open_zip(data, limits)
    with zf:
        names = set(zf.namelist())
        encrypted = HEADER in names or PAYLOAD in names
        if encrypted:
            infos = _entry_checks(zf, _outer_allowed, limits)
            budget = [limits.max_file_bytes + limits.max_small_entry]
            if HEADER not in infos or PAYLOAD not in infos:
                raise _reject("bad_manifest", "The encrypted package lacks its header or "
                              "its payload.")
            header = _parse_json(_read_entry(zf, infos[HEADER], limits.max_small_entry, limits,
                                             budget), HEADER)
            _check_format(header, HEADER)
            recipient = header.get("recipient")
            if header.get("encrypted") is not True or header.get("cipher") != CIPHER or \
                    not isinstance(recipient, str):
                raise _reject("bad_manifest", "The encrypted package's header is damaged.")
            payload = _read_entry(zf, infos[PAYLOAD], limits.max_file_bytes, limits, budget)
    if encrypted:
        if office_private_key is None:
            raise _reject("needs_office_key", f"The package is encrypted for the office with "
                          f"key {recipient}; unlock this office's key to read it.",
                          recipient=recipient)
        ours = sync_keys.fingerprint(bytes(office_private_key.public_key))
        if recipient != ours:
            label = header.get("recipient_label")
            raise _reject("other_office", "The package is encrypted for another office "
                          + (f"({label}, " if isinstance(label, str) and label else "(")
                          + f"key {recipient}); this office's key is {ours}. Send it to the "
                          "office it was made for, or ask the facilitator to export it again "
                          "with this office's public key.", recipient=recipient)
        try:
            data = SealedBox(office_private_key).decrypt(payload)
        except nacl.exceptions.CryptoError as exc:
            raise _reject("decrypt_failed", "The encrypted package cannot be opened with this "
                          "office's key: it is damaged or was altered.") from exc
        package = _read_inner(data, db, trust_new=trust_new, require_trust=require_trust,
                              limits=limits, envelope=recipient)
    else:
        package = _read_inner(data, db, trust_new=trust_new, require_trust=require_trust,
                              limits=limits, envelope=None)
    package.path = source
    return package


# --- importing -----------------------------------------------------------------------------

@dataclass
class PackageReport:
    """What importing one file did (or why it was refused)."""

    path: Path | None
    ok: bool
    package_id: str | None = None
    device_id: str | None = None
    kind: str | None = None
    already_imported: bool = False
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    signer: str | None = None
    newly_trusted: bool = False

    def summary(self) -> str:
        name = self.path.name if self.path else "package"
        if not self.ok:
            return f"{name}: rejected ({self.reason}): {self.message}"
        if self.already_imported:
            return f"{name}: already imported; nothing changed."
        return (f"{name}: {self.added} added, {self.changed} changed, {self.deleted} deleted, "
                f"{self.conflicts} conflicts.")


_COUNT_NAMES = ("added", "changed", "deleted", "unchanged", "conflicts")


def _fill_from_merge(report: PackageReport, merged) -> None:
    report.already_imported = bool(getattr(merged, "already_imported", False))
    per_table = getattr(merged, "tables", None) or {}
    for table, stats in per_table.items():
        values = {name: int(stats.get(name, 0) if isinstance(stats, dict)
                            else getattr(stats, name, 0)) for name in _COUNT_NAMES}
        report.tables[table] = values
    for name in _COUNT_NAMES:
        value = getattr(merged, name, None)
        if value is None or callable(value):
            value = sum(t[name] for t in report.tables.values())
        setattr(report, name, int(value))


def import_package(db: Database, path: Path, *, office_private_key: PrivateKey | None = None,
                   trust_new: Callable[[str, str], bool] | None = None,
                   progress: Callable[[int, int], object] | None = None,
                   limits: PackageLimits = DEFAULT_LIMITS) -> PackageReport:
    """Check and apply one package. Raises PackageRejected (nothing written) when refused."""
    package = read_package(path, db, office_private_key=office_private_key,
                           trust_new=trust_new, limits=limits)
    return apply_package(db, package, progress=progress)


def apply_package(db: Database, package: VerifiedPackage, *,
                  progress: Callable[[int, int], object] | None = None) -> PackageReport:
    merged = apply_changes(db, package_id=package.package_id, device_id=package.device_id,
                           kind=package.kind, created_at=package.created_at,
                           hlc_from=package.hlc_from, hlc_to=package.hlc_to,
                           tables=package.tables, progress=progress)
    report = PackageReport(path=package.path, ok=True, package_id=package.package_id,
                           device_id=package.device_id, kind=package.kind,
                           signer=package.signer_fingerprint)
    _fill_from_merge(report, merged)
    if package.trust_on_import:
        sync_keys.trust_key(db, package.signer_key, package.device_id,
                            label=f"trusted on import of {package.path.name}"
                            if package.path else "trusted on import")
        report.newly_trusted = True
    return report


def import_packages(db: Database, paths: Sequence[Path], *,
                    office_private_key: PrivateKey | None = None,
                    trust_new: Callable[[str, str], bool] | None = None,
                    progress: Callable[[int, int], object] | None = None,
                    cancel: Callable[[], bool] | None = None,
                    limits: PackageLimits = DEFAULT_LIMITS) -> list[PackageReport]:
    """Import many packages one after another, each in its own transaction. A refused
    package is reported and skipped; the others still import. ``progress(done, total)``
    (returning False) or ``cancel()`` stop before the next package; packages not reached are
    reported with reason "cancelled"."""
    paths = [Path(p) for p in paths]
    reports: list[PackageReport] = []
    stopped = False
    if progress is not None and progress(0, len(paths)) is False:
        stopped = True
    for index, path in enumerate(paths):
        if stopped or (cancel is not None and cancel()):
            stopped = True
            reports.append(PackageReport(path=path, ok=False, reason="cancelled",
                                         message="Not imported: the import was cancelled."))
            continue
        try:
            reports.append(import_package(db, path, office_private_key=office_private_key,
                                          trust_new=trust_new, limits=limits))
        except SyncRejected as exc:
            reports.append(PackageReport(
                path=path, ok=False, reason=getattr(exc, "reason", None) or exc.code,
                message=exc.message))
        if progress is not None and progress(index + 1, len(paths)) is False:
            stopped = True
    return reports
