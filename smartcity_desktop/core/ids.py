"""Identifiers. Every synced record has a random UUID; link rows get a UUID derived from the
two ends so that two devices that make the same link produce the same record."""

from __future__ import annotations

import uuid

_LINK_NAMESPACE = uuid.UUID("5b0f9a3e-3c55-4c1c-9d0e-6a2d2f6a1c01")


def new_id() -> str:
    return str(uuid.uuid4())


def link_id(*parts: object) -> str:
    return str(uuid.uuid5(_LINK_NAMESPACE, "|".join(str(p) for p in parts)))
