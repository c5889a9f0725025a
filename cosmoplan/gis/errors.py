"""What goes wrong when exchanging features with GIS files, as CosmoplanErrors with message ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cosmoplan.messages import CosmoplanError, Message, register

#: At most this many problems are listed in one refusal.
MAX_LISTED = 20

MSG_FILE_MISSING = register("gis.file_missing", "There is no file {path}.")
MSG_FILE_UNREADABLE = register("gis.file_unreadable", "{path} cannot be read as GIS data: {reason}")
MSG_BAD_DATE = register(
    "gis.bad_date_in_file",
    "{path} holds a date that does not exist ({reason}): correct it in a GIS tool and retry.",
)
MSG_NO_LAYER = register("gis.no_layer", "{path} has no layer named {layer!r}.")
MSG_NO_CRS = register(
    "gis.no_crs",
    "{path} does not say which coordinate reference system it uses: "
    "give one (for example EPSG:4326 or EPSG:32641).",
)
MSG_NOT_IMPORTABLE = register(
    "gis.kind_not_importable", "Only {kinds} can be imported from GIS files, not {kind}."
)
MSG_REFUSED = register(
    "gis.import_refused",
    "Nothing was imported from {path}: {count} {count:plural:problem|problems} found.\n{details}",
)
MSG_MORE = register("gis.more_problems", "... and {count} more.")
MSG_PROBLEM = register("gis.feature_problem", "{layer}, feature {number}: {problem}")
MSG_FIELD_MISSING = register(
    "gis.field_missing", "The layer has no field {field!r}, which {kind} need."
)
MSG_NO_GEOMETRY = register("gis.no_geometry", "The feature has no geometry.")
MSG_BAD_VALUE = register("gis.bad_value", "{field}: {value!r} is not {expected}.")
MSG_UNKNOWN_CHOICE = register(
    "gis.unknown_choice", "{field}: unknown value {value!r} (expected one of: {choices})."
)
MSG_UNKNOWN_SITE = register(
    "gis.unknown_site", "complex: the plan has no launch complex with site number {site!r}."
)
MSG_UNKNOWN_TENANT = register(
    "gis.import.unknown_tenant", "{field}: the plan has no tenant named {tenant!r}."
)
MSG_DUPLICATE_IN_FILE = register(
    "gis.duplicate_in_file",
    "{field} {value!r} appears more than once in the file (first at feature {first}).",
)
MSG_EXISTS_IN_PLAN = register(
    "gis.exists_in_plan", "{field} {value!r} is already used by another object in the plan."
)
MSG_UNSUPPORTED_FORMAT = register(
    "gis.unsupported_format", "Cannot export to {path}: use a .gpkg or .geojson file name."
)
MSG_EXPORT_FAILED = register("gis.export_failed", "Could not write {path}: {reason}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason to refuse an import: the layer, the feature number (1-based) and what is wrong.

    ``number`` is ``None`` for a problem of the whole layer (a missing field).
    """

    layer: str
    number: int | None
    message: Message

    def text(self) -> str:
        """The problem in English."""
        if self.number is None:
            return self.message.text()
        params = {"layer": self.layer, "number": self.number, "problem": self.message.text()}
        return Message(MSG_PROBLEM, params).text()


class FeatureImportError(CosmoplanError):
    """A GIS file cannot be imported; ``problems`` lists the first reasons found."""

    def __init__(self, message_id: str, *, problems: Sequence[Problem] = (), **params: Any) -> None:
        self.problems = tuple(problems)
        super().__init__(message_id, **params)

    @classmethod
    def refused(cls, path: str, problems: Sequence[Problem], count: int) -> FeatureImportError:
        """The refusal of a whole import: ``count`` problems, of which ``problems`` are listed."""
        lines = [problem.text() for problem in problems]
        if count > len(problems):
            lines.append(Message(MSG_MORE, {"count": count - len(problems)}).text())
        return cls(MSG_REFUSED, problems=problems, path=path, count=count, details="\n".join(lines))


class FeatureExportError(CosmoplanError):
    """A plan cannot be written to a GIS file; nothing was written."""
