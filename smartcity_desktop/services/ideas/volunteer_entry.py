"""Volunteers typing in paper idea cards, with optional double-entry verification.

A stack of cards is an *entry batch*. Every card a volunteer types is stored as a
:class:`~storage.models.CardEntry` with the fields in the order of the printed card
(participant code, need-or-idea tick, text, SDG ticks, theme) and is checked as it is saved:
a bad card is refused with a :class:`ValidationError` naming the field, and nothing is written.

* Single entry: each card becomes an idea at once (source "paper"), in the card's own
  transaction, through the idea intake (:mod:`.intake`).
* Double entry: two volunteers type the whole stack independently (pass 1 and pass 2); the
  passes are compared and resolved in :mod:`.card_compare`.

The pieces :mod:`.card_compare` shares with this module are public: :func:`check_card`,
:func:`write_card_idea`, :func:`refresh_status`, :func:`entry_values` and :func:`fields_of`.

An idea made from a card has an id derived from the batch and the card number, so resolving
the same card again (after an undo, or on another device) gives the same idea, not a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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


def check_card(lookup: intake.Lookup, values: CardFields | Mapping[str, object]) -> ValidCard:
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
        return check_card(intake.Lookup(s, workshop), values)


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


def refresh_status(db: Database, s, batch: EntryBatch) -> None:
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


def write_card_idea(db: Database, s, batch: EntryBatch, position: int, card: ValidCard,
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


def entry_values(card: CardFields) -> dict:
    return dict(participant_code=card.participant_code, kind=card.kind, text=card.text,
                sdgs=card.sdgs, theme_name=card.theme)


def fields_of(entry: CardEntry) -> CardFields:
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
        card = check_card(intake.Lookup(s, workshop), fields)
        last = s.exec(select(sa.func.max(CardEntry.position)).where(
            CardEntry.batch_id == batch_id, CardEntry.pass_no == pass_no,
            CardEntry.deleted == False)).one()  # noqa: E712
        position = (last or 0) + 1
        entry = new_record(db, CardEntry, batch_id=batch_id, pass_no=pass_no, position=position,
                           volunteer=volunteer, entered_at=at, **entry_values(card.fields))
        written = None
        if not batch.double_entry:
            written = write_card_idea(db, s, batch, position, card, volunteer)
            entry.resolved_idea_id = written.idea_id
        s.add(entry)
        s.flush()
        refresh_status(db, s, batch)
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
                card = check_card(intake.Lookup(s, s.get(Workshop, batch.workshop_id)),
                                   fields_of(entry))
            except ValidationError:
                continue  # e.g. its participant was deleted since; it stays for a person to see
            written = write_card_idea(db, s, batch, entry.position, card, entry.volunteer)
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
        refresh_status(db, s, batch)
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
        refresh_status(db, s, batch)
        s.commit()
    return idea_id


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
        return Change(added=(idea_id,) if idea_id else (), themes=self._themes(),
                      batches=(self.batch_id,))

    def undo(self) -> Change:
        idea_id = delete_card_entry(self.db, self.saved.entry_id, self._themes())
        return Change(removed=(idea_id,) if idea_id else (), themes=self._themes(),
                      batches=(self.batch_id,))

    def _themes(self) -> tuple[str, ...]:
        return (self.saved.new_theme_id,) if self.saved.new_theme_id else ()
