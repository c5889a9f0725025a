"""A start-up from first contact to a pad, driven with the mouse and the keyboard on the real
window (issue 4's "Done when"): add the start-up and its vehicle in their editors, open
"Allocate pad", read which pads fit and why the others do not, allocate one that fits, try one
that does not (the finding appears with its reason), change a status from the allocations
table's context menu, drag a bar on the timeline into a conflict and back, click a finding,
and undo everything with Ctrl+Z."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox, QWidget

from cosmoplan.analysis import Severity
from cosmoplan.domain import Allocation, AllocationStatus, Kind, Propellant, Ref
from cosmoplan.gui.allocations import AllocationDialog
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.tenancy import TenantEditor, VehicleEditor

CTRL = Qt.KeyboardModifier.ControlModifier
AS_OF = date(2030, 6, 1)


class Planner:
    """Mouse and keyboard on one window."""

    def __init__(self, qtbot: Any, window: Any = None) -> None:
        self.qtbot = qtbot
        self.window = window

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())

    def button(self, panel: Any, action_id: str) -> None:
        """Click the toolbar button of an action in a dock's toolbar."""
        action = self.window.action_set[action_id]
        assert action.isEnabled(), action_id
        self.click(panel.toolbar.widgetForAction(action))

    def type_into(self, edit: QWidget, text: str) -> None:
        edit.setFocus()
        self.qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
        self.qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        self.qtbot.keyClicks(edit, text)

    def type_date(self, edit: Any, day: date) -> None:
        """Set a date field with the keyboard: Home, then the arrow keys in each section
        (year, Tab, month, Tab, day)."""
        edit.setFocus()
        self.qtbot.keyClick(edit, Qt.Key.Key_Home)
        shown = edit.date()
        for wanted, now in ((day.year, shown.year()), (day.month, shown.month()), (day.day, 0)):
            if now == 0:  # the day: the month may have changed it
                now = edit.date().day()
            key = Qt.Key.Key_Up if wanted > now else Qt.Key.Key_Down
            for _ in range(abs(wanted - now)):
                self.qtbot.keyClick(edit, key)
            if edit.currentSection() != edit.sectionAt(edit.sectionCount() - 1):
                self.qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.date().toPython() == day

    def choose(self, combo: QWidget, text: str) -> None:
        """Pick an entry of a combo box by typing its first letters."""
        combo.setFocus()
        self.qtbot.keyClicks(combo, text)

    def editor(self, kind: type) -> Any:
        self.qtbot.waitUntil(
            lambda: any(isinstance(e, kind) for e in self.window.editing.editors), timeout=2000
        )
        return next(e for e in self.window.editing.editors if isinstance(e, kind))

    def ok(self, dialog: Any) -> None:
        self.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def right_click(self, widget: QWidget, at: QPoint) -> None:
        """A right click, and the context-menu event the window system sends with it."""
        self.qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=at)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
        QApplication.sendEvent(widget, event)

    def popup_action(self, text: str) -> None:
        """Click the entry ``text`` of the context menu that is open."""
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        assert action.isEnabled(), text
        self.click(menu, menu.actionGeometry(action).center())

    def keys(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=2000)
        self.qtbot.keyClick(self.window, key, modifiers)


def judged(dialog: AllocationDialog, start: date) -> bool:
    """Whether the dialog's pad list is up to date for a period starting on ``start``."""
    return start.isoformat() in dialog.pads_summary.text() and not dialog.pending


def rules_about(window: MainWindow, allocation_id: int) -> dict[str, Severity]:
    ref = Ref(Kind.ALLOCATION, allocation_id)
    return {f.rule: f.severity for f in window.findings.findings if ref in f.subjects}


def bar_point(window: MainWindow, allocation_id: int) -> QPointF:
    rect = window.panels.timeline.bar_rect(allocation_id)
    assert rect is not None
    shown = rect.intersected(window.panels.timeline.plot_rect())
    return QPointF(shown.left() + 0.3 * shown.width(), shown.center().y())


def drag(qtbot: Any, window: MainWindow, start: QPointF, end: QPointF) -> None:
    viewport = window.panels.timeline.viewport()
    qtbot.mouseMove(viewport, start.toPoint())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start.toPoint())
    for step in range(1, 7):
        qtbot.mouseMove(viewport, (start + (end - start) * step / 6).toPoint())
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end.toPoint())


