"""Tabular exports (CSV, XLSX) and a proposals file Decidim can import (CSV and JSON).

No Qt here. Every export is written to a temporary file (or folder) next to the target and only
renamed into place (``files.atomic_path``) once it is complete, so a failure or a cancel leaves
nothing behind. ``progress(done, total)`` is called as the work advances; when it returns
``False`` the export stops with :class:`ExportCancelled` and nothing is written.

Personal data:
- demographics are included unless ``include_demographics=False`` (one column per dimension with
  the category key; ``prefer_not_to_say`` is an answer, an empty cell is "not answered");
- contact details are left out unless ``include_contacts=True``, and even then only for
  participants who agreed to be contacted (``consent_contact``);
- the volunteer who typed an idea (``entered_by``), the facilitators' names and free-text
  self-descriptions are never exported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from ...core.enums import IdeaStatus
from ...core.errors import NotFoundError, SmartCityError, ValidationError
from ...storage.database import Database
from ...storage.models import (
    ContactDetail,
    DemographicCategory,
    DemographicDimension,
    Idea,
    IdeaSDG,
    IdeaStatusChange,
    IdeaStrategyGoal,
    Participant,
    ParticipantAnswer,
    Project,
    StrategyGoal,
    Theme,
    Workshop,
)
from ..files import AtomicPath, atomic_path

Progress = Callable[[int, int], bool | None]


class ExportError(SmartCityError):
    """The export could not be written (missing or read-only folder, disk full ...)."""

    code = "export_failed"


class ExportCancelled(SmartCityError):
    code = "export_cancelled"

    def __init__(self) -> None:
        super().__init__("The export was cancelled; nothing was written.")


# ----------------------------------------------------------------------------- tables


@dataclass
class Table:
    name: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)


@dataclass(frozen=True)
class Scope:
    """A project, or one workshop of it."""

    project: Project
    workshops: tuple[Workshop, ...]

    @property
    def workshop_ids(self) -> list[str]:
        return [w.id for w in self.workshops]


def resolve_scope(db: Database, project_id: str | None = None,
                  workshop_id: str | None = None) -> Scope:
    """The export scope: one workshop (``workshop_id``) or every workshop of a project."""
    if bool(project_id) == bool(workshop_id):
        raise ValidationError("scope", "Choose either a project or a workshop to export.",
                              reason="export_scope_missing")
    with db.session() as s:
        if workshop_id:
            workshop = s.get(Workshop, workshop_id)
            if workshop is None or workshop.deleted:
                raise NotFoundError(f"No workshop with id {workshop_id}.", what="workshop",
                                    id=workshop_id)
            project = s.get(Project, workshop.project_id)
            return Scope(project, (workshop,))
        project = s.get(Project, project_id)
        if project is None or project.deleted:
            raise NotFoundError(f"No project with id {project_id}.", what="project",
                                id=project_id)
        workshops = s.execute(sa.select(Workshop).where(
            Workshop.project_id == project_id, Workshop.deleted == False)  # noqa: E712
            .order_by(Workshop.date, Workshop.code)).scalars().all()
        return Scope(project, tuple(workshops))


def _live(cls):
    return sa.select(cls).where(cls.deleted == False)  # noqa: E712


def _idea_numbers(s, workshop_ids: list[str]) -> dict[str, int]:
    """Same numbering as services.prioritise.idea_numbers: creation order, deleted included."""
    numbers: dict[str, int] = {}
    rows = s.execute(sa.select(Idea.workshop_id, Idea.id).where(Idea.workshop_id.in_(workshop_ids))
                     .order_by(Idea.workshop_id, Idea.created_at, Idea.id)).all()
    counter: dict[str, int] = {}
    for wid, iid in rows:
        counter[wid] = counter.get(wid, 0) + 1
        numbers[iid] = counter[wid]
    return numbers


def _sdgs_and_goals(s, idea_ids: list[str]) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    sdgs: dict[str, list[int]] = {}
    goals: dict[str, list[str]] = {}
    for chunk in _chunks(idea_ids, 500):
        for iid, number in s.execute(sa.select(IdeaSDG.idea_id, IdeaSDG.sdg_number).where(
                IdeaSDG.idea_id.in_(chunk), IdeaSDG.deleted == False)):  # noqa: E712
            sdgs.setdefault(iid, []).append(number)
        for iid, code, pos in s.execute(
                sa.select(IdeaStrategyGoal.idea_id, StrategyGoal.code, StrategyGoal.position)
                .join(StrategyGoal, StrategyGoal.id == IdeaStrategyGoal.goal_id)
                .where(IdeaStrategyGoal.idea_id.in_(chunk),
                       IdeaStrategyGoal.deleted == False)):  # noqa: E712
            goals.setdefault(iid, []).append((pos, code))
    return ({k: sorted(v) for k, v in sdgs.items()},
            {k: [c for _, c in sorted(v)] for k, v in goals.items()})


def _chunks(items: Sequence, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def build_tables(db: Database, scope: Scope, include_demographics: bool = True,
                 include_contacts: bool = False) -> list[Table]:
    """The tables of an export, as Python values (str, int, bool, date, datetime, None)."""
    project = scope.project
    wids = scope.workshop_ids
    code_of = {w.id: w.code for w in scope.workshops}
    tables: list[Table] = []
    with db.session() as s:
        tables.append(Table("projects", ["id", "name", "language", "description", "created_at"],
                            [[project.id, project.name, project.language, project.description,
                              project.created_at]]))
        tables.append(Table("workshops", ["id", "code", "title", "date", "venue", "status",
                                          "consent_version"],
                            [[w.id, w.code, w.title, w.date, w.venue, w.status, w.consent_version]
                             for w in scope.workshops]))
        themes = s.execute(_live(Theme).where(Theme.project_id == project.id)
                           .order_by(Theme.name)).scalars().all()
        theme_name = {t.id: t.name for t in themes}
        tables.append(Table("themes", ["id", "name", "description"],
                            [[t.id, t.name, t.description] for t in themes]))

        participants = s.execute(_live(Participant).where(Participant.workshop_id.in_(wids))
                                 .order_by(Participant.code)).scalars().all() if wids else []
        # Authors may be tombstoned participants (ideas kept on delete): their code still shows.
        author_code = dict(s.execute(sa.select(Participant.id, Participant.code).where(
            Participant.workshop_id.in_(wids))).all()) if wids else {}

        ideas = s.execute(_live(Idea).where(Idea.workshop_id.in_(wids))
                          .order_by(Idea.created_at, Idea.id)).scalars().all() if wids else []
        numbers = _idea_numbers(s, wids) if wids else {}
        ideas = sorted(ideas, key=lambda i: (code_of[i.workshop_id], numbers.get(i.id, 0)))
        sdgs, goals = _sdgs_and_goals(s, [i.id for i in ideas])
        tables.append(Table(
            "ideas", ["id", "workshop", "number", "title", "text", "kind", "theme", "sdgs",
                      "strategy_goals", "source", "status", "status_reason", "status_date",
                      "author_participant", "author_table_group", "created_at"],
            [[i.id, code_of[i.workshop_id], numbers.get(i.id), i.title or "", i.text, i.kind,
              theme_name.get(i.theme_id, "") if i.theme_id else "",
              ";".join(str(n) for n in sdgs.get(i.id, [])), ";".join(goals.get(i.id, [])),
              i.source, i.status, i.status_reason, i.status_date,
              author_code.get(i.author_participant_id, "") if i.author_participant_id else "",
              i.author_table_group or "", i.created_at] for i in ideas]))

        headers = ["code", "workshop", "consent_processing", "consent_contact"]
        dims: list[DemographicDimension] = []
        answers: dict[tuple[str, str], str] = {}
        if include_demographics:
            dims = s.execute(_live(DemographicDimension).where(
                DemographicDimension.project_id == project.id)
                .order_by(DemographicDimension.position)).scalars().all()
            cat_key = dict(s.execute(sa.select(DemographicCategory.id, DemographicCategory.key)
                                     .where(DemographicCategory.dimension_id.in_(
                                         [d.id for d in dims]))).all()) if dims else {}
            pids = [p.id for p in participants]
            for chunk in _chunks(pids, 500):
                for a in s.execute(_live(ParticipantAnswer).where(
                        ParticipantAnswer.participant_id.in_(chunk))).scalars():
                    if a.category_id in cat_key:
                        answers[(a.participant_id, a.dimension_id)] = cat_key[a.category_id]
            headers += [d.key for d in dims]
        tables.append(Table("participants", headers, [
            [p.code, code_of[p.workshop_id], p.consent_processing, p.consent_contact]
            + [answers.get((p.id, d.id), "") for d in dims] for p in participants]))

        if include_contacts:
            consenting = {p.id: p for p in participants if p.consent_contact}
            contacts = []
            for chunk in _chunks(list(consenting), 500):
                contacts += s.execute(_live(ContactDetail).where(
                    ContactDetail.participant_id.in_(chunk))).scalars().all()
            contacts.sort(key=lambda c: consenting[c.participant_id].code)
            tables.append(Table("contacts", ["participant", "name", "email", "phone"],
                                [[consenting[c.participant_id].code, c.name, c.email, c.phone]
                                 for c in contacts]))

        idea_by_id = {i.id: i for i in ideas}
        log = []
        for chunk in _chunks(list(idea_by_id), 500):
            log += s.execute(_live(IdeaStatusChange).where(
                IdeaStatusChange.idea_id.in_(chunk))).scalars().all()
        log.sort(key=lambda e: (e.decided_on, e.created_at))
        tables.append(Table("status_log", ["idea_id", "workshop", "idea_number", "from_status",
                                           "to_status", "reason", "decided_on", "changed_by"],
                            [[e.idea_id, code_of[idea_by_id[e.idea_id].workshop_id],
                              numbers.get(e.idea_id), e.from_status, e.to_status, e.reason,
                              e.decided_on, e.changed_by] for e in log]))
    return tables


# ----------------------------------------------------------------------------- safe writing


def _check_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose an existing folder.",
                          reason="folder_missing", path=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"The folder {folder} is read-only; choose another folder.",
                          reason="folder_read_only", path=str(folder))
    return folder


def os_error(exc: OSError, where: Path) -> ExportError:
    """The export error for a failed write in ``where`` (also used by :mod:`.open_data`)."""
    if isinstance(exc, PermissionError):
        return ExportError(f"The folder {where} is read-only; choose another folder.",
                           reason="folder_read_only", path=str(where))
    return ExportError(f"Could not write to {where}: {exc.strerror or exc}.",
                       reason="write_failed", path=str(where), error=exc.strerror or str(exc))


class _Steps:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.done, self.total, self.progress = 0, max(total, 1), progress

    def step(self, n: int = 1) -> None:
        self.done = min(self.done + n, self.total)
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled()

    def start(self) -> None:
        if self.progress is not None and self.progress(0, self.total) is False:
            raise ExportCancelled()


def _write_file_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write(temp_path)`` on a temporary file next to ``target``, then rename it."""
    target = Path(target)
    folder = _check_folder(target.parent if str(target.parent) else Path("."))
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name.", reason="is_folder",
                          path=str(target))
    try:
        with atomic_path(target) as tmp:
            write(tmp)
    except OSError as exc:
        raise os_error(exc, folder) from exc
    return target


