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
Each rejection raises :class:`PackageRejected` (a ``sync.codec.SyncRejected``) with its own
``reason`` code and message. :func:`import_packages` then hands the records to
``sync_merge.apply_changes`` (one transaction per package).

This module holds the format (names, limits, errors) and writes the archives;
``sync.package_export`` exports a database's changes, ``sync.package_zip`` opens untrusted
ZIP archives safely, ``sync.package_read`` checks a package and ``sync.package_import``
applies it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nacl.public import SealedBox
from nacl.signing import SigningKey

from ...core.errors import SmartCityError
from ..files import atomic_write
from . import keys as sync_keys
from .codec import SyncCancelled, SyncRejected

FORMAT_NAME = "smartcity-package"
FORMAT_VERSION = 1
SUFFIX = ".scpkg"
KINDS = ("full", "incremental", "return")
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
HEADER = "header.json"
PAYLOAD = "payload.bin"
CIPHER = "x25519-xsalsa20-poly1305-sealedbox"


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


def refuse(reason: str, message: str, **details: object) -> PackageRejected:
    """The error refusing a package for ``reason`` (package_zip and package_read raise it)."""
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
    """Write ``data`` to a temporary file next to ``target``, flush it to disk, rename
    (:func:`services.files.atomic_write`). A package is readable by its owner only (0600), as it
    always was: it may carry contact details and demographic answers unencrypted."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise PackageExportError(f"{target} is a folder; give a file name.", reason="is_folder",
                                 path=str(target))
    if not folder.is_dir():
        raise PackageExportError(f"The folder {folder} does not exist.", reason="folder_missing",
                                 path=str(folder))
    try:
        out = atomic_write(target, "wb", permissions=0o600)
    except OSError as exc:
        raise PackageExportError(f"Cannot write in {folder}: {exc.strerror}.",
                                 reason="write_failed", path=str(folder),
                                 error=exc.strerror or str(exc)) from exc
    try:
        with out as fh:
            fh.write(data)
    except OSError as exc:
        raise PackageExportError(f"Cannot write {target}: {exc.strerror}.",
                                 reason="write_failed", path=str(target),
                                 error=exc.strerror or str(exc)) from exc
    return target
