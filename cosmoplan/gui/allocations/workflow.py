"""The allocation workflow of one window: open the "Allocate pad" dialog from wherever the
planner is (a pad, a tenant, a vehicle, a day on the timeline), edit allocations, and move the
selected allocations through their lifecycle. Every change is an undoable command."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cosmoplan.domain import Allocation, AllocationStatus, Kind, Ref
from cosmoplan.gui.allocations.dialog import AllocationDialog
from cosmoplan.gui.document import Document
from cosmoplan.gui.editing import Editing
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.messages import CosmoplanError, Message
from cosmoplan.services.allocation import MSG_STATUS_MANY, allowed_statuses, change_status
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import RemoveObjects
from cosmoplan.services.viewstate import Clock, Selection


class AllocationWorkflow(QObject):
    """Opens allocation dialogs and runs the status commands on the selection."""

    def __init__(
        self,
        document: Document,
        selection: Selection,
        editing: Editing,
        clock: Clock,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.editing = editing
        self.clock = clock
        self.parent_widget = parent
        self.dialogs: list[AllocationDialog] = []
        document.changes_applied.connect(self._changes_applied)

    # -- dialogs -------------------------------------------------------------------------
    def allocate(
        self,
        tenant_id: int | None = None,
        vehicle_id: int | None = None,
        pad_id: int | None = None,
        start: date | None = None,
    ) -> AllocationDialog:
        """Open the "Allocate pad" dialog, starting from what is given (without ``start``, the
        period starts on the pad's first free day)."""
        dialog = AllocationDialog(
            self.document.plan, self.editing.commit, self.parent_widget, today=self.clock.today()
        )
        dialog.prefill(tenant_id, vehicle_id, pad_id, start)
        return self._show(dialog)

    def allocate_selected(self) -> AllocationDialog:
        """Plan > Allocate Pad: start from the selected pad, tenant or vehicle."""
        picked: dict[Kind, int] = {}
        for ref in sorted(self.selection.refs, key=lambda r: (r.kind, r.id)):
            picked.setdefault(ref.kind, ref.id)
        allocation = self.document.plan.find(Kind.ALLOCATION, picked.get(Kind.ALLOCATION, 0))
        if isinstance(allocation, Allocation):  # another period for the same tenant and pad
            picked.setdefault(Kind.TENANT, allocation.tenant_id)
            picked.setdefault(Kind.VEHICLE, allocation.vehicle_id)
            picked.setdefault(Kind.PAD, allocation.pad_id)
        return self.allocate(
            picked.get(Kind.TENANT), picked.get(Kind.VEHICLE), picked.get(Kind.PAD)
        )

    def edit(self, allocation_id: int) -> AllocationDialog | None:
        """Open the dialog of an allocation (or bring its open dialog to the front)."""
        allocation = self.document.plan.find(Kind.ALLOCATION, allocation_id)
        if not isinstance(allocation, Allocation):
            return None
        for dialog in self.dialogs:
            if dialog.original is not None and dialog.original.id == allocation_id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = AllocationDialog(
            self.document.plan,
            self.editing.commit,
            self.parent_widget,
            entity=allocation,
            today=self.clock.today(),
        )
        return self._show(dialog)

    def _show(self, dialog: AllocationDialog) -> AllocationDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.open()
        return dialog

    def _forget(self, dialog: AllocationDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def close_all(self) -> None:
        """Close every open dialog without committing (the window closes)."""
        for dialog in list(self.dialogs):
            dialog.reject()

    def _changes_applied(self, _changes: Changes) -> None:
        for dialog in self.dialogs:
            dialog.schedule_refresh()

    # -- the lifecycle -------------------------------------------------------------------
    def selected(self) -> list[Allocation]:
        """The selected allocations, by id."""
        plan = self.document.plan
        found = (plan.find(r.kind, r.id) for r in self.selection.refs if r.kind is Kind.ALLOCATION)
        return sorted((a for a in found if isinstance(a, Allocation)), key=lambda a: a.id)

    def can_become(self, status: AllocationStatus) -> bool:
        """Whether every selected allocation (at least one) may change to ``status``."""
        chosen = self.selected()
        return bool(chosen) and all(status in allowed_statuses(a.status) for a in chosen)

    def set_status(self, status: AllocationStatus) -> bool:
        """Move the selected allocations to ``status`` (one undo step)."""
        chosen = self.selected()
        if not chosen:
            return False
        plan = self.document.plan
        try:
            commands = [change_status(plan, a.id, status) for a in chosen]
        except CosmoplanError as error:
            show_error(self.parent_widget, error, tr("Allocation status"))
            return False
        if len(commands) == 1:
            self.document.execute(commands[0])
            return True
        text = Message(MSG_STATUS_MANY, {"count": len(commands), "status": status.value})
        with self.document.group(text):
            for command in commands:
                self.document.execute(command)
        return True

    def delete_selected(self) -> bool:
        """Remove the selected allocations (one undo step)."""
        chosen = self.selected()
        if not chosen:
            return False
        self.document.execute(RemoveObjects(Ref(Kind.ALLOCATION, a.id) for a in chosen))
        return True
