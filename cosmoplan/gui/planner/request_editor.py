"""Editor of a tenant's request for a pad (Designer form ``request_editor.ui``), validating as
the planner types, like the other editors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from cosmoplan.domain import Entity, Kind, Request, RequestStatus
from cosmoplan.gui.asof import from_qdate, to_qdate
from cosmoplan.gui.editors.base import (
    EntityEditor,
    FieldError,
    current_enum,
    fill_enum,
    select_data,
)
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP, tr
from cosmoplan.gui.planner.naming import pad_code

#: A new request asks for this many days, from a year after the "as of" date.
DEFAULT_DAYS = 60


class RequestEditor(EntityEditor):
    """Edits a :class:`Request`: who, which vehicle, the wanted pads, the window, the days."""

    form_name = "request_editor"
    prefix = "request"
    kind = Kind.REQUEST
    help_topic = "scenarios"
    title_new = QT_TRANSLATE_NOOP("editors", "New request")
    title_edit = QT_TRANSLATE_NOOP("editors", "Request")
    aliases: ClassVar[dict[str, str]] = {
        "tenant_id": "tenant",
        "vehicle_id": "vehicle",
        "pad_ids": "pads",
        "duration_days": "duration",
        "launch azimuth": "azimuth",
    }

    def populate(self) -> None:
        self.tenant = self.widget(QComboBox, "edit_request_tenant")
        self.vehicle = self.widget(QComboBox, "edit_request_vehicle")
        self.pads = self.widget(QLineEdit, "edit_request_pads")
        self.earliest = self.widget(QDateEdit, "edit_request_earliest_start")
        self.latest = self.widget(QDateEdit, "edit_request_latest_end")
        self.duration = self.widget(QLineEdit, "edit_request_duration")
        self.use = self.widget(QComboBox, "edit_request_use")
        self.azimuth = self.widget(QLineEdit, "edit_request_azimuth")
        self.priority = self.widget(QLineEdit, "edit_request_priority")
        self.fee = self.widget(QLineEdit, "edit_request_fee")
        self.status = self.widget(QComboBox, "edit_request_status")
        self.notes = self.widget(QPlainTextEdit, "edit_request_notes")
        self.tenant.addItem(tr("— choose a tenant —"), None)
        for tenant in sorted(self.plan.tenants(), key=lambda t: t.name.casefold()):
            self.tenant.addItem(tenant.name, tenant.id)
        self.use.addItem(tr("Exclusive"), True)
        self.use.addItem(tr("Shared"), False)
        fill_enum(self.status, RequestStatus)
        self.tenant.currentIndexChanged.connect(self._fill_vehicles)
        request = self.original
        if isinstance(request, Request):
            select_data(self.tenant, request.tenant_id)
            self._fill_vehicles()
            select_data(self.vehicle, request.vehicle_id)
            self.pads.setText(", ".join(pad_code(self.plan, i) for i in request.pad_ids))
            self.earliest.setDate(to_qdate(request.earliest_start))
            self.latest.setDate(to_qdate(request.latest_end))
            self.duration.setText(str(request.duration_days))
            select_data(self.use, request.exclusive)
            self.show_number(self.azimuth, request.launch_azimuth_deg)
            self.priority.setText(str(request.priority))
            self.show_number(self.fee, request.fee_usd)
            select_data(self.status, request.status)
            self.notes.setPlainText(request.notes)
        else:
            self._fill_vehicles()
            self.set_window(date.today() + timedelta(days=365))
            self.duration.setText(str(DEFAULT_DAYS))
            self.priority.setText("1")

    def prefill(self, tenant_id: int | None, vehicle_id: int | None) -> None:
        """Start from the tenant (or the vehicle) selected elsewhere."""
        if tenant_id is not None:
            select_data(self.tenant, tenant_id)
        if vehicle_id is not None:
            select_data(self.vehicle, vehicle_id)

    def set_window(self, first: date, last: date | None = None) -> None:
        """Show the window from ``first`` to ``last`` (default: a year)."""
        self.earliest.setDate(to_qdate(first))
        self.latest.setDate(to_qdate(last or first + timedelta(days=364)))

    def _fill_vehicles(self) -> None:
        chosen = self.vehicle.currentData()
        self.vehicle.blockSignals(True)
        self.vehicle.clear()
        vehicles = sorted(
            (v for v in self.plan.vehicles() if v.tenant_id == self.tenant.currentData()),
            key=lambda v: v.name.casefold(),
        )
        if len(vehicles) != 1:
            self.vehicle.addItem(tr("— choose a vehicle —"), None)
        for vehicle in vehicles:
            self.vehicle.addItem(vehicle.name, vehicle.id)
        select_data(self.vehicle, chosen)
        self.vehicle.blockSignals(False)
        self.revalidate()

    # -- reading the form ----------------------------------------------------------------
    def _whole(self, edit: QLineEdit, field: str) -> int:
        text = edit.text().strip()
        if not text.isdigit():
            raise FieldError(field, tr("Enter a whole number."))
        return int(text)

    def _pad_ids(self) -> tuple[int, ...]:
        ids: list[int] = []
        for code in (c.strip() for c in self.pads.text().split(",")):
            if not code:
                continue
            pad = self.plan.pad_by_code(code)
            if pad is None:
                raise FieldError("pads", tr("No pad has the code {code!r}.").format(code=code))
            ids.append(pad.id)
        return tuple(ids)

    def candidate(self) -> Entity:
        if self.tenant.currentData() is None:
            raise FieldError("tenant", tr("Choose the tenant who asks."))
        if self.vehicle.currentData() is None:
            raise FieldError("vehicle", tr("Choose the vehicle that would fly from the pad."))
        fields: dict[str, Any] = {
            "tenant_id": self.tenant.currentData(),
            "vehicle_id": self.vehicle.currentData(),
            "pad_ids": self._pad_ids(),
            "earliest_start": from_qdate(self.earliest.date()),
            "latest_end": from_qdate(self.latest.date()),
            "duration_days": self._whole(self.duration, "duration"),
            "exclusive": bool(self.use.currentData()),
            "launch_azimuth_deg": self.read_number(self.azimuth, "azimuth"),
            "priority": self._whole(self.priority, "priority"),
            "fee_usd": self.read_number(self.fee, "fee"),
            "status": current_enum(self.status, RequestStatus),
            "notes": self.notes.toPlainText().strip(),
        }
        if isinstance(self.original, Request):
            return replace(self.original, **fields)
        return Request(id=self.object_id, **fields)


#: The editors this feature adds to :data:`cosmoplan.gui.editor_registry.EDITORS`.
PLANNER_EDITORS: dict[Kind, type[EntityEditor]] = {Kind.REQUEST: RequestEditor}
