"""Find (Ctrl+F): one box over the plan's objects and coordinates, the map following."""

from cosmoplan.gui.find.dialog import FindDialog
from cosmoplan.gui.find.finder import Finder

__all__ = ["FindDialog", "Finder"]
