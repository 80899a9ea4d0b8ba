"""Volunteer entry of paper idea cards: a form that follows the printed card field by field,
checks each field as it is typed, and saves with Ctrl+Enter (or Enter on the last field).

A volunteer types their name once (kept in QSettings), picks or creates a batch (a stack of
cards) and, for a double-entry batch, the pass they type. The second pass is typed blind:
nothing on the pass-2 screen comes from pass 1. "Compare and resolve" lists where the two
passes differ, field by field; the coordinator picks a value or types a corrected one, and
"Resolve" turns the cards into ideas. Every save goes through the undo stack.

The view ties its parts together: the card form (:mod:`.card_form`, :mod:`.card_entry`),
the comparison (:mod:`.comparison`, :mod:`.resolution`) and the figures (:mod:`.figures`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....core import rules
from ....core.enums import EntryBatchStatus
from ....core.errors import SmartCityError
from ....services.ideas import volunteer_entry as ve
from ....services.ideas.card_compare import Comparison
from ....services.ideas.volunteer_entry import BatchInfo
from ....services.workshop import projects
from ....storage.database import Database
from ... import settings
from ...icons import icon
from ...tasks import Task
from ...undo import ChangeBus
from .batch_dialog import NewBatchDialog
from .card_entry import VolunteerCardEntry
from .card_form import VolunteerCardForm
from .common import MODE_COMPARE, MODE_PASS_1, MODE_PASS_2
from .comparison import VolunteerComparison
from .figures import VolunteerFigures
from .resolution import VolunteerResolution


class VolunteerEntryView(VolunteerCardForm, VolunteerCardEntry, VolunteerComparison,
                         VolunteerResolution, VolunteerFigures, QWidget):
    """Paper idea cards of one workshop, typed in by volunteers."""

    status_message = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None,
                 qsettings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._stack = undo_stack
        self._bus = bus
        self._settings = qsettings if qsettings is not None else QSettings()
        self._project_id: str | None = None
        self._workshop_id: str | None = None
        self._workshop_code = ""
        self._batches: list[BatchInfo] = []
        self.comparison: Comparison | None = None
        self.worker: Task | None = None
        self._running = None
        self._build()
        self._connect_signals()
        self.name_edit.setText(settings.ENTERED_BY.get(self._settings))
        self._update_state()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.name_label = QLabel(self.tr("Your &name:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Type it once; it is remembered"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(rules.MAX_NAME)
        self.name_edit.setMinimumWidth(140)
        self.name_label.setBuddy(self.name_edit)
        self.batch_label = QLabel(self.tr("&Batch:"), self)
        self.batch_combo = QComboBox(self)
        self.batch_combo.setAccessibleName(self.tr("Batch of cards"))
        self.batch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_combo.setMinimumContentsLength(16)
        self.batch_label.setBuddy(self.batch_combo)
        self.new_batch_button = QPushButton(icon("add"), self.tr("Ne&w batch…"), self)
        self.new_batch_button.setAccessibleName(self.tr("New batch"))
        self.new_batch_button.setToolTip(self.tr("Start a new stack of paper cards"))

        self.pass1_radio = QRadioButton(self.tr("Pass &1"), self)
        self.pass1_radio.setToolTip(self.tr("The first volunteer types the stack"))
        self.pass2_radio = QRadioButton(self.tr("Pass &2 (blind check)"), self)
        self.pass2_radio.setToolTip(self.tr("A second volunteer types the same stack again, "
                                            "without seeing pass 1"))
        self.compare_radio = QRadioButton(self.tr("&Compare and resolve"), self)
        self.compare_radio.setToolTip(self.tr("Show where the two passes differ and decide"))
        self.mode_group = QButtonGroup(self)
        for radio, mode, name in ((self.pass1_radio, MODE_PASS_1, self.tr("Pass 1")),
                                  (self.pass2_radio, MODE_PASS_2, self.tr("Pass 2")),
                                  (self.compare_radio, MODE_COMPARE,
                                   self.tr("Compare and resolve"))):
            radio.setAccessibleName(name)
            self.mode_group.addButton(radio, mode)
        self.pass1_radio.setChecked(True)
        self.mode_box = QWidget(self)
        mode_layout = QHBoxLayout(self.mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.setSpacing(18)
        for radio in (self.pass1_radio, self.pass2_radio, self.compare_radio):
            mode_layout.addWidget(radio)
        self.single_note = QLabel(self.tr("Single entry: each card becomes an idea when "
                                          "saved."), self)
        self.single_note.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.name_edit)
        top.addSpacing(12)
        top.addWidget(self.batch_label)
        top.addWidget(self.batch_combo, 1)
        top.addWidget(self.new_batch_button)
        modes = QHBoxLayout()
        modes.addWidget(self.mode_box)
        modes.addWidget(self.single_note)
        modes.addStretch(1)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("padding: 6px; background: palette(alternate-base); "
                                "border-radius: 4px;")
        self.hint.setAccessibleName(self.tr("What to do next"))

        self.pages = QStackedWidget(self)
        self.entry_page = self._build_entry_page()
        self.compare_page = self._build_compare_page()
        self.pages.addWidget(self.entry_page)
        self.pages.addWidget(self.compare_page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(modes)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages, 1)

    def _message_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _connect_signals(self) -> None:
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.batch_combo.currentIndexChanged.connect(lambda _i: self._on_batch_changed())
        self.mode_group.idToggled.connect(self._on_mode_toggled)
        self.new_batch_button.clicked.connect(self.new_batch)
        self.code_edit.textChanged.connect(self._check_code)
        self.code_edit.returnPressed.connect(self.kind_field.setFocus)
        self.text_edit.textChanged.connect(self._check_text)
        self.sdg_edit.textChanged.connect(self._check_sdgs)
        self.sdg_edit.returnPressed.connect(self.theme_combo.setFocus)
        self.theme_combo.currentTextChanged.connect(self._check_theme)
        self.theme_combo.installEventFilter(self)
        self.theme_combo.lineEdit().installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self._bus.participants_changed.connect(self._on_participants_changed)
        self._bus.structure_changed.connect(self._load_themes)
        self._bus.batches_changed.connect(self._on_batches_changed)
        # Enter in the theme's suggestion list takes the first suggestion, not the bare prefix
        # (which would make a new theme by accident).
        self.theme_combo.completer().popup().installEventFilter(self)

    def _on_participants_changed(self) -> None:
        self._check_code(self.code_edit.text())

    def _on_batches_changed(self, _change) -> None:
        if shiboken6.isValid(self):  # not while closing
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.text() in ("1", "2") and not event.modifiers() & ~(
                    Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier) \
                and self.table.state() != QAbstractItemView.State.EditingState:
            self.choose_selected(int(event.text()))
            return True
        completer = self.theme_combo.completer()
        if watched is completer.popup() and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not watched.currentIndex().isValid() and completer.completionCount():
            # Enter with no suggestion highlighted takes the first one, as people expect.
            completer.setCurrentRow(0)
            self.theme_combo.setEditText(completer.currentCompletion())
            watched.hide()
            return True
        # Enter on the last field (the theme) saves the card, unless it picks a completion.
        if watched in (self.theme_combo, self.theme_combo.lineEdit()) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            popup = self.theme_combo.completer().popup()
            if popup is None or not popup.isVisible():
                self.save_card()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ scope and state
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        self._workshop_code = ""
        if workshop_id:
            try:
                self._workshop_code = projects.get_workshop(self._db, workshop_id).code
            except SmartCityError:
                self._workshop_id = None
        self.code_edit.setPlaceholderText(self.tr("e.g. %s-007") % (self._workshop_code or "W1"))
        self._load_themes()
        self._load_batches()
        self.clear_form()

    def volunteer(self) -> str:
        return self.name_edit.text().strip()

    def batch(self) -> BatchInfo | None:
        batch_id = self.batch_combo.currentData()
        return next((b for b in self._batches if b.id == batch_id), None)

    def mode(self) -> int:
        batch = self.batch()
        if batch is not None and not batch.double_entry:
            return MODE_PASS_1
        return self.mode_group.checkedId()

    def pass_no(self) -> int | None:
        mode = self.mode()
        return mode if mode in (MODE_PASS_1, MODE_PASS_2) else None

    def _load_themes(self) -> None:
        text = self.theme_combo.currentText()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem("")
        if self._project_id:
            for theme in projects.list_themes(self._db, self._project_id):
                self.theme_combo.addItem(theme.name)
        self.theme_combo.setEditText(text)
        self.theme_combo.blockSignals(False)

    def _batch_text(self, batch: BatchInfo) -> str:
        kind = self.tr("double entry") if batch.double_entry else self.tr("single entry")
        status = {EntryBatchStatus.VERIFIED.value: self.tr("verified"),
                  EntryBatchStatus.CLOSED.value: self.tr("closed")}.get(batch.status)
        return f"{batch.label} — {kind}" + (f", {status}" if status else "")

    def _load_batches(self, select_id: str | None = None) -> None:
        select_id = select_id or self.batch_combo.currentData()
        self._batches = ve.list_batches(self._db, self._workshop_id) if self._workshop_id else []
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for batch in self._batches:
            self.batch_combo.addItem(self._batch_text(batch), batch.id)
        index = self.batch_combo.findData(select_id) if select_id else -1
        if index < 0:
            index = self.batch_combo.count() - 1  # the newest batch
        self.batch_combo.setCurrentIndex(index)
        self.batch_combo.blockSignals(False)
        self._on_batch_changed()

    def _on_name_changed(self, text: str) -> None:
        settings.ENTERED_BY.set(self._settings, text.strip())
        self._update_state()

    def _on_batch_changed(self) -> None:
        self._update_state()
        self.refresh()

    def _on_mode_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self.clear_form()
            self._update_state()
            self.refresh()
            if self.pass_no() is not None and self.code_edit.isEnabled():
                self.code_edit.setFocus()

    def _update_state(self) -> None:
        batch = self.batch()
        has_workshop = self._workshop_id is not None
        for widget in (self.batch_combo, self.new_batch_button):
            widget.setEnabled(has_workshop)
        self.mode_box.setVisible(batch is None or batch.double_entry)
        self.mode_box.setEnabled(batch is not None)
        self.single_note.setVisible(batch is not None and not batch.double_entry)
        comparing = self.mode() == MODE_COMPARE
        self.pages.setCurrentWidget(self.compare_page if comparing else self.entry_page)
        if not comparing:
            self._clear_comparison()  # the pass-2 screen never holds pass-1 values
        closed = batch is not None and batch.status == EntryBatchStatus.CLOSED.value
        can_type = bool(has_workshop and batch is not None and self.volunteer() and not closed
                        and not comparing)
        self.card.setEnabled(can_type)
        self.save_action.setEnabled(can_type)
        if not has_workshop:
            hint = self.tr("Choose a workshop in the list on the left: paper cards are typed in "
                           "per workshop.")
        elif not self.volunteer():
            hint = self.tr("Type your name first, so that the cards you enter are counted for "
                           "you.")
        elif batch is None:
            hint = self.tr("Start a batch for the stack of cards in front of you: "
                           "New batch… (Alt+W).")
        elif closed:
            hint = self.tr("This batch is closed. Start a new batch for more cards.")
        elif comparing:
            hint = self.tr("Pick the right value for each difference (keys 1 and 2, or type "
                           "it in the Chosen column), then Resolve (Ctrl+Enter). Cards both "
                           "passes agree on can be accepted all at once.")
        elif self.pass_no() == MODE_PASS_2:
            hint = self.tr("Pass 2: type the same stack again from the first card, exactly as "
                           "written. You do not see pass 1; the passes are compared afterwards.")
        else:
            hint = self.tr("Type each card as written, field by field in the order of the card. "
                           "Ctrl+Enter saves it and starts the next card.")
        self.hint.setText(hint)

    def refresh(self) -> None:
        """Counters, figures and (in compare mode) the differences, from the database."""
        batch_id = self.batch_combo.currentData()
        if batch_id:
            try:
                fresh = ve.get_batch(self._db, batch_id)
            except SmartCityError:
                self._load_batches()
                return
            self._batches = [fresh if b.id == fresh.id else b for b in self._batches]
            index = self.batch_combo.currentIndex()
            self.batch_combo.setItemText(index, self._batch_text(fresh))
        self._update_counter()
        self._update_stats()
        self.undo_button.setEnabled(self._last_card_command() is not None)
        if self.mode() == MODE_COMPARE and self.batch() is not None:
            self.load_comparison()

    # ------------------------------------------------------------------ batches
    def new_batch(self) -> None:
        if not self._workshop_id:
            return
        dialog = self.make_batch_dialog()
        if self.exec_dialog(dialog) and dialog.batch is not None:
            self._load_batches(dialog.batch.id)
            self.pass1_radio.setChecked(True)
            self.status_message.emit(self.tr("Batch “%s” started.") % dialog.batch.label)
            if self.code_edit.isEnabled():
                self.code_edit.setFocus()
        dialog.deleteLater()

    def make_batch_dialog(self) -> NewBatchDialog:
        return NewBatchDialog(self._db, self._workshop_id, self.volunteer(), self)

    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog (tests replace this to drive the dialog directly)."""
        return dialog.exec()
