"""Progress of long work: a protocol the GUI's worker implements, and a do-nothing default.

Long functions take ``progress: Progress | None``, call :func:`report` now and then, and so
raise :class:`Cancelled` as soon as the user asks them to stop.
"""

from __future__ import annotations

from typing import Protocol

from cosmoplan.messages import CosmoplanError, register

MSG_CANCELLED = register("progress.cancelled", "{what}: cancelled.")


class Progress(Protocol):
    """Where long work reports how far it got, and learns whether to stop."""

    def update(self, done: int, total: int, message: str = "") -> None:
        """``done`` of ``total`` steps are finished; ``message`` says what is going on."""

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop."""


class NullProgress:
    """A progress that shows nothing and is never cancelled."""

    def update(self, done: int, total: int, message: str = "") -> None:
        """Ignore the report."""

    @property
    def cancelled(self) -> bool:
        """Never cancelled."""
        return False


class Cancelled(CosmoplanError):  # noqa: N818 -- the name the design uses
    """The user cancelled long work; whatever it was doing is left undone."""

    def __init__(self, what: str) -> None:
        super().__init__(MSG_CANCELLED, what=what)


def report(progress: Progress | None, done: int, total: int, message: str = "") -> None:
    """Pass the step to ``progress`` (if any); raise :class:`Cancelled` if it was cancelled."""
    if progress is None:
        return
    progress.update(done, total, message)
    if progress.cancelled:
        raise Cancelled(message or "the work")
