"""The one question a dialog asks when Esc would throw away what was typed into it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from cosmoplan.gui.i18n import tr


def discard_ok(dialog: QWidget) -> bool:
    """Ask whether to throw away what was typed into ``dialog``; ``True`` to throw it away."""
    box = QMessageBox(dialog)
    box.setObjectName("confirm_discard_typing")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(dialog.windowTitle())
    box.setText(tr("Throw away what you typed?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Cancel)
    box.button(buttons.Cancel).setText(tr("Keep Editing"))
    return box.exec() == buttons.Discard
