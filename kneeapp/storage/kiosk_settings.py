"""Kiosk settings (PIN hash, idle time, start as a kiosk) in the data folder's settings.json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kneeapp.domain.kiosk import DEFAULT_IDLE_SECONDS, IDLE_CHOICES
from kneeapp.storage.preferences import JsonPreferences

if TYPE_CHECKING:
    from kneeapp.domain.kiosk import KioskSettings

PIN_KEY = "kiosk_pin_hash"
IDLE_KEY = "kiosk_idle_seconds"
START_KEY = "start_as_kiosk"


class JsonKioskSettings(JsonPreferences):
    """The same file as the other preferences; only the PIN's scrypt hash is stored."""

    def pin_hash(self) -> str | None:
        value = self._load().get(PIN_KEY)
        return value if isinstance(value, str) and value else None

    def set_pin_hash(self, value: str) -> None:
        data = self._load()
        data[PIN_KEY] = value
        self._store(data)

    def idle_seconds(self) -> int:
        value = self._load().get(IDLE_KEY)
        # Only the offered choices: a hand-edited 0 must not clear the screen at once.
        return value if isinstance(value, int) and value in IDLE_CHOICES else DEFAULT_IDLE_SECONDS

    def set_idle_seconds(self, seconds: int) -> None:
        data = self._load()
        data[IDLE_KEY] = int(seconds)
        self._store(data)

    def start_as_kiosk(self) -> bool:
        """``"start_as_kiosk": true`` in settings.json starts KneeCheck as a kiosk."""
        return self._load().get(START_KEY) is True


if TYPE_CHECKING:

    def _implements_protocol(settings: JsonKioskSettings) -> KioskSettings:
        return settings
