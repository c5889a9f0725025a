"""Safety geometry: quantity-distance hazard areas and flight corridors (plain Python)."""
