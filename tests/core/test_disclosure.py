"""core.disclosure: which cells a published table of counts withholds (no Qt, no SQL)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity_desktop.core.disclosure import (
    PRIMARY,
    SECONDARY,
    narrow,
    recoverable,
    suppress_table,
)
from smartcity_desktop.services.workshop.participation import participation_rows


def pinned(hidden: set, equations) -> set:
    """Withheld cells whose value is fixed by the published ones, by plain rational Gaussian
    elimination on the whole system (independent of core.disclosure's grouped integer one)."""
    hidden = list(hidden)
    rows = []
    for total, parts in equations:
        row: dict = {}
        for p in parts:
            if p in hidden:
                row[p] = row.get(p, 0) + 1
        if total in hidden:
            row[total] = row.get(total, 0) - 1
        rows.append({k: Fraction(v) for k, v in row.items() if v})

    def rank(rs):
        rs = [dict(r) for r in rs if r]
        n = 0
        for col in hidden:
            piv = next((i for i in range(n, len(rs)) if rs[i].get(col)), None)
            if piv is None:
                continue
            rs[n], rs[piv] = rs[piv], rs[n]
            for i in range(len(rs)):
                if i != n and rs[i].get(col):
                    f = rs[i][col] / rs[n][col]
                    rs[i] = {c: rs[i].get(c, 0) - f * rs[n].get(c, 0)
                             for c in set(rs[i]) | set(rs[n])}
                    rs[i] = {c: v for c, v in rs[i].items() if v}
            n += 1
        return n

    base = rank(rows)
    return {h for h in hidden if rank([*rows, {h: Fraction(1)}]) == base}


def small_test_project():
    """The project of tests/test_reports.py's ``city``: W1 11 people (8 women aged 20-44, 3
    non-binary aged 45-66, all residents), W2 6 women who answered nothing else."""
    dims = {"age": ["16-19", "20-44", "45-66", "67-79", "80+", "prefer_not_to_say"],
            "gender": ["woman", "man", "non_binary", "self_described", "prefer_not_to_say"],
            "stakeholder": ["resident", "local_business", "public_sector", "prefer_not_to_say"]}
    zero = {d: {c: 0 for c in cats + ["not_answered"]} for d, cats in dims.items()}
    w1 = {d: dict(c) for d, c in zero.items()}
    w1["age"].update({"20-44": 8, "45-66": 3})
    w1["gender"].update({"woman": 8, "non_binary": 3})
    w1["stakeholder"]["resident"] = 11
    w2 = {d: dict(c) for d, c in zero.items()}
    w2["age"]["not_answered"] = w2["stakeholder"]["not_answered"] = 6
    w2["gender"]["woman"] = 6
    return {"W1": 11, "W2": 6}, {"W1": w1, "W2": w2}


def test_workshop_totals_and_large_cells_survive_in_a_small_project():
    totals, counts = small_test_project()
    rows = participation_rows(totals, counts)
    published = {(r.workshop, r.dimension, r.category): r.count for r in rows}
    # the totals are published: 11, 6 and 17 reveal nobody
    assert published[("W1", None, None)] == 11
    assert published[("W2", None, None)] == 6
    assert published[(None, None, None)] == 17
    # the groups of 3 are withheld, and exactly one more cell per line protects each
    withheld = {k for k, v in published.items() if v is None}
    assert withheld == {("W1", "age", "20-44"), ("W1", "age", "45-66"),
                        (None, "age", "20-44"), (None, "age", "45-66"),
                        ("W1", "gender", "woman"), ("W1", "gender", "non_binary"),
                        (None, "gender", "woman"), (None, "gender", "non_binary")}
    # zeros and the other large cells stay
    assert published[("W2", "gender", "woman")] == 6
    assert published[("W1", "stakeholder", "resident")] == 11
    assert published[("W1", "gender", "man")] == 0
    # and none of the withheld can be worked out
    eqs = _equations(totals, counts)
    assert pinned(withheld, eqs) == set()


def _equations(totals, counts):
    dims = {d: list(c) for d, c in next(iter(counts.values())).items()}
    eqs = [((None, None, None), [(w, None, None) for w in totals])]
    for d, cats in dims.items():
        for c in cats:
            eqs.append(((None, d, c), [(w, d, c) for w in totals]))
        for scope in [*totals, None]:
            eqs.append(((scope, None, None), [(scope, d, c) for c in cats]))
    return eqs


def test_a_small_group_is_not_paired_with_a_zero():
    """Withholding a 3 together with a 0 would publish "3 between them": both are known to be
    small. The partner must make the withheld part of the line at least 5."""
    table = suppress_table({"a": 3, "z": 0, "b": 6, "c": 9, "T": 18}, [("T", ["a", "z", "b", "c"])])
    assert table.reasons == {"a": PRIMARY, "b": SECONDARY}
    assert narrow(["a", "z"], {"a": 3, "z": 0, "b": 6, "c": 9, "T": 18},
                  [("T", ["a", "z", "b", "c"])]) == {"a", "z"}


def test_two_small_groups_that_add_up_to_five_or_more_protect_each_other():
    table = suppress_table({"a": 3, "b": 4, "c": 9, "T": 16}, [("T", ["a", "b", "c"])])
    assert table.reasons == {"a": PRIMARY, "b": PRIMARY}
    table = suppress_table({"a": 1, "b": 2, "c": 9, "d": 7, "T": 19},
                           [("T", ["a", "b", "c", "d"])])
    assert set(table.reasons) == {"a", "b", "d"}  # 1 + 2 is still small: the 7 joins them


def test_recoverable_agrees_with_plain_elimination_on_a_bridge():
    rows, cols = range(3), range(3)
    eqs = [(("R", r), [(r, c) for c in cols]) for r in rows] + \
          [(("C", c), [(r, c) for r in rows]) for c in cols]
    for hidden in ([(0, 0), (0, 1), (1, 0), (1, 1)], [(0, 0), (0, 1), (1, 0)],
                   [(0, 0), ("R", 0), (1, 1), ("C", 1)], [(0, 0), (1, 1), (2, 2), (0, 1)]):
        assert recoverable(hidden, eqs) == pinned(set(hidden), eqs), hidden


@st.composite
def grid(draw):
    """A table of counts with row totals, column totals and a grand total."""
    n_rows, n_cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    value = st.one_of(st.integers(0, 4), st.integers(0, 40))
    cells = {(r, c): draw(value) for r in range(n_rows) for c in range(n_cols)}
    eqs = []
    for r in range(n_rows):
        cells[("R", r)] = sum(cells[(r, c)] for c in range(n_cols))
        eqs.append((("R", r), [(r, c) for c in range(n_cols)]))
    for c in range(n_cols):
        cells[("C", c)] = sum(cells[(r, c)] for r in range(n_rows))
        eqs.append((("C", c), [(r, c) for r in range(n_rows)]))
    cells["T"] = sum(cells[("R", r)] for r in range(n_rows))
    eqs += [("T", [("R", r) for r in range(n_rows)]), ("T", [("C", c) for c in range(n_cols)])]
    return cells, eqs


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid())
def test_property_safe_and_only_as_much_as_needed(data):
    cells, eqs = data
    table = suppress_table(cells, eqs)
    withheld = {k for k, v in table.published.items() if v is None}
    assert withheld == set(table.reasons)
    for k, v in cells.items():
        assert table.published[k] in (None, v)
        if 0 < v < 5:
            assert table.reasons[k] == PRIMARY
    # nothing withheld can be worked out, nor pinned below 5 by one published line
    assert pinned(withheld, eqs) == set()
    for total, parts in eqs:
        if total not in withheld:
            inside = [p for p in parts if p in withheld]
            assert not 0 < sum(cells[p] for p in inside) < 5, (total, inside)
    # every secondary cell is needed: publishing any one of them again exposes something
    for k, reason in table.reasons.items():
        if reason == SECONDARY:
            rest = withheld - {k}
            assert pinned(rest, eqs) or narrow(rest, cells, eqs)
