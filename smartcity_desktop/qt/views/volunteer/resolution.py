"""Resolving double-entered cards: the chosen values (or the cards both passes agree on)
become ideas through the undo stack, at once for a few cards and in a worker thread with a
progress dialog for many; the outcome is reported under the comparison table."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QLineEdit, QProgressDialog

from ....core.errors import SmartCityError, ValidationError
from ....services.ideas import card_compare as vc
from ...errors import error_text
from ...tasks import Task
from ...undo import push
from .common import ERROR_COLOUR, ROLE_KEY

BACKGROUND_FROM = 20  # resolving this many cards or more runs in a worker thread


class VolunteerResolution:
    """Turns the decided cards of :class:`.view.VolunteerEntryView` into ideas, a mixin. Its
    strings are translated under this class's name: lupdate files them so, and ``self.tr``
    looks along the MRO and finds them."""

    def resolve_chosen(self) -> None:
        batch = self.batch()
        if batch is None:
            return
        self._commit_open_editor()
        ready, waiting = self.choices()
        if not ready:
            self.compare_message.setText(self.tr("Choose a value for every difference of a card "
                                                 "first (keys 1 and 2, or type it)."))
            return
        command = vc.ResolveCards(self._db, batch.id, ready, self.volunteer())
        self.run_resolution(command, QCoreApplication.translate(
            "VolunteerResolution", "Resolve %n card(s)", "", len(ready)), waiting)

    def run_resolution(self, command: vc.ResolveCards, text: str, waiting: list[int]) -> None:
        """Resolve cards through the undo stack: at once for a few, in a worker thread with
        a progress dialog (and Cancel) for many."""
        if len(command.choices) < BACKGROUND_FROM:
            try:
                push(self._stack, command, text, self._bus)
            except ValidationError as exc:
                self._report(0, {exc.details.get("position"): exc}, waiting)
                return
            self._report(len(command.result.resolved), command.result.failed, waiting)
            return
        progress = QProgressDialog(self.tr("Turning the cards into ideas…"), self.tr("Cancel"),
                                   0, len(command.choices), self)
        progress.setWindowTitle(self.tr("Resolving cards"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        task = Task(lambda _progress: command.redo())  # touches no widget
        command.progress = task.report
        task.progress.connect(progress.setValue)  # queued: both live in the GUI thread
        progress.canceled.connect(task.cancel, Qt.ConnectionType.DirectConnection)
        task.finished.connect(lambda change: self._resolution_finished(change, None))
        task.failed.connect(lambda error: self._resolution_finished(None, error))
        self.worker = task  # reachable from tests while it runs
        self._running = (command, text, waiting, progress)
        task.start()

    def _resolution_finished(self, change, error) -> None:
        command, text, waiting, progress = self._running
        self._running = None
        progress.close()
        progress.deleteLater()
        self.worker = None
        if error is not None:
            if not isinstance(error, SmartCityError):
                raise error  # a bug: to the crash handler, with the progress dialog gone
            self._report(0, {error.details.get("position"): error}, waiting)
            return
        push(self._stack, command, text, self._bus, done=change)  # the worker ran it
        result = command.result
        handled = set(result.resolved) | set(result.failed)
        stopped = [p for p in command.choices if p not in handled]
        self._report(len(result.resolved), result.failed, waiting + stopped)
        if result.cancelled:
            self.compare_message.setText(
                self.tr("Stopped.") + " " + self.compare_message.text())

    def _commit_open_editor(self) -> None:
        """Ctrl+Enter while a Chosen cell is being edited: keep what was typed."""
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.table.setFocus()

    def _report(self, done: int, failed: dict, waiting: list[int]) -> None:
        chosen = self._chosen_values()
        self.refresh()  # reloads the table (resolved cards leave it; choices are kept)
        for key, value in chosen.items():
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ROLE_KEY) == key:
                    self._show_chosen(row, value)
        parts = []
        if done:
            parts.append(QCoreApplication.translate(
                "VolunteerResolution", "%n card(s) resolved and added as ideas.", "", done))
        for position, exc in failed.items():
            reason = self.code_error(exc) if exc.field == "participant_code" else \
                self.sdg_error(exc) if exc.field == "sdgs" else error_text(exc)
            parts.append(f"<span style='color:{ERROR_COLOUR}'>" + html.escape(
                self.tr("Card %1 not resolved: %2").replace("%1", str(position))
                .replace("%2", reason)) + "</span>")
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ROLE_KEY) == (position, exc.field):
                    self.table.setCurrentCell(row, 4)
        if waiting:
            parts.append(QCoreApplication.translate(
                "VolunteerResolution", "%n card(s) still need a decision.", "", len(waiting)))
        self.compare_message.setText("<br>".join(parts))
        self.status_message.emit(self.compare_message.text().split("<br>")[0]
                                 if done else self.tr("Nothing resolved."))

    def accept_agreeing(self) -> None:
        batch = self.batch()
        if batch is None or self.comparison is None:
            return
        positions = [c.position for c in self.comparison.agreeing_unresolved]
        if not positions:
            return
        command = vc.ResolveCards(self._db, batch.id, {p: {} for p in positions},
                                  self.volunteer())
        self.run_resolution(command, QCoreApplication.translate(
            "VolunteerResolution", "Accept %n agreeing card(s)", "", len(positions)),
            [])
