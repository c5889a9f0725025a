"""Demo and synthetic plans: the Baikonur demo data set and random plans of any size."""

from cosmoplan.demo.synthetic import synthetic_plan

__all__ = ["synthetic_plan"]
