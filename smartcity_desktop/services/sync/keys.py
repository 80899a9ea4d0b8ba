"""Identity and keys for sync packages (PyNaCl).

* Every installation has an Ed25519 **signing key**; every package it writes is signed with it.
* The central office also has an X25519 **box key pair**; facilitators encrypt packages to its
  public key (a sealed box), so that only the office can read them.
* Private keys live in the user data folder (``storage.locations.data_dir()/keys``), encrypted
  with a key derived from a passphrase (argon2id with a random salt + ``SecretBox``).
* The office shares its public keys as a small JSON file (:func:`write_office_public_key`) and
  as a QR payload (:func:`office_qr_payload`); people compare :func:`fingerprint` s read aloud.
* The office keeps a register of trusted facilitator keys (``TrustedKey`` table; see
  ``sync.trust``).

Nothing here imports Qt; the GUI and the CLI call these functions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey

from ...core.clock import utcnow
from ...core.errors import SmartCityError
from ...storage import locations
from ..files import write_bytes_atomically, write_text_atomically

KEY_FILE_FORMAT = "smartcity-key"
OFFICE_PUBLIC_FORMAT = "smartcity-office-key"
DEVICE_PUBLIC_FORMAT = "smartcity-device-key"
KEY_FILE_VERSION = 1
DEVICE_KEY_FILE = "device_signing_key.json"
OFFICE_KEY_FILE = "office_box_key.json"
KNOWN_OFFICE_FILE = "known_office.json"
QR_PREFIX = "smartcity-office:v1"
MIN_PASSPHRASE = 8
_MAX_KEY_FILE = 64 * 1024
# A key file cannot make us spend more than this on deriving its key (a corrupt or hostile
# file must not make the app allocate gigabytes).
_MAX_MEMLIMIT = 1024 * 1024 * 1024
_MAX_OPSLIMIT = 64


# --- errors -------------------------------------------------------------------------------

class KeyStoreError(SmartCityError):
    code = "key_error"


class KeyMissingError(KeyStoreError):
    code = "key_missing"


class KeyExistsError(KeyStoreError):
    code = "key_exists"


class WrongPassphraseError(KeyStoreError):
    code = "key_wrong_passphrase"


class CorruptKeyError(KeyStoreError):
    code = "key_corrupt"


class WeakPassphraseError(KeyStoreError):
    code = "key_weak_passphrase"


# --- passphrase-derived encryption ------------------------------------------------------------

@dataclass(frozen=True)
class KdfLimits:
    """argon2id cost. MODERATE (256 MiB, ~1 s) protects a stolen key file; tests use MIN."""

    opslimit: int
    memlimit: int


_A2 = nacl.pwhash.argon2id
MODERATE = KdfLimits(_A2.OPSLIMIT_MODERATE, _A2.MEMLIMIT_MODERATE)
INTERACTIVE = KdfLimits(_A2.OPSLIMIT_INTERACTIVE, _A2.MEMLIMIT_INTERACTIVE)
MIN = KdfLimits(_A2.OPSLIMIT_MIN, _A2.MEMLIMIT_MIN)
# What new key files use; tests replace it with MIN (monkeypatch) to stay fast.
DEFAULT_LIMITS = MODERATE


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC so that "å" typed as one or as two code points unlocks the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase or "").strip()) < MIN_PASSPHRASE:
        raise WeakPassphraseError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.",
            minimum=MIN_PASSPHRASE)


def _seal_secret(secret: bytes, passphrase: str, limits: KdfLimits) -> dict:
    salt = nacl.utils.random(_A2.SALTBYTES)
    key = _A2.kdf(nacl.secret.SecretBox.KEY_SIZE, _passphrase_bytes(passphrase), salt,
                  opslimit=limits.opslimit, memlimit=limits.memlimit)
    box = nacl.secret.SecretBox(key)
    return {"kdf": "argon2id", "opslimit": limits.opslimit, "memlimit": limits.memlimit,
            "salt": salt.hex(), "cipher": "xsalsa20-poly1305",
            "ciphertext": base64.b64encode(bytes(box.encrypt(secret))).decode("ascii")}


def _open_secret(data: dict, passphrase: str, path: Path) -> bytes:
    try:
        if data.get("kdf") != "argon2id":
            raise ValueError("unknown key derivation")
        ops, mem = int(data["opslimit"]), int(data["memlimit"])
        if not (1 <= ops <= _MAX_OPSLIMIT and 8192 <= mem <= _MAX_MEMLIMIT):
            raise ValueError("key derivation limits out of range")
        salt = bytes.fromhex(data["salt"])
        ciphertext = base64.b64decode(data["ciphertext"], validate=True)
        if len(salt) != _A2.SALTBYTES:
            raise ValueError("bad salt")
    except (KeyError, TypeError, ValueError) as exc:
        raise CorruptKeyError(f"The key file {path} is damaged ({exc}).", path=str(path)) from exc
    key = _A2.kdf(nacl.secret.SecretBox.KEY_SIZE, _passphrase_bytes(passphrase), salt,
                  opslimit=ops, memlimit=mem)
    try:
        return nacl.secret.SecretBox(key).decrypt(ciphertext)
    except nacl.exceptions.CryptoError as exc:
        raise WrongPassphraseError(
            "Wrong passphrase: the key could not be unlocked. Check the passphrase (and the "
            "keyboard layout) and try again.", path=str(path)) from exc


# --- fingerprints ------------------------------------------------------------------------------

def fingerprint(public_key: bytes) -> str:
    """A short name for a public key that people can read aloud and compare: the first 16
    bytes of its SHA-256 as 8 groups of 4 hex digits, e.g. ``"3f2a 9c01 … 77be"``."""
    digest = hashlib.sha256(bytes(public_key)).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def normalize_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with or without spaces/colons/dashes, any case."""
    digits = re.sub(r"[\s:\-]", "", text or "").lower()
    if not re.fullmatch(r"[0-9a-f]{32}", digits):
        raise KeyStoreError(f"{text!r} is not a key fingerprint (32 hex digits).",
                            reason="fingerprint_invalid", value=text)
    return " ".join(digits[i:i + 4] for i in range(0, 32, 4))


