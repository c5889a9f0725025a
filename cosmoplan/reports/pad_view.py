"""One pad as its page tells it: what it can launch, its status over time, its bookings and the
findings about it.

In a tenant report only the pads the tenant is booked on in the period have a page; the other
tenants' use of such a pad is told as "not available to you" in whole calendar quarters, merged
(:func:`~cosmoplan.reports.occupancy.withheld_spans`, as the timeline tells it): no status,
vehicle, fee or exact day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cosmoplan.domain import Kind, LaunchComplex, Pad, Plan, Tenant, Vehicle, natural_key
from cosmoplan.geo import format_lat_lon, to_wgs84
from cosmoplan.messages import register
from cosmoplan.reports.figures import Period, clip, holds_pad
from cosmoplan.reports.findings_view import FindingRow
from cosmoplan.reports.language import Language
from cosmoplan.reports.occupancy import withheld_spans

if TYPE_CHECKING:
    from cosmoplan.reports.model import AllocationRow


def _r(key: str, text: str) -> str:
    return register(f"report.pad.{key}", text)


MSG = {
    "propellants": _r("propellants", "Propellants"),
    "any_propellant": _r("any_propellant", "Any (no stated limit)"),
    "mass": _r("mass", "Lift-off mass (t)"),
    "height": _r("height", "Height (m)"),
    "diameter": _r("diameter", "Diameter (m)"),
    "thrust": _r("thrust", "Lift-off thrust (kN)"),
    "azimuth": _r("azimuth", "Launch azimuth (°)"),
    "cadence": _r("cadence", "Launches a year"),
    "no_limit": _r("no_limit", "no stated limit"),
    "azimuth_range": _r("azimuth_range", "{low:g}–{high:g}"),
    "up_to": _r("up_to", "up to {value}"),
    "over": _r("over", "{value} (over the limit)"),
    "unknown": _r("unknown", "not known"),
}


@dataclass(frozen=True, slots=True)
class StatusSpan:
    """One period of a pad's status (open ends are ``None``)."""

    status: str
    start: date | None
    end: date | None  # the last day, inclusive
    note: str


@dataclass(frozen=True, slots=True)
class Capability:
    """One line of the capabilities table: the pad's limit and, per vehicle booked on the pad
    (in the order of :attr:`PadSection.vehicles`), its figure and whether it fits."""

    label: str
    limit: str
    vehicles: tuple[str, ...]
    fits: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class PadSection:
    """What a pad's page says."""

    id: int
    code: str
    name: str
    complex: str
    location: str
    status: str  # on the report date
    vehicles: tuple[str, ...]  # the vehicles compared with the limits
    capabilities: tuple[Capability, ...]
    history: tuple[StatusSpan, ...]
    bookings: tuple[AllocationRow, ...]
    withheld: tuple[tuple[date, date], ...]  # others' use, in a tenant report
    findings: tuple[FindingRow, ...]


#: At most this many vehicles are compared with a pad's limits (the columns of one page).
COMPARED_VEHICLES = 4


def pad_sections(
    plan: Plan,
    at: date,
    period: Period,
    rows: Sequence[AllocationRow],
    findings: Sequence[FindingRow],
    tenant: Tenant | None,
    lang: Language,
) -> tuple[PadSection, ...]:
    """A section per pad of the plan, or per pad ``tenant`` is booked on in the period, by code.

    ``rows`` are the report's allocation rows (a tenant's own only in a tenant report) and
    ``findings`` its finding rows (already told for the tenant)."""
    by_pad: dict[str, list[AllocationRow]] = {}
    for row in rows:
        by_pad.setdefault(row.pad, []).append(row)
    pad_of = {a.id: a.pad_id for a in plan.allocations()}
    found: dict[int, list[FindingRow]] = {}
    for finding in findings:
        named = {*finding.pad_ids, *(pad_of[i] for i in finding.allocation_ids if i in pad_of)}
        for pad_id in named:
            found.setdefault(pad_id, []).append(finding)
    pads = sorted(plan.pads(), key=lambda p: natural_key(p.code))
    if tenant is not None:
        pads = [p for p in pads if p.code in by_pad]
    return tuple(
        _section(plan, pad, at, period, by_pad.get(pad.code, []), found.get(pad.id, []),
                 tenant, lang)
        for pad in pads
    )  # fmt: skip


