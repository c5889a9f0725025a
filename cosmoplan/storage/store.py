"""PlanStore: a plan kept in an SQLite file or a database, opened, saved and created safely.

- Opening looks inside read-only first: a missing file, something that is not a plan, a plan
  damaged or written by a newer cosmoplan is refused with a :class:`StorageError` and nothing
  is touched. An older plan is copied to ``<file>.bak-<revision>`` and then upgraded.
- Saving is one transaction: a failure or a crash leaves the last saved plan.
- Creating a file writes a temporary file in the same folder and renames it over the target.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from types import TracebackType

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from cosmoplan.domain import Plan, Ref
from cosmoplan.storage import migrate, rows
from cosmoplan.storage.damage import CorruptDataError
from cosmoplan.storage.errors import (
    MSG_CANNOT_OPEN,
    MSG_CORRUPT,
    MSG_MIGRATE_FAILED,
    MSG_NEWER_VERSION,
    MSG_NOT_A_PLAN,
    MSG_WRITE_FAILED,
    StorageError,
    reason,
)
from cosmoplan.storage.locations import Location, engine_version, file_version, parse
from cosmoplan.storage.schema import plan_info

SIDECARS = ("-wal", "-shm", "-journal")


def read_schema_version(location: str | Path) -> str | None:
    """The schema revision of the plan at ``location``, or ``None`` if it holds no plan.

    Changes nothing. Raises :class:`StorageError` if the location is missing or unreadable.
    """
    parsed = parse(location)
    if parsed.path is not None:
        return file_version(parsed.path, parsed.display)
    engine = parsed.engine()
    try:
        return engine_version(engine, parsed.display)
    finally:
        engine.dispose()


def _checked(version: str | None, display: str) -> str:
    """``version`` if this cosmoplan can open a plan of it; else the StorageError saying why."""
    if version is None:
        raise StorageError(MSG_NOT_A_PLAN, location=display)
    if version != migrate.HEAD and version not in migrate.revisions():
        raise StorageError(
            MSG_NEWER_VERSION, location=display, version=version, newest=migrate.HEAD
        )
    return version


def _backup(path: Path, version: str) -> Path:
    """Copy ``path`` to a free ``<name>.bak-<version>[-n]`` beside it."""
    target = path.with_name(f"{path.name}.bak-{version}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.bak-{version}-{number}")
    shutil.copy2(path, target)
    return target


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_sidecars(path: Path) -> None:
    for suffix in SIDECARS:
        _sidecar(path, suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    """Flush ``path`` (a file or a folder) to disk, where the platform allows it."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:  # folders cannot be opened on every platform
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _read_error(exc: BaseException, display: str) -> StorageError | None:
    """The StorageError for a failure while reading a plan, or ``None`` to let it through."""
    if isinstance(exc, CorruptDataError):
        return StorageError(MSG_CORRUPT, location=display, reason=str(exc))
    if isinstance(exc, OperationalError):  # locked, unreadable, out of memory...
        return StorageError(MSG_CANNOT_OPEN, location=display, reason=reason(exc))
    if isinstance(exc, SQLAlchemyError):  # malformed pages, constraint damage...
        return StorageError(MSG_CORRUPT, location=display, reason=reason(exc))
    return None


