"""From what a capture form shows to an :class:`~.capture.IdeaInput`: participant codes as typed
(``W1-007``, ``w1-007`` or just ``7``), theme names as typed (an unknown name becomes a new theme),
SDG numbers as typed (``"11 13"``). Shared by the idea dialog and the Capture view.

Everything that can be refused is checked *before* a new theme is created, so a refused form
writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import select

from ...core import rules
from ...core.enums import IdeaKind, IdeaSource
from ...core.errors import NotFoundError, ValidationError
from ...core.sdgs import check_sdg_numbers
from ...storage.database import Database
from ...storage.models import Participant, Workshop
from ..records import get_live
from ..workshop import participants, projects
from .capture import IdeaInput

MAX_TABLE_GROUP = 64

# Reasons a participant code is refused (``ValidationError.details["reason"]``), so the GUI can
# word the message in the user's language.
UNKNOWN_PARTICIPANT = "unknown"
OTHER_WORKSHOP = "other_workshop"
NOT_A_CODE = "not_a_code"


@dataclass(frozen=True)
class IdeaForm:
    """An idea as a form holds it: names and codes as typed, not ids."""

    text: str
    kind: IdeaKind = IdeaKind.IDEA
    title: str = ""
    theme: str = ""                  # a theme name; matched ignoring case, created if new
    sdgs: tuple[int, ...] = ()
    strategy_goal_ids: tuple[str, ...] = ()
    source: IdeaSource = IdeaSource.LIVE
    participant_code: str = ""       # "W1-007", "w1-007" or "7" (a number in this workshop)
    table_group: str = ""
    entered_by: str = ""


_SDG_SEPARATORS = re.compile(r"[\s,;]+")


def parse_sdg_numbers(text: str) -> tuple[int, ...]:
    """``"11 13"``, ``"13,11"`` or ``"11; 13 11"`` → ``(11, 13)``. Raises on anything else."""
    words = [w for w in _SDG_SEPARATORS.split(text.strip()) if w]
    bad = [w for w in words if not w.isascii() or not w.isdigit()]
    if bad:
        raise ValidationError("sdgs", f"{bad[0]!r} is not an SDG number. SDGs are numbered "
                              "1 to 17.", value=bad[0])
    return tuple(check_sdg_numbers(int(w) for w in words))


def expand_participant_code(workshop_code: str, typed: str) -> str:
    """The full code for what was typed: a bare number means a participant of this workshop
    (``"7"`` in W1 → ``"W1-007"``); anything else is upper-cased and trimmed."""
    typed = rules.clean_text(typed)
    if typed.isascii() and typed.isdigit():
        return rules.participant_code(workshop_code, int(typed))
    return typed.upper()


def resolve_participant(db: Database, workshop: Workshop, typed: str) -> Participant | None:
    """The live participant of ``workshop`` with the typed code (None for an empty field)."""
    if not rules.clean_text(typed):
        return None
    code = expand_participant_code(workshop.code, typed)
    try:
        rules.parse_participant_code(code)
    except ValidationError:
        raise ValidationError("participant", f"{typed.strip()!r} is not a participant code "
                              "like W3-017.", reason=NOT_A_CODE, code=typed.strip()) from None
    try:
        person = participants.find_participant(db, code)
    except NotFoundError:
        raise ValidationError("participant", f"There is no participant {code}.",
                              reason=UNKNOWN_PARTICIPANT, code=code) from None
    if person.workshop_id != workshop.id:
        raise ValidationError("participant", f"Participant {person.code} belongs to another "
                              "workshop.", reason=OTHER_WORKSHOP, code=person.code)
    return person


def resolve_idea_form(db: Database, workshop_id: str, form: IdeaForm) -> IdeaInput:
    """Check ``form`` and turn it into an :class:`IdeaInput` for ``workshop_id``.

    Raises ``ValidationError`` (with ``field`` set to text, title, participant, author,
    table_group, theme, sdgs, kind or source) before anything is written; only when every check
    has passed is a new theme created for a theme name the project does not have yet."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
    rules.require_text("text", form.text, rules.MAX_IDEA_TEXT)
    rules.optional_text("title", form.title, rules.MAX_TITLE)
    table_group = rules.optional_text("table_group", form.table_group, MAX_TABLE_GROUP)
    try:
        kind = IdeaKind(form.kind)
    except ValueError:
        raise ValidationError("kind", f"{form.kind!r} is not a kind of idea.") from None
    try:
        source = IdeaSource(form.source)
    except ValueError:
        raise ValidationError("source", f"{form.source!r} is not a source.") from None
    sdgs = tuple(check_sdg_numbers(form.sdgs))
    person = resolve_participant(db, workshop, form.participant_code)
    if person is not None and table_group:
        raise ValidationError("author", "An idea has a participant or a table group as "
                              "author, not both.")
    theme_name = rules.optional_text("theme", form.theme, rules.MAX_NAME)
    theme_id = projects.find_or_add_theme(db, workshop.project_id, theme_name).id \
        if theme_name else None
    return IdeaInput(text=form.text, kind=kind, title=form.title or None, theme_id=theme_id,
                     sdgs=sdgs, strategy_goal_ids=tuple(form.strategy_goal_ids), source=source,
                     author_participant_id=person.id if person else None,
                     author_table_group=table_group, entered_by=form.entered_by)


def participant_codes(db: Database, workshop_id: str) -> list[str]:
    """The codes of the workshop's live participants, in order (for completers)."""
    with db.session() as s:
        return list(s.exec(select(Participant.code).where(
            Participant.workshop_id == workshop_id, Participant.deleted == False)  # noqa: E712
            .order_by(Participant.code)))


def table_groups(db: Database, workshop_id: str) -> list[str]:
    """The table groups named as authors of the workshop's live ideas, sorted (for completers)."""
    with db.engine.connect() as conn:
        names = conn.execute(sa.text(
            "SELECT DISTINCT author_table_group FROM idea WHERE workshop_id = :w "
            "AND deleted = false AND author_table_group IS NOT NULL AND author_table_group != ''"),
            {"w": workshop_id}).scalars()
        return sorted(names, key=_natural)


def _natural(name: str) -> tuple:
    """Sort key that puts "Table 2" before "Table 10"."""
    return tuple((0, int(part), "") if part.isdecimal() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", name) if part)