# ----------------------------------------------------------------------------- CSV


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def export_csv(db: Database, folder: str | Path, *, project_id: str | None = None,
               workshop_id: str | None = None, include_demographics: bool = True,
               include_contacts: bool = False, progress: Progress | None = None) -> list[Path]:
    """One UTF-8 CSV file per table (``ideas.csv`` ...) into an existing ``folder``; files of
    the same name are replaced. Returns the paths written."""
    folder = _check_folder(Path(folder))
    scope = resolve_scope(db, project_id, workshop_id)
    steps = _Steps(8, progress)
    steps.start()
    tables = build_tables(db, scope, include_demographics, include_contacts)
    steps.step()
    places: list[AtomicPath] = []
    try:
        for table in tables:
            places.append(atomic_path(folder / f"{table.name}.csv"))
            with open(places[-1].path, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(table.headers)
                writer.writerows([_csv_value(v) for v in row] for row in table.rows)
            steps.step()
        # only now does anything appear in the folder
        written = [place.commit() for place in places]
    except OSError as exc:
        raise os_error(exc, folder) from exc
    finally:
        for place in places:
            place.discard()  # the temporary files not renamed (after an error or a cancel)
    steps.step(steps.total)
    return written


# ----------------------------------------------------------------------------- XLSX


def _xlsx_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # Excel has no time zones
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def export_xlsx(db: Database, path: str | Path, *, project_id: str | None = None,
                workshop_id: str | None = None, include_demographics: bool = True,
                include_contacts: bool = False, progress: Progress | None = None) -> Path:
    """One sheet per table, header row frozen, numbers/dates/booleans as typed cells. Times are
    UTC. Text that starts with ``=`` stays text (never a formula)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    _check_folder(path.parent)
    scope = resolve_scope(db, project_id, workshop_id)
    steps = _Steps(9, progress)
    steps.start()
    tables = build_tables(db, scope, include_demographics, include_contacts)
    steps.step()
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for table in tables:
        ws = wb.create_sheet(table.name)
        ws.append(table.headers)
        for cell in ws[1]:
            cell.font = bold
        ws.freeze_panes = "A2"
        for r, row in enumerate(table.rows, start=2):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = ws.cell(row=r, column=c, value=_xlsx_value(value))
                if isinstance(value, str):
                    cell.data_type = "s"  # "=..." would otherwise become a formula
                elif isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        for c, header in enumerate(table.headers, start=1):
            longest = max([len(header)] + [len(_csv_value(row[c - 1]))
                                           for row in table.rows[:200]])
            ws.column_dimensions[get_column_letter(c)].width = min(max(longest + 2, 8), 60)
        if table.rows:
            ws.auto_filter.ref = ws.dimensions
        steps.step()

    def write(tmp: Path) -> None:
        wb.save(tmp)
        steps.step(steps.total)  # the last chance to cancel before the rename

    return _write_file_atomically(path, write)


# ----------------------------------------------------------------------------- Decidim


@dataclass(frozen=True)
class Proposal:
    idea_id: str
    title: str
    body: str


TITLE_WORDS = 10
TITLE_MAX = 150  # Decidim's proposal title limit


def proposal_title(title: str | None, text: str) -> str:
    """The idea's title, or the first words of its text when it has none."""
    title = " ".join((title or "").split())
    if not title:
        words = text.split()
        title = " ".join(words[:TITLE_WORDS])
        if len(words) > TITLE_WORDS:
            title += "…"
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX - 1].rstrip() + "…"
    return title


