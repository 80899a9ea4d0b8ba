"""The Norwegian Bokmål catalogue is complete, keeps every placeholder and mnemonic, matches
the strings in the code, and its compiled .qm is the one shipped."""

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("update_translations",
                                              ROOT / "packaging" / "update_translations.py")
update_translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update_translations)

TS = ROOT / "resources" / "translations" / "smartcity_nb.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n|s)")


def messages(path=TS):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key_set(path):
    return {(name, m.findtext("source")) for name, m in messages(path)}


def translations(message):
    node = message.find("translation")
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def mnemonic_count(text):
    return len(re.findall(r"(?<!&)&(?!&)[^\s&]", text))


def test_every_message_is_translated():
    missing = [(c, m.findtext("source")) for c, m in messages()
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
               or not all(t.strip() for t in translations(m))]
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_placeholders_and_mnemonics_are_kept():
    wrong = []
    for context, message in messages():
        source = message.findtext("source")
        for text in translations(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text, "placeholders"))
            if mnemonic_count(source) != mnemonic_count(text):
                wrong.append((context, source, text, "mnemonic"))
    assert wrong == []


def test_the_catalogue_has_every_string_of_the_code(tmp_path):
    copy = tmp_path / "check_nb.ts"
    shutil.copy(TS, copy)
    lupdate = update_translations.tool("pyside6-lupdate")
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-silent",
                    *update_translations.sources(), "-ts", str(copy)],
                   check=True, cwd=ROOT, capture_output=True)
    assert key_set(copy) == key_set(TS), "run packaging/update_translations.py"


def test_the_shipped_qm_is_compiled_from_the_catalogue(tmp_path):
    out = tmp_path / "check.qm"
    subprocess.run([update_translations.tool("pyside6-lrelease"), "-silent", str(TS), "-qm",
                    str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), \
        "run packaging/update_translations.py --release"


def test_the_app_speaks_norwegian(qapp):
    from PySide6.QtCore import QCoreApplication

    from smartcity_desktop.qt import labels
    from smartcity_desktop.qt.i18n import install_translators

    try:
        assert install_translators(qapp, "nb") == "nb"
        assert labels.idea_status("declined") != "Declined"
        assert QCoreApplication.translate("Labels", "Need") == "Behov"
    finally:
        for translator in qapp._translators:
            qapp.removeTranslator(translator)
