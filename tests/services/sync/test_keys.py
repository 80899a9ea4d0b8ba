"""Identity and keys for sync packages: passphrase-protected key files, fingerprints, the office
public key file and QR payload, and the trust register."""

from __future__ import annotations

import json
import os
import stat
import unicodedata

import pytest
from nacl.public import PrivateKey, SealedBox
from nacl.signing import SigningKey

from smartcity_desktop.services.sync import keys as sync_keys
from smartcity_desktop.services.sync import trust as sync_trust
from smartcity_desktop.services.sync.keys import (
    CorruptKeyError,
    KeyExistsError,
    KeyMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
)

PASS = "rødgrønn buss 2030"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(sync_keys, "DEFAULT_LIMITS", sync_keys.MIN)


def test_device_key_round_trip_signs_and_the_file_holds_no_secret(_isolated_data_dir):
    identity = sync_keys.init_device_key(PASS)
    path = sync_keys.device_key_path()
    assert path.parent.parent == _isolated_data_dir
    raw = path.read_text(encoding="utf-8")
    key = sync_keys.load_device_key(PASS)
    # the seed is nowhere in the file, in hex or in base64
    assert bytes(key.signing_key).hex() not in raw
    import base64
    assert base64.b64encode(bytes(key.signing_key)).decode() not in raw
    assert bytes(key.signing_key.verify_key) == identity.verify_key
    assert key.device_id == identity.device_id == sync_keys.device_identity().device_id
    signed = key.signing_key.sign(b"hello")
    assert identity.verify_key == bytes(key.signing_key.verify_key)
    from nacl.signing import VerifyKey
    assert VerifyKey(identity.verify_key).verify(signed) == b"hello"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wrong_passphrase_missing_key_and_corrupt_file_have_their_own_errors():
    with pytest.raises(KeyMissingError, match="No signing key yet"):
        sync_keys.load_device_key(PASS)
    sync_keys.init_device_key(PASS)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        sync_keys.load_device_key(PASS + "x")
    path = sync_keys.device_key_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    # a key file whose public key does not belong to its private key is reported as damage
    data["verify_key"] = SigningKey.generate().verify_key.encode().hex()
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CorruptKeyError, match="does not match"):
        sync_keys.load_device_key(PASS)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CorruptKeyError, match="not valid JSON"):
        sync_keys.load_device_key(PASS)
    data["memlimit"] = 1 << 40  # a hostile file must not make us allocate a terabyte
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CorruptKeyError, match="out of range"):
        sync_keys.load_device_key(PASS)


def test_passphrase_is_unicode_normalised_and_must_be_long_enough():
    with pytest.raises(WeakPassphraseError):
        sync_keys.init_device_key("kort")
    with pytest.raises(WeakPassphraseError):
        sync_keys.init_device_key("        ")
    sync_keys.init_device_key(unicodedata.normalize("NFC", "Åse på sykkel"))
    # the same words typed with combining characters unlock the key
    assert sync_keys.load_device_key(unicodedata.normalize("NFD", "Åse på sykkel"))


def test_existing_key_is_not_replaced_by_accident():
    first = sync_keys.init_device_key(PASS)
    with pytest.raises(KeyExistsError):
        sync_keys.init_device_key(PASS)
    assert sync_keys.device_identity() == first
    second = sync_keys.init_device_key(PASS, overwrite=True)
    assert second.verify_key != first.verify_key
    kept = list(sync_keys.key_dir().glob("device_signing_key.replaced-*.json"))
    assert len(kept) == 1 and first.verify_key.hex() in kept[0].read_text(encoding="utf-8")


def test_fingerprint_is_grouped_hex_readable_aloud_and_normalised():
    raw = bytes(range(32))
    fp = sync_keys.fingerprint(raw)
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert fp.replace(" ", "") == __import__("hashlib").sha256(raw).hexdigest()[:32]
    assert sync_keys.normalize_fingerprint(fp.replace(" ", ":").upper()) == fp
    assert sync_keys.fingerprint(bytes(range(1, 33))) != fp
    with pytest.raises(sync_keys.KeyStoreError):
        sync_keys.normalize_fingerprint("abcd")


