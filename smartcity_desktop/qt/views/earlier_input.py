"""What happened to earlier input: for the workshop being prepared, the ideas of the earlier
workshops of the project, grouped by status (done first, still open last), each with the
reason and the date of the decision. Made to be shown to participants (on the projector, too):
no author, no participant code, no name of who decided.

The decisions usually arrive from the central office in a return package; after an import the
view refreshes through ``ChangeBus.structure_changed``/``ideas_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...core.enums import IdeaStatus
from ...services.reports import office as office_dashboard
from ...services.reports.office import EarlierIdea, EarlierInput
from ...storage.database import Database
from .. import labels
from ..status_dialog import status_icon
from ..undo import ChangeBus
from .base import RefreshWhenShown, ScopedView

MUTED = "#5b6670"
IDEA_ID = Qt.ItemDataRole.UserRole
COL_IDEA, COL_WORKSHOP, COL_REASON, COL_DATE = range(4)


def status_heading(status: IdeaStatus) -> str:
    """How a group of ideas is introduced to participants."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        IdeaStatus.IMPLEMENTED: translate("EarlierInput", "Done"),
        IdeaStatus.IN_PROGRESS: translate("EarlierInput", "Being done"),
        IdeaStatus.ACCEPTED: translate("EarlierInput", "Accepted into the plan"),
        IdeaStatus.UNDER_REVIEW: translate("EarlierInput", "Being looked at"),
        IdeaStatus.DECLINED: translate("EarlierInput", "Not taken forward"),
        IdeaStatus.NEW: translate("EarlierInput", "No decision yet"),
    }[status]


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's current width (Qt's own size hint
    measures the text on one line, and the tree then cuts it off)."""

    def sizeHint(self, option, index):  # noqa: N802
        hint = super().sizeHint(option, index)
        tree = self.parent()
        width = tree.header().sectionSize(index.column()) - 8
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= tree.indentation() * (depth + 1) + 4
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, max(40, width), 100000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class EarlierInputView(RefreshWhenShown, ScopedView):
    """The ideas of the workshops before the chosen one (or of the whole project)."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self.result: EarlierInput | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("What happened to earlier input"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary of the decisions"))

        self.undecided_check = QCheckBox(self.tr("Show ideas without a decision &yet"), self)
        self.undecided_check.setAccessibleName(self.tr("Show ideas without a decision yet"))
        self.undecided_check.setChecked(False)  # the news is in the decisions
        self.undecided_check.toggled.connect(self._fill)
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(8, 32)
        self.size_spin.setValue(max(8, self.font().pointSize()))
        self.size_spin.setSuffix(self.tr(" pt"))
        self.size_spin.setAccessibleName(self.tr("Text size"))
        self.size_spin.setToolTip(self.tr("Larger text for a projector"))
        self.size_spin.valueChanged.connect(self._set_text_size)
        size_label = QLabel(self.tr("Text si&ze:"), self)
        size_label.setBuddy(self.size_spin)
        options = QHBoxLayout()
        options.addWidget(self.undecided_check)
        options.addStretch(1)
        options.addWidget(size_label)
        options.addWidget(self.size_spin)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Earlier ideas and their decisions"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Idea"), self.tr("Workshop"),
                                   self.tr("Why"), self.tr("Decided on")])
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_IDEA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WORKSHOP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped texts need their rows measured again when the columns change width.
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._layout_timer.start())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {MUTED}; font-size: 12pt;")
        self.empty.setAccessibleName(self.tr("No earlier ideas"))

        self.hint = self._workshop_hint(self.tr(
            "Choose the workshop you are preparing to see what happened to the ideas of the "
            "workshops before it."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(options)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint, 1)
        self._show_content(None)

        self._init_refresh_when_shown()
        bus.ideas_changed.connect(lambda _change: self._data_changed())
        bus.structure_changed.connect(self._data_changed)

    def _show_content(self, result: EarlierInput | None) -> None:
        has_scope = self._project_id is not None
        for widget in (self.heading, self.summary, self.undecided_check, self.size_spin):
            widget.setVisible(has_scope)
        self.hint.setVisible(not has_scope)
        has_ideas = bool(result and result.ideas)
        self.tree.setVisible(has_scope and has_ideas)
        self.empty.setVisible(has_scope and not has_ideas)

    def refresh(self) -> None:
        self._refreshed()
        self.result = None
        if self._project_id is None:
            self._show_content(None)
            return
        self.result = office_dashboard.earlier_input(self._db, self._project_id,
                                                     self._workshop_id)
        self._fill()

    # ------------------------------------------------------------------ showing
    def _fill(self, *_args) -> None:
        result = self.result
        self.tree.clear()
        self._show_content(result)
        if result is None:
            return
        this = result.workshop
        if this is not None:
            self.heading.setText(self.tr("Before %1: what happened to your ideas")
                                 .replace("%1", f"{this.code} {this.title}"))
        else:
            self.heading.setText(self.tr("What happened to the ideas so far"))
        if not result.earlier:
            self.empty.setText(self.tr("This is the first workshop of the project: there are "
                                       "no earlier ideas to report on."))
            self.summary.setText("")
            return
        show_new = self.undecided_check.isChecked()
        if not result.ideas:
            self.empty.setText(self.tr("The earlier workshops have no ideas."))
        elif not result.decided and not show_new:
            self.empty.setText(self.tr("No decisions yet on the %n idea(s) of the earlier "
                                       "workshops. Tick “Show ideas without a decision yet” "
                                       "to list them.", "", len(result.ideas)))
            self.tree.setVisible(False)
            self.empty.setVisible(True)
        codes = ", ".join(w.code for w in result.earlier)
        parts = [self.tr("%n idea(s) from %1", "", len(result.ideas)).replace("%1", codes),
                 self.tr("%n with a decision", "", result.decided)]
        done = result.count(IdeaStatus.IMPLEMENTED) + result.count(IdeaStatus.IN_PROGRESS) \
            + result.count(IdeaStatus.ACCEPTED)
        if done:
            parts.append(self.tr("%n done, being done or in the plan", "", done))
        self.summary.setText(" · ".join(parts))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups: dict[IdeaStatus, QTreeWidgetItem] = {}
        for idea in result.ideas:
            if idea.status == IdeaStatus.NEW and not show_new:
                continue
            group = groups.get(idea.status)
            if group is None:
                group = QTreeWidgetItem(self.tree)
                group.setIcon(0, status_icon(idea.status.value))
                group.setFont(COL_IDEA, bold)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[idea.status] = group
            self._idea_item(group, idea)
        for status, group in groups.items():
            group.setText(0, f"{status_heading(status)} ({group.childCount()})")
            group.setExpanded(True)

    def _idea_item(self, parent: QTreeWidgetItem, idea: EarlierIdea) -> QTreeWidgetItem:
        text = f"{idea.title} — {idea.text}" if idea.title else idea.text
        if idea.status == IdeaStatus.NEW:
            reason = self.tr("No decision yet")
        else:
            # The group heading already says what was decided; the column gives the why.
            reason = idea.reason or labels.idea_status(idea.status)
        date = idea.decided_on.isoformat() if idea.decided_on else "–"
        item = QTreeWidgetItem(parent, [text, idea.workshop_code, reason, date])
        item.setData(COL_IDEA, IDEA_ID, idea.id)
        item.setToolTip(COL_IDEA, text)
        item.setToolTip(COL_WORKSHOP, idea.workshop_title)
        item.setToolTip(COL_REASON, reason)
        item.setTextAlignment(COL_DATE, Qt.AlignmentFlag.AlignCenter)
        if idea.status == IdeaStatus.NEW:
            item.setForeground(COL_REASON, QBrush(QColor(MUTED)))
        return item

    def _set_text_size(self, points: int) -> None:
        font = QFont(self.tree.font())
        font.setPointSize(points)
        self.tree.setFont(font)
        self._fill()

    # ------------------------------------------------------------------ for tests and readers
    def shown_ideas(self) -> list[tuple[str, str, str, str]]:
        """(group heading, idea text, decision and reason, date) for every idea shown."""
        rows = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                item = group.child(c)
                rows.append((group.text(0), item.text(COL_IDEA), item.text(COL_REASON),
                             item.text(COL_DATE)))
        return rows
