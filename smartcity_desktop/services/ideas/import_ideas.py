"""Importing ideas from a CSV or XLSX file that a volunteer typed elsewhere.

Three steps, each usable from the GUI and the command line:

1. :func:`read_table` (:mod:`.table_file`) reads the file into text cells (CSV in UTF-8 with or
   without BOM, or UTF-16 with BOM; XLSX). A file it cannot read is refused with a
   :class:`ImportFileError` that says why, never a traceback.
2. :func:`guess_mapping` suggests which column holds which field (English and Norwegian
   headers); :func:`preview` checks every row and reports each problem with the row number the
   user sees in a spreadsheet (the header is row 1).
3. :func:`import_rows` writes the good rows in ONE transaction: all of them or none. A file
   with bad rows imports nothing unless ``skip_bad_rows`` is set.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlmodel import select

from ...core import rules
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import Theme, Workshop
from ..records import get_live
from . import capture, intake
from .intake import IdeaInput
from .table_file import ImportFileError, Table, read_table  # noqa: F401 - part of the import API

#: The fields an imported row can fill, in the order forms and reports show them.
FIELDS: tuple[str, ...] = ("text", "title", "kind", "theme", "sdgs", "participant",
                           "table_group", "source", "strategy_goals")
REQUIRED_FIELDS: tuple[str, ...] = ("text",)


# --------------------------------------------------------------------------- column mapping


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\s_\-./:()#*?,;|'\"]+", " ", text)
    return text.strip()


# Exact header names (normalised) per field, English and Norwegian.
_HEADER_NAMES: dict[str, set[str]] = {
    "text": {"text", "idea text", "tekst", "idea", "ideas", "idé", "ide", "ideer", "idéer",
             "description", "beskrivelse", "content", "innhold", "comment", "comments",
             "kommentar", "note", "notes", "sticky note", "lapp", "innspill", "forslag",
             "suggestion", "what", "need or idea text", "idea need", "idé behov", "text of idea",
             "ideens tekst", "fritekst", "svar", "answer"},
    "title": {"title", "tittel", "heading", "headline", "overskrift", "short title",
              "kort tittel", "name", "navn", "subject"},
    "kind": {"kind", "type", "art", "slag", "need or idea", "need idea", "idea or need",
             "behov eller idé", "behov eller ide", "behov idé", "behov ide", "idé eller behov",
             "ide eller behov", "problem or solution", "problem eller løsning", "sort"},
    "theme": {"theme", "tema", "topic", "emne", "category", "kategori", "area", "område",
              "temaområde"},
    "sdgs": {"sdg", "sdgs", "sdg numbers", "sdg number", "un goals", "un sdg", "un sdgs",
             "fn mål", "fns bærekraftsmål", "bærekraftsmål", "bærekraftsmålene",
             "sustainable development goals", "global goals", "globale mål", "fn", "fn s mål",
             "fns mål", "berekraftsmål"},
    "participant": {"participant", "participant code", "participant id", "participant no",
                    "deltaker", "deltakerkode", "deltaker kode", "deltakernummer",
                    "deltaker nr", "deltakar", "author", "forfatter", "person", "code", "kode",
                    "respondent", "skjema nr", "form no", "form code", "participant number"},
    "table_group": {"table", "table group", "group", "bord", "bordgruppe", "bord gruppe",
                    "gruppe", "bordnummer", "bord nr", "table number", "table no", "team",
                    "gruppenummer", "group number"},
    "source": {"source", "kilde", "medium", "channel", "kanal", "from", "fra", "origin",
               "innsamlet via"},
    "strategy_goals": {"strategy goal", "strategy goals", "strategic goal", "strategic goals",
                       "strategimål", "strategi mål", "strategi", "strategy", "local goals",
                       "lokale mål", "goal codes", "strategy goal codes", "målkoder",
                       "kommuneplanmål", "plan goals", "planmål"},
}

# Word beginnings that point to a field when no exact name matches (order = priority).
_HEADER_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("strategy_goals", ("strateg", "kommuneplan", "planmål")),
    ("sdgs", ("sdg", "bærekraft", "berekraft", "sustainab", "fn")),
    ("participant", ("participant", "deltaker", "deltakar", "author", "forfatter")),
    ("table_group", ("table", "bord", "gruppe", "group")),
    ("theme", ("theme", "tema", "topic", "emne", "kategori", "categor")),
    ("title", ("title", "tittel", "overskrift", "heading")),
    ("kind", ("kind", "type", "behov", "need")),
    ("source", ("source", "kilde")),
    ("text", ("text", "tekst", "idea", "idé", "ide", "innspill", "beskriv", "descri",
              "comment", "kommentar", "forslag")),
)


def guess_mapping(headers: Iterable[str]) -> dict[str, str]:
    """Suggest which column holds which field, from the header names (English and Norwegian).
    Returns ``{field: header}`` for the fields it recognised; each column is used once."""
    headers = list(headers)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    normal = {h: _normalise(h) for h in headers}
    for field_name in FIELDS:
        for header in headers:
            if header not in used and normal[header] in _HEADER_NAMES[field_name]:
                mapping[field_name] = header
                used.add(header)
                break
    for field_name, stems in _HEADER_STEMS:
        if field_name in mapping:
            continue
        for header in headers:
            if header in used:
                continue
            words = normal[header].split()
            if any(w.startswith(stem) for w in words for stem in stems):
                mapping[field_name] = header
                used.add(header)
                break
    return mapping


def check_mapping(headers: Sequence[str], mapping: Mapping[str, str | None]) -> dict[str, int]:
    """``{field: column index}`` for a mapping, or a ValidationError that says what is wrong."""
    result: dict[str, int] = {}
    by_column: dict[int, str] = {}
    for field_name, header in mapping.items():
        if field_name not in FIELDS:
            raise ValidationError("mapping", f"{field_name!r} is not a field that can be "
                                  f"imported; the fields are: {', '.join(FIELDS)}.",
                                  reason="unknown_field", name=field_name)
        if not header:
            continue
        matches = [i for i, h in enumerate(headers) if h == header] or \
            [i for i, h in enumerate(headers) if h.casefold() == str(header).casefold()]
        if not matches:
            raise ValidationError("mapping", f"The file has no column {header!r}; its columns "
                                  f"are: {', '.join(headers)}.", reason="unknown_column",
                                  column=header)
        index = matches[0]
        if index in by_column:
            raise ValidationError("mapping", f"The column {headers[index]!r} is chosen for both "
                                  f"{by_column[index]} and {field_name}.",
                                  reason="column_twice", column=headers[index])
        by_column[index] = field_name
        result[field_name] = index
    for field_name in REQUIRED_FIELDS:
        if field_name not in result:
            raise ValidationError("mapping", "Choose the column that holds the text of the "
                                  "ideas.", reason="no_text_column", name=field_name)
    return result


# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class RowError:
    """One problem in one row. ``reason`` is a stable code the GUI can translate."""

    field: str
    reason: str
    message: str
    details: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class PreviewRow:
    row_number: int                 # as a spreadsheet shows it: the header is row 1
    cells: dict[str, str]           # field -> the text in the file
    data: IdeaInput | None          # what will be saved (None when the row has errors)
    theme_name: str | None = None   # the theme named in the row (existing or new)
    new_theme: bool = False         # the theme does not exist yet and will be created
    errors: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class Preview:
    rows: tuple[PreviewRow, ...]
    new_themes: tuple[str, ...]     # created by the import (themes of rows without errors)
    warnings: tuple[str, ...] = ()

    @property
    def good(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def bad(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if not r.ok)


def _error(exc: ValidationError, reason: str | None = None) -> RowError:
    details = {k: v for k, v in exc.details.items() if k != "field"}
    given = exc.reason if exc.reason != exc.code else exc.field  # no reason of its own
    return RowError(exc.field, reason or given, exc.message, details)


def _text_error(exc: ValidationError) -> RowError:
    reason = "too_long" if "limit" in exc.details else "empty"
    return _error(exc, f"{exc.field}_{reason}")


def _parse_row(lookup: intake.Lookup, number: int, cells: dict[str, str],
               entered_by: str) -> PreviewRow:
    """One row through the intake's parsers, every problem of the row collected."""
    errors: list[RowError] = []

    def parsed(parse, *args, reason: str | None = None, text_error: bool = False):
        try:
            return parse(*args)
        except ValidationError as exc:
            errors.append(_text_error(exc) if text_error else _error(exc, reason))
            return None

    text = parsed(rules.require_text, "text", cells.get("text", ""), rules.MAX_IDEA_TEXT,
                  text_error=True)
    title = parsed(rules.optional_text, "title", cells.get("title", ""), rules.MAX_TITLE,
                   text_error=True)
    kind = parsed(intake.parse_kind, cells.get("kind", ""))
    source = parsed(intake.parse_source, cells.get("source", ""))
    sdgs = parsed(intake.parse_sdgs, cells.get("sdgs", "")) or ()
    theme_name = parsed(intake.parse_theme_name, cells.get("theme", ""), text_error=True)
    theme_id = lookup.theme_id(theme_name) if theme_name else None
    goal_ids: list[str] = []
    goals_text = cells.get("strategy_goals", "").strip()
    if goals_text:
        goals = lookup.goals()
        unknown = []
        for token in filter(None, (t.strip() for t in re.split(r"[,;/\n]+", goals_text))):
            parts = [token] if token.casefold() in goals else token.split()
            for part in parts:
                goal_id = goals.get(part.casefold())
                if goal_id is None:
                    unknown.append(part)
                elif goal_id not in goal_ids:
                    goal_ids.append(goal_id)
        if unknown:
            known = ", ".join(sorted(c.upper() for c in goals)) or "none"
            errors.append(RowError("strategy_goals", "goal_unknown",
                                   f"Unknown strategy goal code(s): {', '.join(unknown)} "
                                   f"(this project's codes: {known}).",
                                   {"codes": unknown}))
    table_group = parsed(intake.parse_table_group, cells.get("table_group", ""),
                         text_error=True)
    person = parsed(intake.resolve_participant, lookup, cells.get("participant", ""))
    if person is not None and table_group:
        errors.append(RowError("author", intake.AUTHOR_BOTH,
                               "An idea has a participant or a table group as author, "
                               "not both."))
    data = None
    if not errors:
        data = IdeaInput(text=text, kind=kind, title=title, theme_id=theme_id,
                         new_theme=theme_name if theme_id is None else None, sdgs=sdgs,
                         strategy_goal_ids=tuple(goal_ids), source=source,
                         author_participant_id=person.id if person else None,
                         author_table_group=table_group, entered_by=entered_by)
    return PreviewRow(number, cells, data, theme_name, bool(theme_name and theme_id is None),
                      tuple(errors))


