"""The 17 UN Sustainable Development Goals."""

from __future__ import annotations

import re

import pytest

from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.core.sdgs import SDG_BY_NUMBER, SDGS, check_sdg_numbers


def test_there_are_17_goals_numbered_1_to_17_in_order():
    assert len(SDGS) == 17
    assert [s.number for s in SDGS] == list(range(1, 18))
    assert set(SDG_BY_NUMBER) == set(range(1, 18))


def test_goals_have_titles_and_hex_colours():
    assert all(s.short_title.strip() for s in SDGS)
    assert len({s.short_title for s in SDGS}) == 17
    assert all(re.fullmatch(r"#[0-9A-F]{6}", s.colour) for s in SDGS)
    assert SDG_BY_NUMBER[11].short_title == "Sustainable cities and communities"
    assert SDG_BY_NUMBER[13].short_title == "Climate action"


def test_check_sdg_numbers_sorts_and_deduplicates():
    assert check_sdg_numbers([13, 11, 13, "3"]) == [3, 11, 13]
    assert check_sdg_numbers([]) == []
    assert check_sdg_numbers([1, 17]) == [1, 17]


@pytest.mark.parametrize("bad", [[0], [18], [11, 18], [-1], [0, 17]])
def test_check_sdg_numbers_rejects_numbers_outside_1_to_17(bad):
    with pytest.raises(ValidationError) as info:
        check_sdg_numbers(bad)
    assert info.value.field == "sdgs"
