"""Commands for making sense of a workshop: reference population profiles and how
representative the participants are (``smartcity reference load``, ``smartcity
representativeness``). The reference CSV columns are described in
:mod:`smartcity_desktop.services.workshop.representativeness`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..core import representativeness as core
from ..core.errors import NotFoundError, ValidationError
from ..core.rules import MIN_PUBLISHED_GROUP
from ..services.workshop import projects, reference_file, reference_profile
from ..services.workshop import representativeness as rep
from . import app, open_db

reference_app = typer.Typer(no_args_is_help=True, add_completion=False,
                            help="Reference population profiles (e.g. census figures) that "
                                 "participants are compared with.")
app.add_typer(reference_app, name="reference")

ProjectOption = Annotated[str, typer.Option(
    "--project", "-p", help="The project: its id (see `smartcity info --json`) or its name.")]


def _find_project(db, value: str):
    wanted = value.strip()
    found = [p for p in projects.list_projects(db)
             if p.id == wanted or p.name.casefold() == wanted.casefold()]
    if not found:
        raise NotFoundError(f"No project with id or name {value!r}.", project=value)
    if len(found) > 1:
        raise ValidationError("project", f"Several projects are called {value!r}; give the "
                              "project's id instead (see `smartcity info --json`).")
    return found[0]


@reference_app.command("load")
def reference_load(
        file: Annotated[Path, typer.Argument(help="CSV file with the columns dimension, "
                                             "category and count or share (optional: source, "
                                             "year).", exists=True, dir_okay=False)],
        project: ProjectOption,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Check the file and report, "
                                              "write nothing.")] = False) -> None:
    """Load a reference population profile into a project, replacing its previous one.

    Every row is checked first; when any row has a problem nothing is loaded.
    Exit status 0: loaded. 1: nothing loaded because rows have problems. 2: unusable file.
    """
    db = open_db()
    target = _find_project(db, project)
    report = reference_file.load_reference_csv(db, target.id, file, dry_run=dry_run)
    for error in report.errors:
        typer.echo(f"Line {error.line}: {error.field}: {error.message}")
    if report.errors:
        typer.echo(f"Nothing loaded: {len(report.errors)} problem(s) in {report.file_name}. "
                   "Correct the file and load it again.", err=True)
        raise typer.Exit(1)
    dims = {d.key: d.label for d in projects.list_dimensions(db, target.id)}
    names = ", ".join(dims.get(k, k) for k in report.dimensions)
    if dry_run:
        typer.echo(f"Dry run: {report.rows} figure(s) for {names} can be loaded into "
                   f"{target.name}. Nothing written.")
        return
    typer.echo(f"Loaded {report.rows} reference figure(s) for {names} into {target.name}"
               + (f", replacing the previous {report.replaced}" if report.replaced else "")
               + ".")
    if report.source or report.year:
        typer.echo("Source: " + ", ".join(filter(None, (report.source, str(report.year or "")))))


@reference_app.command("show")
def reference_show(project: ProjectOption) -> None:
    """Print a project's reference profile (shares per category, with the source)."""
    db = open_db()
    target = _find_project(db, project)
    profile = reference_profile.reference_profile(db, target.id)
    if not profile:
        typer.echo(f"{target.name} has no reference profile. Load one with "
                   "`smartcity reference load`.")
        return
    sources = reference_profile.reference_sources(db, target.id)
    for dim in projects.list_dimensions(db, target.id):
        if dim.key not in profile:
            continue
        typer.echo(dim.label)
        for cat in dim.categories:
            if cat.key in profile[dim.key]:
                typer.echo(f"  {cat.label:40} {profile[dim.key][cat.key]:7.1%}")
        for item in sources.get(dim.key, ()):
            typer.echo("  Source: " + ", ".join(filter(None, (item.source,
                                                               str(item.year or "")))))


def _count(value: int, exact: bool) -> int | None:
    """A count as published: groups of 1 to 4 people are hidden (None) unless ``exact``."""
    return value if exact or not 0 < value < MIN_PUBLISHED_GROUP else None


