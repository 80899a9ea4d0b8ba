"""Reading a table of text cells from a CSV or XLSX file (:func:`read_table`): CSV in UTF-8
with or without BOM, or UTF-16 with BOM; XLSX through openpyxl. A file that cannot be read is
refused with an :class:`ImportFileError` that says why, never a traceback. Used by the idea
import (:mod:`.import_ideas`) and the vote import (``prioritise.vote_import``).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from ...core.errors import SmartCityError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 256



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


