"""The Allocate dialog's list of pads: every pad judged for the chosen vehicle, tenant and
period on a worker thread (:func:`cosmoplan.services.allocation.pad_suitability`), the latest
judgement winning, a line that sums it up (with when and where a pad would fit, if none does
now) and a pane with what the rules say about the current pad."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem

from cosmoplan.domain import Allocation, AllocationStatus, Kind, Plan, Tenant, Vehicle
from cosmoplan.gui.allocations.listing import FITS, PAD, pad_item, pad_reasons
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.workers import LatestJob, ThreadProgress
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.allocation import PadFit, pad_suitability
from cosmoplan.services.pad_dates import LaterFit, later_fits


@dataclass(frozen=True, slots=True)
class Question:
    """What the pads are judged for."""

    tenant: Tenant
    vehicle: Vehicle
    start: date
    end: date
    status: AllocationStatus
    exclusive: bool
    allocation_id: int | None  # the allocation being edited, which holds no pad against itself
    azimuth_deg: float | None


class PadJudgement:
    """Fills ``tree`` (fits, pad, first reason), ``summary`` and the wrapping ``reasons`` pane
    with the latest judgement.

    The rows keep the order of the first judgement (pads that fit first): a later judgement,
    after an option changed, updates them in place, so that nothing moves under the mouse.
    When no pad fits, the summary says from when and where one would."""

    def __init__(self, tree: QTreeWidget, summary: QLabel, reasons: QLabel) -> None:
        self.tree = tree
        self.summary = summary
        self.reasons = reasons
        self.fits: list[PadFit] = []
        self.later: list[LaterFit] = []
        self.order: dict[int, int] = {}  # pad id -> row, from the first judgement
        self.job = LatestJob()
        header = tree.header()
        header.setSectionResizeMode(FITS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAD, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        tree.currentItemChanged.connect(self._show_reasons)

    @property
    def running(self) -> bool:
        """Whether pads are being judged."""
        return self.job.running

    def stop(self) -> None:
        """Stop judging (the list keeps what it shows)."""
        self.job.stop()

    def judge(self, plan: Plan, question: Question, at: date, chosen: int | None) -> None:
        """Judge every pad of ``plan`` (a copy the worker alone reads) as of ``at``; the row
        of pad ``chosen`` becomes current."""
        self.job.stop()
        count = sum(1 for _ in plan.pads())
        self.summary.setText(tr("Judging %n pad(s)…", "", count))

        def judge(progress: ThreadProgress) -> tuple[list[PadFit], list[LaterFit]]:
            fits = pad_suitability(
                plan,
                question.vehicle,
                question.start,
                question.end,
                question.tenant,
                status=question.status,
                exclusive=question.exclusive,
                allocation_id=question.allocation_id,
                at=at,
                azimuth_deg=question.azimuth_deg,
                progress=progress,
            )
            if any(fit.fits for fit in fits) or not fits:
                return fits, []
            return fits, later_fits(plan, fits, _wanted(plan, question, fits[0].pad.id), at)

        def judged(result: tuple[list[PadFit], list[LaterFit]]) -> None:
            fits, later = result
            fitting = sum(1 for fit in fits if fit.fits)
            summary = tr("{fitting} of {count} pads fit {vehicle} from {start} to {end}.")
            text = summary.format(
                fitting=fitting,
                count=len(fits),
                vehicle=question.vehicle.name,
                start=question.start.isoformat(),
                end=question.end.isoformat(),
            )
            self.show(fits, " ".join([text, later_summary(later)]).strip(), chosen, later)

        def failed(error: BaseException) -> None:
            if not isinstance(error, CosmoplanError):
                raise error
            self.show([], translate_message(error.message))

        self.job.start(judge, judged, failed)

    def show(
        self,
        fits: list[PadFit],
        summary: str,
        chosen: int | None = None,
        later: list[LaterFit] | None = None,
    ) -> None:
        """Show ``fits`` under ``summary``, in the rows' first order."""
        self.fits = fits
        self.later = later or []
        self.summary.setText(summary)
        if not self.order:
            self.order = {fit.pad.id: row for row, fit in enumerate(fits)}
        last = len(self.order)
        for fit in fits:
            self.order.setdefault(fit.pad.id, last)
            last = max(last, self.order[fit.pad.id] + 1)
        ordered = sorted(fits, key=lambda fit: self.order[fit.pad.id])
        scroll = self.tree.verticalScrollBar().value()
        self.tree.blockSignals(True)
        self.tree.clear()
        for fit in ordered:
            item = pad_item(fit)
            self.tree.addTopLevelItem(item)
            if fit.pad.id == chosen:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.tree.verticalScrollBar().setValue(scroll)
        self._show_reasons(self.tree.currentItem())

    def _show_reasons(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        pad_id = item.data(PAD, Qt.ItemDataRole.UserRole) if item is not None else None
        fit = next((f for f in self.fits if f.pad.id == pad_id), None)
        if fit is not None:
            self.reasons.setText(pad_reasons(fit))
        elif self.fits:
            self.reasons.setText(tr("Choose a pad in the list to read what the rules say."))
        else:
            self.reasons.clear()

    def item_of(self, code: str) -> QTreeWidgetItem | None:
        """The list row of the pad with ``code``, if listed."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.text(PAD) == code:
                return item
        return None


def _wanted(plan: Plan, question: Question, pad_id: int) -> Allocation:
    """The allocation asked about, on pad ``pad_id``."""
    return Allocation(
        question.allocation_id or plan.next_id(Kind.ALLOCATION),
        question.tenant.id,
        question.vehicle.id,
        pad_id,
        question.start,
        question.end,
        question.status,
        question.exclusive,
        launch_azimuth_deg=question.azimuth_deg,
    )


#: At most this many pads are named in the summary of when one would fit.
LATER_NAMED = 3


def later_summary(later: list[LaterFit]) -> str:
    """When and where a vehicle that fits no pad now would: the earliest pads, or the limit
    that keeps every pad from it."""
    if not later:
        return ""
    soon = [fit for fit in later if fit.start is not None][:LATER_NAMED]
    if not soon:
        blocking = translate_message(later[0].blocking.message)
        return tr("No pad fits at any date; first limit: {reason}").format(reason=blocking)
    places = ", ".join(
        tr("{pad} from {start}").format(pad=fit.pad.code, start=fit.start.isoformat())
        for fit in soon
        if fit.start is not None
    )
    return tr("Same length later: {places}.").format(places=places)
