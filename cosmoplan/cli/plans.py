"""Opening and creating plans for the commands, with the checks a shell user needs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cosmoplan.domain import Plan
from cosmoplan.messages import CosmoplanError, register
from cosmoplan.services.project import Project
from cosmoplan.storage.locations import is_url, parse
from cosmoplan.storage.scenario_rows import Carried
from cosmoplan.storage.store import read_schema_version

MSG_NO_SUCH_PLAN = register("cli.no_such_plan", "No plan file at {path}.")
MSG_PLAN_IS_DIRECTORY = register("cli.plan_is_directory", "{path} is a directory, not a plan file.")
MSG_PLAN_EXISTS = register("cli.plan_exists", "{path} already exists (use --force to replace it).")


def location(text: str) -> str | Path:
    """A database URL as given, or a file path."""
    return text if is_url(text) else Path(text)


def require_plan_file(path: Path) -> None:
    """Refuse a plan path that is missing or a directory."""
    if path.is_dir():
        raise CosmoplanError(MSG_PLAN_IS_DIRECTORY, path=str(path))
    if not path.is_file():
        raise CosmoplanError(MSG_NO_SUCH_PLAN, path=str(path))


@contextmanager
def opened(text: str, *, read_only: bool = False) -> Iterator[Project]:
    """Open the plan at ``text`` (file path or URL) and close it afterwards.

    A missing file is refused here, so that opening never creates an empty database. Reading
    commands pass ``read_only``: the plan is then left byte for byte as it was. A save that
    meets another planner's change to the same objects raises a ConflictError, which the
    command line reports in one line (exit status 2) with nothing written.
    """
    where = location(text)
    if isinstance(where, Path):
        require_plan_file(where)
    project = Project.open(where, read_only=read_only)
    try:
        yield project
    finally:
        project.close()


def create(text: str, plan: Plan, force: bool, scenarios: Carried | None = None) -> str:
    """Store ``plan`` (and the ``scenarios`` a store carried) at ``text``; an existing file or
    database plan is replaced only with ``force``.

    Storage writes a new file beside the target and moves it into place, so a failure leaves
    an existing file as it was. Returns where the plan now lives.
    """
    where = location(text)
    if isinstance(where, Path):
        if where.is_dir():
            raise CosmoplanError(MSG_PLAN_IS_DIRECTORY, path=str(where))
        if where.exists() and not force:
            raise CosmoplanError(MSG_PLAN_EXISTS, path=str(where))
        where.parent.mkdir(parents=True, exist_ok=True)
    elif read_schema_version(where) is not None and not force:
        raise CosmoplanError(MSG_PLAN_EXISTS, path=parse(where).display)
    Project.create(where, plan, scenarios).close()
    return str(where)
