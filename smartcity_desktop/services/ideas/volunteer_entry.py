"""Volunteers typing in paper idea cards, with optional double-entry verification.

A stack of cards is an *entry batch*. Every card a volunteer types is stored as a
:class:`~storage.models.CardEntry` with the fields in the order of the printed card
(participant code, need-or-idea tick, text, SDG ticks, theme) and is checked as it is saved:
a bad card is refused with a :class:`ValidationError` naming the field, and nothing is written.

* Single entry: each card becomes an idea at once (source "paper"), in the card's own
  transaction, through the idea intake (:mod:`.intake`).
* Double entry: two volunteers type the whole stack independently (pass 1 and pass 2). Card
  number *n* of pass 1 is compared with card number *n* of pass 2, field by field
  (:func:`compare`); cards on which both agree are accepted in bulk (:func:`accept_agreeing`),
  the others are resolved one by one (:func:`resolve`), which records the chosen values as
  pass 0 and creates the idea. Nothing here ever hands pass-1 values to a pass-2 form.

An idea made from a card has an id derived from the batch and the card number, so resolving
the same card again (after an undo, or on another device) gives the same idea, not a second.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field

import sqlalchemy as sa
from sqlmodel import select

from ...core import rules
from ...core.clock import utcnow
from ...core.enums import EntryBatchStatus, IdeaKind, IdeaSource
from ...core.errors import NotFoundError, ValidationError
from ...core.ids import link_id
from ...storage.database import Database
from ...storage.models import CardEntry, EntryBatch, Idea, Theme, Workshop
from ..commands import Change, Command
from ..records import get_live, live, new_record, touch
from . import intake
from .intake import IdeaInput

FIELDS = ("participant_code", "kind", "text", "sdgs", "theme")
"""The fields of a paper idea card, in the order they are printed (and typed)."""

FIELD_NAMES = {"participant_code": "participant code", "kind": "need-or-idea tick",
               "text": "text", "sdgs": "SDGs", "theme": "theme"}
"""English names of the fields for messages (the GUI has translated ones)."""

RESOLVED_PASS = 0
PASSES = (1, 2)
BREAK_GAP = dt.timedelta(minutes=15)
# A rate measured over a few seconds of typing says nothing (three cards pasted in a second
# would read as a million an hour): no rate until a volunteer has typed this long.
MIN_ACTIVE = dt.timedelta(minutes=1)
"""A pause longer than this between two cards of a volunteer is a break, not typing time."""

_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class CardFields:
    """What is written on one paper card. ``kind`` is "need", "idea" or "" (neither box
    ticked); ``sdgs`` is the ticked numbers, e.g. "11,13" (typed as "11 13" is fine too)."""

    participant_code: str = ""
    kind: str = ""
    text: str = ""
    sdgs: str = ""
    theme: str = ""

    def value(self, name: str) -> str:
        return getattr(self, name)

    @classmethod
    def of(cls, values: CardFields | Mapping[str, object]) -> CardFields:
        if isinstance(values, CardFields):
            return values
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], f"A paper card has no field "
                                  f"{sorted(unknown)[0]!r}; its fields are {', '.join(FIELDS)}.")
        return cls(**{k: _as_text(k, v) for k, v in values.items()})


def _as_text(name: str, value: object) -> str:
    if value is None:
        return ""
    if name == "sdgs" and not isinstance(value, str):
        return ",".join(str(n) for n in value)
    return str(value)


@dataclass(frozen=True)
class ValidCard:
    """A card that passed every check, normalised (code upper-case, SDGs sorted, theme spelt
    like the existing theme of the project)."""

    fields: CardFields
    participant_id: str | None
    sdgs: tuple[int, ...]


@dataclass(frozen=True)
class BatchInfo:
    id: str
    workshop_id: str
    label: str
    created_by: str
    status: str
    double_entry: bool
    created_at: dt.datetime
    entered: dict[int, int]  # pass number -> cards entered in that pass
    resolved: int            # cards that have become ideas

    def count(self, pass_no: int) -> int:
        return self.entered.get(pass_no, 0)


@dataclass(frozen=True)
class SavedCard:
    entry_id: str
    position: int          # the card's number in the stack (1, 2, …)
    idea_id: str | None    # the idea made at once (single-entry batches only)
    count: int             # cards now entered in this batch and pass
    new_theme_id: str | None = None  # a theme the card's idea created


@dataclass(frozen=True)
class FieldDiff:
    field: str
    first: str   # pass 1 value
    second: str  # pass 2 value


@dataclass(frozen=True)
class CardComparison:
    position: int
    first: CardFields | None
    second: CardFields | None
    differences: tuple[FieldDiff, ...]
    resolved_idea_id: str | None = None
    resolved: CardFields | None = None
    typists: tuple[str, ...] = ()  # who typed pass 1 and pass 2

    @property
    def only_in(self) -> int | None:
        """1 or 2 when the card was typed in one pass only."""
        if self.first is None:
            return 2
        if self.second is None:
            return 1
        return None

    @property
    def agrees(self) -> bool:
        return self.only_in is None and not self.differences

    @property
    def open_fields(self) -> tuple[str, ...]:
        """The fields a resolver must decide: the differing ones, or every field of a card
        typed in one pass only."""
        if self.only_in is not None:
            return FIELDS
        return tuple(d.field for d in self.differences)

    @property
    def is_resolved(self) -> bool:
        return self.resolved_idea_id is not None


@dataclass(frozen=True)
class Comparison:
    batch_id: str
    cards: tuple[CardComparison, ...]

    @property
    def compared(self) -> tuple[CardComparison, ...]:
        return tuple(c for c in self.cards if c.only_in is None)

    @property
    def discrepancies(self) -> tuple[CardComparison, ...]:
        """Cards that differ or were typed in one pass only."""
        return tuple(c for c in self.cards if not c.agrees)

    @property
    def agreeing_unresolved(self) -> tuple[CardComparison, ...]:
        return tuple(c for c in self.cards if c.agrees and not c.is_resolved)

    @property
    def unresolved(self) -> tuple[CardComparison, ...]:
        return tuple(c for c in self.cards if not c.is_resolved)

    def card(self, position: int) -> CardComparison | None:
        return next((c for c in self.cards if c.position == position), None)


@dataclass(frozen=True)
class VolunteerRate:
    volunteer: str
    cards: int
    active: dt.timedelta  # typing time: the gaps between cards, without breaks
    per_hour: float | None  # None until MIN_ACTIVE of typing time (cards close in time)


@dataclass(frozen=True)
class EntryStats:
    volunteers: tuple[VolunteerRate, ...]
    cards_compared: int = 0
    cards_differing: int = 0
    fields_compared: int = 0
    fields_differing: int = 0

    @property
    def card_rate(self) -> float | None:
        return self.cards_differing / self.cards_compared if self.cards_compared else None

    @property
    def field_rate(self) -> float | None:
        return self.fields_differing / self.fields_compared if self.fields_compared else None


@dataclass
class BulkResult:
    resolved: dict[int, str] = field(default_factory=dict)  # position -> idea id
    new_themes: dict[int, str] = field(default_factory=dict)  # position -> theme created
    failed: dict[int, ValidationError] = field(default_factory=dict)
    cancelled: bool = False


# --------------------------------------------------------------------------- checking


def check_participant_code(db: Database, workshop_id: str, value: str | None
                           ) -> tuple[str, str | None]:
    """(tidied code, participant id) for a code typed from a card of this workshop; ("", None)
    when the card is anonymous. Raises ValidationError("participant_code") with the intake's
    reason: not a code, another workshop, an unknown workshop or no such participant."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        person = intake.resolve_participant(intake.Lookup(s, workshop), value,
                                            field="participant_code")
        return (person.code, person.id) if person else ("", None)