# --- files -------------------------------------------------------------------------------------

def key_dir() -> Path:
    path = locations.data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path


def device_key_path() -> Path:
    return key_dir() / DEVICE_KEY_FILE


def office_key_path() -> Path:
    return key_dir() / OFFICE_KEY_FILE


def known_office_path() -> Path:
    return key_dir() / KNOWN_OFFICE_FILE


def _write_private(path: Path, payload: dict) -> None:
    """Write a key file atomically, readable by the owner only."""
    data = json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
    write_bytes_atomically(path, data, permissions=0o600)


def _read_json(path: Path, what: str, missing_hint: str) -> dict:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyMissingError(f"No {what} yet. {missing_hint}", path=str(path)) from exc
    except OSError as exc:
        raise KeyStoreError(f"The {what} file {path} cannot be read: {exc.strerror}.",
                            reason="read_failed", path=str(path),
                            error=exc.strerror or str(exc)) from exc
    if len(raw) > _MAX_KEY_FILE:
        raise CorruptKeyError(f"{path} is too large to be a key file.", path=str(path))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptKeyError(f"The {what} file {path} is damaged (not valid JSON).",
                              path=str(path)) from exc
    if not isinstance(data, dict):
        raise CorruptKeyError(f"The {what} file {path} is damaged.", path=str(path))
    return data


def _move_aside(path: Path) -> None:
    if path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path.replace(path.with_name(f"{path.stem}.replaced-{stamp}{path.suffix}"))


def _hex_key(data: dict, field: str, path: Path, size: int = 32) -> bytes:
    try:
        value = bytes.fromhex(data[field])
    except (KeyError, TypeError, ValueError) as exc:
        raise CorruptKeyError(f"The key file {path} is damaged (field {field}).",
                              path=str(path)) from exc
    if len(value) != size:
        raise CorruptKeyError(f"The key file {path} is damaged (field {field}).",
                              path=str(path))
    return value


