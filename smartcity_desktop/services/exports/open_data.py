"""The open-data package: a Frictionless Data Package (Data Package v2 profile) of a project.

No Qt here. ``write_open_data_package`` writes ``datapackage.json``, a ``README.md`` and one CSV
per resource, each CSV with a Table Schema (types, enums, primary and foreign keys):

- ``workshops.csv``    workshop code, date and status (no title, venue or facilitators);
- ``themes.csv``       the project's themes;
- ``sdgs.csv``         the 17 UN Sustainable Development Goals (reference data);
- ``ideas.csv``        one row per idea: an opaque id (``W1-I007``: the idea's number in its
                       workshop), workshop code, kind, source, theme, status and status date;
- ``idea_sdgs.csv``    which SDGs each idea serves;
- ``rounds.csv``       prioritisation rounds: method and number of voters;
- ``round_results.csv`` per round and idea: method, score and rank;
- ``participation.csv`` participants per workshop and demographic group, aggregates only.

What is never in the package: participant codes or ids, the table group or volunteer behind an
idea (``author_*``, ``entered_by``), contact details, individual demographic answers or
self-descriptions, status reasons, workshop titles, venues and facilitators' names, round names.
The idea's own words (title and text) are what people wrote and may name someone, so they are
left out unless the caller passes ``include_text=True`` (after the facilitator has checked them).

Disclosure control (``core.disclosure``): no count of people from 1 to 4 is published; such a
cell is left empty with a note, and further cells (secondary suppression) are left empty until
no withheld cell can be worked out from the published cells and totals. Rounds with 1-4 voters
publish no results. The package's README states the rule.

The package is written to a temporary folder next to ``out_dir`` and renamed into place at the
end, so a failure or a cancel leaves nothing behind.
"""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from ... import APP_NAME, __version__
from ...core import clock
from ...core.enums import IdeaKind, IdeaSource, IdeaStatus, RoundMethod, WorkshopStatus
from ...core.errors import NotFoundError, ValidationError
from ...core.rules import MIN_PUBLISHED_GROUP
from ...core.sdgs import SDGS
from ...storage.database import Database
from ...storage.models import Idea, IdeaSDG, Project, Theme, Workshop
from ..files import atomic_path
from ..prioritise import results as prioritise_results
from ..prioritise import rounds as prioritise_rounds
from ..workshop import overview
from ..workshop.participation import participation_rows
from ..workshop.projects import list_dimensions
from .tables import ExportCancelled, ExportError, os_error

Progress = Callable[[int, int], bool | None]

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
NOT_ANSWERED = "not_answered"

# SPDX id -> (title, path). The package's licence must be one of these open licences.
LICENCES: dict[str, tuple[str, str]] = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0",
                  "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution Share-Alike 4.0",
                     "https://creativecommons.org/licenses/by-sa/4.0/"),
    "CC0-1.0": ("CC0 1.0 Universal (public domain dedication)",
                "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODC-By-1.0": ("Open Data Commons Attribution License 1.0",
                   "https://opendatacommons.org/licenses/by/1-0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License 1.0",
                 "https://opendatacommons.org/licenses/odbl/1-0/"),
    "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License 1.0",
                 "https://opendatacommons.org/licenses/pddl/1-0/"),
}

NOTE_FEW_VOTERS = f"results withheld: fewer than {MIN_PUBLISHED_GROUP} voters"


# ----------------------------------------------------------------------------- schema helpers


def _field(name: str, type_: str, description: str, required: bool = False,
           enum: Sequence | None = None, **extra) -> dict:
    field: dict = {"name": name, "type": type_, "description": description}
    constraints: dict = {}
    if required:
        constraints["required"] = True
    if enum is not None:
        constraints["enum"] = list(enum)
    if constraints:
        field["constraints"] = constraints
    field.update(extra)
    return field


def _fk(fields: list[str], resource: str, ref: list[str]) -> dict:
    return {"fields": fields, "reference": {"resource": resource, "fields": ref}}


