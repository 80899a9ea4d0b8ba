"""The ``smartcity`` command line: the same services the GUI uses, without a screen.

The basic commands live here; each capability adds a module in this package that registers
its commands on ``app`` (imported at the end of this file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import __version__
from ..core.errors import SmartCityError
from ..services import demo
from ..services.workshop import overview, projects
from ..storage import locations
from ..storage.database import Database

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Smart City Co-Creation Desktop: workshops, ideas and decisions, offline.")

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database file (default: the one in your user data folder), or a PostgreSQL "
    "URL for a central office (postgresql+psycopg://user@host/dbname).",
    envvar="SMARTCITY_DB")]


class _State:
    db_path: str | None = None


state = _State()


def _show_version(value: bool) -> None:
    # Eager, so that it works without a command (the group callback only runs with one).
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _main(db: DbOption = None,
          version: Annotated[bool, typer.Option("--version", help="Show the version.",
                                                callback=_show_version, is_eager=True)] = False):
    state.db_path = db


def open_db() -> Database:
    """Open the database chosen with ``--db`` (or the default), explaining refusals."""
    target = state.db_path or locations.default_database_path()
    return Database.open(target, locations.device_id())


@app.command()
def init() -> None:
    """Create (or migrate) the database and print where it is."""
    db = open_db()
    typer.echo(f"Database ready: {db.path or db.engine.url}")
    if db.backup_path:
        typer.echo(f"An older version was backed up to {db.backup_path}")


@app.command("demo")
def demo_cmd() -> None:
    """Fill the database with the sample project (3 workshops, ~60 people, ~200 ideas)."""
    db = open_db()
    name = json.loads(demo.demo_file().read_text(encoding="utf-8"))["project"]["name"]
    if any(p.name == name for p in projects.list_projects(db)):
        typer.echo(f"The demo project {name!r} is already in {db.path}; nothing added.")
        return
    with typer.progressbar(length=1, label="Creating the demo project", file=sys.stderr) as bar:
        last = [0]

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - last[0])
            last[0] = done

        project_id = demo.load_demo(db, progress)
    counts = overview.database_counts(db)
    typer.echo(f"Demo project created ({project_id}): {counts['workshop']} workshops, "
               f"{counts['participant']} participants, {counts['idea']} ideas.")


@app.command()
def info(as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output, "
                                                "with projects and workshops.")] = False) -> None:
    """Print what the database holds."""
    db = open_db()
    counts = overview.database_counts(db)
    if not as_json:
        typer.echo(f"Database: {db.path or db.engine.url}")
        for table, count in counts.items():
            typer.echo(f"  {table + 's':14} {count:>8}")
        return
    payload = {"database": str(db.path or db.engine.url), "counts": counts, "projects": []}
    for project in projects.list_projects(db):
        payload["projects"].append({
            "id": project.id, "name": project.name, "language": project.language,
            "workshops": [{"id": w.id, "code": w.code, "title": w.title,
                           "date": w.date.isoformat() if w.date else None, "status": w.status}
                          for w in projects.list_workshops(db, project.id)],
        })
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


# Command modules of later capabilities (each adds its commands to ``app``):
from . import (  # noqa: E402,F401
    commands_analyse,
    commands_brief,
    commands_export,
    commands_prioritise,
    commands_report,
    commands_sync,
    commands_workshop,
)


def main() -> None:
    try:
        app()
    except SmartCityError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
