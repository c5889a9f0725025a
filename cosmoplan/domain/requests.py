"""A tenant's request for a pad: which vehicle, when, for how long, and what it is worth."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cosmoplan.domain.enums import RequestStatus
from cosmoplan.domain.validation import (
    require_non_negative,
    require_notes,
    require_ordered_dates,
    require_positive,
    require_range,
)
from cosmoplan.messages import ValidationError, register

MSG_DURATION_TOO_LONG = register(
    "domain.request.duration_too_long",
    "The request asks for {duration} days, but its window from {start} to {end} has only "
    "{window} days.",
)
MSG_REPEATED_PAD = register(
    "domain.request.repeated_pad", "The wanted pads name pad {pad} more than once."
)


@dataclass(frozen=True, slots=True)
class Request:
    """A tenant's request to use a pad with one vehicle for ``duration_days`` consecutive days,
    starting no earlier than ``earliest_start`` and ending no later than ``latest_end`` (both
    inclusive).

    ``pad_ids`` are the wanted pads, most preferred first; empty means any pad that fits.
    ``priority`` is the value of serving the request (higher is worth more); ``fee_usd`` the
    annual fee offered.
    """

    id: int
    tenant_id: int
    vehicle_id: int
    earliest_start: date
    latest_end: date
    duration_days: int
    pad_ids: tuple[int, ...] = ()
    exclusive: bool = True
    launch_azimuth_deg: float | None = None
    priority: int = 1
    fee_usd: float | None = None
    notes: str = ""
    status: RequestStatus = RequestStatus.OPEN

    def __post_init__(self) -> None:
        require_ordered_dates(self.earliest_start, self.latest_end, "earliest start", "latest end")
        require_positive(self.duration_days, "duration")
        if self.duration_days > self.window_days:
            raise ValidationError(
                MSG_DURATION_TOO_LONG,
                field="duration_days",
                duration=self.duration_days,
                start=self.earliest_start.isoformat(),
                end=self.latest_end.isoformat(),
                window=self.window_days,
            )
        object.__setattr__(self, "pad_ids", tuple(self.pad_ids))
        for pad_id in self.pad_ids:
            if self.pad_ids.count(pad_id) > 1:
                raise ValidationError(MSG_REPEATED_PAD, field="pad_ids", pad=pad_id)
        require_range(self.launch_azimuth_deg, 0.0, 360.0, "launch azimuth")
        require_non_negative(self.priority, "priority")
        require_non_negative(self.fee_usd, "fee")
        require_notes(self.notes, "notes")

    @property
    def window_days(self) -> int:
        """Days from the earliest start to the latest end, both counted."""
        return (self.latest_end - self.earliest_start).days + 1

    @property
    def latest_start(self) -> date:
        """The last day the requested period can start on."""
        return self.latest_end - timedelta(days=self.duration_days - 1)

    @property
    def pending(self) -> bool:
        """Whether the request still waits for a pad (open or planned)."""
        return self.status in (RequestStatus.OPEN, RequestStatus.PLANNED)
