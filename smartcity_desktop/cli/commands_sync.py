"""Commands of the sync capability: keys and packages.

    smartcity keys init [--office] [--label TEXT] [--public-out FILE] [--force]
    smartcity keys show [--export FILE] [--export-office FILE]
    smartcity keys trust FILE [--label TEXT]          # a facilitator's device key file
    smartcity keys trust --office FILE                # the office's public key file
    smartcity keys trust --revoke FINGERPRINT
    smartcity export-package --out FILE [--kind full|incremental|return] [--since DATE|HLC]
                             [--encrypt-to KEYFILE | --no-encrypt] [--contacts]
    smartcity verify-package FILE
    smartcity import-package FILES... [--trust-new] [--json]

Passphrases come from --passphrase-file, the environment variable SMARTCITY_PASSPHRASE, or a
hidden prompt (in that order).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..core.errors import SmartCityError
from . import app, open_db

PASSPHRASE_ENV = "SMARTCITY_PASSPHRASE"

keys_app = typer.Typer(no_args_is_help=True,
                       help="This installation's signing key, the office key and the register "
                       "of trusted keys.")
app.add_typer(keys_app, name="keys")

PassphraseFileOption = Annotated[Path | None, typer.Option(
    "--passphrase-file", help="Read the passphrase from the first line of this file "
    f"(else ${PASSPHRASE_ENV}, else you are asked).")]


def _fail(exc: SmartCityError, code: int = 2) -> typer.Exit:
    typer.echo(f"Error: {exc.message}", err=True)
    return typer.Exit(code)


def _passphrase(file: Path | None, what: str, *, new: bool = False) -> str:
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            typer.echo(f"Error: cannot read {file}: {exc.strerror}.", err=True)
            raise typer.Exit(2) from exc
        return text.splitlines()[0] if text.splitlines() else ""
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    return typer.prompt(f"{'New passphrase' if new else 'Passphrase'} for {what}",
                        hide_input=True, confirmation_prompt=new)


def _say_identity(label: str, fingerprint: str, extra: str = "") -> None:
    typer.echo(f"{label}: {fingerprint}{extra}")


# --- keys ------------------------------------------------------------------------------------

@keys_app.command("init")
def keys_init(
        office: Annotated[bool, typer.Option(
            "--office", help="Make the central office's encryption key pair (and this "
            "installation's signing key if it has none).")] = False,
        label: Annotated[str, typer.Option("--label", help="The office's name, shown to "
                                           "facilitators.")] = "Central office",
        public_out: Annotated[Path | None, typer.Option(
            "--public-out", help="With --office: also write the office public key file "
            "for facilitators.")] = None,
        force: Annotated[bool, typer.Option(
            "--force", help="Replace an existing key (the old file is kept aside; packages "
            "signed with it stay trusted only under its old fingerprint).")] = False,
        passphrase_file: PassphraseFileOption = None) -> None:
    """Create this installation's signing key (or, with --office, the office key pair)."""
    from ..services.sync import keys as sync_keys

    try:
        if office:
            phrase = _passphrase(passphrase_file, "the office key", new=True)
            key = sync_keys.init_office_key(phrase, label=label, overwrite=force)
            _say_identity("Office key fingerprint", key.fingerprint)
            _say_identity("Office signing key fingerprint", key.verify_fingerprint)
            typer.echo(f"QR payload: {sync_keys.office_qr_payload(key)}")
            if public_out:
                sync_keys.write_office_public_key(public_out, key)
                typer.echo(f"Office public key written to {public_out}")
        else:
            phrase = _passphrase(passphrase_file, "this installation's signing key", new=True)
            identity = sync_keys.init_device_key(phrase, overwrite=force)
            typer.echo(f"Device: {identity.device_id}")
            _say_identity("Signing key fingerprint", identity.fingerprint)
        typer.echo(f"Keys are kept in {sync_keys.key_dir()}")
    except SmartCityError as exc:
        raise _fail(exc) from exc


