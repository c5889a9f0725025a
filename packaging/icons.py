"""Render the application icon (``cosmoplan/resources/icons/cosmoplan.svg``) for installers.

    python packaging/icons.py

writes ``packaging/icons/hicolor/<N>x<N>/apps/cosmoplan.png`` (the freedesktop icon theme
layout, with the SVG under ``scalable/apps``), ``cosmoplan.ico`` (Windows) and
``cosmoplan.icns`` (macOS). Run it after changing the SVG; a test checks the files are there.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "cosmoplan" / "resources" / "icons" / "cosmoplan.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels goes."""
    return OUT / "hicolor" / f"{size}x{size}" / "apps" / "cosmoplan.png"


def main() -> int:
    """Write every icon file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        png_path(size).parent.mkdir(parents=True, exist_ok=True)
        image.save(str(png_path(size)), "PNG")
        images[size] = image
    scalable = OUT / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable / "cosmoplan.svg")
    images[256].save(str(OUT / "cosmoplan.ico"), "ICO")
    images[512].save(str(OUT / "cosmoplan.icns"), "ICNS")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
