"""Dialogs for projects, workshops and ideas. Layout lives in ``forms/*.ui``; these classes
only fill the widgets, validate through the services and report problems in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidgetItem, QVBoxLayout

from ..core.enums import IdeaKind, IdeaSource
from ..core.errors import SmartCityError
from ..services.ideas import capture, intake
from ..services.ideas.capture import IdeaInput, IdeaSnapshot
from ..services.workshop import participants, projects
from ..services.workshop.projects import WorkshopInfo
from ..storage.database import Database
from . import labels
from .errors import error_text
from .idea_form import code_completer, fill_theme_combo
from .sdg_chips import SdgChips
from .ui.ui_idea_dialog import Ui_IdeaDialog
from .ui.ui_project_dialog import Ui_ProjectDialog
from .ui.ui_workshop_dialog import Ui_WorkshopDialog


class _ErrorReporting:
    """Shows a service error in the dialog's error label and focuses the offending field."""

    _field_widgets: dict[str, object] = {}

    def show_error(self, exc: SmartCityError) -> None:
        self.ui.errorLabel.setText(error_text(exc))
        widget = self._field_widgets.get(getattr(exc, "field", ""), None)
        if widget is not None:
            widget.setFocus()


class ProjectDialog(QDialog, _ErrorReporting):
    """Creates a project with the default criteria and demographic categories."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectDialog()
        self.ui.setupUi(self)
        self._db = db
        self.project = None
        self.ui.languageCombo.addItem(self.tr("English"), "en")
        self.ui.languageCombo.addItem(self.tr("Norwegian Bokmål"), "nb")
        self._field_widgets = {"name": self.ui.nameEdit, "language": self.ui.languageCombo}
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_accept(self) -> None:
        try:
            self.project = projects.create_project(
                self._db, self.ui.nameEdit.text(), self.ui.languageCombo.currentData(),
                self.ui.descriptionEdit.toPlainText())
        except SmartCityError as exc:
            self.show_error(exc)
            return
        self.accept()


class WorkshopDialog(QDialog, _ErrorReporting):
    def __init__(self, db: Database, project_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopDialog()
        self.ui.setupUi(self)
        self._db = db
        self._project_id = project_id
        self.workshop = None
        self.ui.codeEdit.setText(projects.suggest_workshop_code(db))
        self.ui.dateEdit.setDate(QDate.currentDate())
        date_text = self.ui.dateEdit.findChild(QLineEdit)
        if date_text is not None:  # the inner editor a screen reader may land on
            date_text.setAccessibleName(self.ui.dateEdit.accessibleName())
        self._field_widgets = {"code": self.ui.codeEdit, "title": self.ui.titleEdit}
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_accept(self) -> None:
        qdate = self.ui.dateEdit.date()
        try:
            self.workshop = projects.create_workshop(
                self._db, self._project_id, self.ui.codeEdit.text(), self.ui.titleEdit.text(),
                dt.date(qdate.year(), qdate.month(), qdate.day()), self.ui.venueEdit.text(),
                self.ui.facilitatorsEdit.toPlainText(), self.ui.consentEdit.text())
        except SmartCityError as exc:
            self.show_error(exc)
            return
        self.accept()


class IdeaDialog(QDialog, _ErrorReporting):
    """Add or edit one idea. ``save`` performs the write (through the undo stack); a
    validation error keeps the dialog open with the message shown and nothing saved."""

    def __init__(self, db: Database, workshop: WorkshopInfo, save: Callable[[IdeaInput], None],
                 snapshot: IdeaSnapshot | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_IdeaDialog()
        self.ui.setupUi(self)
        self._db = db
        self._workshop = workshop
        self._save = save
        self.setWindowTitle(self.tr("Edit idea") if snapshot else
                            self.tr("New idea in %s") % workshop.code)
        self._fill_choices()
        self._field_widgets = {
            "text": self.ui.textEdit, "title": self.ui.titleEdit, "theme": self.ui.themeCombo,
            "participant": self.ui.participantEdit, "table_group": self.ui.tableEdit,
            "author": self.ui.participantEdit, "sdgs": self.ui.sdgContainer,
        }
        if snapshot:
            self._load(snapshot.data)
        save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setShortcut(QKeySequence("Ctrl+Return"))
        save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.textEdit.setFocus()

    def _fill_choices(self) -> None:
        fill_theme_combo(self.ui.themeCombo,
                         projects.list_themes(self._db, self._workshop.project_id),
                         keep_text=False)
        for source in IdeaSource:
            self.ui.sourceCombo.addItem(labels.idea_source(source), source.value)
        chips_layout = QVBoxLayout(self.ui.sdgContainer)
        chips_layout.setContentsMargins(0, 0, 0, 0)
        self.sdg_chips = SdgChips(self.ui.sdgContainer)
        chips_layout.addWidget(self.sdg_chips)
        self._sdg_buttons = self.sdg_chips.buttons
        for goal in projects.list_strategy_goals(self._db, self._workshop.project_id):
            item = QListWidgetItem(f"{goal.code} {goal.title}", self.ui.goalsList)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        goals = self.ui.goalsList.count()
        if goals:  # show every goal (up to 6) without a scroll bar
            self.ui.goalsList.setFixedHeight(
                self.ui.goalsList.sizeHintForRow(0) * min(goals, 6)
                + 2 * self.ui.goalsList.frameWidth() + 2)
        else:  # a project without strategy goals: no empty list to skip past
            self.ui.formLayout.setRowVisible(self.ui.goalsList, False)
        self.ui.participantEdit.setCompleter(
            code_completer(self, capture.participant_codes(self._db, self._workshop.id)))

    def _load(self, data: IdeaInput) -> None:
        self.ui.textEdit.setPlainText(data.text)
        self.ui.titleEdit.setText(data.title or "")
        (self.ui.needRadio if data.kind == IdeaKind.NEED else self.ui.ideaRadio).setChecked(True)
        index = self.ui.themeCombo.findData(data.theme_id)
        self.ui.themeCombo.setCurrentIndex(max(index, 0))
        self.sdg_chips.set_numbers(data.sdgs)
        for row in range(self.ui.goalsList.count()):
            item = self.ui.goalsList.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in data.strategy_goal_ids else Qt.CheckState.Unchecked)
        if data.author_participant_id:
            for p in participants.list_participants(self._db, self._workshop.id):
                if p.id == data.author_participant_id:
                    self.ui.participantEdit.setText(p.code)
        self.ui.tableEdit.setText(data.author_table_group or "")
        self.ui.sourceCombo.setCurrentIndex(max(self.ui.sourceCombo.findData(data.source.value), 0))

    def idea_input(self) -> IdeaInput:
        """Read the form, writing nothing: the participant code becomes an id, and a theme
        name the project does not have is created when the idea is saved, in its
        transaction."""
        goals = tuple(self.ui.goalsList.item(r).data(Qt.ItemDataRole.UserRole)
                      for r in range(self.ui.goalsList.count())
                      if self.ui.goalsList.item(r).checkState() == Qt.CheckState.Checked)
        return intake.read_form(self._db, self._workshop.id, intake.IdeaForm(
            text=self.ui.textEdit.toPlainText(), title=self.ui.titleEdit.text(),
            kind=IdeaKind.NEED if self.ui.needRadio.isChecked() else IdeaKind.IDEA,
            theme=self.ui.themeCombo.currentText(), sdgs=self.sdg_chips.numbers(),
            strategy_goal_ids=goals, source=IdeaSource(self.ui.sourceCombo.currentData()),
            participant_code=self.ui.participantEdit.text(),
            table_group=self.ui.tableEdit.text()))

    def _on_accept(self) -> None:
        try:
            self._save(self.idea_input())
        except SmartCityError as exc:
            self.show_error(exc)
            return
        self.accept()
