"""PDF pages as images, for the dialogs that preview a PDF (paper forms, reports).

Pages are rendered with pypdfium2, in a task's worker thread or in the GUI thread. pdfium
must not be used from two threads at once: a dialog runs one task at a time (in its own pool
of one thread) and renders in the GUI thread only while no task runs.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from .tasks import Cancelled, Progress


def page_image(page, scale: float) -> QImage:
    """One PDF page as a QImage (pypdfium2's BGRx bitmap is Qt's RGB32 on every platform
    Qt runs on: both are 0xffRRGGBB words in native, little-endian order)."""
    bitmap = page.render(scale=scale, prefer_bgrx=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB32)
        return image.copy()  # own the pixels before pdfium frees the bitmap
    finally:
        bitmap.close()


def framed(image: QImage) -> QPixmap:
    """A page thumbnail with a thin grey edge, so white paper stands out on a white list."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9aa5ad"))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


def thumbnails(path: Path, width: int, ratio: float, limit: int, progress: Progress,
               phase: str = "") -> tuple[int, list[QImage]]:
    """The number of pages of the PDF at ``path``, and images of its first ``limit`` pages,
    ``width`` logical pixels wide on a screen with device pixel ratio ``ratio``. Reports
    ``progress(i, shown, phase)`` before each page and raises :class:`~.tasks.Cancelled` when
    it answers False."""
    images = []
    doc = pdfium.PdfDocument(str(path))
    try:
        pages = len(doc)
        shown = min(pages, limit)
        for i in range(shown):
            if not progress(i, shown, phase):
                raise Cancelled()
            page = doc[i]
            image = page_image(page, width * ratio / page.get_width())
            image.setDevicePixelRatio(ratio)
            images.append(image)
            page.close()
    finally:
        doc.close()
    return pages, images
