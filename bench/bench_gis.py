"""GIS exchange speed: export and import of 100,000 facilities through GeoPackage and GeoJSON.

Each figure is the median of 3 runs. The read floor is pyogrio's own array read of the same
file plus one vectorised ``shapely.from_wkb`` (what any import pays before building objects);
the write floor is pyogrio writing the geometries alone, already in the file's CRS, as one layer
(what any export pays before attributes).
Run ``.venv/bin/python -m bench.bench_gis [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from functools import partial
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from numpy.typing import NDArray
from pyogrio.raw import read, write

from bench.timing import median_seconds
from cosmoplan import geo
from cosmoplan.demo.synthetic import synthetic_plan
from cosmoplan.domain import Kind, Plan
from cosmoplan.gis import export_plan, import_features

REPEATS = 3


def _floor(path: Path) -> int:
    """Read every facility layer of ``path`` with pyogrio and decode its WKB; return the rows."""
    if path.suffix == ".geojson":
        names: list[str | int] = [0]  # one layer: listing it would parse the file twice
    else:
        names = [n for n in pyogrio.list_layers(path)[:, 0] if n.startswith("facilities")]
    count = 0
    for name in names:
        _, _, wkb, _ = read(path, layer=name, datetime_as_string=True)
        count += len(shapely.from_wkb(wkb))
    return count


def _write_floor(path: Path, wkb: NDArray[np.object_], crs: int) -> None:
    """Write only the geometries, already in ``crs``, as one layer."""
    driver = "GPKG" if path.suffix == ".gpkg" else "GeoJSON"
    write(str(path), wkb, [], [], layer="floor", driver=driver, geometry_type="Unknown",
          crs=geo.crs_from_user(crs).to_wkt())  # fmt: skip


def _facilities_only(source: Plan) -> Plan:
    """The plan's complexes and facilities (what a facility-only export carries)."""
    plan = Plan(source.info)
    plan.load([*source.complexes(), *source.facilities()])
    return plan


def _format(plan: Plan, target: Plan, path: Path, floor: Path) -> dict[str, float]:
    """Figures for one format (chosen by the suffix of ``path``)."""
    label = path.suffix.removeprefix(".")
    count = plan.counts()[Kind.FACILITY]
    imported: list[object] = []

    def load() -> None:
        imported[:] = import_features(target, path, Kind.FACILITY)

    crs = geo.MODEL_EPSG if label == "gpkg" else geo.WGS84_EPSG
    geometries = np.array([f.geometry for f in plan.facilities()], dtype=object)
    wkb = shapely.to_wkb(geo.transform_geometries(geometries, geo.MODEL_EPSG, crs))
    figures = {f"{label}_export_s": median_seconds(partial(export_plan, plan, path), REPEATS)}
    figures[f"{label}_write_floor_s"] = median_seconds(
        partial(_write_floor, floor, wkb, crs), REPEATS
    )
    figures[f"{label}_import_s"] = median_seconds(load, REPEATS)
    figures[f"{label}_read_floor_s"] = median_seconds(partial(_floor, path), REPEATS)
    assert len(imported) == count, (label, len(imported))
    rounded = {name: round(value, 3) for name, value in figures.items()}
    return {f"{label}_file_mb": round(path.stat().st_size / 1e6, 1), **rounded}


def run(quick: bool = False) -> dict[str, float | int]:
    """Median seconds to export and import the facilities, per format, and the floors."""
    count = 10_000 if quick else 100_000
    plan = _facilities_only(synthetic_plan(pads=100, facilities=count, zones=0, tenants=0))
    target = Plan()
    target.load(list(plan.complexes()))
    results: dict[str, float | int] = {"facilities": count, "repeats": REPEATS}
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".gpkg", ".geojson"):
            paths = (Path(folder) / f"bench{suffix}", Path(folder) / f"floor{suffix}")
            results.update(_format(plan, target, *paths))
    return results


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_gis", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 facilities")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
