"""The "as of" slider: month steps, no echo of set_date, a range that spans the plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from cosmoplan.domain import Kind
from cosmoplan.gui.document import Document
from cosmoplan.gui.timeline import AsOfSlider, plan_period
from cosmoplan.services.commands import update


def test_step_buttons_move_by_a_month(qtbot: Any, document: Document) -> None:
    slider = AsOfSlider(document, date(2026, 1, 31))
    qtbot.addWidget(slider)
    with qtbot.waitSignal(slider.date_changed) as later:
        qtbot.mouseClick(slider.next_button, Qt.MouseButton.LeftButton)
    assert later.args == [date(2026, 2, 28)]
    assert slider.day == date(2026, 2, 28)
    with qtbot.waitSignal(slider.date_changed) as earlier:
        qtbot.mouseClick(slider.previous_button, Qt.MouseButton.LeftButton)
    assert earlier.args == [date(2026, 1, 28)]
    assert "2026-01-28" in slider.label.text()


def test_set_date_does_not_emit_and_the_slider_does(qtbot: Any, document: Document) -> None:
    slider = AsOfSlider(document, date(2026, 6, 1))
    qtbot.addWidget(slider)
    with qtbot.assertNotEmitted(slider.date_changed):
        slider.set_date(date(2030, 3, 15))
    assert slider.day == date(2030, 3, 15)
    first, _ = slider.period
    with qtbot.waitSignal(slider.date_changed) as moved:
        slider.slider.setValue(slider.slider.value() + 10)
    assert moved.args == [date(2030, 3, 25)]
    assert (moved.args[0] - first).days == slider.slider.value()


def test_range_spans_the_plan_and_follows_it(qtbot: Any, document: Document) -> None:
    slider = AsOfSlider(document, date(2026, 6, 1))
    qtbot.addWidget(slider)
    first, last = slider.period
    assert (first, last) == plan_period(document.plan)
    assert first == date(1956, 1, 1)  # a year before 1/5 first launched (1957)
    assert last == date(2041, 12, 31)  # a year after the Soyuz-5 allocation ends (2040)
    allocation = document.plan.get(Kind.ALLOCATION, 4)
    document.execute(update(allocation, end=date(2049, 6, 30)))
    assert slider.period[1] == date(2050, 12, 31)
    slider.set_date(date(2050, 12, 31))
    assert not slider.next_button.isEnabled() and slider.previous_button.isEnabled()
    slider.set_date(date(2050, 11, 30))
    assert slider.next_button.isEnabled()
