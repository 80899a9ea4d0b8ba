"""Commands of the reports and exports capability."""

from __future__ import annotations
