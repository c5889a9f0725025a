"""The map page's insets: where pads crowd on the site map, a page of small framed maps at a
larger scale shows them apart (:mod:`cosmoplan.mapping.insets`), each outlined and lettered on
the site map. A pad is labelled once: in its inset, not on the site map.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass, replace

import shapely
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.platypus import Flowable, KeepInFrame, Paragraph
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Kind, Ref, natural_key
from cosmoplan.mapping.fonts import embedded_drawing
from cosmoplan.mapping.insets import find_insets
from cosmoplan.mapping.labels import LabelLayout
from cosmoplan.mapping.scene import Scene, SceneFeature
from cosmoplan.mapping.shapes import color, text
from cosmoplan.mapping.vector import Mark, drawing_for_scene, map_labels, map_layout
from cosmoplan.mapping.viewport import Box
from cosmoplan.messages import register
from cosmoplan.reports.model import Report
from cosmoplan.reports.styles import escape, styles

GAP = 10.0  # between insets
#: Room kept above the site map for its heading and caption (three lines).
MAP_HEADING_ROOM = 70.0
#: Room kept on the insets page for its heading, and for its caption (a few lines naming each
#: inset's sites; a longer caption shrinks the page's content to fit).
INSETS_HEADING_ROOM = 36.0
INSET_CAPTION_ROOM = 40.0
LETTER_BOX = 16.0  # the white square of an inset's letter

MSG_HEADING = register("report.map.insets_heading", "Site map: insets")
MSG_CAPTION = register(
    "report.map.insets_caption",
    "Where pads crowd on the site map, these insets show them at a larger scale; each is "
    "outlined and lettered on the site map, and its pads are named here. Colours and symbols "
    "as in the legend of the site map.",
)
MSG_INSET = register("report.map.inset", "Inset {letter}: {names}.")
MSG_SEE_INSETS = register(
    "report.map.see_insets", "Crowded pads are named in the insets on the next page."
)


@dataclass(frozen=True, slots=True)
class MapInset:
    """One inset: its letter, the scene it draws (its extent is what it shows), its frame on
    the insets page, the pads it shows and every object wholly inside it (named here, not on
    the site map)."""

    letter: str
    scene: Scene
    frame: Box
    pads: tuple[Ref, ...]
    inside: frozenset[Ref]

    @property
    def mark(self) -> Mark:
        """Its outline on the site map."""
        return Mark(self.letter, self.letter, self.scene.extent)


@dataclass(frozen=True, slots=True)
class SiteMap:
    """The site map's page and its insets page: sizes (points), the insets, and what the site
    map outlines and leaves to them."""

    scene: Scene
    width: float
    height: float
    insets: tuple[MapInset, ...]
    insets_height: float

    @property
    def marks(self) -> list[Mark]:
        """The insets' outlines on the site map."""
        return [inset.mark for inset in self.insets]

    @property
    def unlabelled(self) -> set[Ref]:
        """What the site map leaves to be named in an inset."""
        return {ref for inset in self.insets for ref in inset.inside}

    def labels(self) -> LabelLayout:
        """The site map's labels and plates, as drawn."""
        layout = map_layout(self.scene, self.width, self.height)
        return map_labels(self.scene, layout, self.marks, self.unlabelled)

    def drawing(self) -> Drawing:
        """The site map with its legend, the insets outlined and lettered."""
        return drawing_for_scene(
            self.scene, self.width, self.height, marks=self.marks, unlabelled=self.unlabelled
        )


def site_map(scene: Scene, width: float, height: float) -> SiteMap:
    """The site map of ``scene`` on a landscape frame ``width`` x ``height`` points (room kept
    for the heading and caption), and its insets."""
    map_height = height - MAP_HEADING_ROOM
    insets_height = height - INSETS_HEADING_ROOM - INSET_CAPTION_ROOM
    insets = map_insets(scene, width, map_height, (width, insets_height))
    return SiteMap(scene, width, map_height, tuple(insets), insets_height)


