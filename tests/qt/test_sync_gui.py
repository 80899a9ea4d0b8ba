"""Sync in the GUI: keys, export and import of packages (trust prompt, bad packages, per-package
report), the Conflicts view (keep / take / combine, undo), the office dashboard (small groups
hidden) and "what happened to earlier input" (no personal data)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from smartcity_desktop.core.enums import IdeaStatus
from smartcity_desktop.services.ideas import capture, lifecycle
from smartcity_desktop.services.ideas.capture import IdeaInput
from smartcity_desktop.services.prioritise import rounds as prioritise_rounds
from smartcity_desktop.services.prioritise import votes as prioritise_votes
from smartcity_desktop.services.reports import office as office_dashboard
from smartcity_desktop.services.sync import collect as sync_collect
from smartcity_desktop.services.sync import conflicts as sync_conflicts
from smartcity_desktop.services.sync import keys as sync_keys
from smartcity_desktop.services.sync import merge as sync_merge
from smartcity_desktop.services.sync import package_import as sync_package_import
from smartcity_desktop.services.sync import package_read as sync_package_read
from smartcity_desktop.services.sync import trust as sync_trust
from smartcity_desktop.services.workshop import participants, projects
from smartcity_desktop.services.workshop.participants import ParticipantInput
from smartcity_desktop.storage.database import Database

ARABIC = "مواعيد الحافلات في المساء"
ETHIOPIC = "የአውቶቡስ መርሐ ግብር"
LAPTOP_PASS = "laptop passphrase æøå"
OFFICE_PASS = "office passphrase 2030"


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch):
    """Argon2id at its minimum cost: the tests make many keys."""
    monkeypatch.setattr(sync_keys, "DEFAULT_LIMITS", sync_keys.MIN)


@pytest.fixture
def bus(qapp):
    from smartcity_desktop.qt.undo import ChangeBus

    return ChangeBus()


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def _open(tmp_path, name: str, device: str) -> Database:
    return Database.open(tmp_path / f"{name}.sqlite", device_id=device)


def _transfer(src: Database, dst: Database, since: str | None = None):
    changes = sync_collect.collect_changes(src, since_hlc=since)
    report = sync_merge.apply_changes(
        dst, package_id=str(uuid.uuid4()), device_id=src.device_id,
        kind="full" if since is None else "incremental", created_at=dt.datetime.now(dt.UTC),
        hlc_from=changes.hlc_from, hlc_to=changes.hlc_to, tables=changes.tables)
    return report, changes.hlc_to


@pytest.fixture
def conflict(tmp_path):
    """Laptop A sends an idea to the office; both change it; A's change arrives: a conflict in
    the office database (the incoming version is the later one)."""
    a = _open(tmp_path, "a", "laptop-a")
    office = _open(tmp_path, "o", "office")
    project = projects.create_project(a, "Green mobility")
    workshop = projects.create_workshop(a, project.id, "W1", "Kick-off")
    idea = capture.add_idea(a, workshop.id, IdeaInput(text="More benches along the river",
                                                      title="Benches"))
    _, mark = _transfer(a, office)
    capture.update_idea(office, idea, IdeaInput(text="Benches with backs along the river",
                                                title="Benches with backs"))
    capture.update_idea(a, idea, IdeaInput(text=f"More benches, æøå {ARABIC}",
                                           title="Benches"))
    report, _ = _transfer(a, office, mark)
    assert report.conflicts == 1
    yield office, idea
    a.close()
    office.close()


def _idea(db: Database, idea_id: str) -> dict:
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT title, text FROM idea WHERE id = ?",
                                   (idea_id,)).one()
    return {"title": row[0], "text": row[1]}


def _answer_modal(qtbot, act, timeout=10000):
    """Wait for a modal dialog/message box and run ``act(dialog)`` on it (from the event loop,
    while the code that opened it is blocked in exec())."""
    seen = {}

    def poll():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, poll)
            return
        seen["box"] = box
        act(box)

    QTimer.singleShot(20, poll)
    return seen


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


# --------------------------------------------------------------------------- conflicts
def test_conflict_side_by_side_combine_and_undo(qtbot, conflict, stack, bus):
    from smartcity_desktop.qt.views.conflicts import ConflictsView

    office, idea = conflict
    view = ConflictsView(office, stack, bus)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    assert view.conflict_count() == 1 and "1 open" in view.count_label.text()
    rows = view.shown_rows()
    # The fields that differ come first, marked, with both versions side by side.
    assert rows[0] == ("≠ Title", "Benches with backs", "Benches")
    assert rows[1] == ("≠ Text", "Benches with backs along the river",
                       f"More benches, æøå {ARABIC}")
    assert not any(r[0].startswith("≠") for r in rows[2:])
    # Preselected: what is in the database now (A's later change) → nothing to combine yet.
    assert not view.combine_button.isEnabled()
    # Keep this device's title, the incoming text: click the title cell on the left.
    rect = view.fields.visualItemRect(view.fields.item(0, 1))
    qtbot.mouseClick(view.fields.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.fields.item(0, 1).checkState() == Qt.CheckState.Checked
    assert view.fields.item(0, 2).checkState() == Qt.CheckState.Unchecked
    assert view.combine_button.isEnabled()
    changed = []
    bus.ideas_changed.connect(changed.append)
    qtbot.mouseClick(view.combine_button, Qt.MouseButton.LeftButton)

    assert _idea(office, idea) == {"title": "Benches with backs",
                                   "text": f"More benches, æøå {ARABIC}"}
    assert sync_conflicts.open_conflict_count(office) == 0
    (done,) = sync_conflicts.list_conflicts(office, open_only=False)
    assert done.resolution == "combined"
    assert changed and idea in changed[-1].updated
    assert view.pages.currentWidget() is view.none_label  # nothing left to review
    # Undo: the record as it was and the conflict open again; redo settles it again.
    stack.undo()
    assert _idea(office, idea) == {"title": "Benches", "text": f"More benches, æøå {ARABIC}"}
    assert sync_conflicts.open_conflict_count(office) == 1
    assert view.conflict_count() == 1
    stack.redo()
    assert _idea(office, idea)["title"] == "Benches with backs"
    assert sync_conflicts.open_conflict_count(office) == 0


def test_keep_this_devices_version_from_the_keyboard(qtbot, conflict, stack, bus):
    from smartcity_desktop.qt.views.conflicts import ConflictsView

    office, idea = conflict
    view = ConflictsView(office, stack, bus)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.list.setFocus()
    for _ in range(12):  # Tab along to the button, then Space
        if view.keep_button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
    assert view.keep_button.hasFocus()
    qtbot.keyClick(view.keep_button, Qt.Key.Key_Space)
    assert _idea(office, idea) == {"title": "Benches with backs",
                                   "text": "Benches with backs along the river"}
    assert sync_conflicts.list_conflicts(office, open_only=False)[0].resolution == "local"
    # The resolved conflict stays visible on request, without the buttons.
    view.resolved_check.click()
    assert view.conflict_count() == 1
    assert not view.keep_button.isEnabled() and not view.take_button.isEnabled()
    assert "kept this device's version" in view.explain.text()


def test_undo_is_refused_when_the_record_changed_again(qtbot, conflict, stack, bus):
    from smartcity_desktop.qt.views.conflicts import ConflictsView

    office, idea = conflict
    view = ConflictsView(office, stack, bus)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.take_button, Qt.MouseButton.LeftButton)
    assert sync_conflicts.list_conflicts(office, open_only=False)[0].resolution == "incoming"
    capture.update_idea(office, idea, IdeaInput(text="Edited after the resolution"))
    stack.undo()
    assert _idea(office, idea)["text"] == "Edited after the resolution"  # not overwritten
    assert view.error_label.isVisible() and "changed again" in view.error_label.text()
    assert sync_conflicts.open_conflict_count(office) == 0


# --------------------------------------------------------------------------- keys
def test_keys_dialog_creates_the_signing_key_with_a_confirmed_passphrase(qtbot, db,
                                                                        monkeypatch, tmp_path):
    from smartcity_desktop.qt.sync.keys_dialog import KeysDialog
    from smartcity_desktop.qt.sync.passphrase import PassphraseDialog

    dialog = KeysDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.createDeviceButton.isEnabled() and not dialog.saveDeviceButton.isEnabled()
    checks = {}

    def fill(box):
        assert isinstance(box, PassphraseDialog)
        qtbot.keyClicks(box.passEdit, "short")
        checks["short"] = (box.okButton.isEnabled(), box.problemLabel.text())
        box.passEdit.setText(LAPTOP_PASS)  # æøå typed through the widget API
        qtbot.keyClicks(box.confirmEdit, "something else")
        checks["differ"] = (box.okButton.isEnabled(), box.problemLabel.text())
        box.confirmEdit.setText(LAPTOP_PASS)
        checks["ok"] = box.okButton.isEnabled()
        qtbot.mouseClick(box.okButton, Qt.MouseButton.LeftButton)

    _answer_modal(qtbot, fill)
    qtbot.mouseClick(dialog.createDeviceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert checks["short"][0] is False and "at least 8" in checks["short"][1]
    assert checks["differ"][0] is False and "not the same" in checks["differ"][1]
    assert checks["ok"] is True
    identity = sync_keys.device_identity()
    assert dialog.deviceFingerprint.text().split() == identity.fingerprint.split()
    assert "\n" in dialog.deviceFingerprint.text()  # two lines of four groups
    assert identity.fingerprint in dialog.successLabel.text()
    assert sync_keys.load_device_key(LAPTOP_PASS).device_id == identity.device_id
    with pytest.raises(sync_keys.WrongPassphraseError):
        sync_keys.load_device_key("wrong passphrase")
    assert not dialog.createDeviceButton.isEnabled()
    # The public key file for the office.
    target = tmp_path / "my-key"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.saveDeviceButton, Qt.MouseButton.LeftButton)
    read, _label = sync_keys.read_device_public_key(target.with_suffix(".json"))
    assert read == identity


def test_office_key_qr_code_public_file_trust_and_revoke(qtbot, db, monkeypatch, tmp_path):
    from smartcity_desktop.qt.sync.keys_dialog import KeysDialog

    sync_keys.init_office_key(OFFICE_PASS, label="Bydel office")
    dialog = KeysDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    office = sync_keys.office_public_key()
    assert dialog.officeFingerprint.text().split() == office.fingerprint.split()
    # The QR code carries the public key payload; its matrix is a real QR symbol.
    assert dialog.qr.payload() == sync_keys.office_qr_payload(office)
    assert sync_keys.parse_office_qr_payload(dialog.qr.payload()) == office
    modules = dialog.qr.modules()
    size = len(modules)
    assert size >= 21 and (size - 17) % 4 == 0 and all(len(r) == size for r in modules)
    finder = [modules[r][:7] for r in range(7)]
    assert all(finder[0]) and all(finder[6]) and finder[3][3] and not finder[1][1]
    image = dialog.qr.grab().toImage()
    assert image.width() >= 180
    target = tmp_path / "office"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.saveOfficeButton, Qt.MouseButton.LeftButton)
    assert sync_keys.read_office_public_key(target.with_suffix(".json")) == office

    # A facilitator's key file: trusted after comparing the fingerprint, then revoked.
    dialog.tabs.setCurrentIndex(2)
    laptop = sync_keys.DeviceIdentity("laptop-kari", bytes(range(32)))
    key_file = tmp_path / "kari.json"
    key_file.write_text(json.dumps(laptop.to_json("Kari's laptop")), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(key_file), "")))
    shown = _answer_modal(qtbot, lambda box: _button(box, "Trust this key").click())
    qtbot.mouseClick(dialog.trustFileButton, Qt.MouseButton.LeftButton)
    assert laptop.fingerprint.split()[0] in shown["box"].informativeText()
    (row,) = sync_trust.list_trusted(db)
    assert (row.fingerprint, row.device_id, row.label) == (laptop.fingerprint, "laptop-kari",
                                                           "Kari's laptop")
    assert dialog.trustedTable.item(0, 2).text() == laptop.fingerprint
    dialog.trustedTable.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.revokeButton, Qt.MouseButton.LeftButton)
    assert sync_trust.list_trusted(db) == []
    assert dialog.trustedTable.item(0, 4).text() == "Revoked"


def test_a_damaged_key_file_is_explained_and_nothing_trusted(qtbot, db, monkeypatch, tmp_path):
    from smartcity_desktop.qt.sync.keys_dialog import KeysDialog

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    dialog = KeysDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.trustFileButton, Qt.MouseButton.LeftButton)
    assert dialog.errorLabel.isVisible() and \
        dialog.errorLabel.text() == "This file is not a key file of that kind."
    assert sync_trust.list_trusted(db, include_revoked=True) == []


# --------------------------------------------------------------------------- export / import
@pytest.fixture
def two_sites(tmp_path, monkeypatch):
    """An office (own data folder, office key) and laptop A (own data folder, signing key,
    the office's public key loaded). ``use("office"|"laptop")`` switches the data folder."""
    folders = {"office": tmp_path / "office-data", "laptop": tmp_path / "laptop-data"}

    def use(site):
        monkeypatch.setenv("SMARTCITY_DATA_DIR", str(folders[site]))

    use("office")
    office_db = _open(tmp_path, "office", "office-device")
    sync_keys.init_device_key(OFFICE_PASS, device_id=office_db.device_id)
    sync_keys.init_office_key(OFFICE_PASS, label="Bydel office")
    key_file = sync_keys.write_office_public_key(tmp_path / "office-key.json")
    use("laptop")
    laptop_db = _open(tmp_path, "laptop", "laptop-a")
    sync_keys.init_device_key(LAPTOP_PASS, device_id=laptop_db.device_id)
    sync_keys.set_known_office(sync_keys.read_office_public_key(key_file))
    project = projects.create_project(laptop_db, "Green mobility")
    workshop = projects.create_workshop(laptop_db, project.id, "W1", "Kick-off")
    ideas = [capture.add_idea(laptop_db, workshop.id, IdeaInput(text=t))
             for t in ("More benches, æøå", ARABIC, ETHIOPIC, "Night buses " + "x" * 1500)]
    participants.register_participant(laptop_db, workshop.id, ParticipantInput(
        answers={"gender": "woman"}, consent_processing=True, consent_contact=True,
        contact=participants.ContactInput(name="Kari", email="kari@example.org")))
    yield use, laptop_db, office_db, ideas
    laptop_db.close()
    office_db.close()


def _export(qtbot, monkeypatch, db, target, contacts=False):
    from smartcity_desktop.qt.sync.export_package import ExportPackageDialog

    dialog = ExportPackageDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert not dialog.exportButton.isEnabled()  # passphrase and file missing
    qtbot.mouseClick(dialog.chooseButton, Qt.MouseButton.LeftButton)
    dialog.passEdit.setText(LAPTOP_PASS)
    if contacts:
        dialog.contactsCheck.click()
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    return dialog


def _import(qtbot, monkeypatch, db, paths, passphrase=OFFICE_PASS, trust=None):
    from smartcity_desktop.qt.sync.import_packages import ImportPackagesDialog

    bus_events = []
    from smartcity_desktop.qt.undo import ChangeBus

    bus = ChangeBus()
    bus.structure_changed.connect(lambda: bus_events.append("structure"))
    stack = QUndoStack()
    dialog = ImportPackagesDialog(db, bus=bus, undo_stack=stack)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))
    qtbot.mouseClick(dialog.addButton, Qt.MouseButton.LeftButton)
    assert dialog.fileList.count() == len(set(map(str, paths)))
    dialog.passEdit.setText(passphrase)
    prompts = []
    if trust is not None:
        def answer(box):
            prompts.append(box.informativeText())
            _button(box, "Trust and import" if trust else "Refuse the package").click()
        _answer_modal(qtbot, answer)
    qtbot.mouseClick(dialog.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    return dialog, prompts, bus_events


def _report_rows(dialog):
    table = dialog.reportTable
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _idea_texts(db):
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT text FROM idea WHERE deleted = 0")}


def test_export_encrypted_then_import_at_the_office_with_the_trust_prompt(
        qtbot, monkeypatch, tmp_path, two_sites):
    use, laptop_db, office_db, ideas = two_sites
    use("laptop")
    target = tmp_path / "out" / "from-laptop"
    target.parent.mkdir()
    dialog = _export(qtbot, monkeypatch, laptop_db, target)
    written = target.with_suffix(".scpkg")
    assert dialog.kind() == "full" and dialog.encryptCheck.isChecked()
    assert not dialog.contactsCheck.isChecked()  # off by default
    assert "✔" in dialog.successLabel.text() and str(written) in dialog.successLabel.text()
    assert dialog.result.encrypted and not dialog.result.includes_contacts
    assert sync_package_read.peek_package(written)["encrypted"] is True
    assert dialog.passEdit.text() == ""  # the passphrase is not kept

    use("office")
    before = _idea_texts(office_db)
    imp, prompts, events = _import(qtbot, monkeypatch, office_db, [written], trust=True)
    # The trust question showed the laptop's device id and its fingerprint.
    laptop_fp = imp.reports[0].signer
    assert prompts and "laptop-a" in prompts[0] and laptop_fp.split()[0] in prompts[0]
    (row,) = _report_rows(imp)
    assert row[0] == "from-laptop.scpkg" and row[1] == "Imported"
    assert int(row[2]) == imp.reports[0].added > 0 and row[5] == "0"
    assert _idea_texts(office_db) - before == {"More benches, æøå", ARABIC, ETHIOPIC,
                                                "Night buses " + "x" * 1500}
    assert [k.device_id for k in sync_trust.list_trusted(office_db)] == ["laptop-a"]
    assert "structure" in events  # the views reload
    assert "1 package(s) imported" in imp.summaryLabel.text()
    # Demographics travel encrypted; contact details did not (not ticked).
    with office_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM participant_answer").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_detail").scalar() == 0

    # The same package again: no prompt (the key is trusted now), nothing changes.
    again, prompts, _ = _import(qtbot, monkeypatch, office_db, [written])
    assert prompts == []
    assert _report_rows(again)[0][1] == "Already imported"
    assert "imported before" in _report_rows(again)[0][6]


