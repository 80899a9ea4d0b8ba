"""Commands of the reports and exports capability: ``smartcity export csv|xlsx|decidim``.

    smartcity export csv --out FOLDER [--workshop W1 | --project NAME] [--no-demographics]
                         [--contacts]
    smartcity export xlsx --out FILE.xlsx [same options]
    smartcity export decidim --out FILE.csv|FILE.json [--workshop W1 | --project NAME]
                             [--status accepted ...] [--round ROUND --top N] [--idea ID ...]
                             [--scope-id N] [--category-id N] [--locale nb --locale en]

Without --workshop or --project the database's only project is exported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..core.errors import NotFoundError, ValidationError
from . import app, open_db

export_app = typer.Typer(no_args_is_help=True,
                         help="Export data: CSV, XLSX, a Decidim file, an open-data package.")
app.add_typer(export_app, name="export")

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Where to write.")]
WorkshopOption = Annotated[str | None, typer.Option("--workshop", "-w",
                                                    help="Only this workshop (its code).")]
ProjectOption = Annotated[str | None, typer.Option("--project", "-p",
                                                   help="The project (its name or id).")]
DemographicsOption = Annotated[bool, typer.Option("--demographics/--no-demographics",
                                                  help="Include the demographic answers.")]
ContactsOption = Annotated[bool, typer.Option(
    "--contacts", help="Include contact details (only of participants who agreed to be "
    "contacted).")]


def _scope(db, project: str | None, workshop: str | None) -> dict[str, str]:
    from ..services.workshop import projects

    if project and workshop:
        raise ValidationError("scope", "Give --project or --workshop, not both.")
    if workshop:
        return {"workshop_id": projects.find_workshop(db, workshop).id}
    found = projects.list_projects(db)
    if project:
        text = project.strip()
        matches = [p for p in found if p.id == text or p.name.casefold() == text.casefold()]
        if not matches:
            raise NotFoundError(f"No project named {project!r}.")
        return {"project_id": matches[0].id}
    if len(found) != 1:
        raise ValidationError("project", f"The database holds {len(found)} projects; choose "
                              "one with --project or a workshop with --workshop.")
    return {"project_id": found[0].id}


@export_app.command("csv")
def export_csv_cmd(out: OutOption, workshop: WorkshopOption = None, project: ProjectOption = None,
                   demographics: DemographicsOption = True, contacts: ContactsOption = False
                   ) -> None:
    """One UTF-8 CSV file per table into the folder --out (which must exist)."""
    from ..services.exports import tables as exports

    db = open_db()
    paths = exports.export_csv(db, out, include_demographics=demographics,
                               include_contacts=contacts, **_scope(db, project, workshop))
    for path in paths:
        typer.echo(str(path))


@export_app.command("xlsx")
def export_xlsx_cmd(out: OutOption, workshop: WorkshopOption = None,
                    project: ProjectOption = None, demographics: DemographicsOption = True,
                    contacts: ContactsOption = False) -> None:
    """An Excel workbook with one sheet per table."""
    from ..services.exports import tables as exports

    db = open_db()
    path = exports.export_xlsx(db, out, include_demographics=demographics,
                               include_contacts=contacts, **_scope(db, project, workshop))
    typer.echo(str(path))


@export_app.command("decidim")
def export_decidim_cmd(
        out: OutOption,
        workshop: WorkshopOption = None,
        project: ProjectOption = None,
        status: Annotated[list[str] | None, typer.Option(
            "--status", help="Only ideas with this status (repeatable), e.g. accepted.")] = None,
        round_: Annotated[str | None, typer.Option(
            "--round", "-r", help="A prioritisation round (id or its first characters); "
            "use with --top.")] = None,
        top: Annotated[int | None, typer.Option("--top", min=1,
                                                help="The round's top N ideas.")] = None,
        idea: Annotated[list[str] | None, typer.Option(
            "--idea", help="Exactly this idea (its id; repeatable).")] = None,
        fmt: Annotated[str | None, typer.Option(
            "--format", help="csv or json (default: from the file name).")] = None,
        locale: Annotated[list[str] | None, typer.Option(
            "--locale", help="A language column (repeatable; default: the project's "
            "language and en).")] = None,
        scope_id: Annotated[str | None, typer.Option("--scope-id",
                                                     help="Decidim scope id.")] = None,
        category_id: Annotated[str | None, typer.Option("--category-id",
                                                        help="Decidim category id.")] = None,
) -> None:
    """A proposals file for Decidim's "Import proposals from a file"."""
    from ..services.exports import tables as exports

    db = open_db()
    round_id = None
    scope: dict[str, str] = {}
    if round_:
        from .commands_prioritise import find_round

        round_id = find_round(db, round_).id
        if project or workshop:
            scope = _scope(db, project, workshop)
    else:
        scope = _scope(db, project, workshop)
    ideas = exports.select_ideas(db, statuses=status or None, round_id=round_id, top=top,
                                 idea_ids=idea or None, **scope)
    path = exports.export_decidim(db, out, ideas, fmt=fmt, locales=locale or None,
                                  scope_id=scope_id, category_id=category_id)
    typer.echo(f"{len(ideas)} proposals written to {path}")


@export_app.command("open-data")
def export_open_data_cmd(
        out: Annotated[Path, typer.Option("--out", "-o", help="The new folder for the package.")],
        workshop: WorkshopOption = None, project: ProjectOption = None,
        licence: Annotated[str, typer.Option("--licence", help="SPDX id: CC-BY-4.0 (default), "
                           "CC-BY-SA-4.0, CC0-1.0, ODC-By-1.0, ODbL-1.0, PDDL-1.0.")] = "CC-BY-4.0",
        include_text: Annotated[bool, typer.Option("--include-text", help="Include the ideas' "
                                "titles and texts (check them for names first).")] = False) -> None:
    """A Frictionless Data Package (datapackage.json, CSV files, README) for open publication:
    no participant-level data, and no count of 1 to 4 people (nor one that can be worked out)."""
    from ..services.exports import open_data
    from ..services.workshop import projects

    db = open_db()
    scope = _scope(db, project, workshop)
    workshop_id = scope.get("workshop_id")
    project_id = scope.get("project_id") or projects.get_workshop(db, workshop_id).project_id
    path = open_data.write_open_data_package(db, project_id, out, licence=licence,
                                             workshop_id=workshop_id, include_text=include_text)
    typer.echo(str(path))
