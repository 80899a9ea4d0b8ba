"""Kiosk mode: participants type their own idea (and, if they want, a few answers about
themselves) on a shared computer; the facilitator's PIN guards the way out.

:func:`submit_kiosk_entry` writes one kiosk submission in ONE transaction: the participant
(only when they gave answers and agreed to their use), their answers and the idea. A crash or
a bad value never leaves a participant without their idea, or an idea half written.

:class:`PinLock` keeps only a salted hash of the facilitator's PIN and counts wrong tries:
after five of them the PIN pad is locked for 30 seconds.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import select

from ...core import rules
from ...core.enums import IdeaKind, IdeaSource
from ...core.errors import DatabaseWriteError, SmartCityError, ValidationError
from ...storage.database import Database
from ...storage.models import Participant, Workshop
from ..records import get_live, new_record
from ..workshop import participants
from ..workshop.participants import ParticipantInput
from .intake import IdeaInput, IdeaWriter

ENTERED_BY = "kiosk"
PIN_MIN, PIN_MAX = 4, 8
MAX_TRIES = 5
LOCKOUT_SECONDS = 30.0
_PBKDF2_ITERATIONS = 100_000


class KioskEntryNotSaved(SmartCityError):
    """The database refused the kiosk entry (locked, full, gone …); nothing of it was saved."""

    code = "kiosk_not_saved"


@dataclass(frozen=True)
class KioskResult:
    idea_id: str
    participant_id: str | None = None
    participant_code: str | None = None


def has_answers(about: ParticipantInput | None) -> bool:
    """Whether ``about`` holds at least one answer ("prefer not to say" is an answer)."""
    return about is not None and any(v not in (None, "") for v in about.answers.values())


def submit_kiosk_entry(db: Database, workshop_id: str, text: str,
                       kind: IdeaKind | str = IdeaKind.IDEA, theme_id: str | None = None,
                       about: ParticipantInput | None = None) -> KioskResult:
    """Save what one person typed at the kiosk, all or nothing.

    With answers in ``about`` (and ``about.consent_processing``) a participant is registered
    with the next code of the workshop and becomes the idea's author; without answers the idea
    is anonymous. Answers without consent are refused (nothing is written): the kiosk asks
    first. The kiosk never records contact details.

    Raises :class:`KioskEntryNotSaved` when the database fails (rather than the database
    driver's own error), so the kiosk can say so without knowing the storage."""
    if has_answers(about):
        if not about.consent_processing:
            raise ValidationError("consent", "Answers about a person can only be stored when "
                                  "they agreed to their use for this project's analysis.")
        if about.consent_contact or (about.contact is not None and not about.contact.is_empty()):
            raise ValidationError("contact", "The kiosk does not record contact details.")
    else:
        about = None
    data = IdeaInput(text=text, kind=kind, theme_id=theme_id or None, source=IdeaSource.KIOSK,
                     entered_by=ENTERED_BY)
    try:
        return _write_kiosk_entry(db, workshop_id, data, about)
    except (SQLAlchemyError, DatabaseWriteError) as exc:
        raise KioskEntryNotSaved(f"The kiosk entry could not be saved: {exc}") from exc


def _write_kiosk_entry(db: Database, workshop_id: str, data: IdeaInput,
                       about: ParticipantInput | None) -> KioskResult:
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        project_id = workshop.project_id
    # Everything is checked before the first write.
    answers = participants.validated_answers(db, project_id, about) if about else []
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        writer = IdeaWriter(db, s, workshop)
        data = writer.check(data)
        participant = None
        if about is not None:
            codes = s.exec(select(Participant.code).where(Participant.workshop_id == workshop_id))
            participant = new_record(db, Participant, workshop_id=workshop_id,
                                     code=rules.next_participant_code(workshop.code, codes),
                                     consent_processing=True, consent_contact=False)
            s.add(participant)
            s.flush()
            participants.write_answers(db, s, participant.id, answers)
            data = replace(data, author_participant_id=participant.id)
        written = writer.add(data, checked=True)
        s.commit()
        return KioskResult(written.idea_id, participant.id if participant else None,
                           participant.code if participant else None)


# --------------------------------------------------------------------------- the PIN


def normalise_pin(pin: str) -> str:
    """The PIN as ASCII digits (digits of any script count: "٢٠٢٤" is "2024").
    Raises ValidationError unless it is 4 to 8 digits."""
    pin = (pin or "").strip()
    try:
        digits = "".join(str(unicodedata.decimal(c)) for c in pin)
    except (TypeError, ValueError):
        digits = ""
    if not (PIN_MIN <= len(digits) <= PIN_MAX) or len(digits) != len(pin):
        raise ValidationError("pin", f"The PIN must be {PIN_MIN} to {PIN_MAX} digits.")
    return digits


def _digest(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, _PBKDF2_ITERATIONS)


class PinCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass
class PinLock:
    """The facilitator's PIN for one kiosk session, kept only as a salted PBKDF2 hash.

    ``check`` counts wrong tries; after ``max_tries`` of them every try is refused for
    ``lockout_seconds`` (even the right PIN), then the count starts again."""

    salt: bytes
    digest: bytes
    max_tries: int = MAX_TRIES
    lockout_seconds: float = LOCKOUT_SECONDS
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    failures: int = 0
    locked_until: float | None = None

    @classmethod
    def from_pin(cls, pin: str, **options) -> PinLock:
        salt = secrets.token_bytes(16)
        return cls(salt=salt, digest=_digest(normalise_pin(pin), salt), **options)

    def seconds_locked(self) -> float:
        """How long the lock-out still lasts (0 when not locked)."""
        if self.locked_until is None:
            return 0.0
        left = self.locked_until - self.clock()
        if left <= 0:
            self.locked_until = None
            self.failures = 0
            return 0.0
        return left

    @property
    def tries_left(self) -> int:
        return max(self.max_tries - self.failures, 0)

    def check(self, pin: str) -> PinCheck:
        if self.seconds_locked() > 0:
            return PinCheck.LOCKED
        try:
            digits = normalise_pin(pin)
        except ValidationError:
            digits = None
        if digits is not None and hmac.compare_digest(_digest(digits, self.salt), self.digest):
            self.failures = 0
            return PinCheck.OK
        self.failures += 1
        if self.failures >= self.max_tries:
            self.locked_until = self.clock() + self.lockout_seconds
            return PinCheck.LOCKED
        return PinCheck.WRONG