def test_refusing_the_key_and_bad_packages_change_nothing(qtbot, monkeypatch, tmp_path,
                                                         two_sites):
    use, laptop_db, office_db, _ideas = two_sites
    use("laptop")
    good = tmp_path / "good.scpkg"
    _export(qtbot, monkeypatch, laptop_db, good)
    garbage = tmp_path / "garbage.scpkg"
    garbage.write_bytes(b"PK\x03\x04 this is not a zip file")
    flipped = tmp_path / "flipped.scpkg"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    use("office")
    state = (office_db.path.read_bytes(), _idea_texts(office_db))
    imp, prompts, events = _import(qtbot, monkeypatch, office_db, [garbage, flipped, good],
                                   trust=False)
    rows = _report_rows(imp)
    assert [r[1] for r in rows] == ["Rejected", "Rejected", "Rejected"]
    assert all(r[6] for r in rows)  # each says why
    assert len({r[6] for r in rows}) == 3  # … in its own words
    assert "trust" in rows[2][6].lower()
    assert len(prompts) == 1
    assert _idea_texts(office_db) == state[1]
    assert sync_trust.list_trusted(office_db) == []
    assert events == []
    assert "3 rejected" in imp.summaryLabel.text()


def test_a_wrong_office_passphrase_imports_nothing(qtbot, monkeypatch, tmp_path, two_sites):
    use, laptop_db, office_db, _ideas = two_sites
    use("laptop")
    good = tmp_path / "good.scpkg"
    _export(qtbot, monkeypatch, laptop_db, good)
    use("office")
    before = _idea_texts(office_db)
    imp, _prompts, _events = _import(qtbot, monkeypatch, office_db, [good],
                                     passphrase="not the passphrase")
    assert imp.errorLabel.isVisible() and "Wrong passphrase" in imp.errorLabel.text()
    assert _idea_texts(office_db) == before


