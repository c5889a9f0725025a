"""Demo and synthetic plans: the Baikonur demo data set and random plans of any size."""

from cosmoplan.demo.baikonur import build_demo_plan, demo_sources
from cosmoplan.demo.reading import DemoDataError
from cosmoplan.demo.synthetic import synthetic_plan

__all__ = ["DemoDataError", "build_demo_plan", "demo_sources", "synthetic_plan"]
