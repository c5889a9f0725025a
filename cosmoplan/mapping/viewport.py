"""How model metres map onto a frame on the page (points, y up), keeping the aspect ratio."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from cosmoplan.mapping.scene import Extent

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Viewport:
    """Fits a model ``extent`` into the page ``frame`` (x0, y0, x1, y1; y up), centred.

    The scale is uniform, so the visible model area may be wider or taller than ``extent``.
    """

    extent: Extent
    frame: Box

    @property
    def scale(self) -> float:
        """Page units per metre."""
        min_x, min_y, max_x, max_y = self.extent
        x0, y0, x1, y1 = self.frame
        return min((x1 - x0) / (max_x - min_x), (y1 - y0) / (max_y - min_y))

    @property
    def visible(self) -> Extent:
        """The model box the frame shows."""
        min_x, min_y, max_x, max_y = self.extent
        x0, y0, x1, y1 = self.frame
        cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
        half_w, half_h = (x1 - x0) / 2 / self.scale, (y1 - y0) / 2 / self.scale
        return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A model point on the page."""
        vx0, vy0, _, _ = self.visible
        s = self.scale
        return (self.frame[0] + (x - vx0) * s, self.frame[1] + (y - vy0) * s)

    def to_page_array(self, coords: NDArray[np.float64]) -> NDArray[np.float64]:
        """Model coordinates (n x 2) on the page (n x 2)."""
        vx0, vy0, _, _ = self.visible
        origin = np.array([self.frame[0] - vx0 * self.scale, self.frame[1] - vy0 * self.scale])
        return np.asarray(coords, dtype=float)[:, :2] * self.scale + origin

    def to_model(self, u: float, v: float) -> tuple[float, float]:
        """A page point in model metres."""
        vx0, vy0, _, _ = self.visible
        s = self.scale
        return (vx0 + (u - self.frame[0]) / s, vy0 + (v - self.frame[1]) / s)
