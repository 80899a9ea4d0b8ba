"""The "Change status…" dialog: the new status, a reason (required), the date of the decision
(today unless changed) and who decided (remembered). One or several ideas at once; the change
is one step on the undo stack, and a refusal is shown in the dialog with nothing changed."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QRadioButton,
)

from ..core import rules
from ..core.enums import IdeaStatus
from ..core.errors import SmartCityError, ValidationError
from ..services.ideas import capture, lifecycle
from ..services.ideas.lifecycle_commands import ChangeStatus
from ..services.workshop import projects
from ..storage.database import Database
from . import labels
from .errors import error_text
from .icons import icon
from .settings import Setting
from .ui.ui_status_dialog import Ui_StatusDialog
from .undo import ChangeBus, push

#: The name typed under "Decided by" last time.
DECIDED_BY = Setting[str]("lifecycle/decided_by", str, "")

#: The statuses an idea can be moved to, in the order they are offered.
TARGETS = (IdeaStatus.UNDER_REVIEW, IdeaStatus.ACCEPTED, IdeaStatus.IN_PROGRESS,
           IdeaStatus.IMPLEMENTED, IdeaStatus.DECLINED)
MAX_TITLES = 3  # ideas named in the heading of a change of several ideas


def status_icon(code: str):
    known = {s.value for s in IdeaStatus}
    return icon(f"status_{code}") if code in known else icon("ideas")


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an ``&`` before its first letter not in ``taken`` (which is updated)."""
    for n, char in enumerate(text):
        if char.isalpha() and char.casefold() not in taken:
            taken.add(char.casefold())
            return f"{text[:n]}&{text[n:]}"
    return text


