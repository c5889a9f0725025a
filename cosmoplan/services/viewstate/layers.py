"""The map's layers as the planner arranges them: which there are, in what order, shown or
not, how opaque, in what colours; and that state as a small typed, versioned value the
window stores (as JSON in its settings) and gives back."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from cosmoplan.services.viewstate.observable import Observable

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


@dataclass(frozen=True, slots=True)
class LayerInfo:
    """What a layer is: its id, title, layers-panel group and height (``z``) on the map."""

    id: str
    title: str
    group: str
    z: int


class LayerModel(Observable[str]):
    """The map's layers as the planner arranged them: which there are, bottom to top, and how
    each is shown (:class:`LayerSettings`). Settings of a layer that is not there keep for
    when it comes (an imported layer after a restart). Subscribers get the id of the layer
    whose settings changed, or ``""`` when layers came or went or all may have changed."""

    def __init__(self) -> None:
        super().__init__()
        self._layers: dict[str, LayerInfo] = {}
        self._settings: dict[str, LayerSettings] = {}

    # -- layers -------------------------------------------------------------------------
    def add(self, info: LayerInfo, fill: str | None = None, stroke: str | None = None) -> None:
        """A layer came (``fill`` and ``stroke``: its colours unless some were kept)."""
        settings = self._settings.setdefault(info.id, LayerSettings())
        settings.fill = fill if settings.fill is None else settings.fill
        settings.stroke = stroke if settings.stroke is None else settings.stroke
        self._layers[info.id] = info
        self._notify("")

    def remove(self, layer_id: str) -> None:
        """A layer went (its settings are kept, as for a layer not there yet)."""
        del self._layers[layer_id]
        self._notify("")

    def ordered(self) -> list[LayerInfo]:
        """Every layer, bottom to top."""
        return sorted(self._layers.values(), key=lambda info: info.z)

    def __contains__(self, layer_id: object) -> bool:
        return layer_id in self._layers

    def settings(self, layer_id: str) -> LayerSettings:
        """How a layer is shown (change it only through the setters below)."""
        return self._settings.setdefault(layer_id, LayerSettings())

    # -- settings -----------------------------------------------------------------------
    def set_visible(self, layer_id: str, visible: bool) -> None:
        """Show or hide a layer."""
        self._set(layer_id, visible=visible)

    def set_opacity(self, layer_id: str, opacity: float) -> None:
        """Set a layer's opacity (kept between 0 and 1)."""
        self._set(layer_id, opacity=min(max(opacity, 0.0), 1.0))

    def set_colours(self, layer_id: str, fill: str | None, stroke: str | None) -> None:
        """Recolour an imported layer."""
        self._set(layer_id, fill=fill, stroke=stroke)

    def _set(self, layer_id: str, **values: Any) -> None:
        settings = self.settings(layer_id)
        if any(getattr(settings, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(settings, name, value)
            self._notify(layer_id)

    # -- keeping ------------------------------------------------------------------------
    def state(self) -> MapLayerState:
        """Every layer's settings (those not there too), to store."""
        return MapLayerState({k: replace(v) for k, v in self._settings.items()})

    def restore(self, data: dict[str, Any] | None) -> None:
        """Apply stored settings (:meth:`MapLayerState.to_dict`); layers it does not name
        keep theirs, and an unreadable one changes nothing."""
        for layer_id, stored in MapLayerState.from_dict(data).layers.items():
            settings = self.settings(layer_id)
            for name, value in asdict(stored).items():
                setattr(settings, name, value)
        self._notify("")