def select_ideas(db: Database, *, project_id: str | None = None, workshop_id: str | None = None,
                 statuses: Iterable[IdeaStatus | str] | None = None,
                 round_id: str | None = None, top: int | None = None,
                 idea_ids: Iterable[str] | None = None) -> list[Idea]:
    """The ideas that go into a Decidim file.

    - ``idea_ids``: exactly these ideas (live ones of the scope), in the order given;
    - ``round_id`` + ``top``: the top N of a prioritisation round (ideas ranked 1..N, so ties at
      the boundary come in too; ideas nobody voted for never), best first; the scope is the
      round's workshop;
    - ``statuses``: only ideas with one of these statuses (combines with the two above);
    - nothing: every live idea of the scope.
    """
    wanted_status = None
    if statuses is not None:
        try:
            wanted_status = {IdeaStatus(s).value for s in statuses}
        except ValueError as exc:
            raise ValidationError("status", f"{exc}; statuses are "
                                  f"{', '.join(s.value for s in IdeaStatus)}.", reason="not_one_of",
                                  value=", ".join(str(s) for s in statuses
                                                 if s not in set(IdeaStatus)),
                                  choices=[s.value for s in IdeaStatus]) from None
    order: list[str] | None = None
    if round_id is not None:
        from ..prioritise import results as prioritise_results
        from ..prioritise import rounds as prioritise_rounds

        if top is None or top < 1:
            raise ValidationError("top", "Say how many of the round's top ideas to export.",
                                  reason="top_missing")
        rnd = prioritise_rounds.get_round(db, round_id)
        if workshop_id is None and project_id is None:
            workshop_id = rnd.workshop_id
        result = prioritise_results.round_result(db, round_id)
        order = [r.idea_id for r in result.ideas if r.rank <= top and r.n > 0]
    elif top is not None:
        raise ValidationError("round", "A top N needs a prioritisation round.",
                              reason="top_needs_round")
    if idea_ids is not None:
        given = list(dict.fromkeys(idea_ids))
        order = given if order is None else [i for i in order if i in set(given)]
    scope = resolve_scope(db, project_id, workshop_id)
    wids = set(scope.workshop_ids)
    with db.session() as s:
        if order is not None:
            found = {}
            for chunk in _chunks(order, 500):
                found.update({i.id: i for i in s.execute(_live(Idea).where(
                    Idea.id.in_(chunk))).scalars()})
            if idea_ids is not None:
                missing = [i for i in order if i not in found or found[i].workshop_id not in wids]
                if missing:
                    raise NotFoundError(f"No idea with id {missing[0]} in this "
                                        f"{'workshop' if workshop_id else 'project'}.",
                                        reason="not_found", what="idea", id=missing[0],
                                        ids=missing)
            ideas = [found[i] for i in order if i in found and found[i].workshop_id in wids]
        else:
            ideas = s.execute(_live(Idea).where(Idea.workshop_id.in_(wids))
                              .order_by(Idea.created_at, Idea.id)).scalars().all()
            code = {w.id: w.code for w in scope.workshops}
            ideas = sorted(ideas, key=lambda i: code[i.workshop_id])  # stable: creation order
    if wanted_status is not None:
        ideas = [i for i in ideas if i.status in wanted_status]
    return ideas


