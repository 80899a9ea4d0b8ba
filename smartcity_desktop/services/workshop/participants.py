"""Participants: registration with demographic answers, consent and (separately kept) contact
details."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlmodel import select

from ...core import rules
from ...core.errors import NotFoundError, ValidationError
from ...core.ids import link_id
from ...storage.database import Database
from ...storage.models import ContactDetail, Idea, Participant, ParticipantAnswer, Workshop
from ..records import get_live, live, new_record, touch
from .projects import list_dimensions


@dataclass
class ContactInput:
    name: str = ""
    email: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.email.strip() or self.phone.strip())


@dataclass
class ParticipantInput:
    """What the registration form collects. ``answers`` maps dimension key to category key;
    a dimension left out is "not answered"."""

    answers: dict[str, str] = field(default_factory=dict)
    self_description: str | None = None
    consent_processing: bool = False
    consent_contact: bool = False
    contact: ContactInput | None = None


class IdeasOnDelete(StrEnum):
    KEEP = "keep"            # the ideas stay linked to the (tombstoned) participant code
    ANONYMISE = "anonymise"  # the ideas stay, with no author
    DELETE = "delete"        # the ideas are tombstoned too


def validated_answers(db: Database, project_id: str, data: ParticipantInput):
    """The demographic answers of ``data`` checked against the project's questions, ready for
    :func:`write_answers`; writes nothing. Also used by the kiosk, which registers a
    participant inside the transaction of their idea."""
    dims = {d.key: d for d in list_dimensions(db, project_id)}
    result = []
    for dim_key, cat_key in data.answers.items():
        if cat_key in (None, ""):
            continue
        dim = dims.get(dim_key)
        if dim is None:
            raise ValidationError(dim_key, f"The project has no demographic question {dim_key!r}.",
                                  reason="dimension_unknown", value=dim_key, known=list(dims))
        cat = dim.category(cat_key)
        desc = None
        if cat.key == "self_described":
            desc = rules.optional_text("self_description", data.self_description, rules.MAX_NAME)
        result.append((dim, cat, desc))
    return result


def _check_contact(data: ParticipantInput) -> ContactInput | None:
    if data.contact is None or data.contact.is_empty():
        return None
    if not data.consent_contact:
        raise ValidationError("contact", "Contact details can only be recorded when the "
                              "participant agreed to be contacted.",
                              reason="contact_without_consent")
    email = rules.clean_text(data.contact.email)
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError("email", f"{email!r} is not an e-mail address.",
                              reason="email_invalid", value=email)
    return ContactInput(rules.optional_text("name", data.contact.name, rules.MAX_NAME) or "",
                        email, rules.optional_text("phone", data.contact.phone, 40) or "")


def register_participant(db: Database, workshop_id: str, data: ParticipantInput,
                         participant_id: str | None = None) -> Participant:
    """Register a participant with the next free code of the workshop (e.g. ``W3-017``)."""
    workshop = _workshop(db, workshop_id)
    answers = validated_answers(db, workshop.project_id, data)
    contact = _check_contact(data)
    with db.session() as s:
        codes = s.exec(select(Participant.code).where(Participant.workshop_id == workshop_id))
        code = rules.next_participant_code(workshop.code, codes)
        values = dict(workshop_id=workshop_id, code=code,
                      consent_processing=bool(data.consent_processing),
                      consent_contact=bool(data.consent_contact))
        if participant_id:
            values["id"] = participant_id
        participant = new_record(db, Participant, **values)
        s.add(participant)
        s.flush()
        write_answers(db, s, participant.id, answers)
        if contact:
            s.add(new_record(db, ContactDetail, participant_id=participant.id, name=contact.name,
                             email=contact.email, phone=contact.phone))
        s.commit()
        return participant


def write_answers(db, s, participant_id, answers) -> None:
    """Write checked answers (:func:`validated_answers`) of a participant inside the caller's
    session; the caller commits."""
    existing = {a.dimension_id: a for a in s.exec(
        select(ParticipantAnswer).where(ParticipantAnswer.participant_id == participant_id))}
    seen = set()
    for dim, cat, desc in answers:
        seen.add(dim.id)
        row = existing.get(dim.id)
        if row is None:
            s.add(new_record(db, ParticipantAnswer, id=link_id(participant_id, dim.id),
                             participant_id=participant_id, dimension_id=dim.id,
                             category_id=cat.id, self_description=desc))
        elif row.deleted or row.category_id != cat.id or row.self_description != desc:
            touch(db, row, category_id=cat.id, self_description=desc, deleted=False)
            s.add(row)
    for dim_id, row in existing.items():
        if dim_id not in seen and not row.deleted:
            touch(db, row, deleted=True)
            s.add(row)


def update_participant(db: Database, participant_id: str, data: ParticipantInput) -> None:
    """Replace a participant's answers, consent and contact details."""
    with db.session() as s:
        participant = get_live(s, Participant, participant_id, "participant")
        workshop = s.get(Workshop, participant.workshop_id)
    answers = validated_answers(db, workshop.project_id, data)
    contact = _check_contact(data)
    with db.session() as s:
        participant = get_live(s, Participant, participant_id, "participant")
        touch(db, participant, consent_processing=bool(data.consent_processing),
              consent_contact=bool(data.consent_contact))
        s.add(participant)
        write_answers(db, s, participant_id, answers)
        row = s.exec(select(ContactDetail)
                     .where(ContactDetail.participant_id == participant_id)).first()
        if contact and row is None:
            s.add(new_record(db, ContactDetail, participant_id=participant_id, name=contact.name,
                             email=contact.email, phone=contact.phone))
        elif contact:
            touch(db, row, name=contact.name, email=contact.email, phone=contact.phone,
                  deleted=False)
            s.add(row)
        elif row is not None and not row.deleted:
            # Withdrawn consent or cleared fields: the details are blanked, not just hidden.
            touch(db, row, name="", email="", phone="", deleted=True)
            s.add(row)
        s.commit()


