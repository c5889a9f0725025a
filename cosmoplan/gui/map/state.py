"""The layers' visible state as a small typed, versioned value the main window can store
(as JSON in its settings) and give back; no QSettings here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATE_VERSION = 1


@dataclass
class LayerSettings:
    """One layer: shown or not, how opaque, and (imported layers) its colours."""

    visible: bool = True
    opacity: float = 1.0
    fill: str | None = None
    stroke: str | None = None


@dataclass
class MapLayerState:
    """Every layer's settings by layer id."""

    layers: dict[str, LayerSettings] = field(default_factory=dict)
    version: int = STATE_VERSION

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"version": self.version, "layers": {k: asdict(v) for k, v in self.layers.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> MapLayerState:
        """Read a dict from :meth:`to_dict`; anything unreadable falls back to defaults."""
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            return cls()
        layers: dict[str, LayerSettings] = {}
        for layer_id, raw in (data.get("layers") or {}).items():
            if not isinstance(raw, dict):
                continue
            opacity = raw.get("opacity", 1.0)
            layers[str(layer_id)] = LayerSettings(
                visible=bool(raw.get("visible", True)),
                opacity=min(max(float(opacity), 0.0), 1.0)
                if isinstance(opacity, int | float)
                else 1.0,
                fill=raw.get("fill") if isinstance(raw.get("fill"), str) else None,
                stroke=raw.get("stroke") if isinstance(raw.get("stroke"), str) else None,
            )
        return cls(layers)