@keys_app.command("show")
def keys_show(
        export: Annotated[Path | None, typer.Option(
            "--export", help="Write this installation's public key file (give it to the "
            "office so it can trust your packages).")] = None,
        export_office: Annotated[Path | None, typer.Option(
            "--export-office", help="Write the office public key file (office only).")] = None,
        label: Annotated[str, typer.Option("--label", help="A name for --export, e.g. "
                                           "yours.")] = "") -> None:
    """Show this installation's keys, the office it sends to, and the trusted keys."""
    from ..services.sync import keys as sync_keys
    from ..services.sync import trust as sync_trust

    try:
        if sync_keys.has_device_key():
            identity = sync_keys.device_identity()
            typer.echo(f"Device: {identity.device_id}")
            _say_identity("Signing key fingerprint", identity.fingerprint)
            if export:
                sync_keys.write_device_public_key(export, label=label)
                typer.echo(f"Public key written to {export}")
        else:
            typer.echo("No signing key yet (smartcity keys init).")
            if export:
                raise _fail(sync_keys.KeyMissingError("No signing key to export yet."))
        if sync_keys.has_office_key():
            office = sync_keys.office_public_key()
            _say_identity(f"Office key ({office.label})", office.fingerprint)
            typer.echo(f"QR payload: {sync_keys.office_qr_payload(office)}")
            if export_office:
                sync_keys.write_office_public_key(export_office, office)
                typer.echo(f"Office public key written to {export_office}")
        elif export_office:
            raise _fail(sync_keys.KeyMissingError("This installation has no office key."))
        known = sync_keys.known_office()
        if known:
            _say_identity(f"Packages are encrypted to: {known.label}", known.fingerprint)
        else:
            typer.echo("No office key known: packages are not encrypted.")
        db = open_db()
        trusted = sync_trust.list_trusted(db)
        typer.echo(f"Trusted keys: {len(trusted)}")
        for row in trusted:
            typer.echo(f"  {row.fingerprint}  device {row.device_id}  {row.label}".rstrip())
    except SmartCityError as exc:
        raise _fail(exc) from exc


@keys_app.command("trust")
def keys_trust(
        key_file: Annotated[Path | None, typer.Argument(
            help="A public key file: a facilitator's (from keys show --export) or, with "
            "--office, the office's.")] = None,
        office: Annotated[bool, typer.Option(
            "--office", help="KEY_FILE is the office's public key: encrypt packages to it "
            "and trust the packages it signs.")] = False,
        label: Annotated[str, typer.Option("--label", help="Who the key belongs to.")] = "",
        revoke: Annotated[str | None, typer.Option(
            "--revoke", help="Stop trusting the key with this fingerprint.")] = None) -> None:
    """Add a key to the register of trusted keys (or revoke one)."""
    from ..services.sync import keys as sync_keys
    from ..services.sync import trust as sync_trust

    try:
        db = open_db()
        if revoke:
            sync_trust.revoke(db, revoke)
            typer.echo(f"Revoked {sync_keys.normalize_fingerprint(revoke)}")
            return
        if key_file is None:
            typer.echo("Error: give a public key file (or --revoke FINGERPRINT).", err=True)
            raise typer.Exit(2)
        if office:
            key = sync_keys.read_office_public_key(key_file)
            sync_keys.set_known_office(key)
            sync_trust.trust_key(db, key.verify_key, key.device_id, label or key.label)
            _say_identity(f"Packages will be encrypted to {key.label}", key.fingerprint)
            _say_identity("Trusted the office's signing key", key.verify_fingerprint)
        else:
            identity, file_label = sync_keys.read_device_public_key(key_file)
            sync_trust.trust_key(db, identity.verify_key, identity.device_id,
                                 label or file_label)
            _say_identity(f"Trusted device {identity.device_id}", identity.fingerprint)
        typer.echo("Compare the fingerprint with its owner (read it aloud) before relying "
                   "on it.")
    except SmartCityError as exc:
        raise _fail(exc) from exc


# --- packages --------------------------------------------------------------------------------

_HLC = re.compile(r"^\d{15}-\d{6}-.+$")