def delete_participant(db: Database, participant_id: str,
                       ideas: IdeasOnDelete = IdeasOnDelete.KEEP) -> list[str]:
    """Tombstone a participant (and their answers and contact details).

    Returns the ids of the ideas that were changed, so the caller can undo or refresh."""
    ideas = IdeasOnDelete(ideas)
    with db.session() as s:
        participant = get_live(s, Participant, participant_id, "participant")
        touch(db, participant, deleted=True)
        s.add(participant)
        for answer in s.exec(live(ParticipantAnswer)
                             .where(ParticipantAnswer.participant_id == participant_id)):
            touch(db, answer, deleted=True)
            s.add(answer)
        for contact in s.exec(live(ContactDetail)
                              .where(ContactDetail.participant_id == participant_id)):
            touch(db, contact, name="", email="", phone="", deleted=True)
            s.add(contact)
        changed = []
        if ideas != IdeasOnDelete.KEEP:
            for idea in s.exec(live(Idea).where(Idea.author_participant_id == participant_id)):
                if ideas == IdeasOnDelete.ANONYMISE:
                    touch(db, idea, author_participant_id=None)
                else:
                    touch(db, idea, deleted=True)
                s.add(idea)
                changed.append(idea.id)
        s.commit()
        return changed


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    code: str
    consent_processing: bool
    consent_contact: bool
    answers: dict[str, str]  # dimension key -> category key
    has_contact: bool


def list_participants(db: Database, workshop_id: str) -> list[ParticipantRow]:
    with db.session() as s:
        people = s.exec(live(Participant).where(Participant.workshop_id == workshop_id)
                        .order_by(Participant.code)).all()
        workshop = s.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFoundError(f"No workshop with id {workshop_id}.", what="workshop", id=workshop_id)
    dims = list_dimensions(db, workshop.project_id)
    dim_key = {d.id: d.key for d in dims}
    cat_key = {c.id: c.key for d in dims for c in d.categories}
    ids = [p.id for p in people]
    answers: dict[str, dict[str, str]] = {i: {} for i in ids}
    contacts: set[str] = set()
    with db.session() as s:
        for a in s.exec(live(ParticipantAnswer).where(ParticipantAnswer.participant_id.in_(ids))):
            if a.dimension_id in dim_key and a.category_id in cat_key:
                answers[a.participant_id][dim_key[a.dimension_id]] = cat_key[a.category_id]
        contacts = set(s.exec(select(ContactDetail.participant_id).where(
            ContactDetail.participant_id.in_(ids), ContactDetail.deleted == False)))  # noqa: E712
    return [ParticipantRow(p.id, p.code, p.consent_processing, p.consent_contact, answers[p.id],
                           p.id in contacts) for p in people]


