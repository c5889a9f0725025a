"""Help > About cosmoplan: the version, the libraries it runs on, the demo's data sources and
their terms, and the third-party licences."""

from __future__ import annotations

from collections.abc import Sequence

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cosmoplan import __version__
from cosmoplan.demo import build_demo_plan, demo_sources
from cosmoplan.gui.i18n import tr
from cosmoplan.services.about import components, library_versions


class AboutDialog(QDialog):
    """Three tabs: versions, the demo's data sources, licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("About cosmoplan"))
        header = QLabel(
            tr(
                "<h3>cosmoplan {version}</h3><p>Site model, tenant allocation and safety "
                "planning for the Baikonur Cosmodrome.</p>"
            ).format(version=__version__),
            self,
        )
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("about_tabs")
        versions = [
            *library_versions()[:1],
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            *library_versions()[1:],
        ]
        self.tabs.addTab(
            _table("table_versions", (tr("Library"), tr("Version")), versions), tr("&Versions")
        )
        self.tabs.addTab(self._sources_tab(), tr("&Demo Data"))
        licences = [
            (c.name, c.version, c.licence if not c.inside else f"{c.licence} ({c.inside})")
            for c in components()
        ]
        self.tabs.addTab(
            _table("table_licences", (tr("Component"), tr("Version"), tr("Licence")), licences),
            tr("&Licences"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _sources_tab(self) -> QWidget:
        page = QWidget(self)
        known = build_demo_plan().info.knowledge_date
        terms = QLabel(
            tr(
                "The demo plan holds facts known on {day} (its knowledge date); later states "
                "are assumptions and say so. Each fact names the public page it comes from by "
                "the keys below. Only short facts (dates, figures, positions) are taken from "
                "them, no text or image; each page stays under its publisher's terms of use. "
                "The demo is for illustration, not for operational decisions."
            ).format(day=known.isoformat() if known else "—"),
            page,
        )
        terms.setObjectName("label_demo_terms")
        terms.setWordWrap(True)
        rows = sorted(demo_sources().items())
        layout = QVBoxLayout(page)
        layout.addWidget(terms)
        layout.addWidget(_table("table_sources", (tr("Key"), tr("Source")), rows), 1)
        return page


def _table(name: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    return table


def open_about(parent: QWidget) -> AboutDialog:
    """Help > About cosmoplan."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
