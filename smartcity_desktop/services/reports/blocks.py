"""PDF building blocks shared by the feedback report and the challenge brief: derived paragraph
styles, quotes set off by a bar, grid tables, and keeping headings with what follows them."""

from __future__ import annotations

from ..pdf import document as rp
from ..pdf.paragraphs import para


def derived_style(base, name: str, **changes):
    """A paragraph style named ``name``: ``base`` with ``changes``."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(name, parent=base, **changes)


def quote_block(flowables: list, width: float, colour=None, pad: float = 8):
    """Flowables set off by a coloured bar on the left (a quote, a decision)."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[flowables]], colWidths=[width])
    table.setStyle(TableStyle([
        ("LINEBEFORE", (0, 0), (0, 0), 2.5, colour or rp.ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    table.hAlign = "LEFT"
    return table


def grid_table(rows: list[list], widths: list[float], st: dict, *, header: bool = True,
               row_heights=None):
    """A table with a grid; string cells become paragraphs in any script (header bold)."""
    from reportlab.platypus import Table, TableStyle

    data = [[para(c, st["cell_bold" if header and i == 0 else "cell"])
             if isinstance(c, str) else c for c in row] for i, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0,
                  rowHeights=row_heights)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, rp.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), rp.PALE))
    table.setStyle(TableStyle(commands))
    table.hAlign = "LEFT"
    return table


class KeptBlocks:
    """Adds blocks to a story so that headings stay with what follows them: ``keep`` holds
    flowables back until the next ``block``, which is kept together with them. (KeepTogether
    must not be nested: an inner one reports an endless height and pushes the outer one to a
    new page.)"""

    def __init__(self, story: list) -> None:
        self.story = story
        self.pending: list = []

    def keep(self, *flowables) -> None:
        self.pending += flowables

    def block(self, *flowables) -> None:
        from reportlab.platypus import KeepTogether

        self.story.append(KeepTogether(self.pending + list(flowables)))
        self.pending = []

    def flush(self) -> None:
        if self.pending:
            self.block()