def format_sdgs(numbers: Iterable[int]) -> str:
    return ",".join(str(n) for n in numbers)


def _check_card(lookup: intake.Lookup, values: CardFields | Mapping[str, object]) -> ValidCard:
    card = CardFields.of(values)
    person = intake.resolve_participant(lookup, card.participant_code, field="participant_code")
    kind = intake.parse_kind(card.kind, default=None)
    text = rules.require_text("text", card.text, rules.MAX_IDEA_TEXT)
    sdgs = intake.parse_sdgs(card.sdgs)
    theme = intake.parse_theme_name(card.theme) or ""
    if theme:  # spelt as the project spells it, if it has the theme
        names = {t.name.casefold(): t.name for t in lookup.s.exec(live(Theme).where(
            Theme.project_id == lookup.workshop.project_id))}
        theme = names.get(theme.casefold(), theme)
    fields = CardFields(person.code if person else "", kind.value if kind else "", text,
                        format_sdgs(sdgs), theme)
    return ValidCard(fields, person.id if person else None, sdgs)


def validate_card(db: Database, workshop_id: str, values: CardFields | Mapping[str, object]
                  ) -> ValidCard:
    """Check every field of a card, in the order of the card, through the idea intake's
    parsers; raise on the first problem. Writes nothing."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        return _check_card(intake.Lookup(s, workshop), values)


def _volunteer(name: str | None) -> str:
    text = rules.clean_text(name)
    if not text:
        raise ValidationError("volunteer", "Type your name first, so that the cards you enter "
                              "are counted for you.")
    if len(text) > rules.MAX_NAME:
        raise ValidationError("volunteer", f"The name is {len(text)} characters long; the "
                              f"limit is {rules.MAX_NAME}.")
    return text


# --------------------------------------------------------------------------- batches


def create_batch(db: Database, workshop_id: str, label: str, double_entry: bool = True,
                 created_by: str = "") -> BatchInfo:
    """Start a new stack of cards. Labels are unique within a workshop (any case)."""
    text = rules.clean_text(label)
    if not text:
        raise ValidationError("label", "Give the batch a name, e.g. “Table 3 stack”.")
    if len(text) > rules.MAX_NAME:
        raise ValidationError("label", f"The name is {len(text)} characters long; the limit is "
                              f"{rules.MAX_NAME}.")
    with db.session() as s:
        get_live(s, Workshop, workshop_id, "workshop")
        for other in s.exec(live(EntryBatch).where(EntryBatch.workshop_id == workshop_id)):
            if other.label.casefold() == text.casefold():
                raise ValidationError("label", f"There is already a batch called “{other.label}”"
                                      " in this workshop; pick it from the list.")
        batch = new_record(db, EntryBatch, workshop_id=workshop_id, label=text,
                           created_by=rules.clean_text(created_by)[:rules.MAX_NAME],
                           status=EntryBatchStatus.OPEN.value, double_entry=bool(double_entry))
        s.add(batch)
        s.commit()
        batch_id = batch.id
    return get_batch(db, batch_id)


def _counts(conn, batch_ids: list[str]) -> tuple[dict, dict]:
    entered: dict[str, dict[int, int]] = {b: {} for b in batch_ids}
    resolved: dict[str, int] = dict.fromkeys(batch_ids, 0)
    if not batch_ids:
        return entered, resolved
    rows = conn.execute(sa.text(
        "SELECT batch_id, pass_no, count(*), count(resolved_idea_id) FROM card_entry "
        "WHERE deleted = false AND batch_id IN :ids GROUP BY batch_id, pass_no")
        .bindparams(sa.bindparam("ids", expanding=True)), {"ids": batch_ids})
    for batch_id, pass_no, count, _with_idea in rows:
        entered[batch_id][pass_no] = count
        if pass_no == RESOLVED_PASS:
            resolved[batch_id] += count
    return entered, resolved


def _info(batch: EntryBatch, entered: dict[int, int], resolved: int) -> BatchInfo:
    return BatchInfo(batch.id, batch.workshop_id, batch.label, batch.created_by, batch.status,
                     batch.double_entry, batch.created_at,
                     {p: n for p, n in entered.items() if p != RESOLVED_PASS}, resolved)


def _single_resolved(db: Database, batch_ids: list[str]) -> dict[str, int]:
    if not batch_ids:
        return {}
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT batch_id, count(*) FROM card_entry WHERE deleted = false AND pass_no = 1 AND "
            "resolved_idea_id IS NOT NULL AND batch_id IN :ids GROUP BY batch_id")
            .bindparams(sa.bindparam("ids", expanding=True)), {"ids": batch_ids})
        return dict(rows.all())


def list_batches(db: Database, workshop_id: str) -> list[BatchInfo]:
    """The live batches of a workshop, oldest first, with their counters."""
    with db.session() as s:
        batches = s.exec(live(EntryBatch).where(EntryBatch.workshop_id == workshop_id)
                         .order_by(EntryBatch.created_at)).all()
    ids = [b.id for b in batches]
    with db.engine.connect() as conn:
        entered, resolved = _counts(conn, ids)
    single = _single_resolved(db, [b.id for b in batches if not b.double_entry])
    return [_info(b, entered[b.id], resolved[b.id] if b.double_entry else single.get(b.id, 0))
            for b in batches]


def get_batch(db: Database, batch_id: str) -> BatchInfo:
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
    with db.engine.connect() as conn:
        entered, resolved = _counts(conn, [batch.id])
    count = resolved[batch.id] if batch.double_entry else \
        _single_resolved(db, [batch.id]).get(batch.id, 0)
    return _info(batch, entered[batch.id], count)


def close_batch(db: Database, batch_id: str) -> BatchInfo:
    """No more cards are taken in this batch (its cards stay, and may still be resolved)."""
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
        if batch.status != EntryBatchStatus.CLOSED:
            touch(db, batch, status=EntryBatchStatus.CLOSED.value)
            s.add(batch)
            s.commit()
    return get_batch(db, batch_id)


def count_entered(db: Database, batch_id: str, pass_no: int) -> int:
    """How many cards have been entered in this batch and pass (the batch counter)."""
    with db.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM card_entry WHERE deleted = false AND "
                                    "batch_id = :b AND pass_no = :p"),
                            {"b": batch_id, "p": pass_no}).scalar()


def next_position(db: Database, batch_id: str, pass_no: int) -> int:
    """The number the next card of this batch and pass will get (1 for the first)."""
    with db.engine.connect() as conn:
        last = conn.execute(sa.text("SELECT max(position) FROM card_entry "
                                    "WHERE deleted = false AND batch_id = :b AND pass_no = :p"),
                            {"b": batch_id, "p": pass_no}).scalar()
    return (last or 0) + 1


def _refresh_status(db: Database, s, batch: EntryBatch) -> None:
    """A double-entry batch is verified when every card typed has been resolved."""
    if batch.status == EntryBatchStatus.CLOSED or not batch.double_entry:
        return
    rows = s.exec(select(CardEntry.pass_no, CardEntry.position).where(
        CardEntry.batch_id == batch.id, CardEntry.deleted == False)).all()  # noqa: E712
    typed = {p for n, p in rows if n in PASSES}
    done = {p for n, p in rows if n == RESOLVED_PASS}
    status = EntryBatchStatus.VERIFIED if typed and typed <= done else EntryBatchStatus.OPEN
    if batch.status != status:
        touch(db, batch, status=status.value)
        s.add(batch)


# --------------------------------------------------------------------------- entering


def idea_id_for(batch_id: str, position: int) -> str:
    """The id of the idea that card ``position`` of a batch becomes."""
    return link_id("paper-card", batch_id, position)


def _write_idea(db: Database, s, batch: EntryBatch, position: int, card: ValidCard,
                entered_by: str) -> intake.Written:
    """Create (or bring back and update) the idea of a card, and the theme it names if the
    project has none by that name, inside the caller's session (the card's transaction)."""
    workshop = s.get(Workshop, batch.workshop_id)
    data = IdeaInput(text=card.fields.text,
                     kind=IdeaKind(card.fields.kind or IdeaKind.IDEA.value),
                     new_theme=card.fields.theme or None, sdgs=card.sdgs,
                     source=IdeaSource.PAPER, author_participant_id=card.participant_id,
                     entered_by=entered_by[:rules.MAX_NAME])
    idea_id = idea_id_for(batch.id, position)
    writer = intake.IdeaWriter(db, s, workshop)
    if s.get(Idea, idea_id) is None:
        return writer.add(data, idea_id)
    return writer.update(idea_id, data, undelete=True)


def _entry_values(card: CardFields) -> dict:
    return dict(participant_code=card.participant_code, kind=card.kind, text=card.text,
                sdgs=card.sdgs, theme_name=card.theme)


def _fields_of(entry: CardEntry) -> CardFields:
    return CardFields(entry.participant_code, entry.kind, entry.text, entry.sdgs,
                      entry.theme_name)


def add_card_entry(db: Database, batch_id: str, pass_no: int, volunteer: str,
                   fields: CardFields | Mapping[str, object],
                   entered_at: dt.datetime | None = None) -> SavedCard:
    """Save the next card of a batch as typed by ``volunteer``, in ONE transaction; in a
    single-entry batch it becomes an idea at once (with the theme it names, if new). A card
    that breaks a rule raises ValidationError (naming the field) and nothing is saved."""
    volunteer = _volunteer(volunteer)
    at = entered_at or utcnow()
    if at.tzinfo is None:
        raise ValueError("naive datetime given; use core.clock.utcnow()")
    if not _batch(db, batch_id).double_entry:
        complete_pending(db, batch_id)
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
        if batch.status == EntryBatchStatus.CLOSED:
            raise ValidationError("batch", f"The batch “{batch.label}” is closed; start a new "
                                  "one for more cards.", reason="batch_closed",
                                  label=batch.label)
        allowed = PASSES if batch.double_entry else (1,)
        if pass_no not in allowed:
            raise ValidationError("pass_no", "A single-entry batch has one pass only." if
                                  not batch.double_entry else "The pass is 1 or 2.",
                                  reason="pass_single" if not batch.double_entry
                                  else "pass_unknown")
        workshop = s.get(Workshop, batch.workshop_id)
        card = _check_card(intake.Lookup(s, workshop), fields)
        last = s.exec(select(sa.func.max(CardEntry.position)).where(
            CardEntry.batch_id == batch_id, CardEntry.pass_no == pass_no,
            CardEntry.deleted == False)).one()  # noqa: E712
        position = (last or 0) + 1
        entry = new_record(db, CardEntry, batch_id=batch_id, pass_no=pass_no, position=position,
                           volunteer=volunteer, entered_at=at, **_entry_values(card.fields))
        written = None
        if not batch.double_entry:
            written = _write_idea(db, s, batch, position, card, volunteer)
            entry.resolved_idea_id = written.idea_id
        s.add(entry)
        s.flush()
        _refresh_status(db, s, batch)
        s.commit()
        entry_id = entry.id
    return SavedCard(entry_id, position, written.idea_id if written else None,
                     count_entered(db, batch_id, pass_no),
                     written.new_theme_id if written else None)


def _batch(db: Database, batch_id: str) -> EntryBatch:
    with db.session() as s:
        return get_live(s, EntryBatch, batch_id, "batch")


def complete_pending(db: Database, batch_id: str) -> list[str]:
    """Make the ideas of single-entry cards that were saved without one (by a version that
    wrote a card and its idea in two steps, stopped between them). Each card is one
    transaction. Returns the ids of the ideas made."""
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
        if batch.double_entry:
            return []
        pending = s.exec(live(CardEntry).where(CardEntry.batch_id == batch_id,
                                               CardEntry.pass_no == 1,
                                               CardEntry.resolved_idea_id == None)  # noqa: E711
                         ).all()
    made = []
    for entry in pending:
        with db.session() as s:
            batch = s.get(EntryBatch, batch_id)
            try:
                card = _check_card(intake.Lookup(s, s.get(Workshop, batch.workshop_id)),
                                   _fields_of(entry))
            except ValidationError:
                continue  # e.g. its participant was deleted since; it stays for a person to see
            written = _write_idea(db, s, batch, entry.position, card, entry.volunteer)
            row = s.get(CardEntry, entry.id)
            touch(db, row, resolved_idea_id=written.idea_id)
            s.add(row)
            s.commit()
        made.append(written.idea_id)
    return made


def delete_card_entry(db: Database, entry_id: str, theme_ids: tuple[str, ...] = ()
                      ) -> str | None:
    """Tombstone a typed card (e.g. to undo it) in ONE transaction, with the idea a
    single-entry card became and the themes in ``theme_ids`` that were created with it (while
    no other idea uses them). Returns the idea's id."""
    with db.session() as s:
        entry = get_live(s, CardEntry, entry_id, "card entry")
        batch = s.get(EntryBatch, entry.batch_id)
        touch(db, entry, deleted=True)
        s.add(entry)
        idea_id = entry.resolved_idea_id if not batch.double_entry else None
        if idea_id:
            intake.set_deleted(db, s, (idea_id,), True, theme_ids)
        s.flush()
        _refresh_status(db, s, batch)
        s.commit()
    return idea_id


