"""Domain rules that need neither Qt nor a database."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .errors import ValidationError

MAX_IDEA_TEXT = 5000
MAX_TITLE = 200
MAX_NAME = 200
MAX_TABLE_GROUP = 64
MIN_PUBLISHED_GROUP = 5  # published figures never show a group of fewer people than this

WORKSHOP_CODE_RE = re.compile(r"^[A-Z0-9]{1,8}$")
PARTICIPANT_CODE_RE = re.compile(r"^(?P<workshop>[A-Z0-9]{1,8})-(?P<number>\d{3,5})$")


def clean_text(value: str | None) -> str:
    """Trim and normalise line endings; keep every script as typed."""
    if value is None:
        return ""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def require_text(field: str, value: str | None, max_length: int) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(field, f"The {field} must not be empty.", reason="required")
    if len(text) > max_length:
        raise ValidationError(
            field, f"The {field} is {len(text)} characters long; the limit is {max_length}.",
            reason="too_long", length=len(text), limit=max_length,
        )
    return text


def optional_text(field: str, value: str | None, max_length: int) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    if len(text) > max_length:
        raise ValidationError(
            field, f"The {field} is {len(text)} characters long; the limit is {max_length}.",
            reason="too_long", length=len(text), limit=max_length,
        )
    return text


def normalise_workshop_code(code: str) -> str:
    value = clean_text(code).upper()
    if not WORKSHOP_CODE_RE.match(value):
        raise ValidationError(
            "code", f"Workshop code {code!r} must be 1 to 8 letters A-Z or digits, e.g. W3.",
            reason="workshop_code_invalid", code=code,
        )
    return value


def participant_code(workshop_code: str, number: int) -> str:
    return f"{workshop_code}-{number:03d}"


def next_participant_code(workshop_code: str, existing: Iterable[str]) -> str:
    """The next free code after the highest one in use, so codes are never reused even
    when a participant was deleted (their paper forms may still be in the pile)."""
    highest = 0
    for code in existing:
        match = PARTICIPANT_CODE_RE.match(code)
        if match and match["workshop"] == workshop_code:
            highest = max(highest, int(match["number"]))
    return participant_code(workshop_code, highest + 1)


def parse_participant_code(code: str) -> tuple[str, int]:
    match = PARTICIPANT_CODE_RE.match(clean_text(code).upper())
    if not match:
        raise ValidationError("participant", f"{code!r} is not a participant code like W3-017.",
                              reason="participant_not_a_code", code=code)
    return match["workshop"], int(match["number"])


def suppress_small_groups(counts: Mapping[str, int], minimum: int = MIN_PUBLISHED_GROUP,
                          other_key: str = "other") -> dict[str, int | None]:
    """Fold groups smaller than ``minimum`` into ``other_key`` for publication.

    Returns a new mapping. If the folded "other" group is itself non-empty but still below
    the minimum, it is suppressed (value ``None``) and, so that it cannot be worked out by
    subtracting the shown groups from the total, the next-smallest shown group is suppressed
    too.
    """
    shown: dict[str, int | None] = {}
    folded = 0
    for key, value in counts.items():
        if 0 < value < minimum:
            folded += value
        else:
            shown[key] = value
    if folded == 0:
        return shown
    # An existing "other" group (big enough to be shown on its own) takes the folded groups.
    folded += shown.pop(other_key, None) or 0
    if folded >= minimum:
        shown[other_key] = folded
        return shown
    shown[other_key] = None
    # Prefer a non-empty group; an empty one is hidden only when nothing else is left.
    candidates = sorted((v == 0, v, k) for k, v in shown.items() if v is not None)
    if candidates:
        shown[candidates[0][2]] = None
    return shown
