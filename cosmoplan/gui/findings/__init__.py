"""What the rules say about the plan, kept current as it changes: the findings model and the
Findings dock."""

from cosmoplan.gui.findings.model import FindingsModel
from cosmoplan.gui.findings.panel import FindingsPanel

__all__ = ["FindingsModel", "FindingsPanel"]
