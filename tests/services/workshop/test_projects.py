"""Projects, their defaults, workshops and the workshop life cycle."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from smartcity_desktop.core.defaults import PREFER_NOT_TO_SAY
from smartcity_desktop.core.enums import WorkshopStatus
from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.workshop import projects


def count(db, table: str, where: str = "1=1") -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar()


def test_create_project_makes_the_default_criteria(db, project):
    criteria = projects.list_criteria(db, project.id)
    assert [c.key for c in criteria] == ["climate_environment", "feasibility", "cost", "inclusion"]
    assert [c.weight for c in criteria] == pytest.approx([0.35, 0.25, 0.15, 0.25])
    assert sum(c.weight for c in criteria) == pytest.approx(1.0)
    assert [c.position for c in criteria] == [0, 1, 2, 3]
    assert criteria[0].label == "Climate and environment impact"


def test_create_project_makes_five_dimensions_each_with_prefer_not_to_say(db, project):
    dims = projects.list_dimensions(db, project.id)
    assert [d.key for d in dims] == ["age", "gender", "cultural_background", "socioeconomic",
                                     "stakeholder"]
    assert [d.is_stakeholder for d in dims] == [False, False, False, False, True]
    for dim in dims:
        pnts = [c for c in dim.categories if c.is_prefer_not_to_say]
        assert [c.key for c in pnts] == [PREFER_NOT_TO_SAY], dim.key
        assert pnts[0].label == "Prefer not to say"
        assert len(dim.categories) >= 4
        assert len({c.key for c in dim.categories}) == len(dim.categories)
    age = dims[0]
    assert [c.key for c in age.categories][:5] == ["16-19", "20-44", "45-66", "67-79", "80+"]


def test_projects_get_their_own_defaults(db, project):
    other = projects.create_project(db, "Inclusive harbour")
    assert count(db, "criterion") == 8
    assert count(db, "demographic_dimension") == 10
    mine = {c.id for d in projects.list_dimensions(db, project.id) for c in d.categories}
    theirs = {c.id for d in projects.list_dimensions(db, other.id) for c in d.categories}
    assert mine and theirs and not mine & theirs


def test_a_norwegian_project_gets_norwegian_labels(db):
    project = projects.create_project(db, "Grønn mobilitet", language="nb")
    assert project.language == "nb"
    dims = projects.list_dimensions(db, project.id)
    assert dims[0].label == "Alder"
    assert dims[0].category(PREFER_NOT_TO_SAY).label == "Vil ikke oppgi"
    assert projects.list_criteria(db, project.id)[1].label == "Gjennomførbarhet"


@pytest.mark.parametrize("name, language", [("", "en"), ("   ", "en"), ("x" * 201, "en"),
                                            ("Fine name", "de")])
def test_a_bad_project_is_refused_and_nothing_written(db, name, language):
    with pytest.raises(ValidationError):
        projects.create_project(db, name, language=language)
    assert count(db, "project") == 0
    assert count(db, "criterion") == 0


def test_project_name_is_trimmed_and_listed(db):
    p = projects.create_project(db, "  Green mobility 2030 \n")
    assert p.name == "Green mobility 2030"
    assert [x.id for x in projects.list_projects(db)] == [p.id]
    assert projects.get_project(db, p.id).name == "Green mobility 2030"
    with pytest.raises(NotFoundError):
        projects.get_project(db, "no-such-id")


def test_category_lookup_refuses_unknown_keys(db, project):
    dim = projects.list_dimensions(db, project.id)[0]
    with pytest.raises(ValidationError):
        dim.category("200+")


# --------------------------------------------------------------------------- workshops


def test_create_workshop_normalises_the_code_and_keeps_the_details(db, project):
    w = projects.create_workshop(db, project.id, " w2 ", "Harbour walk", dt.date(2026, 9, 3),
                                 venue=" Library ", facilitators="Kari\nAhmed")
    assert w.code == "W2"
    assert w.status == WorkshopStatus.PLANNED
    again = projects.get_workshop(db, w.id)
    assert (again.title, again.date, again.venue, again.facilitators) == (
        "Harbour walk", dt.date(2026, 9, 3), "Library", "Kari\nAhmed")
    assert projects.find_workshop(db, "w2").id == w.id


def test_workshop_codes_are_unique_in_the_database(db, project, workshop):
    other = projects.create_project(db, "Other")
    with pytest.raises(ValidationError) as info:
        projects.create_workshop(db, other.id, "w1", "Duplicate")
    assert info.value.field == "code"
    assert count(db, "workshop") == 1


@pytest.mark.parametrize("code", ["", "W 1", "TOOLONGCODE", "W-1"])
def test_bad_workshop_codes_are_refused(db, project, code):
    with pytest.raises(ValidationError):
        projects.create_workshop(db, project.id, code, "Title")
    assert count(db, "workshop") == 0


def test_a_workshop_needs_an_existing_project(db):
    with pytest.raises(NotFoundError):
        projects.create_workshop(db, "no-such-project", "W1", "Title")


def test_suggest_workshop_code_takes_the_first_free_one(db, project):
    assert projects.suggest_workshop_code(db) == "W1"
    projects.create_workshop(db, project.id, "W1", "a")
    projects.create_workshop(db, project.id, "W3", "c")
    assert projects.suggest_workshop_code(db) == "W2"


def test_workshop_goes_planned_running_closed(db, workshop):
    running = projects.set_workshop_status(db, workshop.id, WorkshopStatus.RUNNING)
    assert running.status == "running"
    closed = projects.set_workshop_status(db, workshop.id, WorkshopStatus.CLOSED)
    assert closed.status == "closed"
    assert projects.get_workshop(db, workshop.id).status == "closed"


def test_a_closed_workshop_cannot_be_reopened(db, workshop):
    projects.set_workshop_status(db, workshop.id, "running")
    projects.set_workshop_status(db, workshop.id, "closed")
    with pytest.raises(ValidationError) as info:
        projects.set_workshop_status(db, workshop.id, WorkshopStatus.RUNNING)
    assert info.value.field == "status"
    with pytest.raises(ValidationError):
        projects.set_workshop_status(db, workshop.id, WorkshopStatus.PLANNED)
    assert projects.get_workshop(db, workshop.id).status == "closed"


def test_a_planned_workshop_cannot_skip_to_closed(db, workshop):
    with pytest.raises(ValidationError):
        projects.set_workshop_status(db, workshop.id, WorkshopStatus.CLOSED)
    assert projects.get_workshop(db, workshop.id).status == "planned"


def test_an_unknown_workshop_status_is_refused(db, workshop):
    with pytest.raises(ValueError):
        projects.set_workshop_status(db, workshop.id, "cancelled")


# --------------------------------------------------------------------------- agenda, themes, goals


def test_replacing_the_agenda_tombstones_the_old_items(db, workshop):
    first = projects.set_agenda(db, workshop.id, [("Welcome", 10), ("Walk", 45)])
    projects.set_agenda(db, workshop.id, [("Welcome", 15)])
    agenda = projects.list_agenda(db, workshop.id)
    assert [(a.activity, a.planned_minutes) for a in agenda] == [("Welcome", 15)]
    assert count(db, "agenda_item", "deleted = 1") == 2
    assert {a.id for a in first}.isdisjoint({a.id for a in agenda})


@pytest.mark.parametrize("items", [[("", 10)], [("Walk", 0)], [("Walk", 601)]])
def test_a_bad_agenda_is_refused_and_the_old_one_kept(db, workshop, items):
    projects.set_agenda(db, workshop.id, [("Welcome", 10)])
    with pytest.raises(ValidationError):
        projects.set_agenda(db, workshop.id, items)
    assert [a.activity for a in projects.list_agenda(db, workshop.id)] == ["Welcome"]


def test_theme_names_are_unique_per_project_ignoring_case(db, project):
    theme = projects.add_theme(db, project.id, "Cycling")
    with pytest.raises(ValidationError):
        projects.add_theme(db, project.id, "  CYCLING ")
    assert projects.find_or_add_theme(db, project.id, "cycling").id == theme.id
    other = projects.create_project(db, "Other")
    assert projects.add_theme(db, other.id, "Cycling").id != theme.id
    assert [t.name for t in projects.list_themes(db, project.id)] == ["Cycling"]


def test_strategy_goals_are_kept_in_order(db, project):
    projects.add_strategy_goal(db, project.id, "K1", "Fewer car trips")
    projects.add_strategy_goal(db, project.id, "K2", "More green space")
    goals = projects.list_strategy_goals(db, project.id)
    assert [(g.code, g.position) for g in goals] == [("K1", 0), ("K2", 1)]


def test_workshop_info_is_the_workshop_as_plain_data(db, project):
    made = projects.create_workshop(db, project.id, "W7", "Harbour walk", dt.date(2026, 6, 3))
    projects.set_workshop_status(db, made.id, WorkshopStatus.RUNNING)
    info = projects.workshop_info(db, made.id)
    assert info == projects.WorkshopInfo(made.id, project.id, "W7", "Harbour walk",
                                         dt.date(2026, 6, 3), "running")
    assert not hasattr(info, "__table__")  # not a database record the caller could write
    with pytest.raises(NotFoundError):
        projects.workshop_info(db, "no-such-workshop")
