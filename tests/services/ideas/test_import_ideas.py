"""Importing ideas from CSV and XLSX files: reading, column mapping, per-row errors with the
row numbers a spreadsheet shows, and the all-or-nothing write. Every check looks at the
database, not only at what the service returns."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
import sqlalchemy as sa

from smartcity_desktop.core.enums import IdeaKind, IdeaSource
from smartcity_desktop.core.errors import ValidationError
from smartcity_desktop.services.ideas import capture, intake, table_file
from smartcity_desktop.services.ideas import commands as import_commands
from smartcity_desktop.services.ideas import import_ideas as imp
from smartcity_desktop.services.ideas.capture import IdeaQuery
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
CYRILLIC = "Больше велосипедных дорожек"


# --------------------------------------------------------------------------- helpers


@pytest.fixture
def setup(db, project, workshop):
    """A workshop W1 with participants W1-001, W1-002, a second workshop W2 with W2-001, a
    theme and two strategy goals."""
    other = projects.create_workshop(db, project.id, "W2", "Follow-up")
    for _ in range(2):
        participants.register_participant(db, workshop.id, ParticipantInput())
    participants.register_participant(db, other.id, ParticipantInput())
    projects.add_theme(db, project.id, "Mobility")
    projects.add_strategy_goal(db, project.id, "SG1", "Low-emission transport")
    projects.add_strategy_goal(db, project.id, "SG2", "Meeting places")
    return workshop


def write_csv(path, rows, delimiter=",", encoding="utf-8", bom=False):
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path, rows, sheet="Ideas", extra_sheets=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for name, other_rows in extra_sheets:
        other = wb.create_sheet(name)
        for row in other_rows:
            other.append(list(row))
    wb.save(path)
    return path


def live_ideas(db, workshop_id):
    rowids = capture.idea_rowids(db, IdeaQuery(workshop_id=workshop_id))
    return [capture.get_idea(db, r.id) for r in capture.fetch_idea_rows(db, rowids).values()]


def live_texts(db, workshop_id):
    return sorted(i.data.text for i in live_ideas(db, workshop_id))


def table_counts(db):
    with db.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("idea", "idea_sdg", "idea_strategy_goal", "theme")}


def theme_names(db, project_id):
    return sorted(t.name for t in projects.list_themes(db, project_id))


def errors_by_row(result):
    """{row number: [reasons]} of a Preview or an ImportResult."""
    bad = result.bad if isinstance(result, imp.Preview) else result.bad_rows
    return {row.row_number: [e.reason for e in row.errors] for row in bad}


HEADER = ["Text", "Title", "Kind", "Theme", "SDGs", "Participant", "Table", "Source",
          "Strategy goals"]
FULL_MAPPING = dict(zip(imp.FIELDS, HEADER))


# --------------------------------------------------------------------------- reading CSV


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters_are_detected(tmp_path, delimiter):
    # Text with commas and semicolons inside quoted cells must not confuse the detection.
    path = write_csv(tmp_path / "ideas.csv", [
        ["Text", "Theme", "SDGs"],
        ["More buses, please; in the evening", "Mobility", "11, 13"],
        ["Benches", "Green spaces", "11;3"],
    ], delimiter=delimiter)
    table = imp.read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == ("Text", "Theme", "SDGs")
    assert table.rows == (("More buses, please; in the evening", "Mobility", "11, 13"),
                          ("Benches", "Green spaces", "11;3"))
    assert table.row_numbers == (2, 3)


def test_semicolon_file_with_commas_in_unquoted_text(tmp_path):
    # What Excel in a Norwegian locale writes: semicolons, and commas in the text unquoted.
    path = tmp_path / "nb.csv"
    path.write_text("Tekst;Tema\nFlere busser, også om kvelden, takk;Mobilitet\n"
                    "Benker, bord, lys;Møteplasser\n", encoding="utf-8")
    table = imp.read_table(path)
    assert table.delimiter == ";"
    assert table.rows[0] == ("Flere busser, også om kvelden, takk", "Mobilitet")


def test_single_column_csv(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Idea\nMore trees\nSafer crossings\n", encoding="utf-8")
    table = imp.read_table(path)
    assert table.headers == ("Idea",)
    assert [r[0] for r in table.rows] == ["More trees", "Safer crossings"]
    assert "only one column" in table.warnings[0]  # maybe an unusual separator: say so


def test_pipe_separated_file_is_one_column_with_a_warning(tmp_path):
    path = tmp_path / "pipes.csv"
    path.write_text("Text|Theme\nMore trees|Parks\n", encoding="utf-8")
    table = imp.read_table(path)
    assert table.headers == ("Text|Theme",) and table.warnings


def test_bom_is_not_part_of_the_first_header(tmp_path, db, setup):
    path = write_csv(tmp_path / "bom.csv", [["Tekst", "Tema"], ["Mer lys på stien", "Trygghet"]],
                     delimiter=";", bom=True)
    table = imp.read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "Tekst"  # not "\ufeffTekst"
    assert imp.guess_mapping(table.headers) == {"text": "Tekst", "theme": "Tema"}


def test_utf16_with_bom_is_read(tmp_path):
    # Excel's "Unicode text" export: UTF-16 with BOM and tabs.
    path = tmp_path / "unicode.txt"
    path.write_bytes("Text\tTheme\nÆrlig talt: flere benker\tMøteplasser\n".encode("utf-16"))
    table = imp.read_table(path)
    assert table.delimiter == "\t"
    assert table.rows == (("Ærlig talt: flere benker", "Møteplasser"),)


def test_blank_rows_are_skipped_but_keep_the_numbering(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("Text,Theme\nFirst,A\n,\n\nFourth is row 5,B\n", encoding="utf-8")
    table = imp.read_table(path)
    assert [r[0] for r in table.rows] == ["First", "Fourth is row 5"]
    assert table.row_numbers == (2, 5)


def test_multi_line_cell_counts_as_one_row(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text('Text,Theme\n"Line one\nline two",A\nNext,B\n', encoding="utf-8")
    table = imp.read_table(path)
    assert table.rows[0][0] == "Line one\nline two"
    assert table.row_numbers == (2, 3)  # as a spreadsheet shows them


def test_blank_and_repeated_headers_get_names(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("Text,,Text,Empty at the end,\nA,x,B,,\n", encoding="utf-8")
    table = imp.read_table(path)
    # The last column has neither a name nor data: dropped. The others are made unique.
    assert table.headers == ("Text", "Column B", "Text (2)", "Empty at the end")


def test_truncated_quote_is_a_clear_error(tmp_path):
    path = tmp_path / "cut.csv"
    path.write_text('Text,Theme\nGood row,A\n"This cell was cut off, A\nmore text\n',
                    encoding="utf-8")
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "bad_quotes"
    assert "line 3 is never closed" in info.value.message and "cut.csv" in info.value.message


def test_stray_quote_is_a_clear_error(tmp_path):
    path = tmp_path / "stray.csv"
    path.write_text('Text,Theme\n"Quoted"garbage,A\n', encoding="utf-8")
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "bad_quotes"
    assert "line 2" in info.value.message


def test_non_utf8_file_is_refused_with_advice(tmp_path):
    path = tmp_path / "win.csv"
    path.write_bytes("Tekst;Tema\nGrønne tak på skolen;Bærekraft\n".encode("cp1252"))
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "not_utf8"
    assert "not UTF-8" in info.value.message and "line 2" in info.value.message
    assert "CSV UTF-8" in info.value.message
    # Named explicitly, the same file reads correctly.
    table = imp.read_table(path, encoding="cp1252")
    assert table.rows == (("Grønne tak på skolen", "Bærekraft"),)
    assert table.encoding == "cp1252"


def test_unknown_encoding_name_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Text\nA\n", encoding="utf-8")
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path, encoding="no-such-codec")
    assert info.value.reason == "unknown_encoding"


def test_binary_file_with_csv_name_is_refused(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "not_text"


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "empty"


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(tmp_path / "nope.csv")
    assert info.value.reason == "unreadable" and "nope.csv" in info.value.message


def test_file_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("Text\n" + "An idea\n" * 200, encoding="utf-8")
    monkeypatch.setattr(table_file, "MAX_FILE_BYTES", 1000)
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "too_big"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_row_limit(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(table_file, "MAX_ROWS", 3)
    rows = [["Text"]] + [[f"Idea {n}"] for n in range(3)]
    path = write_csv(tmp_path / "ok.csv", rows) if kind == "csv" else \
        write_xlsx(tmp_path / "ok.xlsx", rows)
    assert len(imp.read_table(path).rows) == 3  # exactly the limit is fine
    rows.append(["One too many"])
    path = write_csv(tmp_path / "no.csv", rows) if kind == "csv" else \
        write_xlsx(tmp_path / "no.xlsx", rows)
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "too_many_rows" and "3" in info.value.message


# --------------------------------------------------------------------------- reading XLSX


def test_xlsx_typed_cells_become_text(tmp_path):
    path = write_xlsx(tmp_path / "typed.xlsx", [
        ["Text", "SDGs", "Participant", "Date", "Flag", "Share"],
        ["Bike racks", 11, 17, dt.datetime(2025, 3, 4), True, 0.25],
        ["Solar roofs", 7.0, None, dt.datetime(2025, 3, 4, 18, 30), False, None],
    ])
    table = imp.read_table(path)
    assert table.kind == "xlsx" and table.sheet == "Ideas"
    assert table.rows == (("Bike racks", "11", "17", "2025-03-04", "TRUE", "0.25"),
                          ("Solar roofs", "7", "", "2025-03-04 18:30", "FALSE", ""))


def test_xlsx_first_or_chosen_sheet(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [["Text"], ["From the first sheet"]],
                      sheet="Kveld", extra_sheets=[("Morgen", [["Tekst"], ["Fra morgenen"]])])
    first = imp.read_table(path)
    assert first.sheets == ("Kveld", "Morgen") and first.sheet == "Kveld"
    assert first.rows == (("From the first sheet",),)
    chosen = imp.read_table(path, sheet="Morgen")
    assert chosen.headers == ("Tekst",) and chosen.rows == (("Fra morgenen",),)
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path, sheet="Natt")
    assert info.value.reason == "unknown_sheet" and "Kveld, Morgen" in info.value.message


def test_random_bytes_named_xlsx_is_a_clear_error(tmp_path):
    import random

    path = tmp_path / "noise.xlsx"
    path.write_bytes(random.Random(4).randbytes(5000))
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "not_xlsx" and "noise.xlsx" in info.value.message


def test_truncated_xlsx_is_a_clear_error(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [["Text"]] + [[f"Idea {n}"] for n in range(200)])
    data = good.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(cut)
    assert info.value.reason == "not_xlsx"


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "not a workbook")
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(path)
    assert info.value.reason == "not_xlsx"


def test_old_xls_and_ods_are_explained(tmp_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(xls)
    assert info.value.reason == "old_xls" and ".xlsx" in info.value.message
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(imp.ImportFileError) as info:
        imp.read_table(ods)
    assert info.value.reason == "ods"


# --------------------------------------------------------------------------- mapping


def test_guess_mapping_english_headers():
    headers = ["Idea text", "Title", "Need or idea", "Theme", "SDGs", "Participant code",
               "Table group", "Source", "Strategy goals", "Notes from the volunteer"]
    assert imp.guess_mapping(headers) == {
        "text": "Idea text", "title": "Title", "kind": "Need or idea", "theme": "Theme",
        "sdgs": "SDGs", "participant": "Participant code", "table_group": "Table group",
        "source": "Source", "strategy_goals": "Strategy goals"}


def test_guess_mapping_norwegian_headers():
    headers = ["Deltaker", "Tekst", "Tittel", "Type", "Tema", "Bærekraftsmål", "Bord",
               "Kilde", "Strategimål"]
    assert imp.guess_mapping(headers) == {
        "text": "Tekst", "title": "Tittel", "kind": "Type", "theme": "Tema",
        "sdgs": "Bærekraftsmål", "participant": "Deltaker", "table_group": "Bord",
        "source": "Kilde", "strategy_goals": "Strategimål"}


def test_guess_mapping_by_word_beginnings_and_case():
    headers = ["DELTAKERKODE", "Innspill fra lappene", "FNs bærekraftsmål (nr.)",
               "Temaområde", "Behov / idé"]
    assert imp.guess_mapping(headers) == {
        "participant": "DELTAKERKODE", "text": "Innspill fra lappene",
        "sdgs": "FNs bærekraftsmål (nr.)", "theme": "Temaområde", "kind": "Behov / idé"}


def test_guess_mapping_leaves_unknown_columns_and_uses_each_once():
    mapping = imp.guess_mapping(["Tekst", "Text", "Favourite colour"])
    assert mapping == {"text": "Tekst"}


def test_mapping_errors(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "m.csv", [["Tekst", "Tema"], ["A", "B"]]))
    with pytest.raises(ValidationError) as info:
        imp.preview(db, setup.id, table, {"theme": "Tema"})
    assert info.value.reason == "no_text_column"
    with pytest.raises(ValidationError) as info:
        imp.preview(db, setup.id, table, {"text": "Idea"})
    assert info.value.reason == "unknown_column" and "Tekst, Tema" in info.value.message
    with pytest.raises(ValidationError) as info:
        imp.preview(db, setup.id, table, {"text": "Tekst", "title": "Tekst"})
    assert info.value.reason == "column_twice"
    with pytest.raises(ValidationError):
        imp.preview(db, setup.id, table, {"text": "Tekst", "colour": "Tema"})
    # Header names match whatever their case.
    assert imp.preview(db, setup.id, table, {"text": "tekst"}).rows[0].data.text == "A"


# --------------------------------------------------------------------------- cell values


@pytest.mark.parametrize("value,expected", [
    ("11, 13", (11, 13)), ("11;13", (11, 13)), ("SDG 11", (11,)), ("SDG11 og SDG13", (11, 13)),
    ("13 11 11", (11, 13)), ("11.2", (11,)), ("Mål 3 and goal 4", (3, 4)), ("", ()),
    ("sdg 17/ sdg 1", (1, 17)),
])
def test_parse_sdgs(value, expected):
    assert intake.parse_sdgs(value) == expected


@pytest.mark.parametrize("value,reason", [
    ("18", "sdg_unknown"), ("0", "sdg_unknown"), ("11, 99", "sdg_unknown"),
    ("eleven", "sdg_unreadable"), ("SDG", "sdg_unreadable"), ("11 and climate", "sdg_unreadable"),
])
def test_parse_sdgs_refuses(value, reason):
    with pytest.raises(ValidationError) as info:
        intake.parse_sdgs(value)
    assert info.value.reason == reason


@pytest.mark.parametrize("value,kind", [
    ("need", IdeaKind.NEED), ("Behov", IdeaKind.NEED), ("problem", IdeaKind.NEED),
    ("Idea", IdeaKind.IDEA), ("idé", IdeaKind.IDEA), ("IDE", IdeaKind.IDEA),
    ("solution", IdeaKind.IDEA), ("Løsning", IdeaKind.IDEA), ("", IdeaKind.IDEA),
    ("idé.", IdeaKind.IDEA),
])
def test_parse_kind(value, kind):
    assert intake.parse_kind(value) == kind


@pytest.mark.parametrize("value,source", [
    ("", IdeaSource.PAPER), ("papir", IdeaSource.PAPER), ("Sticky note", IdeaSource.STICKY),
    ("lapp", IdeaSource.STICKY), ("live", IdeaSource.LIVE), ("kiosk", IdeaSource.KIOSK),
])
def test_parse_source(value, source):
    assert intake.parse_source(value) == source


# --------------------------------------------------------------------------- preview


def test_preview_reports_each_bad_row_with_its_row_number(db, setup, tmp_path):
    rows = [HEADER,
            ["Good: more buses", "", "need", "Mobility", "11", "W1-001", "", "", "SG1"],  # 2
            ["", "Only a title", "", "", "", "", "", "", ""],                              # 3
            ["Unknown person", "", "", "", "", "W1-099", "", "", ""],                      # 4
            ["Wrong workshop", "", "", "", "", "W2-001", "", "", ""],                      # 5
            ["Goal 18", "", "", "", "11, 18", "", "", "", ""],                             # 6
            ["x" * 5001, "", "", "", "", "", "", "", ""],                                  # 7
            ["Both authors", "", "", "", "", "W1-002", "Table 3", "", ""],                 # 8
            ["Odd kind", "", "maybe", "", "", "", "", "", ""],                             # 9
            ["Odd goal", "", "", "", "", "", "", "", "SG9"],                               # 10
            ["Odd code", "", "", "", "", "bob", "", "", ""],                               # 11
            ["Long title", "t" * 201, "", "", "", "", "", "", ""],                         # 12
            ["Odd source", "", "", "", "", "", "", "fax", ""],                             # 13
            ["Good too: a new theme", "", "idé", "Trygghet", "SDG 16", "", "Bord 2",
             "lapp", "sg1; SG2"]]                                                          # 14
    table = imp.read_table(write_csv(tmp_path / "bad.csv", rows))
    result = imp.preview(db, setup.id, table, FULL_MAPPING)
    assert errors_by_row(result) == {
        3: ["text_empty"], 4: ["participant_not_found"], 5: ["participant_other_workshop"],
        6: ["sdg_unknown"], 7: ["text_too_long"], 8: ["author_both"], 9: ["kind_unknown"],
        10: ["goal_unknown"], 11: ["participant_not_a_code"], 12: ["title_too_long"],
        13: ["source_unknown"]}
    messages = {row.row_number: row.errors[0].message for row in result.bad}
    assert "W1-099" in messages[4]
    assert "W2-001" in messages[5] and "W2" in messages[5]
    assert "18" in messages[6]
    assert "5001" in messages[7] and "5000" in messages[7]
    assert "SG9" in messages[10]
    assert [r.row_number for r in result.good] == [2, 14]
    good = result.good[1].data
    assert good.kind == IdeaKind.IDEA and good.sdgs == (16,) and good.source == IdeaSource.STICKY
    assert good.author_table_group == "Bord 2" and len(good.strategy_goal_ids) == 2
    assert result.new_themes == ("Trygghet",)  # "Mobility" exists already
    assert table_counts(db)["idea"] == 0  # a preview writes nothing


def test_several_errors_in_one_row_are_all_reported(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "multi.csv", [
        HEADER, ["", "", "hmm", "", "42", "W2-001", "", "", ""]]))
    row = imp.preview(db, setup.id, table, FULL_MAPPING).rows[0]
    assert row.row_number == 2 and row.data is None
    assert [e.reason for e in row.errors] == ["text_empty", "kind_unknown", "sdg_unknown",
                                             "participant_other_workshop"]


def test_participant_number_alone_means_this_workshop(db, setup, tmp_path):
    table = imp.read_table(write_xlsx(tmp_path / "n.xlsx", [
        ["Text", "Participant"], ["By number", 2], ["Spaced", "w1 - 001"]]))
    result = imp.preview(db, setup.id, table, {"text": "Text", "participant": "Participant"})
    assert not result.bad
    codes = {p.id: p.code for p in participants.list_participants(db, setup.id)}
    assert [codes[r.data.author_participant_id] for r in result.rows] == ["W1-002", "W1-001"]


def test_deleted_participant_is_unknown(db, setup, tmp_path):
    person = participants.find_participant(db, "W1-002")
    participants.delete_participant(db, person.id)
    table = imp.read_table(write_csv(tmp_path / "d.csv", [["Text", "Participant"],
                                                          ["Late form", "W1-002"]]))
    result = imp.preview(db, setup.id, table, {"text": "Text", "participant": "Participant"})
    assert errors_by_row(result) == {2: ["participant_not_found"]}


# --------------------------------------------------------------------------- importing


def test_import_writes_every_field(db, setup, tmp_path, project):
    table = imp.read_table(write_csv(tmp_path / "full.csv", [
        HEADER,
        ["More buses in the evening", "Buses", "behov", "mobility", "11; 13", "W1-001", "",
         "papir", "SG1"],
        ["Repair café", "", "løsning", "Circular economy", "SDG 12", "", "Bord 4", "sticky",
         "SG1, sg2"],
    ], delimiter=";"))
    result = imp.import_rows(db, setup.id, table, FULL_MAPPING, entered_by="Kari")
    assert result.status == "imported" and result.imported == 2
    assert result.themes_created == ("Circular economy",)
    assert theme_names(db, project.id) == ["Circular economy", "Mobility"]
    themes = {t.name: t.id for t in projects.list_themes(db, project.id)}
    goals = {g.code: g.id for g in projects.list_strategy_goals(db, project.id)}
    first, second = (capture.get_idea(db, i) for i in result.idea_ids)
    assert first.data.text == "More buses in the evening" and first.data.title == "Buses"
    assert first.data.kind == IdeaKind.NEED and first.data.theme_id == themes["Mobility"]
    assert first.data.sdgs == (11, 13) and first.data.source == IdeaSource.PAPER
    assert first.data.author_participant_id == participants.find_participant(db, "W1-001").id
    assert first.data.strategy_goal_ids == (goals["SG1"],) and first.data.entered_by == "Kari"
    assert second.data.kind == IdeaKind.IDEA and second.data.source == IdeaSource.STICKY
    assert second.data.theme_id == themes["Circular economy"]
    assert second.data.author_table_group == "Bord 4" and second.data.sdgs == (12,)
    assert set(second.data.strategy_goal_ids) == {goals["SG1"], goals["SG2"]}
    assert first.workshop_id == setup.id and first.status == "new"
    # The ideas are found by search like any other.
    found = capture.idea_rowids(db, IdeaQuery(workshop_id=setup.id, text="café"))
    assert [capture.fetch_idea_rows(db, found)[r].id for r in found] == [second.id]


def test_file_with_bad_rows_imports_nothing(db, setup, tmp_path, project):
    table = imp.read_table(write_csv(tmp_path / "mixed.csv", [
        ["Text", "Theme", "SDGs"], ["Good one", "Brand new theme", "11"], ["Bad one", "", "18"],
        ["Another good one", "", ""]]))
    before = table_counts(db)
    result = imp.import_rows(db, setup.id, table, imp.guess_mapping(table.headers))
    assert result.status == "refused" and result.imported == 0
    assert errors_by_row(result) == {3: ["sdg_unknown"]}
    assert table_counts(db) == before
    assert theme_names(db, project.id) == ["Mobility"]  # the new theme was not created


def test_skip_bad_rows_imports_only_the_good_ones(db, setup, tmp_path, project):
    table = imp.read_table(write_csv(tmp_path / "mixed.csv", [
        ["Text", "Theme", "SDGs"], ["Good one", "Brand new theme", "11"],
        ["Bad one", "Theme of a bad row", "18"], ["Another good one", "", ""]]))
    result = imp.import_rows(db, setup.id, table, imp.guess_mapping(table.headers),
                             skip_bad_rows=True)
    assert result.status == "imported" and result.imported == 2 and result.skipped == 1
    assert [r.row_number for r in result.bad_rows] == [3]
    assert live_texts(db, setup.id) == ["Another good one", "Good one"]
    # Only the good rows' themes are created.
    assert theme_names(db, project.id) == ["Brand new theme", "Mobility"]


def test_only_bad_rows_imports_nothing_even_when_skipping(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "bad.csv", [["Text", "SDGs"], ["A", "99"]]))
    result = imp.import_rows(db, setup.id, table, {"text": "Text", "sdgs": "SDGs"},
                             skip_bad_rows=True)
    assert result.status == "nothing" and table_counts(db)["idea"] == 0


def test_header_only_file_imports_nothing(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "h.csv", [["Text", "Theme"]]))
    assert table.rows == ()
    assert imp.import_rows(db, setup.id, table, {"text": "Text"}).status == "nothing"


def test_failure_midway_leaves_the_database_unchanged(db, setup, tmp_path, monkeypatch,
                                                     project):
    table = imp.read_table(write_csv(tmp_path / "five.csv", [
        ["Text", "Theme", "SDGs"]] + [[f"Idea {n}", "New theme", "11, 13"] for n in range(5)]))
    mapping = imp.guess_mapping(table.headers)
    checked = imp.preview(db, setup.id, table, mapping)
    assert not checked.bad
    before = table_counts(db)
    real = intake.IdeaWriter.check
    calls = []

    def failing(writer, data):
        calls.append(data.text)
        if len(calls) == 3:
            raise RuntimeError("disk unplugged")
        return real(writer, data)

    monkeypatch.setattr(intake.IdeaWriter, "check", failing)
    with pytest.raises(RuntimeError):
        imp.import_rows(db, setup.id, table, mapping, checked=checked)
    assert calls == ["Idea 0", "Idea 1", "Idea 2"]  # two ideas were already in the session
    assert table_counts(db) == before
    assert theme_names(db, project.id) == ["Mobility"]


def test_a_theme_created_after_the_preview_is_joined_not_doubled(db, setup, tmp_path, project):
    # The preview was made, then someone created the theme it would create.
    table = imp.read_table(write_csv(tmp_path / "t.csv", [
        ["Text", "Theme"], ["One", "Parks"], ["Two", "parks"]]))
    mapping = imp.guess_mapping(table.headers)
    checked = imp.preview(db, setup.id, table, mapping)
    assert checked.new_themes == ("Parks",)
    parks = projects.add_theme(db, project.id, "Parks")
    result = imp.import_rows(db, setup.id, table, mapping, checked=checked)
    assert result.status == "imported" and result.themes_created == ()
    assert theme_names(db, project.id) == ["Mobility", "Parks"]
    assert {capture.get_idea(db, i).data.theme_id for i in result.idea_ids} == {parks.id}


def test_cancel_writes_nothing(db, setup, tmp_path, project):
    table = imp.read_table(write_csv(tmp_path / "c.csv", [["Text", "Theme"]]
                                     + [[f"Idea {n}", "Fresh"] for n in range(10)]))
    before = table_counts(db)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 4  # the user presses Cancel while row 4 is written

    result = imp.import_rows(db, setup.id, table, {"text": "Text", "theme": "Theme"},
                             progress=progress)
    assert result.status == "cancelled" and result.imported == 0
    assert seen == [(1, 10), (2, 10), (3, 10), (4, 10)]
    assert table_counts(db) == before
    assert theme_names(db, project.id) == ["Mobility"]


def test_progress_reaches_the_total(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "p.csv",
                                     [["Text"]] + [[f"I{n}"] for n in range(7)]))
    seen = []
    result = imp.import_rows(db, setup.id, table, {"text": "Text"},
                             progress=lambda d, t: seen.append((d, t)))  # None = go on
    assert result.imported == 7 and seen[-1] == (7, 7) and len(seen) == 7


def test_import_of_many_rows_flushes_in_batches(db, setup, tmp_path):
    n = 1203  # more than two flush batches, not a multiple of one
    table = imp.read_table(write_csv(tmp_path / "many.csv", [["Text", "SDGs"]]
                                     + [[f"Idea {i}", f"{i % 17 + 1}, 11"] for i in range(n)]))
    result = imp.import_rows(db, setup.id, table, {"text": "Text", "sdgs": "SDGs"})
    assert result.imported == n and len(set(result.idea_ids)) == n
    counts = table_counts(db)
    assert counts["idea"] == n
    assert counts["idea_sdg"] == sum(1 if i % 17 + 1 == 11 else 2 for i in range(n))
    assert capture.get_idea(db, result.idea_ids[-1]).data.sdgs == \
        tuple(sorted({(n - 1) % 17 + 1, 11}))


def test_very_long_text_limit(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "long.csv", [
        ["Text"], ["é" * 5000], ["ø" * 5001]]))
    result = imp.import_rows(db, setup.id, table, {"text": "Text"}, skip_bad_rows=True)
    assert result.imported == 1 and errors_by_row(result) == {3: ["text_too_long"]}
    assert live_texts(db, setup.id) == ["é" * 5000]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_script_round_trips(db, setup, tmp_path, kind, project):
    texts = ["Grønne tak på skolen – Ærlig og åpen", ARABIC, ETHIOPIC, CYRILLIC]
    rows = [["Tekst", "Tema"]] + [[t, "Språk æøå"] for t in texts]
    path = write_csv(tmp_path / "s.csv", rows, delimiter=";", bom=True) if kind == "csv" else \
        write_xlsx(tmp_path / "s.xlsx", rows)
    table = imp.read_table(path)
    result = imp.import_rows(db, setup.id, table, imp.guess_mapping(table.headers))
    assert result.imported == 4
    assert [capture.get_idea(db, i).data.text for i in result.idea_ids] == texts
    assert "Språk æøå" in theme_names(db, project.id)
    found = capture.idea_rowids(db, IdeaQuery(workshop_id=setup.id, text="الحافلات"))
    assert len(found) == 1


def test_xlsx_import_end_to_end(db, setup, tmp_path):
    path = write_xlsx(tmp_path / "kveld.xlsx", [
        ["Deltaker", "Tekst", "Bærekraftsmål", "Type"],
        ["W1-001", "Lys i parken", 11, "behov"],
        [None, None, None, None],
        [None, "Delingsbod for verktøy", 12.0, "idé"],
    ])
    table = imp.read_table(path)
    result = imp.import_rows(db, setup.id, table, imp.guess_mapping(table.headers))
    assert result.status == "imported"
    ideas = sorted(live_ideas(db, setup.id), key=lambda i: i.data.text)
    assert [(i.data.text, i.data.sdgs, i.data.kind) for i in ideas] == [
        ("Delingsbod for verktøy", (12,), IdeaKind.IDEA), ("Lys i parken", (11,), IdeaKind.NEED)]


def test_import_into_unknown_workshop_is_refused(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "w.csv", [["Text"], ["A"]]))
    with pytest.raises(Exception) as info:
        imp.import_rows(db, "no-such-workshop", table, {"text": "Text"})
    assert "workshop" in str(info.value)


# --------------------------------------------------------------------------- undo


def test_import_undo_and_redo_as_one_step(db, setup, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "u.csv", [["Text"], ["One"], ["Two"], ["Three"]]))
    result = imp.import_rows(db, setup.id, table, {"text": "Text"})
    before = table_counts(db)
    command = import_commands.ImportedIdeas(db, result.idea_ids)
    change = command.redo()  # the import already ran: only reports
    assert change.added == result.idea_ids and table_counts(db) == before
    assert live_texts(db, setup.id) == ["One", "Three", "Two"]
    change = command.undo()
    assert change.removed == result.idea_ids and live_texts(db, setup.id) == []
    change = command.redo()
    assert change.added == result.idea_ids
    assert live_texts(db, setup.id) == ["One", "Three", "Two"]
    assert table_counts(db) == before  # the same records came back, none added
