"""The one idea intake. Every way an idea arrives (Capture and the idea dialog, the kiosk, a
CSV/XLSX import, card entry from paper, and later phones and scanned forms) goes through here:

1. **Parsers that write nothing** turn what was typed or read into values: SDG numbers
   (:func:`parse_sdgs`), a participant code or a bare number (:func:`parse_participant_code`),
   the kind (:func:`parse_kind`), the source (:func:`parse_source`), a table group and a theme
   name. Each refusal is a ``ValidationError`` with a ``field`` and one of the reason codes
   below, with the same limits everywhere.
2. :func:`read_form` turns an :class:`IdeaForm` (codes and names as typed) into an
   :class:`IdeaInput` (ids), still writing nothing; a theme name the project does not have
   yet becomes ``IdeaInput.new_theme``.
3. :class:`IdeaWriter` is the one insert path. Inside the caller's session it checks an
   :class:`IdeaInput` against the database (:meth:`IdeaWriter.check`), adds the idea with its
   SDG and strategy-goal links and the new theme it names (:meth:`IdeaWriter.add`), changes
   one (:meth:`IdeaWriter.update`) and tombstones or brings back ideas and the themes they
   created (:meth:`IdeaWriter.set_deleted`). The caller commits once, so everything one user
   action writes is one transaction, and a refusal writes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlmodel import select

from ...core import rules
from ...core.enums import IdeaKind, IdeaSource, IdeaStatus
from ...core.errors import ValidationError
from ...core.ids import link_id, new_id
from ...core.sdgs import SDG_BY_NUMBER, check_sdg_numbers
from ...storage.database import Database
from ...storage.models import (
    Idea,
    IdeaSDG,
    IdeaStrategyGoal,
    Participant,
    StrategyGoal,
    Theme,
    Workshop,
)
from ..records import get_live, live, new_record, touch

MAX_TABLE_GROUP = rules.MAX_TABLE_GROUP

# Reason codes (``ValidationError.reason``): the GUI words them in the user's
# language; the CLI prints the English message.
NOT_A_CODE = "participant_not_a_code"
OTHER_WORKSHOP = "participant_other_workshop"
UNKNOWN_WORKSHOP = "participant_unknown_workshop"
PARTICIPANT_NOT_FOUND = "participant_not_found"
AUTHOR_BOTH = "author_both"
SDG_UNREADABLE = "sdg_unreadable"
SDG_UNKNOWN = "sdg_unknown"
KIND_UNKNOWN = "kind_unknown"
SOURCE_UNKNOWN = "source_unknown"
THEME_NOT_OF_PROJECT = "theme_not_of_project"
GOAL_OTHER_PROJECT = "goal_other_project"
IDEA_NOT_FOUND = "idea_not_found"
IDEA_DELETED = "idea_deleted"


@dataclass(frozen=True)
class IdeaInput:
    """Everything the intake can say about an idea, by id. ``new_theme`` names a theme to
    create with the idea (matched ignoring case against the project's themes first); it is
    used only when ``theme_id`` is None."""

    text: str
    kind: IdeaKind = IdeaKind.IDEA
    title: str | None = None
    theme_id: str | None = None
    sdgs: tuple[int, ...] = ()
    strategy_goal_ids: tuple[str, ...] = ()
    source: IdeaSource = IdeaSource.LIVE
    author_participant_id: str | None = None
    author_table_group: str | None = None
    entered_by: str = ""
    new_theme: str | None = None


@dataclass(frozen=True)
class IdeaForm:
    """An idea as a form holds it: names and codes as typed, not ids."""

    text: str
    kind: IdeaKind | str = IdeaKind.IDEA
    title: str = ""
    theme: str = ""                  # a theme name; matched ignoring case, created if new
    sdgs: tuple[int, ...] | str = ()
    strategy_goal_ids: tuple[str, ...] = ()
    source: IdeaSource | str = IdeaSource.LIVE
    participant_code: str = ""       # "W1-007", "w1 - 7" or "7" (a number in this workshop)
    table_group: str = ""
    entered_by: str = ""


# --------------------------------------------------------------------------- parsers


_SDG_NUMBER = re.compile(r"(?<![0-9.])([0-9]{1,3})(?:\.([0-9]{1,2}|[a-c]))?(?![0-9])",
                         re.IGNORECASE)
_SDG_FILLER = re.compile(r"\b(?:sdgs?|goals?|mål|fn|un|nr|no|number|and|og|target|delmål)\b"
                         r"|[\s,;/&+#.:]+", re.IGNORECASE)
_SDG_PREFIX_DASH = re.compile(r"\b(sdgs?)\s*[-–]\s*(?=[0-9])", re.IGNORECASE)


def parse_sdgs(value: str | Iterable[int] | None) -> tuple[int, ...]:
    """SDG numbers as typed or read: "11 13", "13,11", "11; 13", "SDG 11", "SDG-11 og SDG13",
    "Mål 3 and goal 4", "11.2" (a target of goal 11) → sorted numbers without repeats; numbers
    given as integers are checked the same way. Raises ``ValidationError("sdgs")`` with reason
    ``sdg_unreadable`` for anything else, ``sdg_unknown`` for numbers outside 1..17."""
    if value is None:
        return ()
    if not isinstance(value, str):
        try:
            numbers = [int(n) for n in value]
        except (TypeError, ValueError):
            raise ValidationError("sdgs", f"Cannot read SDG numbers from {value!r}.",
                                  reason=SDG_UNREADABLE, value=str(value)) from None
        return _known_sdgs(numbers)
    text = _SDG_PREFIX_DASH.sub(r"\1 ", unicodedata.normalize("NFC", value).strip())
    if not text:
        return ()
    numbers = [int(m.group(1)) for m in _SDG_NUMBER.finditer(text)]
    rest = _SDG_FILLER.sub("", _SDG_NUMBER.sub("", text))
    if rest or not numbers:
        raise ValidationError("sdgs", f"Cannot read SDG numbers from {value.strip()!r}: write "
                              "numbers from 1 to 17 such as \"11 13\".", reason=SDG_UNREADABLE,
                              value=value.strip())
    return _known_sdgs(numbers)


def _known_sdgs(numbers: list[int]) -> tuple[int, ...]:
    bad = sorted({n for n in numbers if n not in SDG_BY_NUMBER})
    if bad:
        raise ValidationError("sdgs", f"There is no SDG {', '.join(map(str, bad))}: SDGs are "
                              "numbered 1 to 17.", reason=SDG_UNKNOWN, numbers=bad)
    return tuple(sorted(set(numbers)))


def _word(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold().strip().strip(".!:").strip()


_KIND_WORDS: dict[str, IdeaKind] = {
    **{w: IdeaKind.NEED for w in (
        "need", "needs", "n", "behov", "behovet", "b", "problem", "problems", "problemer",
        "challenge", "challenges", "utfordring", "utfordringer", "issue", "wish", "ønske")},
    **{w: IdeaKind.IDEA for w in (
        "idea", "ideas", "i", "idé", "ide", "ideer", "idéer", "ideen", "idéen", "solution",
        "solutions", "løsning", "løsninger", "løysing", "forslag", "suggestion", "proposal",
        "tiltak")},
}

_SOURCE_WORDS: dict[str, IdeaSource] = {
    **{w: IdeaSource.PAPER for w in (
        "paper", "paper form", "form", "papir", "papirskjema", "skjema", "paper forms")},
    **{w: IdeaSource.STICKY for w in (
        "sticky", "sticky note", "sticky notes", "post-it", "postit", "post it", "lapp",
        "gul lapp", "lapper", "klistrelapp", "note")},
    **{w: IdeaSource.LIVE for w in ("live", "direkte", "digital", "on screen", "skjerm")},
    **{w: IdeaSource.KIOSK for w in ("kiosk",)},
}


def parse_kind(value: IdeaKind | str | None, default: IdeaKind | None = IdeaKind.IDEA
               ) -> IdeaKind | None:
    """"need", "Behov", "problem", "idé", "solution" … → the kind; empty → ``default``.
    Raises ``ValidationError("kind")`` (reason ``kind_unknown``) for anything else."""
    if isinstance(value, IdeaKind):
        return value
    word = _word(value or "")
    if not word:
        return default
    for candidate in (word, word.split("/")[0].strip(), word.split()[0] if word.split() else ""):
        if candidate in _KIND_WORDS:
            return _KIND_WORDS[candidate]
    raise ValidationError("kind", f"{value.strip()!r} is not a kind: write need or idea "
                          "(behov or idé).", reason=KIND_UNKNOWN, value=value)


def parse_source(value: IdeaSource | str | None, default: IdeaSource = IdeaSource.PAPER
                 ) -> IdeaSource:
    """"paper", "papir", "sticky note", "lapp", "live", "kiosk" … → the source; empty →
    ``default``. Raises ``ValidationError("source")`` (reason ``source_unknown``) otherwise."""
    if isinstance(value, IdeaSource):
        return value
    word = _word(value or "")
    if not word:
        return default
    if word in _SOURCE_WORDS:
        return _SOURCE_WORDS[word]
    try:
        return IdeaSource(word)
    except ValueError:
        raise ValidationError("source", f"{value.strip()!r} is not a source: write paper, "
                              "sticky, live or kiosk.", reason=SOURCE_UNKNOWN,
                              value=value) from None


_CODE = re.compile(r"^(?P<workshop>[A-Z0-9]{1,8})\s*[-‐‑–—]\s*(?P<number>[0-9]{1,5})$")


def parse_participant_code(value: str | None, workshop_code: str,
                           field: str = "participant") -> str:
    """A participant code as typed or written on a form, tidied: "w1 - 7", "W1–7" and, in
    workshop W1, a bare "7" all give "W1-007"; "" for an empty field. Raises
    ``ValidationError(field)`` with reason ``participant_not_a_code`` when it cannot be a
    code."""
    typed = rules.clean_text(value)
    if not typed:
        return ""
    text = typed.upper()
    if text.isascii() and text.isdigit() and len(text) <= 5:
        return rules.participant_code(workshop_code, int(text))
    match = _CODE.match(text)
    if match is None:
        raise ValidationError(field, f"“{typed}” is not a participant code. Codes look like "
                              f"{workshop_code}-007.", reason=NOT_A_CODE, code=typed,
                              example=f"{workshop_code}-007")
    return rules.participant_code(match["workshop"], int(match["number"]))


def parse_table_group(value: str | None) -> str | None:
    return rules.optional_text("table_group", value, MAX_TABLE_GROUP)


def parse_theme_name(value: str | None) -> str | None:
    """A theme name as typed, with runs of spaces made one; None for an empty field."""
    name = rules.optional_text("theme", value, rules.MAX_NAME)
    return " ".join(name.split()) if name else None


# --------------------------------------------------------------------------- look-ups


class Lookup:
    """Read-only answers for one workshop inside a session: participants by code, the
    project's themes by name and strategy goals by code. Each answer is asked of the database
    once and kept, so a batch of rows costs one query per distinct code."""

    def __init__(self, s, workshop: Workshop) -> None:
        self.s = s
        self.workshop = workshop
        self._people: dict[str, Participant | None] = {}
        self._workshops: dict[str, bool] = {}
        self._themes: dict[str, str] | None = None
        self._goals: dict[str, str] | None = None

    def participant(self, code: str) -> Participant | None:
        if code not in self._people:
            self._people[code] = self.s.exec(
                live(Participant).where(Participant.code == code)).first()
        return self._people[code]

    def workshop_exists(self, code: str) -> bool:
        if code not in self._workshops:
            self._workshops[code] = self.s.exec(
                live(Workshop).where(Workshop.code == code)).first() is not None
        return self._workshops[code]

    def themes(self) -> dict[str, str]:
        """The project's live themes: casefolded name → id."""
        if self._themes is None:
            self._themes = {t.name.casefold(): t.id for t in self.s.exec(
                live(Theme).where(Theme.project_id == self.workshop.project_id))}
        return self._themes

    def theme_id(self, name: str) -> str | None:
        return self.themes().get(name.casefold())

    def goals(self) -> dict[str, str]:
        """The project's live strategy goals: casefolded code → id."""
        if self._goals is None:
            self._goals = {g.code.casefold(): g.id for g in self.s.exec(
                live(StrategyGoal).where(StrategyGoal.project_id == self.workshop.project_id))}
        return self._goals


def resolve_participant(lookup: Lookup, typed: str | None, field: str = "participant"
                        ) -> Participant | None:
    """The live participant of the workshop with the typed code (None for an empty field).
    Refusals say why: ``participant_not_a_code``, ``participant_other_workshop``,
    ``participant_unknown_workshop`` or ``participant_not_found``."""
    workshop = lookup.workshop
    code = parse_participant_code(typed, workshop.code, field)
    if not code:
        return None
    person = lookup.participant(code)
    prefix = code.split("-", 1)[0]
    if person is not None and person.workshop_id == workshop.id:
        return person
    if person is not None or (prefix != workshop.code and lookup.workshop_exists(prefix)):
        raise ValidationError(field, f"Participant {code} belongs to workshop {prefix}, not "
                              f"{workshop.code}.", reason=OTHER_WORKSHOP, code=code,
                              workshop=prefix)
    if prefix != workshop.code:
        raise ValidationError(field, f"{code} is not a code of this workshop: there is no "
                              f"workshop {prefix}, and codes here start with {workshop.code}-.",
                              reason=UNKNOWN_WORKSHOP, code=code, workshop=prefix)
    raise ValidationError(field, f"There is no participant {code} in workshop "
                          f"{workshop.code}.", reason=PARTICIPANT_NOT_FOUND, code=code,
                          workshop=workshop.code)


def form_to_input(lookup: Lookup, form: IdeaForm) -> IdeaInput:
    """:func:`read_form` inside a session the caller holds."""
    person = resolve_participant(lookup, form.participant_code)
    theme_name = parse_theme_name(form.theme)
    theme_id = lookup.theme_id(theme_name) if theme_name else None
    return IdeaInput(text=form.text, kind=parse_kind(form.kind), title=form.title or None,
                     theme_id=theme_id, new_theme=theme_name if theme_id is None else None,
                     sdgs=parse_sdgs(form.sdgs), strategy_goal_ids=tuple(form.strategy_goal_ids),
                     source=parse_source(form.source, IdeaSource.LIVE),
                     author_participant_id=person.id if person else None,
                     author_table_group=parse_table_group(form.table_group),
                     entered_by=form.entered_by)


def read_form(db: Database, workshop_id: str, form: IdeaForm) -> IdeaInput:
    """Turn a form as typed into a checked :class:`IdeaInput` for ``workshop_id``, writing
    nothing, so a form can say what is wrong before anything is saved. The checks are
    :meth:`IdeaWriter.check`, the same that run again when the idea is written."""
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        writer = IdeaWriter(db, s, workshop)
        return writer.check(form_to_input(writer.lookup, form))


# --------------------------------------------------------------------------- the insert path


@dataclass(frozen=True)
class Written:
    """An idea the writer added or changed, and the theme it created for it (if any)."""

    idea_id: str
    theme_id: str | None
    new_theme_id: str | None = None


class IdeaWriter:
    """The one place ideas are written, inside a session the caller commits.

    ``batch=True`` loads the project's themes, goals and participants once and delays the
    link rows until :meth:`flush` (or every 500 ideas), for imports of many rows."""

    BATCH_FLUSH = 500

    def __init__(self, db: Database, s, workshop: Workshop, batch: bool = False) -> None:
        self.db = db
        self.s = s
        self.workshop = workshop
        self.lookup = Lookup(s, workshop)
        self.created_themes: list[str] = []
        self._links: list = []
        self._batch = batch
        self._added = 0
        # Held here, the session's (weak) identity map answers the checks' look-ups for
        # every row instead of the database.
        self._held = _preload(s, workshop) if batch else []

    # ------------------------------------------------------------------ checking
    def check(self, data: IdeaInput) -> IdeaInput:
        """``data`` tidied, or ``ValidationError`` naming the field. Writes nothing."""
        s, workshop = self.s, self.workshop
        text = rules.require_text("text", data.text, rules.MAX_IDEA_TEXT)
        title = rules.optional_text("title", data.title, rules.MAX_TITLE)
        kind = parse_kind(data.kind)
        source = parse_source(data.source, IdeaSource.LIVE)
        sdgs = tuple(check_sdg_numbers(data.sdgs))
        theme_id, new_theme = data.theme_id or None, None
        if theme_id:
            theme = s.get(Theme, theme_id)
            if theme is None or theme.deleted or theme.project_id != workshop.project_id:
                raise ValidationError("theme", "The theme does not belong to this project.",
                                      reason=THEME_NOT_OF_PROJECT)
        elif data.new_theme:
            new_theme = parse_theme_name(data.new_theme)
            if new_theme:
                theme_id = self.lookup.theme_id(new_theme)
                new_theme = None if theme_id else new_theme
        goals = tuple(dict.fromkeys(data.strategy_goal_ids))
        for goal_id in goals:
            goal = s.get(StrategyGoal, goal_id)
            if goal is None or goal.deleted or goal.project_id != workshop.project_id:
                raise ValidationError("strategy_goals", "A strategy goal is not of this "
                                      "project.", reason=GOAL_OTHER_PROJECT)
        table_group = parse_table_group(data.author_table_group)
        if data.author_participant_id:
            if table_group:
                raise ValidationError("author", "An idea has a participant or a table group "
                                      "as author, not both.", reason=AUTHOR_BOTH)
            person = s.get(Participant, data.author_participant_id)
            if person is None or person.deleted:
                raise ValidationError("participant", "The participant does not exist.",
                                      reason=PARTICIPANT_NOT_FOUND, code="")
            if person.workshop_id != workshop.id:
                other = s.get(Workshop, person.workshop_id)
                raise ValidationError("participant", f"Participant {person.code} belongs to "
                                      f"workshop {other.code}.", reason=OTHER_WORKSHOP,
                                      code=person.code, workshop=other.code)
        return replace(data, text=text, title=title, kind=kind, source=source, sdgs=sdgs,
                       theme_id=theme_id, new_theme=new_theme, strategy_goal_ids=goals,
                       author_table_group=table_group,
                       entered_by=rules.clean_text(data.entered_by)[:rules.MAX_NAME])

    def _theme(self, data: IdeaInput) -> tuple[str | None, str | None]:
        """(theme id, id of a theme created now) for checked ``data``."""
        if data.theme_id or not data.new_theme:
            return data.theme_id, None
        existing = self.lookup.theme_id(data.new_theme)  # an earlier row may have made it
        if existing:
            return existing, None
        theme = new_record(self.db, Theme, id=new_id(), project_id=self.workshop.project_id,
                           name=data.new_theme)
        self.s.add(theme)
        self.s.flush()
        self.lookup.themes()[data.new_theme.casefold()] = theme.id
        self.created_themes.append(theme.id)
        return theme.id, theme.id

    # ------------------------------------------------------------------ writing
    def add(self, data: IdeaInput, idea_id: str | None = None, *,
            checked: bool = False) -> Written:
        """Add a new idea (and the theme it names, if new); returns what was written."""
        if not checked:
            with self.s.no_autoflush:
                data = self.check(data)
        theme_id, created = self._theme(data)
        values = dict(workshop_id=self.workshop.id, title=data.title, text=data.text,
                      kind=data.kind.value, theme_id=theme_id, source=data.source.value,
                      author_participant_id=data.author_participant_id,
                      author_table_group=data.author_table_group, entered_by=data.entered_by,
                      status=IdeaStatus.NEW.value)
        if idea_id:
            values["id"] = idea_id
        idea = new_record(self.db, Idea, **values)
        self.s.add(idea)
        # A new idea has no links yet: add them without looking for existing ones.
        self._links.extend(new_record(self.db, IdeaSDG, id=link_id(idea.id, "sdg_number", n),
                                      idea_id=idea.id, sdg_number=n) for n in data.sdgs)
        self._links.extend(new_record(self.db, IdeaStrategyGoal,
                                      id=link_id(idea.id, "goal_id", g), idea_id=idea.id,
                                      goal_id=g) for g in data.strategy_goal_ids)
        self._added += 1
        if not self._batch or self._added % self.BATCH_FLUSH == 0:
            self.flush()
        return Written(idea.id, theme_id, created)

    def update(self, idea_id: str, data: IdeaInput, *, undelete: bool = False) -> Written:
        """Change an idea to ``data`` (bringing it back first if ``undelete``)."""
        idea = self.s.get(Idea, idea_id)
        if idea is None:
            raise ValidationError("idea", f"No idea with id {idea_id}.", reason=IDEA_NOT_FOUND,
                                  id=idea_id)
        if idea.deleted and not undelete:
            raise ValidationError("idea", "The idea has been deleted.", reason=IDEA_DELETED)
        data = self.check(data)
        theme_id, created = self._theme(data)
        touch(self.db, idea, title=data.title, text=data.text, kind=data.kind.value,
              theme_id=theme_id, source=data.source.value,
              author_participant_id=data.author_participant_id,
              author_table_group=data.author_table_group, entered_by=data.entered_by,
              deleted=False)
        self.s.add(idea)
        self._sync_links(idea_id, IdeaSDG, "sdg_number", data.sdgs)
        self._sync_links(idea_id, IdeaStrategyGoal, "goal_id", data.strategy_goal_ids)
        return Written(idea_id, theme_id, created)

    def _sync_links(self, idea_id: str, cls, column: str, wanted) -> None:
        rows = {getattr(r, column): r
                for r in self.s.exec(select(cls).where(cls.idea_id == idea_id))}
        for value in wanted:
            row = rows.get(value)
            if row is None:
                self.s.add(new_record(self.db, cls, id=link_id(idea_id, column, value),
                                      idea_id=idea_id, **{column: value}))
            elif row.deleted:
                touch(self.db, row, deleted=False)
                self.s.add(row)
        for value, row in rows.items():
            if value not in wanted and not row.deleted:
                touch(self.db, row, deleted=True)
                self.s.add(row)

    def flush(self) -> None:
        """Write the pending ideas, then their links (no ORM relationships order them)."""
        self.s.flush()
        if self._links:
            self.s.add_all(self._links)
            self.s.flush()
            self._links.clear()


def set_deleted(db: Database, s, idea_ids: Iterable[str], deleted: bool,
                theme_ids: Iterable[str] = ()) -> None:
    """Tombstone (or bring back) ideas, and the themes that were created with them, inside the
    caller's session. A theme is only tombstoned while no live idea outside ``idea_ids`` uses
    it. An unknown id raises ``ValidationError`` (the caller's transaction then writes
    nothing)."""
    idea_ids = list(idea_ids)
    for idea_id in idea_ids:
        idea = s.get(Idea, idea_id)
        if idea is None:
            raise ValidationError("idea", f"No idea with id {idea_id}.", reason=IDEA_NOT_FOUND,
                                  id=idea_id)
        if idea.deleted != deleted:
            touch(db, idea, deleted=deleted)
            s.add(idea)
    for theme_id in theme_ids:
        theme = s.get(Theme, theme_id)
        if theme is None or theme.deleted == deleted:
            continue
        if deleted:
            s.flush()
            in_use = s.exec(live(Idea).where(Idea.theme_id == theme_id,
                                             Idea.id.not_in(idea_ids))).first()
            if in_use is not None:
                continue
        touch(db, theme, deleted=deleted)
        s.add(theme)


def _preload(s, workshop: Workshop) -> list:
    """The themes, strategy goals and participants :meth:`IdeaWriter.check` may look up for
    ideas of ``workshop``, loaded at once."""
    return [*s.exec(select(Theme).where(Theme.project_id == workshop.project_id)),
            *s.exec(select(StrategyGoal).where(StrategyGoal.project_id == workshop.project_id)),
            *s.exec(select(Participant).where(Participant.workshop_id == workshop.id))]
