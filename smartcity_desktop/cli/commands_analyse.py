"""Commands of the prioritisation capability (filled in by its service owner)."""

from __future__ import annotations
