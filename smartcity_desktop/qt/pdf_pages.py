"""PDF pages as images for the previews (paper forms, reports): rendered with pypdfium2, and
framed so white paper stands out on a white list."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap


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