def restore_card_entry(db: Database, entry_id: str, theme_ids: tuple[str, ...] = ()
                       ) -> str | None:
    """Bring back a tombstoned card (redo), its idea and the themes created with it, in ONE
    transaction. Returns the id of the idea that came back."""
    with db.session() as s:
        entry = s.get(CardEntry, entry_id)
        if entry is None:
            raise NotFoundError(f"No card entry with id {entry_id}.", id=entry_id)
        batch = s.get(EntryBatch, entry.batch_id)
        if entry.deleted:
            touch(db, entry, deleted=False)
            s.add(entry)
        idea_id = entry.resolved_idea_id if not batch.double_entry else None
        if idea_id:
            intake.set_deleted(db, s, (idea_id,), False, theme_ids)
        s.flush()
        _refresh_status(db, s, batch)
        s.commit()
    return idea_id


# --------------------------------------------------------------------------- comparing


def _same(name: str, a: str, b: str) -> bool:
    if name == "text":  # line breaks and double spaces are how one types, not what was written
        return _SPACES.sub(" ", unicodedata.normalize("NFC", a)).strip() == \
            _SPACES.sub(" ", unicodedata.normalize("NFC", b)).strip()
    if name == "theme":
        return a.casefold() == b.casefold()
    return a == b


def _differences(first: CardFields, second: CardFields) -> tuple[FieldDiff, ...]:
    return tuple(FieldDiff(n, first.value(n), second.value(n)) for n in FIELDS
                 if not _same(n, first.value(n), second.value(n)))