class PlanStore:
    """Where an open plan is stored; :meth:`save` writes changes back in one transaction."""

    def __init__(self, location: Location, engine: Engine, schema_version: str) -> None:
        self._location = location
        self._engine: Engine | None = engine
        self.schema_version = schema_version

    @property
    def location(self) -> str:
        """The path or URL as given."""
        return self._location.given

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for queries beyond the plan); closed stores have none."""
        if self._engine is None:
            raise RuntimeError(f"the store of {self._location.display} is closed")
        return self._engine

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, location: str | Path) -> tuple[PlanStore, Plan]:
        """Read the plan at ``location``, upgrading an older schema after a backup copy."""
        parsed = parse(location)
        display = parsed.display
        engine = parsed.engine()  # connects on first use, after the read-only look for files
        try:
            if parsed.path is not None:
                version = _checked(file_version(parsed.path, display), display)
            else:
                version = _checked(engine_version(engine, display), display)
            if version != migrate.HEAD:
                cls._upgrade(parsed, engine, version)
            with engine.begin() as connection:
                plan = rows.read_plan(connection)
        except BaseException as exc:
            engine.dispose()
            error = _read_error(exc, display)
            if error is None:
                raise
            raise error from None
        return cls(parsed, engine, migrate.HEAD), plan

    @staticmethod
    def _upgrade(location: Location, engine: Engine, version: str) -> None:
        try:
            if location.path is not None:
                if _sidecar(location.path, "-wal").exists():
                    # Fold committed transactions into the file so that the copy holds them.
                    with engine.connect() as connection:
                        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                _backup(location.path, version)
            with engine.begin() as connection:
                migrate.upgrade(connection)
        except (SQLAlchemyError, OSError) as exc:
            raise StorageError(
                MSG_MIGRATE_FAILED,
                location=location.display,
                version=version,
                reason=reason(exc),
            ) from None

    # -- creating --------------------------------------------------------------------------
    @classmethod
    def create(cls, location: str | Path, plan: Plan) -> PlanStore:
        """Write ``plan`` as a new plan at ``location``, replacing what was there on success."""
        parsed = parse(location)
        if parsed.path is not None:
            return cls(parsed, cls._create_file(parsed, parsed.path, plan), migrate.HEAD)
        engine = parsed.engine()
        try:
            version = engine_version(engine, parsed.display)
            if version is not None:
                _checked(version, parsed.display)
            cls._write_new(engine, plan, parsed.display)
        except BaseException:
            engine.dispose()
            raise
        return cls(parsed, engine, migrate.HEAD)

    @classmethod
    def _create_file(cls, location: Location, path: Path, plan: Plan) -> Engine:
        # SQLite creates the temporary file (honouring the umask); uuid4 makes the name free.
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            engine = Location(str(temporary), path=temporary).engine()
            try:
                cls._write_new(engine, plan, location.display)
            finally:
                engine.dispose()
            if _sidecar(temporary, "-wal").exists():
                raise OSError("the new file was not completed (its WAL is still there)")
            if path.exists():
                shutil.copymode(path, temporary)
            _fsync(temporary)
            _remove_sidecars(path)  # a stale WAL must not be replayed into the new file
            os.replace(temporary, path)
            _fsync(path.parent)
        except OSError as exc:
            raise StorageError(
                MSG_WRITE_FAILED, location=location.display, reason=exc.strerror or str(exc)
            ) from None
        finally:
            if temporary.exists():
                temporary.unlink()
            _remove_sidecars(temporary)
        return location.engine()

    @staticmethod
    def _write_new(engine: Engine, plan: Plan, display: str) -> None:
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
                connection.execute(sa.delete(plan_info))
                rows.write_all(connection, plan)
        except SQLAlchemyError as exc:
            raise StorageError(MSG_WRITE_FAILED, location=display, reason=reason(exc)) from None

    # -- saving and closing ----------------------------------------------------------------
    def save(self, plan: Plan, touched: set[Ref] | None = None) -> None:
        """Write ``touched`` objects (all of them if ``None``) and the plan info, atomically."""
        try:
            with self.engine.begin() as connection:
                if touched is None:
                    rows.write_all(connection, plan)
                else:
                    rows.write_touched(connection, plan, touched)
        except SQLAlchemyError as exc:
            raise StorageError(
                MSG_WRITE_FAILED, location=self._location.display, reason=reason(exc)
            ) from None

    def close(self) -> None:
        """Release the database (an SQLite file is left without WAL files)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PlanStore({self._location.display!r}, schema {self.schema_version})"