def _resource(name: str, title: str, description: str, fields: list[dict],
              primary_key: list[str] | None = None, foreign_keys: list[dict] | None = None) -> dict:
    schema: dict = {"fields": fields, "missingValues": [""]}
    if primary_key:
        schema["primaryKey"] = primary_key
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {"name": name, "path": f"{name}.csv", "type": "table", "scheme": "file",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "title": title, "description": description, "schema": schema}


def _slug(text: str) -> str:
    text = text.lower().translate(str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9._-]+", "-", text).strip("-._")
    return slug or "smartcity-open-data"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


# ----------------------------------------------------------------------------- gathering


@dataclass
class _Data:
    project: Project
    workshops: list[Workshop]
    resources: list[tuple[dict, list[list[object]]]]


def _gather(db: Database, project_id: str, workshop_id: str | None, include_text: bool,
            step: Callable[[], None]) -> _Data:
    with db.session() as s:
        project = s.get(Project, project_id)
        if project is None or project.deleted:
            raise NotFoundError(f"No project with id {project_id!r}.", what="project",
                                id=project_id)
        query = sa.select(Workshop).where(Workshop.project_id == project_id,
                                          Workshop.deleted == False)  # noqa: E712
        if workshop_id is not None:
            query = query.where(Workshop.id == workshop_id)
        workshops = list(s.execute(query.order_by(Workshop.code)).scalars())
        if workshop_id is not None and not workshops:
            raise NotFoundError(f"No workshop with id {workshop_id!r} in this project.",
                                what="workshop", id=workshop_id)
        themes = list(s.execute(sa.select(Theme).where(
            Theme.project_id == project_id, Theme.deleted == False)  # noqa: E712
            .order_by(Theme.name)).scalars())
        w_ids = [w.id for w in workshops]
        ideas = list(s.execute(sa.select(Idea).where(
            Idea.workshop_id.in_(w_ids), Idea.deleted == False)  # noqa: E712
            .order_by(Idea.created_at, Idea.id)).scalars()) if w_ids else []
        links = s.execute(sa.select(IdeaSDG.idea_id, IdeaSDG.sdg_number).where(
            IdeaSDG.idea_id.in_([i.id for i in ideas]),
            IdeaSDG.deleted == False)).all() if ideas else []  # noqa: E712
        s.expunge_all()
    step()
    code_of = {w.id: w.code for w in workshops}
    resources: list[tuple[dict, list[list[object]]]] = []

    # workshops
    resources.append((_resource(
        "workshops", "Workshops", "The workshops in this package.",
        [_field("workshop_code", "string", "The workshop's short code.", True),
         _field("date", "date", "The day of the workshop."),
         _field("status", "string", "planned, running or closed.", True,
                [s.value for s in WorkshopStatus])],
        ["workshop_code"]),
        [[w.code, w.date, w.status] for w in workshops]))

    # themes (ids are opaque: T1, T2 ... in name order)
    theme_ids = {t.id: f"T{k}" for k, t in enumerate(themes, start=1)}
    resources.append((_resource(
        "themes", "Themes", "The project's themes.",
        [_field("theme_id", "string", "The theme's id in this package.", True),
         _field("name", "string", "The theme's name.", True),
         _field("description", "string", "What the theme covers.")],
        ["theme_id"]),
        [[theme_ids[t.id], t.name, t.description or None] for t in themes]))

    sdg_numbers = [g.number for g in SDGS]
    resources.append((_resource(
        "sdgs", "Sustainable Development Goals", "The 17 UN Sustainable Development Goals.",
        [_field("sdg", "integer", "The goal's number.", True, sdg_numbers),
         _field("title", "string", "The goal's short title.", True)],
        ["sdg"]),
        [[g.number, g.short_title] for g in SDGS]))

    # ideas
    opaque: dict[str, str] = {}
    for w in workshops:
        numbers = prioritise_rounds.idea_numbers(db, w.id)
        for idea_id, number in numbers.items():
            opaque[idea_id] = f"{w.code}-I{number:03d}"
    idea_fields = [
        _field("idea_id", "string", "The idea's id: workshop code and the idea's number in it.",
               True),
        _field("workshop_code", "string", "The workshop the idea came from.", True),
        _field("kind", "string", "need (a need or problem) or idea (a solution).", True,
               [k.value for k in IdeaKind]),
        _field("source", "string", "How it was captured: live, paper, sticky or kiosk.", True,
               [k.value for k in IdeaSource]),
        _field("theme_id", "string", "The idea's theme, if any."),
        _field("status", "string", "Where the idea is in its life.", True,
               [k.value for k in IdeaStatus]),
        _field("status_date", "date", "When the status was last decided."),
    ]
    if include_text:
        idea_fields += [_field("title", "string", "The idea's title, as written."),
                        _field("text", "string", "The idea, as written.", True)]
    idea_rows = []
    for idea in ideas:
        row: list[object] = [opaque[idea.id], code_of[idea.workshop_id], idea.kind, idea.source,
                             theme_ids.get(idea.theme_id) if idea.theme_id else None,
                             idea.status, idea.status_date]
        if include_text:
            row += [idea.title or None, idea.text]
        idea_rows.append(row)
    resources.append((_resource(
        "ideas", "Ideas", "Needs and ideas from the workshops, with no link to who wrote them.",
        idea_fields, ["idea_id"],
        [_fk(["workshop_code"], "workshops", ["workshop_code"]),
         _fk(["theme_id"], "themes", ["theme_id"])]), idea_rows))
    step()

    resources.append((_resource(
        "idea_sdgs", "Ideas and SDGs", "Which Sustainable Development Goals each idea serves.",
        [_field("idea_id", "string", "The idea.", True),
         _field("sdg", "integer", "The goal's number.", True, sdg_numbers)],
        ["idea_id", "sdg"],
        [_fk(["idea_id"], "ideas", ["idea_id"]), _fk(["sdg"], "sdgs", ["sdg"])]),
        sorted([opaque[i], n] for i, n in links if i in opaque)))

    # rounds and results
    round_rows, result_rows = [], []
    methods = [m.value for m in RoundMethod]
    for w in workshops:
        for k, rnd in enumerate(prioritise_rounds.list_rounds(db, w.id), start=1):
            round_id = f"{w.code}-R{k}"
            result = prioritise_results.round_result(db, rnd.id)
            voters = result.participants
            withheld = 0 < voters < MIN_PUBLISHED_GROUP
            round_rows.append([round_id, w.code, result.method.value,
                               None if withheld else voters, not withheld,
                               NOTE_FEW_VOTERS if withheld else None])
            if withheld:
                continue
            for r in result.ideas:
                if r.idea_id not in opaque:
                    continue
                if result.method in (RoundMethod.CRITERIA, RoundMethod.PAIRWISE) and r.n == 0:
                    continue  # not scored or compared in this round: the round says nothing
                result_rows.append([round_id, opaque[r.idea_id], result.method.value,
                                    round(float(r.score), 6), r.rank])
            step()
    resources.append((_resource(
        "rounds", "Prioritisation rounds", "Rounds of voting or scoring in the workshops.",
        [_field("round_id", "string", "The round: workshop code and its number.", True),
         _field("workshop_code", "string", "The workshop.", True),
         _field("method", "string", "dots, criteria, ranking or pairwise.", True, methods),
         _field("voters", "integer", "Distinct voters behind the result (0 = wall tallies "
                "only); empty when withheld."),
         _field("results_published", "boolean", "Whether round_results has this round.", True),
         _field("note", "string", "Why something is withheld.")],
        ["round_id"], [_fk(["workshop_code"], "workshops", ["workshop_code"])]), round_rows))
    resources.append((_resource(
        "round_results", "Round results",
        "Per round and idea: the score and the rank (1 = best; ties share a rank). Scores are "
        "dots, weighted criteria scores, Borda points or Bradley-Terry win chances (0-100).",
        [_field("round_id", "string", "The round.", True),
         _field("idea_id", "string", "The idea.", True),
         _field("method", "string", "The round's method.", True, methods),
         _field("score", "number", "The idea's score in the round.", True),
         _field("rank", "integer", "The idea's rank in the round.", True)],
        ["round_id", "idea_id"],
        [_fk(["round_id"], "rounds", ["round_id"]), _fk(["idea_id"], "ideas", ["idea_id"])]),
        result_rows))

    # participation
    dims = list_dimensions(db, project_id)
    totals, counts = {}, {}
    for w in workshops:
        by_group = overview.participants_by_group(db, project_id, w.id)
        per_dim = {}
        total = None
        for dc in by_group:
            groups = {g.key: g.count for g in dc.groups}
            groups[NOT_ANSWERED] = dc.not_answered
            per_dim[dc.key] = groups
            total = sum(groups.values())
        if total is None:
            with db.engine.connect() as conn:
                total = conn.execute(sa.text(
                    "SELECT count(*) FROM participant WHERE deleted = false AND workshop_id = :w"),
                    {"w": w.id}).scalar()
        totals[w.code], counts[w.code] = total, per_dim
        step()
    part_rows = [[r.workshop, r.dimension, r.category, r.count, r.count is None,
                  r.note or None] for r in participation_rows(totals, counts)]
    resources.append((_resource(
        "dimensions", "Demographic dimensions", "The questions of the registration form.",
        [_field("dimension_key", "string", "The dimension's key.", True),
         _field("label", "string", "The question.", True)],
        ["dimension_key"]), [[d.key, d.label] for d in dims]))
    cat_rows = [[d.key, c.key, c.label, c.is_prefer_not_to_say] for d in dims
                for c in d.categories]
    cat_rows += [[d.key, NOT_ANSWERED, "Not answered", False] for d in dims
                 if all(c.key != NOT_ANSWERED for c in d.categories)]
    resources.append((_resource(
        "categories", "Demographic categories",
        "The answers of each dimension. 'Prefer not to say' is an answer; not_answered counts "
        "participants who gave none.",
        [_field("dimension_key", "string", "The dimension.", True),
         _field("category_key", "string", "The category's key.", True),
         _field("label", "string", "The answer.", True),
         _field("is_prefer_not_to_say", "boolean", "The 'prefer not to say' answer.", True)],
        ["dimension_key", "category_key"],
        [_fk(["dimension_key"], "dimensions", ["dimension_key"])]), cat_rows))
    resources.append((_resource(
        "participation", "Participation by group",
        "Participants per workshop and demographic group, as aggregates only. An empty "
        "workshop_code means all workshops in the package; empty dimension and category mean "
        f"all participants. Counts from 1 to {MIN_PUBLISHED_GROUP - 1} are withheld, and so are "
        "other counts that would let them be worked out from the totals.",
        [_field("workshop_code", "string", "The workshop; empty = all workshops."),
         _field("dimension_key", "string", "The dimension; empty = all participants."),
         _field("category_key", "string", "The category; empty = all participants."),
         _field("count", "integer", "Participants; empty when withheld."),
         _field("withheld", "boolean", "Whether the count is withheld.", True),
         _field("note", "string", "Why the count is withheld.")],
        None,
        [_fk(["workshop_code"], "workshops", ["workshop_code"]),
         _fk(["dimension_key", "category_key"], "categories",
             ["dimension_key", "category_key"])]), part_rows))
    return _Data(project, workshops, resources)


