"""SmartCityError carries a reason code and the parameters of its message."""

from __future__ import annotations

import pytest

from smartcity_desktop.core import rules, sdgs
from smartcity_desktop.core.errors import (
    CorruptDatabaseError,
    NotFoundError,
    SmartCityError,
    ValidationError,
)


def test_the_reason_defaults_to_the_class_code():
    assert SmartCityError("x").reason == "error"
    assert NotFoundError("x").reason == "not_found"
    assert CorruptDatabaseError("x").reason == "db_corrupt"
    assert ValidationError("name", "x").reason == "invalid"


def test_reason_and_details_are_kept_apart_and_the_message_is_unchanged():
    exc = ValidationError("title", "The title is 300 characters long; the limit is 200.",
                          reason="too_long", length=300, limit=200)
    assert (exc.reason, exc.field, exc.message) == (
        "too_long", "title", "The title is 300 characters long; the limit is 200.")
    assert str(exc) == exc.message
    assert exc.details == {"field": "title", "length": 300, "limit": 200}
    assert "reason" not in exc.details and "reason" not in dict(exc.details)


def test_a_subclass_that_sets_its_own_code_keeps_working():
    class PrinterError(SmartCityError):
        code = "printer"

    assert PrinterError("jammed").reason == "printer"
    assert PrinterError("jammed", reason="paper_out", tray=2).details == {"tray": 2}


@pytest.mark.parametrize("value, reason, details", [
    ("", "required", {"field": "title"}),
    ("x" * 201, "too_long", {"field": "title", "length": 201, "limit": 200}),
])
def test_rules_name_the_reason_and_its_parameters(value, reason, details):
    with pytest.raises(ValidationError) as info:
        rules.require_text("title", value, 200)
    assert info.value.reason == reason
    assert info.value.details == details


def test_codes_and_sdgs_name_the_reason_and_the_offending_value():
    with pytest.raises(ValidationError) as info:
        rules.parse_participant_code("banana")
    assert (info.value.reason, info.value.details["code"]) == (
        "participant_not_a_code", "banana")
    with pytest.raises(ValidationError) as info:
        rules.normalise_workshop_code("too long code")
    assert (info.value.reason, info.value.details["code"]) == (
        "workshop_code_invalid", "too long code")
    with pytest.raises(ValidationError) as info:
        sdgs.check_sdg_numbers([3, 18, 0])
    assert (info.value.reason, info.value.details["numbers"]) == ("sdg_unknown", [0, 18])
