"""Worker threads: results reach the GUI thread, and what a job held is freed there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from cosmoplan.gui import workers


class Held:
    """Something a job holds (a progress object, a dialog): records where it is freed."""

    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        Held.freed_on.append(threading.current_thread().name)


def holding(item: object) -> Callable[[], int]:
    """A job whose closure is the only holder of ``item``."""
    return lambda: id(item)


def test_the_result_arrives_and_what_the_job_held_is_freed_on_the_gui_thread(qtbot: Any) -> None:
    Held.freed_on.clear()
    results: list[object] = []
    thread = workers.start_worker(holding(Held()), results.append, results.append)
    qtbot.waitUntil(lambda: bool(results) and thread not in workers._ACTIVE, timeout=5000)
    assert isinstance(results[0], int)
    assert Held.freed_on == [threading.main_thread().name]


def test_an_error_arrives_as_the_exception(qtbot: Any) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("bad input")

    thread = workers.start_worker(fail, errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors) and thread not in workers._ACTIVE, timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_the_latest_job_wins_and_an_overtaken_result_is_handed_back(qtbot: Any) -> None:
    gate = threading.Event()
    job = workers.LatestJob()
    done: list[object] = []
    stale: list[object] = []
    progress_seen: list[int] = []

    def slow(progress: workers.ThreadProgress) -> str:
        progress.update(1, 2)
        gate.wait(5)
        return "first"

    def quick(progress: workers.ThreadProgress) -> str:
        progress.update(2, 2)
        return "second"

    job.start(slow, done.append, done.append, on_stale=stale.append)
    job.start(quick, done.append, done.append, lambda d, t, _m: progress_seen.append(d))
    gate.set()
    qtbot.waitUntil(lambda: bool(done) and bool(stale), timeout=5000)
    job.wait(5)
    qtbot.wait(20)
    assert done == ["second"] and stale == ["first"]
    assert progress_seen == [2]  # the overtaken job's progress no longer reaches anyone
    assert not job.running


def test_a_serial_queue_runs_one_job_at_a_time_the_latest_asked_first(qtbot: Any) -> None:
    queue = workers.SerialQueue()
    gate = threading.Event()
    running: list[int] = []
    order: list[str] = []

    def job(name: str) -> Callable[[], str]:
        def run() -> str:
            running.append(1)
            assert len(running) == 1  # never two at once
            if name == "first":
                gate.wait(5)
            running.pop()
            return name

        return run

    queue.submit(job("first"), order.append)  # starts at once
    queue.submit(job("dropped"), order.append)
    queue.clear()  # e.g. the zoom changed: pages not started are not wanted any more
    for name in ("a", "b", "c"):
        queue.submit(job(name), order.append)
    assert not queue.idle
    gate.set()
    qtbot.waitUntil(lambda: queue.idle, timeout=5000)
    assert order == ["first", "c", "b", "a"]
