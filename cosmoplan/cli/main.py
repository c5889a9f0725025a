"""Entry point of the ``cosmoplan`` command: parser assembly, dispatch and error handling.

Exit status: 0 on success, 2 on bad usage or bad input (one line on stderr), 1 on an
unexpected failure (one line; the traceback only with ``--debug``), 130 on Ctrl+C.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from cosmoplan import __version__
from cosmoplan.cli.commands import (
    allocate,
    check,
    corridor,
    exchange,
    gui,
    hazard,
    listing,
    optimise,
    plan,
    render,
    report,
    request,
    scenario,
    shared,
    tenant,
    vehicle,
)
from cosmoplan.messages import CosmoplanError, Message, register

PROG = "cosmoplan"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
COMMAND_GROUPS = (
    plan,
    listing,
    tenant,
    vehicle,
    request,
    allocate,
    optimise,
    scenario,
    check,
    exchange,
    render,
    report,
    hazard,
    corridor,
    shared,
    gui,
)

MSG_NOT_UTF8 = register(
    "cli.not_utf8",
    "Argument {number} is not valid UTF-8 text ({shown}); retype it or fix the terminal's "
    "encoding.",
)


class UsageError(Exception):
    """Bad command-line usage, reported by :class:`Parser` instead of exiting."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` rather than printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix(PROG).strip()
        hint = f" (see '{self.prog} --help')" if command else f" (see '{PROG} --help')"
        raise UsageError(f"{message}{hint}")


def build_parser() -> Parser:
    """The full parser: global options and one subcommand per command."""
    parser = Parser(
        prog=PROG,
        description="Plan the Baikonur Cosmodrome: site model, tenants, allocations and maps.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of unexpected errors"
    )
    # Subcommands accept --debug too; SUPPRESS keeps them from resetting the global value.
    common = Parser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of unexpected errors",
    )
    subparsers = parser.add_subparsers(
        title="commands", dest="command", metavar="COMMAND", required=True
    )
    for group in COMMAND_GROUPS:
        group.add_parsers(subparsers, [common])
    return parser


def _fail(text: str) -> None:
    print(f"{PROG}: error: {' '.join(text.split())}", file=sys.stderr)


def _not_utf8(arguments: Sequence[str]) -> str | None:
    """The message for the first argument the system could not decode (surrogate escapes)."""
    for number, argument in enumerate(arguments, 1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return Message(MSG_NOT_UTF8, {"number": number, "shown": shown}).text()
    return None


@contextmanager
def _quiet_libraries(debug: bool) -> Iterator[None]:
    """Keep the warnings of GDAL, pyogrio, numpy... off the terminal: errors stay one line.

    With ``--debug`` they are shown. Libraries that log (pyogrio relays GDAL through
    :mod:`logging`) are silenced by giving the root logger a handler that drops records.
    """
    if debug:
        yield
        return
    root = logging.getLogger()
    drop = logging.NullHandler()
    root.addHandler(drop)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.removeHandler(drop)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    undecodable = _not_utf8(arguments)
    if undecodable is not None:
        _fail(undecodable)
        return EXIT_USAGE
    try:
        args = build_parser().parse_args(arguments)
    except UsageError as error:
        _fail(str(error))
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    try:
        with _quiet_libraries(args.debug):
            status: int = args.handler(args)
        return status
    except CosmoplanError as error:
        _fail(error.message.text())
        return EXIT_USAGE
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``cosmoplan list ... | head``): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        if args.debug:
            traceback.print_exc()
        _fail(f"unexpected {type(error).__name__}: {error} (run with --debug for details)")
        return EXIT_FAILURE
