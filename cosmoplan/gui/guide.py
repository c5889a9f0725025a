"""Help > User Guide: the offline guide shipped in ``resources/guide/<language>/<topic>.html``,
shown in a text browser, and F1 in a dialog opening the dialog's page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.gui.i18n import tr
from cosmoplan.gui.resources import RESOURCES

GUIDE = RESOURCES / "guide"
#: The guide's pages (file stems); ``index`` is the contents.
TOPICS = (
    "index",
    "site",
    "allocate",
    "scenarios",
    "findings",
    "safety",
    "reports",
    "preferences",
    "shared",
)
#: The languages the guide is written in, by QLocale language; English for any other.
LANGUAGES = {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}


def guide_language() -> str:
    """The guide's language for the interface's language (the default locale)."""
    return LANGUAGES.get(QLocale().language(), "en")


def guide_page(topic: str, language: str | None = None) -> Path:
    """The file of ``topic`` in ``language`` (default: the interface's)."""
    if topic not in TOPICS:
        raise ValueError(f"no guide page {topic!r}")
    return GUIDE / (language or guide_language()) / f"{topic}.html"


class GuideViewer(QDialog):
    """The user guide in one window: the page, links between pages, Contents and Close."""

    def __init__(self, topic: str = "index", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_viewer")
        self.setWindowTitle(tr("cosmoplan User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)  # web links go to the browser, pages stay here
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        contents = QPushButton(tr("&Contents"), self)
        contents.setObjectName("guide_contents")
        buttons.addButton(contents, QDialogButtonBox.ButtonRole.ActionRole)
        contents.clicked.connect(lambda: self.show_topic("index"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        """Show the page of ``topic``."""
        self.browser.setSource(QUrl.fromLocalFile(str(guide_page(topic))))

    @property
    def topic(self) -> str:
        """The page shown (its file stem)."""
        return Path(self.browser.source().toLocalFile()).stem


def open_guide(parent: QWidget, topic: str = "index") -> GuideViewer:
    """Open the guide on ``topic`` beside ``parent`` (it stays open while the user works)."""
    viewer = GuideViewer(topic, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer


def install_help_key(dialog: QWidget, topic: str) -> None:
    """F1 (the platform's help key) in ``dialog`` opens the guide on ``topic``."""
    keys = {QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("F1")}
    for key in keys:
        if key.isEmpty():
            continue
        shortcut = QShortcut(key, dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: open_guide(dialog, topic))