def _entries(db: Database, batch_ids: list[str]) -> list[CardEntry]:
    if not batch_ids:
        return []
    with db.session() as s:
        return list(s.exec(live(CardEntry).where(CardEntry.batch_id.in_(batch_ids))
                           .order_by(CardEntry.position, CardEntry.created_at)))


def _comparison(batch_id: str, entries: list[CardEntry]) -> Comparison:
    by_position: dict[int, dict[int, CardEntry]] = {}
    for entry in entries:
        if entry.batch_id == batch_id:
            by_position.setdefault(entry.position, {})[entry.pass_no] = entry
    cards = []
    for position in sorted(by_position):
        passes = by_position[position]
        e1, e2, e0 = passes.get(1), passes.get(2), passes.get(RESOLVED_PASS)
        if e1 is None and e2 is None:
            continue
        first = _fields_of(e1) if e1 else None
        second = _fields_of(e2) if e2 else None
        diffs = _differences(first, second) if first and second else ()
        typists = tuple(dict.fromkeys(e.volunteer for e in (e1, e2) if e is not None))
        cards.append(CardComparison(position, first, second, diffs,
                                    e0.resolved_idea_id if e0 else None,
                                    _fields_of(e0) if e0 else None, typists))
    return Comparison(batch_id, tuple(cards))


