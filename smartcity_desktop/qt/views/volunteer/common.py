"""What the parts of the volunteer entry view share: colours, modes, the table roles and
the words for a card's fields and values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from ....core.enums import IdeaKind
from ... import labels

ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1b6e3a"
MODE_PASS_1, MODE_PASS_2, MODE_COMPARE = 1, 2, 0

ROLE_KEY = Qt.ItemDataRole.UserRole        # (position, field) on the card column
ROLE_VALUE = Qt.ItemDataRole.UserRole + 1  # the raw value (None: not typed / not chosen)


def field_names() -> dict[str, str]:
    return {"participant_code": QCoreApplication.translate("VolunteerEntry", "Participant code"),
            "kind": QCoreApplication.translate("VolunteerEntry", "Need or idea"),
            "text": QCoreApplication.translate("VolunteerEntry", "Text"),
            "sdgs": QCoreApplication.translate("VolunteerEntry", "SDGs"),
            "theme": QCoreApplication.translate("VolunteerEntry", "Theme")}


def show_value(name: str, value: str | None) -> str:
    """A card value as people read it (codes to words, SDGs with spaces)."""
    if value is None:
        return QCoreApplication.translate("VolunteerEntry", "(not typed)")
    if name == "kind":
        return labels.idea_kind(value) if value else \
            QCoreApplication.translate("VolunteerEntry", "(no tick)")
    if name == "sdgs":
        return " ".join(value.split(",")) if value else \
            QCoreApplication.translate("VolunteerEntry", "(none)")
    return value if value else QCoreApplication.translate("VolunteerEntry", "(blank)")


def read_value(name: str, typed: str) -> str:
    """A value typed into the Chosen column, back to the card's raw form."""
    text = typed.strip()
    if name == "kind":
        folded = text.casefold()
        for kind in IdeaKind:
            word = labels.idea_kind(kind).casefold()
            if folded in (kind.value, word) or (folded and (kind.value.startswith(folded)
                                                            or word.startswith(folded))):
                return kind.value
        return "" if not folded or folded in ("-", "—") else text
    return text
