"""Every setting declared once, with its key, type and default (QSettings underneath)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if self.type is list:
            if value is None or value == "":
                return []
            return [value] if isinstance(value, str) else list(value)
        if self.type is object:  # opaque values such as saved geometry (QByteArray)
            return value
        if self.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        try:
            return self.type(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: Any) -> None:
        settings.setValue(self.key, value)


LAST_DATABASE = Setting[str]("files/last_database", str, "")
RECENT_DATABASES = Setting[list]("files/recent", list, [])
WINDOW_GEOMETRY = Setting[Any]("window/geometry", object, None)
WINDOW_STATE = Setting[Any]("window/state", object, None)
SPLITTER_STATE = Setting[Any]("window/splitter", object, None)
LANGUAGE = Setting[str]("ui/language", str, "")  # "" = follow the system
ENTERED_BY = Setting[str]("capture/entered_by", str, "")
# File ▸ Reports… (qt/reports/dialog.py): the last choices
REPORT_KIND = Setting[str]("reports/kind", str, "workshop")
REPORT_LANGUAGE = Setting[str]("reports/language", str, "")  # "" = the UI language
REPORT_LARGE_PRINT = Setting[bool]("reports/large_print", bool, False)
REPORT_FOLDER = Setting[str]("reports/folder", str, "")  # where the last report was saved


def remember_recent(settings: QSettings, path: str) -> list[str]:
    recent = [p for p in RECENT_DATABASES.get(settings) if p != path]
    recent.insert(0, path)
    del recent[MAX_RECENT:]
    RECENT_DATABASES.set(settings, recent)
    LAST_DATABASE.set(settings, path)
    return recent
