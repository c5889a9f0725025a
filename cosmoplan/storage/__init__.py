"""Storage of plans: an SQLite file (``*.cosmoplan``) or a database URL, versioned by Alembic."""

from cosmoplan.storage.errors import StorageError
from cosmoplan.storage.migrate import HEAD
from cosmoplan.storage.store import PlanStore, read_schema_version

#: File name suffix of a plan.
SUFFIX = ".cosmoplan"

__all__ = ["HEAD", "SUFFIX", "PlanStore", "StorageError", "read_schema_version"]
