"""What every benchmark times with: the median of several runs of one action."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

Clock = Callable[[], float]


def median_seconds(
    action: Callable[[], object], repeats: int, clock: Clock = time.perf_counter
) -> float:
    """Median seconds of ``action`` over ``repeats`` runs, each after a garbage collection;
    what it returns is freed after the clock stops."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = clock()
        result = action()
        times.append(clock() - start)
        del result
    return statistics.median(times)
