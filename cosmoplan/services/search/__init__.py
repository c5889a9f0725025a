"""Find (Ctrl+F) without Qt: objects by code, name or tenant, and places typed as
coordinates."""

from cosmoplan.services.search.coordinates import Place, parse_place
from cosmoplan.services.search.index import Hit, Rank, SearchIndex
from cosmoplan.services.search.targets import map_refs

__all__ = ["Hit", "Place", "Rank", "SearchIndex", "map_refs", "parse_place"]
