""" "Why not?": why a tenant's vehicle cannot have a pad for a period, the smallest set of
reasons that together block it (each in words, with its rule and the objects it names), and
the nearest ways out: the earliest period on the pad, other pads free then, and where a
movable allocation in the way could go. :func:`cosmoplan.planner.explain.explain` works it out
on the task runner, over a copy of the plan; choosing another pad asks again (the latest
question wins)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import (
    Kind,
    Plan,
    Ref,
    Request,
    Tenant,
    natural_key,
)
from cosmoplan.gui.asof import from_qdate
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.editors.base import FieldError
from cosmoplan.gui.findings.tree import rule_title
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import one
from cosmoplan.gui.names import object_name
from cosmoplan.gui.workers import LatestJob
from cosmoplan.planner.explain import Explanation, explain
from cosmoplan.planner.options import Item, request_item

if TYPE_CHECKING:
    from cosmoplan.gui.allocations.dialog import AllocationDialog


def subjects_text(plan: Plan, subjects: tuple[Ref, ...]) -> str:
    """The objects a reason names ("launch pad 45/1, allocation 4")."""
    names = []
    for ref in subjects:
        found = plan.find(ref.kind, ref.id)
        if isinstance(found, Request):
            names.append(object_name(plan, found))
        elif found is not None:
            names.append(f"{one(ref.kind)} {object_name(plan, found)}")
    return ", ".join(names)


class WhyNotDialog(QDialog):
    """The question, the pad asked about, the reasons and the ways out."""

    def __init__(
        self,
        plan: Plan,
        item: Item,
        pad_id: int,
        at: date,
        parent: QWidget | None = None,
        without: Ref | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("why_not_dialog")
        self.setWindowTitle(tr("Why not?"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        install_help_key(self, "scenarios")
        self.plan = plan
        self.item = item
        self.at = at
        self.without = without  # an allocation being edited: it is not in its own way
        self.job = LatestJob()
        self.explanation: Explanation | None = None
        self.question = QLabel(self)
        self.question.setObjectName("label_why_question")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.pad = QComboBox(self)
        self.pad.setObjectName("edit_why_pad")
        for pad in sorted(plan.pads(), key=lambda p: natural_key(p.code)):
            self.pad.addItem(pad.code, pad.id)
        self.pad.setCurrentIndex(max(0, self.pad.findData(pad_id)))
        self.status = QLabel(self)
        self.status.setObjectName("label_why_status")
        self.status.setWordWrap(True)
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("list_why_reasons")
        self.reasons.setWordWrap(True)
        self.ways = QListWidget(self)
        self.ways.setObjectName("list_why_ways_out")
        self.ways.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Pad:"), self.pad)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(tr("What blocks it:"), self))
        layout.addWidget(self.reasons, 2)
        layout.addWidget(QLabel(tr("Ways out:"), self))
        layout.addWidget(self.ways, 1)
        layout.addWidget(buttons)
        self.finished.connect(self.job.stop)
        self.pad.currentIndexChanged.connect(self.ask)
        self.resize(760, 520)
        self.ask()

    @property
    def pad_id(self) -> int:
        """The pad asked about."""
        return int(self.pad.currentData())

    @property
    def running(self) -> bool:
        """Whether the answer is being worked out."""
        return self.job.running

    def ask(self) -> None:
        """Work out the answer for the chosen pad (on a worker, over a copy of the plan)."""
        tenant = self.plan.find(Kind.TENANT, self.item.tenant_id)
        self.question.setText(
            tr("Why can't {tenant} have pad {pad} from {start} to {end}?").format(
                tenant=tenant.name if isinstance(tenant, Tenant) else "?",
                pad=self.pad.currentText(),
                start=self.item.first.isoformat(),
                end=self.item.last.isoformat(),
            )
        )
        plan = self.plan.copy()
        if self.without is not None and plan.find(self.without.kind, self.without.id):
            plan.remove(self.without.kind, self.without.id)
        item, pad_id, at = self.item, self.pad_id, self.at
        self.explanation = None
        self.reasons.clear()
        self.ways.clear()
        self.status.setText(tr("Working it out…"))
        self.job.start(
            lambda _progress: explain(plan, item, pad_id, at), self._answered, self._failed
        )

    def _answered(self, found: Explanation) -> None:
        self.explanation = found
        shown = [(r.message, r.rule, r.subjects) for r in found.reasons]
        if not found.blocked:
            self.status.setText(tr("Nothing blocks it: the pad can be allocated then."))
        elif not found.reasons:  # only allocations that may still move are in the way
            self.status.setText(
                tr("Only allocations that may still move are in the way: see the ways out.")
            )
            shown = [(f.message, f.rule, f.subjects) for f in found.findings]
        elif len(found.reasons) == 1:
            self.status.setText(tr("One reason blocks it:"))
        else:
            self.status.setText(
                tr("These {count} reasons together block it:").format(count=len(found.reasons))
            )
        for message, rule, refs in shown:
            subjects = subjects_text(self.plan, refs)
            detail = rule_title(rule) + (f" — {subjects}" if subjects else "")
            item = QListWidgetItem(f"{translate_message(message)}\n{detail}", self.reasons)
            item.setToolTip(rule)
        for way in found.ways_out:
            QListWidgetItem(translate_message(way), self.ways)
        if found.blocked and not found.ways_out:
            QListWidgetItem(
                tr("None within twenty years on this pad, and no other pad is free."), self.ways
            )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(tr("Could not work it out: {error}").format(error=error))

    def texts(self, which: QListWidget) -> list[str]:
        """The lines of a list (for tests and accessibility)."""
        return [which.item(row).text() for row in range(which.count())]


def why_not_request(plan: Plan, request: Request, at: date, parent: QWidget) -> WhyNotDialog:
    """Why the request cannot have its first wanted pad (or the first pad) in its window."""
    pads = request.pad_ids or tuple(
        p.id for p in sorted(plan.pads(), key=lambda p: natural_key(p.code))
    )
    dialog = WhyNotDialog(plan, request_item(request), pads[0] if pads else 0, at, parent)
    dialog.open()
    return dialog


def why_not_allocation(dialog: AllocationDialog) -> WhyNotDialog | None:
    """Why the Allocate dialog's tenant cannot have its pad for its period (an allocation
    being edited is not in its own way)."""
    tenant_id, vehicle_id = dialog.tenant.currentData(), dialog.vehicle.currentData()
    pad_id = dialog.pad.currentData()
    if tenant_id is None or vehicle_id is None or pad_id is None:
        dialog.show_field_error(None, tr("Choose the tenant, the vehicle and the pad first."))
        return None
    first, last = from_qdate(dialog.start.date()), from_qdate(dialog.end.date())
    if last < first:
        dialog.show_field_error(None, tr("The period ends before it starts."))
        return None
    try:
        azimuth = dialog.read_number(dialog.azimuth, "azimuth")
    except FieldError:
        azimuth = None
    days = (last - first).days + 1
    exclusive = bool(dialog.use.currentData())
    item = Item(
        Ref(Kind.REQUEST, 0), tenant_id, vehicle_id, first, last, days, exclusive, azimuth, 1
    )
    original = dialog.original
    without = Ref(Kind.ALLOCATION, original.id) if original is not None else None
    answer = WhyNotDialog(dialog.plan, item, pad_id, dialog.today, dialog, without)
    answer.open()
    return answer
