"""The "Allocate pad" dialog (Designer form ``allocation_dialog.ui``): tenant, vehicle, pad,
period, status, use and fee, with a live list of the pads that fit this vehicle for this
period (and why the others do not) and what the rules say about the chosen combination.

The list comes from :func:`cosmoplan.services.allocation.pad_suitability` (a few ms on the
demo plan), recomputed :data:`DEBOUNCE_MS` after the last edit so that typing a date does
not stall. The findings of the chosen combination are split: the safety ones (hazard areas,
flight corridor, launch azimuth) go to the Safety panel with a verdict
(:mod:`cosmoplan.gui.allocations.safety`), the others to the list beside it. Error findings do
not block: OK asks "Allocate anyway?".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from shapely.geometry.base import BaseGeometry

from cosmoplan.analysis import Finding, Severity
from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Entity,
    Kind,
    Pad,
    Plan,
    Tenant,
    Vehicle,
    natural_key,
)
from cosmoplan.gui.allocations.listing import PAD, RED, show_other_findings
from cosmoplan.gui.allocations.pad_judgement import PadJudgement, Question
from cosmoplan.gui.allocations.safety import SafetyPanel, azimuth_range_text, corridor_gap
from cosmoplan.gui.asof import from_qdate, to_qdate
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.editors.base import Commit, EntityEditor, FieldError, select_data, tr
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import label
from cosmoplan.gui.planner.why_not import why_not_allocation
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.allocation import allowed_statuses, findings_for, first_free_day

#: Wait this long after the last edit before judging every pad again.
DEBOUNCE_MS = 150
#: A new allocation's default length.
DEFAULT_YEARS = 5
#: Statuses a new allocation may start in.
NEW_STATUSES = (
    AllocationStatus.PROPOSED,
    AllocationStatus.RESERVED,
    AllocationStatus.SIGNED,
    AllocationStatus.ACTIVE,
)


def years_later(day: date, years: int) -> date:
    """The day before the same date ``years`` later (a period of whole years)."""
    try:
        return day.replace(year=day.year + years) - timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class AllocationDialog(EntityEditor):
    """Allocates a pad (a new :class:`Allocation`) or edits an allocation."""

    form_name = "allocation_dialog"
    help_topic = "allocate"
    prefix = "allocation"
    kind = Kind.ALLOCATION
    title_new = QT_TRANSLATE_NOOP("editors", "Allocate pad")
    title_edit = QT_TRANSLATE_NOOP("editors", "Allocation")
    aliases: ClassVar[dict[str, str]] = {
        "tenant_id": "tenant",
        "vehicle_id": "vehicle",
        "pad_id": "pad",
        "annual fee": "fee",
        "launch azimuth": "azimuth",
    }

    def __init__(
        self,
        plan: Plan,
        commit: Commit,
        parent: QWidget | None = None,
        entity: Entity | None = None,
        geometry: BaseGeometry | None = None,
        today: date | None = None,
    ) -> None:
        self.today = today or date.today()
        self._period_typed = False  # the planner chose the period: the pad no longer moves it
        self._setting_period = False
        self.findings: list[Finding] = []
        super().__init__(plan, commit, parent, entity=entity, geometry=geometry)
        if entity is None:
            self.ok_button().setText(tr("&Allocate"))
        why = self.buttons.addButton(tr("Why &not?"), QDialogButtonBox.ButtonRole.HelpRole)
        why.setObjectName("button_allocation_why_not")
        why.clicked.connect(lambda: why_not_allocation(self))
        self.resize(max(self.width(), 1000), max(self.height(), 600))

    # -- the form ------------------------------------------------------------------------
    def populate(self) -> None:
        self.tenant = self.widget(QComboBox, "edit_allocation_tenant")
        self.vehicle = self.widget(QComboBox, "edit_allocation_vehicle")
        self.pad = self.widget(QComboBox, "edit_allocation_pad")
        self.azimuth = self.widget(QLineEdit, "edit_allocation_azimuth")
        self.azimuth_range = self.widget(QLabel, "label_allocation_azimuth_range")
        self.start = self.widget(QDateEdit, "edit_allocation_start")
        self.end = self.widget(QDateEdit, "edit_allocation_end")
        self.status = self.widget(QComboBox, "edit_allocation_status")
        self.use = self.widget(QComboBox, "edit_allocation_use")
        self.fee = self.widget(QLineEdit, "edit_allocation_fee")
        self.notes = self.widget(QPlainTextEdit, "edit_allocation_notes")
        self.pad_list = self.widget(QTreeWidget, "list_allocation_pads")
        self.pads_summary = self.widget(QLabel, "label_allocation_pads_summary")
        self.findings_list = self.widget(QListWidget, "list_allocation_findings")
        self.safety = SafetyPanel(
            self.widget(QGroupBox, "group_allocation_safety"),
            self.widget(QLabel, "label_allocation_safety_verdict"),
            self.widget(QListWidget, "list_allocation_safety"),
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self.pad_reasons = self.widget(QLabel, "label_allocation_pad_reasons")
        self.pads = PadJudgement(self.pad_list, self.pads_summary, self.pad_reasons)  # worker
        self.finished.connect(self.pads.stop)
        self._timer.timeout.connect(self.refresh)
        self.pad_list.itemClicked.connect(self._pad_clicked)

        self.tenant.addItem(tr("— choose a tenant —"), None)
        for tenant in sorted(self.plan.tenants(), key=lambda t: t.name.casefold()):
            self.tenant.addItem(tenant.name, tenant.id)
        self.pad.addItem(tr("— choose a pad —"), None)
        for pad in sorted(self.plan.pads(), key=lambda p: natural_key(p.code)):
            self.pad.addItem(pad.code, pad.id)
            self.pad.setItemData(self.pad.count() - 1, pad.name, Qt.ItemDataRole.ToolTipRole)
        self.use.addItem(tr("Exclusive"), True)
        self.use.addItem(tr("Shared"), False)
        self.tenant.currentIndexChanged.connect(self._tenant_changed)
        self.pad.currentIndexChanged.connect(self._show_azimuth_range)
        self.azimuth.textChanged.connect(self._show_azimuth_range)

        allocation = self.original
        if isinstance(allocation, Allocation):
            statuses = [allocation.status, *allowed_statuses(allocation.status)]
            for status in statuses:
                self.status.addItem(label(status), status)
            select_data(self.tenant, allocation.tenant_id)
            self._fill_vehicles()
            select_data(self.vehicle, allocation.vehicle_id)
            select_data(self.pad, allocation.pad_id)
            self.show_number(self.azimuth, allocation.launch_azimuth_deg)
            self.start.setDate(to_qdate(allocation.start))
            self.end.setDate(to_qdate(allocation.end))
            select_data(self.use, allocation.exclusive)
            self.show_number(self.fee, allocation.annual_fee_usd)
            self.notes.setPlainText(allocation.notes)
        else:
            for status in NEW_STATUSES:
                self.status.addItem(label(status), status)
            self._fill_vehicles()
            self._start_on_free_day()
            self.pad.currentIndexChanged.connect(self._start_on_free_day)
        self.start.dateChanged.connect(self._period_edited)
        self.end.dateChanged.connect(self._period_edited)
        self._show_azimuth_range()

    def prefill(
        self,
        tenant_id: int | None = None,
        vehicle_id: int | None = None,
        pad_id: int | None = None,
        start: date | None = None,
    ) -> None:
        """Start from what the planner came from: a tenant, a vehicle, a pad, a date."""
        if vehicle_id is not None and tenant_id is None:
            vehicle = self.plan.find(Kind.VEHICLE, vehicle_id)
            tenant_id = vehicle.tenant_id if isinstance(vehicle, Vehicle) else None
        if tenant_id is not None:
            select_data(self.tenant, tenant_id)
        if vehicle_id is not None:
            select_data(self.vehicle, vehicle_id)
        if pad_id is not None:
            select_data(self.pad, pad_id)
        if start is not None:
            self.set_period(start)
            self._period_typed = True  # a day the planner chose (on the timeline)

    def set_period(self, start: date, end: date | None = None) -> None:
        """Show the period from ``start`` to ``end`` (default: five whole years)."""
        self._setting_period = True
        try:
            self.start.setDate(to_qdate(start))
            self.end.setDate(to_qdate(end or years_later(start, DEFAULT_YEARS)))
        finally:
            self._setting_period = False

    def _period_edited(self) -> None:
        if not self._setting_period:
            self._period_typed = True

    def _start_on_free_day(self) -> None:
        """Until the planner types a period, a new allocation starts on the chosen pad's first
        free day from today (today without a pad)."""
        if not self._period_typed:
            self.set_period(first_free_day(self.plan, self.pad.currentData(), self.today))

    def _chosen_pad(self) -> Pad | None:
        pad = self.plan.find(Kind.PAD, self.pad.currentData() or 0)
        return pad if isinstance(pad, Pad) else None

    def _show_azimuth_range(self) -> None:
        """The chosen pad's azimuths beside the field, red if the typed azimuth is outside."""
        pad = self._chosen_pad()
        self.azimuth_range.setText(azimuth_range_text(pad))
        try:
            azimuth = self.read_number(self.azimuth, "azimuth")
        except FieldError:
            azimuth = None
        outside = (
            pad is not None and azimuth is not None and not pad.capabilities.allows_azimuth(azimuth)
        )
        self.azimuth_range.setStyleSheet(f"color: {RED if outside else '#555555'};")

    def _tenant_changed(self) -> None:
        self._fill_vehicles()

    def _fill_vehicles(self) -> None:
        tenant_id = self.tenant.currentData()
        chosen = self.vehicle.currentData()
        self.vehicle.blockSignals(True)
        self.vehicle.clear()
        vehicles = sorted(
            (v for v in self.plan.vehicles() if v.tenant_id == tenant_id),
            key=lambda v: v.name.casefold(),
        )
        if len(vehicles) != 1:
            self.vehicle.addItem(tr("— choose a vehicle —"), None)
        for vehicle in vehicles:
            self.vehicle.addItem(vehicle.name, vehicle.id)
        select_data(self.vehicle, chosen)
        self.vehicle.blockSignals(False)
        self.revalidate()

    # -- the candidate -------------------------------------------------------------------
    def _chosen(self) -> tuple[Tenant, Vehicle]:
        tenant = self.plan.find(Kind.TENANT, self.tenant.currentData() or 0)
        if not isinstance(tenant, Tenant):
            raise FieldError("tenant", tr("Choose the tenant the pad is allocated to."))
        vehicle = self.plan.find(Kind.VEHICLE, self.vehicle.currentData() or 0)
        if not isinstance(vehicle, Vehicle):
            if self.vehicle.count() <= 1:
                raise FieldError(
                    "vehicle",
                    tr("{tenant} has no vehicle yet: add one first (Plan > New Vehicle).").format(
                        tenant=tenant.name
                    ),
                )
            raise FieldError("vehicle", tr("Choose the vehicle that will fly from the pad."))
        return tenant, vehicle

    def candidate(self) -> Entity:
        tenant, vehicle = self._chosen()
        pad_id = self.pad.currentData()
        if pad_id is None:
            raise FieldError("pad", tr("Choose a pad (or click one in the list)."))
        status = self.status.currentData()
        fields = {
            "tenant_id": tenant.id,
            "vehicle_id": vehicle.id,
            "pad_id": pad_id,
            "launch_azimuth_deg": self.read_number(self.azimuth, "azimuth"),
            "start": from_qdate(self.start.date()),
            "end": from_qdate(self.end.date()),
            "status": AllocationStatus(status),
            "exclusive": bool(self.use.currentData()),
            "annual_fee_usd": self.read_number(self.fee, "fee"),
            "notes": self.notes.toPlainText().strip(),
        }
        if isinstance(self.original, Allocation):
            return replace(self.original, **fields)
        return Allocation(id=self.object_id, **fields)

    def revalidate(self) -> Entity | None:
        entity = super().revalidate()
        if hasattr(self, "_timer"):
            self.schedule_refresh()
        return entity

    # -- the live judgement ----------------------------------------------------------------
    def schedule_refresh(self) -> None:
        """Judge the pads again shortly (each call postpones it: typing does not stall)."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        """Whether a judgement is scheduled or the pads are still being judged (the list
        shows the state before the last edit)."""
        return self._timer.isActive() or self.pads.running

    def flush(self) -> None:
        """Judge the chosen combination now if a judgement is scheduled (the pad list follows
        from its worker)."""
        if self._timer.isActive():
            self.refresh()

    def refresh(self) -> None:
        """Judge the chosen combination now, and every pad for the chosen vehicle and period
        on a worker thread (a big plan takes seconds)."""
        self._timer.stop()
        self.pads.stop()
        try:
            tenant, vehicle = self._chosen()
        except FieldError as error:
            self.pads.show([], error.text)
            self._show_findings(None)
            return
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if end < start:
            self.pads.show([], tr("The period ends before it starts."))
            self._show_findings(None)
            return
        try:
            azimuth = self.read_number(self.azimuth, "azimuth")
        except FieldError:
            azimuth = None  # the field shows its own message
        if azimuth is not None and not 0.0 <= azimuth <= 360.0:
            azimuth = None  # refused by the field too; the pads are judged without it
        question = Question(
            tenant,
            vehicle,
            start,
            end,
            AllocationStatus(self.status.currentData()),
            bool(self.use.currentData()),
            self.original.id if isinstance(self.original, Allocation) else None,
            azimuth,
        )
        self.pads.judge(self.plan.copy(), question, self.today, self.pad.currentData())
        try:
            candidate = self.candidate()
        except (FieldError, CosmoplanError):
            self._show_findings(None)
            return
        assert isinstance(candidate, Allocation)
        gap = corridor_gap(candidate, vehicle)
        self._show_findings(findings_for(self.plan, candidate, self.today), gap)

    def _show_findings(self, findings: list[Finding] | None, corridor: str | None = None) -> None:
        """The safety findings (and verdict) in the Safety panel, the others in their list."""
        self.findings = findings or []
        self.safety.show(findings, self._chosen_pad(), corridor)
        show_other_findings(self.findings_list, findings)

    def _pad_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        select_data(self.pad, item.data(PAD, Qt.ItemDataRole.UserRole))

    # -- committing ----------------------------------------------------------------------
    @property
    def errors(self) -> list[Finding]:
        """The error findings of the chosen combination (as last judged)."""
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def apply(self) -> bool:
        """Commit (asking first if the rules report errors)."""
        self.flush()
        if self.errors and not self._confirm_errors():
            return False
        return super().apply()

    def _confirm_errors(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirm_allocate_anyway")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.windowTitle())
        box.setText(tr("This allocation breaks %n rule(s).", "", len(self.errors)))
        lines = "\n".join(f"• {translate_message(f.message)}" for f in self.errors)
        question = tr("Allocate anyway?") if self.original is None else tr("Save anyway?")
        box.setInformativeText(f"{lines}\n\n{question}")
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.No)
        box.setDefaultButton(buttons.No)
        return box.exec() == buttons.Yes
