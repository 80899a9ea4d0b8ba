"""A QR code widget (the office's public key, for a phone to scan)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrCodeWidget(QWidget):
    """A QR code drawn square by square with QPainter (matrix from reportlab's encoder, which
    the app already uses for PDFs), with the quiet zone the standard asks for."""

    QUIET = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._modules: list[list[bool]] = []
        self._payload = ""
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("QR code"))

    def set_payload(self, payload: str) -> None:
        from reportlab.graphics.barcode import qrencoder

        self._payload = payload
        self._modules = []
        if payload:
            code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
            code.addData(payload)
            code.make()
            n = code.getModuleCount()
            self._modules = [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]
        self.setAccessibleDescription(payload)
        self.setToolTip(payload)
        self.update()

    def payload(self) -> str:
        return self._payload

    def modules(self) -> list[list[bool]]:
        return self._modules

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(self.rect(), self.palette().window())
        if not self._modules:
            return
        n = len(self._modules) + 2 * self.QUIET
        unit = max(1, side // n)  # whole pixels: crisp edges a phone camera can read
        size = unit * n
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter.fillRect(left, top, size, size, QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(self._modules):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (c + self.QUIET) * unit,
                                            top + (r + self.QUIET) * unit, unit, unit))
        painter.end()
