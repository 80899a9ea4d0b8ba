"""Loading a reference population profile (e.g. census figures) from a CSV file.

:func:`load_reference_csv` reads a profile from a CSV file into the project (replacing the
previous one; all or nothing); :class:`ReplaceReference` does it as an undoable command.
``reference_profile`` gives the profile back as shares.

The reference CSV file
----------------------
One row per category of a demographic question, UTF-8 (with or without BOM), separated by
commas, semicolons or tabs; the first line that is not a comment names the columns:

=============  ==========================================================================
``dimension``  The question: its key (``age``, ``gender``, …) or its label (``Age``).
``category``   The answer: its key (``20-44``, ``woman``, …) or its label (``Woman``).
               "Prefer not to say" is not a reference category.
``count``      How many people of the population are in the category (a number ≥ 0;
               ``5 109 056`` and ``5,109,056`` are read as 5109056), **or**
``share``      the category's share of the population: 0 to 1 (``0.497``) or a percentage
               (``49.7%``). The shares of a dimension must add up to 1 (± 0.01). When a
               row has both, the count is used.
``source``     Optional: where the figure comes from (publisher, table, web address).
``year``       Optional: the year the figure describes (e.g. ``2014``).
=============  ==========================================================================

Within one dimension every row gives a count, or every row gives a share (a file may use
counts for one dimension and shares for another). A dimension need not list every category
of the question: the categories left out (e.g. "non-binary" when the census counts women and
men) are shown without reference figures and are left out of the weighting. Column names are
not case sensitive; other columns are ignored.

Lines starting with ``#`` are comments. Comments of the form ``# source: …``,
``# publisher: …``, ``# url: …`` and ``# year: …`` give the source and year of every row
that has no ``source``/``year`` cell of its own. Example::

    # publisher: Statistics Norway (SSB)
    # source: Residents 1 January 2014, https://www.ssb.no/...
    # year: 2014
    dimension,category,count
    age,16-19,262789
    gender,woman,2541600

Loading checks every row and loads nothing when any row has a problem (each problem is
reported with its line number). A loaded file replaces the project's previous profile
(the old rows are tombstoned, so the change syncs).
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...core.errors import SmartCityError
from ...core.resources import resource
from ...storage.database import Database
from ...storage.models import Project, ReferenceCategory
from ..commands import Change, Command
from ..records import get_live, new_record
from .projects import DimensionInfo, list_dimensions
from .reference_profile import live_reference_ids, restore_reference, tombstone_profile

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
SHARE_SUM_TOLERANCE = 0.01
SAMPLE_FILE = ("reference", "norway-2014-age-gender.csv")


def sample_reference_file() -> Path:
    """The shipped sample profile: Norway, 1 January 2014, age (16+) and sex (Statistics
    Norway). National, not municipal figures."""
    return resource(*SAMPLE_FILE)


class ReferenceFileError(SmartCityError):
    """A reference file that cannot be read at all. ``reason``: ``unreadable``, ``too_big``,
    ``not_text``, ``not_utf8``, ``bad_quotes``, ``empty``, ``too_many_rows``,
    ``missing_columns`` or ``no_value_column``."""

    code = "reference_file"

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


@dataclass(frozen=True)
class RowError:
    """One problem of one line of the file (``line`` as a text editor numbers it)."""

    line: int
    field: str
    reason: str
    message: str
    details: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ReferenceReport:
    file_name: str
    loaded: bool                       # False: nothing was written (see errors)
    rows: int                          # category rows read (and loaded, when loaded)
    dimensions: tuple[str, ...]        # dimension keys in the file, in file order
    errors: tuple[RowError, ...] = ()
    replaced: int = 0                  # rows of the previous profile tombstoned
    source: str = ""                   # from the "# source:" comments
    year: int | None = None            # from the "# year:" comment
    warnings: tuple[str, ...] = ()


@dataclass
class _Row:
    line: int
    dimension: DimensionInfo
    category: str
    count: float | None
    share: float | None
    source: str
    year: int | None


_COLUMNS = ("dimension", "category", "count", "share", "source", "year")
_META_KEYS = ("publisher", "source", "url", "year")


def load_reference_csv(db: Database, project_id: str, path: str | Path, *,
                       dry_run: bool = False) -> ReferenceReport:
    """Read a reference profile from ``path`` (columns in the module docstring) and make it
    the project's profile. Every row is checked first; when any row has a problem nothing is
    written and the report lists the problems (``loaded=False``). A file that is not a
    readable CSV raises :class:`ReferenceFileError`. ``dry_run`` checks without writing."""
    path = Path(path)
    with db.session() as s:
        get_live(s, Project, project_id, "project")
    text = _read_text(path)
    meta, records = _parse(text, path.name)
    header_line, headers = records[0]
    columns = _columns(headers, path.name)
    dims = list_dimensions(db, project_id)
    rows, errors, failed = _check_rows(records[1:], columns, dims, meta)
    # A dimension with a bad row is not checked as a whole (its sum would be off too).
    errors += _check_dimensions([r for r in rows if r.dimension.key not in failed])
    errors.sort(key=lambda e: e.line)
    dim_keys = tuple(dict.fromkeys(r.dimension.key for r in rows))
    source = _meta_source(meta)
    year = meta.get("year_value")
    if not rows and not errors:
        raise ReferenceFileError("empty", f"{path.name} has column names but no figures.")
    report = ReferenceReport(path.name, False, len(rows), dim_keys, tuple(errors), 0, source,
                             year)
    if errors or dry_run:
        return report
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        replaced = tombstone_profile(db, s, project_id)
        s.flush()
        for row in rows:
            s.add(new_record(db, ReferenceCategory, project_id=project_id,
                             dimension_key=row.dimension.key, category_key=row.category,
                             count=row.count, share=row.share, source=row.source,
                             year=row.year))
        s.commit()
    return ReferenceReport(path.name, True, len(rows), dim_keys, (), replaced, source, year)


def load_sample_reference(db: Database, project_id: str) -> ReferenceReport:
    """Load the shipped sample profile (Norway 2014, age 16+ and sex) into the project."""
    return load_reference_csv(db, project_id, sample_reference_file())


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReferenceFileError(
                "too_big", f"{path.name} is {size / 1024 / 1024:.1f} MB; a reference profile "
                f"is a short list of categories (files up to {MAX_FILE_BYTES // 1024 // 1024} "
                "MB are read).", size=size, limit=MAX_FILE_BYTES)
        raw = path.read_bytes()
    except OSError as exc:
        raise ReferenceFileError("unreadable", f"Cannot read {path.name}: "
                                 f"{exc.strerror or exc}.", path=str(path)) from exc
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:4096] or raw.startswith(b"PK\x03\x04") \
            or raw.startswith(b"\xd0\xcf\x11\xe0") or raw.startswith(b"%PDF"):
        raise ReferenceFileError("not_text", f"{path.name} is not a text (CSV) file. Save the "
                                 "figures as CSV (UTF-8) and load that file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ReferenceFileError(
            "not_utf8", f"{path.name} is not UTF-8 text (line {line} has the byte "
            f"{raw[exc.start]:#04x}). Save it as \"CSV UTF-8\" in Excel or as UTF-8 in "
            "LibreOffice and load it again.", line=line) from None


def _parse(text: str, name: str) -> tuple[dict, list[tuple[int, list[str]]]]:
    """Comment metadata and the non-empty records as (line number, cells)."""
    meta: dict = {}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            key, sep, value = stripped.lstrip("#").partition(":")
            key = key.strip().lower()
            if sep and key in _META_KEYS and value.strip():
                meta.setdefault(key, value.strip())
                if key == "year":
                    meta["year_line"] = number
            kept.append("")  # keep the line numbers
        else:
            kept.append(line)
    body = "\n".join(kept)
    header = next((line for line in kept if line.strip()), "")
    counts = {d: header.count(d) for d in ",;\t"}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for record in reader:
            if any(c.strip() for c in record):
                records.append((start, [c.strip() for c in record]))
                if len(records) > MAX_ROWS + 1:
                    raise ReferenceFileError("too_many_rows", f"{name} has more than "
                                             f"{MAX_ROWS:,} rows; a reference profile has one "
                                             "row per category.", limit=MAX_ROWS)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReferenceFileError("bad_quotes", f"{name} is not valid CSV near line "
                                 f"{reader.line_num}: {exc}. Check the quotes (\") on that "
                                 "line.", line=reader.line_num) from None
    if not records:
        raise ReferenceFileError("empty", f"{name} is empty: it has no column names and no "
                                 "figures.")
    if "year" in meta:
        year = _year(meta["year"])
        if year is None:
            raise ReferenceFileError("year_unreadable", f"{name}, line {meta['year_line']}: "
                                     f"“{meta['year']}” is not a year like 2014.",
                                     line=meta["year_line"], value=meta["year"])
        meta["year_value"] = year
    return meta, records


def _meta_source(meta: dict) -> str:
    parts = [meta.get("publisher", ""), meta.get("source", ""), meta.get("url", "")]
    result: list[str] = []
    for part in parts:
        if part and not any(part in other for other in result):
            result.append(part)
    return " · ".join(result)


def _columns(headers: list[str], name: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        key = header.strip().strip('"').lower()
        if key in _COLUMNS and key not in found:
            found[key] = i
    missing = [c for c in ("dimension", "category") if c not in found]
    if missing:
        raise ReferenceFileError(
            "missing_columns", f"{name} has no {' and no '.join(missing)} column. The first "
            "line that is not a comment must name the columns: dimension,category,count (or "
            f"share). It reads: {','.join(headers)[:120]}", missing=missing)
    if "count" not in found and "share" not in found:
        raise ReferenceFileError(
            "no_value_column", f"{name} has neither a count nor a share column. Name the "
            "column with the figures count (people) or share (0 to 1, or a percentage).")
    return found


_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def _number(value: str) -> float | None:
    text = value.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "")
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _year(value: str) -> int | None:
    text = value.strip()
    if re.fullmatch(r"\d{4}", text) and 1800 <= int(text) <= 2200:
        return int(text)
    return None


def _find(items: Iterable, text: str):
    wanted = text.casefold().replace("–", "-").replace("—", "-")
    for item in items:
        if item.key.casefold() == wanted:
            return item
    for item in items:
        if item.label.casefold().replace("–", "-").replace("—", "-") == wanted:
            return item
    return None


def _check_rows(records, columns, dims, meta) -> tuple[list[_Row], list[RowError], set[str]]:
    rows: list[_Row] = []
    errors: list[RowError] = []
    failed: set[str] = set()
    seen: dict[tuple[str, str], int] = {}
    default_source = _meta_source(meta)
    default_year = meta.get("year_value")

    def cell(cells: list[str], column: str) -> str:
        index = columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for line, cells in records:
        problems: list[RowError] = []

        def problem(field_name: str, reason: str, message: str, **details) -> None:
            problems.append(RowError(line, field_name, reason, message, details))

        dim_text, cat_text = cell(cells, "dimension"), cell(cells, "category")
        dim = cat = None
        if not dim_text:
            problem("dimension", "dimension_missing", "The dimension is empty.")
        else:
            dim = _find(dims, dim_text)
            if dim is None:
                problem("dimension", "dimension_unknown",
                        f"“{dim_text}” is not a demographic question of this project "
                        f"(the questions are {', '.join(d.key for d in dims)}).",
                        value=dim_text, known=[d.key for d in dims])
        if not cat_text:
            problem("category", "category_missing", "The category is empty.")
        elif dim is not None:
            cat = _find(dim.categories, cat_text)
            if cat is None:
                choices = [c.key for c in dim.categories if not c.is_prefer_not_to_say]
                problem("category", "category_unknown",
                        f"“{cat_text}” is not a category of {dim.label} (the categories are "
                        f"{', '.join(choices)}).", value=cat_text, dimension=dim.key,
                        dimension_label=dim.label, known=choices)
            elif cat.is_prefer_not_to_say:
                problem("category", "category_prefer_not_to_say",
                        "“Prefer not to say” is an answer, not a group of the population: "
                        "leave it out of the reference.", dimension=dim.key)
                cat = None
        count = share = None
        count_text, share_text = cell(cells, "count"), cell(cells, "share")
        if count_text:
            count = _number(count_text)
            if count is None:
                problem("count", "count_unreadable", f"“{count_text}” is not a number.",
                        value=count_text)
            elif count < 0:
                problem("count", "count_negative", f"The count {count_text} is below 0.",
                        value=count_text)
                count = None
        if share_text and not count_text:
            percent = share_text.endswith("%")
            share = _number(share_text.rstrip("%").strip())
            if share is None:
                problem("share", "share_unreadable", f"“{share_text}” is not a share like "
                        "0.25 or 25%.", value=share_text)
            else:
                share = share / 100 if percent else share
                if not 0 <= share <= 1:
                    problem("share", "share_out_of_range",
                            f"The share {share_text} is not between 0 and 1 (write a "
                            "percentage with %, e.g. 25%).", value=share_text)
                    share = None
        if not count_text and not share_text:
            problem("count" if "count" in columns else "share", "value_missing",
                    "The row has no count and no share.")
        year = default_year
        year_text = cell(cells, "year")
        if year_text:
            year = _year(year_text)
            if year is None:
                problem("year", "year_unreadable", f"“{year_text}” is not a year like 2014.",
                        value=year_text)
        source = cell(cells, "source") or default_source
        if len(source) > 500:
            problem("source", "source_too_long", f"The source is {len(source)} characters "
                    "long; the limit is 500.", length=len(source), limit=500)
        if dim is not None and cat is not None:
            first = seen.get((dim.key, cat.key))
            if first is not None:
                problem("category", "duplicate", f"{dim.label} – {cat.label} is already on "
                        f"line {first}.", dimension=dim.key, category=cat.key, first=first)
            else:
                seen[(dim.key, cat.key)] = line
        if problems:
            errors += problems
            if dim is not None:
                failed.add(dim.key)
        elif dim is not None and cat is not None:
            rows.append(_Row(line, dim, cat.key, count, share, source, year))
    return rows, errors, failed


def _check_dimensions(rows: list[_Row]) -> list[RowError]:
    errors = []
    by_dim: dict[str, list[_Row]] = {}
    for row in rows:
        by_dim.setdefault(row.dimension.key, []).append(row)
    for key, items in by_dim.items():
        label = items[0].dimension.label
        kinds = {"count" if r.count is not None else "share" for r in items}
        if len(kinds) > 1:
            odd = next(r for r in items if ("count" if r.count is not None else "share")
                       != ("count" if items[0].count is not None else "share"))
            errors.append(RowError(
                odd.line, "share" if odd.count is None else "count", "dimension_mixed",
                f"{label} mixes counts and shares: give every category of a dimension a "
                f"count, or every category a share.", {"dimension": key, "dimension_label": label}))
            continue
        if kinds == {"share"}:
            total = sum(r.share for r in items)
            if abs(total - 1) > SHARE_SUM_TOLERANCE:
                errors.append(RowError(
                    items[0].line, "share", "shares_sum",
                    f"The shares of {label} add up to {total:.3f}, not 1.",
                    {"dimension": key, "dimension_label": label, "total": round(total, 6)}))
        else:
            if sum(r.count for r in items) <= 0:
                errors.append(RowError(items[0].line, "count", "total_zero",
                                       f"The counts of {label} add up to 0.",
                                       {"dimension": key, "dimension_label": label}))
    return errors


class ReferenceRejected(SmartCityError):
    """Raised by :class:`ReplaceReference` when the file has rows with problems (nothing was
    loaded); ``report`` lists them."""

    code = "reference_rejected"

    def __init__(self, report: ReferenceReport) -> None:
        super().__init__(f"Nothing loaded: {len(report.errors)} problem(s) in "
                         f"{report.file_name}.", file=report.file_name, count=len(report.errors))
        self.report = report


class ReplaceReference(Command):
    """Undoable "load this file as the project's profile" (plain command, see
    services.commands). The first ``redo`` loads the file (raising :class:`ReferenceRejected`
    or :class:`ReferenceFileError`, with nothing changed, when it cannot be loaded); ``undo``
    brings the previous profile back and a later ``redo`` the loaded one."""

    label = "replace_reference"

    def __init__(self, db: Database, project_id: str, path: str | Path) -> None:
        self.db = db
        self.project_id = project_id
        self.path = Path(path)
        self.report: ReferenceReport | None = None
        self.before: tuple[str, ...] = ()
        self.after: tuple[str, ...] = ()

    def redo(self) -> Change:
        if self.report is None:
            before = live_reference_ids(self.db, self.project_id)
            report = load_reference_csv(self.db, self.project_id, self.path)
            if not report.loaded:
                raise ReferenceRejected(report)
            self.report, self.before = report, before
            self.after = live_reference_ids(self.db, self.project_id)
        else:
            restore_reference(self.db, self.project_id, self.after)
        return Change(references=(self.project_id,))

    def undo(self) -> Change:
        restore_reference(self.db, self.project_id, self.before)
        return Change(references=(self.project_id,))