def preview(db: Database, workshop_id: str, table: Table, mapping: Mapping[str, str | None],
            entered_by: str = "") -> Preview:
    """Check every row of ``table`` for the workshop; nothing is written."""
    columns = check_mapping(table.headers, mapping)
    rows = []
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        # The writer's own checks too, so that the preview never promises what the write
        # refuses; in batch mode it holds what the checks look up.
        writer = intake.IdeaWriter(db, s, workshop, batch=True)
        for number, record in zip(table.row_numbers, table.rows):
            cells = {f: record[i] for f, i in columns.items()}
            row = _parse_row(writer.lookup, number, cells, entered_by)
            if row.data is not None:
                try:
                    with s.no_autoflush:
                        row = replace(row, data=writer.check(row.data))
                except ValidationError as exc:
                    row = replace(row, data=None, errors=(_error(exc),))
            rows.append(row)
    new_themes: dict[str, str] = {}
    for row in rows:
        if row.ok and row.new_theme:
            new_themes.setdefault(row.theme_name.casefold(), row.theme_name)
    return Preview(tuple(rows), tuple(new_themes.values()), table.warnings)


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportResult:
    """What an import did. ``status``: ``imported``; ``refused`` (rows with errors and
    ``skip_bad_rows`` not set: nothing written); ``cancelled`` (nothing written);
    ``nothing`` (no row to import)."""

    status: str
    idea_ids: tuple[str, ...] = ()
    theme_ids: tuple[str, ...] = ()
    themes_created: tuple[str, ...] = ()
    bad_rows: tuple[PreviewRow, ...] = ()
    rows: int = 0

    @property
    def imported(self) -> int:
        return len(self.idea_ids)

    @property
    def skipped(self) -> int:
        return len(self.bad_rows) if self.status == "imported" else 0


