"""The publishable participation table: participants per workshop and per demographic group,
with small counts withheld and enough others with them that none can be worked out (primary and
secondary suppression, ``core.disclosure``). The open-data package (``exports.open_data``) and
the project report (``reports.workshop``) publish it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...core.disclosure import PRIMARY, suppress_table
from ...core.rules import MIN_PUBLISHED_GROUP

NOTE_SMALL = f"withheld: fewer than {MIN_PUBLISHED_GROUP} people"
NOTE_SECONDARY = "withheld: would reveal a small group"


@dataclass(frozen=True)
class ParticipationRow:
    """One published count. ``workshop`` None = every workshop in the package; ``dimension``
    and ``category`` None = every participant (the total)."""

    workshop: str | None
    dimension: str | None
    category: str | None
    count: int | None          # None = withheld
    note: str = ""


def participation_rows(totals: Mapping[str, int],
                       counts: Mapping[str, Mapping[str, Mapping[str, int]]],
                       minimum: int = MIN_PUBLISHED_GROUP) -> list[ParticipationRow]:
    """The publishable participation table.

    ``totals``: workshop code -> participants. ``counts``: workshop code -> dimension key ->
    category key -> participants (including ``not_answered``; each dimension's categories add
    up to the workshop's total). With more than one workshop, project-wide rows
    (``workshop=None``) are added. Small counts are withheld and enough others with them that
    no withheld count follows from the published ones (rows, columns and totals)."""
    workshops = list(totals)
    dims: dict[str, list[str]] = {}
    for w in workshops:
        for d, cats in counts.get(w, {}).items():
            known = dims.setdefault(d, [])
            known.extend(c for c in cats if c not in known)
    scopes: list[str | None] = list(workshops) + ([None] if len(workshops) > 1 else [])
    cells: dict[tuple, int] = {}
    for w in workshops:
        cells[(w, None, None)] = int(totals[w])
        for d, cats in dims.items():
            for c in cats:
                cells[(w, d, c)] = int(counts.get(w, {}).get(d, {}).get(c, 0))
    equations: list[tuple] = []
    if None in scopes:
        cells[(None, None, None)] = sum(cells[(w, None, None)] for w in workshops)
        equations.append(((None, None, None), [(w, None, None) for w in workshops]))
        for d, cats in dims.items():
            for c in cats:
                cells[(None, d, c)] = sum(cells[(w, d, c)] for w in workshops)
                equations.append(((None, d, c), [(w, d, c) for w in workshops]))
    for scope in scopes:
        for d, cats in dims.items():
            equations.append(((scope, None, None), [(scope, d, c) for c in cats]))
    table = suppress_table(cells, equations, minimum)
    rows = []
    for key, value in table.published.items():
        reason = table.reasons.get(key)
        note = "" if reason is None else (NOTE_SMALL if reason == PRIMARY else NOTE_SECONDARY)
        rows.append(ParticipationRow(*key, value, note))
    order = {w: i for i, w in enumerate(scopes)}
    dim_order = {d: i for i, d in enumerate(dims)}
    rows.sort(key=lambda r: (order[r.workshop], r.dimension is not None,
                             dim_order.get(r.dimension, -1),
                             dims[r.dimension].index(r.category) if r.dimension else -1))
    return rows
