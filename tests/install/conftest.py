"""Helpers of the packaging tests: a missing tool skips, saying why; under CI (``CI=true``)
it is a failure, since CI installs the tools."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable

import pytest


@pytest.fixture
def require_tool() -> Callable[[str, str], str]:
    """The path of a command, or skip (fail under CI) naming the package that has it."""
    return _require_tool


def _require_tool(name: str, package: str) -> str:
    """The path of the command ``name``, or skip (fail under CI) naming its ``package``."""
    found = shutil.which(name)
    if found is None:
        reason = f"{name} not installed (apt-get install {package})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run this test: {reason}")
        pytest.skip(reason)
    return found
