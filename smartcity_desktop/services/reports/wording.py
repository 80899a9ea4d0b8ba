"""Small wording rules shared by the feedback report and the challenge brief: plurals from a
table of texts, published head counts (never 1 to 4) and shortened quotes."""

from __future__ import annotations

from ...core import rules

MAX_QUOTE_CHARS = 400      # longer idea texts are shortened with "…"


def plural(t: dict[str, str], key: str, n: int) -> str:
    return t[f"{key}_one" if n == 1 else f"{key}_other"].format(n=n)


def people_count(n: int) -> int | None:
    """A published head count: ``None`` when it is 1 to 4 (shown as "fewer than 5")."""
    return None if 0 < n < rules.MIN_PUBLISHED_GROUP else n


def shorten(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:") + "…"