def compare(db: Database, batch_id: str) -> Comparison:
    """Card by card, field by field: where pass 1 and pass 2 of a batch differ, and which
    cards were typed in one pass only."""
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
    if not batch.double_entry:
        raise ValidationError("batch", f"The batch “{batch.label}” was typed once; there is "
                              "nothing to compare.")
    return _comparison(batch_id, _entries(db, [batch_id]))


def resolve(db: Database, batch_id: str, position: int,
            chosen_values: CardFields | Mapping[str, object] | None = None,
            resolver: str = "") -> str:
    """Decide card ``position`` of a double-entry batch and make its idea.

    ``chosen_values`` gives the value of every field the passes disagree on (every field, for
    a card typed in one pass only); fields left out keep the value both passes agree on. The
    chosen card is checked like a typed one. Returns the idea id."""
    comparison = compare(db, batch_id)
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
    return _resolve_card(db, batch, position, comparison.card(position), chosen_values,
                         resolver).idea_id


def _resolve_card(db: Database, batch: EntryBatch, position: int, card: CardComparison | None,
                  chosen_values, resolver: str, refresh: bool = True) -> intake.Written:
    """Resolve one card in ONE transaction: its idea (and a new theme it names), the resolved
    record and the typed passes pointing at the idea."""
    if card is None:
        raise ValidationError("position", f"Card {position} has not been entered.",
                              position=position)
    if card.is_resolved:
        raise ValidationError("position", f"Card {position} has already been resolved.",
                              position=position)
    if isinstance(chosen_values, CardFields):
        chosen = asdict(chosen_values)
    else:
        chosen = dict(chosen_values or {})
        CardFields.of(chosen)  # rejects unknown field names
    for name in card.open_fields:
        if name not in chosen:
            raise ValidationError(name, f"Choose the {FIELD_NAMES[name]} of card "
                                  f"{position}: " + ("it was typed in one pass only." if
                                                     card.only_in else "the passes differ."),
                                  position=position)
    base = card.first or card.second
    merged = CardFields.of({n: chosen.get(n, base.value(n)) for n in FIELDS})
    resolver = rules.clean_text(resolver)[:rules.MAX_NAME]
    with db.session() as s:
        try:
            valid = _check_card(intake.Lookup(s, s.get(Workshop, batch.workshop_id)), merged)
        except ValidationError as exc:
            exc.details["position"] = position
            raise
        written = _write_idea(db, s, batch, position, valid, ", ".join(card.typists))
        idea_id = written.idea_id
        row_id = link_id("card-resolved", batch.id, position)
        row = s.get(CardEntry, row_id)
        values = dict(volunteer=resolver, entered_at=utcnow(), resolved_idea_id=idea_id,
                      **_entry_values(valid.fields))
        if row is None:
            s.add(new_record(db, CardEntry, id=row_id, batch_id=batch.id,
                             pass_no=RESOLVED_PASS, position=position, **values))
        else:
            touch(db, row, deleted=False, **values)
            s.add(row)
        for entry in s.exec(select(CardEntry).where(
                CardEntry.batch_id == batch.id, CardEntry.pass_no.in_(PASSES),
                CardEntry.position == position, CardEntry.deleted == False)):  # noqa: E712
            if entry.resolved_idea_id != idea_id:
                touch(db, entry, resolved_idea_id=idea_id)
                s.add(entry)
        if refresh:
            s.flush()
            _refresh_status(db, s, s.get(EntryBatch, batch.id))
        s.commit()
    return written


