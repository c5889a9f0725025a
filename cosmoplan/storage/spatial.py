"""Geometry columns: WKB in a binary column on SQLite, PostGIS ``geometry(…, 32641)`` on
PostgreSQL, so that QGIS and GDAL open a shared plan's tables directly.

:class:`Wkb` is a binary column to the code that reads and writes rows (WKB in, WKB out on
every database); on PostgreSQL its values pass through ``ST_GeomFromWKB`` and ``ST_AsBinary``.
The PostgreSQL columns themselves are made by :mod:`cosmoplan.storage.server` from the
columns declared here.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

#: UTM zone 41N, WGS 84: the coordinates of every plan.
SRID = 32641


class Wkb(sa.types.LargeBinary):
    """A geometry as WKB; ``geometry_type`` is its PostGIS type (``Geometry``: any)."""

    cache_ok = True

    def __init__(self, geometry_type: str = "Geometry") -> None:
        super().__init__()
        self.geometry_type = geometry_type

    def bind_expression(self, bindvalue: Any) -> ColumnElement[Any]:
        return _FromWkb(bindvalue)

    def column_expression(self, col: Any) -> ColumnElement[Any]:
        return _AsWkb(col)


class _FromWkb(FunctionElement[Any]):
    inherit_cache = True
    type = sa.types.LargeBinary()


class _AsWkb(FunctionElement[Any]):
    inherit_cache = True
    type = sa.types.LargeBinary()


@compiles(_FromWkb)
def _plain_in(element: _FromWkb, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_AsWkb)
def _plain_out(element: _AsWkb, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_FromWkb, "postgresql")
def _postgis_in(element: _FromWkb, compiler: SQLCompiler, **kw: Any) -> str:
    return f"ST_GeomFromWKB({compiler.process(element.clauses, **kw)}, {SRID})"


@compiles(_AsWkb, "postgresql")
def _postgis_out(element: _AsWkb, compiler: SQLCompiler, **kw: Any) -> str:
    return f"ST_AsBinary({compiler.process(element.clauses, **kw)})"


def geometry_columns(metadata: sa.MetaData) -> list[sa.Column[Any]]:
    """Every geometry column of ``metadata``."""
    return [c for t in metadata.sorted_tables for c in t.columns if isinstance(c.type, Wkb)]
