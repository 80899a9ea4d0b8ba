"""Importing the votes of a round from a CSV or XLSX file: every row is checked first and then
run through one :class:`.vote_writer.VoteWriter`; all rows are written or none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...core import ranking
from ...core.enums import PairOutcome, RoundMethod
from ...core.errors import ValidationError
from ...storage.database import Database
from .rounds import MAX_DOTS_PER_PARTICIPANT, idea_numbers
from .vote_writer import MAX_TALLY, VoteWriter


@dataclass(frozen=True)
class RowProblem:
    """A problem of one row (``row`` as a spreadsheet numbers it, the header being row 1;
    0 for a problem of the whole file)."""

    row: int
    message: str
    column: str = ""


@dataclass(frozen=True)
class VoteImportReport:
    round_id: str
    method: RoundMethod
    file: str
    rows: int                              # data rows read
    imported: int                          # rows imported (0 when there are problems)
    problems: tuple[RowProblem, ...] = ()  # nothing was imported when there are any
    added: tuple[str, ...] = ()            # ids of the vote records written
    replaced: tuple[str, ...] = ()         # ids of earlier records replaced (tombstoned)

    @property
    def ok(self) -> bool:
        return not self.problems


# Column names (compared case-insensitively, spaces, hyphens and underscores alike), English
# first; a few Norwegian names are understood too.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "idea": ("idea", "idea_number", "idea_no", "idea_id", "idé", "ide", "idénummer"),
    "participant": ("participant", "participant_code", "voter", "deltaker", "deltakerkode"),
    "dots": ("dots", "dot", "prikker"),
    "group": ("group", "colour", "color", "dot_colour", "dot_color", "category", "gruppe",
              "farge"),
    "table_group": ("table_group", "table", "bordgruppe", "bord"),
    "ballot": ("ballot", "ballot_number", "stemmeseddel"),
    "rank": ("rank", "place", "position", "plass", "rangering"),
    "idea_a": ("idea_a", "a", "idé_a", "ide_a"),
    "idea_b": ("idea_b", "b", "idé_b", "ide_b"),
    "winner": ("winner", "outcome", "vinner"),
    "session": ("session", "økt"),
    "note": ("note", "notes", "comment", "merknad"),
}
_METHOD_COLUMNS: dict[RoundMethod, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # method: (required, optional)
    RoundMethod.DOTS: (("idea",), ("participant", "dots", "group", "note")),
    RoundMethod.CRITERIA: (("idea",), ("participant", "table_group", "note")),
    RoundMethod.RANKING: (("idea", "rank"), ("ballot", "participant", "note")),
    RoundMethod.PAIRWISE: (("idea_a", "idea_b", "winner"), ("session", "participant", "note")),
}


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


_ALIASES = {_norm(alias): name for name, aliases in _COLUMNS.items() for alias in aliases}


class _Refs:
    """Turns the references written in a file (idea numbers or ids, participant codes, group
    names, criterion names) into ids, or into a clear message."""

    def __init__(self, db: Database, writer: VoteWriter):
        self.writer = writer
        self.numbers = idea_numbers(db, writer.workshop.id)
        self.by_number = {n: i for i, n in self.numbers.items()}
        self.codes = {code.upper(): pid for pid, code in writer.participants.items()}
        self.workshop_code = writer.workshop.code
        self.dimensions = None
        self._db = db

    def idea(self, text: str) -> str:
        value = text.strip()
        if not value:
            raise ValidationError("idea", "The idea is missing.", reason="required")
        number = value[1:] if value.startswith("#") else value
        if number.isdigit():
            idea_id = self.by_number.get(int(number))
            if idea_id is None:
                raise ValidationError("idea", f"{self.workshop_code} has no idea number "
                                      f"{int(number)} (its ideas are numbered 1 to "
                                      f"{len(self.numbers)}).", reason="idea_number_unknown",
                                      number=int(number), workshop=self.workshop_code,
                                      count=len(self.numbers))
            if idea_id not in self.writer.ideas:
                raise ValidationError("idea", f"Idea number {int(number)} has been deleted.",
                                      reason="idea_deleted", id=int(number))
            return idea_id
        if value in self.writer.ideas:
            return value
        if value in self.numbers:
            raise ValidationError("idea", f"Idea {value} has been deleted.",
                                  reason="idea_deleted", id=value)
        raise ValidationError("idea", f"{value!r} is neither an idea number of "
                              f"{self.workshop_code} nor the id of one of its ideas.",
                              reason="idea_unknown", value=value, workshop=self.workshop_code)

    def participant(self, text: str) -> str | None:
        value = text.strip()
        if not value:
            return None
        pid = self.codes.get(value.upper())
        if pid is None and value in self.writer.participants:
            pid = value
        if pid is None:
            raise ValidationError("participant", f"{value!r} is not the code of a participant "
                                  f"of {self.workshop_code}.", reason="participant_not_found",
                                  code=value, workshop=self.workshop_code)
        return pid

    def group(self, text: str) -> str | None:
        value = text.strip()
        if not value:
            return None
        if self.dimensions is None:
            from ..workshop.projects import list_dimensions

            self.dimensions = list_dimensions(self._db, self.writer.workshop.project_id)
        wanted_dim, sep, wanted_cat = value.partition(":")
        if not sep:
            wanted_dim, wanted_cat = "", value
        found = []
        for dim in self.dimensions:
            if wanted_dim and _norm(wanted_dim) not in (_norm(dim.key), _norm(dim.label)):
                continue
            for cat in dim.categories:
                if _norm(wanted_cat) in (_norm(cat.key), _norm(cat.label)):
                    found.append((dim, cat))
        if len(found) == 1:
            return found[0][1].id
        if not found:
            raise ValidationError("group", f"{value!r} is not a group (category) of this "
                                  "project's demographic or stakeholder questions.",
                                  reason="group_unknown", value=value)
        raise ValidationError("group", f"{value!r} is a group of several questions ("
                              + ", ".join(d.key for d, _ in found) + "); write question:group, "
                              f"e.g. {found[0][0].key}:{found[0][1].key}.",
                              reason="group_ambiguous",
                              value=value, dimensions=[d.key for d, _ in found],
                              example=f"{found[0][0].key}:{found[0][1].key}")


def _whole(text: str, what: str, low: int, high: int | None = None) -> int:
    value = text.strip()
    try:
        number = int(value)
    except ValueError:
        try:
            as_float = float(value.replace(",", "."))
        except ValueError:
            raise ValidationError(what, f"The {what} must be a whole number, not "
                                  f"{value!r}.", reason="not_whole_number",
                                  value=value) from None
        if not as_float.is_integer():
            raise ValidationError(what, f"The {what} must be a whole number, not "
                                  f"{value!r}.", reason="not_whole_number",
                                  value=value) from None
        number = int(as_float)
    if number < low or (high is not None and number > high):
        span = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise ValidationError(what, f"The {what} must be {span}; {number} is not.",
                              reason="out_of_range" if high is not None else "too_small",
                              value=number, low=low, high=high)
    return number


def _winner(text: str, a_text: str, b_text: str) -> str:
    value = _norm(text).replace("’", "'")
    if value in ("a", "1", "left", "venstre"):
        return PairOutcome.A.value
    if value in ("b", "2", "right", "høyre"):
        return PairOutcome.B.value
    if value in ("cant decide", "can't decide", "cant_decide", "cannot decide", "tie", "=",
                 "?", "none", "vet ikke", "usikker"):
        return PairOutcome.CANT_DECIDE.value
    if value and value == _norm(a_text):
        return PairOutcome.A.value
    if value and value == _norm(b_text):
        return PairOutcome.B.value
    raise ValidationError("winner", f"The winner must be a, b or cant_decide (or the idea as "
                          f"written in idea_a or idea_b), not {text.strip()!r}.",
                          reason="winner_unknown", value=text.strip())


def import_votes(db: Database, round_id: str, path: str | Path, *, sheet: str | None = None,
                 encoding: str | None = None) -> VoteImportReport:
    """Import the votes of a round from a CSV (or XLSX) file: ALL rows or none.

    The file's first row names the columns (any order; upper or lower case; spaces, hyphens
    and underscores alike). A column that is not one of the method's columns is an error
    (a mistyped "particpant" must not silently turn ballots into tallies), except ``note``,
    which is ignored. Ideas are referred to by their **idea number** in the workshop (1, 2, ...
    in the order they were created, as the Rounds and Results lists show them; ``#12`` reads
    as 12) or by their id; participants by their code (``W3-017``).

    **Dots round** (one row per line of a ballot, or per wall tally)
        ``idea`` (required); ``participant``: the voter's code, the row is part of their
        ballot; ``dots``: how many dots (default 1 on a ballot row; required on a tally row);
        ``group``: only on a tally row (no participant): the group the dot colour stands for,
        as a category key or label of a demographic or stakeholder question, e.g.
        ``resident``, or ``stakeholder:resident`` when the name belongs to several questions.
        A participant's dots (earlier ballots included) may not exceed the round's dots per
        participant. A tally row replaces the round's earlier tally of that idea and group; 0
        removes it; the same idea and group twice in one file is an error.

    **Criteria round** (one row per idea and scorer)
        ``idea`` (required); ``participant`` or ``table_group`` (exactly one per row); then one
        column per criterion, named by the criterion's key or label (e.g. ``feasibility`` or
        ``Feasibility``), holding a score 1-5 or empty (not scored). A row needs at least one
        score; a score replaces the same scorer's earlier score of that idea and criterion.

    **Ranking round** (one row per place on a ballot)
        ``ballot``: the ballot's label, e.g. its number (may be empty when ``participant`` is
        given: the participant's code labels the ballot); ``participant`` (optional);
        ``idea`` (required); ``rank`` (required): 1 = first. The ranks of a ballot must be
        1, 2, ... m without gaps or repeats, and an idea appears once per ballot.

    **Pairwise round** (one row per comparison)
        ``idea_a``, ``idea_b`` (required, different ideas); ``winner``: ``a``, ``b`` or
        ``cant_decide`` (``can't decide`` also), or the winner written as in ``idea_a`` or
        ``idea_b``; ``session`` and ``participant`` (optional).

    Returns a report; when it lists problems nothing was written. A closed or unknown round
    raises (nothing is read)."""
    from ..ideas.table_file import ImportFileError, read_table

    path = Path(path)
    with db.session() as s:
        writer = VoteWriter(db, s, round_id)
        method = writer.method

        def refused(problems: list[RowProblem], rows: int = 0) -> VoteImportReport:
            s.rollback()
            return VoteImportReport(round_id, method, path.name, rows, 0, tuple(problems))

        try:
            table = read_table(path, sheet=sheet, encoding=encoding)
        except ImportFileError as exc:
            return refused([RowProblem(0, exc.message)])
        columns, problems = _map_columns(table.headers, method, writer)
        if problems:
            return refused(problems, len(table.rows))
        refs = _Refs(db, writer)
        ops, problems = _parse_rows(table, columns, method, refs, writer)
        for row, op in ops:
            try:
                op(writer)
            except ValidationError as exc:
                problems.append(RowProblem(row, exc.message, exc.field))
        if not table.rows:
            problems.append(RowProblem(0, f"{path.name} has no rows of votes."))
        if problems:
            problems.sort(key=lambda p: p.row)
            return refused(problems, len(table.rows))
        added = tuple(writer.added)
        replaced = tuple(writer.retired)
        s.commit()
    return VoteImportReport(round_id, method, path.name, len(table.rows), len(table.rows), (),
                            added, replaced)


def _map_columns(headers, method: RoundMethod, writer: VoteWriter):
    """column name -> index, and criterion id -> index for criteria files."""
    required, optional = _METHOD_COLUMNS[method]
    allowed = set(required) | set(optional)
    criteria = {}
    if method == RoundMethod.CRITERIA:
        for c in writer.criteria().values():
            criteria[_norm(c.key)] = c.id
            criteria[_norm(c.label)] = c.id
    columns: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, header in enumerate(headers):
        key = _norm(header)
        name = _ALIASES.get(key)
        if name in allowed:
            target = name
        elif key in criteria:
            target = "criterion:" + criteria[key]
        else:
            expected = ", ".join(required + optional)
            if method == RoundMethod.CRITERIA:
                expected += ", and one column per criterion: " + ", ".join(
                    c.key for c in writer.criteria().values())
            problems.append(RowProblem(1, f"Unknown column {header!r}; a {method.value} "
                                       f"file has the columns {expected}.", header))
            continue
        if target in columns:
            problems.append(RowProblem(1, f"Two columns hold the same thing ({header!r}).",
                                       header))
        columns[target] = index
    for name in required:
        if name not in columns:
            problems.append(RowProblem(1, f"The column {name!r} is missing.", name))
    if method == RoundMethod.CRITERIA and not any(k.startswith("criterion:") for k in columns):
        problems.append(RowProblem(1, "There is no criterion column; name each after a "
                                   "criterion: " + ", ".join(c.key for c in
                                                             writer.criteria().values()) + "."))
    return columns, problems


def _parse_rows(table, columns, method: RoundMethod, refs: _Refs, writer: VoteWriter):
    """Check every row; give back the entries to run through the writer, with row numbers."""
    ops: list[tuple[int, Callable[[VoteWriter], object]]] = []
    problems: list[RowProblem] = []

    def cell(row, name):
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    seen: dict[tuple, int] = {}
    ballots: dict[str, list] = {}
    for row_number, row in zip(table.row_numbers, table.rows):
        try:
            if method == RoundMethod.DOTS:
                idea = refs.idea(cell(row, "idea"))
                person = refs.participant(cell(row, "participant"))
                dots_text = cell(row, "dots")
                if person is not None:
                    if cell(row, "group"):
                        raise ValidationError("group", "A dot colour group belongs on a wall "
                                              "tally (a row without participant); a ballot is "
                                              "split by the participant's own answers.",
                                              reason="group_on_ballot")
                    dots = _whole(dots_text, "dots", 1, MAX_DOTS_PER_PARTICIPANT) \
                        if dots_text else 1
                    ops.append((row_number, lambda w, p=person, i=idea, d=dots:
                                w.dot_ballot(p, [i] * d)))
                else:
                    if not dots_text:
                        raise ValidationError("dots", "A row without participant is a wall "
                                              "tally and needs its number of dots.",
                                              reason="tally_without_dots")
                    dots = _whole(dots_text, "dots", 0, MAX_TALLY)
                    group = refs.group(cell(row, "group"))
                    key = ("tally", idea, group)
                    if key in seen:
                        raise ValidationError("idea", f"The same idea and group has a tally "
                                              f"on row {seen[key]} already.",
                                              reason="tally_twice", row=seen[key])
                    seen[key] = row_number
                    ops.append((row_number, lambda w, i=idea, d=dots, g=group:
                                w.dot_tally(i, d, g)))
            elif method == RoundMethod.CRITERIA:
                idea = refs.idea(cell(row, "idea"))
                person = refs.participant(cell(row, "participant"))
                group = cell(row, "table_group") or None
                scores = {}
                for name, index in columns.items():
                    if name.startswith("criterion:") and row[index].strip():
                        scores[name.split(":", 1)[1]] = _whole(row[index], "score",
                                                               ranking.MIN_SCORE,
                                                               ranking.MAX_SCORE)
                if not scores:
                    raise ValidationError("score", "The row has no score.", reason="required")
                if (person is None) == (group is None):
                    raise ValidationError("scorer", "Name the participant or the table group "
                                          "who scored (exactly one).", reason="scorer_one")
                key = ("score", idea, person, group)
                if key in seen:
                    raise ValidationError("idea", f"The same scorer scored this idea on row "
                                          f"{seen[key]} already.", reason="score_twice",
                                          row=seen[key])
                seen[key] = row_number
                ops.append((row_number, lambda w, i=idea, sc=scores, p=person, g=group:
                            w.criterion_scores(i, sc, p, g)))
            elif method == RoundMethod.RANKING:
                person = refs.participant(cell(row, "participant"))
                label = cell(row, "ballot") or (writer.participants[person] if person else "")
                if not label:
                    raise ValidationError("ballot", "Name the ballot or its participant.",
                                          reason="ballot_unnamed")
                idea = refs.idea(cell(row, "idea"))
                rank = _whole(cell(row, "rank"), "rank", 1)
                ballots.setdefault(label, []).append((row_number, rank, idea, person))
            else:
                a_text, b_text = cell(row, "idea_a"), cell(row, "idea_b")
                a, b = refs.idea(a_text), refs.idea(b_text)
                if a == b:
                    raise ValidationError("idea_b", "An idea cannot be compared with itself.",
                                          reason="pair_same_idea")
                outcome = _winner(cell(row, "winner"), a_text, b_text)
                person = refs.participant(cell(row, "participant"))
                session = cell(row, "session")
                ops.append((row_number, lambda w, a=a, b=b, o=outcome, s=session, p=person:
                            w.pair(a, b, o, s, p)))
        except ValidationError as exc:
            problems.append(RowProblem(row_number, exc.message, exc.field))
    for label, places in ballots.items():
        first = min(r for r, *_ in places)
        ranks = sorted(rank for _, rank, _, _ in places)
        people = {p for *_, p in places if p}
        ideas = [i for _, _, i, _ in places]
        if ranks != list(range(1, len(places) + 1)):
            problems.append(RowProblem(first, f"Ballot {label!r}: the ranks must be 1 to "
                                       f"{len(places)} without gaps or repeats; they are "
                                       f"{', '.join(map(str, ranks))}.", "rank"))
            continue
        if len(set(ideas)) != len(ideas):
            problems.append(RowProblem(first, f"Ballot {label!r} lists an idea twice.", "idea"))
            continue
        if len(people) > 1:
            problems.append(RowProblem(first, f"Ballot {label!r} has rows of different "
                                       "participants.", "participant"))
            continue
        ordered = [i for _, _, i, _ in sorted(places, key=lambda p: p[1])]
        person = next(iter(people), None)
        ops.append((first, lambda w, lb=label, o=ordered, p=person: w.ranking_ballot(lb, o, p)))
    return ops, problems
