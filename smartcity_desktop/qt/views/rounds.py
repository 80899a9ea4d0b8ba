"""The Rounds view: the prioritisation rounds of a workshop and, for the chosen round, the entry
panel of its method — dot ballots and wall tallies, criteria scores, ranked short lists, or the
pairwise screen. Every entry is committed at once through services.prioritise (on the undo
stack where services.prioritise_commands has a command for it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import PairOutcome, RoundMethod
from ...core.errors import SmartCityError
from ...services.ideas import capture
from ...services.ideas.capture import IdeaQuery
from ...services.prioritise import commands as prioritise_commands
from ...services.prioritise import results as prioritise_results
from ...services.prioritise import rounds as prioritise_rounds
from ...services.prioritise import votes as prioritise_votes
from ...services.workshop import participants, projects
from ...storage.database import Database
from ..errors import error_text
from ..icons import icon
from ..labels import method_description, method_label
from ..pairwise_screen import PairwiseScreen
from ..prioritise.colours import DotColour
from ..prioritise.common import EntryContext
from ..prioritise.criteria import CriteriaPanel
from ..prioritise.dots import DotsPanel
from ..prioritise.new_round import NewRoundDialog
from ..prioritise.ranking import RankingPanel
from ..undo import ChangeBus, push
from .base import ScopedView

ROLE_ID = Qt.ItemDataRole.UserRole


def workshop_ideas(db: Database, workshop_id: str) -> tuple[list[tuple[str, str]],
                                                           dict[str, int]]:
    """(id, display text) of the workshop's live ideas in the order of their numbers (the
    order on the wall and on the tally sheets), and idea id -> number."""
    numbers = prioritise_rounds.idea_numbers(db, workshop_id)
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop_id))
    rows = capture.fetch_idea_rows(db, rowids)
    ideas = []
    for row in rows.values():
        text = row.title.strip() if row.title and row.title.strip() else row.text
        ideas.append((row.id, text))
    ideas.sort(key=lambda pair: numbers.get(pair[0], 0))
    return ideas, numbers


def vote_summary(method: str, votes) -> tuple[int, str]:
    """(ballots or score sets entered, a short text for the list of rounds) from
    ``prioritise.votes.list_votes``."""
    if method == RoundMethod.DOTS:
        ballots = len({v.participant_id for v in votes if v.participant_id})
        counted = sum(int(v.value) for v in votes if not v.participant_id)
        parts = []
        if ballots or not counted:
            parts.append(QCoreApplication.translate("Rounds", "%n ballot(s)", "", ballots))
        if counted:
            parts.append(QCoreApplication.translate("Rounds", "%n dot(s) counted", "", counted))
        return ballots, ", ".join(parts)
    if method == RoundMethod.CRITERIA:
        sets = len({(v.idea_id, v.participant_id or "", v.table_group or "") for v in votes})
        return sets, QCoreApplication.translate("Rounds", "%n score set(s)", "", sets)
    if method == RoundMethod.RANKING:
        ballots = len({v.ballot for v in votes})
        return ballots, QCoreApplication.translate("Rounds", "%n ballot(s)", "", ballots)
    return len(votes), QCoreApplication.translate("Rounds", "%n comparison(s)", "", len(votes))


class RoundsView(ScopedView):
    """The rounds of one workshop and the entry of their votes."""

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self._rounds = []
        self._round = None
        self._ctx: EntryContext | None = None
        self._colours: dict[str, list[DotColour]] = {}  # round id -> dot colours chosen
        self._own_push = False
        self._stale = False
        self._build()
        self._connect_signals()
        self.set_scope(None, None)

    # ================================================================== layout
    def _build(self) -> None:
        page = self._hint_or_page(self._workshop_hint(self.tr(
            "Choose a workshop: prioritisation rounds belong to one workshop.")))

        # Left: the rounds.
        self.new_round_action = QAction(icon("add"), self.tr("&New round…"), self)
        self.new_round_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.new_round_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_round_action.setToolTip(self.tr("Start a prioritisation round in this "
                                                 "workshop (Ctrl+Shift+R)"))
        self.close_round_action = QAction(icon("lock"), self.tr("C&lose round"), self)
        self.close_round_action.setToolTip(self.tr("No more votes are taken in the selected "
                                                   "round"))
        self.addAction(self.new_round_action)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Rounds"), left)
        title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        tools = QHBoxLayout()
        tools.addWidget(title, 1)
        self.tool_buttons = []
        for action in (self.new_round_action, self.close_round_action):
            button = QToolButton(left)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            tools.addWidget(button)
            self.tool_buttons.append(button)
        self.round_list = QListWidget(left)
        self.round_list.setAccessibleName(self.tr("Rounds of the workshop"))
        self.round_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.round_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.round_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.round_list.setSpacing(2)
        self.round_list.setStyleSheet("QListWidget::item { padding: 4px; }")
        left_layout.addLayout(tools)
        left_layout.addWidget(self.round_list, 1)

        # Right: the chosen round.
        right = QFrame(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel(right)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setAccessibleName(self.tr("Round"))
        self.method_info = QLabel(right)
        self.method_info.setWordWrap(True)
        self.method_info.setStyleSheet("color: palette(placeholder-text);")
        self.method_info.setAccessibleName(self.tr("About the method"))
        self.closed_banner = QLabel(self.tr("This round is closed: no more votes are taken. "
                                            "Its results are in the Results view."), right)
        self.closed_banner.setWordWrap(True)
        self.closed_banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;"
                                         " border-radius: 4px;")
        self.closed_banner.hide()
        self.entry = QStackedWidget(right)
        self.empty = QLabel(self.tr("No rounds yet. Press “New round…” (Ctrl+Shift+R) to start "
                                    "one: dot voting, criteria scoring, ranking or pairwise "
                                    "comparison."), right)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 12pt; color: palette(placeholder-text);")
        self.dots_panel = DotsPanel(self, right)
        self.criteria_panel = CriteriaPanel(self, right)
        self.ranking_panel = RankingPanel(self, right)
        self.pairwise = PairwiseScreen(right)
        for widget in (self.empty, self.dots_panel, self.criteria_panel, self.ranking_panel,
                       self.pairwise):
            self.entry.addWidget(widget)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.method_info)
        right_layout.addWidget(self.closed_banner)
        right_layout.addWidget(self.entry, 1)

        self.splitter = QSplitter(page)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([240, 960])
        layout = QVBoxLayout(page)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.new_round_action.triggered.connect(self.new_round)
        self.close_round_action.triggered.connect(self.close_selected_round)
        self.round_list.itemSelectionChanged.connect(self._on_round_selected)
        self._bus.structure_changed.connect(self._on_structure_changed)
        self._bus.participants_changed.connect(self._reload_when_visible)
        self._bus.ideas_changed.connect(self._on_ideas_changed)
        self._bus.rounds_changed.connect(self._on_rounds_changed)
        self.pairwise.answered.connect(lambda _o: self._update_count_cell())
        self.dots_panel.tallies.colours_changed.connect(self._remember_colours)

    # ================================================================== scope
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        self._project_id = project_id
        self._workshop_id = workshop_id
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        select_id = select_id or (self._round.id if self._round is not None else None)
        if self._workshop_id is None:
            self.pages.setCurrentIndex(0)
            self._rounds = []
            self._round = None
            self.new_round_action.setEnabled(False)
            self.close_round_action.setEnabled(False)
            return
        self.pages.setCurrentIndex(1)
        try:
            self._rounds = list(prioritise_rounds.list_rounds(self._db, self._workshop_id))
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))
            self._rounds = []
        self.new_round_action.setEnabled(True)
        self.round_list.blockSignals(True)
        self.round_list.clear()
        chosen = 0
        for row, r in enumerate(self._rounds):
            item = QListWidgetItem(self.round_list)
            item.setData(ROLE_ID, r.id)
            self._label_round(item, r)
            if r.id == select_id:
                chosen = row
        if self._rounds:
            self.round_list.setCurrentRow(chosen)
        self.round_list.blockSignals(False)
        self._on_round_selected()

    def _count_text(self, r) -> str:
        try:
            return vote_summary(r.method, prioritise_votes.list_votes(self._db, r.id))[1]
        except SmartCityError:
            return "–"

    def _label_round(self, item: QListWidgetItem, r) -> None:
        """Two lines: the round's name, then its method and what has been entered."""
        closed = (" (" + self.tr("closed") + ")") if r.closed else ""
        method = method_label(r.method)
        second = self._count_text(r) if r.name.casefold() == method.casefold() \
            else f"{method} · {self._count_text(r)}"
        text = f"{r.name}{closed}\n{second}"
        item.setText(text)
        item.setToolTip(text)
        item.setIcon(icon("lock") if r.closed else QIcon())

    def _update_count_cell(self) -> None:
        if self._round is None:
            return
        for row in range(self.round_list.count()):
            item = self.round_list.item(row)
            if item.data(ROLE_ID) == self._round.id:
                self._label_round(item, self._round)

    def selected_round_id(self) -> str | None:
        item = self.round_list.currentItem()
        return item.data(ROLE_ID) if item is not None and item.isSelected() else None

    def select_round(self, round_id: str) -> None:
        for row in range(self.round_list.count()):
            if self.round_list.item(row).data(ROLE_ID) == round_id:
                self.round_list.setCurrentRow(row)
                return

    def round_labels(self) -> list[str]:
        """What the list of rounds shows (for tests and screen readers)."""
        return [self.round_list.item(r).text() for r in range(self.round_list.count())]

    def _on_round_selected(self) -> None:
        round_id = self.selected_round_id()
        self._round = next((r for r in self._rounds if r.id == round_id), None)
        self.close_round_action.setEnabled(self._round is not None and not self._round.closed)
        self._reload_context()

    # ================================================================== the entry panel
    def _build_context(self, r) -> EntryContext:
        ideas, numbers = workshop_ideas(self._db, self._workshop_id)
        codes = {p.code: p.id for p in participants.list_participants(self._db,
                                                                      self._workshop_id)}
        criteria = [(c.id, c.label, c.weight)
                    for c in projects.list_criteria(self._db, self._project_id)] \
            if self._project_id else []
        dims = projects.list_dimensions(self._db, self._project_id) if self._project_id else []
        votes = prioritise_votes.list_votes(self._db, r.id)
        tallies: dict[tuple[str, str | None], int] = {}
        if r.method == RoundMethod.DOTS:
            for v in votes:
                if not v.participant_id:
                    key = (v.idea_id, v.category_id)
                    tallies[key] = tallies.get(key, 0) + int(v.value)
        used: dict[str, int] = {}
        if r.method == RoundMethod.DOTS:
            for v in votes:
                if v.participant_id:
                    used[v.participant_id] = used.get(v.participant_id, 0) + int(v.value)
        ballots, _text = vote_summary(r.method, votes)
        return EntryContext(r.id, r.method, r.dots_per_participant, r.closed, ideas, codes,
                            criteria, dims, tallies, ballots, numbers, used)

    def _reload_context(self) -> None:
        r = self._round
        if r is None or self._workshop_id is None:
            self._ctx = None
            self.heading.setText(self.tr("No round chosen") if self._rounds else "")
            self.method_info.setText("")
            self.closed_banner.hide()
            self.entry.setCurrentWidget(self.empty)
            return
        try:
            ctx = self._build_context(r)
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))
            return
        self._ctx = ctx
        self.heading.setText(r.name)
        info = method_label(r.method)
        if r.method == RoundMethod.DOTS:
            info += " · " + self.tr("%n dot(s) per participant", "", r.dots_per_participant)
        self.method_info.setText(f"{info} — {method_description(r.method)}")
        self.closed_banner.setVisible(bool(r.closed))
        if r.method == RoundMethod.DOTS:
            self.dots_panel.set_context(ctx, self._colours.get(r.id))
            self.entry.setCurrentWidget(self.dots_panel)
        elif r.method == RoundMethod.CRITERIA:
            self.criteria_panel.set_context(ctx)
            self.entry.setCurrentWidget(self.criteria_panel)
        elif r.method == RoundMethod.RANKING:
            self.ranking_panel.set_context(ctx)
            self.entry.setCurrentWidget(self.ranking_panel)
        else:
            self.pairwise.configure(dict(ctx.ideas), self._next_pair, self._record_pair,
                                    key=r.id)
            self.pairwise.setEnabled(not r.closed)
            self.entry.setCurrentWidget(self.pairwise)

    def _on_ideas_changed(self, _change) -> None:
        self._reload_when_visible()

    def _reload_when_visible(self) -> None:
        """Ideas or participants changed elsewhere: reload now if shown, else when shown."""
        if self.isVisible():
            self._reload_context()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _remember_colours(self) -> None:
        if self._round is not None:
            self._colours[self._round.id] = list(self.dots_panel.tallies.colours)

    def _on_structure_changed(self) -> None:
        if not self._own_push:  # this view refreshes after its own pushes itself
            self.refresh()

    def _on_rounds_changed(self, _change) -> None:
        if self._own_push:
            return
        # Votes, placements or rounds changed elsewhere, or by an undo or redo: what the
        # panel shows may be out of date.
        QTimer.singleShot(0, self, self._after_undo)

    def _after_undo(self) -> None:
        """An undo or redo (of a vote, a new round, a closed round …): read everything again,
        now if shown, else when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # ================================================================== saving (Saver)
    def _push(self, command, text: str):
        """Run a service command now and put it on the undo stack. Errors propagate (nothing
        saved, nothing on the stack)."""
        self._own_push = True
        try:
            push(self._stack, command, text, self._bus)
        finally:
            self._own_push = False
        self._update_count_cell()
        return command

    def dot_ballot(self, participant_id: str, idea_ids: list[str]) -> None:
        self._push(prioritise_commands.AddDotBallot(
            self._db, self._round.id, participant_id=participant_id, idea_ids=tuple(idea_ids)),
            self.tr("Dot ballot"))

    def dot_tally(self, idea_id: str, dots: int, category_id: str | None) -> None:
        self._push(prioritise_commands.SetDotTally(
            self._db, self._round.id, idea_id=idea_id, dots=dots, category_id=category_id),
            self.tr("Dot tally"))
        self._remember_colours()

    def criterion_scores(self, idea_id: str, scores: dict[str, int],
                         participant_id: str | None, table_group: str | None) -> None:
        self._push(prioritise_commands.AddCriterionScores(
            self._db, self._round.id, idea_id=idea_id, scores=dict(scores),
            participant_id=participant_id, table_group=table_group),
            self.tr("Criteria scores"))

    def ranking_ballot(self, ballot: str, idea_ids: list[str],
                       participant_id: str | None) -> None:
        self._push(prioritise_commands.AddRankingBallot(
            self._db, self._round.id, ballot=ballot, idea_ids=tuple(idea_ids),
            participant_id=participant_id), self.tr("Ranking ballot"))

    def _next_pair(self, session: str):
        if self._round is None:
            return None
        try:
            return prioritise_results.next_pair(self._db, self._round.id, session)
        except SmartCityError as exc:
            self.status_message.emit(error_text(exc))
            return None

    def _record_pair(self, a: str, b: str, outcome: PairOutcome, session: str) -> bool:
        if self._round is None:
            return False
        rid = self._round.id
        code = self.pairwise.participant_code()
        participant_id = None
        if code:
            participant_id = self._ctx.codes.get(code) if self._ctx else None
            if participant_id is None:
                QMessageBox.warning(self, self.tr("Not saved"),
                                    self.tr("There is no participant %s in this workshop. "
                                            "Correct the code or leave it empty.") % code)
                return False
        try:
            self._push(prioritise_commands.RecordPair(
                self._db, rid, idea_a_id=a, idea_b_id=b, outcome=PairOutcome(outcome),
                session=session, participant_id=participant_id), self.tr("Pairwise answer"))
        except SmartCityError as exc:
            self.status_message.emit(self.tr("Not saved: %s") % error_text(exc))
            return False
        return True

    # ================================================================== rounds
    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog (tests replace this to drive the dialog directly)."""
        return dialog.exec()

    def new_round(self) -> None:
        if self._workshop_id is None:
            return
        dialog = NewRoundDialog([r.name for r in self._rounds], self)
        try:
            if not self.exec_dialog(dialog):
                return
            self.create_round(dialog.chosen_method(), dialog.name.text(), dialog.dots.value())
        finally:
            dialog.deleteLater()

    def create_round(self, method: RoundMethod, name: str, dots: int = 5) -> str | None:
        command = prioritise_commands.CreateRound(self._db, self._workshop_id, method, name,
                                                  dots)
        try:
            self._push(command, self.tr("New round %s") % (name or method_label(method)))
        except SmartCityError as exc:
            QMessageBox.warning(self, self.tr("Round not created"), error_text(exc))
            return None
        self.refresh(command.round_id)
        created = prioritise_rounds.get_round(self._db, command.round_id)
        self.status_message.emit(self.tr("Round “%s” created.") % created.name)
        return command.round_id

    def close_selected_round(self) -> None:
        if self._round is None or self._round.closed:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close round"),
                          self.tr("Close the round “%s”? No more votes can be entered in it; "
                                  "its results stay.") % self._round.name,
                          QMessageBox.StandardButton.Cancel, self)
        ok = box.addButton(self.tr("C&lose round"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        self.exec_dialog(box)
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is not ok:
            return
        try:
            self._push(prioritise_commands.CloseRound(self._db, self._round.id),
                       self.tr("Close round %s") % self._round.name)
        except SmartCityError as exc:
            QMessageBox.warning(self, self.tr("Round not closed"), error_text(exc))
            return
        self.refresh(self._round.id)
        self.status_message.emit(self.tr("Round closed."))
