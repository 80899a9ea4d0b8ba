"""Kiosk mode: a full-screen window on a shared computer where participants type their own
idea and, if they choose, a few answers about themselves.

Three steps, big and touch-friendly: (1) "Your idea" (text, need or idea, optional theme),
(2) "About you" (optional, can be skipped; answers are only kept with a ticked consent box),
(3) "Thank you", which returns to step 1 after a few seconds. Everything is saved in one
transaction when the person presses Send (services.kiosk.submit_kiosk_entry) and announced on
the ChangeBus so the other views and the projector update.

After every submission, and after 90 seconds without input on a half-filled form (with a
10-second "Still there?" warning), every field, choice, scroll position, the text box's undo
history and the clipboard are cleared, so the next person sees nothing of the last one.

Only the facilitator can leave: Esc, Ctrl+Shift+Q, Alt+F4 or the small lock button in the
corner show a numeric PIN pad; the PIN is kept as a salted hash (services.kiosk.PinLock) and
five wrong tries lock the pad for 30 seconds. The window is application-modal, has no menus,
and hides the main window while it runs.

The window is :mod:`.window` (its pages are built in :mod:`.pages`, from the building blocks in
:mod:`.widgets`, styled by :mod:`.style`); :mod:`.start` asks for the PIN and starts it.
"""
