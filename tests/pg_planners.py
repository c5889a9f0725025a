"""Planners as separate processes editing one shared plan at once (for the concurrency tests
and bench/bench_server.py): each edits tenants' contacts and saves after every edit; a
conflict is noted and the planner starts again from what is stored."""

from __future__ import annotations

import multiprocessing
import os
import random
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from cosmoplan.domain import Kind
from cosmoplan.services.commands import update
from cosmoplan.services.project import Project
from cosmoplan.storage.conflicts import ConflictError
from cosmoplan.storage.locations import PLANNER_VARIABLE


@dataclass(frozen=True)
class Edit:
    """One edit of one planner: the tenant, the contact written, and whether it was saved
    (else the save was refused with a conflict)."""

    planner: str
    tenant: int
    value: str
    saved: bool


def planner(
    url: str, me: str, edits: int, targets: list[int], seed: int, start: Barrier | None = None
) -> list[Edit]:
    """Make ``edits`` edits of the tenants ``targets`` as planner ``me``, saving each."""
    os.environ[PLANNER_VARIABLE] = me
    rng = random.Random(seed)
    project = Project.open(url)
    done: list[Edit] = []
    for number in range(edits):
        target = rng.choice(targets)
        value = f"{me}-{number}"
        project.execute(update(project.plan.get(Kind.TENANT, target), contact=value))
        if start is not None and number == 0:
            start.wait()  # everybody edited from the same revision: save at once
        try:
            project.save()
            done.append(Edit(me, target, value, True))
        except ConflictError:
            done.append(Edit(me, target, value, False))
            project.close()
            project = Project.open(url)
    project.close()
    return done


def _run(url: str, me: str, edits: int, targets: list[int], seed: int, start: Barrier | None,
         out: Queue[list[Edit]]) -> None:  # fmt: skip
    out.put(planner(url, me, edits, targets, seed, start))


def run_planners(url: str, plans: dict[str, list[int]], edits: int, together: bool) -> list[Edit]:
    """Run one process per planner (name: the tenants it edits); every edit made. With
    ``together`` the planners' first saves wait for each other."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(plans)) if together else None
    out: Queue[list[Edit]] = context.Queue()
    processes = [
        context.Process(target=_run, args=(url, me, edits, targets, seed, barrier, out))
        for seed, (me, targets) in enumerate(plans.items())
    ]
    for process in processes:
        process.start()
    found = [edit for _process in processes for edit in out.get(timeout=300)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0, f"a planner failed (exit {process.exitcode})"
    return found
