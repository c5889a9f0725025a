"""``cosmoplan render``: draw the map to a PNG, SVG or PDF file without a window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cosmoplan.cli import plans
from cosmoplan.cli.options import add_plan_argument, parse_date, parse_size


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``render``."""
    parser = subparsers.add_parser(
        "render",
        parents=parents,
        help="draw the map to a PNG, SVG or PDF file",
        description="Draw the plan's map, with the screen's styles, to a PNG, SVG or PDF file.",
    )
    add_plan_argument(parser)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the file to write (.png, .svg or .pdf)",
    )
    parser.add_argument(
        "--at",
        type=parse_date,
        metavar="DATE",
        help="draw the site as on this day, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--size", type=parse_size, metavar="WxH", help="image size in pixels, e.g. 1600x1000"
    )
    parser.set_defaults(handler=run_render)


def run_render(args: argparse.Namespace) -> int:
    """Render the map."""
    options: dict[str, Any] = {"at": args.at}
    if args.size is not None:
        options["size"] = args.size
    with plans.opened(args.plan, read_only=True) as project:
        from cosmoplan.mapping.render import render_map  # loaded on use: heavy to import

        written = render_map(project.plan, Path(args.output), **options)
    print(f"Rendered the map to {written}.")
    return 0