# --- the device signing key --------------------------------------------------------------------

@dataclass(frozen=True)
class DeviceIdentity:
    """The public side of an installation's signing key."""

    device_id: str
    verify_key: bytes  # raw Ed25519 public key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.verify_key)

    @property
    def verify_key_hex(self) -> str:
        return self.verify_key.hex()

    def to_json(self, label: str = "") -> dict:
        return {"format": DEVICE_PUBLIC_FORMAT, "version": KEY_FILE_VERSION, "label": label,
                "device_id": self.device_id, "verify_key": self.verify_key.hex(),
                "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class DeviceKey:
    """An unlocked signing key and the installation it belongs to."""

    signing_key: SigningKey
    device_id: str

    @property
    def identity(self) -> DeviceIdentity:
        return DeviceIdentity(self.device_id, bytes(self.signing_key.verify_key))

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint


def has_device_key() -> bool:
    return device_key_path().exists()


def init_device_key(passphrase: str, *, limits: KdfLimits | None = None,
                    overwrite: bool = False, device_id: str | None = None) -> DeviceIdentity:
    """Make this installation's signing key, protected by ``passphrase``.

    Refuses to replace an existing key unless ``overwrite`` (the old file is kept aside, since
    packages signed with it are only trusted under its fingerprint)."""
    check_new_passphrase(passphrase)
    path = device_key_path()
    if path.exists() and not overwrite:
        raise KeyExistsError(f"This installation already has a signing key ({path}).",
                             path=str(path))
    device = device_id or locations.device_id()
    key = SigningKey.generate()
    payload = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "kind": "device-ed25519",
               "device_id": device, "verify_key": bytes(key.verify_key).hex(),
               "fingerprint": fingerprint(bytes(key.verify_key)),
               "created_at": utcnow().isoformat(),
               **_seal_secret(bytes(key), passphrase, limits or DEFAULT_LIMITS)}
    if overwrite:
        _move_aside(path)
    _write_private(path, payload)
    return DeviceIdentity(device, bytes(key.verify_key))


def _device_file() -> tuple[dict, Path]:
    path = device_key_path()
    data = _read_json(path, "signing key",
                      "Create one first (smartcity keys init, or Keys in the app).")
    if data.get("format") != KEY_FILE_FORMAT or data.get("kind") != "device-ed25519":
        raise CorruptKeyError(f"{path} is not a signing key file.", reason="not_key_file",
                              path=str(path))
    if not isinstance(data.get("device_id"), str) or not data["device_id"]:
        raise CorruptKeyError(f"The key file {path} is damaged (device id).", path=str(path))
    return data, path


def device_identity() -> DeviceIdentity:
    """The public side of the signing key; needs no passphrase."""
    data, path = _device_file()
    return DeviceIdentity(data["device_id"], _hex_key(data, "verify_key", path))


def load_device_key(passphrase: str) -> DeviceKey:
    data, path = _device_file()
    public = _hex_key(data, "verify_key", path)
    seed = _open_secret(data, passphrase, path)
    try:
        key = SigningKey(seed)
    except (ValueError, TypeError, nacl.exceptions.CryptoError) as exc:
        raise CorruptKeyError(f"The key file {path} is damaged.", path=str(path)) from exc
    if bytes(key.verify_key) != public:
        raise CorruptKeyError(f"The key file {path} is damaged (its public key does not match).",
                              path=str(path))
    return DeviceKey(key, data["device_id"])


