"""Plain callbacks: what a view-state object tells its subscribers when it changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Observable(Generic[T]):
    """Calls each subscriber with the new value, in the order they subscribed."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], object]] = []

    def subscribe(self, callback: Callable[[T], object]) -> Callable[[], None]:
        """Call ``callback`` on every change from now on; returns what ends that."""
        self._callbacks.append(callback)
        return lambda: self.unsubscribe(callback)

    def unsubscribe(self, callback: Callable[[T], object]) -> None:
        """Stop calling ``callback`` (nothing happens if it was not subscribed)."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def _notify(self, value: T) -> None:
        for callback in list(self._callbacks):  # a callback may unsubscribe itself
            callback(value)
