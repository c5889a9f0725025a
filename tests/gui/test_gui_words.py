"""The window names objects as a planner does: an allocation by its vehicle, pad and years,
never by its number."""

from __future__ import annotations

from dataclasses import replace

from cosmoplan.domain import Allocation, Kind, Pad, Ref
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.services.commands import RemoveObjects, UpdateObject


def first_allocation_on(window: MainWindow, code: str) -> Allocation:
    plan = window.document.plan
    pad = plan.pad_by_code(code)
    assert isinstance(pad, Pad)
    return min((a for a in plan.allocations() if a.pad_id == pad.id), key=lambda a: a.start)


def test_undo_texts_and_properties_name_an_allocation_by_vehicle_pad_and_years(
    main_window: MainWindow,
) -> None:
    window = main_window
    allocation = first_allocation_on(window, "31/6")
    window.document.execute(UpdateObject(replace(allocation, notes="moved")))

    name = "Soyuz-2.1a on 31/6, 2020–2035"
    assert window.action_set["edit.undo"].text().endswith(f"Edit {name}")
    history = window.panels.history.history_model
    assert history.data(history.index(history.rowCount() - 1)) == f"Edit {name}"

    window.selection.set([Ref(Kind.ALLOCATION, allocation.id)])
    assert window.panels.properties.title.text() == f"Allocation: {name}"


def test_deleting_an_allocation_names_it_in_the_undo_text(main_window: MainWindow) -> None:
    window = main_window
    allocation = first_allocation_on(window, "31/6")
    window.document.execute(RemoveObjects([Ref(Kind.ALLOCATION, allocation.id)]))
    assert "Delete Soyuz-2.1a on 31/6, 2020–2035" in window.action_set["edit.undo"].text()
    assert "allocation" not in window.action_set["edit.undo"].text().lower()
