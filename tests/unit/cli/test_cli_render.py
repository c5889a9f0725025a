"""`cosmoplan render`: the map drawn headless to PNG or SVG."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., Any]  # the `cli` fixture: run(*argv) -> result with code, out, err
Snapshot = Callable[[Path], tuple[str | None, list[str]]]  # the `snapshot` fixture

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_render_png_with_a_size(
    snapshot: Snapshot, cli: Run, plan_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "map.png"
    before = snapshot(plan_file)
    result = cli("render", plan_file, "-o", out, "--size", "640x400", "--at", "2026-06-01")
    assert result.code == 0, result.err
    assert result.out == f"Rendered the map to {out}.\n"
    assert png_size(out) == (640, 400)
    assert snapshot(plan_file) == before


def test_render_svg(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    result = cli("render", plan_file, "--output", out)
    assert result.code == 0, result.err
    text = out.read_text()
    assert "<svg" in text and "45/1" in text


def test_render_pdf(cli: Run, plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    assert cli("render", plan_file, "-o", out, "--size", "800x600").code == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("name", ["map.jpg", "map.docx", "map"])
def test_render_refuses_other_formats(cli: Run, plan_file: Path, tmp_path: Path, name: str) -> None:
    result = cli("render", plan_file, "-o", tmp_path / name)
    assert result.code == 2
    assert result.err.startswith("cosmoplan: error: Cannot draw a map as")
    assert result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan_file.name]


@pytest.mark.parametrize("size", ["10x10", "20000x20000", "9000x9000"])
def test_render_refuses_sizes_out_of_range(
    cli: Run, plan_file: Path, tmp_path: Path, size: str
) -> None:
    result = cli("render", plan_file, "-o", tmp_path / "map.png", "--size", size)
    assert result.code == 2
    assert result.err.startswith("cosmoplan: error: ") and result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan_file.name]
