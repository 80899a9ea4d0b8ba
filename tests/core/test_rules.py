"""Domain rules without Qt or a database: codes, text limits and small-group suppression."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from smartcity_desktop.core import rules
from smartcity_desktop.core.errors import ValidationError

# --------------------------------------------------------------------------- participant codes


def test_first_participant_code_is_001():
    assert rules.next_participant_code("W1", []) == "W1-001"


def test_next_code_follows_the_highest_even_with_gaps():
    # W1-002 was deleted (its form may still be in the pile): never hand it out again.
    assert rules.next_participant_code("W1", ["W1-001", "W1-003"]) == "W1-004"


def test_next_code_never_reuses_a_higher_code_given_out_of_order():
    assert rules.next_participant_code("W1", ["W1-017", "W1-002", "W1-005"]) == "W1-018"


def test_next_code_ignores_other_workshops_codes():
    existing = ["W2-040", "W10-099", "W1-002", "X1-500"]
    assert rules.next_participant_code("W1", existing) == "W1-003"
    assert rules.next_participant_code("W10", existing) == "W10-100"
    assert rules.next_participant_code("W3", existing) == "W3-001"


def test_next_code_ignores_malformed_codes():
    assert rules.next_participant_code("W1", ["W1-1", "garbage", "W1-00x", ""]) == "W1-001"


@given(st.sets(st.integers(min_value=1, max_value=9999), max_size=30),
       st.sets(st.integers(min_value=1, max_value=9999), max_size=30))
def test_next_code_is_above_every_own_code_and_unused(own, other):
    existing = [rules.participant_code("W1", n) for n in own]
    existing += [rules.participant_code("W2", n) for n in other]
    code = rules.next_participant_code("W1", existing)
    workshop, number = rules.parse_participant_code(code)
    assert workshop == "W1"
    assert code not in existing
    assert number == max(own, default=0) + 1


def test_parse_participant_code_round_trip_and_rejects_nonsense():
    assert rules.parse_participant_code(" w3-017 ") == ("W3", 17)
    with pytest.raises(ValidationError):
        rules.parse_participant_code("W3/017")


# --------------------------------------------------------------------------- workshop codes


@pytest.mark.parametrize("raw, expected", [("W1", "W1"), (" w12 ", "W12"), ("ABCDEFGH", "ABCDEFGH"),
                                           ("2026", "2026")])
def test_normalise_workshop_code_accepts_and_uppercases(raw, expected):
    assert rules.normalise_workshop_code(raw) == expected


@pytest.mark.parametrize("bad", ["", "   ", "W-1", "W 1", "ABCDEFGHI", "Wø", "W1!", "W_1", "Ж1"])
def test_normalise_workshop_code_rejects_bad_codes(bad):
    with pytest.raises(ValidationError) as info:
        rules.normalise_workshop_code(bad)
    assert info.value.field == "code"


# --------------------------------------------------------------------------- text


def test_require_text_trims_and_normalises_line_endings():
    assert rules.require_text("text", "  line one\r\nline two\r  ", 100) == "line one\nline two"


@pytest.mark.parametrize("empty", [None, "", "   ", "\n\t \r\n"])
def test_require_text_refuses_empty_and_whitespace_only(empty):
    with pytest.raises(ValidationError) as info:
        rules.require_text("text", empty, 100)
    assert info.value.field == "text"


def test_require_text_limit_is_inclusive():
    assert rules.require_text("text", "x" * 10, 10) == "x" * 10
    with pytest.raises(ValidationError) as info:
        rules.require_text("text", "x" * 11, 10)
    assert info.value.details["length"] == 11
    assert info.value.details["limit"] == 10


def test_require_text_counts_characters_not_bytes():
    text = "æøå" * 1000 + "مواعيد" * 100 + "የአውቶቡስ" * 50  # 3000 + 600 + 300 chars, many more bytes
    assert rules.require_text("text", text, 3900) == text


def test_optional_text_gives_none_for_blank_and_still_checks_the_limit():
    assert rules.optional_text("title", "  ", 10) is None
    assert rules.optional_text("title", " Bus ", 10) == "Bus"
    with pytest.raises(ValidationError):
        rules.optional_text("title", "x" * 11, 10)


# --------------------------------------------------------------------------- small groups


def test_groups_at_or_above_the_minimum_are_shown_unchanged():
    counts = {"a": 5, "b": 12, "c": 0}
    assert rules.suppress_small_groups(counts) == counts


def test_small_groups_are_folded_into_other():
    result = rules.suppress_small_groups({"a": 20, "b": 3, "c": 2, "d": 7})
    assert result == {"a": 20, "d": 7, "other": 5}


def test_small_folded_other_is_suppressed_with_the_next_smallest_group():
    result = rules.suppress_small_groups({"a": 20, "b": 3, "d": 7})
    assert result == {"a": 20, "d": None, "other": None}


def test_small_groups_join_an_existing_other_group():
    # An "other" category that is already large enough must absorb the small groups, not be
    # blanked by them.
    result = rules.suppress_small_groups({"a": 20, "other": 10, "b": 2})
    assert result == {"a": 20, "other": 12}


def test_an_existing_small_other_is_folded_too():
    result = rules.suppress_small_groups({"a": 20, "other": 2, "b": 2, "c": 9})
    assert result == {"a": 20, "c": None, "other": None}


def test_secondary_suppression_prefers_a_non_empty_group():
    result = rules.suppress_small_groups({"a": 0, "b": 6, "c": 3})
    assert result == {"a": 0, "b": None, "other": None}


counts_strategy = st.dictionaries(
    st.text(alphabet="abcdefgh", min_size=1, max_size=3) | st.just("other"),
    st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6]) | st.integers(min_value=0, max_value=40),
    max_size=8)


@example({"a": 2, "b": 0}, 5)
@example({"a": 20, "other": 10, "b": 2}, 5)
@example({"other": 3, "a": 0, "b": 0}, 5)
@given(counts_strategy, st.integers(min_value=2, max_value=10))
def test_suppression_never_reveals_a_small_group(counts, minimum):
    result = rules.suppress_small_groups(counts, minimum=minimum)
    values = list(result.values())
    # No published figure is between 1 and minimum - 1.
    assert not any(v is not None and 0 < v < minimum for v in values)
    suppressed = sum(v is None for v in values)
    if suppressed:
        # One blank cell could be worked out from the total by subtraction; a table with a
        # single cell is the only one where a second blank is impossible.
        assert suppressed >= 2 or len(result) == 1
    else:
        assert sum(values) == sum(counts.values())  # nothing lost when nothing is hidden
    # Groups that are big enough are never altered (only hidden for secondary suppression).
    for key, value in counts.items():
        if key != "other" and value >= minimum:
            assert result[key] in (value, None)
    assert set(result) <= set(counts) | {"other"}


@given(counts_strategy)
def test_suppression_does_not_change_its_input(counts):
    before = dict(counts)
    rules.suppress_small_groups(counts)
    assert counts == before
