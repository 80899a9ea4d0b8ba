"""Commands for "you said, we did" and the procurement challenge brief:

    smartcity report feedback W1 --out FILE.pdf [--large-print] [--lang en|nb]
    smartcity brief --theme NAME [--project P] --out FILE.pdf [--lang en|nb]
    smartcity brief --idea ID [--idea ID ...] --out FILE.pdf [--lang en|nb]

``brief`` writes FILE.md next to the PDF. Without --lang the project's language is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer

from ..core.errors import NotFoundError, SmartCityError, ValidationError
from . import app, open_db
from .commands_report import report_app

LANGUAGES = ("en", "nb")

OutOption = Annotated[Path, typer.Option("--out", "-o", help="The PDF file to write.",
                                         dir_okay=False)]
LangOption = Annotated[str | None, typer.Option(
    "--lang", help="Language of the text: en or nb (default: the project's language).")]


def _fail(exc: SmartCityError) -> typer.Exit:
    typer.echo(f"Error: {exc.message}", err=True)
    return typer.Exit(2)


def _language(lang: str | None, project_language: str) -> str:
    if lang is None:
        return project_language if project_language in LANGUAGES else "en"
    value = lang.strip().lower()
    if value not in LANGUAGES:
        raise ValidationError("lang", f"--lang must be one of {', '.join(LANGUAGES)}, not "
                              f"{lang!r}.")
    return value


@report_app.command("feedback")
def feedback_cmd(
        code: Annotated[str, typer.Argument(help="Code of the workshop, e.g. W1.")],
        out: OutOption,
        large_print: Annotated[bool, typer.Option(
            "--large-print", help="Large print: body text 16 pt, generous spacing.")] = False,
        lang: LangOption = None,
) -> None:
    """'You said, we did': a short PDF for participants and the public (no personal data)."""
    from ..services.reports import feedback as feedback_report
    from ..services.workshop import projects

    try:
        db = open_db()
        workshop = projects.find_workshop(db, code)
        language = _language(lang, projects.get_project(db, workshop.project_id).language)
        result = feedback_report.build_feedback_report(db, workshop.id, out, language=language,
                                                       large_print=large_print)
    except SmartCityError as exc:
        raise _fail(exc) from None
    typer.echo(f"Wrote {result.pages} page(s) to {result.path}.")


def _project(db, name: str | None):
    from ..services.workshop import projects

    found = projects.list_projects(db)
    if name is None:
        return None, found
    text = name.strip()
    for project in found:
        if project.id == text or project.name.casefold() == text.casefold():
            return project, found
    raise NotFoundError(f"No project named {name!r}.", project=name)


def _theme(db, name: str, project):
    """The theme called ``name`` (any case) in ``project``, or in the only project that has
    such a theme."""
    from ..services.workshop import projects

    wanted = name.strip().casefold()
    scope, all_projects = project, None
    if scope is None:
        all_projects = projects.list_projects(db)
    candidates = []
    for p in [scope] if scope is not None else all_projects:
        candidates += [(p, t) for t in projects.list_themes(db, p.id)
                       if t.name.strip().casefold() == wanted]
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        raise ValidationError("project", f"Several projects have a theme {name!r}; choose one "
                              "with --project.", theme=name)
    themes = []
    for p in [scope] if scope is not None else all_projects:
        themes += [t.name for t in projects.list_themes(db, p.id)]
    listed = ", ".join(sorted(set(themes), key=str.casefold)) or "none"
    where = f" in project {scope.name!r}" if scope is not None else ""
    raise NotFoundError(f"No theme named {name!r}{where}. Themes: {listed}.", theme=name)


def _ideas(db, ids: list[str], project) -> tuple[list[str], str]:
    """Full idea ids for ``ids`` (each a full id or a unique beginning of one, at least 4
    characters) and the project they belong to."""
    full: list[str] = []
    projects_of: set[str] = set()
    with db.engine.connect() as conn:
        for given in ids:
            text = given.strip().lower()
            if len(text) < 4:
                raise ValidationError("idea", f"Give at least 4 characters of an idea id, not "
                                      f"{given!r}.")
            rows = conn.execute(sa.text(
                "SELECT i.id, w.project_id FROM idea i JOIN workshop w ON w.id = i.workshop_id "
                "WHERE i.deleted = false AND w.deleted = false AND (i.id = :t OR i.id LIKE :p)"),
                {"t": text, "p": text.replace("%", "").replace("_", "") + "%"}).all()
            exact = [r for r in rows if r[0] == text]
            rows = exact or rows
            if not rows:
                raise NotFoundError(f"No idea with id {given!r}.", idea=given)
            if len(rows) > 1:
                raise ValidationError("idea", f"{given!r} is the beginning of several idea ids; "
                                      "give more characters.", idea=given)
            full.append(rows[0][0])
            projects_of.add(rows[0][1])
    if project is not None:
        if projects_of - {project.id}:
            raise ValidationError("idea", f"Some of the ideas are not in project "
                                  f"{project.name!r}.")
        return full, project.id
    if len(projects_of) > 1:
        raise ValidationError("idea", "The ideas belong to different projects; a brief covers "
                              "one project.")
    return full, projects_of.pop()


@app.command("brief")
def brief_cmd(
        out: OutOption,
        theme: Annotated[str | None, typer.Option(
            "--theme", "-t", help="The theme the brief is about (its name).")] = None,
        project: Annotated[str | None, typer.Option(
            "--project", "-p", help="The project (its name or id); needed only when several "
                                    "projects have the theme.")] = None,
        idea: Annotated[list[str] | None, typer.Option(
            "--idea", help="An idea to put in the brief (its id or the first characters of "
                           "it; repeatable), instead of --theme.")] = None,
        lang: LangOption = None,
) -> None:
    """A procurement challenge brief: a PDF and a Markdown file (FILE.md next to it) with the
    need in the participants' words, the evidence, SDG and strategy links, and empty fields
    for success criteria and constraints."""
    from ..services.reports import brief as challenge_brief
    from ..services.workshop import projects

    try:
        if bool(theme) == bool(idea):
            raise ValidationError("scope", "Give --theme NAME or one or more --idea ID (not "
                                  "both).")
        db = open_db()
        chosen, _ = _project(db, project)
        if theme:
            chosen, found = _theme(db, theme, chosen)
            scope = {"theme_id": found.id}
            project_id = chosen.id
        else:
            ids, project_id = _ideas(db, idea, chosen)
            scope = {"idea_ids": ids}
        language = _language(lang, projects.get_project(db, project_id).language)
        result = challenge_brief.build_challenge_brief(db, project_id, out, language=language,
                                                       **scope)
    except SmartCityError as exc:
        raise _fail(exc) from None
    typer.echo(f"Wrote {result.pages} page(s) to {result.path} and the same brief as "
               f"Markdown to {result.markdown_path}.")
