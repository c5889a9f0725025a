"""Scenarios kept in a plan: listed, created, read, saved whole, removed; and
:class:`ScenarioStore`, where a scenario opened as a plan of its own is saved.

A scenario is saved whole, in one transaction, checked against its ``revision`` (the count of
its saves): a scenario saved or removed by someone else since it was read is refused with
nothing written. The transaction locks the plan's row first, as a save of the plan does, so
new ids are given one save at a time; the ids of a scenario's new objects are above every id
of their kind in the plan and its scenarios (and the plan's later new objects above them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from cosmoplan.domain import Entity, Kind, Pad, Plan, PlanInfo, Ref, display_name, kind_of
from cosmoplan.domain.ids import is_provisional, references, renumbered
from cosmoplan.domain.scenario import Variant, variant_of
from cosmoplan.domain.validation import require_text
from cosmoplan.messages import register
from cosmoplan.storage import scenario_rows, sync
from cosmoplan.storage.damage import CorruptDataError
from cosmoplan.storage.errors import (
    MSG_CORRUPT,
    MSG_DENIED,
    MSG_READ_ONLY,
    MSG_WRITE_FAILED,
    StorageError,
    reason,
    refused,
)
from cosmoplan.storage.locations import write_transaction
from cosmoplan.storage.schema import plan_info, scenario_allocations, scenario_requests, scenarios
from cosmoplan.storage.store import PlanStore
from cosmoplan.storage.sync import Elsewhere, Saved

MSG_UNKNOWN = register(
    "storage.scenario.unknown", "There is no scenario {name!r} in the plan. Scenarios: {known}."
)
MSG_EXISTS = register("storage.scenario.exists", "The plan already has a scenario {name!r}.")
MSG_CHANGED = register(
    "storage.scenario.changed",
    "Scenario {name!r} was saved by someone else since it was opened; nothing was written. "
    "Open it again to see their changes.",
)
MSG_GONE = register(
    "storage.scenario.gone",
    "Scenario {name!r} was removed since it was opened; nothing was written.",
)
MSG_NOT_KEPT = register(
    "storage.scenario.not_kept",
    "A scenario keeps allocations, requests and pad statuses only: change {what} in the plan "
    "itself. Nothing was written.",
)
MSG_UNSAVED_PLAN = register(
    "storage.scenario.unsaved_plan",
    "Save the plan first: the scenario names {what}, which the plan has not saved yet.",
)
FIELD = "scenario name"


@dataclass(frozen=True)
class ScenarioInfo:
    """A scenario as listed: its name, notes, when it was made, its saves and its size."""

    id: int
    name: str
    notes: str
    created_at: datetime
    revision: int
    allocations: int
    requests: int


# -- reading ------------------------------------------------------------------------------
def listed(store: PlanStore) -> list[ScenarioInfo]:
    """The plan's scenarios by name (none in a plan read from an older schema)."""
    with _reading(store) as connection:
        return _listed(connection)


def find(store: PlanStore, name: str) -> ScenarioInfo:
    """The scenario called ``name`` (case-insensitive); StorageError if there is none."""
    with _reading(store) as connection:
        return _find(connection, name)


def read(store: PlanStore, name: str) -> tuple[ScenarioInfo, Variant]:
    """The scenario called ``name`` and what it holds."""
    with _reading(store) as connection:
        info = _find(connection, name)
        return info, scenario_rows.read(connection, info.id)


def _listed(connection: Connection) -> list[ScenarioInfo]:
    if not sa.inspect(connection).has_table(scenarios.name):
        return []

    def count(table: sa.Table) -> sa.ScalarSelect[int]:
        query = sa.select(sa.func.count()).where(table.c.scenario_id == scenarios.c.id)
        return query.scalar_subquery()

    query = sa.select(scenarios, count(scenario_allocations), count(scenario_requests)).order_by(
        scenarios.c.name
    )
    return [ScenarioInfo(*row) for row in connection.execute(query)]


def _find(connection: Connection, name: str) -> ScenarioInfo:
    found = _listed(connection)
    folded = name.strip().casefold()
    match = next((s for s in found if s.name.casefold() == folded), None)
    if match is None:
        known = ", ".join(repr(s.name) for s in found) or "none"
        raise StorageError(MSG_UNKNOWN, name=name, known=known)
    return match


@contextmanager
def _reading(store: PlanStore) -> Iterator[Connection]:
    try:
        with store.engine.begin() as connection:
            yield connection
    except (SQLAlchemyError, CorruptDataError) as exc:
        raise StorageError(MSG_CORRUPT, location=store.location, reason=reason(exc)) from None


# -- writing ------------------------------------------------------------------------------
def create(store: PlanStore, name: str, variant: Variant, notes: str = "") -> ScenarioInfo:
    """Keep ``variant`` as a new scenario called ``name`` (unique, case-insensitive)."""
    name = require_text(name, FIELD)
    _require_real(variant)
    with _writing(store) as connection:
        if any(s.name.casefold() == name.casefold() for s in _listed(connection)):
            raise StorageError(MSG_EXISTS, name=name)
        new_id = (connection.execute(sa.select(sa.func.max(scenarios.c.id))).scalar() or 0) + 1
        created = datetime.now(UTC).replace(tzinfo=None)
        connection.execute(
            scenarios.insert().values(
                id=new_id, name=name, notes=notes, created_at=created, revision=1
            )
        )
        scenario_rows.write(connection, new_id, variant)
        return _find(connection, name)