def test_contact_details_only_when_ticked_with_a_warning(qtbot, monkeypatch, tmp_path,
                                                         two_sites):
    use, laptop_db, office_db, _ideas = two_sites
    use("laptop")
    target = tmp_path / "with-contacts.scpkg"
    from smartcity_desktop.qt.sync.export_package import ExportPackageDialog

    probe = ExportPackageDialog(laptop_db)
    qtbot.addWidget(probe)
    probe.show()
    assert not probe.contactsWarning.isVisible()
    probe.contactsCheck.click()
    assert probe.contactsWarning.isVisible() and "personal data" in \
        probe.contactsWarning.text()
    probe.kindButtons["return"].click()  # never in return packages
    assert not probe.contactsCheck.isChecked() and not probe.contactsCheck.isEnabled()
    assert not probe.encryptCheck.isEnabled()

    dialog = _export(qtbot, monkeypatch, laptop_db, target, contacts=True)
    assert dialog.result.includes_contacts and "contact details" in \
        dialog.successLabel.text()
    use("office")
    _import(qtbot, monkeypatch, office_db, [target], trust=True)
    with office_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT email FROM contact_detail").scalar() == \
            "kari@example.org"


def test_the_import_runs_with_older_objects_frozen_and_unfreezes_after(
        qtbot, monkeypatch, tmp_path, two_sites):
    """A full garbage collection walks every object of the process while holding the GIL
    (100-130 ms with the app loaded: the GUI froze during bulk imports, see
    bench/bench_import_ui.py). The worker imports with the objects older than the import
    frozen, and unfreezes them afterwards, also when the import fails."""
    import gc

    use, laptop_db, office_db, _ideas = two_sites
    use("laptop")
    good = tmp_path / "good.scpkg"
    _export(qtbot, monkeypatch, laptop_db, good)
    use("office")
    assert gc.get_freeze_count() == 0
    frozen_while_importing = []
    real_import = sync_package_import.import_packages

    def spy(*args, **kwargs):
        frozen_while_importing.append(gc.get_freeze_count())
        return real_import(*args, **kwargs)

    monkeypatch.setattr(sync_package_import, "import_packages", spy)
    imp, prompts, _events = _import(qtbot, monkeypatch, office_db, [good], trust=True)
    assert frozen_while_importing and frozen_while_importing[0] > 10_000
    assert gc.get_freeze_count() == 0
    assert len(prompts) == 1  # the trust question still reaches the GUI thread
    assert _report_rows(imp)[0][1] == "Imported" and ETHIOPIC in _idea_texts(office_db)

    def broken(*args, **kwargs):
        frozen_while_importing.append(gc.get_freeze_count())
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sync_package_import, "import_packages", broken)
    failed, _prompts, events = _import(qtbot, monkeypatch, office_db, [good])
    assert frozen_while_importing[-1] > 10_000
    assert gc.get_freeze_count() == 0
    assert "disk on fire" in failed.errorLabel.text() and events == []


