"""Help: the user guide (offline, in the interface's language, F1 in a dialog opens its page)
and About (versions, the demo's sources and terms, licences)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from cosmoplan.demo import demo_sources
from cosmoplan.gui.about import AboutDialog
from cosmoplan.gui.guide import GUIDE, TOPICS, GuideViewer
from cosmoplan.gui.i18n import install_translators
from cosmoplan.gui.main_window import MainWindow
from tests.gui.conftest import visible_dialog

LANGUAGES = ("en", "ru", "kk")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_is_written_in_every_language_and_every_link_leads_to_one(
    language: str,
) -> None:
    folder = GUIDE / language
    assert sorted(p.stem for p in folder.glob("*.html")) == sorted(TOPICS)
    for page in folder.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert f'lang="{language}"' in text
        for target in re.findall(r'href="([^"#:]+)"', text):
            assert (folder / target).is_file(), f"{page.name} links to a missing {target}"


def test_help_user_guide_opens_the_contents_and_its_links_open_pages(
    qtbot: Any, main_window: MainWindow
) -> None:
    main_window.action_set["help.guide"].trigger()
    viewer = visible_dialog(GuideViewer, "guide_viewer")
    assert isinstance(viewer, GuideViewer)
    assert viewer.topic == "index" and "User Guide" in viewer.browser.toPlainText()
    viewer.browser.setSource(viewer.browser.source().resolved("allocate.html"))  # a click
    assert viewer.topic == "allocate" and "Allocate Pad" in viewer.browser.toPlainText()
    contents = viewer.findChild(QPushButton, "guide_contents")
    qtbot.mouseClick(contents, Qt.MouseButton.LeftButton)
    assert viewer.topic == "index"
    viewer.close()


def test_f1_in_the_allocate_dialog_opens_its_page(qtbot: Any, main_window: MainWindow) -> None:
    dialog = main_window.workflow.allocate_selected()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
    viewer = visible_dialog(GuideViewer, "guide_viewer")
    assert isinstance(viewer, GuideViewer) and viewer.topic == "allocate"
    viewer.close()
    dialog.reject()


def test_about_tells_the_versions_the_demo_sources_and_the_licences(
    main_window: MainWindow,
) -> None:
    main_window.action_set["help.about"].trigger()
    about = visible_dialog(AboutDialog, "about_dialog")
    assert isinstance(about, AboutDialog)
    versions = about.findChild(QTableWidget, "table_versions")
    named = {
        versions.item(r, 0).text(): versions.item(r, 1).text() for r in range(versions.rowCount())
    }
    assert {"Python", "Qt", "PySide6", "GDAL", "PROJ", "GEOS"} <= set(named)
    assert all(named.values())
    sources = about.findChild(QTableWidget, "table_sources")
    assert sources.rowCount() == len(demo_sources())
    licences = about.findChild(QTableWidget, "table_licences")
    components = {licences.item(r, 0).text().casefold() for r in range(licences.rowCount())}
    assert {"qt", "gdal", "proj", "geos"} <= components
    about.close()


@pytest.mark.parametrize(("language", "word"), [("ru", "Руководство"), ("kk", "нұсқаулығы")])
def test_the_guide_and_about_read_in_the_interface_language(
    qtbot: Any, qapp: QApplication, language: str, word: str, tmp_path: Path
) -> None:
    translators = install_translators(qapp, language)
    try:
        viewer = GuideViewer()
        qtbot.addWidget(viewer)
        assert word in viewer.windowTitle() and word in viewer.browser.toPlainText()
        about = AboutDialog()
        qtbot.addWidget(about)
        assert "cosmoplan" in about.windowTitle() and about.windowTitle() != "About cosmoplan"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
