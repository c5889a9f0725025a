"""The demo as of 2026: its knowledge date, the facts found by then with their sources, and
the assumptions about later states said as such (issue 16)."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib.resources import files

import pytest
import shapely

from cosmoplan.demo import build_demo_plan, demo_sources
from cosmoplan.demo.reading import source_keys
from cosmoplan.domain import Kind, NegotiationStatus, Pad, PadStatus, Plan, PlanInfo, Vehicle

KNOWN = date(2026, 3, 22)  # Progress MS-33 from pad 31/6, the newest fact
#: Labels for what is not a source: the design documents' conventions, not pages.
LABELS = {"GK", "DERIVED", "SCHEMATIC", "PROPOSAL", "ILLUSTRATIVE"}
ILLUSTRATIVE = {"Isar Aerospace", "PLD Space", "Orbex", "MaiaSpace"}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_demo_plan()


def _cited(text: str) -> set[str]:
    """The source keys cited in brackets in a note: ``[RSW-81, NASA-ISS]``."""
    return {
        key.strip()
        for group in re.findall(r"\[([^\]]+)\]", text)
        for key in re.split(r"[,;]", group)
        if re.fullmatch(r"[A-Z][A-Z0-9-]+", key.strip())
    }


def _used_keys(plan: Plan) -> set[str]:
    used: set[str] = set()
    for kind in Kind:
        for entity in plan.objects(kind).values():
            used |= _cited(getattr(entity, "notes", ""))
            source = getattr(entity, "source", None)
            if source is None and hasattr(entity, "provenance"):
                source = entity.provenance.source
            used |= set(source_keys(source or ""))
    for pad in plan.pads():
        for period in pad.status_periods:
            used |= _cited(period.note)
    return used


def test_the_plan_states_its_knowledge_date(plan: Plan) -> None:
    assert plan.info.knowledge_date == KNOWN
    assert "22 Mar 2026" in plan.info.name
    assert PlanInfo("x", "No date here.").knowledge_date is None
    assert PlanInfo("x", "Knowledge date: 2026-02-30.").knowledge_date is None


def test_every_source_key_is_used_and_every_used_key_exists(plan: Plan) -> None:
    known = set(demo_sources())
    used = _used_keys(plan)
    assert used - known == set(), "cited but not defined"
    assert known - used == set(), "defined but never cited"


def test_one_source_key_per_page() -> None:
    sources = demo_sources()
    texts = [text for key, text in sources.items() if key not in LABELS]
    assert len(set(texts)) == len(texts), "two keys share one text"
    for text in texts:  # no list of pages under one key (what a page says is in brackets)
        assert "; " not in re.sub(r"\([^)]*\)", "", text), text


def test_later_states_are_marked_as_assumptions(plan: Plan) -> None:
    for pad in plan.pads():
        for period in pad.status_periods:
            if period.start is not None and period.start > KNOWN:
                assert "ASSUMPTION" in period.note or "assum" in period.note, (pad.code, period)
    for facility in plan.facilities():
        if facility.commissioned is not None and facility.commissioned > KNOWN:
            assert "assumption" in facility.notes.lower(), facility.name
    for allocation in plan.allocations():
        if allocation.end > KNOWN:
            assert "ASSUMPTION" in allocation.notes, allocation.id


def _pad(plan: Plan, code: str) -> Pad:
    pad = plan.pad_by_code(code)
    assert pad is not None
    return pad


def test_pad_31_6_is_back_in_service(plan: Plan) -> None:
    pad = _pad(plan, "31/6")
    assert pad.status_at(date(2026, 1, 1)) is PadStatus.DAMAGED
    assert pad.status_at(date(2026, 3, 3)) is PadStatus.ACTIVE
    notes = " ".join(p.note for p in pad.status_periods)
    assert {"SPO", "INTERFAX-2026-03", "MT-2026-03", "PROGRESS-MS33"} <= _cited(notes)


def test_soyuz_5_and_the_baiterek_protocol(plan: Plan) -> None:
    pad = _pad(plan, "45/1")
    modernisation = next(p for p in pad.status_periods if p.status is PadStatus.UNDER_MODERNISATION)
    assert modernisation.start == date(2018, 8, 22)  # the protocol's signing
    assert {"LAW-302-VI", "TASS-2025-12", "RIA-2026-01"} <= _cited(modernisation.note)
    assert pad.status_at(KNOWN) is PadStatus.UNDER_MODERNISATION  # no launch found by then
    soyuz_5 = plan.vehicle_by_name("Soyuz-5")
    assert soyuz_5 is not None and soyuz_5.launches_per_year == 3
    assert {"ZAKON-KZ", "INFORMBURO"} <= _cited(soyuz_5.notes)


def test_vehicles_carry_the_2026_figures(plan: Plan) -> None:
    def vehicle(name: str) -> Vehicle:
        found = plan.vehicle_by_name(name)
        assert found is not None
        return found

    assert vehicle("SL1").liftoff_mass_kg == 50_000
    assert "HYI-2025-10" in _cited(vehicle("SL1").notes)
    assert vehicle("Maia").liftoff_mass_kg == 300_000
    assert vehicle("Vikram-1").payload_leo_kg == 300
    assert "up to 500 kg" not in vehicle("Vikram-1").notes
    assert "liquid upper stage" in vehicle("Vikram-1").notes
    assert "100 kN each [WP-RFAONE]" in vehicle("RFA One").notes
    assert "Nine Aquila engines of 75 kN" in vehicle("Spectrum").notes
    assert "ELEKTRO-L5" in _cited(vehicle("Proton-M").notes)


def test_site_175_and_gagarins_start(plan: Plan) -> None:
    for code in ("175/58", "175/59"):
        (period,) = _pad(plan, code).status_periods
        assert period.start == date(2014, 12, 20)
        assert "STRELA-2014" in _cited(period.note)
    museum = _pad(plan, "1/5").status_periods[-1]
    assert museum.status is PadStatus.MUSEUM
    assert "EURONEWS-2025-05" in _cited(museum.note) and "Soyuz-2" in museum.note


def test_tenants_without_a_baikonur_source_are_illustrative(plan: Plan) -> None:
    for tenant in plan.tenants():
        illustrative = "ILLUSTRATIVE" in source_keys(tenant.source)
        assert illustrative is (tenant.name in ILLUSTRATIVE), tenant.name
        assert illustrative is tenant.notes.startswith("ILLUSTRATIVE"), tenant.name
    orbex = plan.tenant_by_name("Orbex")
    assert orbex is not None and orbex.status is NegotiationStatus.SUSPENDED
    assert "ORBEX-2026-02" in _cited(orbex.notes)


@pytest.mark.parametrize(
    ("a", "b", "low_m", "high_m"),
    [("175/58", "175/59", 200, 400), ("90/19", "90/20", 60, 90), ("81/23", "81/24", 550, 650)],
)
def test_pads_a_list_gives_one_point_for_are_apart_and_approximate(
    plan: Plan, a: str, b: str, low_m: float, high_m: float
) -> None:
    first, second = _pad(plan, a), _pad(plan, b)
    assert low_m < shapely.distance(first.location, second.location) < high_m
    for pad in (first, second) if a != "81/23" else (first,):
        assert pad.provenance.schematic and pad.notes.startswith("APPROXIMATE position"), pad.code


def test_the_facts_file_names_the_knowledge_date() -> None:
    record = json.loads(files("cosmoplan").joinpath("resources/demo/plan.json").read_text())
    assert date.fromisoformat(record["knowledge_date"]) == KNOWN
