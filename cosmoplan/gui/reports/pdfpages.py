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
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage

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


class _PageSignals(QObject):
    done = Signal(int, int, QImage)  # generation, page index, image


class _PageJob(QRunnable):
    """Render one page unless the document or the zoom changed since it was asked for."""

    def __init__(self, owner: PageImages, generation: int, index: int) -> None:
        super().__init__()
        self.owner = owner
        self.path = owner.path
        self.scale = owner.render_scale
        self.generation = generation
        self.index = index
        self.signals = _PageSignals()
        self.signals.done.connect(owner._receive)

    def run(self) -> None:
        if self.path is None or self.generation != self.owner.generation:
            return
        try:
            image = render_page(self.path, self.index, self.scale)
        except (OSError, pdfium.PdfiumError):  # the file went away (a newer preview replaced it)
            return
        self.signals.done.emit(self.generation, self.index, image)


class PageImages(QObject):
    """Images of a PDF's pages at the current zoom, rendered on ``pool`` when first asked for.

    :meth:`image` answers at once: the image, or ``None`` while it is being rendered; then
    :attr:`ready` says which page arrived. ``pixel_ratio`` is the screen's device pixel ratio.
    """

    ready = Signal(int)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.path: Path | None = None
        self.sizes: list[PageSize] = []
        self.zoom = 0.5
        self.pixel_ratio = 1.0
        self.generation = 0
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._cached_bytes = 0
        self._pending: set[int] = set()
        self._priority = 0

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
            self._pending.add(index)
            self._priority += 1  # the page asked for last is on screen now: render it first
            self.pool.start(_PageJob(self, self.generation, index), self._priority)
        return None

    @property
    def idle(self) -> bool:
        """Whether no page is waiting to be rendered."""
        return not self._pending

    def _forget(self) -> None:
        self.generation += 1
        self._cache.clear()
        self._cached_bytes = 0
        self._pending.clear()

    def _receive(self, generation: int, index: int, image: QImage) -> None:
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
