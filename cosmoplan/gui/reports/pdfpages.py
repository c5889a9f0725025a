"""PDF pages as images for the preview, rendered by pypdfium2 on a worker thread, on demand.

PDFium must not run on two threads at once, so every call into it here holds :data:`PDFIUM`.
:class:`PageImages` renders only the pages the view asks for (those on screen), newest request
first, and keeps the most recent ones in a bounded cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from cosmoplan.gui.workers import SerialQueue

#: Held around every PDFium call (PDFium is not thread-safe, even across documents).
PDFIUM = threading.Lock()
#: Page images kept in memory, in bytes (older ones are rendered again when scrolled back to).
CACHE_BYTES = 192 * 2**20
#: Pixels per PDF point at zoom 100 %: a page at its printed size on a 96 dpi screen.
PIXELS_PER_POINT = 96 / 72

PageSize = tuple[float, float]  # width, height in points


@contextmanager
def open_pdf(path: str | Path) -> Iterator[pdfium.PdfDocument]:
    """The PDF at ``path``, opened while holding :data:`PDFIUM` (closed on exit)."""
    with PDFIUM:
        document = pdfium.PdfDocument(str(path))
        try:
            yield document
        finally:
            document.close()


def page_sizes(path: str | Path) -> list[PageSize]:
    """Width and height (points) of every page of the PDF at ``path``."""
    with open_pdf(path) as document:
        return [_size(document, index) for index in range(len(document))]


def _size(document: pdfium.PdfDocument, index: int) -> PageSize:
    page = document[index]
    try:
        width, height = page.get_size()
    finally:
        page.close()
    return float(width), float(height)


def render_page(path: str | Path, index: int, scale: float) -> QImage:
    """Page ``index`` of the PDF at ``path`` as an image, ``scale`` pixels per point."""
    with open_pdf(path) as document:
        page = document[index]
        try:
            picture = page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
    width, height = picture.size
    data = picture.tobytes()
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class PageImages(QObject):
    """Images of a PDF's pages at the current zoom, rendered on ``queue`` when first asked for.

    :meth:`image` answers at once: the image, or ``None`` while it is being rendered; then
    :attr:`ready` says which page arrived. ``pixel_ratio`` is the screen's device pixel ratio.
    """

    ready = Signal(int)

    def __init__(self, queue: SerialQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.path: Path | None = None
        self.sizes: list[PageSize] = []
        self.zoom = 0.5
        self.pixel_ratio = 1.0
        self.generation = 0
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._cached_bytes = 0
        self._pending: set[int] = set()

    @property
    def render_scale(self) -> float:
        """Device pixels per PDF point at the current zoom."""
        return self.zoom * PIXELS_PER_POINT * self.pixel_ratio

    def load(self, path: Path | None, sizes: list[PageSize]) -> None:
        """Show the PDF at ``path`` (``None``: no document) with pages of ``sizes``."""
        self.path = path
        self.sizes = list(sizes)
        self._forget()

    def set_zoom(self, zoom: float, pixel_ratio: float) -> None:
        """Render at ``zoom`` (1.0: printed size) for a screen of ``pixel_ratio``."""
        if (zoom, pixel_ratio) != (self.zoom, self.pixel_ratio):
            self.zoom, self.pixel_ratio = zoom, pixel_ratio
            self._forget()

    def page_size(self, index: int) -> QSize:
        """The size of page ``index`` on screen, in logical pixels."""
        width, height = self.sizes[index]
        factor = self.zoom * PIXELS_PER_POINT
        return QSize(max(1, round(width * factor)), max(1, round(height * factor)))

    def image(self, index: int) -> QImage | None:
        """The rendered page, or ``None`` (then it is queued and :attr:`ready` follows)."""
        image = self._cache.get(index)
        if image is not None:
            self._cache.move_to_end(index)
            return image
        if self.path is not None and index not in self._pending and 0 <= index < len(self.sizes):
            self._pending.add(
                index
            )  # the page asked for last is on screen: the queue takes it first
            work = partial(
                _render_if_current, self, self.path, self.generation, index, self.render_scale
            )
            self.queue.submit(work, self._receive)
        return None

    def _forget(self) -> None:
        self.generation += 1
        self._cache.clear()
        self._cached_bytes = 0
        self._pending.clear()
        self.queue.clear()

    def _receive(self, rendered: tuple[int, int, QImage] | None) -> None:
        if rendered is None:
            return
        generation, index, image = rendered
        if generation != self.generation:
            return
        self._pending.discard(index)
        image.setDevicePixelRatio(self.pixel_ratio)
        self._cache[index] = image
        self._cached_bytes += image.sizeInBytes()
        while self._cached_bytes > CACHE_BYTES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._cached_bytes -= old.sizeInBytes()
        self.ready.emit(index)


def _render_if_current(
    owner: PageImages, path: Path, generation: int, index: int, scale: float
) -> tuple[int, int, QImage] | None:
    """Render one page unless the document or the zoom changed since it was asked for
    (worker thread); ``None`` when skipped or when the file went away."""
    if generation != owner.generation:
        return None
    try:
        image = render_page(path, index, scale)
    except (OSError, pdfium.PdfiumError):  # a newer preview replaced the file
        return None
    return generation, index, image