def map_insets(
    scene: Scene, width: float, height: float, page: tuple[float, float]
) -> list[MapInset]:
    """The insets the site map of ``scene`` drawn ``width`` x ``height`` points needs, laid out
    on an insets drawing of ``page`` (width, height)."""
    viewport = map_layout(scene, width, height).viewport
    found = find_insets(scene, viewport)
    frames = inset_frames(len(found), *page)
    insets = []
    for letter, inset, frame in zip(string.ascii_uppercase, found, frames, strict=False):
        fw, fh = frame[2] - frame[0], frame[3] - frame[1]
        shown = map_layout(replace(scene, extent=inset.extent), fw, fh, legend=False,
                           graticule=False).viewport.visible  # fmt: skip
        box = shapely.box(*shown)
        pads = tuple(
            f.ref
            for _, f in scene.features()
            if f.ref.kind is Kind.PAD and f.geometry is not None and box.intersects(f.geometry)
        )
        inside = frozenset(f.ref for _, f in scene.features() if box.contains(_where(f) or Point()))
        insets.append(
            MapInset(letter, replace(scene, extent=shown), frame, pads, inside | set(pads))
        )
    return insets


def inset_frames(count: int, width: float, height: float) -> list[Box]:
    """Frames of ``count`` insets on a ``width`` x ``height`` drawing: side by side up to
    three, else two rows."""
    if count == 0:
        return []
    rows = 1 if count <= 3 else 2
    columns = -(-count // rows)
    w = (width - GAP * (columns - 1)) / columns
    h = (height - GAP * (rows - 1)) / rows
    frames = []
    for n in range(count):
        row, column = divmod(n, columns)
        x0, y1 = column * (w + GAP), height - row * (h + GAP)
        frames.append((x0, y1 - h, x0 + w, y1))
    return frames


def insets_drawing(insets: Sequence[MapInset], width: float, height: float) -> Drawing:
    """The insets side by side, each lettered in its top left corner."""
    drawing = embedded_drawing(width, height)
    for inset in insets:
        x0, y0, x1, y1 = inset.frame
        inner = drawing_for_scene(inset.scene, x1 - x0, y1 - y0, legend=False, graticule=False)
        drawing.add(Group(*inner.contents, transform=(1, 0, 0, 1, x0, y0)))
        corner = (x0 + 6.0, y1 - 6.0 - LETTER_BOX)
        drawing.add(Rect(*corner, LETTER_BOX, LETTER_BOX, fillColor=color("#ffffff"),
                         strokeColor=color("#1b1f24"), strokeWidth=0.8))  # fmt: skip
        drawing.add(
            text(
                corner[0] + LETTER_BOX / 2,
                corner[1] + 4.0,
                inset.letter,
                10.0,
                True,
                anchor="middle",
            )
        )
    return drawing


def inset_pages(report: Report, site: SiteMap) -> list[Flowable]:
    """The insets page: heading, a caption naming each inset's sites, the drawing."""
    s = styles()
    lang = report.language
    names = [lang.t(MSG_INSET, letter=i.letter, names=_sites(i)) for i in site.insets]
    caption = " ".join([lang.t(MSG_CAPTION), *names])
    return [
        Paragraph(escape(lang.t(MSG_HEADING)), s.h2),
        KeepInFrame(
            site.width,
            site.insets_height + INSET_CAPTION_ROOM,
            [
                Paragraph(escape(caption), s.caption),
                insets_drawing(site.insets, site.width, site.insets_height),
            ],
            mode="shrink",
        ),
    ]


def _sites(inset: MapInset) -> str:
    """The launch complexes an inset shows (their names), else its pads' codes."""
    box = shapely.box(*inset.scene.extent)
    names = []
    for _, feature in inset.scene.features():
        if feature.ref.kind is not Kind.COMPLEX or not feature.label:
            continue
        where = _where(feature)
        if where is not None and shapely.intersects(where, box):
            names.append(feature.label)
    if not names:
        texts = {f.ref: f.label for _, f in inset.scene.features() if f.ref in inset.pads}
        names = [str(texts[ref]) for ref in inset.pads if texts.get(ref)]
    return ", ".join(sorted(names, key=natural_key))


def _where(feature: SceneFeature) -> BaseGeometry | None:
    """A feature's geometry, or the point of its label if it has none."""
    if feature.geometry is not None:
        return feature.geometry
    return None if feature.label_at is None else Point(feature.label_at)
