"""The start page: what cosmoplan offers when it starts without a plan named.

The recent plans (a double-click or Enter opens one; a plan no longer there is shown greyed),
the Baikonur demo, a new plan, and a plan file chosen in a file dialog. The page only says
what the planner chose (:attr:`StartPage.choice`); the application opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.gui.files import file_filter
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.settings import AppSettings
from cosmoplan.storage.locations import file_path

#: The demo plan's file name in the application's data folder (where ``make run`` keeps it).
DEMO_FILE = "baikonur-demo.cosmoplan"


class Start(StrEnum):
    """What the planner chose on the start page."""

    OPEN = "open"  # the plan at a location
    DEMO = "demo"
    NEW = "new"


@dataclass(frozen=True)
class StartChoice:
    """A choice on the start page (``location`` for :attr:`Start.OPEN`)."""

    start: Start
    location: str = ""


def demo_location(settings: AppSettings) -> Path:
    """Where the start page keeps the demo plan."""
    return settings.data_folder / DEMO_FILE


class StartPage(QDialog):
    """Recent plans, the demo, a new plan or a plan file (see the module notes)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setWindowTitle(tr("Welcome to cosmoplan"))
        self.settings = settings
        self.choice: StartChoice | None = None
        heading = QLabel(tr("Open a plan to work on, or start a new one."), self)
        heading.setWordWrap(True)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent_plans")
        self.recent.setAlternatingRowColors(True)
        self.recent.itemActivated.connect(self._open_item)
        recent_label = QLabel(tr("&Recent plans:"), self)
        recent_label.setBuddy(self.recent)
        self.open_recent = self._button("button_open_recent", tr("&Open"), self._open_selected)
        self.open_recent.setDefault(True)
        demo = self._button("button_demo", tr("Open the Baikonur &Demo"), self._demo)
        new = self._button("button_new", tr("&New Plan"), self._new)
        browse = self._button("button_open_file", tr("Open &File…"), self._browse)
        side = QVBoxLayout()
        for button in (self.open_recent, browse, demo, new):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self._button("button_quit", tr("&Quit"), self.reject))
        row = QHBoxLayout()
        row.addWidget(self.recent, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(recent_label)
        layout.addLayout(row)
        self._fill()
        self.recent.currentRowChanged.connect(lambda _row: self._update())
        self._update()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, 360)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fill(self) -> None:
        for location in self.settings.preferences.recent_files:
            path = file_path(location)
            missing = path is not None and not path.exists()
            name = path.name if path is not None else location
            where = str(path.parent) if path is not None else ""
            text = f"{name}\n{where}" if where else name
            if missing:
                text += "\n" + tr("(not found)")
            item = QListWidgetItem(text, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, location)
            item.setToolTip(location)
            if missing:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        for row in range(self.recent.count()):
            if self.recent.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.recent.setCurrentRow(row)
                break

    def _update(self) -> None:
        item = self.recent.currentItem()
        usable = item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        self.open_recent.setEnabled(usable)

    def _choose(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()

    def _open_item(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._choose(StartChoice(Start.OPEN, str(item.data(Qt.ItemDataRole.UserRole))))

    def _open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._open_item(item)

    def _demo(self) -> None:
        self._choose(StartChoice(Start.DEMO))

    def _new(self) -> None:
        self._choose(StartChoice(Start.NEW))

    def _browse(self) -> None:
        start = self.settings.preferences.last_folder or ""
        chosen, _filter = QFileDialog.getOpenFileName(self, tr("Open Plan"), start, file_filter())
        if chosen:
            self._choose(StartChoice(Start.OPEN, chosen))
