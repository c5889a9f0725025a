"""The replaceable quantity-distance norm: a :class:`QDNorm` protocol and the FAA Part 420 one.

Everything that turns a propellant load into required distances goes through a norm, so a
host-nation norm (Kazakh or Russian, none found so far: safety-rules.md §6) can be added as
another implementation without touching the geometry or the findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cosmoplan.domain import Propellant
from cosmoplan.safety.qd import (
    Distance,
    intraline_distance,
    public_area_distance,
    public_traffic_route_distance,
)
from cosmoplan.safety.tnt import NetExplosiveWeight, PlannerFactor, net_explosive_weight


@dataclass(frozen=True, slots=True)
class HazardDistances:
    """The NEW of one explosive hazard facility and the three distances it requires."""

    new: NetExplosiveWeight
    public_area: Distance
    public_traffic_route: Distance
    intraline: Distance

    @property
    def basis(self) -> str:
        """Factors and table rows used, for people: NEW; public area; route; intraline."""
        return (
            f"NEW: {self.new.basis}. Public area: {self.public_area.basis}. "
            f"Public traffic route: {self.public_traffic_route.basis}. "
            f"Intraline: {self.intraline.basis}."
        )


class QDNorm(Protocol):
    """A quantity-distance norm: NEW of a load, the distances it requires, intraline pairing."""

    @property
    def id(self) -> str:
        """Stable id, e.g. ``"faa-part-420"``."""

    @property
    def title(self) -> str:
        """A short English name naming the source."""

    def net_explosive_weight(
        self,
        propellant: Propellant | str,
        propellant_kg: float,
        division_1_1_kg: float = 0.0,
        factor: PlannerFactor | None = None,
    ) -> NetExplosiveWeight:
        """NEW of a propellant load plus Division 1.1 items."""

    def distances(self, new: NetExplosiveWeight) -> HazardDistances:
        """Public-area, public-traffic-route and intraline distances for ``new``."""

    def intraline_between(self, first: HazardDistances, second: HazardDistances) -> Distance:
        """The intraline distance required between two explosive hazard facilities."""


@dataclass(frozen=True, slots=True)
class Part420Norm:
    """14 CFR Part 420 Subpart D with Appendix E Tables E-1 to E-3 (safety-rules.md §1-§2).

    TNT equivalents are the DoD ones (§3.2, labelled so in every basis). ``conservative``
    chooses the reading of the 30,000 lb step of Table E-2 (see :mod:`cosmoplan.safety.qd`).
    """

    conservative: bool = False

    @property
    def id(self) -> str:
        """``"faa-part-420"``, or ``"faa-part-420-conservative"``."""
        return "faa-part-420-conservative" if self.conservative else "faa-part-420"

    @property
    def title(self) -> str:
        """What the norm is, for people."""
        step = "max(1,250 ft, formula) at the 30,000 lb step" if self.conservative else "as written"
        return f"14 CFR Part 420 Appendix E, Division 1.1 ({step}); DoD TNT equivalents"

    def net_explosive_weight(
        self,
        propellant: Propellant | str,
        propellant_kg: float,
        division_1_1_kg: float = 0.0,
        factor: PlannerFactor | None = None,
    ) -> NetExplosiveWeight:
        """§420.69(b)(1)-(2): propellant TNT equivalent plus Division 1.1 NEW."""
        return net_explosive_weight(propellant, propellant_kg, division_1_1_kg, factor)

    def distances(self, new: NetExplosiveWeight) -> HazardDistances:
        """§420.69(b)(3): Tables E-1, E-2 and E-3 for the combined NEW."""
        return HazardDistances(
            new,
            public_area_distance(new.lb, conservative=self.conservative),
            public_traffic_route_distance(new.lb, conservative=self.conservative),
            intraline_distance(new.lb),
        )

    def intraline_between(self, first: HazardDistances, second: HazardDistances) -> Distance:
        """§420.70(c)(2) (safety rules §1.5): the quantity that requires the greater distance."""
        return first.intraline if first.intraline.ft >= second.intraline.ft else second.intraline


#: The norm used unless told otherwise.
PART_420 = Part420Norm()


def hazard_distances(
    propellant: Propellant | str,
    propellant_kg: float,
    division_1_1_kg: float = 0.0,
    factor: PlannerFactor | None = None,
    norm: QDNorm = PART_420,
) -> HazardDistances:
    """NEW and the three required distances of a propellant load under ``norm``."""
    return norm.distances(
        norm.net_explosive_weight(propellant, propellant_kg, division_1_1_kg, factor)
    )