# ----------------------------------------------------------------------------- writing


README = """# {title}

Open data from {app}: community co-creation workshops of the project "{project}".
Created {created}. Licence: {licence_title} ({licence}), {licence_path}.

The files follow the Frictionless Data Package standard: `datapackage.json` describes every
CSV file (columns, types, allowed values, keys). Validate with `frictionless validate
datapackage.json`.

## Privacy and disclosure control

- Nothing in this package links an idea, a vote or a count to a person: there are no
  participant codes, names, contact details, table groups or individual answers.
- {text_rule}
- **No count of people smaller than {minimum} is published.** In `participation.csv` a count
  from 1 to {below} is left empty (`withheld` = true, with a note).
- **Secondary suppression:** further counts are left empty so that no withheld count can be
  worked out from the published counts and totals (rows, columns and the grand total).
- Prioritisation rounds with fewer than {minimum} voters publish no results.

## Files

{files}
"""


def _check_target(out_dir: Path) -> Path:
    parent = out_dir.parent
    if not parent.is_dir():
        raise ExportError(f"The folder {parent} does not exist; choose an existing folder.",
                          reason="folder_missing", path=str(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"The folder {parent} is read-only; choose another folder.",
                          reason="folder_read_only", path=str(parent))
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{out_dir} is a file; give a name for a new folder.",
                          reason="is_file", path=str(out_dir))
    if out_dir.is_dir() and any(out_dir.iterdir()):
        raise ExportError(f"The folder {out_dir} is not empty; choose a new folder name.",
                          reason="folder_not_empty", path=str(out_dir))
    return parent


