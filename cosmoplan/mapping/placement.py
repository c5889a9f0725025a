"""Label placement on a page or screen (plain Python, no Qt): greedy, in priority order, with
collision handling.

Every label asks for a box of a known size near its anchor. Boxes are tried in cartographic
order: around the labelled symbol, touching it; then further out in the same directions, with a
leader line from the symbol to the moved label; a label of an area is centred on it (or on
other points given, such as the top, sides and bottom of a ring). A box is taken only if it
stays inside the frame and overlaps no box placed before it and no symbol: labels never cover a
symbol, their own or another. Labels that find no free box are left out.

Coordinates are in any unit with ``y`` growing either way (pixels, y down, on screen).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 with x0 <= x1, y0 <= y1
Point = tuple[float, float]

#: Between a symbol and a label touching it.
GAP = 2.0
#: Further rings tried around a symbol (each one label height plus a gap further out).
RINGS = 3
#: Directions around a symbol, in order of preference: right, above right, below right, left,
#: above, below, above left, below left (y down: -1 is above).
AROUND: tuple[tuple[int, int], ...] = (
    (1, 0),
    (1, -1),
    (1, 1),
    (-1, 0),
    (0, -1),
    (0, 1),
    (-1, -1),
    (-1, 1),
)
#: Side (units) of the squares of the occupancy grid.
CELL = 48.0
#: A label keeps this far from symbols other than its own when it can.
NEAR = 4.0


@dataclass(frozen=True, slots=True)
class Label:
    """A label asking for a ``width`` x ``height`` box.

    With a ``symbol`` (the box of what it labels: a point symbol, a small area) the label goes
    around it, further out with a leader line if need be; else it is centred on ``anchor``,
    or failing that on one of ``anchors``. Lower ``priority`` goes first. A ``framed`` label
    stays wholly inside the frame; others may be up to half beyond it when no box inside is
    free.
    """

    key: Hashable
    text: str
    width: float
    height: float
    anchor: Point
    priority: int = 0
    symbol: Box | None = None
    anchors: tuple[Point, ...] = ()
    leader: bool = True
    framed: bool = True  # False: may be half beyond the frame if it fits nowhere inside


@dataclass(frozen=True, slots=True)
class Placed:
    """A label that found room: its box and, if it was moved away from its symbol, the leader
    line from the symbol's edge to the box."""

    label: Label
    box: Box
    leader: tuple[Point, Point] | None = None


@dataclass
class Occupancy:
    """Boxes taken on the page, on a grid of :data:`CELL` squares for quick overlap tests."""

    cell: float = CELL
    _cells: dict[tuple[int, int], list[Box]] = field(default_factory=dict)

    def take(self, box: Box) -> None:
        """Mark ``box`` as taken."""
        for key in cells(box, self.cell):
            self._cells.setdefault(key, []).append(box)

    def overlapping(self, box: Box) -> Iterator[Box]:
        """The taken boxes in the squares ``box`` meets (some may not overlap it)."""
        for key in cells(box, self.cell):
            yield from self._cells.get(key, ())

    def free(self, box: Box) -> bool:
        """Whether ``box`` overlaps no taken box (touching is allowed)."""
        taken = self._cells
        return not any(
            overlaps(box, other) for key in cells(box, self.cell) for other in taken.get(key, ())
        )


def cells(box: Box, cell: float = CELL) -> Iterator[tuple[int, int]]:
    """The squares of side ``cell`` that ``box`` meets."""
    for cx in range(math.floor(box[0] / cell), math.floor(box[2] / cell) + 1):
        for cy in range(math.floor(box[1] / cell), math.floor(box[3] / cell) + 1):
            yield cx, cy


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share some area (touching edges do not)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(box: Box, frame: Box) -> bool:
    """Whether ``box`` lies within ``frame``."""
    return box[0] >= frame[0] and box[1] >= frame[1] and box[2] <= frame[2] and box[3] <= frame[3]


def place(labels: Iterable[Label], symbols: Iterable[Box], frame: Box) -> list[Placed]:
    """Place ``labels`` (lowest priority value first, then in the given order) clear of each
    other and of ``symbols`` within ``frame``; those that cannot be placed are left out.

    A label around a symbol first tries only boxes that keep :data:`NEAR` away from every
    other symbol, so that it cannot be read as another's; then any free box."""
    return Placer().place(labels, symbols, frame)


