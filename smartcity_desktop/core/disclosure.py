"""Disclosure control for published tables of counts (no Qt, no SQL).

A table is a set of cells (any hashable key -> count) and a list of *additivity equations*
``(total_key, part_keys)``: the total cell equals the sum of its part cells. Row totals, column
totals and a grand total are all just cells that appear in equations.

``suppress_table`` applies

* primary suppression: every cell with a count from 1 to ``minimum - 1`` is withheld (a zero is
  published: it describes nobody);
* secondary (complementary) suppression: while any withheld cell could be worked out exactly
  from the published cells and the equations, the smallest published cell that shares an
  equation with it is withheld too (non-zero part cells first, totals last).

"Worked out exactly" is decided with exact rational linear algebra: a withheld cell is
recoverable when its unit vector lies in the row space of the equations restricted to the
withheld cells (then a combination of equations gives its value from published numbers alone).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

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
    """The withheld cells whose exact value follows from the other (published) cells."""
    hidden = list(dict.fromkeys(withheld))
    if not hidden:
        return set()
    index = {k: i for i, k in enumerate(hidden)}
    # Only the withheld cells are unknowns; published ones are constants.
    matrix = []
    for row in _rows(equations):
        coeffs = {index[k]: Fraction(v) for k, v in row.items() if k in index and v}
        if coeffs:
            matrix.append(coeffs)
    # Reduced row echelon form over the rationals (sparse rows as dicts).
    pivots: dict[int, dict[int, Fraction]] = {}  # pivot column -> its row
    for row in matrix:
        row = dict(row)
        for col, prow in pivots.items():
            factor = row.get(col)
            if factor:
                for c, v in prow.items():
                    nv = row.get(c, 0) - factor * v
                    if nv:
                        row[c] = nv
                    else:
                        row.pop(c, None)
        if not row:
            continue
        col = min(row)
        lead = row[col]
        row = {c: v / lead for c, v in row.items()}
        for other in pivots.values():
            factor = other.get(col)
            if factor:
                for c, v in row.items():
                    nv = other.get(c, 0) - factor * v
                    if nv:
                        other[c] = nv
                    else:
                        other.pop(c, None)
        pivots[col] = row
    # The rows are fully reduced: a pivot row holds its pivot and free columns only. The
    # cell is fixed when no free column is left in its row.
    fixed = {hidden[col] for col, row in pivots.items() if set(row) == {col}}
    return fixed


def suppress_table(cells: Mapping[Key, int], equations: Sequence[Equation],
                   minimum: int = MIN_PUBLISHED_GROUP) -> SuppressedTable:
    """Withhold small counts and enough other cells that none can be worked back out."""
    for total, parts in equations:
        for k in (total, *parts):
            if k not in cells:
                raise KeyError(f"equation mentions unknown cell {k!r}")
    totals = {total for total, _ in equations}
    reasons: dict[Key, str] = {k: PRIMARY for k, v in cells.items() if 0 < v < minimum}
    neighbours: dict[Key, set[Key]] = {k: set() for k in cells}
    for total, parts in equations:
        members = {total, *parts}
        for k in members:
            neighbours[k] |= members
    order = {k: i for i, k in enumerate(cells)}

    def cost(k: Key) -> tuple:
        # Prefer withholding a non-zero part cell with the smallest count; totals last.
        return (k in totals, cells[k] == 0, cells[k], order[k])

    for _ in range(len(cells) + 1):
        exposed = recoverable(reasons, equations)
        if not exposed:
            break
        target = min(exposed, key=order.__getitem__)
        candidates = [k for k in neighbours[target] if k not in reasons]
        if not candidates:  # every neighbour is withheld: widen to neighbours of any withheld
            candidates = [k for h in reasons for k in neighbours[h] if k not in reasons]
        if not candidates:
            break
        reasons[min(candidates, key=cost)] = SECONDARY
    published = {k: (None if k in reasons else v) for k, v in cells.items()}
    return SuppressedTable(published, reasons)