def decidim_locales(db: Database, project_id: str) -> list[str]:
    """The project's language first, then English."""
    with db.session() as s:
        project = s.get(Project, project_id)
    return list(dict.fromkeys([project.language if project else "en", "en"]))


def _proposals(ideas: Sequence[Idea]) -> list[Proposal]:
    return [Proposal(i.id, proposal_title(i.title, i.text), i.text) for i in ideas]


def export_decidim(db: Database, path: str | Path, ideas: Sequence[Idea], *,
                   fmt: str | None = None, locales: Sequence[str] | None = None,
                   scope_id: int | str | None = None, category_id: int | str | None = None,
                   progress: Progress | None = None) -> Path:
    """A proposals file for Decidim's admin "Import proposals from a file".

    ``fmt`` is ``csv`` (semicolon separated, headers ``title/<locale>`` and ``body/<locale>``)
    or ``json`` (a list of ``{"title": {locale: ...}, "body": {locale: ...}}``); by default the
    file's suffix decides. Ideas are stored in one language only, so every locale column holds
    the original text (Decidim requires the organisation's default locale to be filled; its
    machine translation can replace the copies). ``scope_id`` and ``category_id`` add
    ``scope/id`` and ``category/id`` columns with that value for every proposal.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt not in ("csv", "json"):
        raise ValidationError("format", f"{fmt!r} is not a Decidim file format (csv or json).",
                              reason="not_one_of", value=fmt, choices=["csv", "json"])
    if not ideas:
        raise ValidationError("ideas", "No idea matches the selection; nothing to export.",
                              reason="nothing_to_export")
    _check_folder(path.parent)
    if locales is None:
        with db.session() as s:
            workshop = s.get(Workshop, ideas[0].workshop_id)
        locales = decidim_locales(db, workshop.project_id)
    locales = list(dict.fromkeys(locales))
    if not locales:
        raise ValidationError("locales", "Give at least one language.", reason="no_language")
    steps = _Steps(len(ideas) + 1, progress)
    steps.start()
    proposals = []
    for p in _proposals(ideas):
        proposals.append(p)
        if len(proposals) % 100 == 0:
            steps.step(100)
    extra = {}
    if category_id not in (None, ""):
        extra["category/id"] = str(category_id)
    if scope_id not in (None, ""):
        extra["scope/id"] = str(scope_id)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
        writer.writerow([f"title/{loc}" for loc in locales] + [f"body/{loc}" for loc in locales]
                        + list(extra))
        for p in proposals:
            writer.writerow([p.title] * len(locales) + [p.body] * len(locales)
                            + list(extra.values()))
        data = buffer.getvalue()
    else:
        items = []
        for p in proposals:
            item: dict[str, object] = {"title": {loc: p.title for loc in locales},
                                       "body": {loc: p.body for loc in locales}}
            if "category/id" in extra:
                item["category"] = {"id": _maybe_int(extra["category/id"])}
            if "scope/id" in extra:
                item["scope"] = {"id": _maybe_int(extra["scope/id"])}
            items.append(item)
        data = json.dumps(items, ensure_ascii=False, indent=2) + "\n"

    def write(tmp: Path) -> None:
        tmp.write_text(data, encoding="utf-8", newline="")
        steps.step(steps.total)

    return _write_file_atomically(path, write)


def _maybe_int(value: str) -> int | str:
    return int(value) if value.isdigit() else value
