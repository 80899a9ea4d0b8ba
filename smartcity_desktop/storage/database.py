"""Opening a database: SQLite is the application's file format.

Opening a file goes through checks that only read (header, ``application_id``, ``quick_check``,
schema version) before anything is written. A file from an older schema is copied with the
SQLite backup API and then migrated with Alembic; a newer, foreign or corrupt file is refused.

The central office may instead keep its database on PostgreSQL, opened with a SQLAlchemy URL
(``postgresql+psycopg://user@host/dbname``, psycopg 3). The same read-only checks apply (an
empty database is set up, one of another application or a newer schema is refused); there is
no file to back up, the server's own backups do that. The few SQL spellings that differ
between the two are in the ``Database`` helpers below (``row_key``, ``group_concat``,
``nocase``) and in ``services.capture`` (full-text search).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session

from ..core.clock import HLCStamp, HybridLogicalClock, utcnow
from ..core.errors import (
    CorruptDatabaseError,
    DatabaseRefusedError,
    DatabaseWriteError,
    NewerSchemaError,
    NotOurFileError,
)
from .models import SYNCED_TABLES

APPLICATION_ID = 0x53434344  # "SCCD"
SQLITE_HEADER = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config():
    # Alembic (and Mako under it) is imported only when a schema has to change: opening a
    # database that is already at the head must not pay for it at every start.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


# Made by hand in migration 0002 and not described by the models: SQLite's FTS5 table (and
# its shadow tables), PostgreSQL's full-text index of ideas.
_HAND_MADE_INDEXES = {"ix_idea_search"}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic autogenerate filter: the full-text search objects of migration 0002."""
    if type_ == "table" and name and name.startswith("idea_fts"):
        return False
    return not (type_ == "index" and name in _HAND_MADE_INDEXES)


_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> set[str]:
    """The revisions this app knows. Migrations form one numbered chain (0001, 0002, …); a
    test checks that this agrees with Alembic's own view of the scripts."""
    return {m[1] for f in (_MIGRATIONS / "versions").iterdir()
            if (m := _REVISION_FILE.match(f.name))}