def _parse_since(text: str | None) -> tuple[str | None, dt.date | None]:
    if not text:
        return None, None
    text = text.strip()
    if _HLC.match(text):
        return text, None
    try:
        return None, dt.date.fromisoformat(text)
    except ValueError:
        typer.echo(f"Error: --since {text!r} is neither a date (YYYY-MM-DD) nor a clock "
                   "stamp.", err=True)
        raise typer.Exit(2) from None


def _progress_bar(label: str):
    state = {"bar": None, "last": 0}

    def progress(done: int, total: int) -> bool:
        if state["bar"] is None:
            state["bar"] = typer.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(done - state["last"])
        state["last"] = done
        return True

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)

    return progress, close


@app.command("export-package")
def export_package_cmd(
        out: Annotated[Path, typer.Option("--out", "-o", help="The package file (.scpkg).")],
        kind: Annotated[str | None, typer.Option(
            "--kind", help="full, incremental or return (default: incremental with --since, "
            "else full).")] = None,
        since: Annotated[str | None, typer.Option(
            "--since", help="Changes since this date (YYYY-MM-DD) or clock stamp.")] = None,
        encrypt_to: Annotated[Path | None, typer.Option(
            "--encrypt-to", help="The office public key file to encrypt to (default: the "
            "office set with keys trust --office).")] = None,
        no_encrypt: Annotated[bool, typer.Option(
            "--no-encrypt", help="Do not encrypt (demographic answers are then left "
            "out).")] = False,
        contacts: Annotated[bool, typer.Option(
            "--contacts", help="Include contact details of participants who agreed to be "
            "contacted.")] = False,
        passphrase_file: PassphraseFileOption = None) -> None:
    """Write a signed package of this database's records."""
    from ..services.sync import keys as sync_keys
    from ..services.sync import package_export as sync_package_export

    since_hlc, since_date = _parse_since(since)
    kind = kind or ("incremental" if since else "full")
    if encrypt_to and no_encrypt:
        typer.echo("Error: give --encrypt-to or --no-encrypt, not both.", err=True)
        raise typer.Exit(2)
    target = None if no_encrypt else (encrypt_to or "auto")
    progress, close = _progress_bar("Writing the package")
    try:
        db = open_db()
        key = sync_keys.load_device_key(
            _passphrase(passphrase_file, "this installation's signing key"))
        try:
            result = sync_package_export.export_package(
                db, out, signing_key=key, kind=kind, since_hlc=since_hlc, since_date=since_date,
                encrypt_to=target, include_contacts=contacts, progress=progress)
        finally:
            close()
    except SmartCityError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Package {result.package_id} ({result.kind}) written to {result.path}")
    typer.echo(f"  {result.records} records in {len(result.counts)} tables, "
               f"{result.size / 1024:,.0f} KiB")
    for table, count in result.counts.items():
        typer.echo(f"  {table:22} {count:>8}")
    if result.encrypted:
        typer.echo(f"  Encrypted to the office key {result.recipient}")
    else:
        typer.echo("  Not encrypted (demographic answers left out)"
                   if result.kind != "return" else "  Not encrypted (a return package)")
    if result.includes_contacts:
        typer.echo("  Includes contact details of participants who agreed to be contacted")
    typer.echo(f"  Signed by {result.signer}")


def _office_key_if_needed(paths: list[Path], passphrase_file: Path | None):
    """Unlock the office key only when a package is encrypted and this is the office."""
    from ..services.sync import keys as sync_keys
    from ..services.sync import package_read as sync_package_read

    needed = False
    for path in paths:
        try:
            if sync_package_read.peek_package(path)["encrypted"]:
                needed = True
                break
        except SmartCityError:
            continue  # reported when the package is read
    if not needed or not sync_keys.has_office_key():
        return None
    return sync_keys.load_office_key(_passphrase(passphrase_file, "the office key"))