def test_freezing_nests_and_leaves_a_freeze_made_elsewhere_alone():
    import gc

    from smartcity_desktop.qt.tasks import older_objects_frozen

    assert gc.get_freeze_count() == 0
    with older_objects_frozen():
        assert gc.get_freeze_count() > 0
        with older_objects_frozen():
            pass
        assert gc.get_freeze_count() > 0  # the outer worker still runs
    assert gc.get_freeze_count() == 0
    gc.freeze()  # e.g. the app after start-up
    try:
        with older_objects_frozen():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_export_without_a_signing_key_points_to_the_keys(qtbot, db):
    from smartcity_desktop.qt.sync.export_package import ExportPackageDialog

    dialog = ExportPackageDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.noKeyLabel.isVisible() and dialog.keysButton.isVisible()
    assert not dialog.passEdit.isEnabled() and not dialog.exportButton.isEnabled()
    assert not dialog.encryptCheck.isChecked()  # no office key known


# --------------------------------------------------------------------------- office dashboard
@pytest.fixture
def office_project(db, project):
    w1 = projects.create_workshop(db, project.id, "W1", "Kick-off", date=dt.date(2026, 3, 1))
    w2 = projects.create_workshop(db, project.id, "W2", "Follow-up", date=dt.date(2026, 5, 1))
    people = {}
    for workshop, women, men in ((w1, 6, 2), (w2, 7, 5)):
        ids = []
        for n in range(women + men):
            ids.append(participants.register_participant(db, workshop.id, ParticipantInput(
                answers={"gender": "woman" if n < women else "man"})).id)
        people[workshop.code] = ids
    ideas = [capture.add_idea(db, w1.id, IdeaInput(text=t, sdgs=[11]))
             for t in ("Benches by the river", ARABIC, ETHIOPIC)]
    rnd = prioritise_rounds.create_round(db, w1.id, "dots", "Dots", dots_per_participant=3)
    for n, person in enumerate(people["W1"]):
        prioritise_votes.add_dot_ballot(db, rnd.id, person, [ideas[1], ideas[1], ideas[n % 3]])
    return w1, w2, ideas


