"""The open-data package (services.open_data) and its disclosure control (core.disclosure)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from fractions import Fraction
from pathlib import Path

import pytest
from frictionless import Package, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity_desktop.core.disclosure import recoverable, suppress_table
from smartcity_desktop.core.enums import IdeaKind, IdeaSource, IdeaStatus, RoundMethod
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services.exports import open_data
from smartcity_desktop.services.exports.tables import ExportCancelled, ExportError
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import results as prioritise_results
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.services.workshop.participants import (
    ContactInput,
    ParticipantInput,
    list_participants,
    register_participant,
)
from smartcity_desktop.services.workshop.participation import participation_rows

NAME = "Åse Kjærnes"
EMAIL = "ase.kjaernes@example.no"
PHONE = "+47 912 34 567"
VOLUNTEER = "Volunteer Ingrid Olsen"
TABLE = "Table 3"
SELF = "Sámi-Kven heritage"
REASON = "Council agreed after Åse Kjærnes spoke"
ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"


def read_csv(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def planted(db, project):
    """A project with personal data planted everywhere an export could pick it up."""
    w1 = projects.create_workshop(db, project.id, "W1", f"Evening with {NAME}",
                                  dt.date(2026, 9, 8), venue="Kjærnes skole", facilitators=NAME)
    w2 = projects.create_workshop(db, project.id, "W2", "Second", dt.date(2026, 10, 6))
    buses = projects.add_theme(db, project.id, "Buses")
    green = projects.add_theme(db, project.id, "Grønne lunger")
    people = []
    # W1: 7 women, 3 men, 1 self-described, 1 without answers -> 12
    for answers in [{"gender": "woman", "age": "20-44"}] * 7 + [{"gender": "man"}] * 3:
        people.append(register_participant(db, w1.id, ParticipantInput(answers=dict(answers))))
    people.append(register_participant(db, w1.id, ParticipantInput(
        answers={"gender": "self_described"}, self_description=SELF, consent_contact=True,
        contact=ContactInput(NAME, EMAIL, PHONE))))
    people.append(register_participant(db, w1.id, ParticipantInput()))
    for _ in range(6):
        register_participant(db, w2.id, ParticipantInput(answers={"gender": "woman"}))
    ideas = [
        capture.add_idea(db, w1.id, IdeaInput(
            text=f"{NAME} wants evening buses", title="Evening buses", kind=IdeaKind.NEED,
            theme_id=buses.id, sdgs=(11, 13), author_participant_id=people[0].id,
            entered_by=VOLUNTEER, source=IdeaSource.PAPER)),
        capture.add_idea(db, w1.id, IdeaInput(text=ARABIC, theme_id=buses.id, sdgs=(11,),
                                              author_table_group=TABLE)),
        capture.add_idea(db, w1.id, IdeaInput(text=ETHIOPIC, theme_id=green.id, sdgs=(3, 15))),
        capture.add_idea(db, w2.id, IdeaInput(text="Benches by the fjord",
                                              author_participant_id=None)),
    ]
    gone = capture.add_idea(db, w1.id, IdeaInput(text="Deleted idea about Grünerløkka"))
    capture.delete_idea(db, gone)
    lifecycle.change_status(db, ideas[0], IdeaStatus.ACCEPTED, REASON, dt.date(2026, 10, 15),
                            changed_by=NAME)
    dots = prioritise_rounds.create_round(db, w1.id, RoundMethod.DOTS, name=f"{NAME}'s dots")
    for p in people[:6]:
        prioritise_votes.add_dot_ballot(db, dots.id, p.id, [ideas[0], ideas[0], ideas[1]])
    few = prioritise_rounds.create_round(db, w2.id, RoundMethod.DOTS)
    w2_people = list_participants(db, w2.id)
    for p in w2_people[:2]:
        prioritise_votes.add_dot_ballot(db, few.id, p.id, [ideas[3]])
    return {"project": project, "w1": w1, "w2": w2, "ideas": ideas, "gone": gone,
            "dots": dots, "people": people, "themes": (buses, green)}


def all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


# ----------------------------------------------------------------------------- the package


def test_package_is_a_valid_data_package_v2(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])
    assert Package(str(out / "datapackage.json")).validate().valid
    meta = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert meta["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert meta["name"] == "green-mobility-2030"
    assert meta["licenses"][0]["name"] == "CC-BY-4.0"
    assert "creativecommons.org/licenses/by/4.0" in meta["licenses"][0]["path"]
    sources = " ".join(s["title"] for s in meta["sources"])
    assert "Green mobility 2030" in sources and "Smart City Co-Creation Desktop" in sources
    names = {r["name"] for r in meta["resources"]}
    assert {"ideas", "themes", "idea_sdgs", "rounds", "round_results", "participation",
            "workshops", "sdgs"} <= names
    for r in meta["resources"]:
        assert (out / r["path"]).is_file()
        assert r["schema"]["fields"]
    ideas = next(r for r in meta["resources"] if r["name"] == "ideas")
    kinds = next(f for f in ideas["schema"]["fields"] if f["name"] == "kind")
    assert set(kinds["constraints"]["enum"]) == {"need", "idea"}
    assert ideas["schema"]["primaryKey"] == ["idea_id"]
    assert {fk["reference"]["resource"] for fk in ideas["schema"]["foreignKeys"]} == {
        "workshops", "themes"}
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "smaller than 5" in readme and "Secondary suppression" in readme
    # nothing left next to the package
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_validation_catches_a_broken_foreign_key(db, planted, tmp_path):
    """The schema's keys are real: an idea pointing at a missing theme makes it invalid."""
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    text = (out / "ideas.csv").read_text(encoding="utf-8").replace(",T1,", ",T99,")
    (out / "ideas.csv").write_text(text, encoding="utf-8")
    report = validate(str(out / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {e[0] for e in report.flatten(["type"])}


def test_no_personal_data_anywhere_in_the_package(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    text = all_text(out)
    codes = [p.code for w in ("w1", "w2") for p in list_participants(db, planted[w].id)]
    assert "W1-001" in codes
    for planted_value in [*codes, TABLE, NAME, "Kjærnes", EMAIL, PHONE, VOLUNTEER, "Ingrid",
                          SELF, REASON, "Kjærnes skole", ARABIC, ETHIOPIC, "Evening buses",
                          "Grünerløkka", f"{NAME}'s dots"]:
        assert planted_value not in text, planted_value
    for p in planted["people"]:
        assert p.id not in text
    for idea_id in planted["ideas"]:
        assert idea_id not in text  # opaque ids only
    header = read_csv(out, "ideas")[0].keys()
    assert not {"author_participant_id", "author_table_group", "entered_by", "text",
                "title", "status_reason"} & set(header)


def test_ideas_with_themes_sdgs_and_status(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    ideas = read_csv(out, "ideas")
    assert [i["idea_id"] for i in ideas] == ["W1-I001", "W1-I002", "W1-I003", "W2-I001"]
    themes = {t["theme_id"]: t["name"] for t in read_csv(out, "themes")}
    by_id = {i["idea_id"]: i for i in ideas}
    first = by_id["W1-I001"]
    assert (first["kind"], first["source"], themes[first["theme_id"]]) == (
        "need", "paper", "Buses")
    assert (first["status"], first["status_date"]) == ("accepted", "2026-10-15")
    assert themes[by_id["W1-I003"]["theme_id"]] == "Grønne lunger"
    assert by_id["W2-I001"]["theme_id"] == "" and by_id["W2-I001"]["status"] == "new"
    sdgs = {(r["idea_id"], int(r["sdg"])) for r in read_csv(out, "idea_sdgs")}
    assert sdgs == {("W1-I001", 11), ("W1-I001", 13), ("W1-I002", 11), ("W1-I003", 3),
                    ("W1-I003", 15)}
    assert len(read_csv(out, "sdgs")) == 17


def test_include_text_publishes_the_words_but_still_no_people(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open",
                                            include_text=True)
    assert validate(str(out / "datapackage.json")).valid
    texts = {i["idea_id"]: (i["title"], i["text"]) for i in read_csv(out, "ideas")}
    assert texts["W1-I002"] == ("", ARABIC)
    assert texts["W1-I003"][1] == ETHIOPIC
    assert texts["W1-I001"][0] == "Evening buses"
    text = all_text(out)
    for value in ("W1-001", TABLE, EMAIL, PHONE, VOLUNTEER, SELF, REASON):
        assert value not in text


def test_round_results_and_rounds_with_few_voters_withheld(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    rounds = {r["round_id"]: r for r in read_csv(out, "rounds")}
    assert rounds["W1-R1"]["voters"] == "6" and rounds["W1-R1"]["results_published"] == "true"
    assert rounds["W2-R1"]["voters"] == "" and rounds["W2-R1"]["results_published"] == "false"
    assert "fewer than 5 voters" in rounds["W2-R1"]["note"]
    results = read_csv(out, "round_results")
    assert {r["round_id"] for r in results} == {"W1-R1"}
    expected = prioritise_results.round_result(db, planted["dots"].id)
    numbers = prioritise_rounds.idea_numbers(db, planted["w1"].id)
    got = {r["idea_id"]: (float(r["score"]), int(r["rank"]), r["method"]) for r in results}
    assert got == {f"W1-I{numbers[i.idea_id]:03d}": (float(i.score), i.rank, "dots")
                   for i in expected.ideas}
    assert got["W1-I001"][:2] == (12.0, 1)  # 6 ballots x 2 dots


def test_participation_counts_are_aggregates_with_small_groups_withheld(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    rows = read_csv(out, "participation")
    cell = {(r["workshop_code"], r["dimension_key"], r["category_key"]): r for r in rows}
    assert cell[("W1", "", "")]["count"] == "12"
    assert cell[("W2", "", "")]["count"] == "6"
    assert cell[("", "", "")]["count"] == "18"
    assert cell[("W1", "gender", "woman")]["count"] == "7"
    assert cell[("W2", "gender", "woman")]["count"] == "6"
    assert cell[("", "gender", "woman")]["count"] == "13"
    man = cell[("W1", "gender", "man")]
    assert (man["count"], man["withheld"]) == ("", "true") and "fewer than 5" in man["note"]
    for r in rows:
        if r["count"]:
            assert not 1 <= int(r["count"]) <= 4, r
        assert (r["withheld"] == "true") == (r["count"] == "")
    # every withheld count stays hidden given the published ones
    assert check_unrecoverable(rows) == set()


def test_licence_is_changeable_and_checked(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "cc0",
                                            licence="CC0-1.0")
    meta = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in meta["licenses"]] == ["CC0-1.0"]
    assert "publicdomain/zero" in meta["licenses"][0]["path"]
    assert "CC0-1.0" in (out / "README.md").read_text(encoding="utf-8")
    assert validate(str(out / "datapackage.json")).valid
    with pytest.raises(ValidationError, match="not a known open licence"):
        open_data.write_open_data_package(db, planted["project"].id, tmp_path / "bad",
                                          licence="All rights reserved")
    assert not (tmp_path / "bad").exists()


def test_one_workshop_only(db, planted, tmp_path):
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "w2",
                                            workshop_id=planted["w2"].id)
    assert validate(str(out / "datapackage.json")).valid
    assert [w["workshop_code"] for w in read_csv(out, "workshops")] == ["W2"]
    assert {i["workshop_code"] for i in read_csv(out, "ideas")} == {"W2"}
    assert {r["workshop_code"] for r in read_csv(out, "participation")} == {"W2"}


def test_empty_project_gives_a_valid_package(db, project, tmp_path):
    out = open_data.write_open_data_package(db, project.id, tmp_path / "empty")
    assert validate(str(out / "datapackage.json")).valid
    assert read_csv(out, "ideas") == []


# ----------------------------------------------------------------------------- bad output


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part") or
            p.name.startswith(".")]


def test_missing_output_folder_gives_a_clear_error(db, planted, tmp_path):
    target = tmp_path / "no" / "such" / "folder"
    with pytest.raises(ExportError, match="does not exist"):
        open_data.write_open_data_package(db, planted["project"].id, target)
    assert not (tmp_path / "no").exists()


def test_existing_file_or_full_folder_is_refused(db, planted, tmp_path):
    (tmp_path / "afile").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        open_data.write_open_data_package(db, planted["project"].id, tmp_path / "afile")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        open_data.write_open_data_package(db, planted["project"].id, tmp_path / "full")
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["mine.txt"]
    # an existing empty folder is fine
    (tmp_path / "empty").mkdir()
    out = open_data.write_open_data_package(db, planted["project"].id, tmp_path / "empty")
    assert (out / "datapackage.json").is_file()
    assert leftovers(tmp_path) == []


def test_write_failure_midway_leaves_no_partial_folder(db, planted, tmp_path, monkeypatch):
    """A folder that turns read-only (or a full disk) while writing: clear error, nothing
    left behind. (Works as root too, where chmod would not stop the write.)"""
    real_open = open
    written = []

    def failing_open(path, mode="r", *args, **kwargs):
        if "w" in mode and str(path).endswith(".csv"):
            written.append(path)
            if len(written) > 3:
                raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(ExportError, match="read-only"):
        open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    monkeypatch.undo()
    assert len(written) == 4
    assert not (tmp_path / "open").exists()
    assert leftovers(tmp_path) == []


def test_cancel_leaves_nothing(db, planted, tmp_path):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 4

    with pytest.raises(ExportCancelled):
        open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open",
                                          progress=progress)
    assert not (tmp_path / "open").exists() and leftovers(tmp_path) == []
    seen = []
    open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open",
                                      progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# ----------------------------------------------------------------------------- disclosure


def rank(rows: list[dict]) -> int:
    """Rank of a list of sparse rational rows (independent of core.disclosure)."""
    rows = [dict(r) for r in rows if r]
    r = 0
    cols = sorted({c for row in rows for c in row}, key=repr)
    for col in cols:
        pivot = next((i for i in range(r, len(rows)) if rows[i].get(col)), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        p = rows[r]
        for i in range(len(rows)):
            if i != r and rows[i].get(col):
                f = Fraction(rows[i][col]) / p[col]
                for c, v in p.items():
                    rows[i][c] = rows[i].get(c, 0) - f * v
                rows[i] = {c: v for c, v in rows[i].items() if v}
        r += 1
    return r


def check_unrecoverable(rows: list[dict[str, str]]) -> set:
    """From the published rows alone, rebuild the additivity equations an outsider knows
    (workshop totals = sum of each dimension's categories; project row = sum of workshops) and
    return the withheld cells whose value they pin down."""
    key = {(r["workshop_code"], r["dimension_key"], r["category_key"]): r for r in rows}
    workshops = sorted({k[0] for k in key if k[0]})
    scopes = workshops + ([""] if ("", "", "") in key else [])
    dims: dict[str, list[str]] = {}
    for w, d, c in key:
        if d and c not in dims.setdefault(d, []):
            dims[d].append(c)
    equations = []
    for s in scopes:
        for d, cats in dims.items():
            equations.append(((s, "", ""), [(s, d, c) for c in cats]))
    if "" in scopes:
        equations.append((("", "", ""), [(w, "", "") for w in workshops]))
        for d, cats in dims.items():
            for c in cats:
                equations.append((("", d, c), [(w, d, c) for w in workshops]))
    hidden = [k for k, r in key.items() if r["count"] == ""]
    matrix = []
    for total, parts in equations:
        row: dict = {}
        for p in parts:
            if p in hidden:
                row[p] = row.get(p, 0) + 1
        if total in hidden:
            row[total] = row.get(total, 0) - 1
        matrix.append({k: v for k, v in row.items() if v})
    base = rank(matrix)
    return {h for h in hidden if rank([*matrix, {h: 1}]) == base}


def test_recoverable_finds_a_bridge_that_a_two_per_line_rule_misses():
    """Two blocks of withheld cells joined by one withheld cell: every row and column has
    two or more withheld cells, yet the joining cell follows from the totals."""
    rows, cols = range(4), range(4)
    cells = {(r, c): 10 + r + c for r in rows for c in cols}
    cells.update({("R", r): sum(cells[(r, c)] for c in cols) for r in rows})
    cells.update({("C", c): sum(cells[(r, c)] for r in rows) for c in cols})
    eqs = [(("R", r), [(r, c) for c in cols]) for r in rows] + \
          [(("C", c), [(r, c) for r in rows]) for c in cols]
    block = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3)]
    assert recoverable(block, eqs) == set()
    assert recoverable([*block, (1, 2)], eqs) == {(1, 2)}
    assert recoverable([(0, 0)], eqs) == {(0, 0)}
    table = suppress_table({**cells, (1, 2): 3}, eqs)
    assert table.published[(1, 2)] is None
    assert recoverable(table.reasons, eqs) == set()


def test_single_row_small_group_takes_the_next_smallest_with_it():
    table = suppress_table({"a": 3, "b": 10, "c": 7, "T": 20}, [("T", ["a", "b", "c"])])
    assert table.published == {"a": None, "b": 10, "c": None, "T": 20}
    assert table.reasons == {"a": "fewer_than_minimum", "c": "protects_small_group"}
    assert suppress_table({"a": 0, "b": 9, "T": 9}, [("T", ["a", "b"])]).reasons == {}


@st.composite
def participation(draw):
    n_workshops = draw(st.integers(1, 4))
    dims = {f"d{k}": [f"c{j}" for j in range(draw(st.integers(1, 4)))] + ["not_answered"]
            for k in range(draw(st.integers(0, 3)))}
    totals, counts = {}, {}
    for w in range(n_workshops):
        code = f"W{w + 1}"
        people = draw(st.integers(0, 25))
        totals[code] = people
        counts[code] = {}
        for d, cats in dims.items():
            answers = draw(st.lists(st.sampled_from(cats), min_size=people, max_size=people))
            counts[code][d] = {c: answers.count(c) for c in cats}
    return totals, counts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(participation())
def test_property_no_small_cell_and_nothing_recoverable(data):
    totals, counts = data
    rows = participation_rows(totals, counts)
    as_csv = [{"workshop_code": r.workshop or "", "dimension_key": r.dimension or "",
               "category_key": r.category or "",
               "count": "" if r.count is None else str(r.count)} for r in rows]
    for r in rows:
        assert r.count is None or not 1 <= r.count <= 4
        assert (r.count is None) == bool(r.note)
        # published numbers are the true numbers
        if r.count is not None:
            scope = [r.workshop] if r.workshop else list(totals)
            if r.dimension is None:
                truth = sum(totals[w] for w in scope)
            else:
                truth = sum(counts[w][r.dimension][r.category] for w in scope)
            assert r.count == truth
    assert check_unrecoverable(as_csv) == set()
    # every cell of the table is there exactly once
    n_cells = len(totals) * (1 + sum(len(c) for c in next(iter(counts.values()), {}).values()))
    if len(totals) > 1:
        n_cells += n_cells // len(totals)
    assert len(rows) == len({(r.workshop, r.dimension, r.category) for r in rows}) == n_cells


def test_read_only_folder_is_refused_before_writing(db, planted, tmp_path, monkeypatch):
    """The permission check itself (simulated, so it also runs as root)."""
    real_access = os.access
    monkeypatch.setattr(open_data.os, "access",
                        lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode))
    with pytest.raises(ExportError, match="read-only"):
        open_data.write_open_data_package(db, planted["project"].id, tmp_path / "open")
    assert not (tmp_path / "open").exists() and leftovers(tmp_path) == []
