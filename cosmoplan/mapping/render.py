"""Draw a plan's map to a PNG, SVG or PDF file, headless (``cosmoplan render``)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Drawing, Group

from cosmoplan.domain import Plan
from cosmoplan.files import atomic_file, require_replaceable
from cosmoplan.mapping.raster import rasterise
from cosmoplan.mapping.scene import Extent, Scene, build_scene
from cosmoplan.mapping.vector import drawing_for_scene
from cosmoplan.messages import ValidationError, register

MSG_UNKNOWN_FORMAT = register(
    "mapping.render.unknown_format",
    "Cannot draw a map as {suffix!r}: the file name must end in .png, .svg or .pdf.",
)
MSG_BAD_SIZE = register(
    "mapping.render.bad_size",
    "The map size must be two whole numbers of pixels from {low} to {high} (got {size}).",
)
MSG_TOO_LARGE = register(
    "mapping.render.too_large",
    "A {width} x {height} map has too many pixels; the most is {limit} million.",
)
MSG_WRITE_FAILED = register("mapping.render.write_failed", "Cannot write the map {path}: {reason}")

MIN_SIDE, MAX_SIDE = 64, 10_000
MAX_MEGAPIXELS = 50
#: Above this many pixels PNGs are drawn without supersampling (memory).
SUPERSAMPLE_LIMIT = 16_000_000
#: Pixels per point at 800 px on the short side; larger images scale the whole map up.
REFERENCE_SIDE = 800.0


def render_map(
    plan: Plan,
    out: str | Path,
    at: date | None = None,
    size: tuple[int, int] = (1600, 1200),
    extent: Extent | None = None,
) -> Path:
    """Draw the map of ``plan`` on ``at`` (default today) to ``out`` (.png, .svg or .pdf).

    ``size`` is in pixels (for PDF, the page is the same map in points at the drawing scale).
    The file is written whole or not at all. Raises CosmoplanError for a bad suffix, size or
    extent, or when the file cannot be written.
    """
    path = Path(out)
    encode = _ENCODERS.get(path.suffix.lower())
    if encode is None:
        raise ValidationError(MSG_UNKNOWN_FORMAT, field="out", suffix=path.suffix or path.name)
    width, height = validate_size(size)
    kind = path.suffix.lower().lstrip(".").upper()
    require_replaceable(path, kind)  # before drawing, which takes a while
    scene = build_scene(plan, at or date.today(), extent)
    with atomic_file(path, MSG_WRITE_FAILED, kind) as handle:
        handle.write(encode(scene, width, height))
    return path


def validate_size(size: Sequence[object]) -> tuple[int, int]:
    """``size`` as (width, height) whole pixels within limits; ValidationError otherwise."""
    values = tuple(size)
    if len(values) != 2 or not all(
        isinstance(v, int) and not isinstance(v, bool) and MIN_SIDE <= v <= MAX_SIDE for v in values
    ):
        raise ValidationError(
            MSG_BAD_SIZE,
            field="size",
            low=MIN_SIDE,
            high=MAX_SIDE,
            size=" x ".join(map(str, values)),
        )
    width, height = int(values[0]), int(values[1])  # type: ignore[call-overload]
    if width * height > MAX_MEGAPIXELS * 1_000_000:
        raise ValidationError(
            MSG_TOO_LARGE, field="size", width=width, height=height, limit=MAX_MEGAPIXELS
        )
    return width, height


def display_scale(width: int, height: int) -> float:
    """Pixels per point: the map is laid out in points, then scaled to the pixel size."""
    return max(1.0, min(width, height) / REFERENCE_SIDE)


def page_size(width: int, height: int) -> tuple[float, float]:
    """The drawing size (points) of a ``width`` x ``height`` pixel map."""
    scale = display_scale(width, height)
    return width / scale, height / scale


def scene_drawing(scene: Scene, width: int, height: int) -> Drawing:
    """The full map drawing (legend, grid, furniture) for a pixel size, in points."""
    return drawing_for_scene(scene, *page_size(width, height), legend=True, graticule=True)


def _png(scene: Scene, width: int, height: int) -> bytes:
    supersample = 2 if width * height <= SUPERSAMPLE_LIMIT else 1
    image = rasterise(scene_drawing(scene, width, height), width, height, supersample)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _svg(scene: Scene, width: int, height: int) -> bytes:
    drawing = scene_drawing(scene, width, height)
    scale = display_scale(width, height)
    outer = Drawing(width, height)
    outer.add(Group(*drawing.contents, transform=(scale, 0, 0, scale, 0, 0)))
    return str(renderSVG.drawToString(outer)).encode("utf-8")


def _pdf(scene: Scene, width: int, height: int) -> bytes:
    return bytes(renderPDF.drawToString(scene_drawing(scene, width, height)))


_ENCODERS: dict[str, Callable[[Scene, int, int], bytes]] = {
    ".png": _png,
    ".svg": _svg,
    ".pdf": _pdf,
}
