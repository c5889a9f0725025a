"""``cosmoplan export`` and ``cosmoplan import``: GeoPackage / GeoJSON / Shapefile exchange."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cosmoplan.cli import output, plans
from cosmoplan.cli.options import KIND_CHOICES, add_plan_argument
from cosmoplan.domain import Kind
from cosmoplan.services.commands import AddObjects

#: The suffix of plan files: an export to one is a copy of the whole plan.
PLAN_SUFFIX = ".cosmoplan"


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``export`` and ``import``."""
    export = subparsers.add_parser(
        "export",
        parents=parents,
        help="export the plan to a GeoPackage or GeoJSON file, or copy it to a plan file",
        description=(
            "Export the plan's map objects to a GeoPackage (one layer per kind) or a GeoJSON "
            "file (WGS84), keeping their attributes; or, to a .cosmoplan file, copy the whole "
            "plan (e.g. a shared plan from its server)."
        ),
    )
    add_plan_argument(export)
    export.add_argument(
        "out", metavar="OUT", help="the file to write (.gpkg, .geojson or .cosmoplan)"
    )
    export.add_argument("--force", action="store_true", help="replace an existing plan file")
    export.set_defaults(handler=run_export)

    imp = subparsers.add_parser(
        "import",
        parents=parents,
        help="add objects from a GeoPackage, GeoJSON or Shapefile",
        description=(
            "Add objects of one kind from a GeoPackage, GeoJSON or Shapefile. Every feature is "
            "checked first: if any is refused, nothing is imported and the plan is unchanged."
        ),
    )
    add_plan_argument(imp)
    imp.add_argument("file", metavar="FILE", help="the file to read")
    imp.add_argument(
        "--as",
        dest="kind",
        metavar="KIND",
        required=True,
        choices=KIND_CHOICES,
        help=f"what the features are: {', '.join(KIND_CHOICES)}",
    )
    imp.add_argument(
        "--crs",
        metavar="EPSG",
        help="the file's coordinate reference system when it does not say (e.g. 4326)",
    )
    imp.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Write the export file."""
    from cosmoplan.gis import export_plan  # loaded on use: GDAL is slow to start

    out = Path(args.out)
    if out.suffix.lower() == PLAN_SUFFIX:
        with plans.opened(args.plan, read_only=True) as project:
            carried = project.store.carried() if project.store is not None else None
            plans.create(str(out), project.plan, force=args.force, scenarios=carried)
            total = sum(project.plan.counts().values())
        print(f"Copied {project.plan.info.name!r} to {out} ({total} objects).")
        return 0
    with plans.opened(args.plan, read_only=True) as project:
        counts = export_plan(project.plan, out)
    detail = ", ".join(output.count_of(count, kind.value) for kind, count in counts.items())
    print(f"Exported {sum(counts.values())} objects to {out} ({detail}).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Read the file, add every feature in one command and save, or change nothing."""
    source = Path(args.file)
    from cosmoplan.gis import import_features  # loaded on use: GDAL is slow to start

    kind = Kind(args.kind)
    with plans.opened(args.plan) as project:
        entities = import_features(project.plan, source, kind, crs=args.crs)
        if entities:
            project.execute(AddObjects(entities, label=f"import {source.name}"))
            project.save()
    print(f"Imported {output.count_of(len(entities), kind.value)} from {source} into {args.plan}.")
    return 0
