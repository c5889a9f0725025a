"""The findings: a model that follows every command and the "as of" date incrementally, and
a panel grouped by severity and rule where a click selects and shows, a double-click edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cosmoplan.analysis import FindingsDelta, Severity, check_plan, finding_period
from cosmoplan.domain import Allocation, AllocationStatus, Kind, Ref
from cosmoplan.gui.allocations import AllocationDialog
from cosmoplan.gui.document import Document
from cosmoplan.gui.findings import FindingsModel, FindingsPanel
from cosmoplan.gui.findings.tree import FINDING_ROLE
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.services.commands import RemoveObjects, UpdateObject
from cosmoplan.services.project import Project
from cosmoplan.services.viewstate import AsOfDate, Clock, Selection
from tests.gui.conftest import demo_plan
from tests.gui.test_gui_allocation_story import Planner

RFA = 5  # Rocket Factory Augsburg on 45/1, 2028-2032, overlapping Baiterek JV


def keys(findings: list[Any]) -> set[Any]:
    return {(f.key, f.text) for f in findings}


def test_the_model_follows_commands_undo_and_the_day(qtbot: Any) -> None:
    document = Document(Project(demo_plan()))
    model = FindingsModel(document, Clock(date(2026, 6, 1)))
    deltas: list[FindingsDelta] = []
    model.changed.connect(deltas.append)
    plan = document.plan
    assert keys(model.findings) == keys(check_plan(plan, date(2026, 6, 1)))

    rfa = plan.get(Kind.ALLOCATION, RFA)
    assert isinstance(rfa, Allocation)
    document.execute(UpdateObject(replace(rfa, start=date(2041, 1, 1), end=date(2045, 1, 1))))
    (delta,) = deltas
    assert any(f.rule == "allocation.overlap" for f in delta.removed)
    assert keys(model.findings) == keys(check_plan(plan, date(2026, 6, 1)))
    document.execute(RemoveObjects([Ref(Kind.TENANT, 1)]))  # Roscosmos and all it holds
    assert keys(model.findings) == keys(check_plan(plan, date(2026, 6, 1)))
    document.undo()
    document.undo()
    assert keys(model.findings) == keys(check_plan(plan, date(2026, 6, 1)))
    assert model.counts()[Severity.ERROR] == 6

    model.clock = Clock(date(2040, 1, 1))  # the window was left open for years
    model.follow_clock()
    assert model.at == date(2040, 1, 1)
    assert keys(model.findings) == keys(check_plan(plan, date(2040, 1, 1)))
    count = len(deltas)
    model.follow_clock()  # the same day: nothing to tell
    assert len(deltas) == count


def test_the_panel_groups_by_severity_and_rule_and_follows_changes(qtbot: Any) -> None:
    document = Document(Project(demo_plan()))
    model = FindingsModel(document, Clock())
    panel = FindingsPanel(document, Selection(), model, AsOfDate())
    qtbot.addWidget(panel)
    counts = panel.tree.group_counts()
    assert counts["error"] == 6 and counts["allocation.overlap"] == 1
    assert counts["vehicle.fit.propellant"] == 2
    top = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert counts["safety.corridor.unchecked"] == 3  # start-ups' proposals without an azimuth
    assert top == ["Errors (6)", "Warnings (3)", "Information (6)"]
    assert panel.summary.text() == "6 errors, 3 warnings, 6 notes"
    errors = panel.proxy.index(0, 0)
    assert panel.view.isExpanded(errors)
    rules = [panel.proxy.index(r, 0, errors).data() for r in range(panel.proxy.rowCount(errors))]
    assert "Allocations overlap on a pad (1)" in rules

    rfa = document.plan.get(Kind.ALLOCATION, RFA)
    assert isinstance(rfa, Allocation)
    document.execute(UpdateObject(replace(rfa, status=AllocationStatus.CANCELLED)))
    counts = panel.tree.group_counts()
    assert "allocation.overlap" not in counts and counts["error"] == 5
    assert panel.summary.text().startswith("5 errors")
    assert panel.view.isExpanded(panel.proxy.index(0, 0))  # the patch kept it open
    document.undo()
    assert panel.tree.group_counts()["allocation.overlap"] == 1
    assert [f.key for f in panel.shown()] == [f.key for f in model.findings]

    panel.filter.setText("museum")
    (shown,) = panel.shown()
    assert shown.rule == "pad.unavailable" and "1/5" in shown.text


def test_clicking_a_finding_selects_and_shows_it_double_click_edits(
    qtbot: Any, main_window: MainWindow
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    panel, view = window.panels.findings, window.panels.findings.view
    overlap = next(f for f in window.findings.findings if f.rule == "allocation.overlap")
    start, end = finding_period(window.document.plan, overlap) or (None, None)
    assert start is not None and end is not None and window.as_of.date < start
    findings = list(window.findings.findings)
    index = panel.index_of(overlap)
    view.scrollTo(index)
    planner.click(view.viewport(), view.visualRect(index).center())
    assert window.selection.refs == set(overlap.subjects)
    assert window.as_of.date == start  # the date came into the finding's period, and says so
    assert window.canvas.day == window.panels.timeline.day == start
    assert f"As of {start.isoformat()}" in window.statusBar().currentMessage()
    assert window.findings.findings == findings  # the findings stay what they were
    allocations = {r for r in overlap.subjects if r.kind is Kind.ALLOCATION}
    assert len(allocations) == 2
    assert window.panels.allocations.table(Kind.ALLOCATION).selected_refs() == allocations
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    x0, y0, x1, y1 = window.canvas.navigator.box.viewRect().getCoords()
    assert x0 < pad.location.x < x1 and min(y0, y1) < pad.location.y < max(y0, y1)
    assert x1 - x0 < 20_000  # zoomed in on it

    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    (dialog,) = window.workflow.dialogs
    assert isinstance(dialog, AllocationDialog)
    assert dialog.original is not None and dialog.original.id == overlap.primary.id
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    planner.click(cancel)

    museum = next(f for f in window.findings.findings if "museum" in f.text)
    index = panel.index_of(museum)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    planner.click(view.viewport(), centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    (dialog,) = window.workflow.dialogs
    assert dialog.original == window.document.plan.get(Kind.ALLOCATION, museum.primary.id)
    assert dialog.pad.currentText() == "1/5"
    assert "6 errors" in window.status.findings_label.text()


def test_the_tree_model_stays_consistent_patched_or_rebuilt(
    qtmodeltester: Any, monkeypatch: Any
) -> None:
    from cosmoplan.gui.findings import tree as tree_module

    document = Document(Project(demo_plan()))
    model = FindingsModel(document, Clock())
    tree = tree_module.FindingsTree(document.plan)
    tree.reset(model.findings)
    model.changed.connect(lambda delta: tree.apply(delta, model.findings))
    qtmodeltester.check(tree, force_py=True)

    def shown() -> list[Any]:
        found = []
        for s in range(tree.rowCount()):
            severity = tree.index(s, 0)
            for r in range(tree.rowCount(severity)):
                rule = tree.index(r, 0, severity)
                found += [
                    tree.index(f, 0, rule).data(FINDING_ROLE) for f in range(tree.rowCount(rule))
                ]
        return found

    rfa = document.plan.get(Kind.ALLOCATION, RFA)
    assert isinstance(rfa, Allocation)
    document.execute(UpdateObject(replace(rfa, status=AllocationStatus.CANCELLED)))
    document.execute(RemoveObjects([Ref(Kind.TENANT, 1)]))
    assert [f.key for f in shown()] == [f.key for f in model.findings]
    monkeypatch.setattr(tree_module, "REBUILD_OVER", 2)  # big deltas rebuild the tree
    document.undo()
    document.undo()
    assert [f.key for f in shown()] == [f.key for f in model.findings]
    assert tree.index_of(model.findings[0]).data(FINDING_ROLE) == model.findings[0]
