"""What a report is made from: the choices (:class:`ReportOptions`, plain data for the worker)
and the builders, a mapping ``kind -> builder(db, out_path, options, progress)`` so tests (and
the bench) can inject slow or failing ones; :data:`DEFAULT_BUILDERS` calls the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KINDS = ("workshop", "project", "feedback", "brief")
WORKSHOP_KINDS = ("workshop", "feedback")  # the kinds made for one workshop


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose; handed to a builder in the worker (plain data, no widgets)."""

    kind: str
    project_id: str
    workshop_id: str | None = None
    language: str = "en"
    large_print: bool = False
    theme_id: str | None = None
    idea_ids: tuple[str, ...] = ()


Builder = Callable[..., object]  # (db, out_path, options, progress) -> ReportResult


def _workshop_report(db, out: Path, o: ReportOptions, progress):
    from ...services.reports import workshop as reports

    return reports.build_workshop_report(db, o.workshop_id, out, language=o.language,
                                         progress=progress)


def _project_report(db, out: Path, o: ReportOptions, progress):
    from ...services.reports import workshop as reports

    return reports.build_project_report(db, o.project_id, out, language=o.language,
                                        progress=progress)


def _feedback_report(db, out: Path, o: ReportOptions, progress):
    from ...services.reports import feedback as feedback_report

    return feedback_report.build_feedback_report(db, o.workshop_id, out, language=o.language,
                                                 large_print=o.large_print, progress=progress)


def _challenge_brief(db, out: Path, o: ReportOptions, progress):
    from ...services.reports import brief as challenge_brief

    if o.idea_ids:
        return challenge_brief.build_challenge_brief(db, o.project_id, out,
                                                     idea_ids=list(o.idea_ids),
                                                     language=o.language, progress=progress)
    return challenge_brief.build_challenge_brief(db, o.project_id, out, theme_id=o.theme_id,
                                                 language=o.language, progress=progress)


# The services (and reportlab) are imported in the worker on first use, not when the app starts.
DEFAULT_BUILDERS: dict[str, Builder] = {
    "workshop": _workshop_report,
    "project": _project_report,
    "feedback": _feedback_report,
    "brief": _challenge_brief,
}
