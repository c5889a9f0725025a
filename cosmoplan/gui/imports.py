"""Bringing GIS files in: features added to the plan (one undoable command) and base layers
drawn under it. Reading runs in the background with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QWidget

from cosmoplan.domain import Entity, Kind
from cosmoplan.domain.progress import Cancelled
from cosmoplan.gis import import_features, read_base_layer
from cosmoplan.gis.base_layer import BaseLayer
from cosmoplan.gui.document import Document
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.map.canvas import MapCanvas
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.workers import ThreadProgress, run_in_background
from cosmoplan.mapping.style import Style
from cosmoplan.messages import CosmoplanError
from cosmoplan.services.commands import AddObjects

#: How a base layer looks until the planner restyles it.
BASE_LAYER_STYLE = Style(fill="#8c8c8c33", stroke="#6b6b6b", stroke_width=1.0, size=5.0)


def _ask_file(parent: QWidget, settings: AppSettings, title: str) -> Path | None:
    start = settings.preferences.last_folder or str(Path.home())
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, start, tr("GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)")
    )
    if not chosen:
        return None
    settings.preferences.last_folder = str(Path(chosen).parent)
    return Path(chosen)


def _kind_names() -> dict[str, Kind]:
    return {
        tr("Launch pads"): Kind.PAD,
        tr("Facilities"): Kind.FACILITY,
        tr("Zones"): Kind.ZONE,
        tr("Launch complexes"): Kind.COMPLEX,
    }


def import_into_plan(window: QMainWindow, document: Document, settings: AppSettings) -> None:
    """File > Import features…: every feature validated; all or nothing; one undo step."""
    path = _ask_file(window, settings, tr("Import features"))
    if path is None:
        return
    names = _kind_names()
    label, accepted = QInputDialog.getItem(
        window, tr("Import features"), tr("Add the features of {0} as:").format(path.name),
        list(names), 0, False,
    )  # fmt: skip
    if not accepted:
        return
    kind = names[label]
    plan = document.plan

    def work(progress: ThreadProgress) -> list[Entity]:
        # Reads the plan only (ids and codes); the plan is changed later, on the GUI thread.
        return list(import_features(plan, path, kind, progress=progress))

    def done(entities: list[Entity]) -> None:
        if not entities:
            window.statusBar().showMessage(tr("{0} holds no features.").format(path.name), 5000)
            return
        what = tr("%n feature(s) from {0}", "", len(entities)).format(path.name)
        command = AddObjects(entities, label=what)
        try:
            document.execute(command)
        except CosmoplanError as error:  # the plan changed while the file was read
            show_error(window, error, tr("Import features"))
            return
        window.statusBar().showMessage(
            tr("Imported %n feature(s) from {0}.", "", len(entities)).format(path.name), 5000
        )

    run_in_background(
        window, tr("Importing {0}…").format(path.name), work, done,
        lambda error: _failed(window, error, tr("Import features")),
    )  # fmt: skip


def add_base_layer(window: QMainWindow, canvas: MapCanvas, settings: AppSettings) -> None:
    """View > Add base layer…: any GIS layer drawn under the plan (not part of it)."""
    path = _ask_file(window, settings, tr("Add base layer"))
    if path is None:
        return

    def work(progress: ThreadProgress) -> BaseLayer:
        return read_base_layer(path)

    def done(layer: BaseLayer) -> None:
        canvas.add_base_layer(layer.name, layer.geometries, BASE_LAYER_STYLE)
        window.statusBar().showMessage(
            tr("Added base layer {0} (%n feature(s)).", "", len(layer.geometries)).format(
                layer.name
            ),
            5000,
        )

    run_in_background(
        window, tr("Reading {0}…").format(path.name), work, done,
        lambda error: _failed(window, error, tr("Add base layer")),
    )  # fmt: skip


def _failed(window: QMainWindow, error: BaseException, title: str) -> None:
    if isinstance(error, Cancelled):
        window.statusBar().showMessage(tr("Cancelled: nothing was changed."), 5000)
        return
    show_error(window, error, title)
