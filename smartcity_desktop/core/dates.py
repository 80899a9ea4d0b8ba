"""Dates written out for people, in English or Norwegian Bokmål (no Qt, no locale settings:
the same on every machine)."""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
}


def format_date(date: dt.date | None, language: str) -> str:
    """"8 September 2026" / "8. september 2026"; "" for no date."""
    if date is None:
        return ""
    month = MONTHS.get(language, MONTHS["en"])[date.month - 1]
    return f"{date.day}. {month} {date.year}" if language == "nb" else \
        f"{date.day} {month} {date.year}"
