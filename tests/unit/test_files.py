"""Atomic writes: the whole new file or the old one, never half; errors as core messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cosmoplan.files import atomic_file
from cosmoplan.messages import CosmoplanError, register

MSG_FAILED = register("test.files.failed", "Cannot write {path}: {reason}")


def test_the_new_content_replaces_the_old_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "map.svg"
    target.write_bytes(b"old")
    with atomic_file(target, MSG_FAILED) as handle:
        handle.write(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]


def test_a_failure_inside_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target, MSG_FAILED) as handle:
        handle.write(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_an_unwritable_place_is_a_core_error(tmp_path: Path) -> None:
    with pytest.raises(CosmoplanError) as raised, atomic_file(tmp_path / "no" / "x", MSG_FAILED):
        pass
    assert raised.value.message.id == "test.files.failed"
    assert "No such file or directory" in raised.value.message.params["reason"]
