"""The Participants view: registration at the door, the list of who registered, and a live
"who is in the room" panel. Every write goes through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from ...core.errors import SmartCityError
from ...services.workshop import overview, participants, projects
from ...services.workshop.participant_commands import (
    DeleteParticipant,
    EditParticipant,
    RegisterParticipant,
)
from ...services.workshop.participants import IdeasOnDelete, ParticipantInput, ParticipantRow
from ...services.workshop.projects import DimensionInfo
from ...storage.database import Database
from ..errors import error_text
from ..icons import icon
from ..participant_dialog import RegisterParticipantDialog
from ..undo import ChangeBus, push
from .base import RefreshWhenShown, ScopedView

NOT_ANSWERED = "—"
YES = "✓"
NO = "—"

ROLE_ID = Qt.ItemDataRole.UserRole


class ParticipantTableModel(QAbstractTableModel):
    """Rows of :class:`ParticipantRow`; columns: code, one per demographic dimension, consent."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._dims: list[DimensionInfo] = []
        self._labels: dict[tuple[str, str], str] = {}

    def set_data(self, rows: list[ParticipantRow], dims: list[DimensionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._dims = list(dims)
        self._labels = {(d.key, c.key): c.label for d in dims for c in d.categories}
        self._pnts = {(d.key, c.key) for d in dims for c in d.categories if c.is_prefer_not_to_say}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._dims) + 3

    def participant_at(self, row: int) -> ParticipantRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, participant_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.id == participant_id:
                return n
        return -1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Code")
            if 1 <= section <= len(self._dims):
                return self._dims[section - 1].label
            if section == len(self._dims) + 1:
                return self.tr("Processing")
            if section == len(self._dims) + 2:
                return self.tr("Contact")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == len(self._dims) + 1:
                return self.tr("Agrees to processing of their answers")
            if section == len(self._dims) + 2:
                return self.tr("Agrees to be contacted for follow-up")
            return self.headerData(section, orientation)
        return None

    def _cell(self, row: ParticipantRow, column: int) -> tuple[str, str, bool, bool]:
        """(text, spoken text, greyed, italic)"""
        if column == 0:
            return row.code, row.code, False, False
        if column <= len(self._dims):
            dim = self._dims[column - 1]
            key = row.answers.get(dim.key)
            if key is None:
                return NOT_ANSWERED, self.tr("Not answered"), True, False
            text = self._labels.get((dim.key, key), key)
            return text, text, False, (dim.key, key) in self._pnts
        value = row.consent_processing if column == len(self._dims) + 1 else row.consent_contact
        return (YES, self.tr("Yes"), False, False) if value else \
            (NO, self.tr("No"), True, False)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROLE_ID:
            return row.id
        text, spoken, greyed, italic = self._cell(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == len(self._dims) + 2 and row.consent_contact:
                return self.tr("Contact details recorded") if row.has_contact else \
                    self.tr("Agreed, but no contact details recorded")
            return spoken if index.column() else None
        if role == Qt.ItemDataRole.ForegroundRole and greyed:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and (italic or index.column() == 0):
            font = QFont()
            font.setItalic(italic)
            font.setBold(index.column() == 0)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > len(self._dims):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class RoomPanel(QFrame):
    """Who is in the room: the total, people per stakeholder group, and a compact line per
    other demographic question."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Who is in the room"), self)
        self.title.setStyleSheet("font-weight: 600;")
        self.total_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setAccessibleName(self.tr("People registered"))
        self.total_caption = QLabel(self)
        self.stakeholder_title = QLabel(self)
        self.stakeholder_title.setStyleSheet("font-weight: 600;")
        self.groups = QGridLayout()
        self.groups.setColumnStretch(0, 1)
        self.groups.setHorizontalSpacing(8)
        self.groups.setVerticalSpacing(3)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setAccessibleName(self.tr("Answers to the other questions"))
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_label)
        total_row.addWidget(self.total_caption, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(total_row)
        layout.addSpacing(6)
        layout.addWidget(self.stakeholder_title)
        layout.addLayout(self.groups)
        layout.addSpacing(10)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.counts: dict[str, int] = {}  # stakeholder group label -> count (for tests, a11y)
        self.total = 0

    def _clear_groups(self) -> None:
        while self.groups.count():
            item = self.groups.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()

    def show_counts(self, counts: list[overview.DimensionCounts], stakeholder_key: str | None,
                    total: int, whole_project: bool = False) -> None:
        self._clear_groups()
        self.title.setText(self.tr("All workshops of the project") if whole_project
                           else self.tr("Who is in the room"))
        self.total = total
        self.total_label.setText(str(total))
        self.total_caption.setText(self.tr("person registered") if total == 1
                                   else self.tr("people registered"))
        stakeholder = next((c for c in counts if c.key == stakeholder_key), None)
        self.counts = {}
        if stakeholder is not None:
            self.stakeholder_title.setText(stakeholder.label)
            rows = [(g.label, g.count) for g in stakeholder.groups]
            if stakeholder.not_answered:
                rows.append((self.tr("Not answered"), stakeholder.not_answered))
            for n, (text, count) in enumerate(rows):
                self.counts[text] = count
                name = QLabel(text, self)
                name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                name.setToolTip(text)
                number = QLabel(str(count), self)
                number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                number.setAccessibleName(f"{text}: {count}")
                if not count:
                    for w in (name, number):
                        w.setStyleSheet("color: palette(placeholder-text);")
                bar = QProgressBar(self)
                bar.setRange(0, max(total, 1))
                bar.setValue(count)
                bar.setTextVisible(False)
                bar.setFixedSize(70, 10)
                bar.setAccessibleName(f"{text}: {count}")
                self.groups.addWidget(name, n, 0)
                self.groups.addWidget(number, n, 1)
                self.groups.addWidget(bar, n, 2)
        else:
            self.stakeholder_title.setText("")
        parts = []
        for dim in counts:
            if dim.key == stakeholder_key:
                continue
            shown = [f"{_escape(g.label)}&nbsp;<b>{g.count}</b>" for g in dim.groups if g.count]
            if dim.not_answered:
                shown.append(f"<span style='color: gray'>{_escape(self.tr('not answered'))}"
                             f"&nbsp;{dim.not_answered}</span>")
            parts.append(f"<p style='margin: 0 0 6px 0'><b>{_escape(dim.label)}</b><br>"
                         + (" · ".join(shown) or NOT_ANSWERED) + "</p>")
        self.summary.setText("".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ParticipantsView(RefreshWhenShown, ScopedView):
    """Participants of a workshop (or, read-only, of all workshops of a project)."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._init_refresh_when_shown()
        self.model = ParticipantTableModel(self)
        self._ideal_widths: list[int] | None = None
        self._build()
        self._connect_signals()
        self._update_actions()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.register_action = QAction(icon("add"), self.tr("&Register participant…"), self)
        self.register_action.setShortcut(QKeySequence("Ctrl+R"))
        self.register_action.setToolTip(self.tr("Register a participant in this workshop "
                                                "(Ctrl+R)"))
        self.edit_action = QAction(icon("edit"), self.tr("&Edit participant…"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setToolTip(self.tr("Change the selected participant's answers (F2)"))
        self.delete_action = QAction(icon("delete"), self.tr("&Delete participant…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setToolTip(self.tr("Delete the selected participant (Delete)"))
        for action in (self.register_action, self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.addAction(action)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

        self.hint = QLabel(self.tr("Choose a workshop to register participants. Below are the "
                                   "participants of all the project's workshops."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("padding: 6px; background: palette(alternate-base); "
                                "border-radius: 4px;")
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of participants shown"))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)

        self.room = RoomPanel(self)
        room_scroll = QScrollArea(self)
        room_scroll.setWidget(self.room)
        room_scroll.setWidgetResizable(True)
        room_scroll.setFrameShape(QFrame.Shape.NoFrame)
        room_scroll.setMinimumWidth(240)
        room_scroll.setAccessibleName(self.tr("Who is in the room"))

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(room_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([800, 300])

        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.register_action.triggered.connect(self.register)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # Shown: at once (the list follows every registration); hidden: when shown again.
        self._bus.participants_changed.connect(self._refresh_or_defer)
        self._bus.structure_changed.connect(self._refresh_or_defer)

    # ------------------------------------------------------------------ scope and reading
    def refresh(self) -> None:
        self._refreshed()
        selected = self.selected_id()
        if self._project_id is None:
            self.model.set_data([], [])
            self.room.show_counts([], None, 0)
            self.hint.setVisible(False)
            self._update_count()
            return
        try:
            dims = projects.list_dimensions(self._db, self._project_id)
            if self._workshop_id:
                rows = participants.list_participants(self._db, self._workshop_id)
            else:
                rows = [r for w in projects.list_workshops(self._db, self._project_id)
                        for r in participants.list_participants(self._db, w.id)]
            counts = overview.participants_by_group(self._db, self._project_id,
                                                    self._workshop_id)
        except SmartCityError as exc:  # e.g. the workshop was deleted on another device
            self.status_message.emit(error_text(exc))
            return
        if self._workshop_id is None:
            self.hint.setText(self.tr("Choose a workshop to register participants. Below are "
                                      "the participants of all the project's workshops."))
        elif not rows:
            self.hint.setText(self.tr("No one is registered yet. Press Ctrl+R to register the "
                                      "first participant."))
        self.hint.setVisible(self._workshop_id is None or not rows)
        self.model.set_data(rows, dims)
        self._size_columns(dims)
        stakeholder = next((d.key for d in dims if d.is_stakeholder), None)
        self.room.show_counts(counts, stakeholder, len(rows), self._workshop_id is None)
        self._update_count()
        if selected:
            self.select_participant(selected)

    def _size_columns(self, dims: list[DimensionInfo]) -> None:
        """Code and consent columns fit their contents; the answer columns share the rest so
        the consent columns never scroll out of sight. Short answer columns (age, gender) keep
        their full width; only the longest ones are narrowed (and elided, with a tooltip)."""
        self._ideal_widths = None
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (0, len(dims) + 1, len(dims) + 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_columns()

    def _fit_columns(self) -> None:
        n_dims = self.model.columnCount() - 3
        if n_dims <= 0:
            return
        header = self.table.horizontalHeader()
        columns = range(1, n_dims + 1)
        if self._ideal_widths is None:
            self._ideal_widths = [max(self.table.sizeHintForColumn(c),
                                      header.sectionSizeHint(c)) + 8 for c in columns]
        fixed = sum(header.sectionSize(c) for c in (0, n_dims + 1, n_dims + 2))
        available = self.table.viewport().width() - fixed
        ideal = self._ideal_widths
        if sum(ideal) <= available:
            extra = (available - sum(ideal)) // n_dims
            widths = [w + extra for w in ideal]
        else:  # water-filling: the widest columns are cut to a common cap
            cap = max(available // n_dims, 60)
            for _ in range(n_dims):
                small = [w for w in ideal if w <= cap]
                rest = n_dims - len(small)
                if not rest:
                    break
                new_cap = max((available - sum(small)) // rest, 60)
                if new_cap == cap:
                    break
                cap = new_cap
            widths = [min(w, cap) for w in ideal]
        for column, width in zip(columns, widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n participant(s)", "", self.model.rowCount()))

    def _update_actions(self, *args) -> None:
        has_selection = self.selected_id() is not None
        self.register_action.setEnabled(self._workshop_id is not None)
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.participant_at(rows[0].row())
        return row.id if row else None

    def select_participant(self, participant_id: str) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # ------------------------------------------------------------------ dialogs
    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog (tests replace this to drive the dialog directly)."""
        return dialog.exec()

    def make_register_dialog(self) -> RegisterParticipantDialog | None:
        if self._workshop_id is None:
            return None
        workshop = projects.workshop_info(self._db, self._workshop_id)

        def save(data: ParticipantInput) -> str:
            command = RegisterParticipant(self._db, workshop.id, data)
            code = participants.next_code(self._db, workshop.id)
            push(self._stack, command, self.tr("Register participant %s") % code, self._bus)
            self.select_participant(command.participant_id)
            self.status_message.emit(self.tr("Participant %s registered.") % command.code)
            return command.code

        return RegisterParticipantDialog(self._db, workshop, save, parent=self)

    def make_edit_dialog(self, participant_id: str) -> RegisterParticipantDialog:
        person = participants.get_participant(self._db, participant_id)
        workshop = projects.workshop_info(self._db, person.workshop_id)
        data = participants.get_participant_input(self._db, participant_id)

        def save(new: ParticipantInput) -> str:
            push(self._stack, EditParticipant(self._db, participant_id, new),
                 self.tr("Edit participant %s") % person.code, self._bus)
            self.select_participant(participant_id)
            self.status_message.emit(self.tr("Participant %s changed.") % person.code)
            return person.code

        return RegisterParticipantDialog(self._db, workshop, save, data, person.code,
                                         parent=self)

    def register(self) -> None:
        dialog = self.make_register_dialog()
        if dialog is None:
            self.status_message.emit(self.tr("Choose a workshop first: participants are "
                                             "registered in one."))
            return
        self.exec_dialog(dialog)
        dialog.deleteLater()
        self.table.setFocus()

    def edit_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        try:
            dialog = self.make_edit_dialog(participant_id)
        except SmartCityError as exc:
            QMessageBox.warning(self, self.tr("Could not edit"), error_text(exc))
            return
        self.exec_dialog(dialog)
        dialog.deleteLater()
        self.table.setFocus()

    def make_delete_box(self, participant_id: str) -> QMessageBox:
        """Asks what happens to the participant's ideas. Each choice button carries its
        :class:`IdeasOnDelete` value in the ``ideas_on_delete`` property."""
        person = participants.get_participant(self._db, participant_id)
        n_ideas = participants.count_ideas_by(self._db, participant_id)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete participant"))
        box.setText(self.tr("Delete participant %s?") % person.code)
        info = self.tr("Their answers and contact details are removed. You can undo this "
                       "with Ctrl+Z.")
        if n_ideas:
            info += "\n\n" + self.tr("They wrote %n idea(s). What should happen to them?", "",
                                     n_ideas)
            choices = ((self.tr("&Keep their ideas"), IdeasOnDelete.KEEP,
                        self.tr("The ideas stay, still linked to %s.") % person.code),
                       (self.tr("Keep ideas, &anonymous"), IdeasOnDelete.ANONYMISE,
                        self.tr("The ideas stay, with no author.")),
                       (self.tr("&Delete ideas too"), IdeasOnDelete.DELETE,
                        self.tr("The ideas are deleted as well.")))
        else:
            choices = ((self.tr("&Delete"), IdeasOnDelete.KEEP, ""),)
        box.setInformativeText(info)
        first = None
        for text, value, tip in choices:
            button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
            button.setProperty("ideas_on_delete", value.value)
            button.setAccessibleName(text.replace("&", ""))
            if tip:
                button.setToolTip(tip)
                button.setAccessibleDescription(tip)
            first = first or button
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.setDefaultButton(first)
        return box

    def delete_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        try:
            box = self.make_delete_box(participant_id)
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))
            return
        self.exec_dialog(box)
        clicked = box.clickedButton()
        value = clicked.property("ideas_on_delete") if clicked is not None else None
        box.deleteLater()
        if not value:
            return
        self.delete_participant(participant_id, IdeasOnDelete(value))

    def delete_participant(self, participant_id: str, ideas: IdeasOnDelete) -> None:
        row = self.model.row_of(participant_id)
        code = self.model.participant_at(row).code if row >= 0 else ""
        try:
            push(self._stack, DeleteParticipant(self._db, participant_id, ideas),
                 self.tr("Delete participant %s") % code, self._bus)
        except SmartCityError as exc:
            QMessageBox.warning(self, self.tr("Could not delete"), error_text(exc))
            return
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.status_message.emit(self.tr("Participant %s deleted. Undo with Ctrl+Z.") % code)
