"""Argument types shared by the commands: dates, image sizes, plan locations, kinds."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from cosmoplan.domain import Kind
from cosmoplan.domain.validation import require_in_horizon
from cosmoplan.messages import ValidationError

KIND_CHOICES = [kind.value for kind in Kind]


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` within the planning horizon (argparse type)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a valid date: {text!r} (expected YYYY-MM-DD)"
        ) from None
    try:
        require_in_horizon(day, "the date")
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.message.text()) from None
    return day


def parse_moment(text: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` (local time unless it says its offset) as an aware time (argparse
    type)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a valid time: {text!r} (expected YYYY-MM-DD HH:MM)"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def parse_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, e.g. ``1600x1000`` (argparse type; the renderer sets limits)."""
    width, sep, height = text.strip().lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
        return int(width), int(height)
    raise argparse.ArgumentTypeError(
        f"not a valid size: {text!r} (expected WIDTHxHEIGHT in pixels, e.g. 1600x1000)"
    )


def add_plan_argument(parser: argparse.ArgumentParser, help_text: str = "plan file") -> None:
    """The positional PLAN argument (a ``.cosmoplan`` file or a database URL)."""
    parser.add_argument("plan", metavar="PLAN", help=f"{help_text} (.cosmoplan or database URL)")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """``--json``: machine-readable output."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
