"""Where a plan lives (an SQLite file or a PostgreSQL database), its engine, and a read-only
look inside.

A PostgreSQL location is a libpq URL (``postgresql://planner@db.example/baikonur``,
``postgresql:///baikonur?host=/run/postgresql``, ``postgresql://?service=baikonur``): psycopg 3
connects with it as given, so ``.pgpass``, service files and every libpq parameter work. Its
password, if the URL holds one, is used to connect and never shown: :attr:`Location.display`
and :func:`absolute_location` (what recent files, preferences, recovery data and report covers
keep) leave it out. Each connection tells the server who the planner is
(``cosmoplan.planner``, from ``COSMOPLAN_PLANNER`` or the login name), for the audit log.

SQLite connections get WAL journaling, foreign keys on and ``synchronous=NORMAL`` on every
connect, and each transaction starts with an explicit ``BEGIN`` (the sqlite3 module would
otherwise leave reads and DDL outside it), so a save or an upgrade is all or nothing; a save's
transaction is ``BEGIN IMMEDIATE`` (:func:`write_transaction`). An engine for reading only
changes nothing in the file, not even its journal mode.
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from cosmoplan.storage.errors import (
    MSG_CANNOT_OPEN,
    MSG_CORRUPT,
    MSG_NOT_FOUND,
    StorageError,
    reason,
)

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
)
SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a save waits for another planner's save to finish before giving up.
BUSY_TIMEOUT_S = 20.0
WRITE_OPTION = "cosmoplan_write"
#: Tables whose presence marks a database as a plan, at any schema revision.
MARKER_TABLES = frozenset({"alembic_version", "plan_info"})
_VERSIONS = sa.table("alembic_version", sa.column("version_num"))
#: URL schemes of PostgreSQL (libpq's two, and SQLAlchemy's with the psycopg 3 driver).
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
#: Where the planner's display name comes from (else the login name).
PLANNER_VARIABLE = "COSMOPLAN_PLANNER"
#: The session setting the audit trigger reads the planner's display name from.
PLANNER_SETTING = "cosmoplan.planner"
_PASSWORD_IN_USER = re.compile(r"(://[^/?#@:]*):[^/?#@]*@")
_PASSWORD_IN_QUERY = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def redact(location: str) -> str:
    """``location`` without a password (in the user part or as a ``password=`` parameter)."""
    return _PASSWORD_IN_QUERY.sub(r"\1***", _PASSWORD_IN_USER.sub(r"\1:***@", location))


def planner_name() -> str:
    """The planner's display name for the audit log."""
    name = os.environ.get(PLANNER_VARIABLE, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@dataclass(frozen=True)
class Location:
    """A parsed location: an SQLite file (``path``) or any other database (``url``)."""

    given: str
    path: Path | None = None
    url: URL | None = None
    #: The libpq URL of a PostgreSQL location (password included, never shown).
    libpq: str | None = None

    @property
    def display(self) -> str:
        """The location as shown to the user (a URL without its password)."""
        if self.libpq is not None:
            return redact(self.given)
        if self.url is not None:
            return self.url.render_as_string(hide_password=True)
        return self.given

    @property
    def is_server(self) -> bool:
        """Whether the plan lives on a PostgreSQL server."""
        return self.libpq is not None

    def engine(self, *, read_only: bool = False, create: bool = False) -> Engine:
        """A new engine for this location (for reading only: never writes, see the module).
        A plan file must exist unless ``create`` is asked for."""
        if self.path is not None:
            return file_engine(self.path, read_only=read_only, create=create)
        if self.libpq is not None:
            return server_engine(self)
        assert self.url is not None
        try:
            engine = sa.create_engine(self.url)
        except (ImportError, ArgumentError) as exc:  # e.g. the driver is not installed
            raise StorageError(MSG_CANNOT_OPEN, location=self.display, reason=str(exc)) from None
        if engine.dialect.name == "sqlite":
            _configure_sqlite(engine, read_only=read_only)
        return engine


def is_url(location: str | Path) -> bool:
    """Whether ``location`` is written as a URL (a database server, or ``sqlite:///file``)
    rather than as a path: the one place that tells them apart."""
    return isinstance(location, str) and "://" in location


def file_path(location: str | Path) -> Path | None:
    """The absolute path of the plan file ``location`` names; ``None`` for a database
    server (or a location that is not one at all)."""
    try:
        return parse(location).path
    except StorageError:
        return None


def absolute_location(location: str | Path) -> str:
    """``location`` as it stays true from any folder: a plan file by its absolute path, a
    database server by its URL without a password (for recent files, preferences, recovery
    data and report covers)."""
    path = file_path(location)
    return str(path) if path is not None else redact(str(location))


def same_location(a: str | Path | None, b: str | Path | None) -> bool:
    """Whether two locations name the same plan (one file by two paths, or one URL)."""
    if a is None or b is None:
        return False
    path_a, path_b = file_path(a), file_path(b)
    if path_a is not None and path_b is not None:
        return path_a.resolve() == path_b.resolve()
    return path_a is None and path_b is None and redact(str(a)) == redact(str(b))


def parse(location: str | Path) -> Location:
    """A path, or a SQLAlchemy URL (``sqlite:///file`` counts as a path)."""
    given = str(location)
    if isinstance(location, str) and is_url(location):
        scheme, rest = location.split("://", 1)
        if scheme.lower() in POSTGRES_SCHEMES:  # libpq reads it: multiple hosts, services...
            return Location(given, libpq=f"postgresql://{rest}")
        try:
            url = make_url(location)
        except ArgumentError as exc:
            raise StorageError(MSG_CANNOT_OPEN, location=given, reason=str(exc)) from None
        database = url.database or ""
        is_file = database not in ("", ":memory:") and not database.startswith("file:")
        if url.get_backend_name() == "sqlite" and is_file:
            return Location(given, path=Path(database).absolute())
        return Location(given, url=url)
    return Location(given, path=Path(location).absolute())


def writable(path: Path) -> bool:
    """Whether the SQLite file ``path`` and its folder (for the ``-wal`` file) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def file_engine(path: Path, *, read_only: bool = False, create: bool = False) -> Engine:
    """An engine on the SQLite file ``path`` (one connection per transaction).

    Unless ``create`` is asked for, the file must exist: a plan deleted or moved away while
    open is never recreated empty by the next save (``mode=rw``).

    For reading only, the file's journal mode is left alone and writes are refused
    (``query_only``); a file or folder that cannot be written is opened with ``mode=ro``
    (``immutable`` when no writer's ``-wal`` is there), so no ``-wal``/``-shm`` is left behind.
    """
    if read_only and not writable(path):
        live = path.with_name(path.name + "-wal").exists()
        uri = path.as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)

    else:
        uri = path.as_uri() + ("?mode=rwc" if create else "?mode=rw")

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)

    engine = sa.create_engine("sqlite://", creator=connect, poolclass=NullPool)
    _configure_sqlite(engine, read_only=read_only)
    return engine


def connect(location: Location) -> Any:
    """A new psycopg connection to the PostgreSQL ``location``, saying who the planner is
    (:data:`PLANNER_SETTING`); psycopg's error if the server cannot be reached."""
    psycopg = _psycopg(location.display)
    assert location.libpq is not None
    connection = psycopg.connect(location.libpq, application_name="cosmoplan", connect_timeout=10)
    connection.execute("SELECT set_config(%s, %s, false)", (PLANNER_SETTING, planner_name()))
    connection.commit()
    return connection


def _psycopg(display: str) -> Any:
    try:
        import psycopg
    except ImportError:
        why = "psycopg is not installed (pip install 'cosmoplan[postgres]')"
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=why) from None
    return psycopg


def server_engine(location: Location) -> Engine:
    """An engine on the PostgreSQL database of ``location`` (psycopg 3, connections made by
    :func:`connect`). Connections are checked before use: a server restarted meanwhile costs
    a reconnect, not an error."""
    _psycopg(location.display)
    return sa.create_engine(
        "postgresql+psycopg://", creator=lambda: connect(location), pool_pre_ping=True
    )


def _configure_sqlite(engine: Engine, *, read_only: bool) -> None:
    sa.event.listen(engine, "connect", _on_read_connect if read_only else _on_sqlite_connect)
    sa.event.listen(engine, "begin", _on_sqlite_begin)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # no implicit transactions: we BEGIN ourselves
    for pragma in SQLITE_PRAGMAS:
        dbapi_connection.execute(pragma)


def _on_read_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA query_only = ON")


def _on_sqlite_begin(connection: Connection) -> None:
    # A save takes the write lock at once, so that what it reads stays true until it commits.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction holding the write lock from its start (``BEGIN IMMEDIATE`` on SQLite)."""
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            yield connection


# -- looking inside without changing anything ------------------------------------------------
def file_version(path: Path, display: str) -> str | None:
    """The schema revision of the SQLite file, or ``None`` if it holds no plan.

    Reads through a read-only connection (``immutable`` unless a WAL file is present), so the
    file and its folder stay exactly as they were.
    """
    if not path.exists():
        raise StorageError(MSG_NOT_FOUND, location=display)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as exc:
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=exc.strerror) from None
    if not header.startswith(SQLITE_MAGIC):
        return None
    live = path.with_name(path.name + "-wal").exists()
    uri = path.as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=str(exc)) from None
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not {name for (name,) in rows} >= MARKER_TABLES:
            return None
        versions = [v for (v,) in connection.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.OperationalError as exc:
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise StorageError(MSG_CORRUPT, location=display, reason=str(exc)) from None
    finally:
        connection.close()
    return _single(versions, display)


def engine_version(engine: Engine, display: str) -> str | None:
    """The schema revision of the database behind ``engine``, or ``None`` if it holds no plan."""
    try:
        with engine.connect() as connection:
            if not set(sa.inspect(connection).get_table_names()) >= MARKER_TABLES:
                return None
            versions = list(connection.execute(sa.select(_VERSIONS.c.version_num)).scalars())
    except SQLAlchemyError as exc:
        raise StorageError(MSG_CANNOT_OPEN, location=display, reason=reason(exc)) from None
    return _single(versions, display)


def _single(versions: list[Any], display: str) -> str:
    if len(versions) != 1 or not isinstance(versions[0], str):
        raise StorageError(MSG_CORRUPT, location=display, reason="no single schema version")
    return versions[0]
