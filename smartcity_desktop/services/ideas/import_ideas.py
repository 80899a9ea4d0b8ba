"""Importing ideas from a CSV or XLSX file that a volunteer typed elsewhere.

Three steps, each usable from the GUI and the command line:

1. :func:`read_table` reads the file into text cells (CSV in UTF-8 with or without BOM, or
   UTF-16 with BOM; XLSX through openpyxl). A file it cannot read is refused with a
   :class:`ImportFileError` that says why, never a traceback.
2. :func:`guess_mapping` suggests which column holds which field (English and Norwegian
   headers); :func:`preview` checks every row and reports each problem with the row number the
   user sees in a spreadsheet (the header is row 1).
3. :func:`import_rows` writes the good rows in ONE transaction: all of them or none. A file
   with bad rows imports nothing unless ``skip_bad_rows`` is set.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlmodel import select

from ...core import rules
from ...core.errors import SmartCityError, ValidationError
from ...storage.database import Database
from ...storage.models import Theme, Workshop
from ..records import get_live
from . import capture, intake
from .intake import IdeaInput

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 256

#: The fields an imported row can fill, in the order forms and reports show them.
FIELDS: tuple[str, ...] = ("text", "title", "kind", "theme", "sdgs", "participant",
                           "table_group", "source", "strategy_goals")
REQUIRED_FIELDS: tuple[str, ...] = ("text",)


class ImportFileError(SmartCityError):
    """A file that cannot be imported. ``reason`` is a stable code: ``unreadable``,
    ``too_big``, ``too_many_rows``, ``too_many_columns``, ``cell_too_big``, ``not_text``,
    ``not_utf8``, ``unknown_encoding``, ``bad_quotes``, ``not_xlsx``, ``old_xls``, ``ods``,
    ``unknown_sheet`` or ``empty``."""

    code = "import_file"

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


# --------------------------------------------------------------------------- reading files


@dataclass(frozen=True)
class Table:
    """A file read into text: the header row and the data rows (wholly empty rows left out),
    each with its number as a spreadsheet shows it (the header is row 1)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    name: str = ""
    kind: str = "csv"                      # "csv" or "xlsx"
    sheet: str | None = None               # the sheet read (XLSX)
    sheets: tuple[str, ...] = ()           # every sheet of the workbook (XLSX)
    delimiter: str | None = None           # CSV
    encoding: str | None = None            # CSV
    warnings: tuple[str, ...] = ()


