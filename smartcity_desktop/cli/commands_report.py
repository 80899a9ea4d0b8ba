"""Commands of the reports capability: ``smartcity report workshop|project|feedback`` and
``smartcity brief``.

    smartcity report workshop CODE --out FILE.pdf [--lang en|nb]
    smartcity report project [NAME] --out FILE.pdf [--lang en|nb]

Without NAME the database's only project is reported. The PDF is written only when it is
complete (a temporary file next to it is renamed at the end).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..core.errors import NotFoundError, SmartCityError, ValidationError
from . import app, open_db

report_app = typer.Typer(no_args_is_help=True,
                         help="PDF reports: a workshop, a project, 'you said, we did'.")
app.add_typer(report_app, name="report")

OutOption = Annotated[Path, typer.Option("--out", "-o", help="The PDF file to write.")]
LangOption = Annotated[str, typer.Option("--lang", help="The report's language: en or nb.")]

LANGUAGES = ("en", "nb")


def _language(lang: str) -> str:
    value = lang.strip().lower()
    if value not in LANGUAGES:
        raise ValidationError("lang", f"{lang!r} is not a report language; use "
                              f"{' or '.join(LANGUAGES)}.")
    return value


def _fail(exc: SmartCityError) -> typer.Exit:
    typer.echo(f"Error: {exc.message}", err=True)
    return typer.Exit(2)


def _project_id(db, name: str | None) -> str:
    from ..services.workshop import projects

    found = projects.list_projects(db)
    if name:
        text = name.strip()
        matches = [p for p in found if p.id == text or p.name.casefold() == text.casefold()]
        if not matches:
            raise NotFoundError(f"No project named {name!r}.")
        return matches[0].id
    if len(found) != 1:
        raise ValidationError("project", f"The database holds {len(found)} projects; name "
                              "the one to report on.")
    return found[0].id


@report_app.command("workshop")
def report_workshop_cmd(code: Annotated[str, typer.Argument(help="The workshop code, e.g. W1.")],
                        out: OutOption, lang: LangOption = "en") -> None:
    """The workshop report: agenda, attendance, ideas, priorities, decisions, every idea."""
    from ..services.reports import workshop as reports
    from ..services.workshop import projects

    try:
        language = _language(lang)
        db = open_db()
        workshop = projects.find_workshop(db, code)
        result = reports.build_workshop_report(db, workshop.id, out, language=language)
    except SmartCityError as exc:
        raise _fail(exc) from None
    typer.echo(f"{result.path} ({result.pages} pages)")


@report_app.command("project")
def report_project_cmd(out: OutOption,
                       name: Annotated[str | None, typer.Argument(
                           help="The project's name or id (optional when there is one).")] = None,
                       lang: LangOption = "en") -> None:
    """The project report: every workshop, and how participation changed between them."""
    from ..services.reports import workshop as reports

    try:
        language = _language(lang)
        db = open_db()
        result = reports.build_project_report(db, _project_id(db, name), out,
                                              language=language)
    except SmartCityError as exc:
        raise _fail(exc) from None
    typer.echo(f"{result.path} ({result.pages} pages)")