def schema_head() -> str:
    return max(known_revisions())


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    is_new: bool
    revision: str | None


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` without writing to it; raise if we must not open it."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotOurFileError(f"{path} is not a Smart City database (it is not an SQLite file).",
                              path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        refusal = open_error(exc, path)
        if refusal is not None:
            raise refusal from exc
        raise CorruptDatabaseError(f"{path} cannot be opened: {exc}", path=str(path),
                                   error=str(exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise CorruptDatabaseError(
                f"{path} is damaged (quick_check: {'; '.join(result[:3])}).", path=str(path),
                error="; ".join(result[:3]))
        if app_id != APPLICATION_ID:
            if app_id == 0 and not tables:
                return FileState(is_new=True, revision=None)
            raise NotOurFileError(f"{path} is an SQLite database of another application.",
                                  path=str(path))
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        refusal = open_error(exc, path)
        if refusal is not None:  # a full disk or a folder we may not write in is not damage
            raise refusal from exc
        raise CorruptDatabaseError(f"{path} is damaged: {exc}", path=str(path),
                                   error=str(exc)) from exc
    finally:
        conn.close()
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"{path} was made by a newer version of the app (schema {revision}); "
            "update the app to open it.", path=str(path), revision=revision)
    return FileState(is_new=False, revision=revision)


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (the only driver installed)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_url(target: str | Path) -> bool:
    """True for a SQLAlchemy URL of a server database (not a file path, not sqlite:///)."""
    text = str(target)
    return "://" in text and not text.startswith("sqlite")


def inspect_server(engine: sa.Engine) -> FileState:
    """Look at a server database without writing to it; raise if we must not open it."""
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                row = conn.execute(sa.text("SELECT version_num FROM alembic_version")).first()
                revision = row[0] if row else None
    except sa.exc.OperationalError as exc:
        reason = (str(exc.orig or exc).strip().splitlines() or [""])[0]
        raise DatabaseRefusedError(f"Cannot connect to {shown}: {reason}", path=shown,
                                   reason="db_connect_failed", error=reason) from exc
    if not tables:
        return FileState(is_new=True, revision=None)
    if "alembic_version" not in tables:
        raise NotOurFileError(f"{shown} holds tables of another application; use an empty "
                              "database for Smart City.", path=shown)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"{shown} was made by a newer version of the app (schema {revision}); "
            "update the app to open it.", path=shown, revision=revision)
    return FileState(is_new=False, revision=revision)


def backup_file(path: Path, revision: str | None) -> Path:
    """Copy the database with the SQLite backup API (consistent even with a WAL)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}-{counter}"
                                f"{path.suffix}")
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    if cur.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        cur.execute(f"PRAGMA application_id={APPLICATION_ID}")
    cur.close()


_WRITE_PROBLEMS = (
    # (words in the driver's message, reason, English sentence)
    (("disk is full", "no space left"), "disk_full",
     "The disk is full: nothing was saved. Free some space and try again."),
    (("readonly database", "read-only", "read only"), "db_read_only",
     "The database file {path} is read-only: nothing was saved. Open a copy you may write to."),
    (("database is locked", "database is busy"), "db_locked",
     "Another program is writing to the database {path}: nothing was saved. Try again in a "
     "moment."),
    (("unable to open database file",), "db_unreachable",
     "The database file {path} cannot be reached (a removed USB stick?): nothing was saved."),
)


_OPEN_PROBLEMS = (
    # (words in the driver's message, reason, English sentence): the file is not damaged
    (("disk is full", "no space left"), "open_disk_full",
     "{path} cannot be opened because the disk is full. The file is not damaged: free some "
     "space and open it again."),
    (("readonly database", "read-only", "read only"), "open_read_only",
     "{path} cannot be opened for writing: the file or its folder is read-only. The file is "
     "not damaged: copy it to a folder you may write to."),
    (("database is locked", "database is busy"), "open_locked",
     "{path} is in use by another program. The file is not damaged: close the other program "
     "and open it again."),
    (("unable to open database file",), "open_unreachable",
     "{path} cannot be opened: its folder cannot be read or written (a removed USB stick?). "
     "The file is not damaged."),
)


def open_error(exc: Exception, path: Path) -> DatabaseRefusedError | None:
    """The refusal for an error met while opening ``path`` that is not damage to the file
    (a full disk, a read-only file or folder, a lock); None when it may be damage."""
    text = str(getattr(exc, "orig", exc)).lower()
    for words, reason, message in _OPEN_PROBLEMS:
        if any(w in text for w in words):
            return DatabaseRefusedError(message.format(path=path), reason=reason,
                                        path=str(path))
    return None


def write_error(exc: Exception, path: Path | None) -> DatabaseWriteError:
    """The :class:`DatabaseWriteError` for a write the database refused with ``exc``."""
    text = str(getattr(exc, "orig", exc)).lower()
    shown = str(path) if path else "on the server"
    for words, reason, message in _WRITE_PROBLEMS:
        if any(w in text for w in words):
            return DatabaseWriteError(message.format(path=shown), reason=reason, path=shown)
    return DatabaseWriteError(f"The database refused the change ({getattr(exc, 'orig', exc)}); "
                              "nothing was saved.", reason="db_write_failed", path=shown,
                              error=str(getattr(exc, "orig", exc)))


class Database:
    """An open database: the engine, this device's id and its clock.

    Use :meth:`open` to get one. ``session()`` gives short-lived sessions; each service call
    opens one, writes in one transaction and commits before returning.
    """

    def __init__(self, engine: sa.Engine, device_id: str, path: Path | None,
                 backup_path: Path | None = None) -> None:
        self.engine = engine
        self.device_id = device_id
        self.path = path
        self.backup_path = backup_path
        self.clock = HybridLogicalClock(device_id)

    @classmethod
    def open(cls, target: str | Path, device_id: str) -> Database:
        """Open (creating or migrating if needed) a database file path or SQLAlchemy URL."""
        text = str(target)
        if is_url(text):
            engine = sa.create_engine(normalise_url(text), pool_pre_ping=True)
            try:
                state = inspect_server(engine)
                if state.is_new or state.revision != schema_head():
                    _upgrade(engine)
            except BaseException:
                engine.dispose()
                raise
            return cls(engine, device_id, None)._continue_clock()
        path = Path(text.removeprefix("sqlite:///")).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        state = inspect_file(path)
        backup = None
        if not state.is_new and state.revision != schema_head():
            backup = backup_file(path, state.revision)
        engine = sa.create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        try:
            if state.is_new or state.revision != schema_head():
                _upgrade(engine)
            return cls(engine, device_id, path, backup)._continue_clock()
        except sa.exc.OperationalError as exc:
            engine.dispose()
            refusal = open_error(exc, path)
            if refusal is None:
                raise
            raise refusal from exc

    def _continue_clock(self) -> Database:
        """Start the clock after the newest stamp in the database, so that edits made after a
        restart with the wall clock set back still win over the ones made before."""
        sql = " UNION ALL ".join(f"SELECT max(hlc) FROM {cls.__tablename__}"
                                 for cls in SYNCED_TABLES)
        with self.engine.connect() as conn:
            stamps = [s for s in conn.execute(sa.text(sql)).scalars() if s]
        if stamps:
            self.clock.observe(HLCStamp.decode(max(stamps)))
        return self

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short-lived session. A write the database refuses (full disk, read-only file,
        lock held by another program) comes out as :class:`DatabaseWriteError` that says why,
        with the transaction rolled back, never as the driver's own error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except sa.exc.OperationalError as exc:
                session.rollback()
                raise write_error(exc, self.path) from exc

    def stamp(self) -> dict:
        """The sync columns for a record changed now by this device."""
        return {"updated_at": utcnow(), "device_id": self.device_id,
                "hlc": self.clock.now().encode()}

    def close(self) -> None:
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    # -- SQL spelled differently by SQLite and PostgreSQL (for raw-SQL services) ----------

    def row_key(self, alias: str) -> str:
        """A cheap unique key of the rows of ``alias`` for paged lists: SQLite's integer
        ``rowid``, the record id (UUID text) on a server, which has no row ids. Keys are
        opaque to callers; they also break ties in a sort, so ties are ordered by insertion
        on SQLite and by id elsewhere."""
        return f"{alias}.rowid" if self.is_sqlite else f"{alias}.id"

    def group_concat(self, expr: str) -> str:
        """Aggregate ``expr`` into comma-separated text."""
        if self.is_sqlite:
            return f"group_concat({expr})"
        return f"string_agg(CAST({expr} AS TEXT), ',')"

    def nocase(self, expr: str) -> str:
        """``expr`` for sorting without regard to case."""
        return f"{expr} COLLATE NOCASE" if self.is_sqlite else f"lower({expr})"


def _upgrade(engine: sa.Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several office staff may open a new database at once: one migrates, the others
            # wait for the lock (held until commit) and then find it at the head.
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def upgrade_to(path: Path, revision: str) -> None:
    """Create or move a database to an exact revision (tests of old schemas use this)."""
    from alembic import command

    engine = sa.create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
