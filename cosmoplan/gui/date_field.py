"""The one date field of every form: a :class:`QDateEdit` (arrows step a section, a calendar
pops up) that also takes a whole date typed or pasted, as any good application does.

Select all (Ctrl+A, or a double click) and type "2029-06-01", or paste one: the field opens a
plain text box over itself for the typing, and Enter, Tab or a click elsewhere sets the date
(Esc gives up). Dates are read as ``YYYY-MM-DD``, ``YYYY-M-D``, ``YYYYMMDD`` or ``DD.MM.YYYY``;
a date the field cannot take (unreadable, or outside its range) leaves it as it was, with a
beep.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QWidget

from cosmoplan.gui.asof import from_qdate, limit_to_horizon, to_qdate

#: How dates are shown.
DATE_FORMAT = "yyyy-MM-dd"
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_typed_date(text: str) -> date | None:
    """The date a person typed or pasted, or ``None`` if it is not one."""
    cleaned = text.strip()
    for pattern, order in ((_ISO, (0, 1, 2)), (_COMPACT, (0, 1, 2)), (_DOTTED, (2, 1, 0))):
        found = pattern.fullmatch(cleaned)
        if found:
            parts = [int(part) for part in found.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None


class DateField(QDateEdit):
    """A date field that takes typed and pasted dates whole; limited to the planning horizon
    unless given another range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        limit_to_horizon(self)
        self.typing = QLineEdit(self)
        self.typing.setObjectName("edit_typed_date")
        self.typing.hide()
        self.typing.installEventFilter(self)

    def set_day(self, day: date) -> None:
        """Show ``day``."""
        self.setDate(to_qdate(day))

    def day(self) -> date:
        """The date shown."""
        return from_qdate(self.date())

    def take_text(self, text: str) -> bool:
        """Set the date ``text`` says; ``False`` (and a beep) if it says none this field takes."""
        day = parse_typed_date(text)
        if day is None or not from_qdate(self.minimumDate()) <= day <= from_qdate(
            self.maximumDate()
        ):
            QApplication.beep()
            return False
        self.set_day(day)
        return True

    # -- typing ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.typing.isVisible():
            QApplication.sendEvent(self.typing, event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.take_text(QGuiApplication.clipboard().text())
            return
        text = event.text()
        if text and text.isdigit() and self._all_selected():
            self._start_typing(text)
            return
        super().keyPressEvent(event)

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return bool(edit.text()) and edit.selectedText() == edit.text()

    def _start_typing(self, first: str) -> None:
        self.typing.setGeometry(self.lineEdit().geometry())
        self.typing.setText(first)
        self.typing.show()
        self.typing.setFocus()

    def finish_typing(self, refocus: bool = True) -> None:
        """Set the typed date (if it is one) and close the text box."""
        if self.typing.isVisible():
            text = self.typing.text()
            self._stop_typing(refocus)
            self.take_text(text)

    def _stop_typing(self, refocus: bool = True) -> None:
        self.typing.hide()
        if refocus:
            self.setFocus()
            self.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.typing:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() == Qt.Key.Key_Escape:
                    self._stop_typing()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.finish_typing()  # Enter sets the date; it does not close a dialog
                    return True
                if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    self.finish_typing()
                    self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
                    return True
            elif event.type() == QEvent.Type.FocusOut and self.typing.isVisible():
                self.finish_typing(refocus=False)
        return super().eventFilter(watched, event)
