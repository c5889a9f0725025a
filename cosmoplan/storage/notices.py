"""Hearing other planners' saves of a plan on PostgreSQL as they commit (LISTEN/NOTIFY on the
channel of :mod:`cosmoplan.storage.server`), on a connection of its own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cosmoplan.storage.audit import who
from cosmoplan.storage.errors import MSG_CANNOT_OPEN, StorageError
from cosmoplan.storage.locations import Location, connect
from cosmoplan.storage.server import CHANNEL


@dataclass(frozen=True)
class Notice:
    """One save announced by the server: its revision and who made it."""

    revision: int
    role: str
    planner: str

    @property
    def who(self) -> str:
        """The planner's name, with the database role when they differ."""
        return who(self.planner, self.role)


class Listener:
    """Listens for saves of the plan at ``location``; :meth:`poll` never waits."""

    def __init__(self, location: Location) -> None:
        self._location = location
        self._connection: Any = None

    @property
    def connected(self) -> bool:
        """Whether the listening connection is up (as far as it is known)."""
        return self._connection is not None

    def connect(self) -> None:
        """(Re)open the listening connection; :class:`StorageError` if the server is away."""
        self.close()
        try:
            connection = connect(self._location)
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except Exception as exc:  # psycopg's OperationalError and kin: the server is away
            raise StorageError(
                MSG_CANNOT_OPEN, location=self._location.display, reason=str(exc).strip()
            ) from None
        self._connection = connection

    def poll(self) -> list[Notice]:
        """The saves announced since the last poll; :class:`StorageError` if the connection
        was lost (then :attr:`connected` is ``False``)."""
        if self._connection is None:
            self.connect()
        try:
            found = list(self._connection.notifies(timeout=0))
        except Exception as exc:
            self.close()
            raise StorageError(
                MSG_CANNOT_OPEN, location=self._location.display, reason=str(exc).strip()
            ) from None
        return [_notice(n.payload) for n in found]

    def close(self) -> None:
        """Stop listening."""
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None


def _notice(payload: str) -> Notice:
    data = json.loads(payload)
    return Notice(int(data["revision"]), str(data["role"]), str(data["planner"]))
