"""A dialog's own buttons beside OK and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def add_action_button(
    buttons: QDialogButtonBox, text: str, name: str, slot: Callable[[], object]
) -> QPushButton:
    """An action button named ``name`` in ``buttons`` that runs ``slot`` (never the default one,
    so Enter in a field does not press it)."""
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
