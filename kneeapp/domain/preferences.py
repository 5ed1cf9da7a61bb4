"""Choices that outlive a session, kept per data folder, and the interface that keeps them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, Protocol

LANGUAGES = ("system", "en", "es")
THEMES = ("system", "light", "dark", "high_contrast")
TEXT_SIZES = ("normal", "large", "extra_large")
DISTANCE_UNITS = ("cm", "in")
CM_PER_INCH = 2.54


class DisplaySettings(NamedTuple):
    language: str = "system"
    theme: str = "system"
    text_size: str = "normal"
    distance_unit: str = "cm"  # knee-to-wall is always stored in cm

    @classmethod
    def from_mapping(cls, data: object) -> DisplaySettings:
        """Keep what is valid in ``data``; anything unknown falls back to the default."""
        settings = cls()
        if not isinstance(data, dict):
            return settings
        allowed = {
            "language": LANGUAGES,
            "theme": THEMES,
            "text_size": TEXT_SIZES,
            "distance_unit": DISTANCE_UNITS,
        }
        for name in cls._fields:
            value = data.get(name)
            if value in allowed[name]:
                settings = settings._replace(**{name: value})
        return settings


class Preferences(Protocol):
    def selected_checks(self) -> tuple[str, ...]:
        """The checks ticked last time, in catalog order; all of them at first."""

    def remember_checks(self, check_ids: Iterable[str]) -> None: ...

    def display_settings(self) -> DisplaySettings: ...

    def save_display_settings(self, settings: DisplaySettings) -> None: ...

    def window_geometry(self) -> str | None:
        """The main window's last size and position, as Qt saved it (base64)."""

    def save_window_geometry(self, geometry: str) -> None: ...