def find_participant(db: Database, code: str) -> Participant:
    """The live participant with this code, as written on a paper form."""
    code = rules.clean_text(code).upper()
    with db.session() as s:
        participant = s.exec(live(Participant).where(Participant.code == code)).first()
    if participant is None:
        raise NotFoundError(f"No participant with code {code!r}.", reason="participant_not_found",
                            code=code)
    return participant


def _workshop(db: Database, workshop_id: str) -> Workshop:
    with db.session() as s:
        return get_live(s, Workshop, workshop_id, "workshop")


# --------------------------------------------------------------------------- for forms and undo


def next_code(db: Database, workshop_id: str) -> str:
    """The code the next registration in this workshop will get (codes are never reused)."""
    workshop = _workshop(db, workshop_id)
    with db.session() as s:
        codes = s.exec(select(Participant.code).where(Participant.workshop_id == workshop_id))
        return rules.next_participant_code(workshop.code, codes)


def get_participant(db: Database, participant_id: str) -> Participant:
    with db.session() as s:
        return get_live(s, Participant, participant_id, "participant")


def get_participant_input(db: Database, participant_id: str) -> ParticipantInput:
    """A live participant as the registration form would describe them (answers, consent
    and contact details), e.g. to pre-fill an edit form or to undo a change."""
    with db.session() as s:
        participant = get_live(s, Participant, participant_id, "participant")
        workshop = s.get(Workshop, participant.workshop_id)
        rows = s.exec(live(ParticipantAnswer)
                      .where(ParticipantAnswer.participant_id == participant_id)).all()
        contact = s.exec(live(ContactDetail)
                         .where(ContactDetail.participant_id == participant_id)).first()
    dims = list_dimensions(db, workshop.project_id)
    dim_key = {d.id: d.key for d in dims}
    cat_key = {c.id: c.key for d in dims for c in d.categories}
    answers: dict[str, str] = {}
    self_description = None
    for row in rows:
        if row.dimension_id in dim_key and row.category_id in cat_key:
            answers[dim_key[row.dimension_id]] = cat_key[row.category_id]
            if cat_key[row.category_id] == "self_described" and row.self_description:
                self_description = row.self_description
    return ParticipantInput(
        answers=answers, self_description=self_description,
        consent_processing=participant.consent_processing,
        consent_contact=participant.consent_contact,
        contact=ContactInput(contact.name, contact.email, contact.phone)
        if contact is not None and not ContactInput(contact.name, contact.email,
                                                    contact.phone).is_empty() else None)


def restore_participant(db: Database, participant_id: str,
                        data: ParticipantInput | None = None) -> None:
    """Bring back a tombstoned participant (for undo).

    Without ``data`` their tombstoned answers come back too. Contact details are blanked on
    delete, so to get them back pass ``data`` (e.g. from :func:`get_participant_input` taken
    before the delete): answers, consent and contact details are then set to it."""
    with db.session() as s:
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise NotFoundError(f"No participant with id {participant_id}.", what="participant",
                                id=participant_id)
        if participant.deleted:
            touch(db, participant, deleted=False)
            s.add(participant)
            if data is None:
                for answer in s.exec(select(ParticipantAnswer).where(
                        ParticipantAnswer.participant_id == participant_id,
                        ParticipantAnswer.deleted == True)):  # noqa: E712
                    touch(db, answer, deleted=False)
                    s.add(answer)
            s.commit()
    if data is not None:
        update_participant(db, participant_id, data)


def restore_participant_ideas(db: Database, participant_id: str, idea_ids,
                              ideas: IdeasOnDelete) -> None:
    """Undo what :func:`delete_participant` did to the ideas ``idea_ids``: anonymised ideas get
    the participant back as author, deleted ideas come back."""
    ideas = IdeasOnDelete(ideas)
    if ideas == IdeasOnDelete.KEEP:
        return
    with db.session() as s:
        for idea_id in idea_ids:
            idea = s.get(Idea, idea_id)
            if idea is None:
                continue
            if ideas == IdeasOnDelete.ANONYMISE:
                if idea.author_participant_id != participant_id:
                    touch(db, idea, author_participant_id=participant_id)
                    s.add(idea)
            elif idea.deleted:
                touch(db, idea, deleted=False)
                s.add(idea)
        s.commit()


def count_ideas_by(db: Database, participant_id: str) -> int:
    """How many live ideas name this participant as author (to ask before a delete)."""
    with db.session() as s:
        return len(s.exec(live(Idea).where(Idea.author_participant_id == participant_id)).all())