def test_office_dashboard_hides_small_groups(qtbot, db, project, office_project, stack, bus):
    from smartcity_desktop.qt.views.office import OfficeView

    w1, w2, ideas = office_project
    view = OfficeView(db, stack, bus)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.set_scope(project.id, w2.id)
    qtbot.waitUntil(lambda: view.data is not None and not view.is_busy(), timeout=20000)
    table = office_dashboard.participation(db, project.id)
    gender = next(d for d in table.dimensions if d.key == "gender")
    man = next(r for r in gender.rows if r.key == "man")
    woman = next(r for r in gender.rows if r.key == "woman")
    assert view.participation_cell("Participants", "W1") == "8"
    assert view.participation_cell("Participants", "All") == "20"
    assert man.counts[0] is None  # 2 men in W1: never shown…
    assert view.participation_cell("Man", "W1") == "–"
    # …nor worked out: W1's women (8 - 6 = 2) and the men in all (13 - 6 = 7 …) go too.
    assert woman.counts[0] is None and view.participation_cell("Woman", "W1") == "–"
    for row in gender.rows:  # the screen shows exactly what the service publishes
        label = row.label or "Not answered"
        for code, value in zip(("W1", "W2", "All"), (*row.counts, row.total)):
            assert view.participation_cell(label, code, gender.label) == (
                "–" if value is None else str(value))
    shown_w1 = [view.participation_cell(r.label or "Not answered", "W1", gender.label)
                for r in gender.rows]
    assert "2" not in shown_w1 and "6" not in shown_w1
    assert man.total is None or man.counts[1] is None  # no "7 - 5" either
    for dim in table.dimensions:  # nothing from 1 to 4 anywhere on screen
        for row in dim.rows:
            for value in (*row.counts, row.total):
                assert value is None or value == 0 or value >= 5
    assert "hidden" in view.participation_note.text()
    # Priorities: the idea with the most dots is first in W1's round.
    head = view.priorities.topLevelItem(0)
    assert head.text(0) == "W1" and "8 participant(s)" in head.text(1)
    assert head.child(0).text(0) == "1" and head.child(0).text(1) == ARABIC
    # SDG coverage of the whole project.
    assert "1 of 17 SDGs have ideas" in view.sdg_note.text()
    assert view.sdg_chart.bar_count() == 17
    assert "2 workshop(s)" in view.summary.text()