def write_open_data_package(db: Database, project_id: str, out_dir: str | Path,
                            licence: str = "CC-BY-4.0", workshop_id: str | None = None,
                            progress: Progress | None = None,
                            include_text: bool = False) -> Path:
    """Write the project's open-data package into the new folder ``out_dir``; return it.

    ``licence`` is an SPDX id from ``LICENCES``. ``workshop_id`` limits the package to one
    workshop. ``include_text`` adds the ideas' titles and texts (off by default: what people
    wrote may name someone). ``progress(done, total)`` returning False cancels
    (:class:`ExportCancelled`); nothing is left behind on a cancel or an error."""
    if licence not in LICENCES:
        raise ValidationError("licence", f"{licence!r} is not a known open licence; use one of "
                              + ", ".join(LICENCES) + ".", reason="not_one_of", licence=licence,
                              value=licence, choices=list(LICENCES))
    out_dir = Path(out_dir)
    parent = _check_target(out_dir)
    done = [0]
    with db.session() as s:
        n_workshops = s.execute(sa.select(sa.func.count()).select_from(Workshop).where(
            Workshop.project_id == project_id, Workshop.deleted == False)).scalar()  # noqa: E712
    total = 4 + 3 * max(n_workshops or 0, 1)

    def step() -> None:
        done[0] = min(done[0] + 1, total)
        if progress is not None and progress(done[0], total) is False:
            raise ExportCancelled()

    if progress is not None and progress(0, total) is False:
        raise ExportCancelled()
    data = _gather(db, project_id, workshop_id, include_text, step)
    # The package is for publishing: the folder gets the mode of the empty folder it replaces
    # (checked above), or rwxr-xr-x, not mkdtemp's 0700 (its files are made as usual).
    try:
        with atomic_path(out_dir, folder=True) as tmp:
            _write(tmp, data, licence, include_text)
            step()
    except OSError as exc:
        raise os_error(exc, parent) from exc
    if progress is not None:
        progress(total, total)
    return out_dir


