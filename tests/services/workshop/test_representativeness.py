"""Reference profiles from CSV files, the comparison with the participants, and the weights."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from sqlmodel import select

from smartcity_desktop.core.errors import NotFoundError, ValidationError
from smartcity_desktop.services.workshop import (
    participants,
    projects,
    reference_file,
    reference_profile,
)
from smartcity_desktop.services.workshop import representativeness as rep
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.storage.models import ReferenceCategory

SHARED = Path("/work/shared/reference/norway-2014-population.csv")


def write(tmp_path: Path, text: str, name: str = "ref.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def stored(db, project_id, deleted=False) -> list[ReferenceCategory]:
    with db.session() as s:
        return list(s.exec(select(ReferenceCategory).where(
            ReferenceCategory.project_id == project_id,
            ReferenceCategory.deleted == deleted)))


def register(db, workshop_id, n, **answers):
    for _ in range(n):
        participants.register_participant(db, workshop_id, ParticipantInput(answers=answers))


# --------------------------------------------------------------------------- the sample


def test_the_sample_holds_exactly_the_published_figures_from_16_up():
    shared = {(r["dimension"], r["category"]): int(r["count"])
              for r in csv.DictReader(SHARED.open(encoding="utf-8"))}
    lines = reference_file.sample_reference_file().read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    sample = {(r["dimension"], r["category"]): int(r["count"]) for r in csv.DictReader(body)}
    assert set(sample) == {k for k in shared if k != ("age", "0-15")}
    assert all(sample[k] == shared[k] for k in sample)  # nothing invented, nothing altered
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "Statistics Norway" in header and "# year: 2014" in header
    assert "https://www.ssb.no/en/befolkning/statistikker/folkemengde/aar-per-1-januar/" \
           "2014-02-20" in header
    assert "not for a municipality" in header


def test_the_sample_categories_are_the_default_category_keys(db, project):
    dims = {d.key: {c.key for c in d.categories} for d in projects.list_dimensions(db, project.id)}
    report = reference_file.load_sample_reference(db, project.id)
    assert report.loaded and report.errors == ()
    assert report.rows == 7 and report.dimensions == ("age", "gender")
    assert report.year == 2014 and "Statistics Norway (SSB)" in report.source
    profile = reference_profile.reference_profile(db, project.id)
    assert set(profile["age"]) == dims["age"] - {"prefer_not_to_say"}
    assert set(profile["gender"]) == {"woman", "man"}
    adults = 262789 + 1744961 + 1408723 + 477962 + 220760
    assert profile["age"]["20-44"] == pytest.approx(1744961 / adults)
    assert profile["gender"]["woman"] == pytest.approx(2541600 / (2541600 + 2567400))
    rows = stored(db, project.id)
    assert len(rows) == 7 and all(r.year == 2014 and "ssb.no" in r.source for r in rows)
    assert {r.count for r in rows if r.category_key == "80+"} == {220760}
    assert all(r.share is None for r in rows)


def test_the_national_file_with_under_16s_is_refused_row_by_row(db, project):
    report = reference_file.load_reference_csv(db, project.id, SHARED)
    assert not report.loaded
    assert [(e.line, e.reason) for e in report.errors] == [(2, "category_unknown")]
    assert "0-15" in report.errors[0].message
    assert stored(db, project.id) == []


# --------------------------------------------------------------------------- loading


def test_shares_with_comments_and_source_columns(db, project, tmp_path):
    path = write(tmp_path, "# publisher: Example Kommune statistics office\n"
                           "# year: 2023\n"
                           "Dimension;Category;Share;Source;Year\n"
                           "gender;woman;0,52;;\n"
                           "gender;man;48%;Own survey;2022\n")
    report = reference_file.load_reference_csv(db, project.id, path)
    assert report.loaded, report.errors
    rows = {r.category_key: r for r in stored(db, project.id)}
    assert rows["woman"].share == pytest.approx(0.52) and rows["woman"].count is None
    assert rows["woman"].source == "Example Kommune statistics office"
    assert rows["woman"].year == 2023
    assert rows["man"].share == pytest.approx(0.48)
    assert (rows["man"].source, rows["man"].year) == ("Own survey", 2022)
    assert reference_profile.reference_profile(db, project.id) == {
        "gender": {"woman": pytest.approx(0.52), "man": pytest.approx(0.48)}}


def test_labels_dashes_case_and_thousands_separators(db, project, tmp_path):
    path = write(tmp_path, 'DIMENSION,CATEGORY,COUNT\n'
                           'Age,16–19,"1,000"\n'
                           'AGE,20-44,3 000\n'
                           'Gender,Woman,10\n'
                           'gender,MAN,0\n')
    report = reference_file.load_reference_csv(db, project.id, path)
    assert report.loaded, report.errors
    profile = reference_profile.reference_profile(db, project.id)
    assert profile["age"] == {"16-19": 0.25, "20-44": 0.75}
    assert profile["gender"] == {"woman": 1.0, "man": 0.0}


def test_a_new_file_replaces_the_old_profile_and_tombstones_it(db, project, tmp_path):
    reference_file.load_sample_reference(db, project.id)
    old_ids = {r.id for r in stored(db, project.id)}
    report = reference_file.load_reference_csv(db, project.id, write(
        tmp_path, "dimension,category,share\ngender,woman,0.5\ngender,man,0.5\n"))
    assert report.loaded and report.replaced == 7
    assert {r.id for r in stored(db, project.id, deleted=True)} == old_ids
    assert reference_profile.reference_profile(db, project.id) == {
        "gender": {"woman": 0.5, "man": 0.5}}


def test_every_bad_row_is_reported_and_nothing_changes(db, project, tmp_path):
    reference_file.load_sample_reference(db, project.id)
    before = reference_profile.reference_profile(db, project.id)
    path = write(tmp_path, "\n".join([
        "dimension,category,count,year",
        "income,high,10,",                       # 2 unknown dimension
        "age,0-15,10,",                          # 3 unknown category
        "age,prefer_not_to_say,5,",              # 4 not a reference category
        "age,16-19,-3,",                         # 5 negative
        "age,20-44,many,",                       # 6 not a number
        "age,45-66,,",                           # 7 no value
        ",67-79,4,",                             # 8 empty dimension
        "gender,,4,",                            # 9 empty category
        "gender,woman,4,twenty",                 # 10 bad year
        "gender,Woman,5,",                       # 11 duplicate of line 10's category
        "مواعيد الحافلات في المساء,የአውቶቡስ መርሐ ግብር,1,",  # 12 unknown dimension, non-Latin
    ]) + "\n")
    report = reference_file.load_reference_csv(db, project.id, path)
    assert not report.loaded
    reasons = [(e.line, e.reason) for e in report.errors]
    assert reasons == [(2, "dimension_unknown"), (3, "category_unknown"),
                       (4, "category_prefer_not_to_say"), (5, "count_negative"),
                       (6, "count_unreadable"), (7, "value_missing"),
                       (8, "dimension_missing"), (9, "category_missing"),
                       (10, "year_unreadable"), (11, "duplicate"), (12, "dimension_unknown")]
    assert "مواعيد الحافلات في المساء" in report.errors[-1].message
    assert report.errors[-2].details["first"] == 10
    assert reference_profile.reference_profile(db, project.id) == before
    assert len(stored(db, project.id)) == 7


def test_shares_must_be_in_range_and_sum_to_one(db, project, tmp_path):
    report = reference_file.load_reference_csv(db, project.id, write(tmp_path, "\n".join([
        "dimension,category,share",
        "gender,woman,1.4",        # 2 out of range (not a percentage)
        "gender,man,0.3",
        "age,16-19,0.2",           # 4: age adds up to 0.5
        "age,20-44,0.3",
    ])))
    assert [(e.line, e.reason) for e in report.errors] == [(2, "share_out_of_range"),
                                                           (4, "shares_sum")]
    assert report.errors[1].details["total"] == pytest.approx(0.5)
    # Within ± 0.01 (rounded percentages) is fine, and is scaled to exactly 1.
    ok = reference_file.load_reference_csv(db, project.id, write(
        tmp_path, "dimension,category,share\ngender,woman,49.7%\ngender,man,50.4%\n", "ok.csv"))
    assert ok.loaded
    profile = reference_profile.reference_profile(db, project.id)["gender"]
    assert math.fsum(profile.values()) == pytest.approx(1)


def test_counts_and_shares_do_not_mix_within_a_dimension(db, project, tmp_path):
    report = reference_file.load_reference_csv(db, project.id, write(
        tmp_path, "dimension,category,count,share\ngender,woman,100,\ngender,man,,0.5\n"
                  "age,16-19,,0.4\nage,20-44,,0.6\n"))
    assert [(e.line, e.reason) for e in report.errors] == [(3, "dimension_mixed")]
    zero = reference_file.load_reference_csv(db, project.id, write(
        tmp_path, "dimension,category,count\ngender,woman,0\ngender,man,0\n", "zero.csv"))
    assert [e.reason for e in zero.errors] == ["total_zero"]


def test_a_dry_run_writes_nothing(db, project, tmp_path):
    report = reference_file.load_reference_csv(db, project.id,
                                               reference_file.sample_reference_file(),
                                               dry_run=True)
    assert report.rows == 7 and not report.loaded and report.errors == ()
    assert stored(db, project.id) == []


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"# only a comment\n\n", "empty"),
    (b"dimension,category,count\n", "empty"),
    (b"dim,cat,count\nage,16-19,3\n", "missing_columns"),
    (b"dimension,category,people\nage,16-19,3\n", "no_value_column"),
    (b"PK\x03\x04binary xlsx", "not_text"),
    (b"\x00\x01\x02", "not_text"),
    ("dimension,category,count\nkjønn,kvinne,3\n".encode("cp1252"), "not_utf8"),
    (b'dimension,category,count\nage,"16-19,3\n', "bad_quotes"),
    (b"# year: last year\ndimension,category,count\nage,16-19,3\n", "year_unreadable"),
])
def test_files_that_cannot_be_read_raise_a_clear_error(db, project, tmp_path, content, reason):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(reference_file.ReferenceFileError) as caught:
        reference_file.load_reference_csv(db, project.id, path)
    assert caught.value.reason == reason
    assert "bad.csv" in caught.value.message
    assert stored(db, project.id) == []


def test_a_missing_file_and_a_missing_project(db, project, tmp_path):
    with pytest.raises(reference_file.ReferenceFileError) as caught:
        reference_file.load_reference_csv(db, project.id, tmp_path / "nowhere.csv")
    assert caught.value.reason == "unreadable"
    with pytest.raises(NotFoundError):
        reference_file.load_reference_csv(db, "no-such-project",
                                          reference_file.sample_reference_file())


def test_utf16_and_bom_files_and_a_very_long_source(db, project, tmp_path):
    text = "dimension,category,count\r\ngender,woman,1\r\ngender,man,1\r\n"
    assert reference_file.load_reference_csv(db, project.id, write(tmp_path, text, "a.csv",
                                                                   "utf-16")).loaded
    assert reference_file.load_reference_csv(db, project.id, write(tmp_path, "\ufeff" + text,
                                                                   "b.csv")).loaded
    long = reference_file.load_reference_csv(db, project.id, write(
        tmp_path, f"dimension,category,count,source\ngender,woman,1,{'x' * 600}\n", "c.csv"))
    assert [e.reason for e in long.errors] == ["source_too_long"]


def test_clear_reference(db, project):
    reference_file.load_sample_reference(db, project.id)
    assert reference_profile.clear_reference(db, project.id) == 7
    assert reference_profile.reference_profile(db, project.id) == {}


# --------------------------------------------------------------------------- comparison


@pytest.fixture
def fifty_fifty(db, project, tmp_path):
    reference_file.load_reference_csv(db, project.id, write(
        tmp_path, "dimension,category,share\ngender,woman,0.5\ngender,man,0.5\n", "g.csv"))
    return project


def test_representativeness_by_hand(db, fifty_fifty, workshop):
    # 6 women, 2 men, 1 non-binary, 1 "prefer not to say", 1 not answered.
    register(db, workshop.id, 6, gender="woman")
    register(db, workshop.id, 2, gender="man")
    register(db, workshop.id, 1, gender="non_binary")
    register(db, workshop.id, 1, gender="prefer_not_to_say")
    register(db, workshop.id, 1)
    dims = {d.key: d for d in rep.representativeness(db, fifty_fifty.id, workshop.id)}
    gender = dims["gender"]
    assert (gender.participants, gender.compared, gender.prefer_not_to_say,
            gender.not_answered, gender.without_reference) == (11, 8, 1, 1, 1)
    cats = {c.key: c for c in gender.categories}
    assert "prefer_not_to_say" not in cats
    assert (cats["woman"].participants, cats["woman"].participant_share) == (6, 0.75)
    assert cats["woman"].ratio == pytest.approx(1.5) and not cats["woman"].under_represented
    assert cats["man"].ratio == pytest.approx(0.5) and cats["man"].under_represented
    assert cats["non_binary"].participants == 1 and cats["non_binary"].ratio is None
    assert not cats["non_binary"].has_reference
    assert gender.r_score == pytest.approx(1 / 3)
    assert [c.key for c in gender.under_represented] == ["man"]
    assert not dims["age"].has_reference and dims["age"].r_score is None
    assert dims["age"].not_answered == 11


def test_project_scope_adds_up_the_workshops_and_skips_deleted_people(db, fifty_fifty,
                                                                     workshop):
    other = projects.create_workshop(db, fifty_fifty.id, "W2", "Second")
    register(db, workshop.id, 3, gender="woman")
    register(db, other.id, 1, gender="man")
    gone = participants.register_participant(db, other.id,
                                             ParticipantInput(answers={"gender": "man"}))
    participants.delete_participant(db, gone.id)
    gender = {d.key: d for d in rep.representativeness(db, fifty_fifty.id)}["gender"]
    cats = {c.key: c for c in gender.categories}
    assert (cats["woman"].participants, cats["man"].participants) == (3, 1)
    assert cats["man"].participant_share == 0.25 and cats["man"].ratio == pytest.approx(0.5)
    w2 = {d.key: d for d in rep.representativeness(db, fifty_fifty.id, other.id)}["gender"]
    assert {c.key: c.participants for c in w2.categories}["man"] == 1
    assert w2.r_score == 0.0  # no women at all in W2


def test_a_reference_group_with_no_participants_is_flagged(db, project, workshop):
    reference_file.load_sample_reference(db, project.id)
    register(db, workshop.id, 5, age="20-44", gender="woman")
    age = {d.key: d for d in rep.representativeness(db, project.id)}["age"]
    cats = {c.key: c for c in age.categories}
    assert cats["80+"].participants == 0 and cats["80+"].ratio == 0.0
    assert cats["80+"].under_represented
    assert age.r_score == 0.0
    assert cats["80+"].reference_count == 220760


def test_a_workshop_of_another_project_is_refused(db, project, workshop):
    other = projects.create_project(db, "Other")
    with pytest.raises(ValidationError):
        rep.representativeness(db, other.id, workshop.id)
    with pytest.raises(ValidationError):
        rep.participant_weights(db, other.id, workshop.id)


# --------------------------------------------------------------------------- weights


def test_weights_by_hand(db, fifty_fifty, workshop):
    register(db, workshop.id, 6, gender="woman")
    register(db, workshop.id, 2, gender="man")
    register(db, workshop.id, 1, gender="non_binary")
    register(db, workshop.id, 1, gender="prefer_not_to_say")
    register(db, workshop.id, 1)
    result = rep.participant_weights(db, fifty_fifty.id, workshop.id)
    answers = {p.id: p.answers.get("gender") for p in
               participants.list_participants(db, workshop.id)}
    # Among the 8 compared: women 6 -> 4 (weight 2/3), men 2 -> 4 (weight 2); the other
    # three keep 1. Sum 4 + 4 + 3 = 11 = n.
    expected = {"woman": 2 / 3, "man": 2.0, "non_binary": 1.0, "prefer_not_to_say": 1.0,
                None: 1.0}
    assert set(result.weights) == set(answers)
    for pid, w in result.weights.items():
        assert w == pytest.approx(expected[answers[pid]], abs=1e-6)
    assert result.n == 11 and sum(result.weights.values()) == pytest.approx(11)
    assert result.effective_n == pytest.approx(121 / (6 * 4 / 9 + 2 * 4 + 3), abs=1e-6)
    assert result.capped == 0 and result.converged and result.dimensions == ("gender",)


def test_weights_without_a_profile_are_all_one(db, project, workshop):
    register(db, workshop.id, 3, gender="woman")
    result = rep.participant_weights(db, project.id, workshop.id)
    assert list(result.weights.values()) == [1.0, 1.0, 1.0]
    assert result.effective_n == 3 and result.notes == ("no_reference",)
    empty = rep.participant_weights(db, project.id)
    assert empty.n == 3 and empty.capped == 0


def test_weights_are_capped(db, fifty_fifty, workshop):
    register(db, workshop.id, 9, gender="woman")
    register(db, workshop.id, 1, gender="man")
    free = rep.participant_weights(db, fifty_fifty.id, workshop.id, cap=None)
    assert max(free.weights.values()) == pytest.approx(5)   # 1 man stands for 5 of 10
    capped = rep.participant_weights(db, fifty_fifty.id, workshop.id, cap=3)
    assert max(capped.weights.values()) == pytest.approx(3) and capped.capped == 1
    assert sum(capped.weights.values()) == pytest.approx(10)
    assert not capped.converged and "cap_limits_margins" in capped.notes
    assert capped.effective_n < free.n


def test_weights_with_the_sample_on_two_dimensions(db, project, workshop):
    reference_file.load_sample_reference(db, project.id)
    register(db, workshop.id, 4, age="20-44", gender="woman")
    register(db, workshop.id, 3, age="20-44", gender="man")
    register(db, workshop.id, 3, age="45-66", gender="man")
    register(db, workshop.id, 2, age="45-66", gender="woman")
    register(db, workshop.id, 2, age="67-79", gender="woman")
    register(db, workshop.id, 1, age="67-79", gender="man")
    register(db, workshop.id, 2, age="16-19", gender="man")
    register(db, workshop.id, 1, age="80+", gender="prefer_not_to_say")
    result = rep.participant_weights(db, project.id, workshop.id, cap=None)
    assert result.converged and sum(result.weights.values()) == pytest.approx(18)
    profile = reference_profile.reference_profile(db, project.id)
    rows = participants.list_participants(db, workshop.id)
    for dim in ("age", "gender"):
        totals: dict[str, float] = {}
        for row in rows:
            key = row.answers.get(dim)
            if key in profile[dim]:
                totals[key] = totals.get(key, 0) + result.weights[row.id]
        whole = sum(totals.values())
        for key, share in profile[dim].items():
            assert totals[key] / whole == pytest.approx(share, abs=1e-6)


# --------------------------------------------------------------------------- undo


def test_replacing_the_profile_can_be_undone_and_redone(db, project, tmp_path):
    reference_file.load_sample_reference(db, project.id)
    sample = reference_profile.reference_profile(db, project.id)
    command = reference_file.ReplaceReference(db, project.id, write(
        tmp_path, "dimension,category,share\ngender,woman,0.6\ngender,man,0.4\n"))
    command.redo()
    new = {"gender": {"woman": pytest.approx(0.6), "man": pytest.approx(0.4)}}
    assert reference_profile.reference_profile(db, project.id) == new
    command.undo()
    assert reference_profile.reference_profile(db, project.id) == sample
    assert len(stored(db, project.id)) == 7
    command.redo()
    assert reference_profile.reference_profile(db, project.id) == new
    assert len(stored(db, project.id)) == 2


def test_a_rejected_file_raises_with_the_report_and_changes_nothing(db, project, tmp_path):
    reference_file.load_sample_reference(db, project.id)
    command = reference_file.ReplaceReference(db, project.id, write(
        tmp_path, "dimension,category,count\nage,0-15,3\n"))
    with pytest.raises(reference_file.ReferenceRejected) as caught:
        command.redo()
    assert [e.reason for e in caught.value.report.errors] == ["category_unknown"]
    assert len(stored(db, project.id)) == 7
    with pytest.raises(ValidationError):
        reference_profile.restore_reference(db, project.id, ["not-a-row"])
