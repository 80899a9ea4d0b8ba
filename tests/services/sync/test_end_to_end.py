"""The whole round through the CLI: the office sets up a project and sends it out, two
facilitators run their workshops offline and both rename the same theme, the office imports both
packages, the conflict is queued and settled, the office decides on an idea, and the return
package shows that decision to the next workshop ("what happened to earlier input")."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.services.ideas import capture, clustering, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.reports import office as office_dashboard
from smartcity_desktop.services.sync import conflicts as sync_conflicts
from smartcity_desktop.services.sync import keys as sync_keys
from smartcity_desktop.services.workshop import projects
from smartcity_desktop.storage.models import Theme
from tests.cli.test_sync import Installation

OFFICE_PASS = "kontorets passordfrase"
ANNA_PASS = "annas passordfrase"
BO_PASS = "bos passordfrase"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(sync_keys, "DEFAULT_LIMITS", sync_keys.MIN)


def _ok(result):
    assert result.exit_code == 0, result.output
    return result


def _theme_name(db, theme_id: str) -> str:
    with db.session() as s:
        return s.get(Theme, theme_id).name


def test_two_facilitators_one_office_conflict_and_return(tmp_path, monkeypatch):
    office = Installation(tmp_path, "office", monkeypatch)
    anna = Installation(tmp_path, "anna", monkeypatch)
    bo = Installation(tmp_path, "bo", monkeypatch)
    _ok(office("keys", "init", "--office", "--label", "Bykontoret",
               "--public-out", str(tmp_path / "office.json"), passphrase=OFFICE_PASS))
    for person, secret in ((anna, ANNA_PASS), (bo, BO_PASS)):
        _ok(person("keys", "init", passphrase=secret))
        _ok(person("keys", "show", "--export", str(tmp_path / f"{person.data.name}.json")))
        _ok(person("keys", "trust", "--office", str(tmp_path / "office.json")))
        _ok(office("keys", "trust", str(tmp_path / f"{person.data.name}.json")))

    # The office prepares the project: a theme and two workshops, one month apart.
    db = office.open()
    project = projects.create_project(db, "Grønnere Tøyen", language="nb")
    theme = clustering.create_theme(db, project.id, "Mobilitet")
    w1 = projects.create_workshop(db, project.id, "W1", "Biblioteket", date=dt.date(2026, 9, 1))
    w2 = projects.create_workshop(db, project.id, "W2", "Skolen", date=dt.date(2026, 10, 1))
    db.close()
    _ok(office("export-package", "--kind", "return", "--out", str(tmp_path / "setup.scpkg"),
               passphrase=OFFICE_PASS))
    for person in (anna, bo):
        _ok(person("import-package", str(tmp_path / "setup.scpkg")))

    # Offline: Anna runs W1, Bo writes down a late idea for W1's theme in W2 — and both rename
    # the shared theme, each in their own way.
    db = anna.open()
    anna_idea = capture.add_idea(db, w1.id, IdeaInput(text="Flere sykkelstier langs Akerselva",
                                                      theme_id=theme.id))
    clustering.rename_theme(db, theme.id, "Sykkel og gange")
    db.close()
    db = bo.open()
    bo_idea = capture.add_idea(db, w2.id, IdeaInput(text="مواعيد الحافلات في المساء",
                                                    theme_id=theme.id))
    clustering.rename_theme(db, theme.id, "Kollektivtransport")
    db.close()
    _ok(anna("export-package", "--out", str(tmp_path / "anna.scpkg"), passphrase=ANNA_PASS))
    _ok(bo("export-package", "--out", str(tmp_path / "bo.scpkg"), passphrase=BO_PASS))

    # The office imports both (encrypted to it by default): one conflict, on the theme.
    imported = _ok(office("import-package", "--json", str(tmp_path / "anna.scpkg"),
                          str(tmp_path / "bo.scpkg"), passphrase=OFFICE_PASS))
    reports = json.loads(imported.stdout)
    assert [r["ok"] for r in reports] == [True, True]
    assert sum(r["conflicts"] for r in reports) == 1
    db = office.open()
    conflicts = sync_conflicts.list_conflicts(db)
    assert [(c.table_name, c.record_id) for c in conflicts] == [("theme", theme.id)]
    names = {conflicts[0].local["name"], conflicts[0].incoming["name"]}
    assert names == {"Sykkel og gange", "Kollektivtransport"}
    # Both ideas arrived whatever the theme is called.
    assert capture.get_idea(db, anna_idea).data.text == "Flere sykkelstier langs Akerselva"
    assert capture.get_idea(db, bo_idea).data.text == "مواعيد الحافلات في المساء"

    # Settled by combining, then a decision on Anna's idea.
    sync_conflicts.resolve_conflict(db, conflicts[0].id, "combined",
                                    {"name": "Mobilitet: sykkel, gange og buss"})
    assert sync_conflicts.open_conflict_count(db) == 0
    lifecycle.change_status(db, anna_idea, IdeaStatus.ACCEPTED, "Med i sykkelplanen 2027",
                            dt.date(2026, 11, 20))
    db.close()

    # The return package carries the decision and the settled theme back to both laptops.
    _ok(office("export-package", "--kind", "return", "--out", str(tmp_path / "back.scpkg"),
               passphrase=OFFICE_PASS))
    for person in (anna, bo):
        _ok(person("import-package", str(tmp_path / "back.scpkg")))
        db = person.open()
        assert _theme_name(db, theme.id) == "Mobilitet: sykkel, gange og buss"
        assert capture.get_idea(db, anna_idea).status == IdeaStatus.ACCEPTED
        assert sync_conflicts.open_conflict_count(db) == 0  # a settled conflict is not queued again
        db.close()

    # Bo's next workshop (W2) shows what happened to the input of W1.
    db = bo.open()
    earlier = office_dashboard.earlier_input(db, project.id, w2.id)
    shown = {(i.text, i.status, i.reason) for i in earlier.ideas}
    assert ("Flere sykkelstier langs Akerselva", IdeaStatus.ACCEPTED,
            "Med i sykkelplanen 2027") in shown
    assert all(i.text != "مواعيد الحافلات في المساء" for i in earlier.ideas)  # W2's own idea
    db.close()

    # Importing everything again anywhere changes nothing.
    again = _ok(office("import-package", "--json", str(tmp_path / "anna.scpkg"),
                       str(tmp_path / "bo.scpkg"), passphrase=OFFICE_PASS))
    assert all(r["already_imported"] for r in json.loads(again.stdout))
