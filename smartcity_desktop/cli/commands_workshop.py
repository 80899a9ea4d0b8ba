"""Commands for running a workshop (paper forms, importing ideas). Filled in by the
workshop capability."""

from __future__ import annotations

# --------------------------------------------------------------------------- import-ideas
# (imports of this section kept here, so that other sections of the module stay untouched)
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Annotated  # noqa: E402

import typer  # noqa: E402

from ..services.workshop import projects
from . import app, open_db  # noqa: E402


@app.command("import-ideas")
def import_ideas_cmd(
        file: Annotated[Path, typer.Argument(help="CSV or XLSX file; the first row holds the "
                                             "column names.", exists=True, dir_okay=False)],
        workshop: Annotated[str, typer.Option("--workshop", "-w",
                                              help="Code of the workshop, e.g. W3.")],
        skip_bad_rows: Annotated[bool, typer.Option(
            "--skip-bad-rows", help="Import the good rows even when other rows have errors "
                                    "(without it a file with errors imports nothing).")] = False,
        mapping: Annotated[list[str] | None, typer.Option(
            "--map", help="Which column holds a field, as field=Column (repeatable). Fields: "
                          "text, title, kind, theme, sdgs, participant, table_group, source, "
                          "strategy_goals. field= (empty) leaves a guessed column out.")] = None,
        sheet: Annotated[str | None, typer.Option(
            "--sheet", help="Worksheet of an XLSX file (default: the first).")] = None,
        encoding: Annotated[str | None, typer.Option(
            "--encoding", help="Text encoding of a CSV file that is not UTF-8, e.g. cp1252.")]
        = None,
        entered_by: Annotated[str, typer.Option(
            "--entered-by", help="Who typed the ideas in (kept with each idea).")] = "",
        dry_run: Annotated[bool, typer.Option(
            "--dry-run", help="Check the file and report, write nothing.")] = False) -> None:
    """Import ideas from a CSV or XLSX file into a workshop, all rows in one transaction.

    Exit status 0: imported. 1: nothing imported because rows have errors. 2: unusable file.
    """
    from ..core.errors import ValidationError
    from ..services.ideas import import_ideas as imp

    db = open_db()
    target = projects.find_workshop(db, workshop)
    table = imp.read_table(file, sheet=sheet, encoding=encoding)
    chosen = imp.guess_mapping(table.headers)
    for item in mapping or ():
        name, sep, header = item.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not sep or name not in imp.FIELDS:
            raise ValidationError("mapping", f"--map {item!r}: write field=Column, where field "
                                  f"is one of {', '.join(imp.FIELDS)}.")
        if header.strip():
            chosen[name] = header.strip()
        else:
            chosen.pop(name, None)
    described = f"{file.name}" + (f" (sheet {table.sheet})" if table.sheet else "")
    typer.echo(f"{described}: {len(table.rows)} row(s) for workshop {target.code}.")
    for name in imp.FIELDS:
        if chosen.get(name):
            typer.echo(f"  {name:15} <- {chosen[name]}")
    for warning in table.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    checked = imp.preview(db, target.id, table, chosen, entered_by=entered_by)
    for row in checked.bad:
        for problem in row.errors:
            typer.echo(f"Row {row.row_number}: {problem.field}: {problem.message}")
    good, bad = len(checked.good), len(checked.bad)
    if checked.new_themes:
        typer.echo("New theme(s): " + ", ".join(checked.new_themes))
    if dry_run:
        typer.echo(f"Dry run: {good} row(s) can be imported, {bad} have errors. Nothing written.")
        raise typer.Exit(1 if bad and not skip_bad_rows or not good else 0)
    bar_state = {"bar": None, "last": 0}

    def progress(done: int, total: int) -> None:
        if total < 2000:
            return
        if bar_state["bar"] is None:
            bar_state["bar"] = typer.progressbar(length=total, label="Importing",
                                                 file=sys.stderr).__enter__()
        bar_state["bar"].update(done - bar_state["last"])
        bar_state["last"] = done

    try:
        result = imp.import_rows(db, target.id, table, chosen, skip_bad_rows=skip_bad_rows,
                                 entered_by=entered_by, progress=progress, checked=checked)
    finally:
        if bar_state["bar"] is not None:
            bar_state["bar"].__exit__(None, None, None)
    if result.status == "refused":
        typer.echo(f"Nothing imported: {bad} row(s) have errors. Correct them, or use "
                   f"--skip-bad-rows to import the other {good}.", err=True)
        raise typer.Exit(1)
    if result.status == "nothing":
        typer.echo("Nothing imported: no row could be imported.", err=True)
        raise typer.Exit(1)
    typer.echo(f"Imported {result.imported} idea(s) into {target.code}"
               + (f", skipped {result.skipped} row(s) with errors" if result.skipped else "")
               + (f", created {len(result.themes_created)} theme(s)" if result.themes_created
                  else "") + ".")


# --------------------------------------------------------------------------- forms
@app.command("forms")
def forms_cmd(
        workshop: Annotated[str, typer.Option("--workshop", "-w",
                                              help="Code of the workshop, e.g. W3.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="The PDF file to write.",
                                          dir_okay=False)],
        cards: Annotated[int, typer.Option("--cards", min=0, help="How many idea cards "
                                           "(two per A4 page).")] = 4,
        registrations: Annotated[int, typer.Option(
            "--registrations", min=0, help="How many blank registration forms.")] = 1,
        codes: Annotated[str | None, typer.Option(
            "--codes", help="Participant codes to print on the registration forms, one form "
                            "each, e.g. W3-001,W3-002 (instead of blank forms).")] = None,
) -> None:
    """Write the paper forms of a workshop (registration forms and idea cards) to a PDF, in
    the project's language."""
    from ..services.paper import forms as paper_forms

    db = open_db()
    target = projects.find_workshop(db, workshop)
    code_list = [c.strip() for c in codes.split(",") if c.strip()] if codes else None
    result = paper_forms.build_forms_pdf(db, target.id, out, cards=cards,
                                         registrations=registrations, codes=code_list)
    typer.echo(f"Wrote {result.page_count} page(s) for workshop {target.code} to "
               f"{result.path}: {len(code_list) if code_list else registrations} registration "
               f"form(s), {cards} idea card(s).")
