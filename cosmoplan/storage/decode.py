"""Domain objects from stored columns, a whole table at a time.

Every geometry column is decoded with one ``shapely.from_wkb`` call, enums by dictionary
look-up, and the entities are built with :mod:`cosmoplan.storage.trusted`, since what storage
reads was validated when it was written. Values may come as SQLite stores them (ISO dates,
0/1 booleans) or as PostgreSQL drivers return them (dates, booleans).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Confidence,
    Controller,
    Entity,
    Facility,
    FacilityKind,
    FacilityStatus,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Propellant,
    Provenance,
    Request,
    RequestStatus,
    Tenant,
    TenantKind,
    Vehicle,
    VehicleClass,
    Zone,
    ZoneKind,
)
from cosmoplan.storage.damage import (
    Columns,
    check_geometries,
    check_tables,
    damaged,
    date_values,
)
from cosmoplan.storage.trusted import trusted_builder

E = TypeVar("E", bound=StrEnum)


def _geometries(cols: Columns, table: str, column: str) -> list[BaseGeometry | None]:
    values = np.asarray(cols[column], dtype=object)
    geometries = list(shapely.from_wkb(values, on_invalid="ignore"))
    check_geometries(table, cols, column, geometries)
    return geometries


def _enums(
    cls: type[E], cols: Columns, table: str, column: str, *, nullable: bool = False
) -> list[E]:
    lookup: dict[Any, Any] = {member.value: member for member in cls}
    if nullable:
        lookup[None] = None
    values = cols[column]
    try:
        return list(map(lookup.__getitem__, values))
    except (KeyError, TypeError) as exc:
        index = next(i for i, v in enumerate(values) if not _known(lookup, v))
        what = f"unknown value {values[index]!r}"
        raise damaged(table, cols, index, column, what) from exc


def _known(lookup: Mapping[Any, Any], value: Any) -> bool:
    try:
        return value in lookup
    except TypeError:  # unhashable
        return False


def _bools(values: Sequence[Any]) -> list[bool]:
    return list(map(bool, values))


_PROVENANCE = trusted_builder(Provenance, "source", "confidence", "schematic")


class _SharedProvenances(dict[tuple[str, Any, Any], Provenance]):
    """Provenance by (source, confidence, schematic), built on first use: they are immutable,
    so the many rows with the same provenance share one object."""

    def __missing__(self, key: tuple[str, Any, Any]) -> Provenance:
        source, confidence, schematic = key
        value = self[key] = _PROVENANCE(source, Confidence(confidence), bool(schematic))
        return value


def _provenances(cols: Columns, table: str) -> list[Provenance]:
    _enums(Confidence, cols, table, "confidence")  # an unknown value is refused, with its row
    keys = zip(cols["source"], cols["confidence"], cols["schematic"], strict=True)
    return list(map(_SharedProvenances().__getitem__, keys))


_COMPLEX = trusted_builder(
    LaunchComplex, "id", "site", "name", "controller", "footprint", "notes", "provenance"
)


def _complexes(cols: Columns) -> list[LaunchComplex]:
    return list(
        map(
            _COMPLEX,
            cols["id"],
            cols["site"],
            cols["name"],
            _enums(Controller, cols, "complexes", "controller"),
            _geometries(cols, "complexes", "footprint"),
            cols["notes"],
            _provenances(cols, "complexes"),
        )
    )


_FACILITY = trusted_builder(
    Facility,
    "id",
    "kind",
    "name",
    "geometry",
    "status",
    "commissioned",
    "decommissioned",
    "complex_id",
    "propellant",
    "max_quantity_kg",
    "height_m",
    "notes",
    "provenance",
)


def _facilities(cols: Columns) -> list[Facility]:
    return list(
        map(
            _FACILITY,
            cols["id"],
            _enums(FacilityKind, cols, "facilities", "kind"),
            cols["name"],
            _geometries(cols, "facilities", "geometry"),
            _enums(FacilityStatus, cols, "facilities", "status"),
            date_values("facilities", cols, "commissioned"),
            date_values("facilities", cols, "decommissioned"),
            cols["complex_id"],
            _enums(Propellant, cols, "facilities", "propellant", nullable=True),
            cols["max_quantity_kg"],
            cols["height_m"],
            cols["notes"],
            _provenances(cols, "facilities"),
        )
    )


_PERIOD = trusted_builder(PadStatusPeriod, "status", "start", "end", "note")
_CAPABILITIES = trusted_builder(
    PadCapabilities,
    "propellants",
    "max_liftoff_mass_kg",
    "max_height_m",
    "max_diameter_m",
    "max_thrust_kn",
    "azimuth_min_deg",
    "azimuth_max_deg",
    "max_launches_per_year",
)
_PAD = trusted_builder(
    Pad,
    "id",
    "complex_id",
    "code",
    "location",
    "name",
    "footprint",
    "status_periods",
    "capabilities",
    "power_facility_id",
    "required_facility_ids",
    "notes",
    "provenance",
)


_PROPELLANTS = {member.value: member for member in Propellant}


def _propellant_sets(cols: Columns) -> list[frozenset[Propellant]]:
    sets = []
    for index, text in enumerate(cols["propellants"]):
        try:
            items = json.loads(text)
        except (TypeError, ValueError):
            items = None
        if not isinstance(items, list) or not all(
            isinstance(item, str) and item in _PROPELLANTS for item in items
        ):
            what = f"not a JSON list of propellants: {text!r}"
            raise damaged("pads", cols, index, "propellants", what)
        sets.append(frozenset(_PROPELLANTS[item] for item in items))
    return sets


def _by_pad(cols: Columns, values: Sequence[Any]) -> dict[int, tuple[Any, ...]]:
    """Group child values by pad, in ``position`` order (rows come sorted by pad, position)."""
    grouped: defaultdict[int, list[Any]] = defaultdict(list)
    for pad_id, value in zip(cols["pad_id"], values, strict=True):
        grouped[pad_id].append(value)
    return {pad_id: tuple(items) for pad_id, items in grouped.items()}


def _pads(cols: Columns, periods: Columns, required: Columns) -> list[Pad]:
    period_objects = list(
        map(
            _PERIOD,
            _enums(PadStatus, periods, "pad_status_periods", "status"),
            date_values("pad_status_periods", periods, "start"),
            date_values("pad_status_periods", periods, "end"),
            periods["note"],
        )
    )
    periods_of = _by_pad(periods, period_objects)
    required_of = _by_pad(required, required["facility_id"])
    capabilities = map(
        _CAPABILITIES,
        _propellant_sets(cols),
        cols["max_liftoff_mass_kg"],
        cols["max_height_m"],
        cols["max_diameter_m"],
        cols["max_thrust_kn"],
        cols["azimuth_min_deg"],
        cols["azimuth_max_deg"],
        cols["max_launches_per_year"],
    )
    return list(
        map(
            _PAD,
            cols["id"],
            cols["complex_id"],
            cols["code"],
            _geometries(cols, "pads", "location"),
            cols["name"],
            _geometries(cols, "pads", "footprint"),
            [periods_of.get(pad_id, ()) for pad_id in cols["id"]],
            capabilities,
            cols["power_facility_id"],
            [required_of.get(pad_id, ()) for pad_id in cols["id"]],
            cols["notes"],
            _provenances(cols, "pads"),
        )
    )


_ZONE = trusted_builder(
    Zone,
    "id",
    "kind",
    "name",
    "geometry",
    "valid_from",
    "valid_to",
    "tenant_id",
    "notes",
    "provenance",
)


def _zones(cols: Columns) -> list[Zone]:
    return list(
        map(
            _ZONE,
            cols["id"],
            _enums(ZoneKind, cols, "zones", "kind"),
            cols["name"],
            _geometries(cols, "zones", "geometry"),
            date_values("zones", cols, "valid_from"),
            date_values("zones", cols, "valid_to"),
            cols["tenant_id"],
            cols["notes"],
            _provenances(cols, "zones"),
        )
    )


_TENANT = trusted_builder(
    Tenant, "id", "name", "country", "kind", "status", "contact", "notes", "source"
)


def _tenants(cols: Columns) -> list[Tenant]:
    return list(
        map(
            _TENANT,
            cols["id"],
            cols["name"],
            cols["country"],
            _enums(TenantKind, cols, "tenants", "kind"),
            _enums(NegotiationStatus, cols, "tenants", "status"),
            cols["contact"],
            cols["notes"],
            cols["source"],
        )
    )


_VEHICLE_FIELDS = (
    "id",
    "tenant_id",
    "name",
    "propellant",
    "stages",
    "height_m",
    "diameter_m",
    "liftoff_mass_kg",
    "propellant_mass_kg",
    "liftoff_thrust_kn",
    "payload_leo_kg",
    "launches_per_year",
    "division_1_1_kg",
    "tnt_factor",
    "tnt_factor_source",
    "vehicle_class",
    "apogee_km",
    "notes",
    "source",
)
_VEHICLE = trusted_builder(Vehicle, *_VEHICLE_FIELDS)


def _vehicles(cols: Columns) -> list[Vehicle]:
    values = {name: cols[name] for name in _VEHICLE_FIELDS}
    values["propellant"] = _enums(Propellant, cols, "vehicles", "propellant")
    values["vehicle_class"] = _enums(VehicleClass, cols, "vehicles", "vehicle_class", nullable=True)
    return list(map(_VEHICLE, *(values[name] for name in _VEHICLE_FIELDS)))


_ALLOCATION = trusted_builder(
    Allocation,
    "id",
    "tenant_id",
    "vehicle_id",
    "pad_id",
    "start",
    "end",
    "status",
    "exclusive",
    "annual_fee_usd",
    "launch_azimuth_deg",
    "notes",
)


def _allocations(cols: Columns) -> list[Allocation]:
    return list(
        map(
            _ALLOCATION,
            cols["id"],
            cols["tenant_id"],
            cols["vehicle_id"],
            cols["pad_id"],
            date_values("allocations", cols, "start"),
            date_values("allocations", cols, "end"),
            _enums(AllocationStatus, cols, "allocations", "status"),
            _bools(cols["exclusive"]),
            cols["annual_fee_usd"],
            cols["launch_azimuth_deg"],
            cols["notes"],
        )
    )


_REQUEST_FIELDS = (
    "id",
    "tenant_id",
    "vehicle_id",
    "earliest_start",
    "latest_end",
    "duration_days",
    "pad_ids",
    "exclusive",
    "launch_azimuth_deg",
    "priority",
    "fee_usd",
    "notes",
    "status",
)
_REQUEST = trusted_builder(Request, *_REQUEST_FIELDS)


def _pad_id_lists(cols: Columns, pad_ids: set[int] | None) -> list[tuple[int, ...]]:
    """The wanted pads of each request: a JSON list of distinct ids of pads in the plan
    (``pad_ids``; ``None`` when the plan the rows join checks them)."""
    lists = []
    for index, text in enumerate(cols["pad_ids"]):
        try:
            items = json.loads(text)
        except (TypeError, ValueError):
            items = None
        if not isinstance(items, list) or not all(type(i) is int for i in items):
            raise damaged("requests", cols, index, "pad_ids", f"not a JSON list of ids: {text!r}")
        unknown = [i for i in items if pad_ids is not None and i not in pad_ids]
        if unknown or len(set(items)) != len(items):
            what = f"names pad id {unknown[0]}, which is not in the plan" if unknown else "repeats"
            raise damaged("requests", cols, index, "pad_ids", what)
        lists.append(tuple(items))
    return lists


def _requests(cols: Columns, pad_ids: set[int] | None) -> list[Request]:
    values = {name: cols[name] for name in _REQUEST_FIELDS}
    values["earliest_start"] = date_values("requests", cols, "earliest_start")
    values["latest_end"] = date_values("requests", cols, "latest_end")
    values["pad_ids"] = _pad_id_lists(cols, pad_ids)
    values["exclusive"] = _bools(cols["exclusive"])
    values["status"] = _enums(RequestStatus, cols, "requests", "status")
    return list(map(_REQUEST, *(values[name] for name in _REQUEST_FIELDS)))


def decode(tables: Mapping[str, Columns], *, partial: bool = False) -> list[Entity]:
    """Every entity stored in ``tables`` (columns keyed by table name, then column name);
    ``partial``: some rows of a plan (what others saved lately), whose references the plan
    they join checks.

    Child rows of pads must come sorted by pad and position. Raises :class:`CorruptDataError`.
    """
    check_tables(tables, partial=partial)
    entities: list[Entity] = []
    entities += _complexes(tables["complexes"])
    entities += _facilities(tables["facilities"])
    entities += _pads(
        tables["pads"], tables["pad_status_periods"], tables["pad_required_facilities"]
    )
    entities += _zones(tables["zones"])
    entities += _tenants(tables["tenants"])
    entities += _vehicles(tables["vehicles"])
    entities += _allocations(tables["allocations"])
    pad_ids = None if partial else set(tables["pads"]["id"])
    entities += _requests(tables["requests"], pad_ids)
    return entities


def allocations(cols: Columns) -> list[Allocation]:
    """Allocations from columns shaped like the ``allocations`` table (a scenario's)."""
    return _allocations(cols)


def requests(cols: Columns) -> list[Request]:
    """Requests from columns shaped like the ``requests`` table (a scenario's; the wanted
    pads are checked against the plan as the scenario is opened)."""
    return _requests(cols, None)
