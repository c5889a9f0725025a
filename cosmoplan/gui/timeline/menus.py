"""The context menu and the tooltip of an allocation's bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from cosmoplan.analysis import Severity
from cosmoplan.domain import Allocation, Kind, LaunchComplex, Pad, Ref
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.services.allocation import allowed_statuses, change_status, deallocate
from cosmoplan.services.viewstate.timeline import Bar

if TYPE_CHECKING:
    from cosmoplan.gui.timeline.view import TimelineView

_MARKS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


def bar_tooltip(view: TimelineView, bar: Bar) -> str:
    """The allocation behind a bar, with the findings that name it."""
    allocation = bar.allocation
    row = view.model.rows[view.model.row_index(allocation.pad_id) or 0]
    lines = [
        f"{bar.tenant} · {bar.vehicle}",
        tr("Pad {code} · {status} · {use}").format(
            code=row.code,
            status=label(allocation.status),
            use=tr("exclusive") if allocation.exclusive else tr("shared"),
        ),
        f"{allocation.start.isoformat()} – {allocation.end.isoformat()} "
        + tr("({days} days)").format(days=allocation.days),
    ]
    for finding in view.marks.findings_of.get(allocation.id, [])[:6]:
        lines.append(f"{_MARKS[finding.severity]} {finding.text}")
    return "\n".join(lines)


def pad_tooltip(view: TimelineView, pad_id: int) -> str:
    """A pad's code, name, complex and status on the "as of" date."""
    pad = view.document.plan.find(Kind.PAD, pad_id)
    if not isinstance(pad, Pad):
        return ""
    site = view.document.plan.find(Kind.COMPLEX, pad.complex_id)
    title = f"{pad.code} · {pad.name}" if pad.name else pad.code
    lines = [title, site.label if isinstance(site, LaunchComplex) else ""]
    lines.append(
        tr("On {date}: {status}").format(
            date=view.day.isoformat(), status=label(pad.status_at(view.day))
        )
    )
    return "\n".join(line for line in lines if line)


def bar_menu(view: TimelineView, allocation_id: int, parent: QWidget) -> QMenu:
    """The context menu of an allocation's bar."""
    menu = QMenu(parent)
    allocation = view.document.plan.find(Kind.ALLOCATION, allocation_id)
    if not isinstance(allocation, Allocation):
        return menu
    ref = Ref(Kind.ALLOCATION, allocation_id)
    menu.addAction(tr("Edit…"), lambda: view.edit_requested.emit(ref))
    menu.addAction(tr("Change Dates…"), lambda: view.type_dates(allocation_id))
    status_menu = menu.addMenu(tr("Change status"))
    allowed = allowed_statuses(allocation.status)
    status_menu.setEnabled(bool(allowed))
    for status in allowed:
        action = status_menu.addAction(label(status))
        action.setObjectName(f"status_{status.value}")
        action.triggered.connect(
            lambda _=False, s=status: view.input.run(
                change_status(view.document.plan, allocation_id, s)
            )
        )
    menu.addSeparator()
    delete = menu.addAction(
        tr("Delete allocation"),
        lambda: view.input.run(deallocate(view.document.plan, allocation_id)),
    )
    delete.setObjectName("delete_allocation")
    menu.addAction(
        tr("Zoom to allocation"), lambda: view.zoom_to_period(allocation.start, allocation.end)
    )
    return menu
