"""The one place that turns an error of the services into a sentence for the user.

Every :class:`~smartcity_desktop.core.errors.SmartCityError` carries a stable ``reason`` (snake
case) and the ``details`` its message names. :func:`error_text` looks the reason up in
:data:`.error_sentences.TEMPLATES`, one translatable sentence per reason, and fills the
Qt-style placeholders %1, %2 … from the details. A reason without a template shows the English
``message``. The rows of an import or of a reference file (``RowError``: ``reason``,
``message``, ``details``) are explained the same way.

Views branch on ``exc.reason`` and ``exc.field``, never on the English wording.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from . import labels
from .error_sentences import FIELD_TEMPLATES, TEMPLATES, Template

translate = QCoreApplication.translate

_PLACEHOLDER = re.compile(r"%(\d)")


def _value(name: str, details: dict) -> str:
    key, _, shown_as = name.partition(":")
    value = details.get(key, "")
    if shown_as == "mb" and isinstance(value, int | float):
        return f"{value / 1024 / 1024:.1f}"
    if shown_as == "workshop_status":
        return labels.workshop_status(str(value))
    if shown_as and isinstance(value, int | float):
        return format(value, shown_as)
    if key == "what":
        return labels.record_kind(str(value))
    if key == "field":
        return labels.field_name(str(value))
    if key == "status":
        return labels.idea_status(str(value))
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
    message = getattr(exc, "message", None)
    template = FIELD_TEMPLATES.get((reason, field or details.get("what"))) \
        or TEMPLATES.get(reason)
    if template is not None:
        details.setdefault("message", message or "")
        return _fill(template, details)
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
