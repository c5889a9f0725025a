"""PlanStore: a plan kept in an SQLite file or a database, opened, saved and created safely.

- Opening looks inside read-only first: a missing file, something that is not a plan, a plan
  damaged or written by a newer cosmoplan is refused with a :class:`StorageError` and nothing
  is touched. An older plan is copied to ``<file>.bak-<revision>`` and then upgraded.
- Opened for reading (``read_only``, or a file or folder that cannot be written), nothing is
  ever written: not the journal mode, no ``-wal``/``-shm`` left, an older plan upgraded only in
  memory.
- Saving is one transaction under the write lock, checked against what others saved since
  (:mod:`cosmoplan.storage.sync`): a failure or a crash leaves the last saved plan. After it,
  the WAL is folded into the file (:meth:`PlanStore.checkpoint`), so the file alone is whole.
- Creating a file writes a temporary file in the same folder and renames it over the target.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from cosmoplan.domain import Kind, Plan, Ref
from cosmoplan.storage import migrate, roles, rows, scenario_rows, sync
from cosmoplan.storage.conflicts import ObjectConflict
from cosmoplan.storage.damage import CorruptDataError
from cosmoplan.storage.errors import (
    MSG_CANNOT_OPEN,
    MSG_CHECKPOINT_FAILED,
    MSG_CORRUPT,
    MSG_CUT_OFF,
    MSG_DENIED,
    MSG_MIGRATE_FAILED,
    MSG_NEWER_VERSION,
    MSG_NOT_A_PLAN,
    MSG_READ_ONLY,
    MSG_WRITE_FAILED,
    SaveCutOffError,
    StorageError,
    disconnected,
    reason,
    refused,
)
from cosmoplan.storage.housekeeping import (
    backup,
    fsync,
    remove_sidecars,
    remove_stale_temporaries,
    sidecar,
    temporary_for,
)
from cosmoplan.storage.locations import (
    Location,
    engine_version,
    file_version,
    parse,
    writable,
    write_transaction,
)
from cosmoplan.storage.notices import Listener
from cosmoplan.storage.schema import plan_info
from cosmoplan.storage.sync import Elsewhere, Saved, Synced


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


def read_identity(location: str | Path) -> tuple[str, int] | None:
    """The UUID and change counter of the plan at ``location``; ``None`` if there is no plan
    there that can be read. Reads only (the file is left as it was)."""
    try:
        store, _plan = PlanStore.open(location, read_only=True)
    except StorageError:
        return None
    with store:
        return store.identity, store.revision


def _checked(version: str | None, display: str) -> str:
    """``version`` if this cosmoplan can open a plan of it; else the StorageError saying why."""
    if version is None:
        raise StorageError(MSG_NOT_A_PLAN, location=display)
    if version != migrate.HEAD and version not in migrate.revisions():
        raise StorageError(
            MSG_NEWER_VERSION, location=display, version=version, newest=migrate.HEAD
        )
    return version


def _read_error(exc: BaseException, display: str) -> StorageError | None:
    """The StorageError for a failure while reading a plan, or ``None`` to let it through."""
    if isinstance(exc, CorruptDataError):
        return StorageError(MSG_CORRUPT, location=display, reason=str(exc))
    if isinstance(exc, OperationalError):  # locked, unreadable, out of memory...
        return StorageError(MSG_CANNOT_OPEN, location=display, reason=reason(exc))
    if isinstance(exc, SQLAlchemyError):  # malformed pages, constraint damage...
        return StorageError(MSG_CORRUPT, location=display, reason=reason(exc))
    return None


def _memory_copy(path: Path) -> Engine:
    """An engine on an in-memory copy of the SQLite file ``path`` (read without writing)."""
    source = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(copy)
    finally:
        source.close()
    copy.isolation_level = None
    engine = sa.create_engine("sqlite://", creator=lambda: copy, poolclass=StaticPool)
    sa.event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


class PlanStore:
    """Where an open plan is stored; :meth:`save` writes changes back in one transaction.

    The store remembers what it read (:class:`~cosmoplan.storage.sync.Synced`): the plan's
    identity, the save it is in step with and the objects as stored then, against which a
    save finds what others changed.
    """

    def __init__(
        self,
        location: Location,
        engine: Engine,
        state: Synced,
        *,
        read_only: bool = False,
        static: bool = False,
    ) -> None:
        self._location = location
        self._engine: Engine | None = engine
        self._state = state
        self._read_only = read_only
        self._static = static  # an older plan read upgraded in memory: nothing to refresh
        self.schema_version = migrate.HEAD
        #: What the role may do on a plan on a server, read when it was opened (None for a file).
        self.access: roles.Access | None = None

    @property
    def location(self) -> str:
        """The path as given, or the URL without its password."""
        return self._location.display if self._location.is_server else self._location.given

    @property
    def read_only(self) -> bool:
        """Whether the plan is open for reading only (asked for, or the file is read-only)."""
        return self._read_only

    @property
    def identity(self) -> str:
        """The plan's UUID (kept in the plan; a copy of the file keeps it)."""
        return self._state.identity

    @property
    def revision(self) -> int:
        """The save (change counter) this store is in step with."""
        return self._state.revision

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for queries beyond the plan); closed stores have none."""
        if self._engine is None:
            raise RuntimeError(f"the store of {self._location.display} is closed")
        return self._engine

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, location: str | Path, *, read_only: bool = False) -> tuple[PlanStore, Plan]:
        """Read the plan at ``location``, upgrading an older schema after a backup copy.

        With ``read_only`` (forced for a file that cannot be written) nothing is written, and an
        older schema is upgraded in memory only.
        """
        parsed = parse(location)
        display = parsed.display
        granted: roles.Access | None = None
        if parsed.path is not None and not read_only:
            read_only = parsed.path.exists() and not writable(parsed.path)
        engine = parsed.engine(read_only=read_only)  # connects on first use
        try:
            if parsed.path is not None:
                version = _checked(file_version(parsed.path, display), display)
            else:
                version = _checked(engine_version(engine, display), display)
            if version != migrate.HEAD and read_only:
                plan, state = cls._read_upgraded(parsed, engine)
            else:
                if version != migrate.HEAD:
                    cls._upgrade(parsed, engine, version)
                if parsed.path is not None and not read_only:
                    remove_stale_temporaries(parsed.path)
                with engine.begin() as connection:
                    plan = rows.read_plan(connection)
                    identity, revision = sync.identity(connection)
                    if parsed.is_server:
                        granted = roles.access(connection)
                state = Synced.of(identity, revision, plan)
        except BaseException as exc:
            engine.dispose()
            error = _read_error(exc, display)
            if error is None:
                raise
            raise error from None
        static = read_only and version != migrate.HEAD
        if granted is not None and not granted.may_edit:
            read_only = True  # the server would refuse the saves: say so before any edit
        store = cls(parsed, engine, state, read_only=read_only, static=static)
        store.access = granted
        return store, plan

    @staticmethod
    def _read_upgraded(location: Location, engine: Engine) -> tuple[Plan, Synced]:
        """Read an older plan upgraded where nothing is kept: a memory copy of a file, or a
        transaction rolled back."""
        target = _memory_copy(location.path) if location.path is not None else engine
        try:
            with target.connect() as connection, connection.begin() as transaction:
                migrate.upgrade(connection)
                plan = rows.read_plan(connection)
                identity, revision = sync.identity(connection)
                transaction.rollback()
        finally:
            if target is not engine:
                target.dispose()
        # An older plan has no identity yet: it gets one when it is next opened for writing.
        return plan, Synced.of(identity, revision, plan)

    @staticmethod
    def _upgrade(location: Location, engine: Engine, version: str) -> None:
        try:
            if location.path is not None:
                if sidecar(location.path, "-wal").exists():
                    # Fold committed transactions into the file so that the copy holds them.
                    with engine.connect() as connection:
                        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                backup(location.path, version)
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
    def create(
        cls, location: str | Path, plan: Plan, scenarios: scenario_rows.Carried | None = None
    ) -> PlanStore:
        """Write ``plan`` as a new plan (a new identity) at ``location``, replacing what was
        there on success, with the ``scenarios`` another store :meth:`carried`. Provisional ids
        are stored as real ones above the scenarios' (``plan`` itself is left as it is:
        ``Project.save_as`` renumbers it first)."""
        scenarios = scenarios or {}
        new_ids = sync.file_ids(plan, scenario_rows.highest_ids(scenarios))
        if new_ids:
            plan = plan.copy()
            plan.renumber(new_ids)
        identity = str(uuid.uuid4())
        parsed = parse(location)
        if parsed.path is not None:
            engine = cls._create_file(parsed, parsed.path, plan, identity, scenarios)
        else:
            engine = parsed.engine()
            try:
                version = engine_version(engine, parsed.display)
                if version is not None:
                    _checked(version, parsed.display)
                cls._write_new(engine, plan, parsed.display, identity, scenarios)
            except BaseException:
                engine.dispose()
                raise
        return cls(parsed, engine, Synced.of(identity, 1, plan))

    @classmethod
    def _create_file(
        cls,
        location: Location,
        path: Path,
        plan: Plan,
        identity: str,
        scenarios: scenario_rows.Carried,
    ) -> Engine:
        remove_stale_temporaries(path)
        # SQLite creates the temporary file (honouring the umask); its name is free.
        temporary = temporary_for(path)
        try:
            engine = Location(str(temporary), path=temporary).engine(create=True)
            try:
                cls._write_new(engine, plan, location.display, identity, scenarios)
            finally:
                engine.dispose()
            if sidecar(temporary, "-wal").exists():
                raise OSError("the new file was not completed (its WAL is still there)")
            if path.exists():
                os.chmod(temporary, path.stat().st_mode & 0o7777)
            fsync(temporary)
            remove_sidecars(path)  # a stale WAL must not be replayed into the new file
            os.replace(temporary, path)
            fsync(path.parent)
        except OSError as exc:
            raise StorageError(
                MSG_WRITE_FAILED, location=location.display, reason=exc.strerror or str(exc)
            ) from None
        finally:
            if temporary.exists():
                temporary.unlink()
            remove_sidecars(temporary)
        return location.engine()

    @staticmethod
    def _write_new(
        engine: Engine, plan: Plan, display: str, identity: str, scenarios: scenario_rows.Carried
    ) -> None:
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
                rows.write_all(connection, plan, identity)
                scenario_rows.paste(connection, scenarios)
        except SQLAlchemyError as exc:
            raise StorageError(MSG_WRITE_FAILED, location=display, reason=reason(exc)) from None

    # -- saving, refreshing and closing ----------------------------------------------------
    def save(
        self, plan: Plan, touched: Iterable[Ref] | None = None, *, info_touched: bool = True
    ) -> Saved:
        """Write the ``touched`` objects (every object if ``None``) and the plan info in one
        transaction, checked against what others saved since this store last read.

        Does not change ``plan``: the result says which real ids the provisional ones got and
        what others saved, for the caller to apply (``Project.save`` does). Raises
        :class:`~cosmoplan.storage.conflicts.ConflictError` (nothing written) on a conflict,
        :class:`StorageError` if the plan cannot be written.
        """
        if self._read_only:
            denied = self.access is not None and not self.access.may_edit
            raise StorageError(
                MSG_DENIED if denied else MSG_READ_ONLY, location=self._location.display
            )
        if touched is None:
            touched = self._state.every_ref() | {
                Ref(kind, i) for kind in Kind for i in plan.objects(kind)
            }
        try:
            with write_transaction(self.engine) as connection:
                return sync.save(
                    connection, plan, touched, info_touched, self._state, self._location.display
                )
        except SQLAlchemyError as exc:
            if refused(exc):
                raise StorageError(MSG_DENIED, location=self._location.display) from None
            if self._location.is_server and disconnected(exc):
                raise SaveCutOffError(MSG_CUT_OFF, location=self._location.display) from None
            raise StorageError(
                MSG_WRITE_FAILED, location=self._location.display, reason=reason(exc)
            ) from None

    def refresh(
        self, plan: Plan, touched: Iterable[Ref], *, info_touched: bool = False
    ) -> Elsewhere:
        """What others saved since this store last read, less what conflicts with the
        ``touched`` objects of ``plan`` (left for the next save to report). Writes nothing;
        the caller applies the result to ``plan``."""
        if self._static:
            return Elsewhere()
        try:
            with self.engine.begin() as connection:
                elsewhere = sync.read_elsewhere(connection, self._state, self._location.display)
        except (SQLAlchemyError, CorruptDataError) as exc:
            error = _read_error(exc, self._location.display)
            assert error is not None
            raise error from None
        if elsewhere.empty:
            return elsewhere
        mine = sync.my_changes(plan, touched, self._state)
        info = sync.my_info(plan, info_touched, self._state)
        clashing = {c.ref for c in sync.conflicts(mine, info, elsewhere, self._state, plan)}
        clean = elsewhere.without(r for r in clashing if r is not None)
        if None in clashing:
            clean = Elsewhere(clean.upserts, clean.removals, None, clean.revisions)
        sync.take_elsewhere(self._state, clean, None if clashing else self._current())
        return clean

    def _current(self) -> int:
        with self.engine.begin() as connection:
            return sync.identity(connection)[1]

    def accept(self, conflict: ObjectConflict) -> None:
        """Take ``conflict``'s stored side as what this store read (its conflict resolved)."""
        if conflict.ref is None:
            self._state.info = conflict.theirs
        else:
            self._state.take(conflict.ref, conflict.theirs)
        self._state.seen[conflict.ref] = conflict.revision

    def listener(self) -> Listener | None:
        """A :class:`~cosmoplan.storage.notices.Listener` for others' saves of a plan on a
        server (not connected yet); ``None`` for a file."""
        return Listener(self._location) if self._location.is_server else None

    def checkpoint(self) -> None:
        """Fold the WAL into the plan file, so that the file alone holds every save.

        Raises :class:`StorageError` if the disk refuses (the plan stays readable with its
        WAL); a checkpoint held up by another planner reading is left to the last one out.
        """
        if self._read_only or self._location.path is None:
            return
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        except SQLAlchemyError as exc:
            raise StorageError(
                MSG_CHECKPOINT_FAILED, location=self._location.display, reason=reason(exc)
            ) from None

    def carried(self) -> scenario_rows.Carried:
        """The rows of the plan's scenarios, for :meth:`create` to write into a copy (none if
        the plan's file went away or holds another plan now: Save As still keeps the plan)."""
        path = self._location.path
        if path is not None and not path.exists():
            return {}
        try:
            with self.engine.begin() as connection:
                stored = connection.execute(sa.select(plan_info.c.uuid)).scalar()
                if stored != self.identity:
                    return {}
                return scenario_rows.carried(connection)
        except SQLAlchemyError as exc:
            raise StorageError(
                MSG_CORRUPT, location=self._location.display, reason=reason(exc)
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
        mode = ", read-only" if self._read_only else ""
        return f"PlanStore({self._location.display!r}, schema {self.schema_version}{mode})"
