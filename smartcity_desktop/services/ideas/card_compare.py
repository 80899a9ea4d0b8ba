"""Double entry of paper cards: two volunteers type the same stack (pass 1 and pass 2) and
the passes are compared card by card, field by field (:func:`compare`). Cards on which both
agree become ideas in bulk (:func:`accept_agreeing`); the others are resolved one by one
(:func:`resolve`), which records the chosen values as pass 0 and makes the idea, each card in
ONE transaction through the idea intake. Also the figures of entry work (:func:`stats`): cards
per hour per volunteer and the discrepancy rates. Nothing here ever hands pass-1 values to a
pass-2 form.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field

from sqlmodel import select

from ...core import rules
from ...core.clock import utcnow
from ...core.errors import ValidationError
from ...core.ids import link_id
from ...storage.database import Database
from ...storage.models import CardEntry, EntryBatch, Workshop
from ..commands import Change, Command
from ..records import get_live, live, new_record, touch
from . import intake
from .volunteer_entry import (
    FIELD_NAMES,
    FIELDS,
    PASSES,
    RESOLVED_PASS,
    CardFields,
    check_card,
    entry_values,
    fields_of,
    get_batch,
    list_batches,
    refresh_status,
    write_card_idea,
)

BREAK_GAP = dt.timedelta(minutes=15)
"""A pause longer than this between two cards of a volunteer is a break, not typing time."""
# A rate measured over a few seconds of typing says nothing (three cards pasted in a second
# would read as a million an hour): no rate until a volunteer has typed this long.
MIN_ACTIVE = dt.timedelta(minutes=1)
_SPACES = re.compile(r"\s+")


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
        first = fields_of(e1) if e1 else None
        second = fields_of(e2) if e2 else None
        diffs = _differences(first, second) if first and second else ()
        typists = tuple(dict.fromkeys(e.volunteer for e in (e1, e2) if e is not None))
        cards.append(CardComparison(position, first, second, diffs,
                                    e0.resolved_idea_id if e0 else None,
                                    fields_of(e0) if e0 else None, typists))
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
            valid = check_card(intake.Lookup(s, s.get(Workshop, batch.workshop_id)), merged)
        except ValidationError as exc:
            exc.details["position"] = position
            raise
        written = write_card_idea(db, s, batch, position, valid, ", ".join(card.typists))
        idea_id = written.idea_id
        row_id = link_id("card-resolved", batch.id, position)
        row = s.get(CardEntry, row_id)
        values = dict(volunteer=resolver, entered_at=utcnow(), resolved_idea_id=idea_id,
                      **entry_values(valid.fields))
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
            refresh_status(db, s, s.get(EntryBatch, batch.id))
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
        refresh_status(db, s, batch)
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
            refresh_status(db, s, s.get(EntryBatch, batch_id))
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
        return Change(added=tuple(self.result.resolved.values()), batches=(self.batch_id,),
                      themes=tuple(self.result.new_themes.values()))

    def undo(self) -> Change:
        for position in self.result.resolved:
            unresolve(self.db, self.batch_id, position,
                      tuple(filter(None, [self.result.new_themes.get(position)])))
        return Change(removed=tuple(self.result.resolved.values()), batches=(self.batch_id,),
                      themes=tuple(self.result.new_themes.values()))

