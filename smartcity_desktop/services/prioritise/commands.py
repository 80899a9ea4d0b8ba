"""Undoable prioritisation actions as plain command objects (no Qt), in the style of
:mod:`services.commands`.

Undo never creates a second record: votes written by a command are tombstoned on undo and the
same records come back on redo; records a write replaced (an earlier wall tally, an earlier
score) come back on undo. Every command returns a :class:`Change` naming the round, so
views showing that round's votes or results refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...core.enums import PairOutcome, RoundMethod
from ...core.errors import SmartCityError
from ...storage.database import Database
from ..commands import Change, Command
from . import placements as prioritise_placements
from . import rounds as prioritise_rounds
from . import vote_import as prioritise_vote_import
from . import votes as prioritise_votes
from .vote_import import VoteImportReport

# --------------------------------------------------------------------------- rounds


@dataclass
class CreateRound(Command):
    db: Database
    workshop_id: str
    method: RoundMethod | str
    name: str = ""
    dots_per_participant: int = 5
    round_id: str | None = None
    label: str = field(default="create_round", init=False)

    def redo(self) -> Change:
        if self.round_id is None:
            self.round_id = prioritise_rounds.create_round(self.db, self.workshop_id, self.method,
                                                           self.name, self.dots_per_participant).id
        else:
            prioritise_rounds.restore_round(self.db, self.round_id)
        return Change(rounds=(self.round_id,), structure=True)

    def undo(self) -> Change:
        prioritise_rounds.delete_round(self.db, self.round_id)
        return Change(rounds=(self.round_id,), structure=True)


@dataclass
class DeleteRound(Command):
    db: Database
    round_id: str
    label: str = field(default="delete_round", init=False)

    def redo(self) -> Change:
        prioritise_rounds.delete_round(self.db, self.round_id)
        return Change(rounds=(self.round_id,), structure=True)

    def undo(self) -> Change:
        prioritise_rounds.restore_round(self.db, self.round_id)
        return Change(rounds=(self.round_id,), structure=True)


@dataclass
class CloseRound(Command):
    """Close (``close=True``) or reopen a round."""

    db: Database
    round_id: str
    close: bool = True
    label: str = field(default="close_round", init=False)

    def _set(self, closed: bool) -> Change:
        if closed:
            prioritise_rounds.close_round(self.db, self.round_id)
        else:
            prioritise_rounds.reopen_round(self.db, self.round_id)
        return Change(rounds=(self.round_id,), structure=True)

    def redo(self) -> Change:
        return self._set(self.close)

    def undo(self) -> Change:
        return self._set(not self.close)


@dataclass
class RenameRound(Command):
    db: Database
    round_id: str
    name: str
    before: str | None = None
    label: str = field(default="rename_round", init=False)

    def redo(self) -> Change:
        before = prioritise_rounds.get_round(self.db, self.round_id).name
        prioritise_rounds.rename_round(self.db, self.round_id, self.name)
        self.before = before
        return Change(rounds=(self.round_id,), structure=True)

    def undo(self) -> Change:
        prioritise_rounds.rename_round(self.db, self.round_id, self.before)
        return Change(rounds=(self.round_id,), structure=True)


# --------------------------------------------------------------------------- votes


@dataclass
class _VoteWrite(Command):
    """Base of the commands that write votes: the first redo runs the write and remembers the
    records it added and the ones it replaced; undo tombstones the added ones and brings the
    replaced ones back; a later redo does the opposite."""

    db: Database
    round_id: str
    added: tuple[str, ...] = field(default=(), init=False)
    replaced: tuple[str, ...] = field(default=(), init=False)
    _done: bool = field(default=False, init=False, repr=False)

    def _write(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> Change:
        if not self._done:
            before = prioritise_votes.vote_ids(self.db, self.round_id)
            self._write()
            after = prioritise_votes.vote_ids(self.db, self.round_id)
            self.added = tuple(sorted(after - before))
            self.replaced = tuple(sorted(before - after))
            self._done = True
        else:
            prioritise_votes.restore_votes(self.db, self.round_id, list(self.added))
            prioritise_votes.delete_votes(self.db, self.round_id, list(self.replaced))
        return Change(rounds=(self.round_id,))

    def undo(self) -> Change:
        prioritise_votes.delete_votes(self.db, self.round_id, list(self.added))
        prioritise_votes.restore_votes(self.db, self.round_id, list(self.replaced))
        return Change(rounds=(self.round_id,))


@dataclass
class AddDotBallot(_VoteWrite):
    participant_id: str = ""
    idea_ids: tuple[str, ...] = ()
    label: str = field(default="add_dot_ballot", init=False)

    def _write(self) -> None:
        prioritise_votes.add_dot_ballot(self.db, self.round_id, self.participant_id,
                                        list(self.idea_ids))


@dataclass
class SetDotTally(_VoteWrite):
    idea_id: str = ""
    dots: int = 0
    category_id: str | None = None
    label: str = field(default="set_dot_tally", init=False)

    def _write(self) -> None:
        prioritise_votes.set_dot_tally(self.db, self.round_id, self.idea_id, self.dots,
                                       self.category_id)


@dataclass
class AddCriterionScores(_VoteWrite):
    idea_id: str = ""
    scores: dict[str, int] = field(default_factory=dict)
    participant_id: str | None = None
    table_group: str | None = None
    label: str = field(default="add_criterion_scores", init=False)

    def _write(self) -> None:
        prioritise_votes.add_criterion_scores(self.db, self.round_id, self.idea_id, self.scores,
                                              self.participant_id, self.table_group)


@dataclass
class AddRankingBallot(_VoteWrite):
    ballot: str = ""
    idea_ids: tuple[str, ...] = ()
    participant_id: str | None = None
    label: str = field(default="add_ranking_ballot", init=False)

    def _write(self) -> None:
        prioritise_votes.add_ranking_ballot(self.db, self.round_id, self.ballot,
                                            list(self.idea_ids), self.participant_id)


@dataclass
class RecordPair(_VoteWrite):
    idea_a_id: str = ""
    idea_b_id: str = ""
    outcome: PairOutcome | str = PairOutcome.CANT_DECIDE
    session: str = ""
    participant_id: str | None = None
    label: str = field(default="record_pair", init=False)

    def _write(self) -> None:
        prioritise_votes.record_pair(self.db, self.round_id, self.idea_a_id, self.idea_b_id,
                                     self.outcome, self.session, self.participant_id)


class VoteImportRefused(SmartCityError):
    """An import that wrote nothing because rows have problems; ``report`` lists them."""

    code = "vote_import_refused"

    def __init__(self, report: VoteImportReport) -> None:
        first = report.problems[0] if report.problems else None
        where = f" (row {first.row}: {first.message})" if first and first.row else \
            (f" ({first.message})" if first else "")
        super().__init__(f"Nothing imported from {report.file}: {len(report.problems)} "
                         f"problem(s){where}.", file=report.file, problems=len(report.problems))
        self.report = report


@dataclass
class ImportVotes(Command):
    """Import a vote file (all or nothing). A refused file raises :class:`VoteImportRefused`
    (with the report), so it never lands on the undo stack."""

    db: Database
    round_id: str
    path: str = ""
    report: VoteImportReport | None = field(default=None, init=False)
    label: str = field(default="import_votes", init=False)

    def redo(self) -> Change:
        if self.report is None:
            report = prioritise_vote_import.import_votes(self.db, self.round_id, self.path)
            if not report.ok:
                raise VoteImportRefused(report)
            self.report = report
        else:
            prioritise_votes.restore_votes(self.db, self.round_id, list(self.report.added))
            prioritise_votes.delete_votes(self.db, self.round_id, list(self.report.replaced))
        return Change(rounds=(self.round_id,))

    def undo(self) -> Change:
        prioritise_votes.delete_votes(self.db, self.round_id, list(self.report.added))
        prioritise_votes.restore_votes(self.db, self.round_id, list(self.report.replaced))
        return Change(rounds=(self.round_id,))


@dataclass
class DeleteVotes(Command):
    db: Database
    round_id: str
    ids: tuple[str, ...] = ()
    label: str = field(default="delete_votes", init=False)

    def redo(self) -> Change:
        prioritise_votes.delete_votes(self.db, self.round_id, list(self.ids))
        return Change(rounds=(self.round_id,))

    def undo(self) -> Change:
        prioritise_votes.restore_votes(self.db, self.round_id, list(self.ids))
        return Change(rounds=(self.round_id,))


# --------------------------------------------------------------------------- matrix


@dataclass
class SetPlacement(Command):
    """Place (or move) an idea on the round's impact/effort matrix."""

    db: Database
    round_id: str
    idea_id: str
    impact: float
    effort: float
    before: tuple[float, float] | None = field(default=None, init=False)
    _done: bool = field(default=False, init=False, repr=False)
    label: str = field(default="set_placement", init=False)

    def redo(self) -> Change:
        before = prioritise_placements.placements(self.db, self.round_id).get(self.idea_id)
        prioritise_placements.set_placement(self.db, self.round_id, self.idea_id, self.impact,
                                            self.effort)
        if not self._done:
            self.before, self._done = before, True
        return Change(rounds=(self.round_id,))

    def undo(self) -> Change:
        if self.before is None:
            prioritise_placements.clear_placement(self.db, self.round_id, self.idea_id)
        else:
            prioritise_placements.set_placement(self.db, self.round_id, self.idea_id, *self.before)
        return Change(rounds=(self.round_id,))
