"""The "as of" slider: month steps, no echo of set_date, a range that spans the plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from cosmoplan.domain import Kind
from cosmoplan.gui.document import Document
from cosmoplan.gui.timeline import AsOfSlider, plan_period
from cosmoplan.services.commands import update
from cosmoplan.services.viewstate import AsOfDate


def test_step_buttons_move_by_a_month(qtbot: Any, document: Document) -> None:
    as_of = AsOfDate(date(2026, 1, 31))
    slider = AsOfSlider(document, as_of)
    qtbot.addWidget(slider)
    qtbot.mouseClick(slider.next_button, Qt.MouseButton.LeftButton)
    assert as_of.date == slider.day == date(2026, 2, 28)
    qtbot.mouseClick(slider.previous_button, Qt.MouseButton.LeftButton)
    assert as_of.date == date(2026, 1, 28)
    assert "2026-01-28" in slider.label.text()


def test_the_slider_follows_the_date_and_moves_it(qtbot: Any, document: Document) -> None:
    as_of = AsOfDate(date(2026, 6, 1))
    slider = AsOfSlider(document, as_of)
    qtbot.addWidget(slider)
    slider.set_date(date(2030, 3, 15))
    assert slider.day == date(2030, 3, 15) and as_of.date == date(2026, 6, 1)
    as_of.set(date(2031, 1, 1))
    assert slider.day == date(2031, 1, 1)
    assert "2031-01-01" in slider.label.text()
    first, _ = slider.period
    slider.slider.setValue(slider.slider.value() + 10)
    assert as_of.date == date(2031, 1, 11)
    assert (as_of.date - first).days == slider.slider.value()


def test_range_spans_the_plan_and_follows_it(qtbot: Any, document: Document) -> None:
    slider = AsOfSlider(document, AsOfDate(date(2026, 6, 1)))
    qtbot.addWidget(slider)
    first, last = slider.period
    assert (first, last) == plan_period(document.plan)
    assert first == date(1956, 1, 1)  # a year before 1/5 first launched (1957)
    assert last == date(2040, 12, 31)  # a year after the Soyuz-5 allocation ends (2039)
    allocation = document.plan.get(Kind.ALLOCATION, 4)
    document.execute(update(allocation, end=date(2049, 6, 30)))
    assert slider.period[1] == date(2050, 12, 31)
    slider.set_date(date(2050, 12, 31))
    assert not slider.next_button.isEnabled() and slider.previous_button.isEnabled()
    slider.set_date(date(2050, 11, 30))
    assert slider.next_button.isEnabled()
