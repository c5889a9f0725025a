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
