"""The priorities section of the workshop and project reports (``reports.workshop``): each
round's ranking, the comparison of the methods, and the results by group (small groups never
shown on their own)."""

from __future__ import annotations

import math

from reportlab.platypus import KeepTogether

from ...core import rules
from ...core.enums import RoundMethod
from ..pdf.charts import bar_chart
from ..pdf.paragraphs import para
from ..prioritise import results as prioritise_results
from ..prioritise import rounds as prioritise_rounds
from ..workshop import projects
from .workshop_layout import Context, Steps, gap, grid, num, short

TOP_IDEAS = 10          # ideas shown per round (the appendix lists every idea)
TOP_PER_GROUP = 3       # ideas shown per group in "results by group"


def _round_label(ctx: Context, rnd, code: str | None = None) -> str:
    method = ctx.w["method"].get(rnd.method, rnd.method)
    prefix = f"{code} · " if code else ""
    if rnd.name.casefold() in method.casefold():
        return f"{prefix}{method}"
    return f"{prefix}{rnd.name} ({method})"


def _score(result, r, lang: str) -> str:
    return num(round(r.score, 1), lang)


def priorities_section(ctx: Context, workshop, steps: Steps, code_in_title: bool = False) -> list:
    """Each round of ``workshop``: its top ideas, then the method comparison and the results
    by group."""
    db, t, st, lang = ctx.doc.db, ctx.t, ctx.st, ctx.language
    rounds = prioritise_rounds.list_rounds(db, workshop.id)
    if not rounds:
        return [para(t["no_rounds"], st["body"])]
    story: list = []
    results = {}
    dims = projects.list_dimensions(db, workshop.project_id)
    for rnd in rounds:
        result = prioritise_results.round_result(db, rnd.id)
        results[rnd.id] = result
        steps.step()
        # criteria and pairwise rounds say nothing about the ideas nobody scored or compared
        ranked = result.ideas if result.method in (RoundMethod.DOTS, RoundMethod.RANKING) else \
            [r for r in result.ideas if r.n > 0]
        top = ranked[:TOP_IDEAS]
        rows = [[f"{r.rank}{'=' if r.tied else ''}", f"{r.number}", r.text,
                 _score(result, r, lang), str(r.n)] for r in top]
        block = [ctx.doc.heading(_round_label(ctx, rnd, workshop.code if code_in_title
                                              else None), 2),
                 para(f"{t['voters']}: {_voters(result.participants, t)}", st["small"]),
                 grid(ctx, [t["rank"], t["number"], t["idea"], t["score"], "n"], rows,
                      [34, 30, 330, 50, 30], numeric=(0, 1, 3, 4))]
        if len(ranked) > TOP_IDEAS:
            block.append(para(t["top_n"].format(n=TOP_IDEAS, total=len(ranked)),
                              st["small"]))
        chart_rows = [r for r in top if r.score > 0]
        if chart_rows:
            block += [gap(4), bar_chart([f"{r.number}. {r.text}" for r in chart_rows],
                                        [round(r.score, 1) for r in chart_rows],
                                        width=ctx.doc.width, height=15 * len(chart_rows),
                                        value_format=lambda v: num(v, lang))]
        story += [KeepTogether(block[:3]), *block[3:], gap(8)]
    if len(rounds) >= 2:
        story += _compare(ctx, rounds, results)
    for rnd in rounds:  # the note on small groups goes with the first table
        story += _by_group(ctx, rnd, dims, steps, workshop.code if code_in_title else None,
                           note=not any(getattr(f, "_by_group", False) for f in story))
    return story


def _voters(n: int, t: dict) -> str:
    if 0 < n < rules.MIN_PUBLISHED_GROUP:
        return t["not_shown"].format(minimum=rules.MIN_PUBLISHED_GROUP)
    return str(n)


def _compare(ctx: Context, rounds, results) -> list:
    t, st, lang = ctx.t, ctx.st, ctx.language
    comparison = prioritise_results.compare_methods(ctx.doc.db, [r.id for r in rounds])
    story = [ctx.doc.heading(t["methods_compared"], 2)]
    if not comparison.idea_ids:
        return story + [para(t["compare_none"], st["body"])]
    names = {r.id: r.name for r in rounds}
    text_of = {}
    number_of = {}
    for result in results.values():
        for r in result.ideas:
            text_of.setdefault(r.idea_id, r.text)
            number_of.setdefault(r.idea_id, r.number)
    rows = [[str(number_of[i]), text_of[i], *[str(x) for x in comparison.ranks[i]]]
            for i in comparison.idea_ids[:TOP_IDEAS]]
    n = len(comparison.round_ids)
    story.append(grid(ctx, [t["number"], t["idea"], *[names[r] for r in comparison.round_ids]],
                      rows, [30, 330 - 10 * n, *([60] * n)],
                      numeric=tuple(range(2, 2 + n)) + (0,)))
    taus = [[names[a], names[b], "–" if math.isnan(tau) else num(round(tau, 2), lang, 2)]
            for (a, b), tau in comparison.kendall_tau.items()]
    story += [gap(4), KeepTogether([
        para(t["agreement"].format(n=len(comparison.idea_ids)), st["small"]),
        grid(ctx, [t["round"], t["round"], "τ"], taus, [150, 150, 60], numeric=(2,))]),
        gap(8)]
    return story


def _by_group(ctx: Context, rnd, dims, steps: Steps, code: str | None, note: bool = False
              ) -> list:
    t, st = ctx.t, ctx.st
    story: list = []
    for dim in dims:
        groups = prioritise_results.results_by_group(ctx.doc.db, rnd.id, dim.key)
        steps.step()
        if not groups:
            continue
        rows = []
        for g in groups:
            label = t["other_small"] if g.category_key == prioritise_results.OTHER \
                and g.folded else (t["not_answered"]
                                   if g.category_key == prioritise_results.NOT_ANSWERED
                                   else g.label)
            if g.suppressed:
                rows.append([label, "–", "–"])
                continue
            top = "\n".join(f"{r.number}. {short(r.text, 90)}" for r in g.ideas[:TOP_PER_GROUP])
            rows.append([label, str(g.participants), top])
        title = t["by_group_dim"].format(dimension=dim.label)
        block = [ctx.doc.heading(f"{title} — {_round_label(ctx, rnd, code)}", 2),
                 grid(ctx, [t["group"], t["voters"], t["top_idea"]], rows, [120, 55, 300],
                      numeric=(1,))]
        if note:
            block.insert(1, para(t["by_group_note"].format(
                minimum=rules.MIN_PUBLISHED_GROUP), st["small"]))
            note = False
        group = KeepTogether(block)
        group._by_group = True
        story += [group, gap(6)]
    return story
