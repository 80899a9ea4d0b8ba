"""Saving the Capture view's form as a new idea through the undo stack, resetting the fields
that are not pinned, and showing a refused idea's problems next to their fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ....core.enums import IdeaKind, IdeaSource
from ....core.errors import SmartCityError
from ....services.ideas import commands, intake
from ....services.ideas.intake import IdeaForm
from ...errors import error_text
from ...undo import push

# Which error goes next to which field (``ValidationError.field`` → form field).
ERROR_FIELDS = {"text": "text", "title": "title", "theme": "theme", "participant": "participant",
                "author": "participant", "table_group": "table_group", "sdgs": "sdgs",
                "strategy_goals": "goals", "kind": "kind", "source": "source"}


class CaptureSaving:
    """Saves the form of :class:`.view.CaptureView`, a mixin. Its strings are translated under
    this class's name: lupdate files them so, and ``self.tr`` looks along the MRO and finds
    them."""

    # ================================================================== saving
    def current_form(self) -> IdeaForm:
        """The form as typed (SDGs from the numbers field; raises on a bad number)."""
        return IdeaForm(
            text=self.text_edit.toPlainText(), title=self.title_edit.text(),
            kind=IdeaKind.NEED if self.need_button.isChecked() else IdeaKind.IDEA,
            theme=self.theme_combo.currentText(), sdgs=self.sdg_chips.checked_numbers(),
            strategy_goal_ids=tuple(g for g, b in self.goal_buttons.items() if b.isChecked()),
            source=IdeaSource(self.source_combo.currentData()),
            participant_code=self.participant_edit.text(), table_group=self.table_edit.text(),
            entered_by=self._entered_by)

    def save(self) -> bool:
        """Save the form as a new idea (one undoable step). On a problem nothing is saved,
        the problem is shown next to its field and everything typed stays."""
        if self._workshop_id is None:
            return False
        self._clear_errors()
        try:
            form = self.current_form()
            data = intake.read_form(self._db, self._workshop_id, form)
            change = push(self._stack, commands.AddIdea(self._db, self._workshop_id, data),
                          self.tr("Add idea"), self._bus)
        except SmartCityError as exc:
            self._show_error(exc)
            return False
        # A theme typed in is created with the idea; the ChangeBus reloads the choices.
        if data.author_participant_id and self.pins["participant"].isChecked():
            # Show the full code a short one ("7") stood for.
            self.participant_edit.setText(intake.parse_participant_code(
                form.participant_code, self._workshop_code))
        if data.author_table_group:
            model = self.table_edit.completer().model()
            if data.author_table_group not in model.stringList():
                self._reload_table_groups()
        self._reset_after_save()
        self._show_saved(change.added[0] if change.added else None, data.text)
        return True

    def _reset_after_save(self) -> None:
        self.text_edit.setPlainText("")  # also forgets the text's own undo history
        self.title_edit.clear()
        if not self.pins["kind"].isChecked():
            self.idea_button.setChecked(True)
        if not self.pins["source"].isChecked():
            self.source_combo.setCurrentIndex(0)
        if not self.pins["theme"].isChecked():
            self.theme_combo.setCurrentIndex(0)
            self.theme_combo.setEditText("")
        if not self.pins["participant"].isChecked():
            self.participant_edit.clear()
        if not self.pins["table_group"].isChecked():
            self.table_edit.clear()
        if not self.pins["sdgs"].isChecked():
            self.sdg_chips.clear()
        if not self.pins["goals"].isChecked():
            for button in self.goal_buttons.values():
                button.setChecked(False)
        self._clear_errors()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_saved(self, idea_id: str | None, text: str) -> None:
        excerpt = " ".join(text.split())
        if len(excerpt) > 40:
            excerpt = excerpt[:39] + "…"
        self.saved_label.setText(self.tr("Saved ✓"))
        self.saved_label.setToolTip(excerpt)
        self._saved_timer.start()
        self.status_message.emit(self.tr("Idea saved: “%1”. Ctrl+Z undoes it.")
                                 .replace("%1", excerpt))
        row = self.model.row_of(idea_id) if idea_id else None
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().clearSelection()
            self.table.selectRow(row)
            self.table.scrollTo(index)

    def _show_error(self, exc: SmartCityError) -> None:
        name = ERROR_FIELDS.get(getattr(exc, "field", ""), "general")
        text = error_text(exc)
        self._shown_errors[name] = text
        label = self.errors.get(name, self._general_error)
        label.setText(text)
        label.show()
        self.saved_label.clear()
        widget = self._error_widgets.get(name)
        if widget is not None:
            self._mark(widget, True)
            focus = self.sdg_edit if widget is self.sdg_chips else widget
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit):
                focus.selectAll()
        self.status_message.emit(self.tr("Not saved: %s") % text)

    @staticmethod
    def _mark(widget: QWidget, problem: bool) -> None:
        if widget is not None and bool(widget.property("problem")) != problem:
            widget.setProperty("problem", problem)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _clear_error(self, name: str) -> None:
        if self._shown_errors.pop(name, None) is not None:
            self._mark(self._error_widgets.get(name), False)
            label = self.errors.get(name, self._general_error)
            if not any(self.errors.get(n, self._general_error) is label
                       for n in self._shown_errors):
                label.clear()
                label.hide()
        if name == "table_group":  # "a participant or a table group, not both" shows there
            self._clear_error("participant")

    def _clear_errors(self) -> None:
        for name in list(self._shown_errors):
            self._clear_error(name)

    def error_texts(self) -> dict[str, str]:
        """The problems shown, by field (for tests and screen readers)."""
        return dict(self._shown_errors)