def _section(
    plan: Plan,
    pad: Pad,
    at: date,
    period: Period,
    bookings: list[AllocationRow],
    findings: list[FindingRow],
    tenant: Tenant | None,
    lang: Language,
) -> PadSection:
    complex_ = plan.find(Kind.COMPLEX, pad.complex_id)
    withheld: list[tuple[date, date]] = []
    if tenant is not None:
        others = [
            a
            for a in plan.allocations()
            if a.pad_id == pad.id and a.tenant_id != tenant.id and holds_pad(a)
            and clip(a.start, a.end, period)
        ]  # fmt: skip
        withheld = withheld_spans(others, period)
    vehicles = _vehicles(plan, bookings)
    lon, lat = to_wgs84(pad.location.x, pad.location.y)
    return PadSection(
        id=pad.id,
        code=pad.code,
        name=pad.name,
        complex=complex_.name if isinstance(complex_, LaunchComplex) else "",
        location=format_lat_lon(lat, lon),
        status=lang.enum(pad.status_at(at)),
        vehicles=tuple(v.name for v in vehicles),
        capabilities=_capabilities(pad, vehicles, lang),
        history=tuple(
            StatusSpan(
                lang.enum(p.status),
                p.start,
                None if p.end is None else p.end - timedelta(days=1),
                p.note,
            )
            for p in pad.status_periods
        ),
        bookings=tuple(bookings),
        withheld=tuple(withheld),
        findings=tuple(findings),
    )


def _vehicles(plan: Plan, bookings: list[AllocationRow]) -> list[Vehicle]:
    ids: dict[int, None] = {}
    for row in bookings:
        ids.setdefault(row.vehicle_id, None)
    found = (plan.find(Kind.VEHICLE, i) for i in ids)
    vehicles = sorted(
        (v for v in found if isinstance(v, Vehicle)), key=lambda v: natural_key(v.name)
    )
    return vehicles[:COMPARED_VEHICLES]


def _capabilities(pad: Pad, vehicles: list[Vehicle], lang: Language) -> tuple[Capability, ...]:
    caps = pad.capabilities
    allowed = sorted(caps.propellants, key=lambda p: p.value)
    propellant = Capability(
        lang.t(MSG["propellants"]),
        ", ".join(lang.enum(p) for p in allowed) or lang.t(MSG["any_propellant"]),
        tuple(lang.enum(v.propellant) for v in vehicles),
        tuple(not allowed or v.propellant in caps.propellants for v in vehicles),
    )
    figures = (
        ("mass", caps.max_liftoff_mass_kg, lambda v: v.liftoff_mass_kg, 1000.0, 0),
        ("height", caps.max_height_m, lambda v: v.height_m, 1.0, 1),
        ("diameter", caps.max_diameter_m, lambda v: v.diameter_m, 1.0, 1),
        ("thrust", caps.max_thrust_kn, lambda v: v.liftoff_thrust_kn, 1.0, 0),
        ("cadence", caps.max_launches_per_year, lambda v: v.launches_per_year, 1.0, 1),
    )
    lines = [propellant]
    for key, limit, value_of, scale, places in figures:
        values = [value_of(v) for v in vehicles]
        fits = tuple(limit is None or value is None or value <= limit for value in values)
        cells = []
        for value, fit in zip(values, fits, strict=True):
            if value is None:
                cells.append(lang.t(MSG["unknown"]))
                continue
            text = lang.number(value / scale, places)
            cells.append(text if fit else lang.t(MSG["over"], value=text))
        shown = (
            lang.t(MSG["no_limit"])
            if limit is None
            else lang.t(MSG["up_to"], value=lang.number(limit / scale, places))
        )
        lines.append(Capability(lang.t(MSG[key]), shown, tuple(cells), fits))
    if caps.azimuth_min_deg is not None and caps.azimuth_max_deg is not None:
        span = lang.t(MSG["azimuth_range"], low=caps.azimuth_min_deg, high=caps.azimuth_max_deg)
    else:
        span = lang.t(MSG["no_limit"])
    lines.insert(5, Capability(lang.t(MSG["azimuth"]), span, ("",) * len(vehicles),
                               (True,) * len(vehicles)))  # fmt: skip
    return tuple(lines)
