"""A throwaway PostgreSQL server for tests and the bench.

``PgServer`` runs ``initdb`` and ``pg_ctl`` in a temporary folder and listens on a free local
port (TCP on 127.0.0.1 only, trust authentication, nothing outside the folder is touched).
PostgreSQL refuses to run as root, so when the tests run as root the folder is given to the
``postgres`` user and the programs run through ``runuser -u postgres --``.

Use it from a test module with ``pytest_plugins = ["tests.pg"]`` and the ``pg_url`` fixture
(a fresh database per test module) or ``pg_server`` (one server per test session). When the
PostgreSQL programs are missing (looked for in PATH and /usr/lib/postgresql/*/bin) the tests
that need them are skipped with a message saying so; CI installs them (see .ci/run) and sets
SMARTCITY_REQUIRE_PG=1, which turns that skip into a failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

PROGRAMS = ("initdb", "pg_ctl", "postgres")


def find_bin_dir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    candidates: list[Path] = []
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(os.path.realpath(initdb)).parent)
    # Debian/Ubuntu keep them out of PATH; the newest version first.
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                      key=lambda p: [int(x) if x.isdigit() else 0
                                     for x in Path(p).parent.name.split(".")],
                      reverse=True)
    candidates += [Path(p) for p in versions]
    for folder in candidates:
        if all((folder / name).is_file() and os.access(folder / name, os.X_OK)
               for name in PROGRAMS):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgUnavailable(RuntimeError):
    """The PostgreSQL programs are missing or cannot run here."""


class PgServer:
    """One PostgreSQL cluster in a temporary folder, started and stopped by this object."""

    def __init__(self, bin_dir: Path | None = None, *, durable: bool = False) -> None:
        """``durable=False`` (tests) turns fsync off; the bench uses ``durable=True`` so that
        its timings include what a real server pays for each commit."""
        self.durable = durable
        self.bin_dir = bin_dir or find_bin_dir()
        if self.bin_dir is None:
            raise PgUnavailable(
                "PostgreSQL programs (initdb, pg_ctl, postgres) not found in PATH or "
                "/usr/lib/postgresql/*/bin; install the 'postgresql' package to run these "
                "tests (.ci/run does).")
        self.root = Path(tempfile.mkdtemp(prefix="smartcity-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "postgres"
        self._as_postgres: list[str] = []
        self._names = itertools.count(1)
        self.started = False
        if os.geteuid() == 0:
            import pwd
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError as exc:
                shutil.rmtree(self.root, ignore_errors=True)
                raise PgUnavailable("running as root but there is no 'postgres' user to run "
                                    "the PostgreSQL server as") from exc
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            runuser = shutil.which("runuser")
            self._as_postgres = ([runuser, "-u", "postgres", "--"] if runuser
                                 else ["su", "postgres", "-s", "/bin/sh", "-c"])

    # ------------------------------------------------------------------ running programs

    def _run(self, program: str, *args: str, timeout: float = 60) -> str:
        command = [str(self.bin_dir / program), *args]
        if self._as_postgres and self._as_postgres[0] == "su":
            import shlex
            command = [*self._as_postgres, shlex.join(command)]
        else:
            command = [*self._as_postgres, *command]
        # The server must not inherit the test's temp/locale quirks; a C.UTF-8 environment
        # is enough for initdb to pick UTF-8.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LC_"))}
        env["LANG"] = "C.UTF-8"
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                env=env, cwd=self.root)
        if result.returncode != 0:
            raise PgUnavailable(f"{program} failed ({result.returncode}): "
                                f"{(result.stderr or result.stdout).strip()[-800:]}")
        return result.stdout

    def start(self) -> PgServer:
        # UTF-8 with a Unicode-aware libc locale, so lower()/ILIKE fold æøå and Cyrillic.
        # fsync off: a throwaway test server need not survive a power cut.
        try:
            self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust",
                      "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        except PgUnavailable:
            self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust",
                      "--encoding=UTF8", "--no-locale", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories='{self.root}' "
                   "-c max_connections=40 -c shared_buffers=64MB")
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start", timeout=90)
        self.started = True
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(self.dsn("postgres"), connect_timeout=3):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                          timeout=60)
        finally:
            self.started = False
            shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ databases

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={database}"

    def url(self, database: str) -> str:
        """A SQLAlchemy URL (psycopg 3) for ``database``."""
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"{prefix}_{next(self._names)}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return self.url(name)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ---------------------------------------------------------------------- pytest fixtures


def _unavailable(message: str):
    """Skip, or fail where the PostgreSQL tests must run (CI sets SMARTCITY_REQUIRE_PG=1)."""
    if os.environ.get("SMARTCITY_REQUIRE_PG") == "1":
        pytest.fail(f"{message} (SMARTCITY_REQUIRE_PG=1: these tests must run here)",
                    pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {message}")


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole test session (skips if unavailable)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:  # pragma: no cover - psycopg is a dependency
        _unavailable("psycopg is not installed")
    try:
        server = PgServer()
    except PgUnavailable as exc:
        _unavailable(str(exc))
    try:
        server.start()
    except (PgUnavailable, subprocess.TimeoutExpired) as exc:
        server.stop()
        _unavailable(f"the throwaway server did not start: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The SQLAlchemy URL of a fresh, empty database on the throwaway server."""
    return pg_server.create_database()