def read_table(path: str | Path, sheet: str | None = None, encoding: str | None = None) -> Table:
    """Read a CSV or XLSX file. ``sheet`` picks a worksheet of a workbook (default: the first);
    ``encoding`` forces the text encoding of a CSV file (default: UTF-8, with or without BOM,
    or UTF-16 with BOM; a file in another encoding is refused unless it is named here)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportFileError("unreadable", f"Cannot read {path.name}: {exc.strerror or exc}.",
                              path=str(path)) from exc
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            "too_big", f"{path.name} is {size / 1024 / 1024:.0f} MB; files up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB can be imported. Split it into smaller files.",
            size=size, limit=MAX_FILE_BYTES)
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise ImportFileError("old_xls", f"{path.name} is in the old Excel format (.xls). Open "
                              "it in Excel or LibreOffice and save it as .xlsx or CSV.")
    if suffix in (".ods", ".numbers"):
        raise ImportFileError("ods", f"{path.name} is not an Excel or CSV file. Save it as .xlsx "
                              "or CSV (UTF-8) and import that file.")
    if head.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    return _read_csv(path, encoding)


def _decode(raw: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportFileError("unknown_encoding", f"{encoding!r} is not a text encoding "
                                  "Python knows.", encoding=encoding) from None
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                "not_utf8", f"{name} cannot be read as {encoding}: byte {raw[exc.start]:#04x} "
                f"at position {exc.start} does not fit.", encoding=encoding) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass  # explained below like any other undecodable file
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            "not_utf8", f"{name} is not UTF-8 text (line {line} has the byte "
            f"{raw[exc.start]:#04x}, which UTF-8 does not allow). Save it as \"CSV UTF-8\" in "
            "Excel or as UTF-8 in LibreOffice and import it again, or name its encoding "
            "(for example cp1252 for Western European Windows).", line=line) from None
    return text, "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"


def _sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    header = sample.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = None
    # The header names rarely hold a delimiter: trust it over a guess that it contradicts.
    counts = {d: header.count(d) for d in ",;\t"}
    best = max(counts, key=counts.get)
    if delimiter is None or (counts[delimiter] == 0 and counts[best] > 0):
        delimiter = best if counts[best] else ","
    return delimiter


def _read_csv(path: Path, encoding: str | None) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("unreadable", f"Cannot read {path.name}: {exc.strerror or exc}.",
                              path=str(path)) from exc
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and not encoding:
        raise ImportFileError("not_text", f"{path.name} is not a text (CSV) file. Import a CSV "
                              "or an Excel (.xlsx) file.")
    text, used = _decode(raw, path.name, encoding)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=True)
    records: list[list[str]] = []
    filled = 0
    ended = 0  # the line the last complete record ended on
    try:
        for record in reader:
            ended = reader.line_num
            records.append(record)
            if any(c.strip() for c in record):
                filled += 1
                if filled > MAX_ROWS + 1:  # the header and MAX_ROWS ideas
                    _too_many_rows(path.name)
    except csv.Error as exc:
        line = reader.line_num
        message = str(exc)
        if "end of data" in message or "EOF" in message:
            raise ImportFileError(
                "bad_quotes", f"{path.name} ends inside a quoted cell: a quote (\") opened on "
                f"line {ended + 1} is never closed. The file may be cut off, or a quote is "
                "missing.", line=ended + 1) from None
        if "field larger" in message:
            raise ImportFileError("cell_too_big", f"{path.name} has a cell too large to be an "
                                  f"idea near line {line}.", line=line) from None
        raise ImportFileError("bad_quotes", f"{path.name} is not valid CSV near line {line}: "
                              f"{message}. Check the quotes (\") on that line.",
                              line=line) from None
    table = _make_table(records, path.name, kind="csv", delimiter=delimiter, encoding=used)
    if len(table.headers) == 1 and table.rows:
        table = replace(table, warnings=(
            "The file has only one column. If it should have more, its columns are not "
            "separated by commas, semicolons or tabs.",))
    return table


def _too_many_rows(name: str):
    raise ImportFileError("too_many_rows", f"{name} has more than {MAX_ROWS:,} rows; split it "
                          "into smaller files.", limit=MAX_ROWS)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import openpyxl  # imported here: the CSV path and the CLI start faster without it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError,
            TypeError, IndexError, AttributeError, EOFError) as exc:
        raise ImportFileError("not_xlsx", f"{path.name} is not an Excel workbook (.xlsx) or "
                              f"it is damaged ({type(exc).__name__}). Open it in Excel or "
                              "LibreOffice and save it again as .xlsx or CSV.") from None
    except Exception as exc:  # noqa: BLE001 - any other failure of a damaged file
        raise ImportFileError("not_xlsx", f"{path.name} cannot be read as an Excel workbook "
                              f"({type(exc).__name__}).") from None
    try:
        names = tuple(ws.title for ws in workbook.worksheets)
        if not names:
            raise ImportFileError("empty", f"{path.name} has no worksheet.")
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in names:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError("unknown_sheet", f"{path.name} has no sheet {sheet!r}; its "
                                  f"sheets are: {', '.join(names)}.", sheet=sheet, sheets=names)
        records: list[list[str]] = []
        data_rows = 0
        try:
            for values in worksheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True):
                cells = [_cell_text(v) for v in values]
                if len(cells) > MAX_COLUMNS and cells[MAX_COLUMNS].strip():
                    raise ImportFileError("too_many_columns", f"{path.name} has more than "
                                          f"{MAX_COLUMNS} columns.", limit=MAX_COLUMNS)
                records.append(cells[:MAX_COLUMNS])
                if any(c.strip() for c in cells):
                    data_rows += 1
                    if data_rows > MAX_ROWS + 1:
                        _too_many_rows(path.name)
        except ImportFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged sheet inside a valid zip
            raise ImportFileError("not_xlsx", f"The sheet {worksheet.title!r} of {path.name} is "
                                  f"damaged ({type(exc).__name__}).") from None
        return _make_table(records, path.name, kind="xlsx", sheet=worksheet.title, sheets=names)
    finally:
        workbook.close()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _make_table(records: list[list[str]], name: str, **info) -> Table:
    """Headers from the first non-empty row; empty rows and empty trailing columns dropped;
    blank and repeated header names made unique."""
    numbered = [(n, [c.strip() if isinstance(c, str) else _cell_text(c) for c in record])
                for n, record in enumerate(records, 1)]
    numbered = [(n, cells) for n, cells in numbered if any(cells)]
    if not numbered:
        raise ImportFileError("empty", f"{name} is empty: there is no header row and no ideas.")
    (_, header), body = numbered[0], numbered[1:]
    width = max(len(cells) for _, cells in numbered)

    def used(i: int) -> bool:
        return bool((i < len(header) and header[i]) or any(i < len(c) and c[i] for _, c in body))

    while width and not used(width - 1):
        width -= 1
    headers: list[str] = []
    seen: set[str] = set()
    for i in range(width):
        title = header[i] if i < len(header) else ""
        title = " ".join(title.split()) or f"Column {_column_letter(i)}"
        unique, k = title, 2
        while unique.casefold() in seen:
            unique, k = f"{title} ({k})", k + 1
        seen.add(unique.casefold())
        headers.append(unique)
    rows = tuple(tuple((cells + [""] * width)[:width]) for _, cells in body)
    return Table(tuple(headers), rows, tuple(n for n, _ in body), name=name, **info)


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
