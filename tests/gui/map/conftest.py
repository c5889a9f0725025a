"""Fixtures for the map canvas: a shown canvas over a small plan built in code, and helpers
that click and drag at model coordinates as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cosmoplan.domain import (
    Facility,
    FacilityKind,
    LaunchComplex,
    Pad,
    PadStatus,
    PadStatusPeriod,
    Plan,
    PlanInfo,
    Zone,
    ZoneKind,
)
from cosmoplan.gui.document import Document
from cosmoplan.gui.map import MapCanvas
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import AsOfDate, LayerModel, Selection

X0, Y0 = 550_000.0, 5_090_000.0
DAY = date(2026, 6, 1)


def small_plan() -> Plan:
    """One complex with two pads, a building, a road, a mast and a restricted zone."""
    active = (PadStatusPeriod(PadStatus.ACTIVE, date(2000, 1, 1)),)
    plan = Plan(PlanInfo("Map test plan"))
    plan.load(
        [
            LaunchComplex(
                1, "45", "Zenit", footprint=shapely.box(X0 - 1500, Y0 - 1500, X0 + 1500, Y0 + 1500)
            ),
            Pad(1, 1, "45/1", shapely.Point(X0, Y0), status_periods=active),
            Pad(2, 1, "45/2", shapely.Point(X0 + 600, Y0 + 400), status_periods=active),
            Facility(
                1,
                FacilityKind.ASSEMBLY_BUILDING,
                "MIK",
                shapely.box(X0 - 600, Y0 - 600, X0 - 400, Y0 - 400),
            ),
            Facility(
                2,
                FacilityKind.ROAD,
                "Road",
                shapely.LineString([(X0 - 2000, Y0 - 1000), (X0 + 2000, Y0 - 1000)]),
            ),
            Facility(3, FacilityKind.CABLE_MAST, "Mast", shapely.Point(X0 + 300, Y0 - 300)),
            Zone(
                1,
                ZoneKind.RESTRICTED_AREA,
                "Hazard area",
                shapely.Point(X0, Y0).buffer(2500, quad_segs=16),
            ),
        ]
    )
    return plan


def pixel(canvas: MapCanvas, x: float, y: float) -> QColor:
    """The colour the canvas shows at model point (x, y)."""
    canvas.settle()
    image = canvas.viewport().grab().toImage()
    pos = canvas.map_to_widget(x, y)
    return image.pixelColor(pos)


def near(color: QColor, expected: str, tolerance: int = 40) -> bool:
    """Whether two colours are alike (each channel within ``tolerance``)."""
    other = QColor(expected)
    return all(
        abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


@pytest.fixture
def map_plan() -> Plan:
    """A fresh small plan."""
    return small_plan()


@pytest.fixture
def document(map_plan: Plan) -> Document:
    """The small plan as an open document (in memory)."""
    return Document(Project(map_plan))


@pytest.fixture
def selection() -> Selection:
    """An empty shared selection."""
    return Selection()


@pytest.fixture
def canvas(qtbot: Any, document: Document, selection: Selection) -> MapCanvas:
    """A shown 800x600 canvas on the small plan, as of :data:`DAY`, zoomed to it."""
    widget = MapCanvas(document, selection, AsOfDate(DAY), LayerModel())
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_to_all()
    widget.settle()
    return widget


@pytest.fixture
def click(qtbot: Any, canvas: MapCanvas) -> Callable[..., None]:
    """``click(x, y, modifier=..., button=..., double=False)`` at model coordinates."""

    def run(
        x: float,
        y: float,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
        double: bool = False,
    ) -> None:
        pos = canvas.map_to_widget(x, y)
        qtbot.mouseMove(canvas.viewport(), pos)
        if double:
            qtbot.mouseDClick(canvas.viewport(), button, modifier, pos)
        else:
            qtbot.mouseClick(canvas.viewport(), button, modifier, pos)

    return run


@pytest.fixture
def drag(qtbot: Any, canvas: MapCanvas) -> Callable[..., None]:
    """``drag((x0, y0), (x1, y1), modifier=...)``: press, move in steps, release."""

    def run(
        start: tuple[float, float],
        end: tuple[float, float],
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    ) -> None:
        viewport = canvas.viewport()
        a, b = canvas.map_to_widget(*start), canvas.map_to_widget(*end)
        qtbot.mouseMove(viewport, a)
        qtbot.mousePress(viewport, button, modifier, a)
        for i in range(1, 6):
            step = a + (b - a) * i / 5
            qtbot.mouseMove(viewport, step)
        qtbot.mouseRelease(viewport, button, modifier, b)

    return run


@pytest.fixture
def colour_at() -> Callable[[MapCanvas, float, float], QColor]:
    """:func:`pixel`, for tests."""
    return pixel


@pytest.fixture
def alike() -> Callable[..., bool]:
    """:func:`near`, for tests."""
    return near
