"""Projects, workshops, agenda, themes, strategy goals and demographic category sets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import select

from ...core import rules
from ...core.defaults import (
    DEFAULT_CRITERIA,
    DEFAULT_DIMENSIONS,
    LANGUAGES,
    PREFER_NOT_TO_SAY,
    label,
)
from ...core.enums import WORKSHOP_TRANSITIONS, WorkshopStatus
from ...core.errors import ValidationError
from ...storage.database import Database
from ...storage.models import (
    AgendaItem,
    Criterion,
    DemographicCategory,
    DemographicDimension,
    Project,
    StrategyGoal,
    Theme,
    Workshop,
)
from ..records import get_live, live, new_record, touch


def create_project(db: Database, name: str, language: str = "en", description: str = "") -> Project:
    """Create a project with the default criteria and demographic category sets."""
    name = rules.require_text("name", name, rules.MAX_NAME)
    if language not in LANGUAGES:
        raise ValidationError("language", f"Language {language!r} is not one of {LANGUAGES}.",
                              reason="not_one_of", value=language, choices=list(LANGUAGES))
    with db.session() as s:
        project = new_record(db, Project, name=name, language=language,
                             description=rules.clean_text(description))
        s.add(project)
        s.flush()  # no ORM relationships, so parents are flushed before their children
        for pos, crit in enumerate(DEFAULT_CRITERIA):
            s.add(new_record(db, Criterion, project_id=project.id, key=crit.key,
                             label=label(crit.labels, language), weight=crit.weight, position=pos))
        for dpos, dim in enumerate(DEFAULT_DIMENSIONS):
            dimension = new_record(db, DemographicDimension, project_id=project.id, key=dim.key,
                                   label=label(dim.labels, language), position=dpos,
                                   is_stakeholder=dim.is_stakeholder)
            s.add(dimension)
            s.flush()
            for cpos, cat in enumerate(dim.categories):
                s.add(new_record(db, DemographicCategory, dimension_id=dimension.id, key=cat.key,
                                 label=label(cat.labels, language), position=cpos,
                                 is_prefer_not_to_say=cat.key == PREFER_NOT_TO_SAY))
        s.commit()
        return project


def list_projects(db: Database) -> list[Project]:
    with db.session() as s:
        return list(s.exec(live(Project).order_by(Project.created_at)))


def get_project(db: Database, project_id: str) -> Project:
    with db.session() as s:
        return get_live(s, Project, project_id, "project")


def create_workshop(db: Database, project_id: str, code: str, title: str,
                    date: dt.date | None = None, venue: str = "", facilitators: str = "",
                    consent_version: str = "1") -> Workshop:
    """Create a workshop. The code goes on paper forms, so it is unique within the database."""
    code = rules.normalise_workshop_code(code)
    title = rules.require_text("title", title, rules.MAX_NAME)
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        if s.exec(live(Workshop).where(Workshop.code == code)).first():
            raise ValidationError("code", f"A workshop with code {code} already exists.",
                                  reason="workshop_code_taken", code=code)
        workshop = new_record(db, Workshop, project_id=project_id, code=code, title=title,
                              date=date, venue=rules.clean_text(venue),
                              facilitators=rules.clean_text(facilitators),
                              consent_version=rules.clean_text(consent_version) or "1")
        s.add(workshop)
        s.commit()
        return workshop


def suggest_workshop_code(db: Database) -> str:
    """W1, W2, … the first one not yet used."""
    with db.session() as s:
        used = set(s.exec(select(Workshop.code)))
    n = 1
    while f"W{n}" in used:
        n += 1
    return f"W{n}"


def list_workshops(db: Database, project_id: str) -> list[Workshop]:
    with db.session() as s:
        return list(s.exec(live(Workshop).where(Workshop.project_id == project_id)
                           .order_by(Workshop.date, Workshop.code)))


def get_workshop(db: Database, workshop_id: str) -> Workshop:
    with db.session() as s:
        return get_live(s, Workshop, workshop_id, "workshop")


@dataclass(frozen=True)
class WorkshopInfo:
    """A workshop as plain data, for callers that must not hold a database record."""

    id: str
    project_id: str
    code: str
    title: str
    date: dt.date | None
    status: str


def workshop_info(db: Database, workshop_id: str) -> WorkshopInfo:
    """The workshop ``workshop_id`` as :class:`WorkshopInfo` (NotFoundError if it is gone)."""
    w = get_workshop(db, workshop_id)
    return WorkshopInfo(w.id, w.project_id, w.code, w.title, w.date, w.status)


def find_workshop(db: Database, code: str) -> Workshop:
    """The workshop with this code (as printed on the forms)."""
    from ...core.errors import NotFoundError

    code = rules.clean_text(code).upper()
    with db.session() as s:
        workshop = s.exec(live(Workshop).where(Workshop.code == code)).first()
    if workshop is None:
        raise NotFoundError(f"No workshop with code {code!r}.", reason="workshop_unknown",
                            code=code)
    return workshop


def set_workshop_status(db: Database, workshop_id: str, status: WorkshopStatus) -> Workshop:
    status = WorkshopStatus(status)
    with db.session() as s:
        workshop = get_live(s, Workshop, workshop_id, "workshop")
        current = WorkshopStatus(workshop.status)
        if status != current and status not in WORKSHOP_TRANSITIONS[current]:
            raise ValidationError("status", f"A {current} workshop cannot become {status}.",
                                  reason="status_transition", current=current.value,
                                  status=status.value)
        touch(db, workshop, status=status.value)
        s.add(workshop)
        s.commit()
        return workshop


def set_agenda(db: Database, workshop_id: str, items: list[tuple[str, int]]) -> list[AgendaItem]:
    """Replace the agenda (old items are tombstoned so the change syncs)."""
    cleaned = []
    for activity, minutes in items:
        activity = rules.require_text("activity", activity, rules.MAX_NAME)
        if not 1 <= int(minutes) <= 600:
            raise ValidationError("minutes", f"{minutes} minutes is not between 1 and 600.",
                                  reason="minutes_out_of_range", minutes=minutes, low=1,
                                  high=600)
        cleaned.append((activity, int(minutes)))
    with db.session() as s:
        get_live(s, Workshop, workshop_id, "workshop")
        for old in s.exec(live(AgendaItem).where(AgendaItem.workshop_id == workshop_id)):
            touch(db, old, deleted=True)
            s.add(old)
        result = [new_record(db, AgendaItem, workshop_id=workshop_id, position=i,
                             activity=a, planned_minutes=m) for i, (a, m) in enumerate(cleaned)]
        s.add_all(result)
        s.commit()
        return result


def list_agenda(db: Database, workshop_id: str) -> list[AgendaItem]:
    with db.session() as s:
        return list(s.exec(live(AgendaItem).where(AgendaItem.workshop_id == workshop_id)
                           .order_by(AgendaItem.position)))


def add_theme(db: Database, project_id: str, name: str, description: str = "") -> Theme:
    name = rules.require_text("theme", name, rules.MAX_NAME)
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        existing = s.exec(live(Theme).where(Theme.project_id == project_id)).all()
        if any(t.name.casefold() == name.casefold() for t in existing):
            raise ValidationError("theme", f"The theme {name!r} already exists.",
                                  reason="theme_exists", name=name, existing=name)
        theme = new_record(db, Theme, project_id=project_id, name=name,
                           description=rules.clean_text(description))
        s.add(theme)
        s.commit()
        return theme


def find_or_add_theme(db: Database, project_id: str, name: str) -> Theme:
    name = rules.require_text("theme", name, rules.MAX_NAME)
    for theme in list_themes(db, project_id):
        if theme.name.casefold() == name.casefold():
            return theme
    return add_theme(db, project_id, name)


def list_themes(db: Database, project_id: str) -> list[Theme]:
    with db.session() as s:
        return list(s.exec(live(Theme).where(Theme.project_id == project_id).order_by(Theme.name)))


def add_strategy_goal(db: Database, project_id: str, code: str, title: str,
                      description: str = "") -> StrategyGoal:
    code = rules.require_text("code", code, 32)
    title = rules.require_text("title", title, rules.MAX_NAME)
    with db.session() as s:
        get_live(s, Project, project_id, "project")
        count = len(s.exec(live(StrategyGoal).where(StrategyGoal.project_id == project_id)).all())
        goal = new_record(db, StrategyGoal, project_id=project_id, code=code, title=title,
                          description=rules.clean_text(description), position=count)
        s.add(goal)
        s.commit()
        return goal


def list_strategy_goals(db: Database, project_id: str) -> list[StrategyGoal]:
    with db.session() as s:
        return list(s.exec(live(StrategyGoal).where(StrategyGoal.project_id == project_id)
                           .order_by(StrategyGoal.position)))


def list_criteria(db: Database, project_id: str) -> list[Criterion]:
    with db.session() as s:
        return list(s.exec(live(Criterion).where(Criterion.project_id == project_id)
                           .order_by(Criterion.position)))


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    key: str
    label: str
    is_prefer_not_to_say: bool


@dataclass(frozen=True)
class DimensionInfo:
    id: str
    key: str
    label: str
    is_stakeholder: bool
    categories: tuple[CategoryInfo, ...]

    def category(self, key: str) -> CategoryInfo:
        for cat in self.categories:
            if cat.key == key:
                return cat
        raise ValidationError(self.key, f"{key!r} is not a category of {self.label}.",
                              reason="category_unknown", dimension=self.key, category=key,
                              value=key, dimension_label=self.label,
                              known=[c.key for c in self.categories])


def list_dimensions(db: Database, project_id: str) -> list[DimensionInfo]:
    """The project's demographic dimensions with their categories, in form order."""
    with db.session() as s:
        dims = s.exec(live(DemographicDimension)
                      .where(DemographicDimension.project_id == project_id)
                      .order_by(DemographicDimension.position)).all()
        ids = [d.id for d in dims]
        cats = s.exec(live(DemographicCategory)
                      .where(DemographicCategory.dimension_id.in_(ids))
                      .order_by(DemographicCategory.position)).all() if ids else []
    by_dim: dict[str, list[CategoryInfo]] = {i: [] for i in ids}
    for c in cats:
        by_dim[c.dimension_id].append(CategoryInfo(c.id, c.key, c.label, c.is_prefer_not_to_say))
    return [DimensionInfo(d.id, d.key, d.label, d.is_stakeholder, tuple(by_dim[d.id]))
            for d in dims]
