"""Choices that outlive a session, kept per data folder, and the interface that keeps them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, Protocol

from kneeapp.domain.text import QT_TRANSLATE_NOOP

# Each setting's choices, in the order offered, with the words the settings page shows
# (translated there): the one list the settings file, the page and the kiosk read.
# Each language is named in itself, so a person finds their own in any language.
LANGUAGE_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsPage", "The system's language"),
    "en": "English",
    "es": "Español",
}
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsPage", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsPage", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsPage", "Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("SettingsPage", "High contrast"),
}
TEXT_SIZE_NAMES = {
    "normal": QT_TRANSLATE_NOOP("SettingsPage", "Normal"),
    "large": QT_TRANSLATE_NOOP("SettingsPage", "Large"),
    "extra_large": QT_TRANSLATE_NOOP("SettingsPage", "Extra large"),
}
DISTANCE_UNIT_NAMES = {
    "cm": QT_TRANSLATE_NOOP("SettingsPage", "Centimetres"),
    "in": QT_TRANSLATE_NOOP("SettingsPage", "Inches"),
}
LANGUAGES = tuple(LANGUAGE_NAMES)
THEMES = tuple(THEME_NAMES)
TEXT_SIZES = tuple(TEXT_SIZE_NAMES)
DISTANCE_UNITS = tuple(DISTANCE_UNIT_NAMES)
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

    def window_maximised(self) -> bool:
        """Whether the main window was maximised when it was last closed."""

    def save_window_geometry(self, geometry: str, *, maximised: bool = False) -> None: ...
