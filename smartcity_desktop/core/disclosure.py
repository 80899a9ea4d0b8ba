"""Disclosure control for published tables of counts (no Qt, no SQL).

A table is a set of cells (any hashable key -> count) and a list of *additivity equations*
``(total_key, part_keys)``: the total cell equals the sum of its part cells. Row totals, column
totals and a grand total are all just cells that appear in equations.

``suppress_table`` applies

* primary suppression: every cell with a count from 1 to ``minimum - 1`` is withheld (a zero is
  published: it describes nobody);
* secondary (complementary) suppression: while any withheld cell could be worked out exactly
  from the published cells and the equations, or is pinned to a small range (the withheld
  parts of a published total adding up to 1-4), another published cell that shares an equation
  with it is withheld too: the one that leaves the fewest cells exposed, part cells before
  totals, non-zero before zero, small before large. Secondary cells that turn out not to be
  needed are then published again, totals first, so workshop totals normally stay.

"Worked out exactly" is decided with exact linear algebra (integers, no rounding): a withheld
cell is recoverable when its unit vector lies in the row space of the equations restricted to
the withheld cells (then a combination of equations gives its value from published numbers
alone). Bounds from combining several equations with the counts being non-negative are not
searched for beyond :func:`narrow` (one equation at a time).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .rules import MIN_PUBLISHED_GROUP

Key = Hashable
Equation = tuple[Key, Sequence[Key]]  # (total cell, part cells): total == sum(parts)

PRIMARY = "fewer_than_minimum"
SECONDARY = "protects_small_group"


@dataclass(frozen=True)
class SuppressedTable:
    published: dict[Key, int | None]   # every cell; None = withheld
    reasons: dict[Key, str]            # withheld cell -> PRIMARY or SECONDARY


def _rows(equations: Iterable[Equation]) -> list[dict[Key, int]]:
    """Each equation as coefficients: parts +1, total -1 (sum == 0)."""
    rows = []
    for total, parts in equations:
        row: dict[Key, int] = {}
        for p in parts:
            row[p] = row.get(p, 0) + 1
        row[total] = row.get(total, 0) - 1
        rows.append(row)
    return rows


def recoverable(withheld: Iterable[Key], equations: Iterable[Equation]) -> set[Key]:
    """The withheld cells whose exact value follows from the other (published) cells.

    Only the withheld cells are unknowns (published ones are constants): a cell is recoverable
    when its unit vector lies in the row space of the equations restricted to the withheld
    cells. Exact integer Gauss-Jordan elimination, done separately for each group of withheld
    cells that share equations (the groups' systems are independent, and small)."""
    hidden = list(dict.fromkeys(withheld))
    if not hidden:
        return set()
    index = {k: i for i, k in enumerate(hidden)}
    rows: list[dict[int, int]] = []
    for row in _rows(equations):
        coeffs = {index[k]: v for k, v in row.items() if v and k in index}
        if coeffs:
            rows.append(coeffs)
    # Group the rows by connected withheld cells (union-find over the columns).
    parent = list(range(len(hidden)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for row in rows:
        first, *rest = row
        for col in rest:
            a, b = find(first), find(col)
            if a != b:
                parent[b] = a
    groups: dict[int, list[dict[int, int]]] = {}
    for row in rows:
        groups.setdefault(find(next(iter(row))), []).append(row)
    fixed: set[Key] = set()
    for group in groups.values():
        fixed |= {hidden[col] for col in _fixed_columns(group)}
    return fixed


def _fixed_columns(rows: list[dict[int, int]]) -> set[int]:
    """Reduced row echelon form over the integers (rows kept primitive: divided by the gcd of
    their entries): the columns whose pivot row has no other entry are fixed."""
    pivots: dict[int, dict[int, int]] = {}  # pivot column -> its row

    def eliminate(row: dict[int, int], col: int, prow: dict[int, int]) -> dict[int, int]:
        # row * prow[col] - prow * row[col]: clears ``col``; then made primitive
        f, g = row[col], prow[col]
        out = {c: v * g for c, v in row.items()}
        for c, v in prow.items():
            nv = out.get(c, 0) - f * v
            if nv:
                out[c] = nv
            else:
                out.pop(c, None)
        div = 0
        for v in out.values():
            div = math.gcd(div, v)
            if div == 1:
                break
        return {c: v // div for c, v in out.items()} if div > 1 else out

    for row in rows:
        row = dict(row)
        for col, prow in pivots.items():
            if row.get(col):
                row = eliminate(row, col, prow)
                if not row:
                    break
        if not row:
            continue
        col = min(row)
        for other_col, other in list(pivots.items()):
            if other.get(col):
                pivots[other_col] = eliminate(other, col, row)
        pivots[col] = row
    return {col for col, row in pivots.items() if len(row) == 1}


def narrow(withheld: Iterable[Key], cells: Mapping[Key, int], equations: Iterable[Equation],
           minimum: int = MIN_PUBLISHED_GROUP) -> set[Key]:
    """Withheld cells pinned to a small range: the withheld parts of an equation whose total
    is published add up to (total - published parts), which everyone can work out. When that
    sum is from 1 to ``minimum - 1`` each of those cells is known to be a small group (say a 3
    withheld together with a 0 gives "3 between them"), so they count as exposed."""
    hidden = set(withheld)
    exposed: set[Key] = set()
    for total, parts in equations:
        if total in hidden:
            continue
        inside = [p for p in dict.fromkeys(parts) if p in hidden]
        if inside and 0 < sum(cells[p] for p in inside) < minimum:
            exposed.update(inside)
    return exposed


#: How many of the cheapest candidates are tried one by one at each step (bounds the time on
#: large tables; the candidates are tried in cost order, so the best ones are always among them).
LOOKAHEAD = 12
#: Extra exposed cells a candidate that is the total of several equations (a workshop total,
#: the grand total) is charged with: such a margin is withheld only when it protects clearly
#: better than any part cell (measured on random participation tables: 5 keeps most totals).
MARGIN_PENALTY = 5


def suppress_table(cells: Mapping[Key, int], equations: Sequence[Equation],
                   minimum: int = MIN_PUBLISHED_GROUP) -> SuppressedTable:
    """Withhold small counts and enough other cells that none can be worked back out.

    Secondary cells are chosen greedily: while a withheld cell is exposed (:func:`recoverable`
    or :func:`narrow`), each of its unwithheld neighbours (cells sharing an equation with it)
    is tried, and the one that leaves the fewest cells exposed is withheld, the cheapest on a
    tie (:func:`_cost`: a part cell before a margin total, a non-zero count before a zero, a
    small count before a large one). Then every secondary cell is tried again, the dearest
    first, and published after all when the table stays safe without it. A workshop total is
    the total of one equation per demographic question, so it goes last and normally stays
    published."""
    for total, parts in equations:
        for k in (total, *parts):
            if k not in cells:
                raise KeyError(f"equation mentions unknown cell {k!r}")
    reasons: dict[Key, str] = {k: PRIMARY for k, v in cells.items() if 0 < v < minimum}
    if not reasons:
        return SuppressedTable(dict(cells), {})
    neighbours: dict[Key, set[Key]] = {k: set() for k in cells}
    total_of: dict[Key, int] = {k: 0 for k in cells}  # equations a cell is the total of
    for total, parts in equations:
        members = {total, *parts}
        total_of[total] += 1
        for k in members:
            neighbours[k] |= members
    order = {k: i for i, k in enumerate(cells)}

    def cost(k: Key) -> tuple:
        # margins (totals of several equations: a workshop's, the grand total) last; then
        # zeros (withholding a 0 protects little); then totals of one equation (a column's
        # sum over workshops); then the smallest count.
        return (total_of[k] > 1, cells[k] == 0, total_of[k], cells[k], order[k])

    def exposed(hidden) -> set[Key]:
        return recoverable(hidden, equations) | narrow(hidden, cells, equations, minimum)

    problems = exposed(reasons)
    for _ in range(len(cells) + 1):
        if not problems:
            break
        target = min(problems, key=order.__getitem__)
        candidates = [k for k in neighbours[target] if k not in reasons]
        if not candidates:  # every neighbour is withheld: widen to neighbours of any withheld
            candidates = list(dict.fromkeys(k for h in reasons for k in neighbours[h]
                                            if k not in reasons))
        if not candidates:
            break
        best = None
        for k in sorted(candidates, key=cost)[:LOOKAHEAD]:
            after = exposed([*reasons, k])
            score = len(after) + (MARGIN_PENALTY if total_of[k] > 1 else 0)
            if best is None or score < best[2]:
                best = (k, after, score)
            if not after:
                break
        reasons[best[0]] = SECONDARY
        problems = best[1]
    if problems:  # not expected; never publish an exposed table: withhold every cell
        reasons.update({k: SECONDARY for k in cells if k not in reasons})
    else:
        # Publish again what turned out not to be needed, the most valuable cells first.
        for k in sorted((k for k, r in reasons.items() if r == SECONDARY), key=cost,
                        reverse=True):
            trial = [h for h in reasons if h != k]
            if not exposed(trial):
                del reasons[k]
    published = {k: (None if k in reasons else v) for k, v in cells.items()}
    return SuppressedTable(published, reasons)
