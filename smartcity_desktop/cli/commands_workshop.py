"""Commands for running a workshop (paper forms, importing ideas). Filled in by the
workshop capability."""

from __future__ import annotations
