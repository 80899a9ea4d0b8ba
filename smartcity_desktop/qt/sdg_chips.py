"""SDG chips: 17 small toggle buttons in the official SDG colours, and optionally a line edit
where the numbers can be typed ("11 13") in sync with the chips."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ..core.errors import ValidationError
from ..core.sdgs import SDGS
from ..services.ideas.intake import parse_sdgs
from . import labels


def chip_style(colour: str) -> str:
    """The look of a chip: a coloured bottom edge, filled with the colour when checked."""
    return ("QToolButton { border: 1px solid #9aa5ad; border-radius: 4px; padding: 2px; "
            f"border-bottom: 3px solid {colour}; }}"
            f"QToolButton:checked {{ background: {colour}; color: white; "
            f"border-color: {QColor(colour).darker(130).name()}; font-weight: bold; }}"
            "QToolButton:focus { border: 2px solid #1565c0; "
            f"border-bottom: 3px solid {colour}; }}")


class SdgChips(QWidget):
    """``columns`` chips per row. With ``numbers_edit`` a small line edit comes first: typing
    ``11 13`` checks chips 11 and 13, clicking a chip rewrites the numbers. ``chip_focus``
    puts every chip in the Tab chain (Space toggles); without it the line edit is the keyboard
    way in and Tab skips the 17 chips."""

    changed = Signal()

    def __init__(self, parent=None, *, columns: int = 9, chip_size: tuple[int, int] = (34, 28),
                 chip_focus: bool = True, numbers_edit: bool = False) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sustainable Development Goals"))
        self._syncing = False
        self.buttons: dict[int, QToolButton] = {}
        self.numbers_edit: QLineEdit | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        if numbers_edit:
            self.numbers_edit = QLineEdit(self)
            self.numbers_edit.setAccessibleName(self.tr("SDG numbers"))
            self.numbers_edit.setPlaceholderText(self.tr("e.g. 11 13"))
            self.numbers_edit.setToolTip(self.tr(
                "Type the numbers of the SDGs, separated by spaces; the chips follow."))
            # Digits and separators only; the range (1-17) is checked when saving.
            self.numbers_edit.setValidator(QRegularExpressionValidator(
                QRegularExpression(r"[0-9 ,;]*"), self.numbers_edit))
            self.numbers_edit.setMaximumWidth(110)
            self.numbers_edit.textEdited.connect(self._on_numbers_edited)
            outer.addWidget(self.numbers_edit)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3 if columns > 9 else 4)
        for i, sdg in enumerate(SDGS):
            button = QToolButton(self)
            button.setText(str(sdg.number))
            button.setCheckable(True)
            button.setMinimumSize(*chip_size)
            title = labels.sdg_title(sdg.number)
            button.setToolTip(f"{sdg.number}. {title}")
            button.setAccessibleName(self.tr("SDG %1: %2").replace("%1", str(sdg.number))
                                     .replace("%2", title))
            button.setStyleSheet(chip_style(sdg.colour))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if chip_focus
                                  else Qt.FocusPolicy.NoFocus)
            button.toggled.connect(self._on_chip_toggled)
            grid.addWidget(button, i // columns, i % columns)
            self.buttons[sdg.number] = button
        grid.setColumnStretch(columns, 1)  # chips side by side at the left, not spread out
        outer.addLayout(grid, 1)

    # ------------------------------------------------------------------ values
    def numbers(self) -> tuple[int, ...]:
        """The checked SDGs, ascending."""
        return tuple(n for n, b in self.buttons.items() if b.isChecked())

    def set_numbers(self, numbers) -> None:
        wanted = set(numbers)
        self._syncing = True
        try:
            for number, button in self.buttons.items():
                button.setChecked(number in wanted)
        finally:
            self._syncing = False
        self._write_numbers()
        self.changed.emit()

    def clear(self) -> None:
        self.set_numbers(())

    def checked_numbers(self) -> tuple[int, ...]:
        """What the form says: the typed numbers when a numbers edit is shown (raising
        ``ValidationError`` on a number outside 1-17), else the checked chips."""
        if self.numbers_edit is not None:
            return parse_sdgs(self.numbers_edit.text())
        return self.numbers()

    # ------------------------------------------------------------------ syncing
    def _on_chip_toggled(self, _checked: bool) -> None:
        if self._syncing:
            return
        self._write_numbers()
        self.changed.emit()

    def _write_numbers(self) -> None:
        if self.numbers_edit is not None:
            self.numbers_edit.setText(" ".join(str(n) for n in self.numbers()))

    def _on_numbers_edited(self, text: str) -> None:
        try:
            wanted = set(parse_sdgs(text))
        except ValidationError:  # e.g. "18" or "1 2 4 5 99" while typing: keep what is valid
            wanted = {int(w) for w in text.replace(",", " ").replace(";", " ").split()
                      if w.isdigit() and int(w) in self.buttons}
        self._syncing = True
        try:
            for number, button in self.buttons.items():
                button.setChecked(number in wanted)
        finally:
            self._syncing = False
        self.changed.emit()
