"""Flight corridors on the report map: under the hazard areas and pads, clipped around the map,
labelled with their pad and vehicle (in a tenant report only the tenant's own), and drawn on the
PDF's map pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
import shapely
from demo_lookup import allocation_on

from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Allocation, Kind, Plan, Vehicle, VehicleClass, display_name
from cosmoplan.mapping.corridors import flight_corridors
from cosmoplan.mapping.raster import rasterise
from cosmoplan.mapping.vector import drawing_for_scene, map_layout
from cosmoplan.reports import build_report, render_report
from cosmoplan.reports.corridors import (
    CORRIDOR_STYLE,
    CORRIDOR_TITLE,
    EXCLUSION_STYLE,
    EXCLUSION_TITLE,
    LAYER_ID,
    corridor_label,
)
from cosmoplan.reports.hazards import LAYER_ID as HAZARDS_ID

if TYPE_CHECKING:
    from conftest import PdfFile

AT = date(2030, 6, 1)


def give_corridor(
    plan: Plan, allocation: Allocation, azimuth: float, vehicle_class: VehicleClass
) -> None:
    vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)
    assert isinstance(vehicle, Vehicle)
    plan.replace(replace(vehicle, vehicle_class=vehicle_class))
    plan.replace(replace(allocation, launch_azimuth_deg=azimuth))


@pytest.fixture
def plan() -> Plan:
    """The demo plan with two corridors of two tenants: Soyuz-5 on 45/1 (51.8°, medium-large)
    and Soyuz-2.1a on 31/6 (63°, medium)."""
    plan = build_demo_plan()
    give_corridor(plan, allocation_on(plan, "45/1", "Soyuz-5"), 51.8, VehicleClass.MEDIUM_LARGE)
    give_corridor(plan, allocation_on(plan, "31/6", "Soyuz-2.1a"), 63.0, VehicleClass.MEDIUM)
    return plan


def test_the_map_has_the_corridors_under_the_hazard_areas_and_the_pads(plan: Plan) -> None:
    scene = build_report(plan, at=AT).map
    order = [layer.id for layer in scene.layers]
    assert order.index(LAYER_ID) < order.index(HAZARDS_ID) < order.index("pads")
    layer = scene.layer(LAYER_ID)
    assert layer is not None and layer.legend_group == "Safety"
    assert [(e.text, e.style) for e in layer.legend] == [
        (EXCLUSION_TITLE, EXCLUSION_STYLE),
        (CORRIDOR_TITLE, CORRIDOR_STYLE),
    ]
    corridors = {c.allocation_id: c for c in flight_corridors(plan, AT)}
    assert {f.ref.id for f in layer.features} == set(corridors) and len(corridors) >= 2
    x0, y0, x1, y1 = scene.extent
    margin = max(x1 - x0, y1 - y0)
    around = shapely.box(x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    frame = shapely.box(x0, y0, x1, y1)
    for feature in layer.features:
        corridor = corridors[feature.ref.id]
        assert feature.geometry is not None and around.covers(feature.geometry)
        if feature.style == EXCLUSION_STYLE:
            assert feature.geometry.equals(corridor.overflight_exclusion)  # small: whole
            label = (corridor_label(plan, corridor), corridor.label_at)
            assert (feature.label, feature.label_at) == label
        else:
            # Clipped, but the same where the map shows it.
            assert corridor.flight.area > 10 * feature.geometry.area
            shown = shapely.intersection(corridor.flight, frame)
            assert shapely.intersection(feature.geometry, frame).equals(shown)
    # The extent stays that of the site: the corridors do not widen the map.
    assert scene.extent == build_report(build_demo_plan(), at=AT).map.extent


def test_a_tenant_report_labels_only_the_tenant_s_own_corridors(plan: Plan) -> None:
    own = allocation_on(plan, "45/1", "Soyuz-5")
    tenant = plan.get(Kind.TENANT, own.tenant_id)
    scene = build_report(plan, "tenant", at=AT, tenant=display_name(tenant)).map
    layer = scene.layer(LAYER_ID)
    assert layer is not None
    labels = {f.ref.id: f.label for f in layer.features if f.style == EXCLUSION_STYLE}
    own_label = labels[own.id]
    assert own_label == "45/1 Soyuz-5: medium-large · 51.8° · OEZ 7.9 km"
    assert all(label is None for allocation_id, label in labels.items() if allocation_id != own.id)


def test_no_corridor_layer_when_no_allocation_gives_an_azimuth(plan: Plan) -> None:
    for allocation in list(plan.allocations()):
        plan.replace(replace(allocation, launch_azimuth_deg=None))
    scene = build_report(plan, at=AT).map
    assert scene.layer(LAYER_ID) is None and scene.layer(HAZARDS_ID) is not None


def test_the_exclusion_zone_is_drawn_red_on_the_map(plan: Plan) -> None:
    scene = build_report(plan, at=AT).map
    (corridor,) = flight_corridors(plan, AT, [allocation_on(plan, "45/1", "Soyuz-5").id])
    pad = plan.get(Kind.PAD, corridor.pad_id)
    x, y = pad.location.x, pad.location.y  # type: ignore[union-attr]
    tx, ty = corridor.label_at
    inside = (x + (tx - x) * 0.6, y + (ty - y) * 0.6)
    width, height = 1200, 800
    layout = map_layout(scene, width, height)

    def colour(which: object) -> np.ndarray:
        image = np.asarray(rasterise(drawing_for_scene(which, width, height), width, height))  # type: ignore[arg-type]
        u, v = layout.viewport.to_page(*inside)
        return image[round(height - v), round(u)].astype(int)

    without = replace(scene, layers=tuple(x for x in scene.layers if x.id != LAYER_ID))
    shown, hidden = colour(scene), colour(without)
    assert shown[0] - shown[1] > hidden[0] - hidden[1] + 25


def test_the_pdf_map_page_shows_the_corridor_labels(
    plan: Plan, tmp_path: Path, read_pdf: Callable[[Path], PdfFile]
) -> None:
    report = build_report(plan, at=AT)
    pdf = read_pdf(render_report(report, tmp_path / "report.pdf"))
    (index,) = pdf.find(f"Site map as of {AT.isoformat()}")
    (insets,) = pdf.find("Site map: insets")
    assert insets == index + 1
    text = " ".join(" ".join(pdf.pages[i].text.split()) for i in (index, insets))
    assert "Overflight exclusion zone" in text and "Flight corridor" in text
    corridors = flight_corridors(plan, AT)
    assert {c.pad_id for c in corridors} >= {2, 3}  # 31/6 and 45/1
    for corridor in corridors:
        allocation = plan.get(Kind.ALLOCATION, corridor.allocation_id)
        pad = plan.get(Kind.PAD, corridor.pad_id)
        vehicle = plan.get(Kind.VEHICLE, allocation.vehicle_id)  # type: ignore[attr-defined]
        label = corridor_label(plan, corridor)
        assert label == f"{display_name(pad)} {display_name(vehicle)}: {corridor.label}"
        assert label in text, label
