"""``cosmoplan corridor``: the Appendix A flight corridor of a launch, written as GeoJSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely

from cosmoplan.files import atomic_file, require_replaceable
from cosmoplan.messages import register

if TYPE_CHECKING:
    from cosmoplan.safety.corridor import FlightCorridor

MSG_WRITE_FAILED = register("cli.corridor.write_failed", "Cannot write {path}: {reason}")
#: The ids of ``cosmoplan.safety.VehicleClass`` (not imported here: pyproj is slow to load).
CLASSES = "small, medium, medium-large, large, guided-suborbital"
#: Decimals of the written coordinates (1e-7° is about 1 cm).
DECIMALS = 7


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``corridor``."""
    parser = subparsers.add_parser(
        "corridor",
        parents=parents,
        help="write the flight corridor of a launch to a GeoJSON file",
        description=(
            "Build the overflight exclusion zone and the flight corridor of 14 CFR 420 "
            "Appendix A for a launch point, azimuth and vehicle class on the WGS84 ellipsoid, "
            "and write both polygons to a GeoJSON file (WGS84; property 'zone')."
        ),
    )
    parser.add_argument("--lat", required=True, type=float, help="launch latitude (degrees)")
    parser.add_argument("--lon", required=True, type=float, help="launch longitude (degrees)")
    parser.add_argument(
        "--azimuth",
        required=True,
        type=float,
        metavar="DEG",
        help="flight azimuth, clockwise from north, 0 to less than 360",
    )
    parser.add_argument(
        "--class", dest="vehicle_class", required=True, metavar="CLASS", help=f"one of: {CLASSES}"
    )
    parser.add_argument(
        "--apogee-km", type=float, metavar="KM", help="apogee of a guided suborbital vehicle"
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the GeoJSON file to write"
    )
    parser.set_defaults(handler=run_corridor)


def run_corridor(args: argparse.Namespace) -> int:
    """Build the corridor and write it."""
    from cosmoplan.safety.corridor import flight_corridor  # loaded on use: pyproj is slow

    out = Path(args.output)
    require_replaceable(out, "GeoJSON")
    corridor = flight_corridor(args.lat, args.lon, args.azimuth, args.vehicle_class, args.apogee_km)
    text = json.dumps(feature_collection(corridor), ensure_ascii=False)
    with atomic_file(out, MSG_WRITE_FAILED, "GeoJSON") as handle:
        handle.write((text + "\n").encode("utf-8"))
    dims = corridor.dimensions
    print(
        f"Wrote the {dims.vehicle_class.value} flight corridor at azimuth {args.azimuth:g}° to "
        f"{out} (Dmax {dims.dmax_nm:.3f} nm, overflight exclusion zone {dims.doez_nm:.3f} nm "
        "downrange)."
    )
    return 0


def feature_collection(corridor: FlightCorridor) -> dict[str, Any]:
    """RFC 7946 GeoJSON: the overflight exclusion zone and the flight corridor."""
    dims = corridor.dimensions
    common = {
        "class": dims.vehicle_class.value,
        "launch_lat": corridor.latitude,
        "launch_lon": corridor.longitude,
        "azimuth_deg": corridor.azimuth_deg,
        "dmax_nm": dims.dmax_nm,
        "basis": dims.basis,
    }
    zones = (
        ("overflight-exclusion", corridor.overflight_exclusion, {"doez_nm": dims.doez_nm}),
        (
            "flight-corridor",
            corridor.corridor,
            {"cf_nm": dims.cf_nm, "de_nm": dims.de_nm, "hi_nm": dims.hi_nm},
        ),
    )
    features = [
        {
            "type": "Feature",
            "properties": {"zone": zone, **common, **extra},
            "geometry": shapely.geometry.mapping(shapely.set_precision(geometry, 10**-DECIMALS)),
        }
        for zone, geometry, extra in zones
    ]
    return {"type": "FeatureCollection", "features": features}
