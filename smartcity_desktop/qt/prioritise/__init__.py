"""Entering votes in the Rounds view, one panel per prioritisation method: dot ballots and wall
tallies (optionally one column per dot colour: :mod:`.dots`, :mod:`.tally`, :mod:`.colours`),
criteria scores typed with the digit keys (:mod:`.criteria`), ranked short lists ordered by drag
or Alt+Up/Down (:mod:`.ranking`), and the dialog that starts a new round (:mod:`.new_round`).
(The pairwise screen is qt/pairwise_screen.py.)

The panels know nothing about the database: they call a :class:`.common.Saver` (the Rounds
view), which writes through the service and the undo stack and raises ``SmartCityError`` when
the service refuses; the panel then shows why, and keeps what was typed so it can be
corrected."""
