"""Deleting tenants: their vehicles and allocations go with them, after the planner has seen
the list (pad, period and status of each allocation). The editing workflow asks this
question and removes them in one undoable command."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QMessageBox, QWidget

from cosmoplan.domain import Allocation, Kind, Pad, Plan, Ref, Tenant, Vehicle
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.services.allocation import allocations_of

#: At most this many allocations are listed in the question (all are in its details).
LISTED = 12


def allocation_line(plan: Plan, allocation: Allocation) -> str:
    """One allocation for a list: vehicle, pad, period and status."""
    vehicle = plan.find(Kind.VEHICLE, allocation.vehicle_id)
    pad = plan.find(Kind.PAD, allocation.pad_id)
    return tr("{vehicle} on {pad}, {start} – {end}, {status}").format(
        vehicle=vehicle.name if isinstance(vehicle, Vehicle) else f"#{allocation.vehicle_id}",
        pad=pad.code if isinstance(pad, Pad) else f"#{allocation.pad_id}",
        start=allocation.start.isoformat(),
        end=allocation.end.isoformat(),
        status=label(allocation.status).lower(),
    )


def confirm_tenant_removal(plan: Plan, refs: Iterable[Ref], parent: QWidget | None) -> bool:
    """Whether the planner agrees to delete the tenants of ``refs`` with their vehicles and
    allocations (listed in the question)."""
    chosen = sorted(
        (t for r in refs if isinstance(t := plan.find(r.kind, r.id), Tenant)),
        key=lambda t: t.name.casefold(),
    )
    allocations = [a for t in chosen for a in allocations_of(plan, t)]
    ids = {t.id for t in chosen}
    vehicles = [v for v in plan.vehicles() if v.tenant_id in ids]
    return _confirm(plan, chosen, vehicles, allocations, parent)


def _confirm(
    plan: Plan,
    tenants: list[Tenant],
    vehicles: list[Vehicle],
    allocations: list[Allocation],
    parent: QWidget | None,
) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("confirm_delete_tenant")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Delete tenant"))
    names = ", ".join(t.name for t in tenants)
    box.setText(
        tr("Deleting {names} also deletes {vehicles} and {allocations}.").format(
            names=names,
            vehicles=tr("%n vehicle(s)", "", len(vehicles)),
            allocations=tr("%n pad allocation(s)", "", len(allocations)),
        )
    )
    lines = [allocation_line(plan, a) for a in allocations]
    shown = "\n".join(f"• {line}" for line in lines[:LISTED])
    if len(lines) > LISTED:
        shown += "\n" + tr("… and {count} more").format(count=len(lines) - LISTED)
    if vehicles:
        shown += "\n\n" + tr("Vehicles: {names}").format(
            names=", ".join(sorted(v.name for v in vehicles))
        )
    box.setInformativeText(shown.strip() + "\n\n" + tr("Delete? (You can undo this.)"))
    box.setDetailedText("\n".join(lines))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.Cancel)
    box.setDefaultButton(buttons.Cancel)
    return box.exec() == buttons.Yes
