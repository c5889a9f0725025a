"""The Allocate dialog's list of pads: every pad judged for the chosen vehicle, tenant and
period on a worker thread (:func:`cosmoplan.services.allocation.pad_suitability`), the latest
judgement winning, and a line that sums it up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem

from cosmoplan.domain import AllocationStatus, Plan, Tenant, Vehicle
from cosmoplan.gui.allocations.listing import FITS, PAD, pad_item
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.workers import LatestJob, ThreadProgress
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.allocation import PadFit, pad_suitability


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
    """Fills ``tree`` (fits, pad, reasons) and ``summary`` with the latest judgement."""

    def __init__(self, tree: QTreeWidget, summary: QLabel) -> None:
        self.tree = tree
        self.summary = summary
        self.fits: list[PadFit] = []
        self.job = LatestJob()
        header = tree.header()
        header.setSectionResizeMode(FITS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAD, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

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
        self.summary.setText(tr("Judging {count} pads…").format(count=count))

        def judge(progress: ThreadProgress) -> list[PadFit]:
            return pad_suitability(
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

        def judged(fits: list[PadFit]) -> None:
            fitting = sum(1 for fit in fits if fit.fits)
            summary = tr("{fitting} of {count} pads fit {vehicle} from {start} to {end}.")
            self.show(
                fits,
                summary.format(
                    fitting=fitting,
                    count=len(fits),
                    vehicle=question.vehicle.name,
                    start=question.start.isoformat(),
                    end=question.end.isoformat(),
                ),
                chosen,
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, CosmoplanError):
                raise error
            self.show([], translate_message(error.message))

        self.job.start(judge, judged, failed)

    def show(self, fits: list[PadFit], summary: str, chosen: int | None = None) -> None:
        """Show ``fits`` under ``summary``."""
        self.fits = fits
        self.summary.setText(summary)
        self.tree.clear()
        for fit in fits:
            item = pad_item(fit)
            self.tree.addTopLevelItem(item)
            if fit.pad.id == chosen:
                self.tree.setCurrentItem(item)

    def item_of(self, code: str) -> QTreeWidgetItem | None:
        """The list row of the pad with ``code``, if listed."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.text(PAD) == code:
                return item
        return None
