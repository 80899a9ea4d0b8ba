"""Importing packages: each checked package (``sync.package_read``) is merged in its own
transaction (``sync.merge``); a refused package is reported and the others still import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nacl.public import PrivateKey

from ...storage.database import Database
from . import trust as sync_trust
from .codec import SyncRejected
from .merge import apply_changes
from .package import DEFAULT_LIMITS, PackageLimits
from .package_read import VerifiedPackage, read_package


@dataclass
class PackageReport:
    """What importing one file did (or why it was refused)."""

    path: Path | None
    ok: bool
    package_id: str | None = None
    device_id: str | None = None
    kind: str | None = None
    already_imported: bool = False
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    signer: str | None = None
    newly_trusted: bool = False

    def summary(self) -> str:
        name = self.path.name if self.path else "package"
        if not self.ok:
            return f"{name}: rejected ({self.reason}): {self.message}"
        if self.already_imported:
            return f"{name}: already imported; nothing changed."
        return (f"{name}: {self.added} added, {self.changed} changed, {self.deleted} deleted, "
                f"{self.conflicts} conflicts.")


_COUNT_NAMES = ("added", "changed", "deleted", "unchanged", "conflicts")


def _fill_from_merge(report: PackageReport, merged) -> None:
    report.already_imported = bool(getattr(merged, "already_imported", False))
    per_table = getattr(merged, "tables", None) or {}
    for table, stats in per_table.items():
        values = {name: int(stats.get(name, 0) if isinstance(stats, dict)
                            else getattr(stats, name, 0)) for name in _COUNT_NAMES}
        report.tables[table] = values
    for name in _COUNT_NAMES:
        value = getattr(merged, name, None)
        if value is None or callable(value):
            value = sum(t[name] for t in report.tables.values())
        setattr(report, name, int(value))


def import_package(db: Database, path: Path, *, office_private_key: PrivateKey | None = None,
                   trust_new: Callable[[str, str], bool] | None = None,
                   progress: Callable[[int, int], object] | None = None,
                   limits: PackageLimits = DEFAULT_LIMITS) -> PackageReport:
    """Check and apply one package. Raises PackageRejected (nothing written) when refused."""
    package = read_package(path, db, office_private_key=office_private_key,
                           trust_new=trust_new, limits=limits)
    return apply_package(db, package, progress=progress)


def apply_package(db: Database, package: VerifiedPackage, *,
                  progress: Callable[[int, int], object] | None = None) -> PackageReport:
    merged = apply_changes(db, package_id=package.package_id, device_id=package.device_id,
                           kind=package.kind, created_at=package.created_at,
                           hlc_from=package.hlc_from, hlc_to=package.hlc_to,
                           tables=package.tables, progress=progress)
    report = PackageReport(path=package.path, ok=True, package_id=package.package_id,
                           device_id=package.device_id, kind=package.kind,
                           signer=package.signer_fingerprint)
    _fill_from_merge(report, merged)
    if package.trust_on_import:
        sync_trust.trust_key(db, package.signer_key, package.device_id,
                            label=f"trusted on import of {package.path.name}"
                            if package.path else "trusted on import")
        report.newly_trusted = True
    return report


def import_packages(db: Database, paths: Sequence[Path], *,
                    office_private_key: PrivateKey | None = None,
                    trust_new: Callable[[str, str], bool] | None = None,
                    progress: Callable[[int, int], object] | None = None,
                    cancel: Callable[[], bool] | None = None,
                    limits: PackageLimits = DEFAULT_LIMITS) -> list[PackageReport]:
    """Import many packages one after another, each in its own transaction. A refused
    package is reported and skipped; the others still import. ``progress(done, total)``
    (returning False) or ``cancel()`` stop before the next package; packages not reached are
    reported with reason "cancelled"."""
    paths = [Path(p) for p in paths]
    reports: list[PackageReport] = []
    stopped = False
    if progress is not None and progress(0, len(paths)) is False:
        stopped = True
    for index, path in enumerate(paths):
        if stopped or (cancel is not None and cancel()):
            stopped = True
            reports.append(PackageReport(path=path, ok=False, reason="cancelled",
                                         message="Not imported: the import was cancelled."))
            continue
        try:
            reports.append(import_package(db, path, office_private_key=office_private_key,
                                          trust_new=trust_new, limits=limits))
        except SyncRejected as exc:
            reports.append(PackageReport(
                path=path, ok=False, reason=getattr(exc, "reason", None) or exc.code,
                message=exc.message))
        if progress is not None and progress(index + 1, len(paths)) is False:
            stopped = True
    return reports
