"""How the participants compare with the project's reference population profile.

* :func:`representativeness` compares the participants of a project or workshop with the
  profile, dimension by dimension.
* :func:`participant_weights` rakes the participants to the profile (weights for weighted
  results; see :mod:`smartcity_desktop.core.representativeness` for the method and its rules).

The profile is loaded from a CSV file by ``reference_file`` and read by ``reference_profile``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from ...core import representativeness as core
from ...core.defaults import PREFER_NOT_TO_SAY
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import Participant, ParticipantAnswer, Project, Workshop
from ..records import get_live
from .projects import list_dimensions
from .reference_profile import (
    ReferenceSource,
    reference_profile,
    reference_rows,
    reference_sources,
)

# =========================================================================== weights
# (first in the file: services.prioritise calls participant_weights for weighted results)


@dataclass(frozen=True)
class Weights:
    """Raking weights of the participants of a project or workshop.

    ``weights`` maps participant id -> weight; they sum to ``n``. Participants who answered
    "prefer not to say" or did not answer a raked question keep the weight the other questions
    give them (1 when no raked question applies to them). ``notes`` are codes:
    ``no_reference`` (no profile: every weight is 1), ``no_participants:<dim>:<category>``,
    ``nobody_answered:<dim>``, ``cap_limits_margins``, ``not_converged``."""

    weights: dict[str, float]
    effective_n: float
    capped: int
    notes: tuple[str, ...] = ()
    n: int = 0
    cap: float | None = core.DEFAULT_WEIGHT_CAP
    converged: bool = True
    dimensions: tuple[str, ...] = ()      # the dimensions raked
    max_margin_error: float = 0.0


def participant_weights(db: Database, project_id: str, workshop_id: str | None = None,
                        cap: float | None = core.DEFAULT_WEIGHT_CAP) -> Weights:
    """Rake the participants of the project (or of one of its workshops) to the project's
    reference profile. Without a profile every weight is 1 (note ``no_reference``)."""
    answers = _scope_answers(db, project_id, workshop_id)
    profile = reference_profile(db, project_id)
    ids = list(answers)
    if not profile:
        weights = dict.fromkeys(ids, 1.0)
        return Weights(weights, float(len(ids)), 0, ("no_reference",), n=len(ids), cap=cap)
    result = core.rake([answers[i] for i in ids], profile, cap=cap)
    weights = dict(zip(ids, result.weights))
    return Weights(weights, core.kish_effective_n(result.weights), result.capped, result.notes,
                   n=len(ids), cap=cap, converged=result.converged,
                   dimensions=result.dimensions, max_margin_error=result.max_margin_error)


def _scope_answers(db: Database, project_id: str,
                   workshop_id: str | None) -> dict[str, dict[str, str]]:
    """participant id -> {dimension key: category key} for the live participants in scope.
    "Prefer not to say" answers are kept (as that category's key); unanswered questions are
    simply absent."""
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        if workshop_id:
            workshop = get_live(s, Workshop, workshop_id, "workshop")
            if workshop.project_id != project_id:
                raise ValidationError("workshop", f"Workshop {workshop.code} is not part of "
                                      "this project.", reason="workshop_other_project",
                                      workshop=workshop.code)
            scope = [workshop_id]
        else:
            scope = list(s.exec(select(Workshop.id).where(Workshop.project_id == project_id,
                                                          Workshop.deleted == False)))  # noqa: E712
        people = list(s.exec(select(Participant.id).where(
            Participant.workshop_id.in_(scope), Participant.deleted == False)  # noqa: E712
            .order_by(Participant.code))) if scope else []
        # A join (not "participant_id IN (...)"), so that any number of participants works.
        rows = s.exec(select(ParticipantAnswer.participant_id, ParticipantAnswer.dimension_id,
                             ParticipantAnswer.category_id)
                      .join(Participant, Participant.id == ParticipantAnswer.participant_id)
                      .where(Participant.workshop_id.in_(scope),
                             Participant.deleted == False,  # noqa: E712
                             ParticipantAnswer.deleted == False)  # noqa: E712
                      ).all() if scope else []
    dims = list_dimensions(db, project_id)
    dim_key = {d.id: d.key for d in dims}
    cat_key = {c.id: (PREFER_NOT_TO_SAY if c.is_prefer_not_to_say else c.key)
               for d in dims for c in d.categories}
    answers: dict[str, dict[str, str]] = {p: {} for p in people}
    for participant_id, dimension_id, category_id in rows:
        if dimension_id in dim_key and category_id in cat_key:
            answers[participant_id][dim_key[dimension_id]] = cat_key[category_id]
    return answers


# =========================================================================== comparison


@dataclass(frozen=True)
class CategoryRepresentation:
    key: str
    label: str
    participants: int                  # participants who chose this category
    participant_share: float | None    # among those compared (see DimensionRepresentation)
    reference_share: float | None      # None: no reference figure for this category
    reference_count: float | None      # the count in the file, when it gave counts
    ratio: float | None                # participant share / reference share
    under_represented: bool            # ratio < core.UNDER_REPRESENTED_RATIO

    @property
    def has_reference(self) -> bool:
        return self.reference_share is not None


@dataclass(frozen=True)
class DimensionRepresentation:
    """One demographic question. ``compared`` is the number of participants whose answer is a
    category with reference data: the participant shares are taken among them. Answers
    "prefer not to say", unanswered questions and categories without reference data are
    counted apart and are not part of the shares, the ratios or the R-score."""

    key: str
    label: str
    categories: tuple[CategoryRepresentation, ...]   # form order, without "prefer not to say"
    participants: int                                # everybody in scope
    compared: int
    prefer_not_to_say: int
    not_answered: int
    without_reference: int             # answered a category that has no reference figure
    r_score: float | None
    has_reference: bool
    sources: tuple[ReferenceSource, ...] = ()

    @property
    def under_represented(self) -> tuple[CategoryRepresentation, ...]:
        return tuple(c for c in self.categories if c.under_represented)


def representativeness(db: Database, project_id: str,
                       workshop_id: str | None = None) -> list[DimensionRepresentation]:
    """Participants against the reference profile, for every demographic question of the
    project (in form order; ``has_reference`` is False where the profile has no figures)."""
    answers = _scope_answers(db, project_id, workshop_id)
    profile = reference_profile(db, project_id)
    counts_in_file: dict[tuple[str, str], float] = {
        (r.dimension_key, r.category_key): r.count
        for r in reference_rows(db, project_id) if r.count is not None}
    sources = reference_sources(db, project_id)
    total = len(answers)
    result = []
    for dim in list_dimensions(db, project_id):
        chosen: dict[str, int] = {}
        pnts = unanswered = 0
        for person in answers.values():
            key = person.get(dim.key)
            if key is None:
                unanswered += 1
            elif key == PREFER_NOT_TO_SAY:
                pnts += 1
            else:
                chosen[key] = chosen.get(key, 0) + 1
        reference = profile.get(dim.key, {})
        with_ref = {k for k, v in reference.items() if v > 0}
        compared = sum(n for k, n in chosen.items() if k in with_ref)
        cats = []
        for cat in dim.categories:
            if cat.is_prefer_not_to_say:
                continue
            n = chosen.get(cat.key, 0)
            ref = reference.get(cat.key)
            share = n / compared if compared and cat.key in with_ref else None
            ratio = core.participation_ratio(share, ref)
            cats.append(CategoryRepresentation(
                cat.key, cat.label, n, share, ref, counts_in_file.get((dim.key, cat.key)),
                ratio, core.is_under_represented(ratio)))
        without = sum(n for k, n in chosen.items() if k not in with_ref)
        result.append(DimensionRepresentation(
            dim.key, dim.label, tuple(cats), total, compared, pnts, unanswered, without,
            core.r_score(c.ratio for c in cats), bool(reference), sources.get(dim.key, ())))
    return result
