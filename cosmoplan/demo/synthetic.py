"""Deterministic synthetic plans of any size, for benchmarks and tests (not real data).

The site is a square of ``extent_m`` metres centred near Baikonur in the model CRS (UTM 41N).
The same arguments always give the same plan.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import Point, Polygon

from cosmoplan.demo import shapes
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
    Plan,
    PlanInfo,
    Propellant,
    Provenance,
    Tenant,
    TenantKind,
    Vehicle,
    Zone,
    ZoneKind,
)
from cosmoplan.messages import ValidationError, register

MSG_BAD_COUNT = register(
    "demo.synthetic.bad_count", "{field} must be a whole number of at least {low} (got {value})."
)
MSG_BAD_EXTENT = register(
    "demo.synthetic.bad_extent", "The site extent must be between 1 and 200 km (got {value} m)."
)

#: Centre of the synthetic site (UTM 41N metres), a few km north-east of Baikonur town.
CENTRE_X, CENTRE_Y = 520_000.0, 5_090_000.0
#: Allocations are spread over these years (inclusive).
FIRST_DAY, LAST_DAY = date(2026, 1, 1), date(2040, 12, 31)
PADS_PER_COMPLEX = 10
VEHICLES_PER_TENANT = 2

PROVENANCE = Provenance("synthetic (cosmoplan.demo.synthetic)", Confidence.SCHEMATIC, True)
COUNTRIES = ("Kazakhstan", "Russia", "India", "China", "Germany", "Spain", "UK", "France", "USA")
PROPELLANTS = tuple(Propellant)
POLYGON_KINDS = (
    FacilityKind.ASSEMBLY_BUILDING,
    FacilityKind.HOUSING,
    FacilityKind.OTHER,
    FacilityKind.PROPELLANT_STORE,
    FacilityKind.POWER_SUBSTATION,
    FacilityKind.CONTROL_BUNKER,
    FacilityKind.FUELLING_STATION,
)
POLYGON_WEIGHTS = (0.15, 0.35, 0.3, 0.08, 0.05, 0.04, 0.03)
ZONE_KINDS = (ZoneKind.RESTRICTED_AREA, ZoneKind.PUBLIC_AREA, ZoneKind.SPECIAL_ECONOMIC_ZONE)


def synthetic_plan(
    pads: int = 100,
    facilities: int = 1000,
    zones: int = 20,
    allocations: int = 0,
    tenants: int = 20,
    seed: int = 0,
    extent_m: float = 20_000,
) -> Plan:
    """A random but reproducible plan of the given size.

    One complex per ten pads; ~90 % of facilities are building polygons, ~5 % roads and rail
    lines, ~5 % masts. The first zone is the site boundary. Each tenant has two vehicles.
    Allocations fall on random pads between 2026 and 2040, mostly one after another on each pad,
    about one in ten overlapping its successor.
    """
    _check_counts(facilities=facilities, zones=zones, allocations=allocations)
    _check_count("pads", pads, 1 if allocations else 0)
    _check_count("tenants", tenants, 1 if allocations else 0)
    if not 1_000 <= extent_m <= 200_000:
        raise ValidationError(MSG_BAD_EXTENT, field="extent_m", value=extent_m)
    rng = np.random.default_rng(seed)
    half = extent_m / 2
    bounds = (CENTRE_X - half, CENTRE_Y - half, CENTRE_X + half, CENTRE_Y + half)

    entities: list[Entity] = []
    complex_list, complex_centres = _complexes(rng, -(-pads // PADS_PER_COMPLEX), bounds)
    entities += complex_list
    facility_list = _facilities(rng, facilities, bounds, complex_centres)
    entities += facility_list
    masts = [f.id for f in facility_list if f.kind is FacilityKind.CABLE_MAST]
    pad_list = _pads(rng, pads, complex_list, complex_centres, masts)
    entities += pad_list
    entities += _zones(rng, zones, bounds)
    tenant_list = _tenants(rng, tenants)
    vehicle_list = _vehicles(rng, tenant_list)
    entities += tenant_list
    entities += vehicle_list
    entities += _allocations(rng, allocations, [p.id for p in pad_list], vehicle_list)

    plan = Plan(PlanInfo(f"Synthetic plan (seed {seed})", "Random data for tests and benchmarks."))
    plan.load(entities)
    return plan


def _check_counts(**counts: int) -> None:
    for name, value in counts.items():
        _check_count(name, value, 0)


def _check_count(name: str, value: int, low: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < low:
        raise ValidationError(MSG_BAD_COUNT, field=name, low=low, value=value)


def _complexes(
    rng: np.random.Generator, count: int, bounds: tuple[float, float, float, float]
) -> tuple[list[LaunchComplex], np.ndarray]:
    """Complexes on a jittered grid so their footprints do not overlap."""
    if count == 0:
        return [], np.empty((0, 2))
    side = int(np.ceil(np.sqrt(count)))
    cell = (bounds[2] - bounds[0]) / side
    cells = rng.permutation(side * side)[:count]
    jitter = rng.uniform(0.3, 0.7, (count, 2))
    centres = np.column_stack(
        [
            bounds[0] + (cells % side + jitter[:, 0]) * cell,
            bounds[1] + (cells // side + jitter[:, 1]) * cell,
        ]
    )
    radius = np.minimum(rng.uniform(400, 1000, count), cell * 0.25)
    controllers = rng.choice(len(Controller), count)
    result = []
    for i in range(count):
        x, y = centres[i]
        r = radius[i]
        result.append(
            LaunchComplex(
                id=i + 1,
                site=str(100 + i),
                name=f"Synthetic complex {i + 1}",
                controller=list(Controller)[controllers[i]],
                footprint=Polygon([(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]),
                provenance=PROVENANCE,
            )
        )
    return result, centres


def _facilities(
    rng: np.random.Generator,
    count: int,
    bounds: tuple[float, float, float, float],
    complex_centres: np.ndarray,
) -> list[Facility]:
    n_lines = round(count * 0.05)
    n_points = round(count * 0.05)
    n_polys = count - n_lines - n_points
    min_x, min_y, max_x, max_y = bounds
    margin = 100.0
    uniform = rng.uniform(
        (min_x + margin, min_y + margin), (max_x - margin, max_y - margin), (count, 2)
    )
    owner = np.full(count, -1)
    if len(complex_centres):
        near = rng.random(count) < 0.6
        owner[near] = rng.integers(0, len(complex_centres), int(near.sum()))
        offset = rng.normal(0.0, 700.0, (count, 2))
        clustered = complex_centres[np.maximum(owner, 0)] + offset
        centres = np.where(near[:, None], clustered, uniform)
        centres = np.clip(
            centres, (min_x + margin, min_y + margin), (max_x - margin, max_y - margin)
        )
    else:
        centres = uniform
    geometries = np.concatenate(
        [
            shapes.buildings(rng, centres[:n_polys]),
            shapes.polylines(rng, centres[n_polys : n_polys + n_lines], bounds),
            shapes.points(centres[n_polys + n_lines :]),
        ]
    )
    kinds = [POLYGON_KINDS[k] for k in rng.choice(len(POLYGON_KINDS), n_polys, p=POLYGON_WEIGHTS)]
    kinds += [FacilityKind.ROAD if r < 0.6 else FacilityKind.RAIL_LINE for r in rng.random(n_lines)]
    kinds += [FacilityKind.CABLE_MAST] * n_points
    propellants = rng.choice(len(PROPELLANTS), count)
    quantity = np.round(rng.uniform(1e4, 5e5, count), -2)
    height = np.round(rng.uniform(20, 90, count), 1)
    status = np.where(rng.random(count) < 0.9, 0, rng.integers(1, 5, count))
    statuses = (
        FacilityStatus.OPERATIONAL,
        FacilityStatus.PLANNED,
        FacilityStatus.UNDER_CONSTRUCTION,
        FacilityStatus.OUT_OF_SERVICE,
        FacilityStatus.DECOMMISSIONED,
    )
    result = []
    for i in range(count):
        kind = kinds[i]
        store = kind is FacilityKind.PROPELLANT_STORE
        result.append(
            Facility(
                id=i + 1,
                kind=kind,
                name=f"{kind.value} {i + 1}",
                geometry=geometries[i],
                status=statuses[status[i]],
                complex_id=int(owner[i]) + 1 if owner[i] >= 0 else None,
                propellant=PROPELLANTS[propellants[i]] if store else None,
                max_quantity_kg=float(quantity[i]) if store else None,
                height_m=float(height[i]) if kind is FacilityKind.CABLE_MAST else None,
                provenance=PROVENANCE,
            )
        )
    return result


def _pads(
    rng: np.random.Generator,
    count: int,
    complexes: list[LaunchComplex],
    centres: np.ndarray,
    masts: list[int],
) -> list[Pad]:
    result = []
    for i in range(count):
        owner = i // PADS_PER_COMPLEX
        number = i % PADS_PER_COMPLEX + 1
        ring = 2 * np.pi * number / PADS_PER_COMPLEX
        footprint = complexes[owner].footprint
        assert footprint is not None
        radius = 0.6 * (footprint.bounds[2] - footprint.bounds[0]) / 2
        x, y = centres[owner] + radius * np.array([np.cos(ring), np.sin(ring)])
        chosen = rng.choice(len(PROPELLANTS), rng.integers(1, 4), replace=False)
        azimuth_min = float(rng.integers(20, 60))
        capabilities = PadCapabilities(
            propellants=frozenset(PROPELLANTS[c] for c in chosen),
            max_liftoff_mass_kg=float(np.round(rng.uniform(5e4, 8e5), -3)),
            max_height_m=float(np.round(rng.uniform(25, 70))),
            max_diameter_m=float(np.round(rng.uniform(2, 8), 1)),
            max_thrust_kn=float(np.round(rng.uniform(500, 12_000), -1)),
            azimuth_min_deg=azimuth_min,
            azimuth_max_deg=azimuth_min + float(rng.integers(20, 60)),
        )
        result.append(
            Pad(
                id=i + 1,
                complex_id=complexes[owner].id,
                code=f"{complexes[owner].site}/{number}",
                location=Point(x, y),
                status_periods=_status_periods(rng),
                capabilities=capabilities,
                power_facility_id=masts[i % len(masts)] if masts and rng.random() < 0.3 else None,
                provenance=PROVENANCE,
            )
        )
    return result


def _status_periods(rng: np.random.Generator) -> tuple[PadStatusPeriod, ...]:
    """Active from some year, sometimes with a later outage that may or may not end."""
    start = date(int(rng.integers(1960, 2020)), 1, 1)
    if rng.random() < 0.7:
        return (PadStatusPeriod(PadStatus.ACTIVE, start),)
    outage = date(int(rng.integers(2021, 2035)), int(rng.integers(1, 13)), 1)
    status = (PadStatus.DAMAGED, PadStatus.UNDER_MODERNISATION, PadStatus.INACTIVE)[
        int(rng.integers(0, 3))
    ]
    if rng.random() < 0.5:
        return (PadStatusPeriod(PadStatus.ACTIVE, start, outage), PadStatusPeriod(status, outage))
    back = outage + timedelta(days=int(rng.integers(90, 1500)))
    return (
        PadStatusPeriod(PadStatus.ACTIVE, start, outage),
        PadStatusPeriod(status, outage, back),
        PadStatusPeriod(PadStatus.ACTIVE, back),
    )


def _zones(
    rng: np.random.Generator, count: int, bounds: tuple[float, float, float, float]
) -> list[Zone]:
    if count == 0:
        return []
    result = [
        Zone(
            1,
            ZoneKind.COSMODROME_BOUNDARY,
            "Synthetic site boundary",
            shapely.box(*bounds),
            provenance=PROVENANCE,
        )
    ]
    min_x, min_y, max_x, max_y = bounds
    span = max_x - min_x
    for i in range(1, count):
        x, y = rng.uniform((min_x, min_y), (max_x, max_y))
        radius = rng.uniform(0.02, 0.12) * span
        area = affinity.scale(Point(x, y).buffer(radius, quad_segs=8), rng.uniform(0.5, 1.5), 1.0)
        area = affinity.rotate(area, float(rng.uniform(0, 180)))
        kind = ZONE_KINDS[int(rng.integers(0, len(ZONE_KINDS)))]
        valid_from = date(int(rng.integers(2020, 2035)), 1, 1) if rng.random() < 0.5 else None
        result.append(
            Zone(
                i + 1,
                kind,
                f"Synthetic {kind.value} {i + 1}",
                area,
                valid_from=valid_from,
                provenance=PROVENANCE,
            )
        )
    return result


def _tenants(rng: np.random.Generator, count: int) -> list[Tenant]:
    kinds, statuses = tuple(TenantKind), tuple(NegotiationStatus)
    return [
        Tenant(
            id=i + 1,
            name=f"Synthetic tenant {i + 1:03d}",
            country=COUNTRIES[int(rng.integers(0, len(COUNTRIES)))],
            kind=kinds[int(rng.integers(0, len(kinds)))],
            status=statuses[int(rng.integers(0, len(statuses)))],
            source=PROVENANCE.source,
        )
        for i in range(count)
    ]


def _vehicles(rng: np.random.Generator, tenants: list[Tenant]) -> list[Vehicle]:
    result: list[Vehicle] = []
    for tenant in tenants:
        for j in range(VEHICLES_PER_TENANT):
            height = float(np.round(rng.uniform(15, 65), 1))
            mass = float(np.round(rng.uniform(2e4, 7e5), -2))
            result.append(
                Vehicle(
                    id=len(result) + 1,
                    tenant_id=tenant.id,
                    name=f"Rocket {tenant.id}-{j + 1}",
                    propellant=PROPELLANTS[int(rng.integers(0, len(PROPELLANTS)))],
                    stages=int(rng.integers(1, 4)),
                    height_m=height,
                    diameter_m=float(np.round(rng.uniform(1.0, 4.5), 1)),
                    liftoff_mass_kg=mass,
                    liftoff_thrust_kn=float(np.round(mass * 0.0147, -1)),
                    payload_leo_kg=float(np.round(mass * 0.02, -1)),
                    launches_per_year=float(rng.integers(1, 13)),
                    source=PROVENANCE.source,
                )
            )
    return result


def _allocations(
    rng: np.random.Generator, count: int, pad_ids: list[int], vehicles: list[Vehicle]
) -> list[Allocation]:
    """Per pad, split 2026-2040 into equal slots, one allocation inside each slot.

    About 10 % of allocations run on past the start of their successor's slot.
    """
    if count == 0:
        return []
    pad_index = np.sort(rng.integers(0, len(pad_ids), count))
    per_pad = np.bincount(pad_index, minlength=len(pad_ids))
    rank = np.arange(count) - np.repeat(np.cumsum(per_pad) - per_pad, per_pad)
    span = (LAST_DAY - FIRST_DAY).days + 1
    slot = span / per_pad[pad_index]
    slot_start = rank * slot
    length = np.maximum(1.0, slot * rng.uniform(0.4, 0.95, count))
    start = slot_start + rng.uniform(0, 1, count) * (slot - length)
    end = start + length - 1
    overlapping = rng.random(count) < 0.1
    end = np.where(overlapping, end + slot * 0.5, end)
    starts = np.datetime64(FIRST_DAY) + np.floor(start).astype("timedelta64[D]")
    ends = np.datetime64(FIRST_DAY) + np.floor(end).astype("timedelta64[D]")
    chosen = rng.integers(0, len(vehicles), count)
    statuses = tuple(AllocationStatus)
    status = rng.choice(len(statuses), count, p=(0.35, 0.25, 0.2, 0.1, 0.05, 0.05))
    fee = np.round(rng.uniform(1e5, 5e6, count), -3)
    result = []
    for i in range(count):
        vehicle = vehicles[chosen[i]]
        result.append(
            Allocation(
                id=i + 1,
                tenant_id=vehicle.tenant_id,
                vehicle_id=vehicle.id,
                pad_id=pad_ids[pad_index[i]],
                start=starts[i].item(),
                end=ends[i].item(),
                status=statuses[status[i]],
                exclusive=bool(rng.random() < 0.9),
                annual_fee_usd=float(fee[i]),
            )
        )
    return result