def test_office_dashboard_recounts_after_changes(qtbot, db, project, office_project, stack,
                                                 bus):
    from smartcity_desktop.qt.views.office import OfficeView

    w1, w2, _ideas = office_project
    view = OfficeView(db, stack, bus)
    qtbot.addWidget(view)
    view.show()
    view.set_scope(project.id, None)
    qtbot.waitUntil(lambda: view.data is not None and not view.is_busy(), timeout=20000)
    for _ in range(3):  # W1 now has 5 men: shown
        participants.register_participant(db, w1.id, ParticipantInput(answers={"gender": "man"}))
    bus.participants_changed.emit()
    qtbot.waitUntil(lambda: view.participation_cell("Man", "W1") == "5", timeout=20000)
    assert view.participation_cell("Participants", "All") == "23"


def test_without_a_project_the_dashboard_says_what_to_choose(qtbot, db, stack, bus):
    from smartcity_desktop.qt.views.office import OfficeView

    view = OfficeView(db, stack, bus)
    qtbot.addWidget(view)
    view.show()
    view.set_scope(None, None)
    assert view.hint.isVisible() and not view.splitter.isVisible()


# --------------------------------------------------------------------------- earlier input
def test_earlier_input_shows_decisions_but_no_personal_data(qtbot, db, project,
                                                           office_project, stack, bus):
    from smartcity_desktop.qt.views.earlier_input import EarlierInputView

    w1, w2, ideas = office_project
    author = participants.register_participant(db, w1.id, ParticipantInput())
    capture.add_idea(db, w1.id, IdeaInput(text="Night buses on Fridays",
                                          author_participant_id=author.id,
                                          entered_by="Volunteer Vera"))
    lifecycle.change_status(db, ideas[1], IdeaStatus.ACCEPTED, "Fits the bus plan, æøå",
                            dt.date(2026, 4, 2), changed_by="Kari Nordmann")
    lifecycle.change_status(db, ideas[2], IdeaStatus.DECLINED, f"Out of scope: {ETHIOPIC}",
                            dt.date(2026, 4, 3), changed_by="Ola Nordmann")
    capture.add_idea(db, w2.id, IdeaInput(text="An idea of the workshop itself"))
    view = EarlierInputView(db, stack, bus)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_scope(project.id, w2.id)
    rows = view.shown_ideas()
    assert rows == [("Accepted into the plan (1)", ARABIC,
                     "Fits the bus plan, æøå", "2026-04-02"),
                    ("Not taken forward (1)", ETHIOPIC,
                     f"Out of scope: {ETHIOPIC}", "2026-04-03")]
    assert "W1" in view.heading.text() or "W2" in view.heading.text()
    # Ideas without a decision on request; never the workshop's own ideas.
    view.undecided_check.click()
    texts = [r[1] for r in view.shown_ideas()]
    assert "Benches by the river" in texts and "An idea of the workshop itself" not in texts
    everything = " ".join(" ".join(r) for r in view.shown_ideas()) + view.summary.text()
    assert "Night buses on Fridays" in texts
    for personal in ("Kari Nordmann", "Ola Nordmann", author.code, "Volunteer Vera"):
        assert personal not in everything
    # For the first workshop there is nothing earlier.
    view.set_scope(project.id, w1.id)
    assert view.shown_ideas() == [] and "first workshop" in view.empty.text()
    # A decision taken now (e.g. from a return package) shows after the change signal.
    view.set_scope(project.id, w2.id)
    lifecycle.change_status(db, ideas[0], IdeaStatus.IMPLEMENTED, "Built in May",
                            dt.date(2026, 5, 20))
    bus.structure_changed.emit()
    qtbot.waitUntil(lambda: view.shown_ideas()[0][0] == "Done (1)", timeout=5000)


