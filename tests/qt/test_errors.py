"""qt/errors.py: one table of translated sentences, looked up by the error's reason."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.errors import NotFoundError, SmartCityError, ValidationError
from smartcity_desktop.qt import error_sentences, errors
from smartcity_desktop.qt.errors import error_text, row_error_text
from smartcity_desktop.qt.i18n import install_translators
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.workshop.reference_file import RowError

PACKAGE = Path(errors.__file__).resolve().parents[1]
#: Calls whose first argument is the reason: Error("reason", "message", ...).
REASON_FIRST = {"ImportFileError", "ReferenceFileError", "PackageRejected", "_reject", "refuse"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr | None, constants: dict[str, str] | None = None) -> str | None:
    if isinstance(node, ast.Name) and constants:  # reason=NOT_A_CODE, a module constant
        return constants.get(node.id)
    if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            and node.value.isidentifier() and node.value == node.value.lower():
        return node.value
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's top-level ``NAME = "text"`` constants."""
    return {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for t in node.targets if isinstance(t, ast.Name)}


def reasons_in_source() -> dict[str, str]:
    """Every reason the code can give, with where it is given: reason="…" arguments, the
    reason-first error classes, the reasons of row errors, and the codes of error classes."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:-1]:
            continue
        where = str(path.relative_to(PACKAGE))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for node in ast.walk(tree):
            candidates: list[ast.expr | None] = []
            if isinstance(node, ast.Call):
                name = _name(node.func)
                candidates += [k.value for k in node.keywords if k.arg == "reason"]
                if name in REASON_FIRST and node.args:
                    candidates.append(node.args[0])
                if name == "RowError" and len(node.args) >= 3:  # (field, reason …) or (line …)
                    first_is_field = isinstance(node.args[0], ast.Constant)
                    candidates.append(node.args[1 if first_is_field else 2])
                if name == "problem" and len(node.args) >= 2:  # representativeness rows
                    candidates.append(node.args[1])
            elif isinstance(node, ast.ClassDef) and any(
                    _name(b).endswith(("Error", "Rejected", "Cancelled", "Refused", "Exception"))
                    for b in node.bases):
                for item in node.body:
                    if isinstance(item, ast.Assign) and any(
                            getattr(t, "id", "") == "code" for t in item.targets):
                        candidates.append(item.value)
            for candidate in candidates:
                reason = _literal(candidate, constants)
                if reason is not None:
                    found.setdefault(reason, f"{where}:{candidate.lineno}")
    return found


def test_every_reason_in_the_code_has_a_sentence():
    found = reasons_in_source()
    assert {"not_found", "too_long", "theme_exists", "db_corrupt", "bad_signature",
            "dimension_missing", "no_text_column",
            "participant_not_a_code"} <= set(found)  # the scan sees them all
    missing = {r: where for r, where in found.items()
               if r not in error_sentences.TEMPLATES
               and r not in error_sentences.SHOWN_AS_MESSAGE}
    assert missing == {}, "add a template to smartcity_desktop/qt/error_sentences.py"


def test_every_template_fills_exactly_its_placeholders(qapp):
    every = {**error_sentences.TEMPLATES, **error_sentences.FIELD_TEMPLATES}
    for reason, (make, names) in every.items():
        text = make()
        used = {int(n) for n in re.findall(r"%(\d)", text)}
        assert used == set(range(1, len(names) + 1)), (reason, text, names)


def test_the_sentence_is_filled_from_the_details(qapp):
    exc = ValidationError("title", "The title is 300 characters long; the limit is 200.",
                          reason="too_long", length=300, limit=200)
    assert error_text(exc) == "The title is 300 characters long; the limit is 200."
    assert error_text(NotFoundError("No idea with id abc.", what="idea", id="abc")) == \
        "An idea was deleted meanwhile, so nothing was changed."
    assert error_text(NotFoundError("No round with id r1.", what="round", id="r1")) == \
        "No round with id r1."
    assert error_text(ValidationError("theme", "The theme must not be empty.",
                                      reason="required")) == "Type a name for the theme."
    assert error_text(ValidationError("dots", "…", reason="too_many_dots_used", limit=5,
                                      given=3, used=4)) == \
        "Each participant has 5 dots in this round; this ballot gives 3. They have used 4 " \
        "already."


def test_the_categories_shown_as_their_message_are_only_categories():
    # A reason given at a raise site always gets a sentence; only class codes may be shown
    # as the English message.
    found = reasons_in_source()
    assert error_sentences.SHOWN_AS_MESSAGE <= set(found)
    assert not error_sentences.SHOWN_AS_MESSAGE & set(error_sentences.TEMPLATES)
    for reason in error_sentences.SHOWN_AS_MESSAGE:
        assert "code" in open(PACKAGE / found[reason].split(":")[0], encoding="utf-8") \
            .read().splitlines()[int(found[reason].split(":")[1]) - 1], reason


def test_an_unknown_reason_shows_the_english_message_and_a_bug_says_so(qapp):
    assert error_text(SmartCityError("Something new went wrong.", reason="brand_new")) == \
        "Something new went wrong."
    assert error_text(ValidationError("x", "Plain message.")) == "Plain message."
    assert error_text(RuntimeError("boom")) == "Unexpected problem: boom"


def test_a_reference_row_error_gets_its_line(qapp):
    error = RowError(4, "count", "count_negative", "The count -5 is below 0.", {"value": "-5"})
    assert row_error_text(error) == "Line 4: The count -5 is below 0."


@pytest.fixture
def norwegian(qapp):
    assert install_translators(qapp, "nb") == "nb"
    yield
    for translator in qapp._translators:
        qapp.removeTranslator(translator)


def test_the_errors_speak_norwegian_with_their_parameters(norwegian):
    too_long = ValidationError("title", "The title is 300 characters long; the limit is 200.",
                               reason="too_long", length=300, limit=200)
    assert error_text(too_long) == "Tittelen har 300 tegn; grensen er 200."
    gone = NotFoundError("No round with id r1.", what="round", id="r1")
    assert error_text(gone) == "Det finnes ingen runde med id r1."
    taken = ValidationError("theme", "…", reason="theme_exists", existing="Grøntområder")
    assert error_text(taken) == (
        "Prosjektet har allerede et tema som heter «Grøntområder». Velg et annet navn, eller "
        "slå sammen de to temaene.")
    already = ValidationError("status", "The ideas are already accepted.",
                              reason="already_status", status="accepted")
    assert error_text(already) == "Ingenting å endre: statusen er allerede «Tatt inn i planen»."
    assert QCoreApplication.translate("Errors", "Unexpected problem: %1") != \
        "Unexpected problem: %1"


def test_the_status_dialog_explains_an_unchanged_status_by_its_reason(db, workshop, qsettings):
    from smartcity_desktop.qt.status_dialog import StatusDialog

    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Car-free Sundays"))
    lifecycle.change_status(db, idea_id, IdeaStatus.ACCEPTED, "Fits", dt.date(2026, 10, 1))
    with pytest.raises(ValidationError) as info:
        lifecycle.change_statuses(db, [idea_id], IdeaStatus.ACCEPTED, "Again",
                                  dt.date(2026, 10, 2))
    dialog = StatusDialog(db, (idea_id,), lambda *args: None, qsettings)
    dialog.show_error(info.value)
    assert dialog.ui.errorLabel.text() == \
        "Nothing to change: the status is already “Accepted into plan”."
    # Only the reason counts: the same words with another reason are shown as they are.
    dialog.show_error(ValidationError("status", "The ideas are already accepted."))
    assert dialog.ui.errorLabel.text() == "The ideas are already accepted."
    dialog.close()


def test_the_board_asks_for_a_theme_name_by_the_reason_not_the_wording(qapp):
    # The board's rename and split dialogs show error_text: an empty name is "required".
    empty = ValidationError("theme", "The theme must not be empty.", reason="required")
    assert error_text(empty) == "Type a name for the theme."
    worded = ValidationError("theme", "The theme must not be empty.")
    assert error_text(worded) == "The theme must not be empty."