@app.command("verify-package")
def verify_package_cmd(
        file: Annotated[Path, typer.Argument(help="The package file.")],
        passphrase_file: PassphraseFileOption = None) -> None:
    """Check a package (archive, hashes, signature, versions; decrypts with the office key)
    without importing it. Exit code 0: valid and trusted; 1: rejected or key not trusted."""
    from ..services.sync import package_read as sync_package_read
    from ..services.sync.codec import SyncRejected

    try:
        db = open_db()
        office_key = _office_key_if_needed([file], passphrase_file)
        package = sync_package_read.read_package(file, db, office_private_key=office_key,
                                                 require_trust=False)
    except SyncRejected as exc:
        typer.echo(f"{file.name}: REJECTED ({exc.reason}): {exc.message}")
        raise typer.Exit(1) from exc
    except SmartCityError as exc:
        raise _fail(exc) from exc
    typer.echo(f"{file.name}: valid package {package.package_id}")
    typer.echo(f"  kind {package.kind}, from device {package.device_id}, made "
               f"{package.created_at:%Y-%m-%d %H:%M} UTC")
    typer.echo(f"  format {package.format_version}, schema {package.schema_version}, "
               f"{package.records} records")
    for table, count in package.counts.items():
        typer.echo(f"  {table:22} {count:>8}")
    typer.echo("  encrypted to this office" if package.encrypted else "  not encrypted")
    if package.trusted:
        typer.echo(f"  signed by trusted key {package.signer_fingerprint}")
    else:
        typer.echo(f"  signed by a key that is NOT trusted here: {package.signer_fingerprint} "
                   "(compare it with the sender, then keys trust or import-package asks)")
        raise typer.Exit(1)


@app.command("import-package")
def import_package_cmd(
        files: Annotated[list[Path], typer.Argument(help="Package files (.scpkg).")],
        trust_new: Annotated[bool, typer.Option(
            "--trust-new", help="Trust unknown signing keys without asking (their "
            "fingerprints are printed).")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Machine-readable "
                                              "report.")] = False,
        passphrase_file: PassphraseFileOption = None) -> None:
    """Import packages; each is checked completely first and applied all or nothing.
    Prints what each added, changed, deleted or put into conflict, or why it was rejected.
    Exit code 1 when any package was rejected."""
    from ..services.sync import package_import as sync_package_import

    def ask(fingerprint: str, device_id: str) -> bool:
        if trust_new:
            typer.echo(f"Trusting the new key {fingerprint} of device {device_id}", err=True)
            return True
        typer.echo(f"A package is signed by a key that is not trusted yet:\n"
                   f"  fingerprint: {fingerprint}\n  device:      {device_id}\n"
                   "Compare the fingerprint with the sender (read it aloud).", err=True)
        try:
            return typer.confirm("Trust this key?", default=False, err=True)
        except typer.Abort:
            return False

    progress, close = _progress_bar("Importing packages")
    try:
        db = open_db()
        office_key = _office_key_if_needed(files, passphrase_file)
        try:
            reports = sync_package_import.import_packages(db, files, office_private_key=office_key,
                                                          trust_new=ask, progress=progress)
        finally:
            close()
    except SmartCityError as exc:
        raise _fail(exc) from exc
    if as_json:
        typer.echo(json.dumps([{
            "file": str(r.path), "ok": r.ok, "package_id": r.package_id,
            "device_id": r.device_id, "kind": r.kind, "already_imported": r.already_imported,
            "added": r.added, "changed": r.changed, "deleted": r.deleted,
            "conflicts": r.conflicts, "tables": r.tables, "reason": r.reason,
            "message": r.message} for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            typer.echo(report.summary())
            for table, stats in report.tables.items():
                if any(stats[k] for k in ("added", "changed", "deleted", "conflicts")):
                    typer.echo(f"  {table:22} +{stats['added']} ~{stats['changed']} "
                               f"-{stats['deleted']} !{stats['conflicts']}")
        ok = sum(r.ok for r in reports)
        typer.echo(f"{ok} of {len(reports)} packages imported"
                   + (f", {len(reports) - ok} rejected." if ok < len(reports) else "."))
    if any(not r.ok for r in reports):
        raise typer.Exit(1)