def test_package_files_can_be_dragged_onto_the_import_dialog(qtbot, db, bus, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from smartcity_desktop.qt.sync import import_packages

    dialog = import_packages.ImportPackagesDialog(db, bus=bus)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.dropHint.isVisible()
    packages = [tmp_path / "anna.scpkg", tmp_path / "bø.SCPKG"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in packages]
                 + [QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, drop)
    assert [str(p) for p in dialog.paths()] == [str(p) for p in packages]  # not the .txt
    assert not dialog.dropHint.isVisible() and dialog.importButton.isEnabled()
    # Something that is not a package is refused.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, other,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert not enter.isAccepted()


def test_the_package_dialogs_name_every_control(qtbot, db, bus):
    """The layouts come from forms/*.ui: the widgets keep their object names (the attributes
    the code and the tests use) and every control an accessible name."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from smartcity_desktop.qt.sync.export_package import ExportPackageDialog
    from smartcity_desktop.qt.sync.import_packages import ImportPackagesDialog
    from tests.qt.test_main_window import unnamed_widgets

    sync_keys.init_device_key(LAPTOP_PASS)
    export = ExportPackageDialog(db)
    imports = ImportPackagesDialog(db, bus=bus)
    for dialog in (export, imports):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
    for kind in ("full", "incremental", "return"):
        export.kindButtons[kind].setChecked(True)
        assert unnamed_widgets(export) == [], kind
    assert export.findChild(QPushButton, "exportButton") is export.exportButton
    assert export.findChild(QLineEdit, "passEdit") is export.passEdit
    assert imports.findChild(QPushButton, "importButton") is imports.importButton
    assert [imports.reportTable.horizontalHeaderItem(c).text()
            for c in range(imports.reportTable.columnCount())] == [
        "File", "Result", "Added", "Changed", "Deleted", "Conflicts", "Reason"]
