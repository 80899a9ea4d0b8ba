"""``smartcity keys|export-package|verify-package|import-package`` through typer's CliRunner:
two facilitator installations and one office, each with its own data folder (keys, device id)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import smartcity_desktop.cli.commands_sync  # noqa: F401  (registers the commands on app)
from smartcity_desktop.cli import app
from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.sync import keys as sync_keys
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ContactInput, ParticipantInput
from smartcity_desktop.storage import locations
from smartcity_desktop.storage.database import Database

runner = CliRunner()
ARABIC = "مواعيد الحافلات في المساء"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(sync_keys, "DEFAULT_LIMITS", sync_keys.MIN)
    monkeypatch.delenv("SMARTCITY_PASSPHRASE", raising=False)


class Installation:
    """One computer: its own data folder (device id, keys) and database."""

    def __init__(self, root: Path, name: str, monkeypatch) -> None:
        self.data = root / name
        self.data.mkdir()
        self.db = root / f"{name}.sqlite"
        self._mp = monkeypatch

    def __call__(self, *args: str, input: str | None = None, passphrase: str | None = None):
        self._mp.setenv("SMARTCITY_DATA_DIR", str(self.data))
        if passphrase is None:
            self._mp.delenv("SMARTCITY_PASSPHRASE", raising=False)
        else:
            self._mp.setenv("SMARTCITY_PASSPHRASE", passphrase)
        return runner.invoke(app, ["--db", str(self.db), *args], input=input)

    def open(self) -> Database:
        self._mp.setenv("SMARTCITY_DATA_DIR", str(self.data))
        return Database.open(self.db, locations.device_id())


def fill(inst: Installation, code: str = "W1") -> dict:
    db = inst.open()
    project = projects.create_project(db, "Byutvikling", language="nb")
    workshop = projects.create_workshop(db, project.id, code, "Kveldsmøte")
    dim = projects.list_dimensions(db, project.id)
    answers = {dim[0].key: dim[0].categories[0].key} if dim else {}
    person = participants.register_participant(db, workshop.id, ParticipantInput(
        answers=answers, consent_processing=True, consent_contact=True,
        contact=ContactInput("Åse", "ase@example.no")))
    ideas = [capture.add_idea(db, workshop.id, IdeaInput(text=t, author_participant_id=person.id))
             for t in (ARABIC, "Flere sykkelstier", "Benker ved bussen")]
    db.close()
    return {"ideas": ideas, "workshop": workshop.id}


@pytest.fixture
def sites(tmp_path, monkeypatch):
    office = Installation(tmp_path, "office", monkeypatch)
    anna = Installation(tmp_path, "anna", monkeypatch)
    result = office("keys", "init", "--office", "--label", "Bykontoret",
                    "--public-out", str(tmp_path / "office.json"), passphrase="kontor-passord")
    assert result.exit_code == 0, result.output
    (tmp_path / "anna-pass.txt").write_text("annas hemmelige frase\n", encoding="utf-8")
    result = anna("keys", "init", "--passphrase-file", str(tmp_path / "anna-pass.txt"))
    assert result.exit_code == 0, result.output
    return office, anna, tmp_path


def test_keys_init_show_and_the_office_key_file(sites):
    office, anna, tmp = sites
    shown = office("keys", "show")
    assert shown.exit_code == 0, shown.output
    key = sync_keys.read_office_public_key(tmp / "office.json")
    assert key.fingerprint in shown.output and "Bykontoret" in shown.output
    assert "smartcity-office:v1?" in shown.output
    # the prompt path: passphrase typed twice, hidden
    third = Installation(tmp, "third", office._mp)
    made = third("keys", "init", input="et langt passord\net langt passord\n")
    assert made.exit_code == 0, made.output
    assert "et langt passord" not in made.output
    assert third("keys", "init", passphrase="et langt passord").exit_code == 2
    weak = Installation(tmp, "weak", office._mp)
    refused = weak("keys", "init", passphrase="kort")
    assert refused.exit_code == 2 and "at least 8 characters" in refused.output


def test_facilitator_to_office_and_back(sites):
    office, anna, tmp = sites
    facts = fill(anna)
    assert anna("keys", "trust", "--office", str(tmp / "office.json")).exit_code == 0
    shown = anna("keys", "show", "--export", str(tmp / "anna.json"), "--label", "Anna")
    assert shown.exit_code == 0 and "Packages are encrypted to: Bykontoret" in shown.output
    pass_file = str(tmp / "anna-pass.txt")

    wrong = anna("export-package", "--out", str(tmp / "x.scpkg"), passphrase="feil passord!")
    assert wrong.exit_code == 2 and "Wrong passphrase" in wrong.output
    assert not (tmp / "x.scpkg").exists()

    made = anna("export-package", "--out", str(tmp / "a1.scpkg"), "--contacts",
                "--passphrase-file", pass_file)
    assert made.exit_code == 0, made.output
    assert "Encrypted to the office key" in made.output and "contact details" in made.output
    assert "participant_answer" in made.output

    # the office does not know Anna's key yet: asked, says no -> rejected, nothing imported
    refused = office("import-package", str(tmp / "a1.scpkg"), input="n\n",
                     passphrase="kontor-passord")
    assert refused.exit_code == 1, refused.output
    anna_fp = sync_keys.read_device_public_key(tmp / "anna.json")[0].fingerprint
    assert anna_fp in refused.output and "rejected (untrusted_key)" in refused.output
    verify = office("verify-package", str(tmp / "a1.scpkg"), passphrase="kontor-passord")
    assert verify.exit_code == 1 and "NOT trusted" in verify.output and anna_fp in verify.output

    trusted = office("keys", "trust", str(tmp / "anna.json"))
    assert trusted.exit_code == 0 and anna_fp in trusted.output
    verify = office("verify-package", str(tmp / "a1.scpkg"), passphrase="kontor-passord")
    assert verify.exit_code == 0, verify.output
    assert "encrypted to this office" in verify.output and "idea" in verify.output

    imported = office("import-package", str(tmp / "a1.scpkg"), passphrase="kontor-passord")
    assert imported.exit_code == 0, imported.output
    assert "1 of 1 packages imported" in imported.output
    assert "idea" in imported.output and "+3" in imported.output
    again = office("import-package", "--json", str(tmp / "a1.scpkg"),
                   passphrase="kontor-passord")
    report = json.loads(again.stdout)
    assert report[0]["ok"] and report[0]["already_imported"]
    db = office.open()
    assert {capture.get_idea(db, i).data.text for i in facts["ideas"]} >= {ARABIC}
    # the office decides; the decision goes back in a return package
    lifecycle.change_status(db, facts["ideas"][1], IdeaStatus.ACCEPTED, "I budsjettet",
                            dt.date(2024, 9, 1))
    db.close()
    ret = office("export-package", "--kind", "return", "--out", str(tmp / "ret.scpkg"),
                 passphrase="kontor-passord")
    assert ret.exit_code == 0, ret.output
    assert "a return package" in ret.output and "contact_detail" not in ret.output
    back = anna("import-package", str(tmp / "ret.scpkg"))
    assert back.exit_code == 0, back.output  # the office key was trusted with keys trust --office
    db = anna.open()
    assert capture.get_idea(db, facts["ideas"][1]).status == IdeaStatus.ACCEPTED
    db.close()

    # an incremental package since the last one holds only what changed
    db = anna.open()
    capture.add_idea(db, facts["workshop"], IdeaInput(text="Grønne tak"))
    db.close()
    inc = anna("export-package", "--kind", "incremental", "--out", str(tmp / "a2.scpkg"),
               passphrase="annas hemmelige frase")
    assert inc.exit_code == 0, inc.output
    assert "(incremental)" in inc.output
    imported = office("import-package", "--json", str(tmp / "a2.scpkg"),
                      passphrase="kontor-passord")
    assert json.loads(imported.stdout)[0]["tables"]["idea"]["added"] == 1


def test_trust_new_bad_files_since_and_revoke(sites):
    office, anna, tmp = sites
    fill(anna, "W2")
    plain = anna("export-package", "--no-encrypt", "--since", "2000-01-01", "--out",
                 str(tmp / "plain.scpkg"), passphrase="annas hemmelige frase")
    assert plain.exit_code == 0, plain.output
    assert "(incremental)" in plain.output and "demographic answers left out" in plain.output
    bad_since = anna("export-package", "--since", "last tuesday", "--out", str(tmp / "y.scpkg"),
                     passphrase="annas hemmelige frase")
    assert bad_since.exit_code == 2 and "neither a date" in bad_since.output
    truncated = tmp / "truncated.scpkg"
    truncated.write_bytes((tmp / "plain.scpkg").read_bytes()[:300])
    result = office("import-package", "--trust-new", str(truncated), str(tmp / "plain.scpkg"))
    assert result.exit_code == 1
    assert "truncated.scpkg: rejected (bad_zip)" in result.output
    assert "plain.scpkg: " in result.output and "1 of 2 packages imported, 1 rejected" in \
        result.output
    assert "Trusting the new key" in result.output
    shown = office("keys", "show")
    assert "Trusted keys: 1" in shown.output
    fp = shown.output.split("Trusted keys: 1")[1].split()[:8]
    revoked = office("keys", "trust", "--revoke", "".join(fp))
    assert revoked.exit_code == 0, revoked.output
    verify = office("verify-package", str(tmp / "plain.scpkg"))
    assert verify.exit_code == 1 and "REJECTED (revoked_key)" in verify.output
    missing = office("verify-package", str(tmp / "nope.scpkg"))
    assert missing.exit_code == 1 and "does not exist" in missing.output
