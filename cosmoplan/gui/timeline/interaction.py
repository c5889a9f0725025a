"""Mouse, wheel and keys on the timeline.

Drag a bar to move it (onto another pad's row too), drag its ends to change its dates: they
snap to days, months or years by the zoom (:mod:`~cosmoplan.services.viewstate.snapping`);
double-click a bar to type its dates. Drag the background to pan, drag the cursor line (or
along the date header) or double-click the date header to move the "as of" date; a single
click never moves it. The wheel scrolls the rows; Ctrl+wheel, or the wheel over the date
header, zooms in time; Shift+wheel pans in time. While a bar is dragged the rules judge the
candidate (without changing the plan); releasing it runs one undoable command; Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from cosmoplan.analysis import CandidateChecker, Finding, Severity
from cosmoplan.domain import Allocation, Kind, Ref
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.gui.timeline.menus import bar_tooltip, pad_tooltip
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import Command, UpdateObject
from cosmoplan.services.viewstate.days import day_at, nearest_day
from cosmoplan.services.viewstate.snapping import moved, moved_end, moved_start, snap_unit
from cosmoplan.services.viewstate.timeline import LANE_PX, ROW_PAD_PX, Bar, Outage

if TYPE_CHECKING:
    from cosmoplan.gui.timeline.view import TimelineView

#: Pixels the mouse moves before a press becomes a drag.
DRAG_PX = 3
#: Pixels from a bar's end within which the end is grabbed.
EDGE_PX = 5
#: Pixels from the cursor line within which it is grabbed.
CURSOR_PX = 4
WHEEL_ZOOM = 1.25


@dataclass
class Hit:
    """What is under a viewport point."""

    area: str  # "plot", "header", "pads" or ""
    x: float = 0.0
    row: int | None = None
    bar: Bar | None = None
    edge: str = ""  # "start", "end" or "" (the middle of the bar)
    cursor: bool = False
    outage: Outage | None = None


@dataclass
class Drag:
    """A press that may become a drag: of a bar (``move``, ``start``, ``end``), of the view
    (``pan``) or of the "as of" date (``cursor``)."""

    mode: str
    press: QPointF
    x: float
    original: Allocation | None = None
    checker: CandidateChecker | None = None
    started: bool = False
    candidate: Allocation | None = None
    findings: list[Finding] = field(default_factory=list)
    view_x: tuple[float, float] = (0.0, 0.0)
    top: float = 0.0

    @property
    def errors(self) -> list[Finding]:
        """The error findings of the candidate."""
        return [f for f in self.findings if f.severity is Severity.ERROR]


_BUTTON_EVENTS = {
    QEvent.Type.MouseButtonPress: "press",
    QEvent.Type.MouseMove: "move",
    QEvent.Type.MouseButtonRelease: "release",
    QEvent.Type.MouseButtonDblClick: "double_click",
}


class TimelineInput(QObject):
    """Event filter on the timeline's graphics view and its viewport."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.drag: Drag | None = None
        self._viewport: QWidget = view.graphics.viewport()
        self._viewport.setMouseTracking(True)
        self._viewport.installEventFilter(self)
        view.graphics.installEventFilter(self)

    # -- what is where ---------------------------------------------------------------------
    def hit(self, pos: QPointF) -> Hit:
        """The area, row, bar (and which part of it) under viewport point ``pos``."""
        view = self.view
        if view.header_rect().contains(pos):
            return Hit("header", view.px_to_x(pos.x()))
        if view.row_header_rect().contains(pos):
            return Hit("pads", row=view.model.row_at(view.px_to_y(pos.y())))
        if not view.plot_rect().contains(pos):
            return Hit("")
        x, y = view.px_to_x(pos.x()), view.px_to_y(pos.y())
        near_cursor = abs(pos.x() - view.day_px(view.day)) <= CURSOR_PX
        found = Hit("plot", x, view.model.row_at(y), cursor=near_cursor)
        if found.row is None:
            return found
        row = view.model.rows[found.row]
        inside = y - view.model.offsets[found.row] - ROW_PAD_PX
        lane = int(inside // LANE_PX) if inside >= 0 else -1
        slack = EDGE_PX / max(view.pixels_per_day, 1e-9)
        for bar in row.bars:
            if bar.lane == lane and bar.x0 - slack <= x <= bar.x1 + slack:
                found.bar = bar
                width = (bar.x1 - bar.x0) * view.pixels_per_day
                if width >= 3 * EDGE_PX:
                    if abs(x - bar.x0) <= slack:
                        found.edge = "start"
                    elif abs(x - bar.x1) <= slack:
                        found.edge = "end"
                return found
        found.outage = next((o for o in row.outages if o.x0 <= x < o.x1), None)
        return found

    # -- events ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind in _BUTTON_EVENTS:
                assert isinstance(event, QMouseEvent)
                return getattr(self, _BUTTON_EVENTS[kind])(event)
            if kind == QEvent.Type.Wheel:
                assert isinstance(event, QWheelEvent)
                return self.wheel(event)
            if kind == QEvent.Type.ToolTip:
                assert isinstance(event, QHelpEvent)
                QToolTip.showText(
                    event.globalPos(), self.tooltip(QPointF(event.pos())), self._viewport
                )
                return True
        elif kind == QEvent.Type.KeyPress and watched is self.view.graphics:
            assert isinstance(event, QKeyEvent)
            return self.key(event)
        return False

    def press(self, event: QMouseEvent) -> bool:
        view = self.view
        pos = event.position()
        hit = self.hit(pos)
        view.graphics.setFocus()
        if event.button() == Qt.MouseButton.RightButton:
            if hit.bar is not None:
                self._select(hit.bar.id, toggle=False, keep=True)
                view.bar_menu(hit.bar.id).exec(event.globalPosition().toPoint())
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        if hit.area == "header":
            self.drag = Drag("cursor", pos, hit.x)  # a drag along the header moves the date
        elif hit.area == "pads":
            if hit.row is not None:
                ref = Ref(Kind.PAD, view.model.rows[hit.row].pad_id)
                self._apply_selection(ref, event.modifiers())
        elif hit.area == "plot":
            if hit.cursor and not hit.edge:
                self.drag = Drag("cursor", pos, hit.x)
            elif hit.bar is not None:
                toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self._select(hit.bar.id, toggle)
                self.drag = Drag(hit.edge or "move", pos, hit.x, hit.bar.allocation)
            else:
                self.drag = Drag("pan", pos, hit.x, view_x=view.x_range, top=view.top)
        return True

    def move(self, event: QMouseEvent) -> bool:
        pos = event.position()
        drag = self.drag
        if drag is None:
            self._hover(pos)
            return True
        if not drag.started:
            if (pos - drag.press).manhattanLength() < DRAG_PX:
                return True
            drag.started = True
            if drag.original is not None:
                self._begin_bar_drag(drag)
        view = self.view
        if drag.mode == "pan":
            days = (pos.x() - drag.press.x()) / max(view.pixels_per_day, 1e-9)
            view.set_x_range(drag.view_x[0] - days, drag.view_x[1] - days)
            view.scroll_to(drag.top - (pos.y() - drag.press.y()))
        elif drag.mode == "cursor":
            view.move_cursor(nearest_day(view.px_to_x(pos.x())))
        elif drag.original is not None:
            self._drag_bar(drag, pos)
        return True

    def release(self, event: QMouseEvent) -> bool:
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return True
        if drag.mode == "pan" and not drag.started:
            self.view.selection.clear()
        elif drag.original is not None and drag.started:
            self._end_bar_drag()
            if drag.candidate is not None and drag.candidate != drag.original:
                self.run(UpdateObject(drag.candidate))
        self._hover(event.position())
        return True

    def double_click(self, event: QMouseEvent) -> bool:
        self.cancel()
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        hit = self.hit(event.position())
        if hit.area == "header":
            self.view.move_cursor(nearest_day(hit.x))
        elif hit.bar is not None:
            self.view.type_dates(hit.bar.id)
        elif hit.area == "plot" and hit.row is not None:
            pad_id = self.view.model.rows[hit.row].pad_id
            self.view.allocate_requested.emit(pad_id, day_at(hit.x))
        return True

    def wheel(self, event: QWheelEvent) -> bool:
        view = self.view
        pos = event.position()
        steps = event.angleDelta().y() / 120
        sideways = event.angleDelta().x() / 120
        modifiers = event.modifiers()
        over_header = view.header_rect().contains(pos)
        if modifiers & Qt.KeyboardModifier.ControlModifier or over_header:
            if steps:
                view.zoom_by(WHEEL_ZOOM**steps, pos.x())
        elif modifiers & Qt.KeyboardModifier.ShiftModifier or sideways:
            shift = steps or sideways
            view.pan_by_days(-shift * 60 / max(view.pixels_per_day, 1e-9))
        elif steps:
            view.scroll_to(view.top - steps * 3 * (LANE_PX + 2 * ROW_PAD_PX))
        return True

    def key(self, event: QKeyEvent) -> bool:
        """Esc cancels a drag (else clears the selection); arrows, +/-, Home navigate."""
        view = self.view
        key = Qt.Key(event.key())
        page = max(view.box.height() - 28, 28)
        actions = {
            Qt.Key.Key_Left: lambda: view.pan_by_days(-80 / view.pixels_per_day),
            Qt.Key.Key_Right: lambda: view.pan_by_days(80 / view.pixels_per_day),
            Qt.Key.Key_Up: lambda: view.scroll_to(view.top - 28),
            Qt.Key.Key_Down: lambda: view.scroll_to(view.top + 28),
            Qt.Key.Key_PageUp: lambda: view.scroll_to(view.top - page),
            Qt.Key.Key_PageDown: lambda: view.scroll_to(view.top + page),
            Qt.Key.Key_Plus: lambda: view.zoom_by(2.0),
            Qt.Key.Key_Equal: lambda: view.zoom_by(2.0),
            Qt.Key.Key_Minus: lambda: view.zoom_by(0.5),
            Qt.Key.Key_Home: view.zoom_to_all,
        }
        if key == Qt.Key.Key_Escape:
            if self.drag is not None:
                self.cancel()
            else:
                view.selection.clear()
            return True
        if key in actions:
            actions[key]()
            return True
        return False

    # -- dragging bars ---------------------------------------------------------------------
    def _begin_bar_drag(self, drag: Drag) -> None:
        assert drag.original is not None
        at = getattr(self.view.findings, "at", None)
        drag.checker = CandidateChecker(self.view.document.plan, at)
        self.view.marks.dragged = drag.original.id

    def _drag_bar(self, drag: Drag, pos: QPointF) -> None:
        view = self.view
        original = drag.original
        assert original is not None and drag.checker is not None
        days = round(view.px_to_x(pos.x()) - drag.x)
        unit = snap_unit(view.pixels_per_day)
        start, end, pad_id = original.start, original.end, original.pad_id
        if drag.mode == "move":
            start, end = moved(start, end, days, unit)
            row = view.model.row_at(view.px_to_y(pos.y()))
            if row is not None:
                pad_id = view.model.rows[row].pad_id
        elif drag.mode == "start":
            start = moved_start(start, end, days, unit)
        else:
            end = moved_end(start, end, days, unit)
        candidate = replace(original, start=start, end=end, pad_id=pad_id)
        if candidate != drag.candidate:
            drag.candidate = candidate
            drag.findings = drag.checker.check(candidate)
            view.ghost.update()

    def _end_bar_drag(self) -> None:
        self.view.marks.dragged = None
        self.view.ghost.update()
        self.view.bars.update()

    def cancel(self) -> None:
        """Drop the drag under way (nothing changes)."""
        drag, self.drag = self.drag, None
        if drag is not None and drag.original is not None:
            self._end_bar_drag()

    def forget(self, changes: Changes) -> None:
        """Cancel a drag whose allocation a command changed or removed."""
        original = self.drag.original if self.drag is not None else None
        if original is not None and Ref(Kind.ALLOCATION, original.id) in changes.touched:
            self.cancel()

    # -- helpers -----------------------------------------------------------------------------
    def run(self, command: Command) -> None:
        """Run a command through the document; a refused one is shown to the user."""
        try:
            self.view.document.execute(command)
        except CosmoplanError as error:
            show_error(self.view, error)

    def _select(self, allocation_id: int, toggle: bool, keep: bool = False) -> None:
        ref = Ref(Kind.ALLOCATION, allocation_id)
        selection = self.view.selection
        if toggle:
            selection.toggle(ref)
        elif not (keep and ref in selection.refs):
            selection.set({ref})

    def _apply_selection(self, ref: Ref, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.view.selection.toggle(ref)
        else:
            self.view.selection.set({ref})

    def _hover(self, pos: QPointF) -> None:
        hit = self.hit(pos)
        shape = Qt.CursorShape.ArrowCursor
        if hit.area == "header":
            shape = Qt.CursorShape.PointingHandCursor
        elif hit.edge:
            shape = Qt.CursorShape.SizeHorCursor
        elif hit.cursor:
            shape = Qt.CursorShape.SplitHCursor
        elif hit.bar is not None:
            shape = Qt.CursorShape.OpenHandCursor
        if self._viewport.cursor().shape() != shape:
            self._viewport.setCursor(shape)

    def tooltip(self, pos: QPointF) -> str:
        """What the tooltip at ``pos`` says: the bar's allocation and its findings, or the
        pad's outage."""
        hit = self.hit(pos)
        view = self.view
        if hit.bar is not None:
            return bar_tooltip(view, hit.bar)
        if hit.area == "pads" and hit.row is not None:
            return pad_tooltip(view, view.model.rows[hit.row].pad_id)
        if hit.outage is not None and hit.row is not None:
            row = view.model.rows[hit.row]
            return tr("Pad {code}: {status}").format(code=row.code, status=label(hit.outage.status))
        return ""
