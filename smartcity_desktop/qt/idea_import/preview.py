"""The rows of a file as they will be imported, for the import dialog's preview: the table
model (rows with errors highlighted, saying what is wrong), the filter that shows only those
rows, and the translated names of the target fields and of the problems in a row."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from ...services.ideas import import_ideas as imp
from .. import labels

ERROR_BACKGROUND = QColor("#fde2e4")
# lupdate reads translate("Context", "text") calls; the short name keeps lines readable.
translate = QCoreApplication.translate
ERROR_FOREGROUND = QColor("#7a0010")
NEW_THEME_FOREGROUND = QColor("#1d5d2f")


def field_labels() -> dict[str, str]:
    """The target fields with their (translated) labels and keyboard mnemonics."""
    return {
        "text": translate("ImportIdeasDialog", "&Text"),
        "title": translate("ImportIdeasDialog", "Tit&le"),
        "kind": translate("ImportIdeasDialog", "&Kind"),
        "theme": translate("ImportIdeasDialog", "Th&eme"),
        "sdgs": translate("ImportIdeasDialog", "S&DGs"),
        "participant": translate("ImportIdeasDialog", "&Participant"),
        "table_group": translate("ImportIdeasDialog", "Table &group"),
        "source": translate("ImportIdeasDialog", "So&urce"),
        "strategy_goals": translate("ImportIdeasDialog", "Strategy go&als"),
    }


def row_error_text(error: imp.RowError) -> str:
    """A translated explanation of one problem in one row (English message as fallback)."""
    d = error.details
    fields = {k: v.replace("&", "") for k, v in field_labels().items()}
    too_long = translate("ImportIdeasDialog", "%1 is %2 characters long; the limit is %3.")
    texts = {
        "text_empty": lambda: translate("ImportIdeasDialog", "The idea text is empty."),
        "text_too_long": lambda: too_long.replace("%1", fields["text"]),
        "title_too_long": lambda: too_long.replace("%1", fields["title"]),
        "theme_too_long": lambda: too_long.replace("%1", fields["theme"]),
        "table_group_too_long": lambda: too_long.replace("%1", fields["table_group"]),
        "kind_unknown": lambda: translate(
            "ImportIdeasDialog", "“%1” is not a kind: write need or idea."
        ).replace("%1", str(d.get("value", "")).strip()),
        "source_unknown": lambda: translate(
            "ImportIdeasDialog", "“%1” is not a source: write paper, sticky, live or kiosk."
        ).replace("%1", str(d.get("value", "")).strip()),
        "sdg_unknown": lambda: translate(
            "ImportIdeasDialog", "There is no SDG %1: SDGs are numbered 1 to 17."
        ).replace("%1", ", ".join(str(n) for n in d.get("numbers", ()))),
        "sdg_unreadable": lambda: translate(
            "ImportIdeasDialog", "Cannot read SDG numbers from “%1”."
        ).replace("%1", str(d.get("value", "")).strip()),
        "goal_unknown": lambda: translate(
            "ImportIdeasDialog", "Unknown strategy goal code: %1."
        ).replace("%1", ", ".join(d.get("codes", ()))),
        "participant_unknown": lambda: translate(
            "ImportIdeasDialog", "There is no participant %1."
        ).replace("%1", str(d.get("code", ""))),
        "participant_other_workshop": lambda: (
            translate("ImportIdeasDialog", "Participant %1 belongs to workshop %2.")
            .replace("%1", str(d.get("code", "")))
            .replace("%2", str(d.get("workshop", "")))
        ),
        "participant_code_invalid": lambda: translate(
            "ImportIdeasDialog", "“%1” is not a participant code like W3-017."
        ).replace("%1", str(d.get("code", ""))),
        "author_both": lambda: translate(
            "ImportIdeasDialog", "An idea has a participant or a table group as author, not both."
        ),
    }
    make = texts.get(error.reason)
    if make is None:
        return error.message
    text = make()
    if "%2" in text and "length" in d:
        text = text.replace("%2", str(d["length"])).replace("%3", str(d.get("limit", "")))
    return text

# --------------------------------------------------------------------------- preview model


class PreviewModel(QAbstractTableModel):
    """The rows of the file as they will be imported; rows with errors are highlighted and say
    what is wrong (in the Problem column and the tooltip of every cell)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[imp.PreviewRow] = []
        self._fields: list[str] = []
        self._theme_names: dict[str, str] = {}
        self._goal_codes: dict[str, str] = {}
        self._messages: list[str] = []
        self._warning_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    def set_preview(
        self,
        result: imp.Preview | None,
        fields: list[str],
        theme_names: dict[str, str],
        goal_codes: dict[str, str],
    ) -> None:
        self.beginResetModel()
        self._rows = list(result.rows) if result else []
        self._fields = [f for f in imp.FIELDS if f in fields]
        self._theme_names, self._goal_codes = theme_names, goal_codes
        self._messages = ["\n".join(row_error_text(e) for e in row.errors) for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> imp.PreviewRow:
        return self._rows[row]

    def message_at(self, row: int) -> str:
        return self._messages[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2 + len(self._fields)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("ImportIdeasDialog", "Row")
        if section == 1:
            return translate("ImportIdeasDialog", "Problem")
        return field_labels()[self._fields[section - 2]].replace("&", "")

    def _display(self, row: imp.PreviewRow, field: str) -> str:
        raw = row.cells.get(field, "")
        data = row.data
        if data is None:  # show what the file says
            return " ".join(raw.split())
        if field == "text":
            return " ".join(data.text.split())
        if field == "kind":
            return labels.idea_kind(data.kind)
        if field == "source":
            return labels.idea_source(data.source)
        if field == "sdgs":
            return ", ".join(str(n) for n in data.sdgs)
        if field == "theme":
            if not row.theme_name:
                return ""
            if row.new_theme:
                return translate("ImportIdeasDialog", "%1 (new)").replace("%1", row.theme_name)
            return self._theme_names.get(data.theme_id, row.theme_name)
        if field == "strategy_goals":
            return ", ".join(self._goal_codes.get(g, g) for g in data.strategy_goal_ids)
        return " ".join(raw.split())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.row_number)
            if column == 1:
                return (
                    self._messages[index.row()].replace("\n", " · ")
                    if row.errors
                    else translate("ImportIdeasDialog", "OK")
                )
            return self._display(row, self._fields[column - 2])
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.errors:
                return (
                    translate("ImportIdeasDialog", "Row %1: %2")
                    .replace("%1", str(row.row_number))
                    .replace("%2", self._messages[index.row()])
                )
            if column >= 2:
                value = row.cells.get(self._fields[column - 2], "")
                return value[:1000] or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.errors:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.errors:
                return QBrush(ERROR_FOREGROUND)
            if column >= 2 and self._fields[column - 2] == "theme" and row.new_theme:
                return QBrush(NEW_THEME_FOREGROUND)
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and row.errors:
            return self._warning_icon
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            if row.errors and column == 1:
                return translate("ImportIdeasDialog", "Error: %1").replace("%1", str(text))
            return text
        return None


class ErrorsOnly(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_errors = False

    def set_only_errors(self, value: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self.only_errors = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.only_errors = value
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802
        return not self.only_errors or not self.sourceModel().row_at(source_row).ok
