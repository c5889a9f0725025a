"""Every dock and dialog, in English, Russian and Kazakh at 1366x768: no text is cut by its
widget (labels, buttons, check boxes, tabs, table headers, rows of the lists)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Kind, Ref
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.i18n import install_translators
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.project import Project
from tests.gui.conftest import close_all
from tests.gui.text_fit import clipped_texts

#: Actions that open a dialog (without a modal loop), and what must be selected first.
DIALOGS: tuple[tuple[str, str | None], ...] = (
    ("help.shortcuts", None),
    ("edit.preferences", None),
    ("plan.allocate", "45/1"),
    ("edit.properties", "45/1"),
    ("plan.new-tenant", None),
    ("plan.new-vehicle", None),
    ("plan.new-request", None),
)


@pytest.fixture(params=["en", "ru", "kk"])
def window(
    request: Any,
    qapp: QApplication,
    qtbot: Any,
    plan_file: Path,
    app_settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """The demo window at 1366x768 in each language."""
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    monkeypatch.setattr(MainWindow, "_initial_size", lambda self: self.resize(1366, 768))
    shown = create_main_window(Project.open(plan_file), app_settings)
    qtbot.waitExposed(shown)
    yield shown
    close_all(shown)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_every_dock_shows_its_texts_whole(window: MainWindow) -> None:
    pad = window.document.plan.pad_by_code("45/1")
    assert pad is not None
    window.selection.set([Ref(Kind.PAD, pad.id)])
    cut: list[str] = []
    for name, dock in window.panels.docks.items():
        dock.show()
        dock.raise_()
        settle()
        cut += [f"{name}: {text}" for text in clipped_texts(dock)]
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for bar in window.findChildren(QTabBar, options=direct):  # the docks' own tabs
        cut += clipped_texts(bar)
    assert not cut, "\n".join(cut)


def test_every_dialog_shows_its_texts_whole(window: MainWindow) -> None:
    cut: list[str] = []
    for action, code in DIALOGS:
        before = set(QApplication.topLevelWidgets())
        if code is not None:
            pad = window.document.plan.pad_by_code(code)
            assert pad is not None
            window.selection.set([Ref(Kind.PAD, pad.id)])
        window.action_set[action].trigger()
        settle()
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if w not in before and isinstance(w, QDialog) and w.isVisible()
        ]
        assert dialogs, f"{action} opened no dialog"
        for dialog in dialogs:
            cut += [f"{action}: {text}" for text in clipped_texts(dialog)]
            close(dialog)
    assert not cut, "\n".join(cut)


def close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()
    settle()


def test_the_check_finds_cut_labels_check_boxes_tabs_and_rows(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    label = QLabel("Территории ограниченного доступа", host)
    box = QCheckBox("Показать отменённые закрепления", host)
    tabs = QTabBar(host)
    tabs.addTab("Ескертпелер")
    tabs.addTab("Занятость пусковых установок")
    tree = QTreeWidget(host)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    QTreeWidgetItem(tree, ["Общедоступные зоны (города, аэропорт)"])
    for widget in (label, box, tabs, tree):
        widget.setFixedWidth(90)
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    cut = "\n".join(clipped_texts(host))
    for kind in ("label", "button", "tab", "row"):
        assert f"{kind} " in cut, cut
    for widget in (label, box, tabs, tree):
        widget.setFixedWidth(600)
    settle()
    assert clipped_texts(host) == []