def import_rows(db: Database, workshop_id: str, table: Table, mapping: Mapping[str, str | None],
                skip_bad_rows: bool = False, entered_by: str = "",
                progress: Callable[[int, int], bool | None] | None = None,
                checked: Preview | None = None) -> ImportResult:
    """Import the rows of ``table`` into the workshop in ONE transaction.

    Rows with errors make the whole import refused unless ``skip_bad_rows``: then only the
    good rows are imported. ``progress(done, total)`` is called after each row; returning
    False cancels, and nothing is written. New theme names become themes in the same
    transaction. ``checked`` is a preview made of the same table and mapping, to reuse."""
    result = checked or preview(db, workshop_id, table, mapping, entered_by)
    bad = result.bad
    if bad and not skip_bad_rows:
        return ImportResult("refused", bad_rows=bad, rows=len(result.rows))
    good = result.good
    if not good:
        return ImportResult("nothing", bad_rows=bad, rows=len(result.rows))
    inputs = []
    for row in good:
        data = row.data
        if entered_by and not data.entered_by:
            data = replace(data, entered_by=entered_by)
        inputs.append(data)
    try:
        written = capture.add_ideas_in_one_transaction(db, workshop_id, inputs,
                                                       progress=progress)
    except capture.BatchCancelled:
        return ImportResult("cancelled", bad_rows=bad, rows=len(result.rows))
    except ValidationError as exc:
        index = exc.details.get("index")
        if isinstance(index, int) and 0 <= index < len(good):
            details = {k: v for k, v in exc.details.items() if k not in ("field", "index")}
            raise ValidationError(exc.field, f"Row {good[index].row_number}: {exc.message}",
                                  row=good[index].row_number, **details) from None
        raise
    with db.session() as s:
        names = {t.id: t.name for t in s.exec(select(Theme).where(
            Theme.id.in_(written.theme_ids)))} if written.theme_ids else {}
    return ImportResult("imported", tuple(written.idea_ids), tuple(written.theme_ids),
                        tuple(names[i] for i in written.theme_ids), bad, len(result.rows))