def mnemonics_of(*texts: str) -> set[str]:
    return {m.casefold() for t in texts for m in re.findall(r"(?<!&)&([^\s&])", t)}


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class StatusDialog(QDialog):
    """``save(status, reason, date, decided_by)`` performs the change (through the undo
    stack); a ``SmartCityError`` keeps the dialog open with the problem shown in place."""

    def __init__(self, db: Database, idea_ids, save: Callable[[IdeaStatus, str, dt.date, str],
                                                               None],
                 qsettings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self._db = db
        self._ids = list(dict.fromkeys(idea_ids))
        self._save = save
        self._settings = qsettings if qsettings is not None else QSettings()
        self._ideas = [capture.get_idea(db, i) for i in self._ids]
        self.setWindowIcon(icon("change_status"))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change status"))
        ok.setShortcut(QKeySequence("Ctrl+Return"))
        ok.setToolTip(self.tr("Change the status (Ctrl+Enter)"))
        self._build_status_choice()
        self._describe()
        self._fill_decided_by()
        self.ui.dateEdit.setMinimumDate(QDate(2000, 1, 1))
        self.ui.dateEdit.setDate(QDate.currentDate())
        date_text = self.ui.dateEdit.findChild(QLineEdit)
        if date_text is not None:  # the inner editor a screen reader may land on
            date_text.setAccessibleName(self.ui.dateEdit.accessibleName())
        self.ui.reasonEdit.setMinimumHeight(90)
        self.ui.reasonEdit.textChanged.connect(self.ui.errorLabel.clear)
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    # ------------------------------------------------------------------ building
    def _build_status_choice(self) -> None:
        taken = mnemonics_of(self.ui.reasonLabel.text(), self.ui.dateLabel.text(),
                             self.ui.decidedByLabel.text(), self.ui.statusLabel.text(),
                             *(b.text() for b in self.ui.buttonBox.buttons()))
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[IdeaStatus, QRadioButton] = {}
        current = {i.status for i in self._ideas}
        for n, status in enumerate(TARGETS):
            button = QRadioButton(with_mnemonic(labels.idea_status(status), taken), self)
            button.setIcon(status_icon(status.value))
            button.setAccessibleName(labels.idea_status(status))
            if current == {status.value}:
                button.setEnabled(False)
                button.setToolTip(self.tr("The selected ideas already have this status."))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            self.ui.statusLayout.addWidget(button, n // 2, n % 2)
        self.ui.statusLayout.setColumnStretch(2, 1)
        # One status for all: propose its usual next step (visible; the reason confirms it).
        if len(current) == 1:
            proposed = lifecycle.NEXT_STEP.get(next(iter(current)))  # str keys match too
            if proposed in self.status_buttons:
                self.status_buttons[proposed].setChecked(True)
        self.ui.statusLabel.setBuddy(self._status_focus())

    def _status_focus(self) -> QRadioButton:
        checked = self.status_group.checkedButton()
        if checked is not None:
            return checked
        return next(b for b in self.status_buttons.values() if b.isEnabled())

    def _describe(self) -> None:
        ideas = self._ideas
        if len(ideas) == 1:
            idea = ideas[0]
            data = idea.data
            text = f"{data.title} — {data.text}" if data.title else data.text
            self.setWindowTitle(self.tr("Change status"))
            self.ui.subjectLabel.setText(short(text, 160))
            self.ui.subjectLabel.setToolTip(idea.data.text)
            log = lifecycle.status_log(self._db, idea.id)
            if log:
                self.ui.currentLabel.setText(
                    self.tr("Now: %1, since %2").replace("%1", labels.idea_status(idea.status))
                    .replace("%2", log[-1].decided_on.isoformat()))
            else:
                self.ui.currentLabel.setText(
                    self.tr("Now: %1").replace("%1", labels.idea_status(idea.status)))
            return
        self.setWindowTitle(self.tr("Change the status of %n idea(s)", "", len(ideas)))
        names = [f"“{short(i.data.title or i.data.text, 40)}”" for i in ideas[:MAX_TITLES]]
        if len(ideas) > MAX_TITLES:
            names.append(self.tr("%n more", "", len(ideas) - MAX_TITLES))
        self.ui.subjectLabel.setText(
            self.tr("%n idea(s): ", "", len(ideas)) + ", ".join(names))
        self.ui.subjectLabel.setToolTip("\n".join(short(i.data.text) for i in ideas))
        order = {s.value: n for n, s in enumerate(IdeaStatus)}
        counts = sorted(Counter(i.status for i in ideas).items(),
                        key=lambda kv: order.get(kv[0], 99))
        now = ", ".join(f"{count} {labels.idea_status(status).lower()}"
                        for status, count in counts)
        self.ui.currentLabel.setText(self.tr("Now: %1").replace("%1", now))

    def _fill_decided_by(self) -> None:
        combo = self.ui.decidedByCombo
        names: list[str] = []
        if self._ideas:
            project_id = projects.get_workshop(self._db, self._ideas[0].workshop_id).project_id
            names = lifecycle.deciders(self._db, project_id)
        remembered = DECIDED_BY.get(self._settings)
        combo.addItems(names)
        combo.setCurrentText(remembered)
        combo.lineEdit().setPlaceholderText(self.tr("e.g. District council (optional)"))
        combo.lineEdit().setAccessibleName(self.ui.decidedByCombo.accessibleName())

    # ------------------------------------------------------------------ values
    def chosen_status(self) -> IdeaStatus | None:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return None

    def chosen_date(self) -> dt.date:
        q = self.ui.dateEdit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _on_accept(self) -> None:
        status = self.chosen_status()
        if status is None:
            self.show_error(ValidationError("status", "Choose the new status.",
                                            reason="no_status"))
            return
        decided_by = self.ui.decidedByCombo.currentText()
        try:
            self._save(status, self.ui.reasonEdit.toPlainText(), self.chosen_date(), decided_by)
        except SmartCityError as exc:
            self.show_error(exc)
            return
        DECIDED_BY.set(self._settings, rules.clean_text(decided_by))
        self.accept()

    def show_error(self, exc: SmartCityError) -> None:
        self.ui.errorLabel.setText(error_text(exc))
        field = getattr(exc, "field", "")
        widget = {"status": self._status_focus(), "reason": self.ui.reasonEdit,
                  "date": self.ui.dateEdit}.get(field)
        if widget is not None:
            widget.setFocus()


def change_status(parent, db: Database, stack, bus: ChangeBus, idea_ids,
                  qsettings: QSettings | None = None) -> bool:
    """Open the dialog for ``idea_ids``; the change is one undoable step. True if changed."""
    ids = tuple(dict.fromkeys(i for i in idea_ids if i))
    if not ids:
        return False

    def save(status: IdeaStatus, reason: str, decided_on: dt.date, decided_by: str) -> None:
        push(stack, ChangeStatus(db, ids, status, reason, decided_on, decided_by),
             QCoreApplication.translate("StatusDialog", "Change status to “%1”")
             .replace("%1", labels.idea_status(status)), bus)

    try:
        dialog = StatusDialog(db, ids, save, qsettings, parent)
    except SmartCityError as exc:  # e.g. an idea deleted meanwhile on this screen
        QMessageBox.warning(parent, QCoreApplication.translate("StatusDialog",
                                                               "Cannot change the status"),
                            error_text(exc))
        return False
    return bool(dialog.exec())
