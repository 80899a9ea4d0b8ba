"""Starting the kiosk: the facilitator chooses a PIN, the main window hides, and the kiosk
runs full screen until the PIN is entered again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...core.errors import ValidationError
from ...services.ideas import kiosk
from ...services.ideas.kiosk import PinLock
from ...services.workshop import projects
from ...services.workshop.projects import WorkshopInfo
from ...storage.database import Database
from ..ui.ui_start_kiosk_dialog import Ui_StartKioskDialog
from ..undo import ChangeBus
from .window import KioskWindow


class StartKioskDialog(QDialog):
    """The facilitator chooses the PIN (twice). ``pin_lock`` holds its salted hash."""

    def __init__(self, workshop: WorkshopInfo, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartKioskDialog()
        self.ui.setupUi(self)
        self.pin_lock: PinLock | None = None
        self.ui.workshopLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.workshopLabel.setText(self.tr("Workshop: %s") % f"{workshop.code} · "
                                      f"{workshop.title}")
        font = QFont(self.ui.workshopLabel.font())
        font.setBold(True)
        self.ui.workshopLabel.setFont(font)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start kiosk mode"))
        ok.setAccessibleName(self.tr("Start kiosk mode"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.pinEdit.setFocus()

    def _on_accept(self) -> None:
        pin, repeat = self.ui.pinEdit.text(), self.ui.repeatEdit.text()
        try:
            lock = PinLock.from_pin(pin)
        except ValidationError:
            self._error(self.tr("The PIN must be 4 to 8 digits."), self.ui.pinEdit)
            return
        try:
            same = kiosk.normalise_pin(repeat) == kiosk.normalise_pin(pin)
        except ValidationError:
            same = False
        if not same:
            self._error(self.tr("The two PINs are not the same. Type the PIN again."),
                        self.ui.repeatEdit)
            return
        self.pin_lock = lock
        self.ui.pinEdit.setText("")
        self.ui.repeatEdit.setText("")
        self.accept()

    def _error(self, text: str, field: QLineEdit) -> None:
        self.ui.errorLabel.setText(text)
        field.selectAll()
        field.setFocus()


_RUNNING: list[KioskWindow] = []


def running_kiosk() -> KioskWindow | None:
    return _RUNNING[0] if _RUNNING else None


def start_kiosk(db: Database, workshop_id: str | None, bus: ChangeBus | None,
                parent: QWidget | None = None, *, full_screen: bool = True) -> KioskWindow | None:
    """Ask the facilitator for a PIN, then run the kiosk for ``workshop_id`` full screen.

    The window of ``parent`` (the main window) is hidden while the kiosk runs and shown again
    when the facilitator leaves. Returns the kiosk window, or None if not started."""
    if running_kiosk() is not None:
        window = running_kiosk()
        window.raise_()
        window.activateWindow()
        return window
    if not workshop_id:
        QMessageBox.information(parent, QApplication.translate("KioskWindow", "Kiosk mode"),
                                QApplication.translate(
                                    "KioskWindow", "Choose a workshop in the list first: the "
                                    "kiosk collects ideas for one workshop."))
        return None
    workshop = projects.workshop_info(db, workshop_id)
    dialog = StartKioskDialog(workshop, parent)
    if not dialog.exec() or dialog.pin_lock is None:
        return None
    window = KioskWindow(db, workshop_id, bus, dialog.pin_lock)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    host = parent.window() if parent is not None else None
    _RUNNING.append(window)

    def finished() -> None:
        if window in _RUNNING:
            _RUNNING.remove(window)
        if host is not None:
            host.show()
            host.raise_()
            host.activateWindow()

    window.finished.connect(finished)
    if host is not None:
        host.hide()
    if full_screen:
        window.set_keep_full_screen(True)
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    return window