def test_office_key_public_file_qr_payload_and_sealed_box(tmp_path):
    office = sync_keys.init_office_key(PASS, label="Bykontoret Øst")
    assert sync_keys.has_device_key()  # the office signs return packages with it
    assert office.verify_key == sync_keys.device_identity().verify_key
    public_file = sync_keys.write_office_public_key(tmp_path / "office.json")
    payload = json.loads(public_file.read_text(encoding="utf-8"))
    assert set(payload) >= {"label", "box_public_key", "verify_key", "fingerprint"}
    assert "ciphertext" not in payload and "salt" not in payload
    loaded = sync_keys.read_office_public_key(public_file)
    assert loaded == office and loaded.label == "Bykontoret Øst"
    qr = sync_keys.office_qr_payload(loaded)
    assert qr.startswith("smartcity-office:v1?") and len(qr) < 300
    assert sync_keys.parse_office_qr_payload(qr) == office
    assert sync_keys.read_office_public_key(qr) == office
    # a facilitator seals to the public key; only the office private key opens it
    sealed = SealedBox(loaded.public_key).encrypt("የአውቶቡስ መርሐ ግብር".encode())
    private = sync_keys.load_office_key(PASS)
    assert SealedBox(private).decrypt(sealed).decode() == "የአውቶቡስ መርሐ ግብር"
    with pytest.raises(WrongPassphraseError):
        sync_keys.load_office_key("not the passphrase")
    with pytest.raises(Exception):
        SealedBox(PrivateKey.generate()).decrypt(sealed)


def test_damaged_office_public_files_and_qr_codes_are_refused(tmp_path):
    office = sync_keys.init_office_key(PASS)
    data = office.to_json()
    bad = dict(data, fingerprint="0000 0000 0000 0000 0000 0000 0000 0000")
    with pytest.raises(CorruptKeyError, match="fingerprint mismatch"):
        sync_keys.read_office_public_key(json.dumps(bad))
    with pytest.raises(CorruptKeyError, match="box_public_key"):
        sync_keys.read_office_public_key(json.dumps(dict(data, box_public_key="abcd")))
    with pytest.raises(CorruptKeyError, match="not an office public key"):
        sync_keys.read_office_public_key(json.dumps({"format": "something else"}))
    with pytest.raises(KeyMissingError):
        sync_keys.read_office_public_key(tmp_path / "missing.json")
    with pytest.raises(CorruptKeyError, match="QR"):
        sync_keys.parse_office_qr_payload("smartcity-office:v1?box=AAAA&sign=BBBB&device=x")


def test_known_office_is_remembered(tmp_path):
    assert sync_keys.known_office() is None
    office = sync_keys.init_office_key(PASS)
    sync_keys.set_known_office(office)
    assert sync_keys.known_office() == office
    sync_keys.forget_known_office()
    assert sync_keys.known_office() is None


def test_trust_register(db, tmp_path):
    key = SigningKey.generate()
    raw = bytes(key.verify_key)
    row = sync_trust.trust_key(db, raw, "device-A", "Anna, Grünerløkka library")
    assert row.fingerprint == sync_keys.fingerprint(raw)
    assert [r.fingerprint for r in sync_trust.list_trusted(db)] == [row.fingerprint]
    sync_trust.revoke(db, row.fingerprint.replace(" ", ""))
    assert sync_trust.list_trusted(db) == []
    assert sync_trust.list_trusted(db, include_revoked=True)[0].revoked
    assert sync_trust.find_trusted(db, row.fingerprint).revoked
    sync_trust.trust_key(db, raw.hex(), "device-A")  # trusting again re-enables it
    again = sync_trust.list_trusted(db)
    assert len(again) == 1 and not again[0].revoked
    assert again[0].label == "Anna, Grünerløkka library"
    with pytest.raises(sync_keys.KeyStoreError):
        sync_trust.trust_key(db, b"short", "device-A")
    with pytest.raises(sync_keys.KeyStoreError):
        sync_trust.trust_key(db, raw, "")
    from smartcity_desktop.core.errors import NotFoundError
    with pytest.raises(NotFoundError):
        sync_trust.revoke(db, "0" * 32)


def test_device_public_key_file_round_trip(tmp_path):
    identity = sync_keys.init_device_key(PASS)
    path = sync_keys.write_device_public_key(tmp_path / "anna.json", label="Anna")
    loaded, label = sync_keys.read_device_public_key(path)
    assert loaded == identity and label == "Anna"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["verify_key"] = SigningKey.generate().verify_key.encode().hex()
    with pytest.raises(CorruptKeyError, match="fingerprint mismatch"):
        sync_keys.read_device_public_key(json.dumps(data))


def test_default_limits_are_stronger_than_the_test_limits():
    assert sync_keys.MODERATE.memlimit >= 256 * 1024 * 1024
    # the limits a file was made with are stored in it, so a key made with MIN still opens
    # after the default changes
    sync_keys.init_device_key(PASS, limits=sync_keys.MIN)
    data = json.loads(sync_keys.device_key_path().read_text(encoding="utf-8"))
    assert data["memlimit"] == sync_keys.MIN.memlimit
