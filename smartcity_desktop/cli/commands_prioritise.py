"""Commands of the prioritisation capability: ``round``, ``votes`` and ``results``.

    smartcity round create --workshop W1 --method dots [--name "Dots"] [--dots 5]
    smartcity round list --workshop W1 [--json]
    smartcity round close ROUND
    smartcity votes import --round ROUND FILE.csv
    smartcity results --round ROUND [--by gender] [--weighted] [--compare ROUND2 ...] [--json]

A ROUND is a round id as ``round create`` prints it, or the first characters of it (at least
4, when they are unique). The vote files' columns are described in
``services.prioritise.import_votes`` (and in the README).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated

import typer

from ..core.enums import RoundMethod
from ..core.errors import NotFoundError, ValidationError
from . import app, open_db

round_app = typer.Typer(no_args_is_help=True, help="Prioritisation rounds of a workshop.")
votes_app = typer.Typer(no_args_is_help=True, help="Votes of a prioritisation round.")
app.add_typer(round_app, name="round")
app.add_typer(votes_app, name="votes")

RoundOption = Annotated[str, typer.Option("--round", "-r", help="The round's id (or its first "
                                          "characters).")]


def find_round(db, text: str):
    """A live round by id or unique id prefix (at least 4 characters); ``export ideas
    --round`` (commands_export.py) finds its round with it too."""
    import sqlalchemy as sa

    from ..storage.models import PriorityRound

    value = text.strip().lower()
    if len(value) < 4:
        raise ValidationError("round", "Give the round's id or at least its first 4 characters.")
    with db.session() as s:
        rows = s.execute(sa.select(PriorityRound.id).where(
            PriorityRound.id.startswith(value, autoescape=True),
            PriorityRound.deleted == False)).scalars().all()  # noqa: E712
    if not rows:
        raise NotFoundError(f"No round with id {text!r}.")
    if len(rows) > 1:
        raise ValidationError("round", f"{text!r} is the start of {len(rows)} round ids; give "
                              "more characters.")
    from ..services.prioritise import rounds as prioritise_rounds

    return prioritise_rounds.get_round(db, rows[0])


@round_app.command("create")
def round_create(
        workshop: Annotated[str, typer.Option("--workshop", "-w", help="Code of the workshop, "
                                              "e.g. W3.")],
        method: Annotated[RoundMethod, typer.Option("--method", "-m", case_sensitive=False,
                                                    help="How people vote.")],
        name: Annotated[str, typer.Option("--name", help="The round's name (default: "
                                          "\"Round <n>\").")] = "",
        dots: Annotated[int, typer.Option("--dots", min=1, max=100,
                                          help="Dots per participant (dots rounds).")] = 5,
) -> None:
    """Create a prioritisation round and print its id."""
    from ..services.prioritise import rounds as prioritise_rounds
    from ..services.workshop import projects

    db = open_db()
    target = projects.find_workshop(db, workshop)
    record = prioritise_rounds.create_round(db, target.id, method, name, dots)
    typer.echo(record.id)


@round_app.command("list")
def round_list(
        workshop: Annotated[str, typer.Option("--workshop", "-w", help="Code of the workshop.")],
        as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
        = False) -> None:
    """List the rounds of a workshop."""
    from ..services.prioritise import rounds as prioritise_rounds
    from ..services.workshop import projects

    db = open_db()
    target = projects.find_workshop(db, workshop)
    rounds = prioritise_rounds.list_rounds(db, target.id)
    if as_json:
        typer.echo(json.dumps([{"id": r.id, "name": r.name, "method": r.method,
                                "dots_per_participant": r.dots_per_participant,
                                "closed": r.closed} for r in rounds],
                              ensure_ascii=False, indent=2))
        return
    for r in rounds:
        extra = f", {r.dots_per_participant} dots each" if r.method == RoundMethod.DOTS else ""
        typer.echo(f"{r.id}  {r.name} ({r.method}{extra}){' [closed]' if r.closed else ''}")


@round_app.command("close")
def round_close(round_id: Annotated[str, typer.Argument(help="The round's id.")]) -> None:
    """Close a round: no more votes are taken."""
    from ..services.prioritise import rounds as prioritise_rounds

    db = open_db()
    record = find_round(db, round_id)
    prioritise_rounds.close_round(db, record.id)
    typer.echo(f"Closed {record.name}.")


@votes_app.command("import")
def votes_import(
        file: Annotated[Path, typer.Argument(help="CSV (or XLSX) file of votes; the first row "
                                             "holds the column names.", exists=True,
                                             dir_okay=False)],
        round_id: RoundOption,
        encoding: Annotated[str | None, typer.Option(
            "--encoding", help="Text encoding of a CSV file that is not UTF-8.")] = None,
) -> None:
    """Import ballots, wall tallies, scores, rankings or comparisons (by the round's method)
    into a round: all rows or none.

    Exit status 0: imported. 1: nothing imported because rows have problems (each is listed).
    2: the file cannot be used.
    """
    from ..services.prioritise import vote_import as prioritise_vote_import

    db = open_db()
    record = find_round(db, round_id)
    report = prioritise_vote_import.import_votes(db, record.id, file, encoding=encoding)
    if not report.ok:
        whole_file = all(p.row == 0 or p.row == 1 for p in report.problems)
        for problem in report.problems:
            where = f"Row {problem.row}" if problem.row else file.name
            typer.echo(f"{where}: {problem.message}", err=True)
        typer.echo(f"Nothing imported into {record.name}: {len(report.problems)} problem(s) "
                   f"in {report.rows} row(s).", err=True)
        raise typer.Exit(2 if whole_file else 1)
    replaced = f" ({len(report.replaced)} earlier record(s) replaced)" if report.replaced else ""
    typer.echo(f"Imported {report.imported} row(s) into {record.name} ({report.method.value})"
               f"{replaced}.")


def _number(value: float | None):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return round(value, 6) if isinstance(value, float) else value


def _ideas_json(ideas) -> list[dict]:
    return [{"rank": r.rank, "tied": r.tied, "number": r.number, "idea_id": r.idea_id,
             "text": r.text, "score": _number(r.score), "n": r.n} for r in ideas]


@app.command("results")
def results_cmd(
        round_id: RoundOption,
        by: Annotated[str | None, typer.Option("--by", help="Also the ranking within each "
                                               "group of a demographic question, e.g. gender "
                                               "or stakeholder.")] = None,
        weighted: Annotated[bool, typer.Option("--weighted", help="Weight voters to the "
                                               "project's reference population.")] = False,
        cap: Annotated[float, typer.Option("--cap", min=1.0, help="Largest weight (with "
                                           "--weighted).")] = 5.0,
        compare: Annotated[list[str] | None, typer.Option(
            "--compare", help="Another round to compare with (repeatable): ranks side by side "
                              "and Kendall's tau-b.")] = None,
        top: Annotated[int, typer.Option("--top", min=0, help="Show only the first N ideas "
                                         "(0: all; text output only).")] = 20,
        as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output (all "
                                              "ideas).")] = False,
) -> None:
    """Print the ranking of a round (ties share a rank: 1, 1, 3)."""
    from ..services.prioritise import results as prioritise_results

    db = open_db()
    record = find_round(db, round_id)
    result = prioritise_results.round_result(db, record.id, weighted=weighted, cap=cap)
    groups = prioritise_results.results_by_group(db, record.id, by) if by else None
    comparison = None
    if compare:
        others = [find_round(db, c).id for c in compare]
        comparison = prioritise_results.compare_methods(db, [record.id, *others])
    if as_json:
        payload = {
            "round": {"id": record.id, "name": record.name, "method": record.method,
                      "closed": record.closed},
            "participants": result.participants, "weighted": result.weighted,
            "effective_n": _number(result.effective_n), "notes": list(result.notes),
            "ideas": _ideas_json(result.ideas),
        }
        if groups is not None:
            payload["groups"] = [{
                "dimension": g.dimension_key, "category": g.category_key, "label": g.label,
                "participants": g.participants, "suppressed": g.suppressed,
                "reason": g.reason or None, "folded": list(g.folded), "notes": list(g.notes),
                "shift_threshold": g.shift_threshold, "notable": list(g.notable),
                "ideas": [dict(item, rank_shift=g.rank_shift.get(item["idea_id"]))
                          for item in _ideas_json(g.ideas)],
            } for g in groups]
        if comparison is not None:
            payload["comparison"] = {
                "rounds": list(comparison.round_ids),
                "ideas": [{"idea_id": i, "ranks": list(comparison.ranks[i])}
                          for i in comparison.idea_ids],
                "kendall_tau_b": [{"a": a, "b": b, "tau_b": _number(t)}
                                  for (a, b), t in comparison.kendall_tau.items()],
            }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    head = f"{record.name} ({record.method}): {result.participants} voter(s)"
    if result.weighted:
        head += f", weighted (effective n {result.effective_n:.1f})"
    typer.echo(head)
    _print_ranking(result.ideas, top)
    for note in result.notes:
        typer.echo(f"Note: {note}")
    for g in groups or ():
        if g.suppressed:
            why = "fewer than 5 people" if g.reason == "too_small" else \
                "hidden so that a small group cannot be worked out"
            typer.echo(f"\n{by} = {g.label}: not shown ({why})")
            continue
        typer.echo(f"\n{by} = {g.label}: {g.participants} people")
        _print_ranking(g.ideas, top, g.rank_shift, g.shift_threshold)
    if comparison is not None:
        typer.echo(f"\nKendall's tau-b over {len(comparison.idea_ids)} common idea(s):")
        for (a, b), tau in comparison.kendall_tau.items():
            shown = "undefined" if not math.isfinite(tau) else f"{tau:+.3f}"
            typer.echo(f"  {a[:8]} vs {b[:8]}: {shown}")


def _print_ranking(ideas, top: int, shifts=None, threshold: int = 0) -> None:
    for r in ideas[:top or None]:
        rank = f"{r.rank}=" if r.tied else f"{r.rank}"
        text = " ".join(r.text.split())
        text = text if len(text) <= 60 else text[:59] + "…"
        shift = ""
        if shifts is not None and r.idea_id in shifts:
            value = shifts[r.idea_id]
            shift = f"  ({value:+d}{' !' if threshold and abs(value) >= threshold else ''})"
        typer.echo(f"{rank:>5}  #{r.number:<5} {r.score:>9.2f}  n={r.n:<4} {text}{shift}")
    if top and len(ideas) > top:
        typer.echo(f"  … {len(ideas) - top} more (use --top 0 or --json)")
