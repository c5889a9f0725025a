"""Regression test: PySide6 6.12.0 leaks references to None on Python 3.11 (a Qt test that
needs no display; it lives here because unit tests must not import Qt)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_setx_does_not_leak_references_to_none() -> None:
    point = QPointF(0.0, 0.0)
    point.setX(1.0)  # warm up any one-time caches
    before = sys.getrefcount(None)
    for i in range(10_000):
        point.setX(float(i))
    after = sys.getrefcount(None)
    assert point.x() == 9999.0
    assert after == before, f"{after - before} references to None leaked"