class Placer:
    """:func:`place` that remembers its last run and places again only what a change can
    move. A label's box depends only on the frame and on the boxes taken (symbols, labels
    placed before it) where its candidate boxes lie; so a label as before whose candidates
    meet none of the changed boxes (symbols added or removed, labels gone or moved) keeps
    its box, and only the others are placed again. The result is always :func:`place`'s.
    (A new "as of" date restyles a few pads and moves a few hazard callouts.)"""

    def __init__(self) -> None:
        self._frame: Box | None = None
        self._symbols: set[Box] = set()
        # the last run, by label key: rank, label, box (or None) and the envelope of its tries
        self._order: dict[Hashable, int] = {}
        self._labels: dict[Hashable, Label] = {}
        self._found: dict[Hashable, Placed | None] = {}
        self._reach: dict[Hashable, Box] = {}
        #: How many labels the last run kept from the one before.
        self.kept = 0

    def place(self, labels: Iterable[Label], symbols: Iterable[Box], frame: Box) -> list[Placed]:
        """As :func:`place`."""
        ordered = sorted(labels, key=lambda item: item.priority)
        symbols = list(symbols)
        keys = [label.key for label in ordered]
        unique = len(set(keys)) == len(keys)
        common = [self._order[key] for key in keys if key in self._order]
        usable = unique and frame == self._frame
        usable = usable and all(a < b for a, b in itertools.pairwise(common))
        changed = Occupancy()  # where the boxes taken differ from the last run's
        if usable:
            for box in self._symbols.symmetric_difference(symbols):
                changed.take(_grown(box, NEAR))
            for key in set(self._found) - set(keys):
                if (gone := self._found[key]) is not None:
                    changed.take(gone.box)
        taken, near = Occupancy(), Occupancy()
        for symbol in symbols:
            taken.take(symbol)
            near.take(_grown(symbol, NEAR))
        found_now: list[Placed | None] = []
        reach_now: list[Box] = []
        kept = 0
        for label in ordered:
            same = usable and self._labels.get(label.key) == label
            if same and changed.free(self._reach[label.key]):
                placed, reach = self._found[label.key], self._reach[label.key]
                kept += 1
            else:
                tries = list(candidates(label))
                reach = _envelope([box for box, _ in tries])
                placed = place_one(label, taken, frame, near, tries)
                old = self._found.get(label.key) if usable else None
                if _box(placed) != _box(old):  # the others see its box only
                    for moved in (old, placed):
                        if moved is not None:
                            changed.take(moved.box)
            if placed is not None:
                taken.take(placed.box)
            found_now.append(placed)
            reach_now.append(reach)
        self._frame, self._symbols, self.kept = frame, set(symbols), kept
        remembered = ordered if unique else []
        self._order = {label.key: i for i, label in enumerate(remembered)}
        self._labels = {label.key: label for label in remembered}
        self._found = {label.key: f for label, f in zip(remembered, found_now, strict=False)}
        self._reach = {label.key: r for label, r in zip(remembered, reach_now, strict=False)}
        return [placed for placed in found_now if placed is not None]


def _box(placed: Placed | None) -> Box | None:
    return None if placed is None else placed.box


def _envelope(boxes: Sequence[Box]) -> Box:
    if not boxes:
        return (0.0, 0.0, 0.0, 0.0)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def place_one(
    label: Label,
    taken: Occupancy,
    frame: Box,
    near: Occupancy | None = None,
    tries: list[tuple[Box, tuple[Point, Point] | None]] | None = None,
) -> Placed | None:
    """The first free box for ``label`` (of ``tries``, by default its :func:`candidates`),
    not yet taken: away from the symbols in ``near`` (grown by :data:`NEAR`) but its own if
    it can, wholly in the frame if it can."""
    tries = list(candidates(label)) if tries is None else tries
    own = None if label.symbol is None else _grown(label.symbol, NEAR)

    def clear(box: Box) -> bool:
        return near is None or not any(
            overlaps(box, other) and other != own for other in near.overlapping(box)
        )

    passes = [lambda b: inside(b, frame) and clear(b), lambda b: inside(b, frame)]
    if not label.framed:  # then partly beyond the frame, but at least half shown
        passes.append(lambda b: shown_share(b, frame) >= 0.5)
    for shown in passes:
        for box, leader in tries:
            if shown(box) and taken.free(box):
                return Placed(label, box, leader)
    return None


