"""Report speed and memory: the demo plan's full report, a synthetic plan of 200 tenants and
2,000 allocations over 15 years (several hundred pages), and one of 500 pads, 300 tenants and
10,000 allocations.

Targets (issue 13): 1.5 s for the 2,000-allocation report, 3 s for the 10,000-allocation one,
with memory reported. Times are medians of a few runs without
tracing; the peak of Python allocations comes from one more run under ``tracemalloc``, and the
process high-water mark (``ru_maxrss``) is read at the end.
Run ``.venv/bin/python -m bench.bench_reports [--quick]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import tempfile
import tracemalloc
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium

from bench.timing import median_seconds
from cosmoplan.demo import build_demo_plan, synthetic_plan
from cosmoplan.domain import Plan
from cosmoplan.reports import build_report, render_report

AT = date(2026, 11, 25)
SYNTHETIC_PERIOD = (date(2026, 1, 1), date(2040, 12, 31))


def _pages(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _case(
    plan: Plan, period: tuple[date, date] | None, out: Path, repeats: int, target_s: float
) -> dict[str, float | int]:
    """Median seconds to build and to render the full report, pages, size and peak memory."""

    def build() -> object:
        return build_report(plan, at=AT, period=period)

    def both() -> None:
        render_report(build_report(plan, at=AT, period=period), out)

    report = build_report(plan, at=AT, period=period)
    build_s = median_seconds(build, repeats)
    render_s = median_seconds(lambda: render_report(report, out), repeats)
    total_s = median_seconds(both, repeats)
    gc.collect()
    tracemalloc.start()
    both()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "allocations": len(report.allocations),
        "findings": len(report.findings),
        "tenants": len(report.tenants),
        "pages": _pages(out),
        "pdf_kb": round(out.stat().st_size / 1024),
        "build_s": round(build_s, 3),
        "render_s": round(render_s, 3),
        "total_s": round(total_s, 3),
        "target_s": target_s,
        "python_peak_mb": round(peak / 2**20, 1),
    }


def run(quick: bool = False) -> dict[str, object]:
    """Figures for the demo report and the large synthetic one."""
    tenants, allocations = (50, 300) if quick else (200, 2_000)
    repeats = 1 if quick else 3
    with tempfile.TemporaryDirectory() as folder:
        demo = _case(build_demo_plan(), None, Path(folder) / "demo.pdf", repeats, 1.5)
        plan = synthetic_plan(
            pads=100, facilities=300, zones=10, allocations=allocations, tenants=tenants
        )
        synthetic = _case(plan, SYNTHETIC_PERIOD, Path(folder) / "synthetic.pdf", repeats, 1.5)
        large = {}
        if not quick:
            plan = synthetic_plan(
                pads=500, facilities=300, zones=10, allocations=10_000, tenants=300
            )
            large = _case(plan, SYNTHETIC_PERIOD, Path(folder) / "large.pdf", 1, 3.0)
    return {
        "demo": demo,
        "synthetic": synthetic,
        "large": large,
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_reports", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="50 tenants, 300 allocations")
    print(json.dumps(run(parser.parse_args().quick), indent=2))


if __name__ == "__main__":
    main()
