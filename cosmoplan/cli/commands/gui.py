"""``cosmoplan gui``: open the desktop application."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

from cosmoplan.cli import plans
from cosmoplan.cli.desktop_libs import display_problem
from cosmoplan.demo import build_demo_plan
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.storage.locations import is_url

MSG_PLAN_AND_DEMO = register(
    "cli.gui_plan_and_demo", "Give either a plan or --demo PATH, not both."
)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``gui``."""
    parser = subparsers.add_parser(
        "gui",
        parents=parents,
        help="open the desktop application",
        description=(
            "Open the desktop application, on PLAN if given. With --demo PATH, open the "
            "Baikonur demo plan stored at PATH, creating it there first if needed."
        ),
    )
    parser.add_argument("plan", metavar="PLAN", nargs="?", help="plan file to open")
    parser.add_argument(
        "--demo", metavar="PATH", help="open the demo plan at PATH (created if missing)"
    )
    parser.add_argument(
        "--quit-after-ms",
        metavar="MS",
        type=int,
        help="close the windows and quit after MS milliseconds (a smoke test of an install)",
    )
    parser.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    """Start the application and return its exit code."""
    if args.plan is not None and args.demo is not None:
        raise CosmoplanError(MSG_PLAN_AND_DEMO)
    target = args.plan
    if args.demo is not None:
        target = args.demo
        if not Path(target).exists():
            plans.create(target, build_demo_plan(), force=False)
    if target is not None and not is_url(target):
        plans.require_plan_file(Path(target))
    problem = display_problem()
    if problem is not None:  # say it in one line instead of letting Qt abort
        raise CosmoplanError(problem.id, **problem.params)
    # The one sanctioned bridge from the command line to the GUI layer. The layers contract
    # forbids cli -> gui imports; a dynamic import keeps Qt out of every other command.
    app = importlib.import_module("cosmoplan.gui.app")
    quit_after = [] if args.quit_after_ms is None else ["--quit-after-ms", str(args.quit_after_ms)]
    status: int = app.main([sys.argv[0], *([target] if target else []), *quit_after])
    return status
