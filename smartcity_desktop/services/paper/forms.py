"""Printable paper forms for a workshop, as one PDF: registration forms and idea cards.

The forms are in the project's language (``Project.language``): the fixed texts are in
:data:`TEXTS`, the demographic questions and answers come from the project's own data, so
they read the same as on screen. Text in any script (Latin with æøå, Cyrillic, Arabic right
to left, Ethiopic) is set with the shipped Noto fonts by :mod:`.pdf_text`.

Every page carries the workshop code (large, top right) and a QR code with
``{"workshop": id, "code": "W1", "form": "registration" | "idea"}``, so a stack of paper can
be sorted and matched to its workshop; idea cards (two per A4 page, cut apart along the
dashed line) each carry their own.

The PDF is written to a temporary file in the target folder and moved into place at the end:
a failure or a cancel leaves no partial file.

The texts are in :mod:`.form_texts`, the drawing pieces in :mod:`.form_canvas` and the pages
in :mod:`.form_pages`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ... import APP_NAME
from ...core import rules
from ...core.defaults import LANGUAGES
from ...core.errors import SmartCityError, ValidationError
from ...storage.database import Database
from ...storage.models import Workshop
from ..files import atomic_write
from ..pdf import text as pdf_text
from ..workshop import projects
from .form_canvas import FormContext, FormWriter, PageInfo
from .form_pages import CARDS_PER_PAGE, draw_card_page, draw_registration

MAX_REGISTRATIONS = 500
MAX_CARDS = 1000


class FormsCancelled(SmartCityError):
    """Building the forms was cancelled through the progress callback; no file was written."""

    code = "cancelled"


@dataclass
class FormsResult:
    path: Path
    pages: list[PageInfo]

    @property
    def page_count(self) -> int:
        return len(self.pages)


# --------------------------------------------------------------------------- entry point
def build_forms_pdf(db: Database, workshop_id: str, out_path: str | os.PathLike, cards: int = 4,
                    *, registrations: int = 1, codes: Sequence[str] | None = None,
                    progress: Callable[[int, int], bool | None] | None = None) -> FormsResult:
    """Write the paper forms of a workshop to ``out_path`` (a PDF) and say what is on each
    page.

    ``registrations`` blank registration forms come first; or, with ``codes`` (participant
    codes of this workshop such as ``W1-017``), one registration form per code with the code
    printed on it. Then ``cards`` idea cards, two per A4 page. ``progress(done, total)`` is
    called after each form; returning False cancels (:class:`FormsCancelled`) and no file is
    left behind. Raises NotFoundError for an unknown workshop and ValidationError for bad
    counts or codes or an output folder that is missing or cannot be written to.
    """
    workshop = projects.get_workshop(db, workshop_id)
    project = projects.get_project(db, workshop.project_id)
    code_list = _check_codes(workshop, codes)
    if code_list:
        registrations = len(code_list)
    registrations = _check_count("registrations", registrations, MAX_REGISTRATIONS)
    cards = _check_count("cards", cards, MAX_CARDS)
    if registrations + cards == 0:
        raise ValidationError("cards", "Nothing to print: ask for at least one registration "
                              "form or idea card.", reason="nothing_to_print")
    target = _check_target(out_path)
    pdf_text.register_fonts()  # a missing font is reported as such, not as a write error

    language = project.language if project.language in LANGUAGES else "en"
    dimensions = projects.list_dimensions(db, project.id)
    themes = [th.name for th in projects.list_themes(db, project.id)]
    card_pages = math.ceil(cards / CARDS_PER_PAGE)
    # A registration form is one page unless the project has many questions. The footers say
    # "page n of N", so one form is laid out first (into memory) to know how many it takes.
    pages_per_registration = _registration_pages(workshop, project, language, dimensions,
                                                 themes) if registrations else 0
    ctx = FormContext(workshop, project, language, dimensions, themes,
                      registrations * pages_per_registration + card_pages)

    try:
        out = atomic_write(target, "wb")
    except OSError as exc:
        raise ValidationError("out", f"Cannot write in the folder {target.parent}: "
                              f"{exc.strerror or exc}.", reason="write_failed",
                              path=str(target.parent), error=exc.strerror or str(exc)) from None
    try:
        with out as handle:
            canvas = _new_canvas(handle, ctx)
            writer = FormWriter(canvas, ctx)
            total = registrations + cards
            done = 0
            for n in range(registrations):
                draw_registration(writer, code_list[n] if code_list else None)
                done += 1
                if progress is not None and progress(done, total) is False:
                    raise FormsCancelled("Making the paper forms was cancelled; no file was "
                                         "written.")
            for start in range(0, cards, CARDS_PER_PAGE):
                count = min(CARDS_PER_PAGE, cards - start)
                draw_card_page(writer, count)
                done += count
                if progress is not None and progress(done, total) is False:
                    raise FormsCancelled("Making the paper forms was cancelled; no file was "
                                         "written.")
            canvas.save()
    except OSError as exc:
        raise SmartCityError(f"Could not write {target}: {exc.strerror or exc}.",
                             reason="write_failed", path=str(target),
                             error=exc.strerror or str(exc)) from None
    return FormsResult(target, writer.pages)


def _new_canvas(handle, ctx: FormContext) -> Canvas:
    canvas = Canvas(handle, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(f"{ctx.workshop.code} · {ctx.workshop.title} — "
                    f"{ctx.t['registration']}, {ctx.t['idea_card']}")
    canvas.setSubject(ctx.project.name)
    canvas.setCreator(APP_NAME)
    canvas.setAuthor("")
    return canvas


def _registration_pages(workshop, project, language, dimensions, themes) -> int:
    import io

    ctx = FormContext(workshop, project, language, dimensions, themes, 0)
    writer = FormWriter(_new_canvas(io.BytesIO(), ctx), ctx)
    draw_registration(writer, None)
    return len(writer.pages)


def _check_count(field_name: str, value: int, limit: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field_name, f"{value!r} is not a number.", reason="not_a_number",
                              value=value) from None
    if not 0 <= number <= limit:
        raise ValidationError(field_name, f"The number of {field_name} must be between 0 and "
                              f"{limit}; {number} was asked for.", reason="out_of_range",
                              value=number, low=0, high=limit, limit=limit)
    return number


def _check_codes(workshop: Workshop, codes: Sequence[str] | None) -> list[str]:
    if not codes:
        return []
    result: list[str] = []
    for code in codes:
        prefix, number = rules.parse_participant_code(code)
        if prefix != workshop.code:
            raise ValidationError("participant", f"{code} is not a code of workshop "
                                  f"{workshop.code}.", reason="participant_other_workshop",
                                  code=code, workshop=prefix)
        normal = rules.participant_code(prefix, number)
        if normal in result:
            raise ValidationError("participant", f"The code {normal} is given twice.",
                                  reason="participant_code_twice", code=normal)
        result.append(normal)
    if len(result) > MAX_REGISTRATIONS:
        raise ValidationError("participant", f"At most {MAX_REGISTRATIONS} codes at a time.",
                              reason="too_many_codes", limit=MAX_REGISTRATIONS)
    return result


def _check_target(out_path: str | os.PathLike) -> Path:
    if not str(out_path).strip():
        raise ValidationError("out", "Give a file name for the PDF.", reason="file_name_missing")
    target = Path(out_path).expanduser().absolute()
    if target.is_dir():
        raise ValidationError("out", f"{target} is a folder; give a file name such as "
                              "forms.pdf.", reason="is_folder", path=str(target))
    if not target.parent.is_dir():
        raise ValidationError("out", f"The folder {target.parent} does not exist.",
                              reason="folder_missing", path=str(target.parent))
    return target
