"""The open plan as the GUI sees it: the project, its undo stack, and a signal for every change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

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
    if translated == message.id:
        return message.text()
    params = {
        key: translate_message(value) if isinstance(value, Message) else value
        for key, value in translated_parameters(message.params).items()
    }
    return Message(message.id, params).text(translated)


class _UndoableCommand(QUndoCommand):
    """Adapts a core command to Qt's undo stack; the document applies it and broadcasts."""

    def __init__(self, document: Document, command: Command, already_done: bool) -> None:
        super().__init__(translate_message(command.text))
        self.document = document
        self.command = command
        self._skip_next_redo = already_done

    def redo(self) -> None:
        if self._skip_next_redo:  # QUndoStack.push() calls redo(); the command already ran
            self._skip_next_redo = False
            return
        self.document.changes_applied.emit(self.document.project.execute(self.command))

    def undo(self) -> None:
        self.document.changes_applied.emit(self.document.project.undo(self.command))


class Document(QObject):
    """One open plan. Views listen to :attr:`changes_applied`; editors call :meth:`execute`.

    Nothing edits the plan behind the undo stack: every change is a core command pushed here.
    A command that fails (invalid input) raises before anything is pushed.
    """

    changes_applied = Signal(object)  # Changes

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)

    @property
    def plan(self):
        """The plan being edited (read it; change it only through :meth:`execute`)."""
        return self.project.plan

    def execute(self, command: Command) -> Changes:
        """Run ``command`` through the undo stack; returns what changed.

        The command is first applied outside the stack so that a refused command (a
        ValidationError) leaves the stack untouched; then it is pushed without running twice.
        """
        changes = self.project.execute(command)
        self.undo_stack.push(_UndoableCommand(self, command, already_done=True))
        self.changes_applied.emit(changes)
        return changes

    def begin_macro(self, text: str) -> None:
        """Group the following commands into one undo step."""
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        """Close the group opened by :meth:`begin_macro`."""
        self.undo_stack.endMacro()
