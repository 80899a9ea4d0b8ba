"""Opening untrusted ZIP archives safely: allow-listed entry names (no absolute paths, no
``..``, no links, no duplicates), limits on entries, sizes and compression ratio, and reading
with a cap (header sizes are not trusted). ``sync.package_read`` reads packages through it."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .package import DEFAULT_LIMITS, PackageLimits, PackageRejected, refuse


def checked_entries(zf: zipfile.ZipFile, allowed: Callable[[str], bool],
                    limits: PackageLimits) -> dict[str, zipfile.ZipInfo]:
    """name -> entry of an archive whose every entry passed the checks (``allowed`` names,
    no paths out, links, duplicates, encryption or bombs; the sizes the headers claim are
    within ``limits``)."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise refuse("too_many_entries",
                     f"The package has {len(infos):,} entries; a package has at most "
                     f"{limits.max_entries}. It was not made by this app.",
                     entries=len(infos))
    for info in infos:
        name = info.filename
        plain = name.replace("\\", "/")
        if plain.startswith("/") or re.match(r"^[A-Za-z]:", plain):
            raise refuse("absolute_path", f"The package contains an absolute path ({name!r}); "
                         "it is not a package made by this app.", entry=name)
        if ".." in plain.split("/"):
            raise refuse("path_traversal", f"The package contains a path that leads outside "
                         f"it ({name!r}).", entry=name)
        mode = (info.external_attr >> 16) & 0o170000
        if mode == 0o120000:
            raise refuse("symlink", f"The package contains a link ({name!r}); packages hold "
                         "only plain files.", entry=name)
        if "\x00" in name or "\\" in name or not allowed(name) or (
                mode not in (0, 0o100000)):
            raise refuse("unexpected_entry", f"The package contains an unexpected entry "
                         f"({name!r}).", entry=name)
        if info.flag_bits & 0x1:
            raise refuse("unexpected_entry", f"The entry {name!r} uses ZIP encryption, "
                         "which packages never do.", entry=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse("unexpected_entry", f"The entry {name!r} uses an unsupported "
                         "compression method.", entry=name)
    counts = Counter(info.filename for info in infos)
    duplicates = sorted(name for name, n in counts.items() if n > 1)
    if duplicates:
        raise refuse("duplicate_entry", f"The package contains {duplicates[0]!r} more than "
                     "once.", entry=duplicates[0])
    claimed = sum(info.file_size for info in infos)
    if claimed > limits.max_total_bytes:
        raise refuse("too_large", f"The package would unpack to {claimed / 1e6:,.0f} MB, more "
                     f"than the limit of {limits.max_total_bytes / 1e6:,.0f} MB.")
    for info in infos:
        _check_ratio(info, info.file_size, limits)
    return {info.filename: info for info in infos}


def _check_ratio(info: zipfile.ZipInfo, size: int, limits: PackageLimits) -> None:
    packed = max(info.compress_size, 1)
    if size > limits.ratio_floor and size > limits.max_ratio * packed:
        raise refuse("compression_bomb",
                     f"The entry {info.filename!r} expands {size / packed:,.0f}"
                     f" times (at most {limits.max_ratio:.0f} is allowed): a compression bomb "
                     "or not a package made by this app.", entry=info.filename)


def read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, limits: PackageLimits,
               budget: list[int]) -> bytes:
    """Read one entry, never more than ``cap`` bytes nor the remaining total budget, checking
    the ratio on what is actually produced (header sizes are not trusted)."""
    limit = min(cap, budget[0])
    chunks = []
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                _check_ratio(info, size, limits)
                if size > limit:
                    raise refuse("too_large", f"The entry {info.filename!r} is larger than a "
                                 "package may hold.", entry=info.filename)
    except PackageRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError) as exc:
        # zlib.error is a subclass of Exception only; caught below
        raise refuse("bad_zip", f"The package is damaged: the entry {info.filename!r} cannot "
                     f"be read ({exc}).", entry=info.filename) from exc
    except Exception as exc:  # zlib.error and friends from a damaged deflate stream
        raise refuse("bad_zip", f"The package is damaged: the entry {info.filename!r} cannot "
                     f"be read ({exc}).", entry=info.filename) from exc
    budget[0] -= size
    return b"".join(chunks)


def _count_entries_cheaply(data: bytes, limits: PackageLimits) -> None:
    """Look at the end-of-central-directory record before ``zipfile`` parses the whole
    directory, so that a file claiming millions of entries is refused without building them."""
    tail_start = max(0, len(data) - 22 - 65535)
    pos = data.rfind(b"PK\x05\x06", tail_start)
    if pos < 0 or pos + 22 > len(data):
        return  # zipfile reports the damage
    entries = int.from_bytes(data[pos + 10:pos + 12], "little")
    directory = int.from_bytes(data[pos + 12:pos + 16], "little")
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        raise refuse("unexpected_entry", "The package uses ZIP64 records, which packages of "
                     "this app never need.")
    if entries > limits.max_entries:
        raise refuse("too_many_entries",
                     f"The package has {entries:,} entries; a package has at most "
                     f"{limits.max_entries}. It was not made by this app.", entries=entries)


def open_zip(data: bytes, limits: PackageLimits = DEFAULT_LIMITS,
             what: str = "package") -> zipfile.ZipFile:
    """``data`` as a ZIP archive, refused before parsing when it claims too many entries."""
    if not data.startswith(b"PK"):
        raise refuse("not_zip", f"The file is not a {what} (it is not a ZIP archive).")
    _count_entries_cheaply(data, limits)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
        raise refuse("bad_zip", f"The file is not a complete {what}: the ZIP archive is "
                     "damaged or truncated (was the copy interrupted?).") from exc


def read_file(path: Path, limits: PackageLimits) -> bytes:
    """The bytes of a package file no larger than ``limits`` allow (else refused)."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise refuse("too_large", f"{path.name} is {size / 1e6:,.0f} MB, larger than a "
                         f"package may be ({limits.max_file_bytes / 1e6:,.0f} MB).")
        if not path.is_file():
            raise refuse("file_not_found", f"{path} is not a file.", path=str(path))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise refuse("file_not_found", f"{path} does not exist.",
                     path=str(path)) from exc
    except PackageRejected:
        raise
    except OSError as exc:
        raise refuse("unreadable", f"{path} cannot be read: {exc.strerror}.", path=str(path),
                     error=exc.strerror or str(exc)) from exc
