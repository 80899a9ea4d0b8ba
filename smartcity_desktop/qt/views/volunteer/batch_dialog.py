"""The dialog that starts a batch (a stack of paper cards) for volunteer entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ....core.errors import SmartCityError
from ....services.ideas import volunteer_entry as ve
from ....services.ideas.volunteer_entry import BatchInfo
from ....storage.database import Database
from ...errors import error_text
from ...ui.ui_entry_batch_dialog import Ui_EntryBatchDialog


class NewBatchDialog(QDialog):
    """Name a new stack of cards and choose single or double entry (form from .ui)."""

    def __init__(self, db: Database, workshop_id: str, created_by: str, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryBatchDialog()
        self.ui.setupUi(self)
        self._db = db
        self._workshop_id = workshop_id
        self._created_by = created_by
        self.batch: BatchInfo | None = None
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.ui.labelEdit.setFocus()

    def _on_accept(self) -> None:
        # Not on the undo stack: services.commands.NotUndoable.SETUP says why.
        try:
            self.batch = ve.create_batch(self._db, self._workshop_id, self.ui.labelEdit.text(),
                                         self.ui.doubleCheck.isChecked(), self._created_by)
        except SmartCityError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.labelEdit.setFocus()
            return
        self.accept()
