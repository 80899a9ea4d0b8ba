"""The one place that turns an error of the services into a sentence for the user.

Every :class:`~smartcity_desktop.core.errors.SmartCityError` carries a stable ``reason`` (snake
case) and the ``details`` its message names. :func:`error_text` looks the reason up in
:data:`TEMPLATES`, one translatable sentence per reason (context "Errors", so pyside6-lupdate
extracts it), and fills the Qt-style placeholders %1, %2 … from the details. A reason without a
template shows the English ``message``. The rows of an import or of a reference file
(``RowError``: ``reason``, ``message``, ``details``) are explained the same way.

Views branch on ``exc.reason`` and ``exc.field``, never on the English wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from . import labels

translate = QCoreApplication.translate

_PLACEHOLDER = re.compile(r"%(\d)")


def _what() -> dict[str, str]:
    """What was not found (a record kind), as a noun without article."""
    return {
        "agenda item": translate("Errors", "agenda item", "not found: no … with id"),
        "batch": translate("Errors", "batch", "not found: no … with id"),
        "card entry": translate("Errors", "card entry", "not found: no … with id"),
        "conflict": translate("Errors", "conflict", "not found: no … with id"),
        "idea": translate("Errors", "idea", "not found: no … with id"),
        "participant": translate("Errors", "participant", "not found: no … with id"),
        "project": translate("Errors", "project", "not found: no … with id"),
        "round": translate("Errors", "round", "not found: no … with id"),
        "status change": translate("Errors", "status change", "not found: no … with id"),
        "theme": translate("Errors", "theme", "not found: no … with id"),
        "trusted key": translate("Errors", "trusted key", "not found: no … with id"),
        "workshop": translate("Errors", "workshop", "not found: no … with id"),
        "record": translate("Errors", "record", "not found: no … with id"),
    }


def _fields() -> dict[str, str]:
    """A field as the subject of a sentence ("The … must not be empty")."""
    return {
        "activity": translate("Errors", "activity", "field, definite form"),
        "ballot": translate("Errors", "ballot", "field, definite form"),
        "code": translate("Errors", "code", "field, definite form"),
        "description": translate("Errors", "description", "field, definite form"),
        "facilitators": translate("Errors", "facilitators", "field, definite form"),
        "label": translate("Errors", "label", "field, definite form"),
        "name": translate("Errors", "name", "field, definite form"),
        "notes": translate("Errors", "notes", "field, definite form"),
        "phone": translate("Errors", "phone", "field, definite form"),
        "reason": translate("Errors", "reason", "field, definite form"),
        "self_description": translate("Errors", "self-description", "field, definite form"),
        "session": translate("Errors", "session", "field, definite form"),
        "table_group": translate("Errors", "table group", "field, definite form"),
        "text": translate("Errors", "text", "field, definite form"),
        "theme": translate("Errors", "theme", "field, definite form"),
        "title": translate("Errors", "title", "field, definite form"),
        "venue": translate("Errors", "venue", "field, definite form"),
        "dots": translate("Errors", "dots", "field, definite form"),
        "rank": translate("Errors", "rank", "field, definite form"),
        "score": translate("Errors", "score", "field, definite form"),
        "cards": translate("Errors", "idea cards", "field, definite form"),
        "registrations": translate("Errors", "registration forms", "field, definite form"),
    }


#: reason -> (the translated sentence, the details that fill %1, %2, …). A detail name may
#: say how to show its value: ``what`` and ``field`` are translated nouns, ``status`` an idea
#: status, ``name:.3f`` a number with that format. Lists are joined with commas.
Template = tuple[Callable[[], str], tuple[str, ...]]

TEMPLATES: dict[str, Template] = {
    # ---- generic: records and fields
    "not_found": (lambda: translate("Errors", "No %1 with id %2."), ("what", "id")),
    "required": (lambda: translate("Errors", "The %1 must not be empty."), ("field",)),
    "too_long": (lambda: translate("Errors", "The %1 is %2 characters long; the limit is %3."),
                 ("field", "length", "limit")),
}

#: (reason, field) -> a sentence for one field that says more than the generic one.
FIELD_TEMPLATES: dict[tuple[str, str], Template] = {
    ("required", "theme"): (lambda: translate("Errors", "Type a name for the theme."), ()),
    ("required", "reason"): (lambda: translate(
        "Errors", "Write down why: a status change needs a reason."), ()),
}


def _value(name: str, details: dict) -> str:
    key, _, fmt = name.partition(":")
    value = details.get(key, "")
    if key == "what":
        return _what().get(str(value), str(value))
    if key == "field":
        return _fields().get(str(value), str(value).replace("_", " "))
    if key == "status":
        return labels.idea_status(str(value))
    if fmt and isinstance(value, int | float):
        return format(value, fmt)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _fill(template: Template, details: dict) -> str:
    make, names = template
    text = make()
    values = [_value(name, details) for name in names]
    if text.startswith("%1") and names and names[0] in ("what", "field"):
        values[0] = values[0][:1].upper() + values[0][1:]
    return _PLACEHOLDER.sub(
        lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], text)


def error_text(exc) -> str:
    """A translated sentence for ``exc`` (a SmartCityError, or a row error of an import or a
    reference file): its reason's template with the details filled in, else its English
    message. Anything else (a bug, an OSError) reads "Unexpected problem: …"."""
    reason = getattr(exc, "reason", None)
    details = dict(getattr(exc, "details", None) or {})
    field = getattr(exc, "field", None) or details.get("field")
    if field is not None:
        details.setdefault("field", field)
    template = FIELD_TEMPLATES.get((reason, field)) or TEMPLATES.get(reason)
    if template is not None:
        return _fill(template, details)
    message = getattr(exc, "message", None)
    if message is not None:
        return message
    return translate("Errors", "Unexpected problem: %1").replace(
        "%1", str(exc) or type(exc).__name__)


def row_error_text(error) -> str:
    """One problem of one line of a file, with the line number when the error has one."""
    text = error_text(error)
    line = getattr(error, "line", None)
    if line is None:
        return text
    return translate("Errors", "Line %1: %2").replace("%1", str(line)).replace("%2", text)
