"""Run every benchmark and print its figures: ``make bench`` (``--quick`` for a smoke run)."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Run the ``bench_*`` modules of this package (or those named) and print JSON figures."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run, e.g. storage map")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    available = sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules([str(here)])
        if m.name.startswith("bench_")
    )
    chosen = args.names or available
    unknown = set(chosen) - set(available)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    results: dict[str, object] = {}
    for name in chosen:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"== {name}", file=sys.stderr, flush=True)
        results[name] = module.run(quick=args.quick)
        print(json.dumps({name: results[name]}, indent=2, default=str), flush=True)
    out = here / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
