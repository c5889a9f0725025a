"""The natural order of names and codes: "45/2" before "45/10", "tenant 9" before "tenant 10"."""

from __future__ import annotations

import re

#: Numbers up to this many digits sort by magnitude.
DIGITS = 12


def natural_key(text: str) -> str:
    """A text whose string order is the natural order of ``text`` (case folded, numbers by
    magnitude), usable wherever a string sort key is (tables, lists, reports)."""
    return re.sub(r"\d+", lambda m: m.group().zfill(DIGITS), text.casefold())
