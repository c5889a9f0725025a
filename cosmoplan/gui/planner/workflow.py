"""The planner's workflow in one window: new requests (from the selected tenant or vehicle),
"Why not?" on the selected request, and Plan > Optimise…. Every change goes through the
document's commands, so it is undone like any other edit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from cosmoplan.domain import Kind, Request, Vehicle
from cosmoplan.gui.document import Document
from cosmoplan.gui.editing import Editing
from cosmoplan.gui.planner.optimise_dialog import OptimiseDialog
from cosmoplan.gui.planner.request_editor import RequestEditor
from cosmoplan.gui.planner.why_not import WhyNotDialog, why_not_request
from cosmoplan.services.viewstate import Clock, Selection


class PlannerWorkflow(QObject):
    """Opens the request editor, the optimiser and the explanations of one window."""

    scenario_saved = Signal(str)  # the optimiser's result was kept as this scenario

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
        self.optimiser: OptimiseDialog | None = None

    def new_request(self) -> RequestEditor:
        """Plan > New Request: of the selected tenant or vehicle."""
        editor = self.editing.open_new(Kind.REQUEST, None)
        assert isinstance(editor, RequestEditor)
        plan = self.document.plan
        tenant_id = vehicle_id = None
        for ref in sorted(self.selection.refs, key=lambda r: (r.kind, r.id)):
            if ref.kind is Kind.TENANT:
                tenant_id = ref.id
            vehicle = plan.find(ref.kind, ref.id)
            if isinstance(vehicle, Vehicle):
                tenant_id, vehicle_id = vehicle.tenant_id, vehicle.id
        editor.prefill(tenant_id, vehicle_id)
        return editor

    def selected_request(self) -> Request | None:
        """The one selected request, if one is."""
        requests = [r for r in self.selection.refs if r.kind is Kind.REQUEST]
        if len(requests) != 1:
            return None
        found = self.document.plan.find(Kind.REQUEST, requests[0].id)
        return found if isinstance(found, Request) else None

    def why_not(self) -> WhyNotDialog | None:
        """Why the selected request cannot have its pad in its window."""
        request = self.selected_request()
        if request is None:
            return None
        return why_not_request(self.document.plan, request, self.clock.today(), self.parent_widget)

    def optimise(self) -> OptimiseDialog:
        """Plan > Optimise…: the one optimiser dialog of this window."""
        if self.optimiser is None:
            dialog = OptimiseDialog(self.document, self.clock.today(), self.parent_widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._forget_optimiser)
            dialog.scenario_saved.connect(self.scenario_saved)
            self.optimiser = dialog
        self.optimiser.show()
        self.optimiser.raise_()
        self.optimiser.activateWindow()
        return self.optimiser

    def _forget_optimiser(self) -> None:
        self.optimiser = None

    def close_all(self) -> None:
        """Close the optimiser (the window is closing; a search under way is dropped)."""
        if self.optimiser is not None:
            self.optimiser.close()
