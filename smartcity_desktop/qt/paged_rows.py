"""The page cache shared by the table models that hold only row ids: rows are fetched in pages
of ``PAGE`` ids, and at most ``MAX_CACHED_PAGES`` pages are kept (least recently used first out)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..services.ideas import capture

T = TypeVar("T")
PAGE = 100
MAX_CACHED_PAGES = 20


def cached_row(pages: OrderedDict[int, dict[int, T]], rowids: Sequence[int], row: int,
               fetch: Callable[[Sequence[int]], dict[int, T]]) -> T | None:
    """The row at ``row`` of ``rowids``, fetching its page with ``fetch`` when not cached."""
    if not 0 <= row < len(rowids):
        return None
    page_no = row // PAGE
    page = pages.get(page_no)
    if page is None:
        page = fetch(rowids[page_no * PAGE:(page_no + 1) * PAGE])
        pages[page_no] = page
        if len(pages) > MAX_CACHED_PAGES:
            pages.popitem(last=False)
    else:
        pages.move_to_end(page_no)
    return page.get(rowids[row])


def row_of(rowids: Sequence[int], rowid: int | None) -> int | None:
    try:
        return rowids.index(rowid)
    except ValueError:
        return None


class IdeaRows:
    """For a table model of ideas that holds row keys (``self._rowids``) and a ``row_at(row)``
    whose rows have an ``id``: the idea at a row, and the row of an idea."""

    def idea_id_at(self, row: int) -> str | None:
        item = self.row_at(row)
        return item.id if item else None

    def row_of(self, idea_id: str) -> int | None:
        return row_of(self._rowids, capture.rowid_of(self._db, idea_id))
