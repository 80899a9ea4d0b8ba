"""The Capture view: fast idea entry during a meeting or from a pile of paper cards.

One form built for the keyboard (Enter saves, Shift+Enter starts a new line, F7 / F8 choose need
or idea, SDGs typed as numbers), every save committed at once through the undo stack, the fields
that stay the same from card to card kept (pinned), and the workshop's ideas listed below, where
F2 edits and Delete deletes.

The form is built in :mod:`.form` and saved in :mod:`.saving`; the list is in
:mod:`.idea_list`."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....services.ideas.capture import IdeaQuery
from ....services.workshop import projects
from ....storage.database import Database
from ...idea_model import IdeaTableModel
from ...undo import ChangeBus
from ..base import ScopedView
from .form import SAVED_MS, CaptureForm
from .idea_list import CaptureIdeaList
from .saving import CaptureSaving


class CaptureView(CaptureForm, CaptureSaving, CaptureIdeaList, ScopedView):
    """Fast entry of the ideas of one workshop."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._workshop_code = ""
        self._entered_by = ""
        self.model = IdeaTableModel(db, self)
        self.errors: dict[str, QLabel] = {}       # field → the label its problem shows in
        self._error_widgets: dict[str, QWidget] = {}
        self._shown_errors: dict[str, str] = {}
        self.pins: dict[str, QToolButton] = {}
        self.goal_buttons: dict[str, QToolButton] = {}
        self._goals_shown: list[tuple[str, str, str]] = []
        self._build()
        self._connect_signals()
        self.setFocusProxy(self.text_edit)  # the main window focuses a view it switches to
        self.set_scope(None, None)

    # ================================================================== layout
    def _build(self) -> None:
        hint = QLabel(self.tr("Choose a workshop in the list on the left: ideas are "
                              "captured into one workshop."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("No workshop chosen"))
        page = self._hint_or_page(hint)

        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        self.heading = QLabel(page)
        self.heading.setAccessibleName(self.tr("Workshop"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.form = QFrame(page)
        self.form.setObjectName("captureForm")
        self.form.setFrameShape(QFrame.Shape.StyledPanel)
        self.form.setStyleSheet("QFrame#captureForm { background: palette(base); "
                                "border: 1px solid #c5ccd3; border-radius: 6px; }")
        layout.addWidget(self.form)
        self._build_form(self.form)

        self._build_list(page, layout)

        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(SAVED_MS)
        self._saved_timer.timeout.connect(lambda: self.saved_label.clear())

    # ================================================================== signals
    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._bus.ideas_changed.connect(self._on_ideas_changed)
        self._bus.structure_changed.connect(self._reload_choices)
        self._bus.participants_changed.connect(self._reload_participants)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_counter)
        # Editing a field takes its error away.
        self.text_edit.textChanged.connect(lambda: self._clear_error("text"))
        self.title_edit.textEdited.connect(lambda _t: self._clear_error("title"))
        self.participant_edit.textEdited.connect(lambda _t: self._clear_error("participant"))
        self.table_edit.textEdited.connect(lambda _t: self._clear_error("table_group"))
        self.theme_combo.editTextChanged.connect(lambda _t: self._clear_error("theme"))
        self.sdg_chips.changed.connect(lambda: self._clear_error("sdgs"))

    # ================================================================== scope
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        """Capture needs a workshop; for a project (or nothing) a hint is shown."""
        project_changed = project_id != self._project_id
        workshop_changed = workshop_id != self._workshop_id
        self._project_id = project_id
        self._workshop_id = workshop_id
        if workshop_id is None:
            self.pages.setCurrentWidget(self.hint)
            self.model.set_query(IdeaQuery())
            self._update_actions()
            return
        workshop = projects.get_workshop(self._db, workshop_id)
        self._workshop_code = workshop.code
        self.heading.setText(self.tr("Capture ideas · %1 %2").replace("%1", workshop.code)
                             .replace("%2", workshop.title))
        self.pages.setCurrentWidget(self.pages.widget(1))
        if workshop_changed:
            # A code or table of another workshop would be refused; start those afresh.
            self.participant_edit.clear()
            self.table_edit.clear()
            self._clear_errors()
        if project_changed:
            self.theme_combo.setEditText("")
            self.sdg_chips.clear()
        self._reload_choices()
        self._reload_participants()
        self._reload_table_groups()
        if workshop_changed or self.model.query.workshop_id != workshop_id:
            self.model.set_query(IdeaQuery(workshop_id=workshop_id))
        self._update_actions()

    def set_entered_by(self, name: str) -> None:
        """Who types (stored with each idea, e.g. from the ``capture/entered_by`` setting)."""
        self._entered_by = name

    def showEvent(self, event) -> None:  # noqa: N802
        # Themes or participants may have been added in another view meanwhile.
        if self._workshop_id is not None:
            self._reload_choices()
            self._reload_participants()
            self._reload_table_groups()
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_text)

    def focus_text(self) -> None:
        """Put the cursor in the text, unless the user is already somewhere in this view."""
        focus = QApplication.focusWidget()
        if self._workshop_id is not None and self.isVisible() and not (
                focus is not None and self.isAncestorOf(focus)):
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
