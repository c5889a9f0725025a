"""The report as data: what a full or tenant report says, before any page is drawn.

:func:`build_report` checks its inputs (kind, tenant, period, sections) and gathers every fact
the renderer prints. A tenant report holds nothing about other tenants but anonymous occupation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, cast

from cosmoplan import __version__
from cosmoplan.analysis import Finding, Severity, check_plan
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    Pad,
    Plan,
    Tenant,
    Vehicle,
    natural_key,
)
from cosmoplan.domain.validation import HORIZON, require_in_horizon
from cosmoplan.mapping.scene import Scene
from cosmoplan.messages import ValidationError, register
from cosmoplan.reports.changes import Since, since_hash, since_plan
from cosmoplan.reports.colours import tenant_colours
from cosmoplan.reports.figures import Period, Summary, clip, summarise
from cosmoplan.reports.findings_view import FindingRow, full_rows, tenant_rows
from cosmoplan.reports.identity import content_hash, shown_location
from cosmoplan.reports.language import Language, language
from cosmoplan.reports.occupancy import Timeline, build_map, build_timeline
from cosmoplan.reports.pad_view import PadSection, pad_sections
from cosmoplan.reports.provenance import Sources, gather_sources
from cosmoplan.reports.redaction import Redactor, redact

ReportKind = Literal["full", "tenant"]
KINDS: tuple[str, ...] = ("full", "tenant")
#: The longest period a report covers (the timeline would run to hundreds of pages).
MAX_PERIOD_YEARS = 60
DEFAULT_PERIOD_YEARS = 5

MSG_UNKNOWN_KIND = register("report.unknown_kind", "A report is 'full' or 'tenant' (got {kind!r}).")
MSG_TENANT_REQUIRED = register(
    "report.tenant_required", "A tenant report needs the name of the tenant it is for."
)
MSG_TENANT_IN_FULL = register(
    "report.tenant_in_full",
    "A full report covers every tenant; name a tenant only for a tenant report.",
)
MSG_UNKNOWN_TENANT = register(
    "report.unknown_tenant", "There is no tenant {name!r} in the plan. Tenants: {known}."
)
MSG_PERIOD_REVERSED = register(
    "report.period_reversed",
    "The report period ends ({end}) before it starts ({start}).",
)
MSG_PERIOD_TOO_LONG = register(
    "report.period_too_long",
    "The report period runs from {start} to {end}; a report covers at most {years} years.",
)
MSG_UNKNOWN_SECTION = register(
    "report.unknown_section", "There is no report section {section!r}. Sections: {known}."
)
MSG_NO_SECTIONS = register("report.no_sections", "Choose at least one section for the report.")
MSG_TITLE = register("report.title", "Pad allocation report")
MSG_MARKING_FULL = register(
    "report.control.marking.full",
    "Confidential: for the site's planning staff, not to be passed to tenants",
)
MSG_MARKING_TENANT = register("report.control.marking.tenant", "Prepared for {tenant} only")
MSG_DISTRIBUTION_FULL = register("report.control.distribution.full", "Site planning staff")
DEFAULT_VERSION = "1"
MSG_SCENARIO = register("report.scenario", "Scenario: {name} — not the plan")


@dataclass(frozen=True, slots=True)
class Cover:
    """The facts on the cover: what, for whom, as of when, from which plan, by whom."""

    title: str
    plan_name: str
    plan_description: str
    at: date
    period: Period
    author: str
    plan_location: str | None
    content_hash: str
    hash_basis: str
    version: str
    generated: datetime
    tenant: str | None
    #: The scenario reported instead of the plan (every page says so), or ``None``.
    scenario: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentControl:
    """The document control page: version, distribution, the confidentiality marking (on every
    page's footer too) and the changes since an earlier report, if one is named."""

    version: str
    distribution: tuple[str, ...]
    marking: str
    since: Since | None = None


@dataclass(frozen=True, slots=True)
class AllocationRow:
    """One allocation as the tables print it."""

    id: int
    tenant_id: int
    tenant: str
    vehicle: str
    pad: str
    start: date
    end: date
    status: str
    exclusive: bool
    annual_fee: float | None
    findings: int
    stage: AllocationStatus = AllocationStatus.PROPOSED  # the status as a value (not a word)
    vehicle_id: int = 0


@dataclass(frozen=True, slots=True)
class VehicleRow:
    """One vehicle of a tenant."""

    name: str
    propellant: str
    stages: int | None
    height_m: float | None
    diameter_m: float | None
    liftoff_mass_t: float | None
    launches_per_year: float | None


@dataclass(frozen=True, slots=True)
class TenantSection:
    """What the report says about one tenant."""

    id: int
    name: str
    country: str
    kind: str
    status: str
    colour: str
    vehicles: tuple[VehicleRow, ...]
    allocations: tuple[AllocationRow, ...]
    findings: tuple[FindingRow, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """A full or tenant report of a plan, as of a date and over a period."""

    kind: ReportKind
    sections: frozenset[str]
    cover: Cover
    summary: Summary
    map: Scene
    timeline: Timeline
    allocations: tuple[AllocationRow, ...]
    findings: tuple[FindingRow, ...]
    tenants: tuple[TenantSection, ...]
    language: Language = field(default_factory=Language)
    control: DocumentControl = field(default_factory=lambda: DocumentControl("1", (), ""))
    sources: Sources = field(default_factory=lambda: Sources((), ()))
    pads: tuple[PadSection, ...] = ()

    @property
    def title(self) -> str:
        """The report's title (the header of every page)."""
        return self.cover.title

    def has(self, section: str) -> bool:
        """Whether the report prints ``section``."""
        return section in self.sections

    @property
    def scenario_notice(self) -> str:
        """What every page of a scenario's report says ("" for the plan's)."""
        name = self.cover.scenario
        return "" if name is None else self.language.t(MSG_SCENARIO, name=name)


def default_period(at: date) -> Period:
    """The default period: from 1 January of ``at``'s year, five calendar years. A date outside
    the planning horizon is refused (ValidationError), as the plan's own dates are."""
    require_in_horizon(at, "report date")
    return date(at.year, 1, 1), min(date(at.year + DEFAULT_PERIOD_YEARS - 1, 12, 31), HORIZON[1])


def build_report(
    plan: Plan,
    kind: str = "full",
    at: date | None = None,
    period: Period | None = None,
    tenant: str | None = None,
    sections: Collection[str] | None = None,
    author: str = "",
    plan_location: str | None = None,
    generated: datetime | None = None,
    language_code: str = "en",
    version: str = DEFAULT_VERSION,
    distribution: Sequence[str] = (),
    since: Plan | str | None = None,
    scenario: str | None = None,
) -> Report:
    """Gather the report of ``plan`` as of ``at`` (default today) over ``period``.

    ``kind`` is ``"full"`` or ``"tenant"`` (then ``tenant`` names the tenant, case-insensitive).
    ``period`` defaults to :func:`default_period`; ``sections`` to every section
    (:data:`~cosmoplan.reports.layout.SECTIONS`).
    ``plan_location`` (a file path or URL): a full report prints its file name (or the URL
    without credentials) and hashes the file; a tenant report prints neither, only the hash of
    the plan's content. Every text of a tenant report goes through one
    :class:`~cosmoplan.reports.redaction.Redactor`.
    ``language_code`` is ``"en"``, ``"ru"`` or ``"kk"``. ``version`` and ``distribution`` go on
    the document control page (the distribution defaults to the site's planning staff, or the
    tenant); ``since`` names an earlier report by its plan or the SHA-256 on its cover, and the
    page lists the allocations changed since (a tenant's own only).
    ``scenario`` names the scenario ``plan`` is (a scenario opened as a plan): every page
    says so.
    Bad input raises :class:`~cosmoplan.messages.ValidationError` before anything is built.
    """
    lang = language(language_code)
    at = at or date.today()
    require_in_horizon(at, "report date")
    period = period or default_period(at)
    chosen = check_request(plan, kind, period, tenant, sections)
    subject = plan.tenant_by_name(tenant) if tenant else None
    findings = _in_period(plan, check_plan(plan, at), period)
    colours = tenant_colours(t.id for t in plan.tenants())
    allocations = [a for a in plan.allocations() if clip(a.start, a.end, period)]
    if subject is not None:
        allocations = [a for a in allocations if a.tenant_id == subject.id]
        rows = tenant_rows(plan, findings, subject, lang)
        tenants = [subject]
    else:
        rows = full_rows(plan, findings, lang)
        tenants = sorted(plan.tenants(), key=lambda t: natural_key(t.name))
    per_allocation = Counter(i for row in rows for i in row.allocation_ids)
    severities = Counter(row.severity.value for row in rows)
    severities = Counter({s.value: severities[s.value] for s in Severity})
    title = lang.t(MSG_TITLE) + (f": {subject.name}" if subject else "")
    digest, basis = content_hash(plan, None if subject else plan_location)
    plan_name = plan.info.name
    control = _control(plan, subject, lang, version, distribution, since, digest, plan_location)
    allocation_rows = _allocation_rows(plan, allocations, per_allocation, lang)
    report = Report(
        kind=cast(ReportKind, kind),
        sections=chosen,
        cover=Cover(
            title=title,
            plan_name=plan_name,
            plan_description=plan.info.description,
            at=at,
            period=period,
            author=author.strip(),
            plan_location=None if subject else shown_location(plan_location),
            content_hash=digest,
            hash_basis=basis,
            version=__version__,
            generated=(generated or datetime.now()).astimezone(),
            tenant=subject.name if subject else None,
            scenario=scenario,
        ),
        summary=summarise(
            plan, allocations, tenants, at, period, severities, site_tenants=subject is None
        ),
        map=build_map(plan, at, colours, subject, plan_name, lang),
        timeline=build_timeline(plan, period, at, colours, findings, subject),
        allocations=allocation_rows,
        findings=tuple(rows),
        tenants=_tenant_sections(plan, tenants, colours, allocation_rows, rows, lang),
        language=lang,
        control=control,
        sources=gather_sources(plan, subject),
        pads=pad_sections(plan, at, period, allocation_rows, rows, subject, lang),
    )
    return report if subject is None else redact(report, Redactor(plan, subject))


def _control(
    plan: Plan,
    subject: Tenant | None,
    lang: Language,
    version: str,
    distribution: Sequence[str],
    since: Plan | str | None,
    digest: str,
    location: str | None,
) -> DocumentControl:
    if subject is None:
        marking = lang.t(MSG_MARKING_FULL)
        listed = tuple(distribution) or (lang.t(MSG_DISTRIBUTION_FULL),)
    else:
        marking = lang.t(MSG_MARKING_TENANT, tenant=subject.name)
        listed = tuple(distribution) or (subject.name,)
    if isinstance(since, Plan):
        earlier = since_plan(since, plan, subject)
    elif since is not None:
        hashes = {digest, content_hash(plan, None)[0]}
        if subject is None:
            hashes.add(content_hash(plan, location)[0])
        earlier = since_hash(since, plan, hashes)
    else:
        earlier = None
    return DocumentControl(version.strip() or DEFAULT_VERSION, listed, marking, earlier)


def printed_plan_name(plan: Plan, tenant: Tenant | None) -> str:
    """The plan's name as a report prints it: redacted in a tenant report."""
    return plan.info.name if tenant is None else Redactor(plan, tenant).text(plan.info.name)


def _in_period(plan: Plan, findings: list[Finding], period: Period) -> list[Finding]:
    """Findings about the period: those with no allocation, or one overlapping the period."""
    kept = []
    for finding in findings:
        refs = [r.id for r in finding.subjects if r.kind is Kind.ALLOCATION]
        found = (plan.find(Kind.ALLOCATION, i) for i in refs)
        if not refs or any(
            isinstance(a, Allocation) and clip(a.start, a.end, period) for a in found
        ):
            kept.append(finding)
    return kept


def check_request(
    plan: Plan,
    kind: str,
    period: Period,
    tenant: str | None,
    sections: Collection[str] | None,
) -> frozenset[str]:
    """The sections asked for, after checking the request as :func:`build_report` does
    (quick: nothing is built). Raises :class:`~cosmoplan.messages.ValidationError`."""
    if kind not in KINDS:
        raise ValidationError(MSG_UNKNOWN_KIND, field="kind", kind=kind)
    if kind == "tenant" and not (tenant or "").strip():
        raise ValidationError(MSG_TENANT_REQUIRED, field="tenant")
    if kind == "full" and tenant is not None:
        raise ValidationError(MSG_TENANT_IN_FULL, field="tenant")
    if tenant and plan.tenant_by_name(tenant) is None:
        known = ", ".join(sorted((t.name for t in plan.tenants()), key=natural_key)) or "none"
        raise ValidationError(MSG_UNKNOWN_TENANT, field="tenant", name=tenant, known=known)
    start, end = period
    require_in_horizon(start, "period start")
    require_in_horizon(end, "period end")
    if end < start:
        raise ValidationError(
            MSG_PERIOD_REVERSED, field="period", start=start.isoformat(), end=end.isoformat()
        )
    if end.year - start.year >= MAX_PERIOD_YEARS:
        raise ValidationError(
            MSG_PERIOD_TOO_LONG,
            field="period",
            start=start.isoformat(),
            end=end.isoformat(),
            years=MAX_PERIOD_YEARS,
        )
    from cosmoplan.reports.layout import SECTION_IDS  # here: the table imports the renderers

    chosen = frozenset(SECTION_IDS if sections is None else sections)
    unknown = sorted(chosen - set(SECTION_IDS))
    if unknown:
        raise ValidationError(
            MSG_UNKNOWN_SECTION, field="sections", section=unknown[0], known=", ".join(SECTION_IDS)
        )
    if not chosen:
        raise ValidationError(MSG_NO_SECTIONS, field="sections")
    return chosen


def _allocation_rows(
    plan: Plan, allocations: list[Allocation], findings: Counter[int], lang: Language
) -> tuple[AllocationRow, ...]:
    rows = []
    for allocation in allocations:
        pad = plan.get(Kind.PAD, allocation.pad_id)
        tenant = plan.get(Kind.TENANT, allocation.tenant_id)
        vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
        assert isinstance(pad, Pad) and isinstance(tenant, Tenant)
        assert isinstance(vehicle, Vehicle)
        rows.append(
            AllocationRow(
                id=allocation.id,
                tenant_id=tenant.id,
                tenant=tenant.name,
                vehicle=vehicle.name,
                pad=pad.code,
                start=allocation.start,
                end=allocation.end,
                status=lang.enum(allocation.status),
                exclusive=allocation.exclusive,
                annual_fee=allocation.annual_fee_usd,
                findings=findings[allocation.id],
                stage=allocation.status,
                vehicle_id=vehicle.id,
            )
        )
    rows.sort(key=lambda r: (natural_key(r.pad), r.start, r.id))
    return tuple(rows)


def _tenant_sections(
    plan: Plan,
    tenants: list[Tenant],
    colours: dict[int, str],
    allocations: tuple[AllocationRow, ...],
    findings: list[FindingRow],
    lang: Language,
) -> tuple[TenantSection, ...]:
    by_tenant: dict[int, list[AllocationRow]] = {}
    for row in allocations:
        by_tenant.setdefault(row.tenant_id, []).append(row)
    found: dict[int, list[FindingRow]] = {}
    for finding in findings:
        for tenant_id in finding.tenant_ids:
            found.setdefault(tenant_id, []).append(finding)
    return tuple(
        _tenant_section(plan, t, colours[t.id], by_tenant.get(t.id, []), found.get(t.id, []), lang)
        for t in tenants
    )


def _tenant_section(
    plan: Plan,
    tenant: Tenant,
    colour: str,
    allocations: list[AllocationRow],
    findings: list[FindingRow],
    lang: Language,
) -> TenantSection:
    vehicles = sorted(
        (v for v in plan.vehicles() if v.tenant_id == tenant.id), key=lambda v: natural_key(v.name)
    )
    return TenantSection(
        id=tenant.id,
        name=tenant.name,
        country=tenant.country,
        kind=lang.enum(tenant.kind),
        status=lang.enum(tenant.status),
        colour=colour,
        vehicles=tuple(
            VehicleRow(
                name=v.name,
                propellant=lang.enum(v.propellant),
                stages=v.stages,
                height_m=v.height_m,
                diameter_m=v.diameter_m,
                liftoff_mass_t=v.liftoff_mass_kg / 1000 if v.liftoff_mass_kg else None,
                launches_per_year=v.launches_per_year,
            )
            for v in vehicles
        ),
        allocations=tuple(sorted(allocations, key=lambda r: (r.start, natural_key(r.pad), r.id))),
        findings=tuple(findings),
    )
