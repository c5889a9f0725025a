"""Editing on the map and in editors: every change becomes a command on the undo stack.

New objects are drawn with a canvas tool, then described in their property editor; OK adds
them. Double-click (or Edit) opens the editor of an existing object; geometry edits on the map
update it; Delete removes the selection, confirming what else would go with it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from cosmoplan.domain import Entity, Kind, Plan, Ref, kind_of
from cosmoplan.gui.document import Document
from cosmoplan.gui.editor_registry import EDITORS, editor_for
from cosmoplan.gui.editors import EntityEditor
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import one
from cosmoplan.gui.names import ref_name
from cosmoplan.gui.tenancy.deletion import confirm_tenant_removal
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.commands import (
    AddObjects,
    RemoveObjects,
    UpdateObject,
    detached_by,
    removal_closure,
)
from cosmoplan.services.viewstate import Selection

#: What each drawing tool can create, in the order offered.
CREATABLE: dict[str, tuple[Kind, ...]] = {
    "draw-point": (Kind.PAD, Kind.FACILITY),
    "draw-line": (Kind.FACILITY,),
    "draw-polygon": (Kind.ZONE, Kind.FACILITY, Kind.COMPLEX),
}

#: The field holding the geometry the map edits, by kind and geometry type.
GEOMETRY_FIELD = {
    Kind.PAD: "location",
    Kind.FACILITY: "geometry",
    Kind.ZONE: "geometry",
    Kind.COMPLEX: "footprint",
}


class Editing(QObject):
    """The editing workflow of one window."""

    tool_requested = Signal(str)  # the canvas should switch to this tool
    message = Signal(str)  # a hint for the status bar
    editor_opened = Signal(object)  # EntityEditor

    def __init__(self, document: Document, selection: Selection, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.parent_widget = parent
        self.pending_kind: Kind | None = None
        self.editors: list[EntityEditor] = []

    @property
    def plan(self) -> Plan:
        """The plan being edited."""
        return self.document.plan

    # -- commands ------------------------------------------------------------------------
    def commit(self, original: Entity | None, edited: Entity) -> Entity:
        """Run the command that turns ``original`` into ``edited`` (add it if new)."""
        if original is None:
            # the id is taken now: another editor may have added an object since this opened
            edited = replace(edited, id=self.plan.next_id(kind_of(edited)))
            self.document.execute(AddObjects([edited]))
            self.selection.set([Ref(kind_of(edited), edited.id)])
        elif edited != original:
            self.document.execute(UpdateObject(edited))
        return edited

    # -- new objects ---------------------------------------------------------------------
    def start_new(self, kind: Kind, tool: str) -> None:
        """Plan > New …: draw with ``tool``, then describe the object of ``kind``."""
        self.pending_kind = kind
        self.tool_requested.emit(tool)
        hints = {
            "draw-point": tr("Click on the map where the new {what} is."),
            "draw-line": tr("Click the points of the new {what}; double-click the last one."),
            "draw-polygon": tr("Click the corners of the new {what}; double-click the last one."),
        }
        self.message.emit(hints[tool].format(what=one(kind)))

    def geometry_drawn(self, tool: str, geometry: BaseGeometry) -> EntityEditor | None:
        """A drawing is finished: open the editor of the object it starts."""
        kinds = CREATABLE.get(tool, ())
        kind = self.pending_kind if self.pending_kind in kinds else self._ask_kind(kinds)
        self.pending_kind = None
        self.tool_requested.emit("select")
        if kind is None:
            return None
        return self.open_new(kind, geometry)

    def _ask_kind(self, kinds: tuple[Kind, ...]) -> Kind | None:
        if len(kinds) <= 1:
            return kinds[0] if kinds else None
        names = [one(kind).capitalize() for kind in kinds]
        chosen, ok = QInputDialog.getItem(
            self.parent_widget, tr("New object"), tr("What did you draw?"), names, 0, False
        )
        return kinds[names.index(chosen)] if ok and chosen in names else None

    def open_new(self, kind: Kind, geometry: BaseGeometry) -> EntityEditor:
        """Open the editor of a new object of ``kind`` at ``geometry``."""
        return self._show(
            editor_for(kind, self.plan, self.commit, self.parent_widget, None, geometry)
        )

    # -- existing objects ----------------------------------------------------------------
    def edit(self, ref: Ref) -> EntityEditor | None:
        """Open the editor of ``ref`` (nothing for kinds without an editor)."""
        entity = self.plan.find(ref.kind, ref.id)
        if entity is None or ref.kind not in EDITORS:
            return None
        for editor in self.editors:
            if (
                editor.original is not None
                and editor.original.id == ref.id
                and editor.kind is ref.kind
            ):
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._show(editor_for(ref.kind, self.plan, self.commit, self.parent_widget, entity))

    def edit_selected(self) -> EntityEditor | None:
        """Edit the one selected object."""
        if len(self.selection.refs) != 1:
            return None
        return self.edit(next(iter(self.selection.refs)))

    def _show(self, editor: EntityEditor) -> EntityEditor:
        self.editors.append(editor)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        editor.open()
        self.editor_opened.emit(editor)
        return editor

    def _forget(self, editor: EntityEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def geometry_edited(self, ref: Ref, geometry: BaseGeometry) -> bool:
        """The map moved or reshaped ``ref``: update it (refused with a message if invalid)."""
        entity = self.plan.find(ref.kind, ref.id)
        if entity is None or ref.kind not in GEOMETRY_FIELD:
            return False
        field = GEOMETRY_FIELD[ref.kind]
        if ref.kind is Kind.PAD and not isinstance(geometry, Point):
            field = "footprint"
        try:
            edited = replace(entity, **{field: geometry})
            self.document.execute(UpdateObject(edited))
        except CosmoplanError as error:
            show_error(self.parent_widget, error, tr("Edit geometry"))
            return False
        return True

    # -- deleting ------------------------------------------------------------------------
    def delete_selected(self) -> bool:
        """Remove the selection; confirm first if other objects would go with it (tenants: a
        list of their vehicles and allocations)."""
        refs = {r for r in self.selection.refs if self.plan.find(r.kind, r.id) is not None}
        if not refs:
            return False
        closure = removal_closure(self.plan, refs)
        extra = closure - refs
        unlinked = {Ref(kind_of(e), e.id) for e in detached_by(self.plan, closure)}
        if all(ref.kind is Kind.TENANT for ref in refs):
            if extra and not confirm_tenant_removal(self.plan, refs, self.parent_widget):
                return False
        elif (extra or unlinked) and not self._confirm_cascade(refs, extra, unlinked):
            return False
        try:
            self.document.execute(RemoveObjects(sorted(refs, key=lambda r: (r.kind, r.id))))
        except CosmoplanError as error:
            show_error(self.parent_widget, error, tr("Delete"))
            return False
        self.selection.clear()
        return True

    def _confirm_cascade(self, refs: set[Ref], extra: set[Ref], unlinked: set[Ref]) -> bool:
        def names(group: set[Ref]) -> list[str]:
            return sorted(f"{one(r.kind).capitalize()}: {ref_name(self.plan, r)}" for r in group)

        box = QMessageBox(self.parent_widget)
        box.setObjectName("confirm_cascade")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Delete"))
        what = ", ".join(names(refs)[:3]) + ("…" if len(refs) > 3 else "")
        if extra:
            text = tr(
                "Deleting {what} also deletes %n object(s) that depend on it.", "", len(extra)
            )
        else:
            text = tr("Deleting {what} changes other objects.")
        box.setText(text.format(what=what))
        listed = names(extra)
        shown = "\n".join(f"• {name}" for name in listed[:12])
        if len(listed) > 12:
            shown += "\n" + tr("… and {count} more").format(count=len(listed) - 12)
        if unlinked:
            shown += "\n\n" + tr(
                "These stay but lose their link to a deleted facility or tenant: {names}"
            ).format(
                names=", ".join(
                    ref_name(self.plan, r) for r in sorted(unlinked, key=lambda r: (r.kind, r.id))
                )
            )
        box.setInformativeText(shown.strip() + "\n\n" + tr("Delete? (You can undo this.)"))
        box.setDetailedText("\n".join(listed))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
