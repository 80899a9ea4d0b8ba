"""Volunteer entry of paper idea cards (:mod:`.view`): the card form with its live checks
(:mod:`.card_form`), saving and taking back a card (:mod:`.card_entry`), the dialog that starts
a batch (:mod:`.batch_dialog`), the double-entry comparison table (:mod:`.comparison`), turning
the decided cards into ideas (:mod:`.resolution`) and the entry figures (:mod:`.figures`); the
constants and value helpers they share are in :mod:`.common`."""

from .view import VolunteerEntryView

__all__ = ["VolunteerEntryView"]
