"""Sync packages in the GUI: keys, exporting a package, importing packages.

- :mod:`.keys_dialog` — this computer's signing key, the central office's key (fingerprint
  grouped for reading aloud, a QR code of the public key, the public key file), the office
  packages are encrypted to, and the register of trusted keys (trust a key file, revoke).
- :mod:`.export_package` — full, incremental (since the last package or a date) or return
  package; encrypted to the office key by default when one is known; contact details only when
  ticked (off by default, with a warning).
- :mod:`.import_packages` — many ``.scpkg`` files at once, imported in the thread pool with
  progress and Cancel, a report per package, and a question on the GUI thread when a package is
  signed by a key nobody has trusted yet (the worker waits for the answer).

Argon2id key derivation takes about a second and lots of memory, so creating and unlocking
keys runs in the worker too. The worker never touches widgets. What the dialogs share is in
:mod:`.common`; the passphrase dialog and the QR code widget have modules of their own.
"""
