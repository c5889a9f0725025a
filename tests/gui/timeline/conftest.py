"""Fixtures for the timeline: the demo plan as a document, a findings source kept current by an
:class:`IncrementalChecker`, a shown timeline, and mouse helpers that press, move and release on
its viewport as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor

from cosmoplan.analysis import Finding, IncrementalChecker
from cosmoplan.demo import build_demo_plan
from cosmoplan.domain import Kind, Plan
from cosmoplan.gui.document import Document
from cosmoplan.gui.timeline import TimelineView
from cosmoplan.services.changes import Changes
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import AsOfDate, Selection

AS_OF = date(2026, 6, 1)


class CheckerFindings(QObject):
    """A findings source (the shape :class:`FindingsSource` asks for) over an incremental
    checker that follows the document, as the findings panel's model does."""

    changed = Signal()

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.checker = IncrementalChecker(document.plan)
        document.changes_applied.connect(self._on_changes)

    @property
    def findings(self) -> list[Finding]:
        return self.checker.findings

    def _on_changes(self, changes: Changes) -> None:
        if not self.checker.update(changes).empty:
            self.changed.emit()

    def rules_of(self, allocation_id: int) -> set[str]:
        """The rules of the findings that name an allocation."""
        return {
            f.rule
            for f in self.findings
            if any(r.kind is Kind.ALLOCATION and r.id == allocation_id for r in f.subjects)
        }


@pytest.fixture
def demo() -> Plan:
    """A fresh demo plan."""
    return build_demo_plan()


@pytest.fixture
def document(demo: Plan) -> Document:
    """The demo plan as an open document (in memory)."""
    return Document(Project(demo))


@pytest.fixture
def selection() -> Selection:
    """An empty shared selection."""
    return Selection()


@pytest.fixture
def findings(document: Document) -> CheckerFindings:
    """Findings kept current with the document."""
    return CheckerFindings(document)


@pytest.fixture
def view(
    qtbot: Any, document: Document, selection: Selection, findings: CheckerFindings
) -> TimelineView:
    """A shown 1400x760 timeline of the demo plan, as of :data:`AS_OF`, showing everything."""
    widget = TimelineView(document, selection, AsOfDate(AS_OF), findings)
    qtbot.addWidget(widget)
    widget.resize(1400, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_to_all()
    return widget


def pixel(view: TimelineView, point: QPointF) -> QColor:
    """The colour the timeline shows at a viewport point."""
    image = view.viewport().grab().toImage()
    return image.pixelColor(point.toPoint())


def near(color: QColor, expected: str, tolerance: int = 24) -> bool:
    """Whether two colours are alike (each channel within ``tolerance``)."""
    other = QColor(expected)
    return all(
        abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


class Mouse:
    """Presses, moves and releases on the timeline's viewport."""

    def __init__(self, qtbot: Any, view: TimelineView) -> None:
        self.qtbot = qtbot
        self.view = view

    @property
    def viewport(self) -> Any:
        return self.view.viewport()

    def press(
        self, at: QPointF, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        point = at.toPoint()
        self.qtbot.mouseMove(self.viewport, point)
        self.qtbot.mousePress(self.viewport, Qt.MouseButton.LeftButton, modifier, point)

    def move(self, start: QPointF, end: QPointF, steps: int = 6) -> None:
        for i in range(1, steps + 1):
            self.qtbot.mouseMove(self.viewport, (start + (end - start) * i / steps).toPoint())

    def release(self, at: QPointF) -> None:
        self.qtbot.mouseRelease(
            self.viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at.toPoint()
        )

    def drag(self, start: QPointF, end: QPointF) -> None:
        self.press(start)
        self.move(start, end)
        self.release(end)

    def click(
        self, at: QPointF, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.mouseMove(self.viewport, at.toPoint())
        self.qtbot.mouseClick(self.viewport, Qt.MouseButton.LeftButton, modifier, at.toPoint())

    def double_click(self, at: QPointF) -> None:
        self.qtbot.mouseMove(self.viewport, at.toPoint())
        self.qtbot.mouseDClick(
            self.viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at.toPoint()
        )


@pytest.fixture
def mouse(qtbot: Any, view: TimelineView) -> Mouse:
    """Mouse helpers on the shown timeline."""
    return Mouse(qtbot, view)


@pytest.fixture
def colour_at() -> Callable[[TimelineView, QPointF], QColor]:
    """:func:`pixel`, for tests."""
    return pixel


@pytest.fixture
def alike() -> Callable[..., bool]:
    """:func:`near`, for tests."""
    return near