def write_device_public_key(path: Path, label: str = "") -> Path:
    """The file a facilitator gives the office so it can trust this installation's packages."""
    payload = device_identity().to_json(label)
    return write_text_atomically(path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


def read_device_public_key(source: Path | bytes | str) -> tuple[DeviceIdentity, str]:
    """Read a facilitator's public key file -> (identity, label)."""
    data = _load_public_json(source, "device key")
    where = Path(str(source)) if isinstance(source, Path) else Path("<key>")
    if data.get("format") != DEVICE_PUBLIC_FORMAT:
        raise CorruptKeyError("This is not a device public key file.", reason="not_key_file")
    identity = DeviceIdentity(str(data.get("device_id") or ""),
                              _hex_key(data, "verify_key", where))
    if not identity.device_id:
        raise CorruptKeyError("The device public key file has no device id.")
    if data.get("fingerprint") and data["fingerprint"] != identity.fingerprint:
        raise CorruptKeyError("The device public key file is damaged (fingerprint mismatch).")
    return identity, str(data.get("label") or "")


# --- the office box key --------------------------------------------------------------------

@dataclass(frozen=True)
class OfficePublicKey:
    """What the office shares: its X25519 box key and the Ed25519 key that signs its
    (return) packages."""

    label: str
    box_key: bytes  # raw X25519 public key
    verify_key: bytes  # raw Ed25519 verify key of the office installation
    device_id: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.box_key)

    @property
    def verify_fingerprint(self) -> str:
        return fingerprint(self.verify_key)

    @property
    def public_key(self) -> PublicKey:
        return PublicKey(self.box_key)

    def to_json(self) -> dict:
        return {"format": OFFICE_PUBLIC_FORMAT, "version": KEY_FILE_VERSION,
                "label": self.label, "box_public_key": self.box_key.hex(),
                "fingerprint": self.fingerprint, "verify_key": self.verify_key.hex(),
                "verify_fingerprint": self.verify_fingerprint, "device_id": self.device_id}


def has_office_key() -> bool:
    return office_key_path().exists()


def init_office_key(passphrase: str, *, label: str = "Central office",
                    limits: KdfLimits | None = None, overwrite: bool = False) -> OfficePublicKey:
    """Make the office's X25519 key pair. The installation's signing key is made too (with the
    same passphrase) if it has none, because the office signs its return packages with it."""
    check_new_passphrase(passphrase)
    path = office_key_path()
    if path.exists() and not overwrite:
        raise KeyExistsError(f"This installation already has an office key ({path}).",
                             path=str(path))
    if not has_device_key():
        init_device_key(passphrase, limits=limits)
    identity = device_identity()
    key = PrivateKey.generate()
    payload = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "kind": "office-x25519",
               "label": label.strip() or "Central office",
               "box_public_key": bytes(key.public_key).hex(),
               "fingerprint": fingerprint(bytes(key.public_key)),
               "created_at": utcnow().isoformat(),
               **_seal_secret(bytes(key), passphrase, limits or DEFAULT_LIMITS)}
    if overwrite:
        _move_aside(path)
    _write_private(path, payload)
    return OfficePublicKey(payload["label"], bytes(key.public_key), identity.verify_key,
                           identity.device_id)


def _office_file() -> tuple[dict, Path]:
    path = office_key_path()
    data = _read_json(path, "office key",
                      "Create one on the office computer (smartcity keys init --office).")
    if data.get("format") != KEY_FILE_FORMAT or data.get("kind") != "office-x25519":
        raise CorruptKeyError(f"{path} is not an office key file.", reason="not_key_file",
                              path=str(path))
    return data, path


def office_public_key() -> OfficePublicKey:
    """This office's public keys (needs no passphrase)."""
    data, path = _office_file()
    identity = device_identity()
    return OfficePublicKey(str(data.get("label") or "Central office"),
                           _hex_key(data, "box_public_key", path), identity.verify_key,
                           identity.device_id)


def load_office_key(passphrase: str) -> PrivateKey:
    data, path = _office_file()
    public = _hex_key(data, "box_public_key", path)
    secret = _open_secret(data, passphrase, path)
    try:
        key = PrivateKey(secret)
    except (ValueError, TypeError, nacl.exceptions.CryptoError) as exc:
        raise CorruptKeyError(f"The key file {path} is damaged.", path=str(path)) from exc
    if bytes(key.public_key) != public:
        raise CorruptKeyError(f"The key file {path} is damaged (its public key does not match).",
                              path=str(path))
    return key