def unresolve(db: Database, batch_id: str, position: int, theme_ids: tuple[str, ...] = ()
              ) -> str | None:
    """Take back the resolution of a card (undo) in ONE transaction: its idea is tombstoned
    (with the themes in ``theme_ids`` created with it, while no other idea uses them) and the
    card is open again. Returns the id of the idea."""
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
        rows = s.exec(select(CardEntry).where(
            CardEntry.batch_id == batch_id, CardEntry.position == position,
            CardEntry.deleted == False)).all()  # noqa: E712
        idea_id = None
        for row in rows:
            if row.pass_no == RESOLVED_PASS:
                idea_id = row.resolved_idea_id
                touch(db, row, deleted=True)
                s.add(row)
            elif row.resolved_idea_id is not None:
                touch(db, row, resolved_idea_id=None)
                s.add(row)
        if idea_id:
            intake.set_deleted(db, s, (idea_id,), True, theme_ids)
        s.flush()
        _refresh_status(db, s, batch)
        s.commit()
    return idea_id


def resolve_many(db: Database, batch_id: str, choices: Mapping[int, Mapping[str, object]],
                 resolver: str = "",
                 progress: Callable[[int, int], bool] | None = None) -> BulkResult:
    """Resolve several cards; a card that fails its checks is reported and left open, the
    others are resolved (each one committed on its own). ``progress(done, total)`` is called
    after each card; when it returns False the rest is left open (``cancelled``)."""
    comparison = compare(db, batch_id)
    with db.session() as s:
        batch = get_live(s, EntryBatch, batch_id, "batch")
    result = BulkResult()
    items = sorted(choices.items())
    try:
        for done, (position, chosen) in enumerate(items, 1):
            try:
                written = _resolve_card(db, batch, position, comparison.card(position), chosen,
                                        resolver, refresh=False)
                result.resolved[position] = written.idea_id
                if written.new_theme_id:
                    result.new_themes[position] = written.new_theme_id
            except ValidationError as exc:
                result.failed[position] = exc
            if progress is not None and not progress(done, len(items)) and done < len(items):
                result.cancelled = True
                break
    finally:
        with db.session() as s:
            _refresh_status(db, s, s.get(EntryBatch, batch_id))
            s.commit()
    return result


