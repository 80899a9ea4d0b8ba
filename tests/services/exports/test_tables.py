"""Tabular exports (CSV/XLSX) and the Decidim proposals file, read back as their users would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tempfile
from pathlib import Path

import openpyxl
import pytest

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.core.errors import SmartCityError, ValidationError
from smartcity_desktop.services.exports import tables as exports
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
NORWEGIAN = "Sykkelvei langs Ærøveien og Østre gate – på våren"


@pytest.fixture
def city(db):
    """A Norwegian project with two workshops, participants with and without consent, ideas in
    three scripts, SDGs, strategy goals, a theme and status changes."""
    project = projects.create_project(db, "Grønn by", language="nb")
    w1 = projects.create_workshop(db, project.id, "W1", "Kveldsmøte", date=dt.date(2026, 3, 4))
    w2 = projects.create_workshop(db, project.id, "W2", "Skolen", date=dt.date(2026, 4, 1))
    theme = projects.add_theme(db, project.id, "Buss og bane")
    goal_a = projects.add_strategy_goal(db, project.id, "KP-2", "Klima")
    goal_b = projects.add_strategy_goal(db, project.id, "KP-1", "Mobilitet")
    consenting = participants.register_participant(db, w1.id, ParticipantInput(
        answers={"gender": "woman", "age": "prefer_not_to_say"}, consent_processing=True,
        consent_contact=True, contact=ContactInput("Åse Ødegård", "ase@example.no", "+47 1234")))
    silent = participants.register_participant(db, w1.id, ParticipantInput(
        answers={"gender": "man"}, consent_processing=True, consent_contact=False))
    other = participants.register_participant(db, w2.id, ParticipantInput())
    ideas = {
        "no": capture.add_idea(db, w1.id, IdeaInput(
            text=NORWEGIAN, title="Sykkelvei", theme_id=theme.id, sdgs=(13, 11),
            strategy_goal_ids=(goal_a.id, goal_b.id), author_participant_id=consenting.id)),
        "ar": capture.add_idea(db, w1.id, IdeaInput(text=ARABIC, author_table_group="Bord 3")),
        "et": capture.add_idea(db, w1.id, IdeaInput(text=ETHIOPIC,
                                                     author_participant_id=silent.id)),
        "formula": capture.add_idea(db, w1.id, IdeaInput(text="=HYPERLINK(\"x\") for bikes")),
        "w2": capture.add_idea(db, w2.id, IdeaInput(text="Flere benker ved skolen i sentrum")),
    }
    lifecycle.change_status(db, ideas["no"], IdeaStatus.ACCEPTED, "Passer planen",
                            dt.date(2026, 3, 10), changed_by="Kari")
    lifecycle.change_status(db, ideas["ar"], IdeaStatus.DECLINED, "Ikke vårt ansvar",
                            dt.date(2026, 3, 11))
    lifecycle.change_status(db, ideas["w2"], IdeaStatus.ACCEPTED, "Billig", dt.date(2026, 4, 2))
    return dict(project=project, w1=w1, w2=w2, theme=theme, ideas=ideas, consenting=consenting,
                silent=silent, other=other)


@pytest.fixture
def out(tmp_path):
    """An empty output folder (tmp_path itself holds the database)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ----------------------------------------------------------------------------- CSV


