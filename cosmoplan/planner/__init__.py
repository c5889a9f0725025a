"""The planner: place tenants' requests on pads with CP-SAT, and explain refusals.

Its constraints come from the rule catalogue (:mod:`cosmoplan.planner.options` asks it about
candidates), so that an optimiser result, applied and checked, adds no error finding.
"""

from cosmoplan.planner.solve import Cancellation, Placement, Result, optimise, problem, solve

__all__ = ["Cancellation", "Placement", "Result", "optimise", "problem", "solve"]