def representativeness_payload(db, project_id: str, workshop_id: str | None,
                               cap: float | None, exact: bool) -> dict:
    dims = rep.representativeness(db, project_id, workshop_id)
    weights = rep.participant_weights(db, project_id, workshop_id, cap=cap)
    return {
        "participants": weights.n,
        "under_represented_below": core.UNDER_REPRESENTED_RATIO,
        "small_groups_hidden_below": None if exact else MIN_PUBLISHED_GROUP,
        "dimensions": [{
            "key": d.key, "label": d.label, "has_reference": d.has_reference,
            "r_score": d.r_score, "compared": _count(d.compared, exact),
            "prefer_not_to_say": _count(d.prefer_not_to_say, exact),
            "not_answered": _count(d.not_answered, exact),
            "without_reference": _count(d.without_reference, exact),
            "sources": [{"source": s.source, "year": s.year} for s in d.sources],
            "categories": [{
                "key": c.key, "label": c.label,
                "participants": _count(c.participants, exact),
                "small_group": 0 < c.participants < MIN_PUBLISHED_GROUP,
                "participant_share": c.participant_share,
                "reference_share": c.reference_share,
                "reference_count": c.reference_count,
                "ratio": c.ratio, "under_represented": c.under_represented,
            } for c in d.categories],
        } for d in dims],
        "weights": {
            "n": weights.n, "effective_n": round(weights.effective_n, 6),
            "capped": weights.capped, "cap": weights.cap, "converged": weights.converged,
            "dimensions": list(weights.dimensions), "notes": list(weights.notes),
            "max_margin_error": weights.max_margin_error,
        },
    }


def _fmt(value: float | None, pattern: str, width: int = 0) -> str:
    return format("—" if value is None else format(value, pattern), f">{width}")


@app.command("representativeness")
def representativeness_cmd(
        workshop: Annotated[str | None, typer.Option(
            "--workshop", "-w", help="Code of the workshop, e.g. W3.")] = None,
        project: Annotated[str | None, typer.Option(
            "--project", "-p", help="A whole project (id or name) instead of one "
                                    "workshop.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
        = False,
        cap: Annotated[float, typer.Option("--cap", min=1.0, help="Largest weight one "
                                           "participant may get.")] = core.DEFAULT_WEIGHT_CAP,
        exact_counts: Annotated[bool, typer.Option(
            "--exact-counts", help="Show groups of fewer than 5 people with their exact "
                                   "count (they are hidden by default, as in published "
                                   "figures).")] = False) -> None:
    """Compare the participants with the project's reference profile: shares, participation
    ratios, the R-score per dimension, under-represented groups and the raking weights."""
    db = open_db()
    if (workshop is None) == (project is None):
        raise ValidationError("scope", "Give either --workshop CODE or --project ID.")
    if workshop is not None:
        target = projects.find_workshop(db, workshop)
        project_id, workshop_id = target.project_id, target.id
        scope = {"workshop": {"id": target.id, "code": target.code, "title": target.title}}
    else:
        found = _find_project(db, project)
        project_id, workshop_id = found.id, None
        scope = {"workshop": None}
    found = projects.get_project(db, project_id)
    payload = {"project": {"id": found.id, "name": found.name}, **scope,
               **representativeness_payload(db, project_id, workshop_id, cap, exact_counts)}
    if as_json:
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    title = found.name if workshop_id is None else \
        f"{scope['workshop']['code']} · {scope['workshop']['title']}"
    typer.echo(f"{title}: {payload['participants']} participant(s)")
    if not any(d["has_reference"] for d in payload["dimensions"]):
        typer.echo("No reference profile: load one with `smartcity reference load`.")

    def shown(value):
        return f"<{MIN_PUBLISHED_GROUP}" if value is None else str(value)

    for d in payload["dimensions"]:
        if not d["has_reference"]:
            continue
        typer.echo(f"\n{d['label']}  (R-score {_fmt(d['r_score'], '.2f')})")
        typer.echo(f"  {'':32} {'people':>7} {'share':>7} {'reference':>9} {'ratio':>6}")
        for c in d["categories"]:
            flag = "  under-represented" if c["under_represented"] else ""
            typer.echo(f"  {c['label'][:32]:32} {shown(c['participants']):>7} "
                       f"{_fmt(c['participant_share'], '.1%', 7)} "
                       f"{_fmt(c['reference_share'], '.1%', 9)} {_fmt(c['ratio'], '.2f', 6)}"
                       f"{flag}")
        typer.echo(f"  Prefer not to say: {shown(d['prefer_not_to_say'])}; not answered: "
                   f"{shown(d['not_answered'])}; without reference figures: "
                   f"{shown(d['without_reference'])}")
    w = payload["weights"]
    typer.echo(f"\nWeights: n = {w['n']}, effective n = {w['effective_n']:.1f}, "
               f"capped at {w['cap']:g}: {w['capped']}"
               + ("" if w["converged"] else " (the cap keeps the weights from matching the "
                  "reference exactly)"))
    if not exact_counts:
        typer.echo(f"Groups of fewer than {MIN_PUBLISHED_GROUP} people are shown as "
                   f"<{MIN_PUBLISHED_GROUP}.")
