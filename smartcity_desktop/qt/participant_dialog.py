"""Registering (or editing) one participant at the door: the next code, one drop-down per
demographic question, consent, and contact details that can only be typed with consent.

Built for the keyboard: every field has an Alt mnemonic, a drop-down jumps to a category by
its first letters, Enter saves, Ctrl+Shift+Enter saves and clears the form for the next person,
Esc cancels. The write goes through the ``save`` callback (the view pushes an undoable command);
a validation error keeps the dialog open with the message shown and nothing saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import SmartCityError
from ..services.workshop import participants, projects
from ..services.workshop.participants import ContactInput, ParticipantInput
from ..services.workshop.projects import WorkshopInfo
from ..storage.database import Database
from .errors import error_text

SELF_DESCRIBED = "self_described"


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an ``&`` before its first letter not in ``used`` (which is updated).
    Ampersands in the text (labels come from project data) are escaped."""
    text = text.replace("&", "&&")
    for i, char in enumerate(text):
        if char.isalpha() and char.casefold() not in used and (i == 0 or text[i - 1] != "&"):
            used.add(char.casefold())
            return text[:i] + "&" + text[i:]
    return text


class RegisterParticipantDialog(QDialog):
    """``save(data)`` performs the write and returns the saved participant's code (or None);
    it raises a SmartCityError to keep the dialog open with the message shown."""

    def __init__(self, db: Database, workshop: WorkshopInfo,
                 save: Callable[[ParticipantInput], str | None],
                 data: ParticipantInput | None = None, code: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._workshop = workshop
        self._save = save
        self._editing = data is not None
        self._dimensions = projects.list_dimensions(db, workshop.project_id)
        self.saved_codes: list[str] = []
        self.setWindowTitle(self.tr("Edit participant %s") % code if self._editing
                            else self.tr("Register participant in %s") % workshop.code)
        self.setMinimumWidth(520)
        self._build()
        if data is not None:
            self.set_input(data)
        self._show_code(code)
        self._update_enabled()
        first = self.combos[self._dimensions[0].key] if self._dimensions else self.processing_check
        first.setFocus()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        # Letters taken by the fixed fields (in the language shown), so that the dimension
        # labels, which are project data, get free ones.
        fixed = (self.tr("&E-mail:"), self.tr("&Save"),
                 self.tr("Agrees to &processing of their answers"),
                 self.tr("Agrees to be &contacted for follow-up"), self.tr("Na&me:"),
                 self.tr("P&hone:"), self.tr("Save and ne&xt"), self.tr("Self-&description:"))
        used = {m.casefold() for text in fixed for m in re.findall(r"(?<!&)&([^&\s])", text)}

        self.code_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Participant code"))
        self.code_hint = QLabel(self)
        self.code_hint.setWordWrap(True)
        self.code_hint.setStyleSheet("color: palette(placeholder-text);")

        answers_box = QGroupBox(self.tr("About them (every question is optional)"), self)
        form = QFormLayout(answers_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: dict[str, QComboBox] = {}
        self.self_description_edit = QLineEdit(self)
        self.self_description_edit.setAccessibleName(self.tr("Self-description"))
        self.self_description_edit.setPlaceholderText(self.tr("In their own words"))
        self.self_description_label = QLabel(self.tr("Self-&description:"), self)
        self.self_description_label.setBuddy(self.self_description_edit)
        self_description_added = False
        for dim in self._dimensions:
            combo = QComboBox(self)
            combo.setAccessibleName(dim.label)
            combo.addItem(self.tr("Not answered"), None)
            for cat in dim.categories:
                combo.addItem(cat.label, cat.key)
            combo.setCurrentIndex(0)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(self._update_enabled)
            label = QLabel(with_mnemonic(dim.label, used) + ":", self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[dim.key] = combo
            if not self_description_added and any(c.key == SELF_DESCRIBED
                                                  for c in dim.categories):
                form.addRow(self.self_description_label, self.self_description_edit)
                self_description_added = True
        if not self_description_added:
            self.self_description_label.hide()
            self.self_description_edit.hide()

        consent_box = QGroupBox(self.tr("Consent"), self)
        self.processing_check = QCheckBox(
            self.tr("Agrees to &processing of their answers"), self)
        self.processing_check.setAccessibleName(self.tr("Agrees to processing of their answers"))
        self.contact_check = QCheckBox(self.tr("Agrees to be &contacted for follow-up"), self)
        self.contact_check.setAccessibleName(self.tr("Agrees to be contacted for follow-up"))
        self.contact_check.toggled.connect(self._update_enabled)
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.addWidget(self.processing_check)
        consent_layout.addWidget(self.contact_check)

        self.contact_box = QGroupBox(self.tr("Contact details (kept separately, only with "
                                             "consent)"), self)
        contact_form = QFormLayout(self.contact_box)
        contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Contact name"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setAccessibleName(self.tr("Contact e-mail"))
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setAccessibleName(self.tr("Contact phone"))
        self.contact_labels = []
        for text, edit in ((self.tr("Na&me:"), self.name_edit),
                           (self.tr("&E-mail:"), self.email_edit),
                           (self.tr("P&hone:"), self.phone_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            contact_form.addRow(label, edit)
            self.contact_labels.append(label)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Problems"))
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet("color: #1b5e20;")
        self.info_label.setAccessibleName(self.tr("Last saved"))

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.save_button.setToolTip(self.tr("Save and close (Enter or Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.next_button = None
        if not self._editing:
            self.next_button = self.buttons.addButton(
                self.tr("Save and ne&xt"), QDialogButtonBox.ButtonRole.ApplyRole)
            self.next_button.setAccessibleName(self.tr("Save and register the next person"))
            self.next_button.setShortcut(QKeySequence("Ctrl+Shift+Return"))
            self.next_button.setToolTip(self.tr("Save and clear the form for the next person "
                                                "(Ctrl+Shift+Enter)"))
            self.next_button.clicked.connect(self.save_and_next)
            self.next_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_hint)
        layout.addWidget(answers_box)
        layout.addWidget(consent_box)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = []
        for dim in self._dimensions:
            order.append(self.combos[dim.key])
            if dim.key == self._self_described_dimension():
                order.append(self.self_description_edit)
        order += [self.processing_check, self.contact_check, self.name_edit, self.email_edit,
                  self.phone_edit, self.save_button]
        if self.next_button is not None:
            order.append(self.next_button)
        order.append(self.cancel_button)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self._field_widgets = {dim.key: self.combos[dim.key] for dim in self._dimensions}
        self._field_widgets.update({
            "self_description": self.self_description_edit, "contact": self.name_edit,
            "name": self.name_edit, "email": self.email_edit, "phone": self.phone_edit,
        })

    def _self_described_dimension(self) -> str | None:
        for dim in self._dimensions:
            if any(c.key == SELF_DESCRIBED for c in dim.categories):
                return dim.key
        return None

    def _show_code(self, code: str | None) -> None:
        if code is None:
            code = participants.next_code(self._db, self._workshop.id)
            self.code_hint.setText(self.tr("The next participant gets this code. Write it on "
                                           "their paper forms and name tag."))
        else:
            self.code_hint.setText(self.tr("The code stays the same when you change the "
                                           "answers."))
        self.code = code
        self.code_label.setText(code)

    def _update_enabled(self, *args) -> None:
        described = any(combo.currentData() == SELF_DESCRIBED for combo in self.combos.values())
        self.self_description_edit.setEnabled(described)
        self.self_description_label.setEnabled(described)
        contact = self.contact_check.isChecked()
        self.contact_box.setEnabled(contact)

    # ------------------------------------------------------------------ data
    def set_input(self, data: ParticipantInput) -> None:
        for key, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(data.answers.get(key)), 0))
        self.self_description_edit.setText(data.self_description or "")
        self.processing_check.setChecked(data.consent_processing)
        self.contact_check.setChecked(data.consent_contact)
        contact = data.contact or ContactInput()
        self.name_edit.setText(contact.name)
        self.email_edit.setText(contact.email)
        self.phone_edit.setText(contact.phone)
        self._update_enabled()

    def participant_input(self) -> ParticipantInput:
        """What the form says. Contact details typed before consent was withdrawn are not
        included: without the tick nothing of them is saved."""
        answers = {key: combo.currentData() for key, combo in self.combos.items()
                   if combo.currentData()}
        described = SELF_DESCRIBED in answers.values()
        contact = None
        if self.contact_check.isChecked():
            contact = ContactInput(self.name_edit.text(), self.email_edit.text(),
                                   self.phone_edit.text())
            if contact.is_empty():
                contact = None
        return ParticipantInput(
            answers=answers,
            self_description=self.self_description_edit.text() if described else None,
            consent_processing=self.processing_check.isChecked(),
            consent_contact=self.contact_check.isChecked(), contact=contact)

    def clear(self) -> None:
        self.set_input(ParticipantInput())
        self.error_label.clear()

    # ------------------------------------------------------------------ saving
    def show_error(self, exc: SmartCityError) -> None:
        self.error_label.setText(error_text(exc))
        widget = self._field_widgets.get(getattr(exc, "field", ""), None)
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def _write(self) -> bool:
        try:
            saved = self._save(self.participant_input())
        except SmartCityError as exc:
            self.show_error(exc)
            return False
        self.error_label.clear()
        self.saved_codes.append(saved or self.code)
        return True

    def _on_accept(self) -> None:
        if self._write():
            self.accept()

    def save_and_next(self) -> None:
        """Save, then clear the form and show the next code (registering a queue at the door)."""
        if not self._write():
            return
        self.info_label.setText(self.tr("Saved %s.") % self.saved_codes[-1])
        self.clear()
        self._show_code(None)
        if self._dimensions:
            self.combos[self._dimensions[0].key].setFocus()