def test_a_start_up_from_first_contact_to_a_pad(
    qtbot: Any, main_window: MainWindow, snapshot: Any, answer: Any
) -> None:
    window, planner = main_window, Planner(qtbot, main_window)
    plan = window.document.plan
    original = snapshot(plan)
    window.resize(1400, 1000)
    planner.type_date(window.date_bar.date_edit, AS_OF)
    assert window.as_of.date == AS_OF
    assert (window.canvas.day, window.panels.timeline.day, window.date_bar.slider.day) == (
        AS_OF,
        AS_OF,
        AS_OF,
    )

    # a new start-up, typed into the tenant editor (the form says what is missing)
    window.panels.docks["tenancy"].raise_()
    planner.button(window.panels.tenancy, "plan.new-tenant")
    tenant_editor = planner.editor(TenantEditor)
    assert not tenant_editor.ok_button().isEnabled()
    assert "name is required" in tenant_editor.error_text()
    planner.type_into(tenant_editor.name, "Gilmour Space")
    planner.type_into(tenant_editor.country, "Australia")
    assert tenant_editor.ok_button().isEnabled()
    planner.ok(tenant_editor)
    tenant = plan.tenant_by_name("Gilmour Space")
    assert tenant is not None and tenant.country == "Australia"
    assert window.selection.refs == {Ref(Kind.TENANT, tenant.id)}
    assert window.panels.tenancy.table(Kind.TENANT).selected_refs() == {Ref(Kind.TENANT, tenant.id)}

    # its vehicle: the editor starts on the selected tenant and refuses a negative height
    planner.button(window.panels.tenancy, "plan.new-vehicle")
    vehicle_editor = planner.editor(VehicleEditor)
    assert vehicle_editor.tenant.currentData() == tenant.id
    planner.type_into(vehicle_editor.name, "Eris")
    planner.type_into(vehicle_editor.height_edit, "-25")
    assert "greater than zero" in vehicle_editor.error_text()
    assert not vehicle_editor.ok_button().isEnabled()
    planner.type_into(vehicle_editor.height_edit, "25")
    planner.type_into(vehicle_editor.liftoff_mass, "30")
    planner.type_into(vehicle_editor.diameter, "2")
    planner.ok(vehicle_editor)
    vehicle = plan.vehicle_by_name("Eris", tenant.id)
    assert vehicle is not None and vehicle.propellant is Propellant.LOX_KEROSENE
    assert vehicle.liftoff_mass_kg == 30_000 and vehicle.height_m == 25

    # Allocate Pad from the new vehicle: the dialog lists which pads fit, and why not
    planner.button(window.panels.tenancy, "plan.allocate")
    (dialog,) = window.workflow.dialogs
    assert dialog.ok_button().text().replace("&", "") == "Allocate"
    assert (dialog.tenant.currentData(), dialog.vehicle.currentData()) == (tenant.id, vehicle.id)
    start, end = date(2030, 1, 1), date(2034, 12, 31)
    planner.type_date(dialog.start, start)
    planner.type_date(dialog.end, end)
    planner.choose(dialog.use, "S")  # shared, as the SEZ pad's other start-up
    qtbot.waitUntil(lambda: judged(dialog, start), timeout=3000)
    sez = dialog.pads.item_of("SEZ-1")
    assert sez is not None and sez.text(0) == "✓"
    proton = dialog.pads.item_of("81/23")
    assert proton is not None and proton.text(0) == "✗"
    dialog.pad_list.setCurrentItem(proton)  # as the arrow keys do: the pane tells why not
    reasons = dialog.pad_reasons.text()
    assert "does not support LOX / kerosene" in reasons  # a hypergolic Proton pad
    assert "supports N2O4 / UDMH" in reasons  # names, not ids
    assert "Russian-leased territory" in reasons
    assert dialog.pad_reasons.wordWrap()

    # another option is judged again, but no row moves under the mouse
    order = [
        dialog.pad_list.topLevelItem(r).text(1) for r in range(dialog.pad_list.topLevelItemCount())
    ]
    planner.choose(dialog.status, "R")  # reserved
    qtbot.waitUntil(lambda: not dialog.pending, timeout=3000)
    rows = dialog.pad_list.topLevelItemCount()
    assert [dialog.pad_list.topLevelItem(r).text(1) for r in range(rows)] == order
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "RP"
    planner.choose(dialog.status, "P")  # back to proposed
    qtbot.waitUntil(lambda: not dialog.pending, timeout=3000)
    sez = dialog.pads.item_of("SEZ-1")
    assert sez is not None

    # choose SEZ-1 by clicking its row: nothing is wrong with it, Allocate adds it
    tree = dialog.pad_list
    planner.click(tree.viewport(), tree.visualItemRect(sez).center())
    assert plan.get(Kind.PAD, dialog.pad.currentData()).code == "SEZ-1"
    qtbot.waitUntil(lambda: not dialog.pending and bool(dialog.findings_list.count()))
    assert not dialog.errors
    planner.ok(dialog)
    assert not dialog.isVisible()
    (fitting,) = (a for a in plan.allocations() if a.tenant_id == tenant.id)
    assert (fitting.start, fitting.end, fitting.exclusive) == (start, end, False)
    assert Severity.ERROR not in rules_about(window, fitting.id).values()
    assert not any(
        Ref(Kind.ALLOCATION, fitting.id) in f.subjects
        for f in window.panels.findings.shown()
        if f.severity is Severity.ERROR
    )

    # now 81/23, which does not fit: the dialog says why, asks, and the finding appears
    window.selection.set([Ref(Kind.TENANT, tenant.id)])
    planner.keys(Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Plan > Allocate Pad
    (dialog,) = window.workflow.dialogs
    planner.type_date(dialog.start, start)
    qtbot.waitUntil(lambda: judged(dialog, start), timeout=3000)
    proton = dialog.pads.item_of("81/23")
    assert proton is not None
    planner.click(dialog.pad_list.viewport(), dialog.pad_list.visualItemRect(proton).center())
    qtbot.waitUntil(lambda: bool(dialog.errors), timeout=3000)
    assert {f.rule for f in dialog.errors} >= {
        "vehicle.fit.propellant",
        "territory.outside_control",
    }
    no = answer(QMessageBox.StandardButton.No)
    planner.ok(dialog)
    assert no.seen and no.name == "confirm_allocate_anyway"
    assert "Allocate anyway?" in no.informative
    assert dialog.isVisible() and len(list(plan.allocations())) == 10
    yes = answer(QMessageBox.StandardButton.Yes)
    planner.ok(dialog)
    assert yes.seen and not dialog.isVisible()
    (unfit,) = (a for a in plan.allocations() if a.tenant_id == tenant.id and a.id != fitting.id)
    about = rules_about(window, unfit.id)
    assert about["vehicle.fit.propellant"] is Severity.ERROR
    assert about["territory.outside_control"] is Severity.ERROR
    shown = [
        f for f in window.panels.findings.shown() if Ref(Kind.ALLOCATION, unfit.id) in f.subjects
    ]
    assert any("does not support lox-kerosene" in f.text for f in shown)

    # clicking that finding in the panel selects what it names (and shows it on the map)
    finding = next(f for f in shown if f.rule == "territory.outside_control")
    view = window.panels.findings.view
    index = window.panels.findings.index_of(finding)
    view.scrollTo(index)
    planner.click(view.viewport(), view.visualRect(index).center())
    assert window.selection.refs == set(finding.subjects)
    pad = plan.pad_by_code("81/23")
    x0, y0, x1, y1 = window.canvas.navigator.box.viewRect().getCoords()
    assert x0 < pad.location.x < x1 and min(y0, y1) < pad.location.y < max(y0, y1)

    # reserve the SEZ-1 allocation from the allocations table's context menu
    window.panels.docks["allocations"].raise_()
    table = window.panels.allocations.table(Kind.ALLOCATION)
    window.selection.set([Ref(Kind.ALLOCATION, fitting.id)])
    row = window.panels.allocations.row_pos(Ref(Kind.ALLOCATION, fitting.id))
    assert row is not None
    planner.right_click(table.view.viewport(), row)
    planner.popup_action("Reserve")
    reserved = plan.get(Kind.ALLOCATION, fitting.id)
    assert isinstance(reserved, Allocation) and reserved.status is AllocationStatus.RESERVED
    assert window.action_set["allocation.sign"].isEnabled()
    assert not window.action_set["allocation.reserve"].isEnabled()
    # the map now fills SEZ-1 with the start-up's colour (reserved outranks a proposal)
    sez_pad = plan.pad_by_code("SEZ-1")
    feature = window.canvas.stack.feature(Ref(Kind.PAD, sez_pad.id))
    assert feature is not None
    assert feature.style.fill.startswith(window.colouring.style.colour_of(tenant.id))

    # on the timeline (only pads with allocations), drag the SEZ-1 bar onto 45/1 and back
    dock = window.panels.docks["timeline"]
    dock.setFloating(True)  # the planner undocks the timeline to give it room
    dock.resize(1300, 720)
    timeline = window.panels.timeline
    qtbot.waitUntil(lambda: timeline.height() > 500)
    planner.click(timeline.only_allocated_box)
    timeline.zoom_to_period(date(2029, 1, 1), date(2036, 1, 1))
    timeline.scroll_to(0.0)
    on_45 = timeline.row_rect(plan.pad_by_code("45/1").id)
    assert on_45 is not None and timeline.plot_rect().contains(on_45.center())
    grip = bar_point(window, fitting.id)
    drag(qtbot, window, grip, QPointF(grip.x(), on_45.top() + 14))
    moved = plan.get(Kind.ALLOCATION, fitting.id)
    assert isinstance(moved, Allocation) and moved.pad_id == plan.pad_by_code("45/1").id
    assert rules_about(window, fitting.id).get("allocation.overlap") is Severity.ERROR
    assert any(
        f.rule == "allocation.overlap" and Ref(Kind.ALLOCATION, fitting.id) in f.subjects
        for f in window.panels.findings.shown()
    )
    back = timeline.row_rect(sez_pad.id)
    assert back is not None
    grip = bar_point(window, fitting.id)
    drag(qtbot, window, grip, QPointF(grip.x(), back.center().y()))
    assert plan.get(Kind.ALLOCATION, fitting.id).pad_id == sez_pad.id
    assert "allocation.overlap" not in rules_about(window, fitting.id)

    # undo everything with Ctrl+Z: the plan is the one opened
    while window.document.project.history.can_undo:
        planner.keys(Qt.Key.Key_Z, CTRL)
    assert snapshot(plan) == original
    assert not window.isWindowModified()
    assert plan.tenant_by_name("Gilmour Space") is None
    assert window.panels.tenancy.table(Kind.TENANT).model.rowCount() == 10