def _write(folder: Path, data: _Data, licence: str, include_text: bool) -> None:
    created = clock.utcnow().replace(microsecond=0).isoformat().replace("+00:00", "Z")
    title, path = LICENCES[licence]
    resources = []
    for resource, rows in data.resources:
        with open(folder / resource["path"], "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow([f["name"] for f in resource["schema"]["fields"]])
            writer.writerows([_cell(v) for v in row] for row in rows)
        resources.append(resource)
    scope = ", ".join(w.code for w in data.workshops) or "none"
    package = {
        "$schema": PROFILE,
        "name": _slug(data.project.name),
        "title": f"{data.project.name}: open data",
        "description": (f"Ideas, themes, SDGs, prioritisation results and participation "
                        f"counts (aggregates only) from the workshops {scope}."),
        "created": created,
        "licenses": [{"name": licence, "title": title, "path": path}],
        "sources": [{"title": f"Project: {data.project.name}"},
                    {"title": f"{APP_NAME} {__version__}"}],
        "keywords": ["smart city", "co-creation", "participation", "SDG"],
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    text_rule = ("The ideas' titles and texts are included, as written, after being checked "
                 "for names by the facilitator." if include_text else
                 "The ideas' own words are not included (what people write may name "
                 "someone); each idea has its kind, theme, SDGs and status.")
    files = "\n".join(f"- `{r['path']}`: {r['description']}" for r in resources)
    (folder / "README.md").write_text(README.format(
        title=package["title"], app=APP_NAME, project=data.project.name, created=created,
        licence=licence, licence_title=title, licence_path=path, text_rule=text_rule,
        minimum=MIN_PUBLISHED_GROUP, below=MIN_PUBLISHED_GROUP - 1, files=files),
        encoding="utf-8")
