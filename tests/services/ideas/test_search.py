"""Finding ideas: the safe full-text expression and every filter of IdeaQuery."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from smartcity_desktop.core.enums import IdeaKind, IdeaSource, IdeaStatus
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import (
    IdeaInput,
    IdeaQuery,
    fts_expression,
    idea_rowids,
)
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.services.workshop.participants import ParticipantInput, register_participant

# --------------------------------------------------------------------------- fts_expression

SAFE = re.compile(r'^"\w+"( "\w+")*(\*)?$')  # the last word is a prefix from two letters on


def test_words_are_quoted_and_the_last_is_a_prefix():
    assert fts_expression("bike lanes") == '"bike" "lanes"*'
    assert fts_expression("  sykkel  ") == '"sykkel"*'


def test_nothing_searchable_gives_none():
    assert fts_expression("") is None
    assert fts_expression("  ") is None
    assert fts_expression('"*()-+^:') is None


@pytest.mark.parametrize("typed, expected", [
    ("bus OR bike", '"bus" "OR" "bike"*'),
    ("bus AND NOT car", '"bus" "AND" "NOT" "car"*'),
    ("NEAR(bus bike)", '"NEAR" "bus" "bike"*'),
    ('"bus stop', '"bus" "stop"*'),
    ('bus" OR "car', '"bus" "OR" "car"*'),
    ("bus*", '"bus"*'),
    ("(bus OR", '"bus" "OR"*'),
    ("text:bus", '"text" "bus"*'),
    ("-bus +car ^tram", '"bus" "car" "tram"*'),
])
def test_operators_typed_by_a_user_become_plain_words(typed, expected):
    assert fts_expression(typed) == expected


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(title, text, "
                 "tokenize='unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO f (title, text) VALUES (?, ?)", [
        ("", "bus stop"), ("", "bike lanes OR"), ("bus", "near the car park"),
        ("", "Blåbær og ærlige grønnsaker"), ("", "مواعيد الحافلات في المساء")])
    yield conn
    conn.close()


@settings(max_examples=300, deadline=None)
@example('" OR "')
@example("a\x00b")
@example("NEAR(a b, 3)")
@example("title:bus")
@given(st.text(max_size=40) | st.lists(st.sampled_from(
    ['"', "*", "(", ")", "AND", "OR", "NOT", "NEAR", ":", "^", "+", "-", "bus", "title", "é", " ",
     "\u0301", "٣", "_"]), max_size=12).map("".join))
def test_any_typed_text_gives_a_safe_expression_that_fts5_accepts(fts, typed):
    expression = fts_expression(typed)
    if expression is None:
        assert not re.search(r"\w", unicodedata.normalize("NFC", typed))
        return
    assert SAFE.match(expression), expression
    fts.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()  # no error


# --------------------------------------------------------------------------- searching the db


@pytest.fixture
def ideas(db, project, workshop):
    add = capture.add_idea
    return {
        "stop": add(db, workshop.id, IdeaInput(text="New bus stop by the school")),
        "bike": add(db, workshop.id, IdeaInput(text="Bike lanes on Main Street")),
        "both": add(db, workshop.id, IdeaInput(text="Bike racks at every bus stop")),
        "titled": add(db, workshop.id, IdeaInput(text="Trees and benches", title="Pocket park")),
    }


def found(db, **query) -> set[int]:
    return set(idea_rowids(db, IdeaQuery(**query)))


def rowids(db, *idea_ids) -> set[int]:
    return {capture.rowid_of(db, i) for i in idea_ids}


def test_every_word_must_match(db, ideas):
    assert found(db, text="bus") == rowids(db, ideas["stop"], ideas["both"])
    assert found(db, text="bike bus") == rowids(db, ideas["both"])
    assert found(db, text="bike tram") == set()


def test_only_the_last_word_is_a_prefix(db, ideas):
    assert found(db, text="bik") == rowids(db, ideas["bike"], ideas["both"])
    assert found(db, text="bik lanes") == set()
    assert found(db, text="lanes bik") == rowids(db, ideas["bike"])


def test_titles_are_searched_too(db, ideas):
    assert found(db, text="pocket") == rowids(db, ideas["titled"])


def test_user_operators_cannot_widen_or_break_a_search(db, ideas):
    # As FTS5 syntax "bike OR school" would find three ideas; typed by a person it means
    # "ideas containing the words bike, or and school", which is none.
    assert found(db, text="bike OR school") == set()
    assert found(db, text="bus NOT bike") == set()
    assert found(db, text="NEAR(bike bus)") == set()
    assert found(db, text='bike" OR "school') == set()
    assert found(db, text="title:pocket") == set()
    assert found(db, text="bike*") == rowids(db, ideas["bike"], ideas["both"])
    assert found(db, text='"bus stop"') == rowids(db, ideas["stop"], ideas["both"])
    for nasty in ('"', "*", "(", ")", "AND", "-", "^", "'; DROP TABLE idea; --", "\\", "%_"):
        idea_rowids(db, IdeaQuery(text=nasty))  # must not raise
    assert capture.count_ideas(db) == 4


def test_text_with_only_punctuation_finds_nothing(db, ideas):
    assert idea_rowids(db, IdeaQuery(text="?!")) == []


def test_decomposed_unicode_typed_by_a_user_is_found(db, workshop):
    # Text pasted from some programs arrives decomposed (NFD): "é" as "e" + combining accent.
    idea_id = capture.add_idea(db, workshop.id, IdeaInput(text="Tiếng Việt speakers need signs"))
    expected = rowids(db, idea_id)
    assert found(db, text="Tiếng") == expected
    assert found(db, text=unicodedata.normalize("NFD", "Tiếng Việt")) == expected
    assert found(db, text="tieng") == expected


def test_results_are_newest_first(db, ideas):
    assert idea_rowids(db, IdeaQuery(text="bike")) == [capture.rowid_of(db, ideas["both"]),
                                                       capture.rowid_of(db, ideas["bike"])]
    everything = idea_rowids(db, IdeaQuery())
    assert everything == [capture.rowid_of(db, ideas[k]) for k in ("titled", "both", "bike", "stop")]


def test_tombstoned_ideas_vanish_from_search_and_come_back_on_restore(db, ideas):
    capture.delete_idea(db, ideas["both"])
    assert found(db, text="bus") == rowids(db, ideas["stop"])
    assert found(db) == rowids(db, ideas["stop"], ideas["bike"], ideas["titled"])
    capture.restore_idea(db, ideas["both"])
    assert found(db, text="bus") == rowids(db, ideas["stop"], ideas["both"])


def test_edited_text_is_searched_by_its_new_words_only(db, ideas):
    capture.update_idea(db, ideas["bike"], IdeaInput(text="Tram line to the harbour"))
    assert found(db, text="tram") == rowids(db, ideas["bike"])
    assert found(db, text="lanes") == set()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO idea_fts(idea_fts) VALUES('integrity-check')")


def test_each_filter_filters(db, project, workshop):
    w2 = projects.create_workshop(db, project.id, "W2", "Second")
    other_project = projects.create_project(db, "Other")
    w9 = projects.create_workshop(db, other_project.id, "W9", "Elsewhere")
    theme = projects.add_theme(db, project.id, "Cycling")
    age = projects.list_dimensions(db, project.id)[0]
    young = register_participant(db, workshop.id, ParticipantInput(answers={"age": "16-19"}))
    old = register_participant(db, workshop.id, ParticipantInput(answers={"age": "80+"}))

    add = capture.add_idea
    plain = add(db, workshop.id, IdeaInput(text="plain"))
    themed = add(db, workshop.id, IdeaInput(text="themed", theme_id=theme.id))
    need = add(db, workshop.id, IdeaInput(text="a need", kind=IdeaKind.NEED))
    paper = add(db, workshop.id, IdeaInput(text="on paper", source=IdeaSource.PAPER))
    sdg = add(db, workshop.id, IdeaInput(text="climate", sdgs=(13, 11)))
    by_young = add(db, workshop.id, IdeaInput(text="young", author_participant_id=young.id))
    by_old = add(db, workshop.id, IdeaInput(text="old", author_participant_id=old.id))
    in_w2 = add(db, w2.id, IdeaInput(text="second workshop", sdgs=(11,)))
    elsewhere = add(db, w9.id, IdeaInput(text="other project", kind=IdeaKind.NEED))
    lifecycle.change_status(db, themed, IdeaStatus.ACCEPTED, "Good", dt.date(2026, 10, 1))

    everything = rowids(db, plain, themed, need, paper, sdg, by_young, by_old, in_w2, elsewhere)
    assert found(db) == everything
    assert found(db, theme_id=theme.id) == rowids(db, themed)
    assert found(db, kind=IdeaKind.NEED) == rowids(db, need, elsewhere)
    assert found(db, kind=IdeaKind.IDEA) == everything - rowids(db, need, elsewhere)
    assert found(db, source=IdeaSource.PAPER) == rowids(db, paper)
    assert found(db, sdg=13) == rowids(db, sdg)
    assert found(db, sdg=11) == rowids(db, sdg, in_w2)
    assert found(db, sdg=1) == set()
    assert found(db, status=IdeaStatus.ACCEPTED) == rowids(db, themed)
    assert found(db, workshop_id=w2.id) == rowids(db, in_w2)
    assert found(db, project_id=other_project.id) == rowids(db, elsewhere)
    assert found(db, project_id=project.id) == everything - rowids(db, elsewhere)
    assert found(db, category_id=age.category("16-19").id) == rowids(db, by_young)
    assert found(db, category_id=age.category("80+").id) == rowids(db, by_old)
    assert found(db, category_id=age.category("20-44").id) == set()
    # filters combine
    assert found(db, project_id=project.id, kind=IdeaKind.NEED) == rowids(db, need)
    assert found(db, sdg=11, workshop_id=workshop.id) == rowids(db, sdg)
    assert found(db, text="workshop", sdg=11) == rowids(db, in_w2)
    assert found(db, text="climate", workshop_id=w2.id) == set()

    # an SDG link that was removed no longer counts
    capture.update_idea(db, sdg, IdeaInput(text="climate", sdgs=(11,)))
    assert found(db, sdg=13) == set()


def test_fetch_idea_rows_gives_display_values(db, project, workshop):
    theme = projects.add_theme(db, project.id, "Green space")
    p = register_participant(db, workshop.id, ParticipantInput())
    a = capture.add_idea(db, workshop.id, IdeaInput(text="Park", theme_id=theme.id, sdgs=(15, 11),
                                                    author_participant_id=p.id, kind="need",
                                                    source="sticky"))
    b = capture.add_idea(db, workshop.id, IdeaInput(text="Bench", author_table_group="Table 2"))
    c = capture.add_idea(db, workshop.id, IdeaInput(text="Anonymous"))
    ra, rb, rc = (capture.rowid_of(db, i) for i in (a, b, c))
    got = capture.fetch_idea_rows(db, [ra, rb, rc])
    assert (got[ra].theme, got[ra].sdgs, got[ra].author, got[ra].kind, got[ra].source) == (
        "Green space", (11, 15), "W1-001", "need", "sticky")
    assert (got[rb].theme, got[rb].sdgs, got[rb].author) == ("", (), "Table 2")
    assert got[rc].author == ""
    assert got[ra].created_at.tzinfo is not None
    assert got[ra].created_at <= got[rc].created_at
    assert capture.fetch_idea_rows(db, []) == {}


def test_the_last_word_is_a_prefix_only_from_two_letters_on():
    assert fts_expression("bike s") == '"bike" "s"'
    assert fts_expression("bike st") == '"bike" "st"*'
