"""The open plan as the GUI sees it: a Qt adapter over the project and its undo history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cosmoplan.domain import Plan
from cosmoplan.gui.labels import translated_parameters
from cosmoplan.messages import Message
from cosmoplan.services.changes import Changes
from cosmoplan.services.commands import Command
from cosmoplan.services.project import Project


def translate_message(message: Message) -> str:
    """Render a core message in the user's language (Qt context "messages", key = message id);
    parameters naming an enum value (a pad status, a propellant…) and parameters that are
    messages themselves are translated too."""
    translated = QCoreApplication.translate("messages", message.id)
    params = {
        key: translate_message(value) if isinstance(value, Message) else value
        for key, value in translated_parameters(message.params).items()
    }
    return Message(message.id, params).text(translated if translated != message.id else None)


class Document(QObject):
    """One open plan. Views listen to :attr:`changes_applied`; editors call :meth:`execute`.

    Nothing edits the plan behind the project's history: every change is a core command run
    by :class:`Project`, which keeps the undo steps; this object turns what the project
    publishes into Qt signals. A command that fails (invalid input) changes nothing.
    """

    changes_applied = Signal(object)  # Changes, after every step (a group is one step)
    history_changed = Signal()  # a step was done, undone or redone

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._unsubscribe = [
            project.subscribe(self.changes_applied.emit),
            project.history.subscribe(self.history_changed.emit),
        ]

    @property
    def plan(self) -> Plan:
        """The plan being edited (read it; change it only through :meth:`execute`)."""
        return self.project.plan

    def execute(self, command: Command) -> Changes:
        """Run ``command`` as one undo step (or as part of the open :meth:`group`)."""
        return self.project.execute(command)

    @contextmanager
    def group(self, text: Message) -> Iterator[None]:
        """Commands executed inside are one undo step, published as one change."""
        with self.project.group(text):
            yield

    def undo(self) -> None:
        """Undo the last step."""
        self.project.undo()

    def redo(self) -> None:
        """Redo the last step undone."""
        self.project.redo()

    def go_to(self, index: int) -> None:
        """Undo or redo until ``index`` steps of the history are done."""
        self.project.go_to(index)

    def undo_text(self) -> str:
        """The translated name of the step Undo would undo ("" if none)."""
        entry = self.project.history.next_undo
        return translate_message(entry.text) if entry is not None else ""

    def redo_text(self) -> str:
        """The translated name of the step Redo would redo ("" if none)."""
        entry = self.project.history.next_redo
        return translate_message(entry.text) if entry is not None else ""

    def detach(self) -> None:
        """Stop relaying the project's changes (the window is closing)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