def test_csv_round_trip_keeps_every_script_and_link(db, city, out):
    written = exports.export_csv(db, out, project_id=city["project"].id)
    assert sorted(p.name for p in written) == ["ideas.csv", "participants.csv", "projects.csv",
                                               "status_log.csv", "themes.csv", "workshops.csv"]
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    ideas = {row["id"]: row for row in read_csv(out / "ideas.csv")}
    assert len(ideas) == 5
    no = ideas[city["ideas"]["no"]]
    assert no["text"] == NORWEGIAN and no["title"] == "Sykkelvei"
    assert no["sdgs"] == "11;13" and no["theme"] == "Buss og bane"
    assert no["strategy_goals"] == "KP-2;KP-1"  # the goals' order in the project
    assert no["status"] == "accepted" and no["status_reason"] == "Passer planen"
    assert no["status_date"] == "2026-03-10"
    assert no["author_participant"] == city["consenting"].code and no["workshop"] == "W1"
    assert ideas[city["ideas"]["ar"]]["text"] == ARABIC
    assert ideas[city["ideas"]["ar"]]["author_table_group"] == "Bord 3"
    assert ideas[city["ideas"]["et"]]["text"] == ETHIOPIC
    assert ideas[city["ideas"]["et"]]["author_participant"] == city["silent"].code
    assert ideas[city["ideas"]["w2"]]["workshop"] == "W2"
    assert [ideas[city["ideas"][k]]["number"] for k in ("no", "ar", "et", "w2")] == \
        ["1", "2", "3", "1"]
    log = read_csv(out / "status_log.csv")
    assert [(r["to_status"], r["decided_on"], r["changed_by"]) for r in log] == [
        ("accepted", "2026-03-10", "Kari"), ("declined", "2026-03-11", ""),
        ("accepted", "2026-04-02", "")]
    assert read_csv(out / "projects.csv")[0]["name"] == "Grønn by"
    assert [w["code"] for w in read_csv(out / "workshops.csv")] == ["W1", "W2"]
    # raw bytes are UTF-8 without a byte-order mark
    raw = (out / "ideas.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and ETHIOPIC.encode() in raw


def test_csv_participants_demographics_and_no_contacts_by_default(db, city, out):
    exports.export_csv(db, out, project_id=city["project"].id)
    assert not (out / "contacts.csv").exists()
    rows = {r["code"]: r for r in read_csv(out / "participants.csv")}
    woman = rows[city["consenting"].code]
    assert woman["gender"] == "woman" and woman["age"] == "prefer_not_to_say"
    assert woman["cultural_background"] == ""  # not answered
    assert woman["consent_contact"] == "true"
    assert rows[city["silent"].code]["consent_contact"] == "false"
    assert rows[city["other"].code]["workshop"] == "W2"
    everything = b"".join(p.read_bytes() for p in out.glob("*.csv"))
    for secret in ("Åse Ødegård", "ase@example.no", "+47 1234"):
        assert secret.encode() not in everything


def test_csv_without_demographics_has_no_answer_columns(db, city, out):
    exports.export_csv(db, out, workshop_id=city["w1"].id, include_demographics=False)
    with open(out / "participants.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header == ["code", "workshop", "consent_processing", "consent_contact"]
    text = (out / "participants.csv").read_text(encoding="utf-8")
    assert "woman" not in text and "prefer_not_to_say" not in text
    # the workshop scope leaves the other workshop's people and ideas out
    assert city["other"].code not in text
    assert "Flere benker" not in (out / "ideas.csv").read_text(encoding="utf-8")


def test_contacts_only_on_request_and_only_with_consent(db, city, out):
    # a contact row for a participant without consent (e.g. consent withdrawn later via sync)
    from smartcity_desktop.services.records import new_record
    from smartcity_desktop.storage.models import ContactDetail

    with db.session() as s:
        s.add(new_record(db, ContactDetail, participant_id=city["silent"].id, name="Ola Nordmann",
                         email="ola@example.no"))
        s.commit()
    exports.export_csv(db, out, project_id=city["project"].id, include_contacts=True)
    contacts = read_csv(out / "contacts.csv")
    assert contacts == [{"participant": city["consenting"].code, "name": "Åse Ødegård",
                         "email": "ase@example.no", "phone": "+47 1234"}]
    everything = b"".join(p.read_bytes() for p in out.glob("*.csv"))
    assert b"Ola Nordmann" not in everything and b"ola@example.no" not in everything


# ----------------------------------------------------------------------------- XLSX


def test_xlsx_sheets_types_and_frozen_headers(db, city, out):
    target = out / "grønn by.xlsx"
    assert exports.export_xlsx(db, target, project_id=city["project"].id) == target
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["projects", "workshops", "themes", "ideas", "participants",
                             "status_log"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
    ideas = wb["ideas"]
    header = [c.value for c in ideas[1]]
    rows = [dict(zip(header, [c.value for c in row])) for row in ideas.iter_rows(min_row=2)]
    by_text = {r["text"]: r for r in rows}
    no = by_text[NORWEGIAN]
    assert no["number"] == 1 and isinstance(no["number"], int)
    assert no["status_date"] == dt.datetime(2026, 3, 10)  # a date cell (openpyxl reads datetime)
    assert ideas.cell(row=2, column=header.index("status_date") + 1).is_date
    assert isinstance(no["created_at"], dt.datetime)
    assert no["sdgs"] == "11;13"
    assert ARABIC in by_text and ETHIOPIC in by_text
    # text that looks like a formula stays text
    formula = [r for r in rows if r["text"].startswith("=HYPERLINK")][0]
    assert formula["text"] == "=HYPERLINK(\"x\") for bikes"
    cell = [c for c in ideas["E"] if str(c.value).startswith("=HYPERLINK")][0]
    assert cell.data_type == "s"
    people = wb["participants"]
    pheader = [c.value for c in people[1]]
    prow = {r[0].value: dict(zip(pheader, [c.value for c in r])) for r in
            people.iter_rows(min_row=2)}
    woman = prow[city["consenting"].code]
    assert woman["consent_contact"] is True
    assert prow[city["silent"].code]["consent_contact"] is False
    assert woman["age"] == "prefer_not_to_say" and woman["cultural_background"] is None
    workshops = wb["workshops"]
    assert workshops.cell(row=2, column=4).value == dt.datetime(2026, 3, 4)
    assert workshops.cell(row=2, column=4).is_date
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]


def test_xlsx_contacts_sheet_and_no_demographics(db, city, out):
    target = out / "out.xlsx"
    exports.export_xlsx(db, target, project_id=city["project"].id, include_demographics=False,
                        include_contacts=True)
    wb = openpyxl.load_workbook(target)
    assert "contacts" in wb.sheetnames
    assert [c.value for c in wb["participants"][1]] == ["code", "workshop", "consent_processing",
                                                         "consent_contact"]
    contact_rows = list(wb["contacts"].iter_rows(min_row=2, values_only=True))
    assert contact_rows == [(city["consenting"].code, "Åse Ødegård", "ase@example.no",
                             "+47 1234")]


def test_xlsx_default_leaves_contacts_out(db, city, out):
    target = out / "out.xlsx"
    exports.export_xlsx(db, target, workshop_id=city["w1"].id)
    wb = openpyxl.load_workbook(target)
    assert "contacts" not in wb.sheetnames
    values = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
              for v in row}
    assert not {"Åse Ødegård", "ase@example.no"} & values


# ----------------------------------------------------------------------------- safety


def test_cancel_leaves_no_file(db, city, out):
    calls = []

    def cancel_late(done, total):
        calls.append((done, total))
        return done < total - 1  # cancel on the last step, after the work is done

    target = out / "out.xlsx"
    with pytest.raises(exports.ExportCancelled):
        exports.export_xlsx(db, target, project_id=city["project"].id, progress=cancel_late)
    assert list(out.iterdir()) == []
    assert calls and all(d <= t for d, t in calls)
    folder = out / "csv"
    folder.mkdir()
    with pytest.raises(exports.ExportCancelled):
        exports.export_csv(db, folder, project_id=city["project"].id,
                           progress=lambda d, t: d < 5)
    assert list(folder.iterdir()) == []
    ideas = exports.select_ideas(db, project_id=city["project"].id)
    with pytest.raises(exports.ExportCancelled):
        exports.export_decidim(db, out / "d.csv", ideas, progress=lambda d, t: d < t)
    assert list(out.iterdir()) == [folder]


def test_progress_reaches_the_end(db, city, out):
    seen = []
    exports.export_xlsx(db, out / "x.xlsx", project_id=city["project"].id,
                        progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_missing_folder_is_a_clear_error(db, city, out):
    missing = out / "nope"
    with pytest.raises(exports.ExportError, match="does not exist"):
        exports.export_xlsx(db, missing / "x.xlsx", project_id=city["project"].id)
    with pytest.raises(exports.ExportError, match="does not exist"):
        exports.export_csv(db, missing, project_id=city["project"].id)
    with pytest.raises(exports.ExportError, match="does not exist"):
        exports.export_decidim(db, missing / "d.json",
                               exports.select_ideas(db, project_id=city["project"].id))
    assert list(out.iterdir()) == []


def test_read_only_folder_is_a_clear_error(db, city, out, monkeypatch):
    # root ignores permission bits, so the refusal of the file system is simulated
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(exports.ExportError, match="read-only"):
        exports.export_xlsx(db, out / "x.xlsx", project_id=city["project"].id)
    with pytest.raises(exports.ExportError, match="read-only"):
        exports.export_csv(db, out, project_id=city["project"].id)
    assert list(out.iterdir()) == []


def test_failure_while_writing_leaves_nothing_and_keeps_the_old_file(db, city, out,
                                                                      monkeypatch):
    target = out / "out.xlsx"
    target.write_bytes(b"old export")

    def broken_save(self, filename):
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(exports.ExportError, match="No space left"):
        exports.export_xlsx(db, target, project_id=city["project"].id)
    assert [p.name for p in out.iterdir()] == ["out.xlsx"]
    assert target.read_bytes() == b"old export"


def test_scope_must_be_one_of_project_or_workshop(db, city, out):
    with pytest.raises(ValidationError):
        exports.export_csv(db, out)
    with pytest.raises(SmartCityError):
        exports.export_csv(db, out, workshop_id="no-such-id")
    assert list(out.iterdir()) == []


# ----------------------------------------------------------------------------- Decidim


class DecidimFormatError(Exception):
    pass


def parse_decidim_csv(data: str, default_locale: str) -> list[dict]:
    """Reads a proposals CSV the way Decidim's importer does: ``col_sep ';'``, the first row
    is the header, duplicate headers are refused, ``title/<default_locale>`` and
    ``body/<default_locale>`` are required; ``field/locale`` columns become nested hashes."""
    rows = list(csv.reader(io.StringIO(data), delimiter=";"))
    if not rows:
        raise DecidimFormatError("empty file")
    header, *body = rows
    if len(set(header)) != len(header):
        raise DecidimFormatError("duplicate headers")
    for required in (f"title/{default_locale}", f"body/{default_locale}"):
        if required not in header:
            raise DecidimFormatError(f"missing header {required}")
    proposals = []
    for row in body:
        if len(row) != len(header):
            raise DecidimFormatError(f"row with {len(row)} cells for {len(header)} headers")
        item: dict = {}
        for key, value in zip(header, row):
            if "/" in key:
                name, sub = key.split("/", 1)
                item.setdefault(name, {})[sub] = value
            else:
                item[key] = value
        if not item["title"][default_locale] or not item["body"][default_locale]:
            raise DecidimFormatError("empty title or body in the default locale")
        proposals.append(item)
    return proposals


def test_the_test_parser_refuses_what_decidim_refuses():
    with pytest.raises(DecidimFormatError, match="duplicate"):
        parse_decidim_csv("title/en;title/en;body/en\na;b;c\n", "en")
    with pytest.raises(DecidimFormatError, match="body/nb"):
        parse_decidim_csv("title/nb;body/en\na;b\n", "nb")
    with pytest.raises(DecidimFormatError, match="missing header"):
        parse_decidim_csv("title/en,body/en\na,b\n", "en")  # commas are not Decidim's separator


def test_decidim_csv_accepted_ideas(db, city, out):
    ideas = exports.select_ideas(db, project_id=city["project"].id, statuses=["accepted"])
    assert [i.id for i in ideas] == [city["ideas"]["no"], city["ideas"]["w2"]]
    target = out / "proposals.csv"
    exports.export_decidim(db, target, ideas, scope_id=7)
    data = target.read_text(encoding="utf-8")
    for locale in ("nb", "en"):
        proposals = parse_decidim_csv(data, locale)
        assert [p["title"][locale] for p in proposals] == [
            "Sykkelvei", "Flere benker ved skolen i sentrum"]
        assert proposals[0]["body"][locale] == NORWEGIAN
    assert data.splitlines()[0] == "title/nb;title/en;body/nb;body/en;scope/id"
    assert parse_decidim_csv(data, "nb")[1]["scope"] == {"id": "7"}


def test_decidim_title_falls_back_to_first_words_and_semicolons_survive(db, city, out):
    long_text = "Bygg; en ny bro over elva med plass til sykler og gående og benker langs veien"
    idea_id = capture.add_idea(db, city["w1"].id, IdeaInput(text=long_text))
    ideas = exports.select_ideas(db, workshop_id=city["w1"].id, idea_ids=[idea_id,
                                                                           city["ideas"]["ar"]])
    target = out / "p.csv"
    exports.export_decidim(db, target, ideas, locales=["en"])
    proposals = parse_decidim_csv(target.read_text(encoding="utf-8"), "en")
    assert proposals[0]["title"]["en"] == " ".join(long_text.split()[:10]) + "…"
    assert proposals[0]["body"]["en"] == long_text
    assert proposals[1]["title"]["en"] == ARABIC and proposals[1]["body"]["en"] == ARABIC
    assert exports.proposal_title(None, "x " * 400).endswith("…")
    assert len(exports.proposal_title("t" * 400, "")) == exports.TITLE_MAX


def test_decidim_json_nested_form(db, city, out):
    ideas = exports.select_ideas(db, workshop_id=city["w1"].id)
    target = out / "proposals.json"
    exports.export_decidim(db, target, ideas, category_id="12")
    items = json.loads(target.read_text(encoding="utf-8"))
    assert len(items) == 4
    assert items[0] == {"title": {"nb": "Sykkelvei", "en": "Sykkelvei"},
                        "body": {"nb": NORWEGIAN, "en": NORWEGIAN}, "category": {"id": 12}}
    assert items[2]["body"]["nb"] == ETHIOPIC
    assert ETHIOPIC in target.read_text(encoding="utf-8")  # not \u-escaped


def test_decidim_top_n_of_a_round(db, city, out):
    w1, ideas = city["w1"], city["ideas"]
    voters = [participants.register_participant(db, w1.id, ParticipantInput()) for _ in range(3)]
    rnd = prioritise_rounds.create_round(db, w1.id, "dots", dots_per_participant=3)
    prioritise_votes.add_dot_ballot(db, rnd.id, voters[0].id,
                                    [ideas["et"], ideas["et"], ideas["ar"]])
    prioritise_votes.add_dot_ballot(db, rnd.id, voters[1].id, [ideas["et"], ideas["no"]])
    prioritise_votes.add_dot_ballot(db, rnd.id, voters[2].id, [ideas["ar"]])
    # et 3 dots, ar 2, no 1, formula 0
    top2 = exports.select_ideas(db, round_id=rnd.id, top=2)
    assert [i.id for i in top2] == [ideas["et"], ideas["ar"]]
    top10 = exports.select_ideas(db, round_id=rnd.id, top=10)
    assert [i.id for i in top10] == [ideas["et"], ideas["ar"], ideas["no"]]  # no unvoted idea
    top_accepted = exports.select_ideas(db, round_id=rnd.id, top=3, statuses=["accepted"])
    assert [i.id for i in top_accepted] == [ideas["no"]]
    target = out / "top.csv"
    exports.export_decidim(db, target, top2)
    assert [p["body"]["nb"] for p in parse_decidim_csv(target.read_text("utf-8"), "nb")] == \
        [ETHIOPIC, ARABIC]


def test_decidim_bad_selection(db, city, out):
    with pytest.raises(ValidationError, match="status"):
        exports.select_ideas(db, project_id=city["project"].id, statuses=["approved"])
    with pytest.raises(ValidationError):
        exports.select_ideas(db, project_id=city["project"].id, top=3)
    with pytest.raises(SmartCityError, match="No idea"):
        exports.select_ideas(db, workshop_id=city["w2"].id, idea_ids=[city["ideas"]["no"]])
    none = exports.select_ideas(db, project_id=city["project"].id, statuses=["implemented"])
    with pytest.raises(ValidationError, match="No idea"):
        exports.export_decidim(db, out / "x.csv", none)
    some = exports.select_ideas(db, project_id=city["project"].id)
    with pytest.raises(ValidationError, match="format"):
        exports.export_decidim(db, out / "x.xml", some)
    assert list(out.iterdir()) == []
