"""The trust register: the signing keys (of facilitators' installations and of the office)
whose packages this database accepts (``TrustedKey`` table). Keys themselves live in
``sync.keys``."""

from __future__ import annotations

import nacl.exceptions
from nacl.signing import VerifyKey

from ...core.clock import utcnow
from .keys import KeyStoreError, fingerprint, normalize_fingerprint


def trust_key(db, verify_key: bytes | str, device_id: str, label: str = ""):
    """Register (or re-enable) a facilitator's or the office's signing key as trusted."""
    from sqlmodel import Session

    from ...storage.models import TrustedKey

    raw = bytes.fromhex(verify_key) if isinstance(verify_key, str) else bytes(verify_key)
    try:
        VerifyKey(raw)
    except (ValueError, TypeError, nacl.exceptions.CryptoError) as exc:
        raise KeyStoreError("This is not an Ed25519 public key.",
                            reason="public_key_invalid") from exc
    if len(raw) != 32:
        raise KeyStoreError("This is not an Ed25519 public key.", reason="public_key_invalid")
    if not device_id:
        raise KeyStoreError("A trusted key needs the device id it belongs to.",
                            reason="key_needs_device")
    fp = fingerprint(raw)
    with Session(db.engine, expire_on_commit=False) as session:
        row = session.get(TrustedKey, fp)
        if row is None:
            row = TrustedKey(fingerprint=fp, public_key=raw.hex(), device_id=device_id,
                             label=label, added_at=utcnow(), revoked=False)
        else:
            row.public_key, row.device_id, row.revoked = raw.hex(), device_id, False
            if label:
                row.label = label
        session.add(row)
        session.commit()
        return row


def list_trusted(db, *, include_revoked: bool = False) -> list:
    from sqlmodel import Session, select

    from ...storage.models import TrustedKey

    query = select(TrustedKey)
    if not include_revoked:
        query = query.where(TrustedKey.revoked == False)  # noqa: E712
    with Session(db.engine) as session:
        return list(session.exec(query.order_by(TrustedKey.added_at, TrustedKey.fingerprint)))


def find_trusted(db, fp: str):
    """The register entry for a fingerprint (revoked or not), or None."""
    from sqlmodel import Session

    from ...storage.models import TrustedKey

    with Session(db.engine) as session:
        return session.get(TrustedKey, normalize_fingerprint(fp))


def revoke(db, fp: str) -> None:
    from sqlmodel import Session

    from ...core.errors import NotFoundError
    from ...storage.models import TrustedKey

    fp = normalize_fingerprint(fp)
    with Session(db.engine) as session:
        row = session.get(TrustedKey, fp)
        if row is None:
            raise NotFoundError(f"No trusted key with fingerprint {fp}.", what="trusted key",
                                id=fp)
        row.revoked = True
        session.add(row)
        session.commit()