def shown_share(box: Box, frame: Box) -> float:
    """How much of ``box`` lies in ``frame`` (0 to 1)."""
    width = min(box[2], frame[2]) - max(box[0], frame[0])
    height = min(box[3], frame[3]) - max(box[1], frame[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return max(width, 0.0) * max(height, 0.0) / area if area > 0 else 0.0


def _grown(box: Box, margin: float) -> Box:
    return (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)


def candidates(label: Label) -> Iterator[tuple[Box, tuple[Point, Point] | None]]:
    """Boxes to try for ``label``, best first, each with its leader line (or ``None``)."""
    w, h = label.width, label.height
    if label.symbol is None:
        for point in (label.anchor, *label.anchors):
            yield centred(point, w, h), None
        return
    symbol = label.symbol
    for dx, dy in AROUND:
        yield beside(symbol, w, h, dx, dy, 0.0), None
    if not label.leader:
        return
    for ring in range(1, RINGS + 1):
        further = ring * (h + GAP)
        for dx, dy in AROUND:
            box = beside(symbol, w, h, dx, dy, further)
            yield box, leader_line(symbol, box)


def centred(point: Point, width: float, height: float) -> Box:
    """A ``width`` x ``height`` box centred on ``point``."""
    u, v = point
    return (u - width / 2, v - height / 2, u + width / 2, v + height / 2)


def beside(symbol: Box, width: float, height: float, dx: int, dy: int, further: float) -> Box:
    """A box just outside ``symbol`` in direction (dx, dy), ``further`` beyond the gap."""
    x0, y0, x1, y1 = symbol
    reach = GAP + further
    if dx > 0:
        left = x1 + reach
    elif dx < 0:
        left = x0 - reach - width
    else:
        left = (x0 + x1) / 2 - width / 2
    if dy > 0:
        top = y1 + reach
    elif dy < 0:
        top = y0 - reach - height
    else:
        top = (y0 + y1) / 2 - height / 2
    return (left, top, left + width, top + height)


def leader_line(symbol: Box, box: Box) -> tuple[Point, Point]:
    """A line from the edge of ``symbol`` towards the nearest point of ``box``."""
    cx, cy = (symbol[0] + symbol[2]) / 2, (symbol[1] + symbol[3]) / 2
    end = (min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3]))
    radius = max(symbol[2] - symbol[0], symbol[3] - symbol[1]) / 2
    length = math.hypot(end[0] - cx, end[1] - cy)
    if length <= radius:
        return (end, end)
    start = (cx + (end[0] - cx) * radius / length, cy + (end[1] - cy) * radius / length)
    return (start, end)


def clusters(points: Sequence[Point], radius: float) -> list[list[int]]:
    """Groups of the positions of ``points`` whose symbols (circles of ``radius``) touch or
    overlap, directly or through others; each group in the order of the points, the groups
    in the order of their first point."""
    reach = 2 * radius
    pairs: list[tuple[int, int]] = []
    grid: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(points):
        cx, cy = (math.floor(x / reach), math.floor(y / reach)) if reach > 0 else (0, 0)
        for key in ((cx + a, cy + b) for a in (-1, 0, 1) for b in (-1, 0, 1)):
            for j in grid.get(key, ()):
                if math.hypot(points[j][0] - x, points[j][1] - y) <= reach:
                    pairs.append((j, i))
        grid.setdefault((cx, cy), []).append(i)
    return _joined([[i] for i in range(len(points))], pairs)


def _joined(groups: list[list[int]], pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """``groups`` with those of each pair (positions in ``groups``) joined, transitively;
    each sorted, in the order of their first member."""
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[root(a)] = root(b)
    by_root: dict[int, list[int]] = {}
    for i, group in enumerate(groups):
        by_root.setdefault(root(i), []).extend(group)
    return sorted((sorted(g) for g in by_root.values()), key=lambda g: g[0])


def plate_shape(count: int) -> tuple[int, int]:
    """Columns and rows of a plate of ``count`` symbols: a row of up to three, else a square
    grid as compact as it can be."""
    columns = count if count <= 3 else math.ceil(math.sqrt(count))
    return columns, math.ceil(count / columns)


def plate_offsets(count: int, side: float) -> list[Point]:
    """Where each of ``count`` symbols ``side`` apart sits on its plate, from its centre, row
    by row from the top left."""
    columns, rows = plate_shape(count)
    x0, y0 = -side * (columns - 1) / 2, -side * (rows - 1) / 2
    return [(x0 + (n % columns) * side, y0 + (n // columns) * side) for n in range(count)]


def plate_box(points: Sequence[Point], group: Sequence[int], side: float, margin: float) -> Box:
    """The box of the plate of ``group``: its symbols ``side`` apart (see
    :func:`plate_offsets`), centred on their mean position, with ``margin`` around."""
    u = sum(points[i][0] for i in group) / len(group)
    v = sum(points[i][1] for i in group) / len(group)
    columns, rows = plate_shape(len(group))
    half_w, half_h = side * columns / 2 + margin, side * rows / 2 + margin
    return (u - half_w, v - half_h, u + half_w, v + half_h)


def plates(
    points: Sequence[Point], radius: float, margin: float, rounds: int = 6
) -> list[list[int]]:
    """Groups of ``points`` to draw side by side on plates (symbols of ``radius``, see
    :func:`plate_box`): touching symbols form a group, and groups whose plates would overlap
    are merged, until no two plates overlap (or after ``rounds`` merges)."""
    groups = clusters(points, radius)
    side = 2 * radius + margin
    for _ in range(rounds):
        pairs = _overlapping([plate_box(points, g, side, margin) for g in groups])
        if not pairs:
            break
        groups = _joined(groups, pairs)
    return groups


def _overlapping(boxes: Sequence[Box]) -> list[tuple[int, int]]:
    """Pairs of positions of ``boxes`` that overlap."""
    taken: dict[tuple[int, int], list[int]] = {}
    pairs: set[tuple[int, int]] = set()
    for i, box in enumerate(boxes):
        for key in cells(box):
            for j in taken.get(key, ()):
                if overlaps(box, boxes[j]):
                    pairs.add((j, i))
            taken.setdefault(key, []).append(i)
    return sorted(pairs)