def accept_agreeing(db: Database, batch_id: str, resolver: str = "",
                    progress: Callable[[int, int], bool] | None = None) -> BulkResult:
    """Every card on which both passes agree (and which is not resolved yet) becomes an
    idea."""
    comparison = compare(db, batch_id)
    return resolve_many(db, batch_id, {c.position: {} for c in comparison.agreeing_unresolved},
                        resolver, progress)


# --------------------------------------------------------------------------- figures


def _rates(entries: list[CardEntry]) -> tuple[VolunteerRate, ...]:
    groups: dict[str, list[CardEntry]] = {}
    names: dict[str, str] = {}
    for entry in entries:
        if entry.pass_no not in PASSES:
            continue
        key = entry.volunteer.casefold()
        names.setdefault(key, entry.volunteer)
        groups.setdefault(key, []).append(entry)
    result = []
    for key, group in groups.items():
        times = sorted(e.entered_at for e in group)
        gaps = [b - a for a, b in zip(times, times[1:]) if b - a <= BREAK_GAP]
        active = sum(gaps, dt.timedelta())
        per_hour = len(gaps) / (active.total_seconds() / 3600) if active >= MIN_ACTIVE \
            else None
        result.append(VolunteerRate(names[key], len(group), active, per_hour))
    return tuple(sorted(result, key=lambda r: r.volunteer.casefold()))


