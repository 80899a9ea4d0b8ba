"""Small helpers every service uses to create, change and tombstone synced records."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, select

from ..core.errors import NotFoundError
from ..storage.database import Database
from ..storage.models import SyncRecord

R = TypeVar("R", bound=SyncRecord)


def new_record(db: Database, cls: type[R], **values) -> R:
    stamp = db.stamp()
    return cls(created_at=stamp["updated_at"], **stamp, **values)


def touch(db: Database, record: SyncRecord, **values) -> None:
    """Apply ``values`` and mark the record as changed by this device now."""
    for key, value in values.items():
        setattr(record, key, value)
    for key, value in db.stamp().items():
        setattr(record, key, value)


def get_live(session: Session, cls: type[R], record_id: str, what: str) -> R:
    record = session.get(cls, record_id)
    if record is None or record.deleted:
        raise NotFoundError(f"No {what} with id {record_id}.", what=what, id=record_id)
    return record


def live(cls: type[R]):
    """``select(cls)`` limited to records that are not tombstoned."""
    return select(cls).where(cls.deleted == False)  # noqa: E712
