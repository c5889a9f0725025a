"""``cosmoplan hazard``: net explosive weight and quantity-distances of a propellant load."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cosmoplan.cli import output
from cosmoplan.cli.options import add_json_flag
from cosmoplan.domain import Propellant
from cosmoplan.messages import CosmoplanError, register

if TYPE_CHECKING:
    from cosmoplan.safety import Distance

MSG_SOURCE_WITHOUT_FACTOR = register(
    "cli.hazard.source_without_factor", "--factor-source needs --tnt-factor."
)
COMBOS = ", ".join(p.value for p in Propellant)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``hazard``."""
    parser = subparsers.add_parser(
        "hazard",
        parents=parents,
        help="net explosive weight and Q-D distances of a propellant load",
        description=(
            "Net explosive weight (TNT-equivalent, DoD-based factors) of a vehicle's propellant "
            "load plus any Division 1.1 motors, and the public-area, public-traffic-route and "
            "intraline distances of 14 CFR 420 Appendix E Tables E-1 to E-3, in feet and metres."
        ),
    )
    parser.add_argument(
        "--propellant", required=True, metavar="COMBO", help=f"propellant combination: {COMBOS}"
    )
    parser.add_argument(
        "--mass-kg", required=True, type=float, metavar="KG", help="propellant mass (kg)"
    )
    parser.add_argument(
        "--division-1-1-kg",
        type=float,
        default=0.0,
        metavar="KG",
        help="net explosive weight of Division 1.1 motors or ordnance on board (kg)",
    )
    parser.add_argument(
        "--tnt-factor",
        type=float,
        metavar="F",
        help="TNT-equivalent factor entered by the planner (required for lox-methane and "
        "lox-propane; replaces the DoD value otherwise)",
    )
    parser.add_argument("--factor-source", metavar="TEXT", help="where --tnt-factor comes from")
    parser.add_argument(
        "--conservative",
        action="store_true",
        help="read Table E-2's 30,000 lb step as max(1,250 ft, 40·NEW^(1/3))",
    )
    add_json_flag(parser)
    parser.set_defaults(handler=run_hazard)


def run_hazard(args: argparse.Namespace) -> int:
    """Compute and print the NEW and the three distances."""
    from cosmoplan.safety import PART_420, Part420Norm, PlannerFactor, hazard_distances

    factor = None
    if args.tnt_factor is not None:
        factor = PlannerFactor(args.tnt_factor, args.factor_source or "")
    elif args.factor_source is not None:
        raise CosmoplanError(MSG_SOURCE_WITHOUT_FACTOR)
    norm = Part420Norm(conservative=True) if args.conservative else PART_420
    distances = hazard_distances(
        args.propellant, args.mass_kg, args.division_1_1_kg, factor, norm=norm
    )
    result = {
        "net_explosive_weight_lb": distances.new.lb,
        "public_area_distance_ft": distances.public_area.ft,
        "public_area_distance_m": distances.public_area.m,
        "public_traffic_route_distance_ft": distances.public_traffic_route.ft,
        "public_traffic_route_distance_m": distances.public_traffic_route.m,
        "intraline_distance_ft": distances.intraline.ft,
        "intraline_distance_m": distances.intraline.m,
        "basis": distances.basis,
    }
    if args.json:
        output.write_json(result, sys.stdout)
        return 0
    pairs: list[tuple[str, Any]] = [
        ("Net explosive weight", f"{distances.new.lb:,.1f} lb ({distances.new.kg:,.1f} kg TNT)"),
        ("Public area distance", _feet_and_metres(distances.public_area)),
        ("Public traffic route distance", _feet_and_metres(distances.public_traffic_route)),
        ("Intraline distance", _feet_and_metres(distances.intraline)),
        ("Norm", norm.title),
    ]
    print(output.summary(pairs))
    print()
    print(f"NEW: {distances.new.basis}")
    print(f"Public area: {distances.public_area.basis}")
    print(f"Public traffic route: {distances.public_traffic_route.basis}")
    print(f"Intraline: {distances.intraline.basis}")
    return 0


def _feet_and_metres(distance: Distance) -> str:
    return f"{distance.ft:,.1f} ft ({distance.m:,.1f} m)"
