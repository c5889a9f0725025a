"""The window's eye on its plan file: a few times a second it asks
:class:`~cosmoplan.services.outside.OutsideWatch` whether someone else saved, so that what they
saved shows within a second (merged through the usual ``Changes``) and a file that was
replaced or deleted is said at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from cosmoplan.gui.document import Document
from cosmoplan.messages import Message
from cosmoplan.services.outside import POLL_MS, Outside, OutsideWatch


class OutsideFollower(QObject):
    """Polls the document's file; :attr:`noticed` says what it found. It waits while a modal
    dialog is open (an editor holds a copy of an object)."""

    noticed = Signal(object)  # Outside

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watch = OutsideWatch(document.project)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @property
    def lost(self) -> bool:
        """Whether the file went away or now holds another plan."""
        return self.watch.lost

    @property
    def offline(self) -> bool:
        """Whether the plan's server cannot be reached at the moment."""
        return self.watch.offline

    def poll(self) -> Outside | None:
        """Look now (the timer does it by itself)."""
        if QApplication.activeModalWidget() is not None:
            return None
        found = self.watch.poll()
        if found is not None:
            self.noticed.emit(found)
        return found

    def save_cut_off(self, message: Message) -> None:
        """A save lost the server: say so and work offline until it answers again."""
        self.noticed.emit(self.watch.save_cut_off(message))

    def follow_location(self) -> None:
        """The plan was saved (maybe somewhere new): take the file as it is now."""
        self.watch.follow_location()

    def stop(self) -> None:
        """Stop looking (the window closes)."""
        self._timer.stop()
        self.watch.stop()