def save(store: PlanStore, info: ScenarioInfo, variant: Variant) -> tuple[ScenarioInfo, Saved]:
    """Write ``variant`` as scenario ``info`` (as read), its provisional ids made real: the
    scenario as now stored, and the ids given (in :class:`~cosmoplan.storage.sync.Saved`)."""
    with _writing(store) as connection:
        stored = connection.execute(
            sa.select(scenarios.c.revision).where(scenarios.c.id == info.id)
        ).scalar()
        if stored is None:
            raise StorageError(MSG_GONE, name=info.name)
        if stored != info.revision:
            raise StorageError(MSG_CHANGED, name=info.name)
        provisional = [Ref(kind_of(e), e.id) for e in _entities(variant) if is_provisional(e.id)]
        new_ids = sync.new_ids(connection, provisional)

        def lookup(kind: Kind, object_id: int) -> int:
            return new_ids.get(Ref(kind, object_id), object_id)

        real = Variant.of(
            (renumbered(a, Kind.ALLOCATION, lookup) for a in variant.allocations.values()),
            (renumbered(r, Kind.REQUEST, lookup) for r in variant.requests.values()),
            variant.pad_statuses,
        )
        _require_real(real)
        scenario_rows.write(connection, info.id, real)
        connection.execute(
            sa.update(scenarios).where(scenarios.c.id == info.id).values(revision=stored + 1)
        )
        return _find(connection, info.name), Saved(new_ids, Elsewhere(), stored + 1)


def remove(store: PlanStore, name: str) -> ScenarioInfo:
    """Remove the scenario called ``name``; returns it as it was."""
    with _writing(store) as connection:
        info = _find(connection, name)
        scenario_rows.delete(connection, info.id)
        connection.execute(sa.delete(scenarios).where(scenarios.c.id == info.id))
        return info


@contextmanager
def _writing(store: PlanStore) -> Iterator[Connection]:
    """A write transaction holding the plan's lock (as a save of the plan does)."""
    if store.read_only:
        raise StorageError(MSG_READ_ONLY, location=store.location)
    try:
        with write_transaction(store.engine) as connection:
            connection.execute(sa.select(plan_info.c.change_counter).with_for_update()).one()
            yield connection
    except SQLAlchemyError as exc:
        if refused(exc):
            raise StorageError(MSG_DENIED, location=store.location) from None
        raise StorageError(MSG_WRITE_FAILED, location=store.location, reason=reason(exc)) from None


def _entities(variant: Variant) -> Iterator[Entity]:
    yield from variant.allocations.values()
    yield from variant.requests.values()


def _require_real(variant: Variant) -> None:
    """Refuse a variant naming an object of the plan not saved yet (or with provisional ids)."""
    for entity in _entities(variant):
        if is_provisional(entity.id):
            raise StorageError(MSG_UNSAVED_PLAN, what=display_name(entity))
        for _, kind, target in references(entity):
            if is_provisional(target):
                raise StorageError(MSG_UNSAVED_PLAN, what=f"{kind.value} {target}")
    for pad_id in variant.pad_statuses:
        if is_provisional(pad_id):
            raise StorageError(MSG_UNSAVED_PLAN, what=f"pad {pad_id}")


# -- a scenario opened as a plan ------------------------------------------------------------
class ScenarioStore(PlanStore):
    """Where a scenario opened as a plan is kept: the plan's store (its file or database,
    which stays the plan's to close), saving the scenario whole.

    ``base`` is the plan the scenario was opened from: a save refuses a change to anything a
    scenario does not keep (a tenant, a pad's position, the plan's name), which would be lost.
    """

    def __init__(self, plan_store: PlanStore, info: ScenarioInfo, base: Plan) -> None:
        super().__init__(
            plan_store._location, plan_store.engine, plan_store._state,
            read_only=plan_store.read_only,
        )  # fmt: skip
        self.info = info
        self.base = base

    @property
    def scenario(self) -> str:
        """The scenario's name."""
        return self.info.name

    def save(
        self, plan: Plan, touched: Iterable[Ref] | None = None, *, info_touched: bool = True
    ) -> Saved:
        """Write the scenario whole (its allocations, requests and pad statuses), after
        refusing a change that a scenario does not keep."""
        if self.read_only:
            raise StorageError(MSG_READ_ONLY, location=self.location)
        self._require_kept(plan, touched, info_touched)
        self.info, saved = save(self, self.info, variant_of(plan))
        return saved

    def _require_kept(self, plan: Plan, touched: Iterable[Ref] | None, info_touched: bool) -> None:
        base = self.base
        if info_touched and PlanInfo(plan.info.name, plan.info.description) != PlanInfo(
            base.info.name, base.info.description
        ):
            raise StorageError(MSG_NOT_KEPT, what=repr(plan.info.name))
        refs = (
            {Ref(k, i) for k in Kind for i in (*plan.objects(k), *base.objects(k))}
            if touched is None
            else {plan.resolve_ref(r) for r in touched}
        )
        for ref in refs:
            if ref.kind in (Kind.ALLOCATION, Kind.REQUEST):
                continue
            mine, theirs = plan.find(ref.kind, ref.id), base.find(ref.kind, ref.id)
            if isinstance(mine, Pad) and isinstance(theirs, Pad):
                mine = replace(mine, status_periods=theirs.status_periods)
            if mine != theirs:
                shown = mine if mine is not None else theirs
                assert shown is not None
                raise StorageError(MSG_NOT_KEPT, what=repr(display_name(shown)))

    def refresh(
        self, plan: Plan, touched: Iterable[Ref], *, info_touched: bool = False
    ) -> Elsewhere:
        """Nothing: another planner's save of the scenario is found when this one saves."""
        return Elsewhere()

    def listener(self) -> None:
        """None: the plan's window listens for the plan."""
        return None

    def close(self) -> None:
        """Let go of the plan's store (which stays open)."""
        self._engine = None