def stats(db: Database, batch_id: str | None = None, workshop_id: str | None = None
          ) -> EntryStats:
    """Forms per hour per volunteer and the discrepancy rate, for a batch or a workshop.

    A volunteer's rate counts the cards after their first one over the time between them,
    leaving out pauses longer than :data:`BREAK_GAP`. The discrepancy rate is over the cards
    typed in both passes: differing fields / compared fields and differing cards / cards."""
    if (batch_id is None) == (workshop_id is None):
        raise ValueError("give a batch_id or a workshop_id")
    if batch_id is not None:
        batches = [get_batch(db, batch_id)]
    else:
        batches = list_batches(db, workshop_id)
    entries = _entries(db, [b.id for b in batches])
    totals = dict(cards_compared=0, cards_differing=0, fields_compared=0, fields_differing=0)
    for batch in batches:
        if not batch.double_entry:
            continue
        comparison = _comparison(batch.id, entries)
        for card in comparison.compared:
            totals["cards_compared"] += 1
            totals["fields_compared"] += len(FIELDS)
            totals["cards_differing"] += bool(card.differences)
            totals["fields_differing"] += len(card.differences)
    return EntryStats(_rates(entries), **totals)


# --------------------------------------------------------------------------- undo


@dataclass
class EnterCard(Command):
    """Save one typed card; undo tombstones it (and the idea a single-entry card became)."""

    db: Database
    batch_id: str
    pass_no: int
    volunteer: str
    fields: CardFields
    entered_at: dt.datetime | None = None
    saved: SavedCard | None = None
    label: str = field(default="enter_card", init=False)

    def redo(self) -> Change:
        if self.saved is None:
            self.saved = add_card_entry(self.db, self.batch_id, self.pass_no, self.volunteer,
                                        self.fields, self.entered_at)
            idea_id = self.saved.idea_id
        else:  # redo after undo: the same records come back
            idea_id = restore_card_entry(self.db, self.saved.entry_id, self._themes())
        return Change(added=(idea_id,) if idea_id else (), themes=self._themes())

    def undo(self) -> Change:
        idea_id = delete_card_entry(self.db, self.saved.entry_id, self._themes())
        return Change(removed=(idea_id,) if idea_id else (), themes=self._themes())

    def _themes(self) -> tuple[str, ...]:
        return (self.saved.new_theme_id,) if self.saved.new_theme_id else ()


@dataclass
class ResolveCards(Command):
    """Resolve cards of a double-entry batch (``choices``: position -> chosen values; {} for a
    card both passes agree on). Cards that fail their checks are left open and listed in
    ``failed``; if every card fails, the first error is raised and nothing is recorded.

    ``progress(done, total)`` (optional) follows the first run and may stop it by returning
    False; the cards resolved until then make up the command."""

    db: Database
    batch_id: str
    choices: dict[int, dict[str, str]]
    resolver: str = ""
    progress: Callable[[int, int], bool] | None = None
    result: BulkResult | None = None
    label: str = field(default="resolve_cards", init=False)

    def redo(self) -> Change:
        if self.result is None:
            self.result = resolve_many(self.db, self.batch_id, self.choices, self.resolver,
                                       self.progress)
            if not self.result.resolved and self.result.failed:
                raise next(iter(self.result.failed.values()))
        else:  # redo after undo: the same cards, the same ideas, the same themes
            with self.db.session() as s:
                intake.set_deleted(self.db, s, (), False, self.result.new_themes.values())
                s.commit()
            again = resolve_many(self.db, self.batch_id,
                                 {p: self.choices[p] for p in self.result.resolved},
                                 self.resolver)
            if again.failed:
                raise next(iter(again.failed.values()))
        return Change(added=tuple(self.result.resolved.values()),
                      themes=tuple(self.result.new_themes.values()))

    def undo(self) -> Change:
        for position in self.result.resolved:
            unresolve(self.db, self.batch_id, position,
                      tuple(filter(None, [self.result.new_themes.get(position)])))
        return Change(removed=tuple(self.result.resolved.values()),
                      themes=tuple(self.result.new_themes.values()))

