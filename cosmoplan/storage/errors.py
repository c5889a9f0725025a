"""The errors of storage, each with a stable message id."""

from __future__ import annotations

from cosmoplan.messages import CosmoplanError, register

MSG_NOT_FOUND = register("storage.not_found", "There is no plan at {location}.")
MSG_CANNOT_OPEN = register("storage.cannot_open", "Could not open {location}: {reason}.")
MSG_NOT_A_PLAN = register("storage.not_a_plan", "{location} is not a cosmoplan plan.")
MSG_CORRUPT = register("storage.corrupt", "{location} is damaged and cannot be read ({reason}).")
MSG_NEWER_VERSION = register(
    "storage.newer_version",
    "{location} was written by a newer cosmoplan (plan schema {version}); this cosmoplan "
    "reads schemas up to {newest}. Update cosmoplan to open it.",
)
MSG_WRITE_FAILED = register(
    "storage.write_failed",
    "Could not write the plan to {location} ({reason}). The last saved plan is unchanged.",
)
MSG_MIGRATE_FAILED = register(
    "storage.migrate_failed",
    "Could not upgrade {location} from plan schema {version} ({reason}). "
    "The plan was left as it was.",
)
MSG_REPLACED = register(
    "storage.replaced",
    "{location} now holds another plan (it was replaced on disk); nothing was written. "
    "Use Save As to keep this plan.",
)
MSG_READ_ONLY = register(
    "storage.read_only",
    "{location} is open read-only; nothing was written. Use Save As to keep the changes.",
)
MSG_CHECKPOINT_FAILED = register(
    "storage.checkpoint_failed",
    "The plan was saved, but {location} could not be completed on disk ({reason}): keep its "
    "-wal file with it until there is space again.",
)

MSG_DENIED = register(
    "storage.denied",
    "The server refused the change to {location}: your database role may only read this plan "
    "(ask an administrator for the planner role). Nothing was written.",
)
MSG_CUT_OFF = register(
    "storage.cut_off",
    "The connection to {location} was lost during the save; the server rolled it back and "
    "nothing was written. Your changes are kept and saved when the server can be reached again.",
)
#: SQLSTATE of a statement the server refuses for want of privileges (or a row-level policy).
INSUFFICIENT_PRIVILEGE = "42501"


class StorageError(CosmoplanError):
    """A plan could not be found, read, upgraded or written; nothing was changed."""


class SaveCutOffError(StorageError):
    """The connection to the plan's server was lost during a save: the server rolled the
    transaction back, so nothing of it was written."""


def reason(exc: BaseException) -> str:
    """A short reason for ``exc``: the database driver's own message where there is one."""
    return str(getattr(exc, "orig", None) or exc)


def refused(exc: BaseException) -> bool:
    """Whether ``exc`` is the server refusing a statement for want of privileges."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def disconnected(exc: BaseException) -> bool:
    """Whether ``exc`` is the connection to the database going away (the driver says so)."""
    return bool(getattr(exc, "connection_invalidated", False))
