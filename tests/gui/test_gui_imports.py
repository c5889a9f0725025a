"""Importing GIS files from the window: features join the plan as one undoable step, base
layers are drawn under it, and a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu

from cosmoplan.domain import Kind
from cosmoplan.gui.imports import add_base_layer, import_into_plan
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.reports import ReportDialog


def write_pads(path: Path, coordinates: list[tuple[float, float]], codes: list[str]) -> Path:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": list(xy)},
            "properties": {"code": code, "complex": "45", "name": f"New pad {code}"},
        }
        for xy, code in zip(coordinates, codes, strict=True)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Answer the file and kind dialogs as a planner would."""

    def answer(path: Path, kind_label: str = "Launch pads") -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (kind_label, True))

    return answer


def test_imported_pads_join_the_plan_in_one_undoable_step(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Any
) -> None:
    plan = main_window.document.plan
    before = plan.counts()[Kind.PAD]
    choose(write_pads(tmp_path / "new.geojson", [(63.66, 45.93), (63.67, 45.93)], ["N/1", "N/2"]))
    import_into_plan(main_window, main_window.document, main_window.settings)
    qtbot.waitUntil(lambda: plan.counts()[Kind.PAD] == before + 2, timeout=10_000)
    assert plan.pad_by_code("N/2") is not None
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.counts()[Kind.PAD] == before and plan.pad_by_code("N/1") is None


def test_a_bad_file_is_refused_with_a_message_and_changes_nothing(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Any, monkeypatch: Any
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("cosmoplan.gui.imports.show_error", lambda w, e, t: shown.append(e))
    plan = main_window.document.plan
    before = plan.counts()
    far_away = write_pads(tmp_path / "far.geojson", [(10.0, 10.0)], ["F/1"])
    choose(far_away)
    import_into_plan(main_window, main_window.document, main_window.settings)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "far outside Kazakhstan" in str(shown[0])
    assert plan.counts() == before
    assert len(main_window.document.project.history.entries) == 0


def test_a_base_layer_is_drawn_under_the_plan(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, choose: Any
) -> None:
    roads = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[63.3, 45.6], [63.35, 45.7]]},
                "properties": {"highway": "primary"},
            }
        ],
    }
    path = tmp_path / "osm-roads.geojson"
    path.write_text(json.dumps(roads))
    choose(path)
    layers_before = len(main_window.canvas.layers())
    add_base_layer(main_window, main_window.canvas, main_window.settings)
    qtbot.waitUntil(lambda: len(main_window.canvas.layers()) == layers_before + 1, timeout=10_000)
    assert len(main_window.document.project.history.entries) == 0  # not part of the plan


def test_the_file_menu_offers_import_and_report_export(main_window: MainWindow) -> None:
    file_menu = next(m for m in main_window.menuBar().findChildren(QMenu) if m.title() == "&File")
    texts = [action.text() for action in file_menu.actions()]
    assert "&Import Features…" in texts and "Export &Report…" in texts
    report = next(a for a in file_menu.actions() if a.text() == "Export &Report…")
    report.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()
