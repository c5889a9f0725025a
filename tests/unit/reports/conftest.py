"""Plans for the report tests, and a reader of the PDFs they produce (pypdfium2)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from shapely.geometry import Point

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    LaunchComplex,
    NegotiationStatus,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Propellant,
    Tenant,
    TenantKind,
    Vehicle,
)
from cosmoplan.geo import to_model

PLAN_NAME = "Байқоңыр ғарыш айлағы: сынақ жоспары"
ALPHA, BETA, GAMMA = "Alpha Launch", "Бета Ғарыш Сапары", "Gamma Rockets"
VEHICLES = {ALPHA: "Arrow", BETA: "Сұңқар", GAMMA: "Glider"}
FEES = {1: 1_111_000.0, 2: 2_222_000.0, 3: 3_333_000.0, 4: 4_444_000.0}


def tenancy_plan() -> Plan:
    """Three pads and three tenants (one named in Kazakh), with a conflict on pad 45/1.

    Alpha (signed) and Beta (proposed) overlap on 45/1 from 2028-06-01 to 2028-12-31, and
    their launch rates add up beyond the pad's cadence; Gamma holds 45/2 while it is damaged
    (2027); Alpha's 2030 allocation of 45/2 is cancelled. 45/3 stays free.
    """
    x, y = to_model(63.3422, 45.9435)
    plan = Plan(PlanInfo(PLAN_NAME, "Сынақ деректері (test data)."))
    plan.add(LaunchComplex(1, "45", "Байтерек"))
    plan.add(Pad(1, 1, "45/1", Point(x, y), status_periods=(PadStatusPeriod(PadStatus.ACTIVE),)))
    plan.add(
        Pad(
            2,
            1,
            "45/2",
            Point(x + 900, y),
            status_periods=(
                PadStatusPeriod(PadStatus.ACTIVE, None, date(2027, 1, 1)),
                PadStatusPeriod(PadStatus.DAMAGED, date(2027, 1, 1), date(2028, 1, 1)),
                PadStatusPeriod(PadStatus.ACTIVE, date(2028, 1, 1)),
            ),
        )
    )
    plan.add(
        Pad(3, 1, "45/3", Point(x, y + 900), status_periods=(PadStatusPeriod(PadStatus.ACTIVE),))
    )
    for tenant_id, name in enumerate((ALPHA, BETA, GAMMA), start=1):
        talks = NegotiationStatus.IN_TALKS if name == GAMMA else NegotiationStatus.APPROVED
        plan.add(Tenant(tenant_id, name, "Kazakhstan", TenantKind.STARTUP, talks))
        rate = {ALPHA: 8.0, BETA: 6.0, GAMMA: 2.0}[name]
        plan.add(
            Vehicle(
                tenant_id,
                tenant_id,
                VEHICLES[name],
                Propellant.LOX_METHANE,
                liftoff_mass_kg=90_000.0,
                launches_per_year=rate,
            )
        )
    rows = (
        (1, 1, 1, date(2026, 1, 1), date(2028, 12, 31), AllocationStatus.SIGNED),
        (2, 2, 1, date(2028, 6, 1), date(2031, 12, 31), AllocationStatus.PROPOSED),
        (3, 3, 2, date(2026, 6, 1), date(2029, 12, 31), AllocationStatus.RESERVED),
        (4, 1, 2, date(2030, 1, 1), date(2030, 12, 31), AllocationStatus.CANCELLED),
    )
    for allocation_id, tenant_id, pad_id, start, end, status in rows:
        plan.add(
            Allocation(
                allocation_id,
                tenant_id,
                tenant_id,
                pad_id,
                start,
                end,
                status,
                annual_fee_usd=FEES[allocation_id],
            )
        )
    return plan


@dataclass(frozen=True)
class Cast:
    """The names and fees of :func:`tenancy_plan`."""

    alpha: str = ALPHA
    beta: str = BETA
    gamma: str = GAMMA

    @property
    def vehicles(self) -> dict[str, str]:
        """Vehicle name by tenant name."""
        return dict(VEHICLES)

    @property
    def fees(self) -> dict[int, float]:
        """Annual fee by allocation id."""
        return dict(FEES)

    def others_of(self, tenant: str) -> list[str]:
        """The names a report for ``tenant`` must not print (tenants and vehicles)."""
        return [n for t in (ALPHA, BETA, GAMMA) if t != tenant for n in (t, VEHICLES[t])]


@pytest.fixture(scope="session")
def cast() -> Cast:
    """Who is who in :func:`tenancy_plan`."""
    return Cast()


@pytest.fixture
def plan() -> Plan:
    """A fresh :func:`tenancy_plan`."""
    return tenancy_plan()


@pytest.fixture(scope="session")
def make_plan() -> Callable[[], Plan]:
    """:func:`tenancy_plan`, for tests that need several copies."""
    return tenancy_plan


@dataclass(frozen=True)
class PdfPage:
    """What a test reads from one page."""

    text: str
    width: float
    height: float
    paths: int
    images: int

    @property
    def landscape(self) -> bool:
        """Whether the page is wider than high."""
        return self.width > self.height


@dataclass(frozen=True)
class PdfFile:
    """The pages of a PDF and its outline (title, level, page index)."""

    pages: list[PdfPage]
    outline: list[tuple[str, int, int]]

    @property
    def text(self) -> str:
        """All the text."""
        return "\n".join(page.text for page in self.pages)

    def find(self, needle: str) -> list[int]:
        """Indexes of the pages whose text contains ``needle``."""
        return [i for i, page in enumerate(self.pages) if needle in page.text]


def read_pdf(path: Path) -> PdfFile:
    """Text, size and object counts of every page, and the outline."""
    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            text = page.get_textpage().get_text_range()
            types = [obj.type for obj in page.get_objects(max_depth=8)]
            width, height = page.get_size()
            pages.append(
                PdfPage(
                    text=str(text).replace("\r\n", "\n"),
                    width=round(width, 1),
                    height=round(height, 1),
                    paths=types.count(pdfium_c.FPDF_PAGEOBJ_PATH),
                    images=types.count(pdfium_c.FPDF_PAGEOBJ_IMAGE),
                )
            )
        outline = [
            (item.get_title(), item.level, dest.get_index() if (dest := item.get_dest()) else -1)
            for item in document.get_toc()
        ]
        return PdfFile(pages, outline)
    finally:
        document.close()


@pytest.fixture(name="read_pdf", scope="session")
def read_pdf_fixture() -> Callable[[Path], PdfFile]:
    """:func:`read_pdf`, for the tests."""
    return read_pdf


#: Tenants whose names are hard to withhold: one inside another, common words, other scripts,
#: markup, emoji, a very long name. Vehicle and annual fee of each.
HARD_TENANTS = {
    "Skyroot": ("Vikrant", 5_101_000.0),
    "Skyroot Aerospace": ("Vikram-1", 5_202_000.0),
    "Aerospace": ("Stratos", 5_303_000.0),
    "Baikonur": ("Steppe-1", 5_404_000.0),
    "Occupied": ("Tenantless", 5_505_000.0),
    "Free": ("Liberty", 5_606_000.0),
    "Қазақ Ғарыш Жолы": ("Сұңқар-2", 5_707_000.0),
    "Роскосмос": ("Союз-5", 5_808_000.0),
    "<b>Markup</b> & Sons": ("<i>Tag</i>", 5_909_000.0),
    "Rocket 🚀 Emoji": ("Comet☄", 6_010_000.0),
    "Longname " + " ".join(f"Word{i:03d}" for i in range(23)): ("Marathon", 6_111_000.0),
}


def hard_names_plan() -> Plan:
    """:func:`tenancy_plan` with :data:`HARD_TENANTS` beside its three, each holding a pad
    (two of them sharing one), and free text naming them: the plan's name and description, a
    complex's name."""
    plan = tenancy_plan()
    plan.info.name = "Baikonur plan: Skyroot, Free and Роскосмос"
    plan.info.description = "Drafted with Vikram-1, Союз-5 and <i>Tag</i> in mind for Occupied."
    complex_ = plan.get(Kind.COMPLEX, 1)
    assert isinstance(complex_, LaunchComplex)
    plan.replace(dataclasses.replace(complex_, name="Skyroot Aerospace and Baikonur complex"))
    x, y = to_model(63.3422, 45.9435)
    for index, (name, (vehicle, fee)) in enumerate(HARD_TENANTS.items()):
        tenant_id = 10 + index
        pad_id = 10 + index // 2  # two tenants a pad: they overlap
        if plan.find(Kind.PAD, pad_id) is None:
            point = Point(x + 2000 + 900 * (index // 2), y - 2000)
            status = (PadStatusPeriod(PadStatus.ACTIVE),)
            plan.add(Pad(pad_id, 1, f"45/{pad_id}", point, status_periods=status))
        plan.add(
            Tenant(tenant_id, name, "Kazakhstan", TenantKind.STARTUP, NegotiationStatus.IN_TALKS)
        )
        plan.add(
            Vehicle(
                tenant_id,
                tenant_id,
                vehicle,
                Propellant.LOX_KEROSENE,
                liftoff_mass_kg=50_000.0,
                launches_per_year=3.0,
            )
        )
        status = AllocationStatus.SIGNED if index % 2 else AllocationStatus.PROPOSED
        plan.add(
            Allocation(
                tenant_id,
                tenant_id,
                tenant_id,
                pad_id,
                date(2026, 3, 1 + index),
                date(2029, 5, 1 + index),
                status,
                annual_fee_usd=fee,
                launch_azimuth_deg=60.0,
            )
        )
    return plan


@pytest.fixture(name="hard_plan")
def hard_plan_fixture() -> Plan:
    """A fresh :func:`hard_names_plan`."""
    return hard_names_plan()
