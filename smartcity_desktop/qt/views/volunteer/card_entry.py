"""Entering a card: saving the form through the undo stack, taking back the card saved last,
and showing why a card was refused at its field."""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import Qt

from ....core import rules
from ....core.errors import SmartCityError, ValidationError
from ....services.ideas import volunteer_entry as ve
from ....services.ideas.volunteer_entry import CardFields
from ...errors import error_text
from ...undo import push
from .common import OK_COLOUR


class VolunteerCardEntry:
    """Saves the cards typed into :class:`.view.VolunteerEntryView`, a mixin. Its strings are
    translated under this class's name: lupdate files them so, and ``self.tr`` looks along
    the MRO and finds them."""

    # ------------------------------------------------------------------ entering
    def card_fields(self) -> CardFields:
        return CardFields(self.code_edit.text(), self.kind_field.value(),
                          self.text_edit.toPlainText(), self.sdg_edit.text(),
                          self.theme_combo.currentText())

    def _hide_theme_popup(self) -> None:
        popup = self.theme_combo.completer().popup()
        if popup.isVisible():
            popup.hide()

    def clear_form(self) -> None:
        self._hide_theme_popup()  # a suggestion list left open would take the keyboard
        self.code_edit.clear()
        self.kind_field.set_value("")
        self.text_edit.clear()
        self.sdg_edit.clear()
        self.theme_combo.setEditText("")
        self.error_label.clear()
        for name in ve.FIELDS:
            self._mark(name, None)
        self._check_code("")

    def save_card(self) -> None:
        batch, pass_no = self.batch(), self.pass_no()
        if batch is None or pass_no is None or not self.card.isEnabled():
            self.status_message.emit(self.hint.text())
            return
        self._hide_theme_popup()
        fields = self.card_fields()
        command = ve.EnterCard(self._db, batch.id, pass_no, self.volunteer(), fields)
        number = ve.next_position(self._db, batch.id, pass_no)
        try:
            push(self._stack, command, self.tr("Enter card %1 of “%2”").replace(
                "%1", str(number)).replace("%2", batch.label), self._bus)
        except ValidationError as exc:
            self.show_problem(exc)
            return
        except SmartCityError as exc:
            self.error_label.setText(error_text(exc))
            self.status_message.emit(error_text(exc))
            return
        saved = command.saved
        if saved.idea_id:
            message = self.tr("Card %s saved as an idea.") % saved.position
        else:
            message = self.tr("Card %1 saved in pass %2.").replace("%1", str(saved.position)) \
                .replace("%2", str(pass_no))
        self.last_saved.setText(f"<span style='color:{OK_COLOUR}'>✓ {html.escape(message)}"
                                "</span>")
        self.status_message.emit(message)
        if fields.theme.strip() and self.theme_combo.findText(
                fields.theme.strip(), Qt.MatchFlag.MatchFixedString) < 0:
            self._load_themes()
        self.clear_form()
        self.refresh()
        self.code_edit.setFocus()

    def _last_card_command(self) -> ve.EnterCard | None:
        """The card on top of the undo stack, if it was typed in this batch and pass."""
        stack = self._stack
        if not hasattr(stack, "index") or not shiboken6.isValid(stack) or stack.index() == 0:
            return None
        top = getattr(stack.command(stack.index() - 1), "command", None)
        batch = self.batch()
        if isinstance(top, ve.EnterCard) and batch is not None and \
                top.batch_id == batch.id and top.pass_no == self.pass_no():
            return top
        return None

    def undo_last_card(self) -> None:
        command = self._last_card_command()
        if command is None:
            return
        self._stack.undo()  # announces the change, which refreshes this view (batches_changed)
        message = self.tr("Card %s taken back; type it again.") % command.saved.position
        self.last_saved.setText(html.escape(message))
        self.status_message.emit(message)
        self.code_edit.setFocus()

    def show_problem(self, exc: ValidationError) -> None:
        """Report a refused card at its field; nothing was saved."""
        name = exc.field
        if name == "participant_code":
            text = self.code_error(exc)
        elif name == "sdgs":
            text = self.sdg_error(exc)
        elif name == "text" and not rules.clean_text(self.text_edit.toPlainText()):
            text = self.tr("The text is empty: type what is written on the card.")
        else:
            text = error_text(exc)
        if name in self._field_widgets:
            self._mark(name, text)
            self._field_widgets[name].setFocus()
        elif name == "volunteer":
            self.name_edit.setFocus()
        self.error_label.setText(self.tr("Not saved: %s") % text)
        self.status_message.emit(self.tr("Card not saved: %s") % text)
