"""Errors reach the user as dialogs: a plain message, with the traceback folded away.

:func:`show_error` is for errors the code catches (a refused command, a file that cannot be
read); :class:`ExceptHook` replaces ``sys.excepthook`` so that an unexpected exception in a
slot also ends in a dialog (after writing recovery copies), never in a silent console traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import tr
from cosmoplan.messages import CosmoplanError

log = logging.getLogger(__name__)


def plain_message(error: BaseException) -> str:
    """What to tell the user about ``error`` in one or two sentences."""
    if isinstance(error, CosmoplanError):
        return translate_message(error.message)
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return tr("The file could not be used: {reason}{where}.").format(
            reason=error.strerror, where=where
        )
    return tr("An unexpected error occurred: {kind}: {text}").format(
        kind=type(error).__name__, text=error
    )


def details_of(error: BaseException) -> str:
    """The traceback, for the folded "Show Details…" part."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def error_box(parent: QWidget | None, error: BaseException, title: str = "") -> QMessageBox:
    """A message box for ``error`` (not shown)."""
    box = QMessageBox(parent)
    box.setIcon(
        QMessageBox.Icon.Warning if isinstance(error, CosmoplanError) else QMessageBox.Icon.Critical
    )
    box.setWindowTitle(title or tr("cosmoplan"))
    box.setText(plain_message(error))
    box.setDetailedText(details_of(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("error_dialog")
    return box


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Show ``error`` in a modal dialog and wait for the user."""
    log.info("error shown to the user", exc_info=error)
    error_box(parent, error, title).exec()


ExceptHookFunction = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ExceptHook:
    """A ``sys.excepthook`` that saves recovery copies, then shows the error in a dialog.

    ``on_crash`` runs first (it writes recovery copies of unsaved plans); ``parent`` gives the
    window to attach the dialog to. Re-entrant errors (an error while showing an error) go to
    the previous hook only.
    """

    def __init__(
        self,
        on_crash: Callable[[], object] = lambda: None,
        parent: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self.on_crash = on_crash
        self.parent = parent
        self.previous: ExceptHookFunction = sys.excepthook
        self._busy = False

    def install(self) -> None:
        """Become ``sys.excepthook``."""
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Give the previous hook back."""
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or self._busy or QApplication.instance() is None:
            self.previous(kind, error, trace)
            return
        self._busy = True
        try:
            log.error("unexpected error", exc_info=(kind, error, trace))
            try:
                self.on_crash()
            except Exception:
                log.exception("could not write recovery copies")
            if error.__traceback__ is None:
                error = error.with_traceback(trace)
            show_error(self.parent(), error)
        finally:
            self._busy = False