def write_office_public_key(path: Path, key: OfficePublicKey | None = None) -> Path:
    """The small file facilitators load to encrypt to the office (and trust its packages)."""
    key = key or office_public_key()
    return write_text_atomically(path, json.dumps(key.to_json(), indent=2, ensure_ascii=False)
                                 + "\n")


def _load_public_json(source: Path | bytes | str, what: str) -> dict:
    if isinstance(source, bytes):
        raw = source
    elif isinstance(source, str) and source.lstrip().startswith("{"):
        raw = source.encode("utf-8")
    else:
        path = Path(source)
        try:
            if path.stat().st_size > _MAX_KEY_FILE:
                raise CorruptKeyError(f"{path} is too large to be a {what} file.")
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyMissingError(f"The {what} file {path} does not exist.",
                                  path=str(path)) from exc
        except OSError as exc:
            raise KeyStoreError(f"The {what} file {path} cannot be read: {exc.strerror}.",
                                reason="read_failed", path=str(path),
                                error=exc.strerror or str(exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptKeyError(f"This is not a {what} file (not valid JSON).",
                              reason="not_key_file") from exc
    if not isinstance(data, dict):
        raise CorruptKeyError(f"This is not a {what} file.", reason="not_key_file")
    return data


def read_office_public_key(source: Path | bytes | str | OfficePublicKey) -> OfficePublicKey:
    """Read an office public key file (path, its bytes/text, or a QR payload)."""
    if isinstance(source, OfficePublicKey):
        return source
    if isinstance(source, str) and source.startswith(QR_PREFIX):
        return parse_office_qr_payload(source)
    data = _load_public_json(source, "office key")
    where = Path(str(source)) if isinstance(source, Path) else Path("<office key>")
    if data.get("format") != OFFICE_PUBLIC_FORMAT:
        raise CorruptKeyError("This is not an office public key file.", reason="not_key_file")
    if int(data.get("version") or 0) > KEY_FILE_VERSION:
        raise CorruptKeyError("This office key file was made by a newer version of the app.",
                              reason="key_newer_version")
    key = OfficePublicKey(str(data.get("label") or ""), _hex_key(data, "box_public_key", where),
                          _hex_key(data, "verify_key", where), str(data.get("device_id") or ""))
    if data.get("fingerprint") and data["fingerprint"] != key.fingerprint:
        raise CorruptKeyError("The office key file is damaged (fingerprint mismatch).")
    if not key.device_id:
        raise CorruptKeyError("The office key file has no device id.")
    return key


def _b64u(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def office_qr_payload(key: OfficePublicKey | None = None) -> str:
    """A short text for a QR code with everything a facilitator needs (the GUI renders it)."""
    key = key or office_public_key()
    return (f"{QR_PREFIX}?box={_b64u(key.box_key)}&sign={_b64u(key.verify_key)}"
            f"&device={quote(key.device_id, safe='')}&label={quote(key.label, safe='')}")


def parse_office_qr_payload(text: str) -> OfficePublicKey:
    try:
        parts = urlsplit(text.strip())
        if f"{parts.scheme}:{parts.path}" != QR_PREFIX:
            raise ValueError("prefix")
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
        box, sign = _unb64u(query["box"][0]), _unb64u(query["sign"][0])
        device, label = query["device"][0], query.get("label", [""])[0]
        if len(box) != 32 or len(sign) != 32 or not device:
            raise ValueError("size")
    except (KeyError, ValueError, IndexError) as exc:
        raise CorruptKeyError("This QR code is not a Smart City office key.",
                              reason="qr_not_office_key") from exc
    return OfficePublicKey(label, box, sign, device)


# --- the office this installation sends to --------------------------------------------------

def set_known_office(key: OfficePublicKey) -> Path:
    """Remember the office to encrypt to by default."""
    path = known_office_path()
    _write_private(path, key.to_json())
    return path


def known_office() -> OfficePublicKey | None:
    """The office packages are encrypted to by default, or None."""
    path = known_office_path()
    if not path.exists():
        return None
    return read_office_public_key(path)


def forget_known_office() -> None:
    known_office_path().unlink(missing_ok=True)
