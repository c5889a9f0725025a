"""The Properties dock: a read-only summary of the selected object, with an Edit button: the
main facts as a table sized to its rows, the running texts (status history, notes, source)
in a wrapping box below that takes the rest of the height."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.domain import Ref
from cosmoplan.gui.asof import follow
from cosmoplan.gui.document import Document
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import one
from cosmoplan.gui.names import object_name
from cosmoplan.gui.properties.fields import Row, describe, long_texts
from cosmoplan.services.changes import Changes
from cosmoplan.services.viewstate import AsOfDate, Selection


def rows_html(rows: list[Row]) -> str:
    """The rows as lines of "name: value", the name in grey, a wrapped line indented: as
    compact as a narrow panel allows, so that an object's main facts need no scrolling."""
    return "".join(
        "<p style='margin: 0 0 2px 0; margin-left: 12px; text-indent: -12px'>"
        f"<span style='color: #555'>{html.escape(name)}:</span> "
        f"{html.escape(value).replace(chr(10), '<br>')}</p>"
        for name, value in rows
    )


def texts_html(rows: list[Row]) -> str:
    """Running texts as paragraphs under their names."""
    return "".join(
        f"<p style='margin: 0 0 6px 0'><b>{html.escape(name)}</b><br>"
        f"{html.escape(value).replace(chr(10), '<br>')}</p>"
        for name, value in rows
    )


class PropertiesPanel(QWidget):
    """Shows the fields of the one selected object (or how many are selected)."""

    edit_requested = Signal(object)  # Ref

    def __init__(
        self,
        document: Document,
        selection: Selection,
        as_of: AsOfDate,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("properties_panel")
        self.document = document
        self.selection = selection
        self.day = as_of.date
        self.shown: Ref | None = None
        self.title = QLabel(self)
        self.title.setObjectName("label_properties_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.edit_button.setObjectName("button_properties_edit")
        self.edit_button.clicked.connect(self._edit)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QTextBrowser(self)
        self.body.setObjectName("text_properties")
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setOpenLinks(False)
        self.body.document().documentLayout().documentSizeChanged.connect(self._fit_body)
        self.texts = QTextBrowser(self)
        self.texts.setObjectName("text_properties_notes")
        self.texts.setOpenLinks(False)
        self.texts.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        # the facts take the height they need first; the texts box the rest
        self.texts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.body, 10)
        layout.addWidget(self.texts, 1)
        self.rows: list[Row] = []
        follow(selection, self, self.refresh)
        follow(as_of, self, self.set_date)
        document.changes_applied.connect(self._changes_applied)
        self.refresh()

    def set_date(self, day: date) -> None:
        """Show date-dependent facts as of ``day``."""
        self.day = day
        self.refresh()

    def _changes_applied(self, changes: Changes) -> None:
        if self.shown is not None or changes.added & self.selection.refs:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        """Rebuild the summary from the plan."""
        refs = self.selection.refs
        entity = None
        if len(refs) == 1:
            (ref,) = refs
            entity = self.document.plan.find(ref.kind, ref.id)
        self.shown = next(iter(refs)) if entity is not None else None
        if entity is None:
            self.rows = []
            self.title.setText(
                tr("Nothing selected") if not refs else tr("%n object(s) selected", "", len(refs))
            )
            self.edit_button.setEnabled(False)
            hint = tr("Click an object on the map or in a table to see its properties.")
            self.body.setHtml(f"<p style='color: gray'>{html.escape(hint)}</p>")
            self.texts.hide()
            return
        assert self.shown is not None
        name = object_name(self.document.plan, entity)
        self.title.setText(f"{one(self.shown.kind).capitalize()}: {name}")
        self.edit_button.setEnabled(True)
        self.rows = describe(entity, self.document.plan, self.day)
        running = long_texts()
        self.body.setHtml(rows_html([row for row in self.rows if row[0] not in running]))
        texts = [row for row in self.rows if row[0] in running]
        self.texts.setHtml(texts_html(texts))
        self.texts.setVisible(bool(texts))

    def _fit_body(self) -> None:
        """The facts' box no taller than its rows, so that the texts' box gets the rest."""
        margins = self.body.contentsMargins()
        height = self.body.document().size().height() + margins.top() + margins.bottom()
        slack = self.body.fontMetrics().lineSpacing()  # a wrap more once a scroll bar shows
        self.body.setMaximumHeight(int(height) + 2 * self.body.frameWidth() + slack)

    def value(self, name: str) -> str | None:
        """The shown value of the row called ``name`` (``None`` if there is none)."""
        return next((v for n, v in self.rows if n == name), None)

    def _edit(self) -> None:
        if self.shown is not None:
            self.edit_requested.emit(self.shown)
