#!/usr/bin/env python
"""Keystrokes to type in one paper idea card in the Capture view.

    .venv/bin/python bench/keystrokes.py [--json]

The card: participant code W1-007, "need", a 60-character text, two SDGs (3 and 11); the theme
is the same as on the card before, so it is already there (pinned). The view starts as it is
after the previous card was saved: the cursor in the empty text, the previous card's participant
code still in its (pinned) field.

The CaptureView is driven offscreen with QTest key events, sent where a real key press would go
(an open completer popup, else the focused widget), and every event is counted. The idea saved
is then checked in the database, so the count is of a sequence that really works. Two figures:

* key events: one per key press as QTest sends it (a capital letter is one event, with Shift
  held as a modifier);
* physical key presses: key events plus one Shift press for each character typed that needs
  Shift on a US/Nordic layout (capital letters).

Two ways of typing the code are measured: the whole code as printed ("W1-007") and the number
alone ("7", which the form expands to this workshop's W1-007).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CARD_TEXT = "Safer crossing by the school: a raised zebra and more light."  # 60 characters
CARD_SDGS = "3 11"
CARD_CODE = "W1-007"


def count_paper_card(code_as_typed: str = CARD_CODE, workdir: str | Path | None = None) -> dict:
    """Type one card into a fresh CaptureView and return the counts (and what was saved)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    own_dir = None
    if workdir is None:
        own_dir = tempfile.TemporaryDirectory(prefix="keystrokes-")
        workdir = own_dir.name
    workdir = Path(tempfile.mkdtemp(prefix="card-", dir=workdir))  # a fresh database per call
    os.environ.setdefault("SMARTCITY_DATA_DIR", str(workdir / "data"))

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from smartcity_desktop.core.enums import IdeaKind
    from smartcity_desktop.qt.undo import ChangeBus
    from smartcity_desktop.qt.views.capture import CaptureView
    from smartcity_desktop.services.ideas import capture
    from smartcity_desktop.services.workshop import participants, projects
    from smartcity_desktop.storage.database import Database

    assert len(CARD_TEXT) == 60
    _app = QApplication.instance() or QApplication([sys.argv[0]])  # kept alive while the view runs
    db = Database.open(workdir / "keystrokes.sqlite", device_id="bench-keystrokes")
    try:
        project = projects.create_project(db, "Keystrokes")
        workshop = projects.create_workshop(db, project.id, "W1", "Card entry")
        people = [participants.register_participant(db, workshop.id,
                                                    participants.ParticipantInput())
                  for _ in range(20)]
        theme = projects.add_theme(db, project.id, "Mobility and transport")

        window = QMainWindow()
        view = CaptureView(db, QUndoStack(window), ChangeBus(window), window)
        window.setCentralWidget(view)
        window.resize(1200, 760)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        view.set_scope(project.id, workshop.id)

        # The card before: same theme, participant W1-003 (what a pile of cards looks like).
        view.theme_combo.setEditText(theme.name)
        view.participant_edit.setText("W1-003")
        view.text_edit.setPlainText("The card before this one")
        assert view.save(), view.error_texts()
        assert view.text_edit.hasFocus()

        events = shifts = 0

        def receiver():
            popup = QApplication.activePopupWidget()
            if popup is not None:
                return popup.focusWidget() or popup
            return QApplication.focusWidget()

        def press(key) -> None:
            nonlocal events
            QTest.keyClick(receiver(), key)
            events += 1

        def type_text(text: str) -> None:
            nonlocal shifts
            for char in text:
                press(char)
                shifts += char.isupper()

        press(Qt.Key.Key_F7)         # need
        type_text(CARD_TEXT)         # the text
        press(Qt.Key.Key_Tab)        # → participant code (the old code is selected: typing
        type_text(code_as_typed)     #   replaces it)
        press(Qt.Key.Key_Tab)        # → SDG numbers
        type_text(CARD_SDGS)
        press(Qt.Key.Key_Return)     # save

        assert view.error_texts() == {}, view.error_texts()
        saved = capture.get_idea(db, view.model.idea_id_at(0)).data
        assert saved.text == CARD_TEXT
        assert saved.kind == IdeaKind.NEED
        assert saved.author_participant_id == people[6].id
        assert saved.sdgs == (3, 11)
        assert saved.theme_id == theme.id
        assert view.text_edit.hasFocus() and view.text_edit.toPlainText() == ""
        content = len(CARD_TEXT) + len(code_as_typed) + len(CARD_SDGS)
        result = {
            "code_as_typed": code_as_typed,
            "key_events": events,
            "physical_keys": events + shifts,
            "content_chars": content,
            "overhead_keys": events - content,  # keys that are not the card's own characters
            "sequence": f"F7 <text {len(CARD_TEXT)}> Tab <code {code_as_typed}> Tab "
                        f"<sdgs {CARD_SDGS}> Enter",
        }
        window.close()
        return result
    finally:
        db.close()
        if own_dir is not None:
            own_dir.cleanup()


def main() -> int:
    results = [count_paper_card(CARD_CODE), count_paper_card("7")]
    if "--json" in sys.argv:
        print(json.dumps({"paper_card": results}), flush=True)
    else:
        for r in results:
            print(f"code typed as {r['code_as_typed']!r}: {r['key_events']} key events, "
                  f"{r['physical_keys']} physical key presses (content {r['content_chars']} "
                  f"characters + {r['overhead_keys']} other keys): {r['sequence']}")
    os._exit(0)  # skip Qt teardown


if __name__ == "__main__":
    sys.exit(main())
