"""Exporting a package: this database's changes (all, since the last package, or the office's
return package) written as a signed, optionally sealed ``.scpkg`` file; the bookmark of the next
incremental package moves only once the file is on disk."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nacl.signing import SigningKey
from sqlmodel import Session

from ... import __version__
from ...core.clock import HLCStamp, utcnow
from ...core.errors import ValidationError
from ...storage.database import Database, schema_head
from ...storage.models import AppMeta
from . import keys as sync_keys
from .codec import RETURN_TABLES, SYNC_TABLES
from .collect import collect_changes
from .package import (
    DEFAULT_LIMITS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KINDS,
    PackageCancelled,
    PackageExportError,
    PackageLimits,
    build_inner,
    encode_table,
    seal,
    write_atomically,
)

BOOKMARK_KEY = "last_package_hlc"
RETURN_BOOKMARK_KEY = "last_return_package_hlc"


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
