"""A kiosk's own settings and secrets in the data folder's ``kiosk.json``, apart from the
display preferences of ``settings.json``: the clinician PIN's hash, its lockout, the idle
times and the clinic's language.

Fail closed: a kiosk file that cannot be read or parsed is never taken for "no PIN yet"
and never rewritten; opening it raises KioskSettingsError and the kiosk does not start.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kneeapp.domain.kiosk import (
    CHECK_IDLE_CHOICES,
    DEFAULT_CHECK_IDLE_SECONDS,
    DEFAULT_IDLE_SECONDS,
    IDLE_CHOICES,
    KioskSettingsError,
)
from kneeapp.domain.preferences import LANGUAGES
from kneeapp.domain.repository import StorageError
from kneeapp.files import write_atomically
from kneeapp.storage.preferences import FILE_NAME as PREFERENCES_FILE

if TYPE_CHECKING:
    from kneeapp.domain.kiosk import KioskSettings
    from kneeapp.domain.pin import LockState

FILE_NAME = "kiosk.json"
# Where earlier versions kept the kiosk's keys: in settings.json, beside the display.
LEGACY_PIN_KEY = "kiosk_pin_hash"
LEGACY_IDLE_KEY = "kiosk_idle_seconds"
START_KEY = "start_as_kiosk"

PIN_KEY = "pin_hash"
LOCK_KEY = "pin_lock"
IDLE_KEY = "idle_seconds"
CHECK_IDLE_KEY = "check_idle_seconds"
LANGUAGE_KEY = "language"
KEEP_PHOTOS_KEY = "keep_photos"  # may patients keep the photos an angle was measured on?
# What a clinic server keeps for all its stations; the PIN's lock stays each station's own.
CLINIC_KEYS = (PIN_KEY, IDLE_KEY, CHECK_IDLE_KEY, LANGUAGE_KEY, KEEP_PHOTOS_KEY)


def _read_json(path: Path) -> dict[str, Any] | None:
    """The file's object; None when there is no file. Raises KioskSettingsError when it
    exists but cannot be read or is not a JSON object."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise KioskSettingsError(path, str(getattr(error, "strerror", None) or error)) from error
    try:
        data = json.loads(text)
    except ValueError as error:
        raise KioskSettingsError(path, str(error)) from error
    if not isinstance(data, dict):
        raise KioskSettingsError(path, "not a JSON object")
    return data


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to a new file beside ``path`` (0600, synced), then rename it over."""
    try:
        write_atomically(path, lambda stream: json.dump(data, stream, indent=2))
    except OSError as error:
        raise StorageError(
            f"Could not save the kiosk settings in {path}: {error.strerror or error}."
        ) from error


def start_as_kiosk(data_dir: Path) -> bool:
    """Whether this data folder is a kiosk's without ``--kiosk``: ``"start_as_kiosk":
    true`` in settings.json or kiosk.json. A damaged settings.json beside a kiosk.json
    counts as yes: a kiosk never falls back to the open desktop window."""
    try:
        kiosk = _read_json(data_dir / FILE_NAME)
    except KioskSettingsError:
        return True  # refused with the reason when the kiosk opens it
    try:
        preferences = _read_json(data_dir / PREFERENCES_FILE)
    except KioskSettingsError:
        return kiosk is not None
    if kiosk is not None and kiosk.get(START_KEY) is True:
        return True
    return preferences is not None and preferences.get(START_KEY) is True


class JsonKioskSettings:
    """Read once when opened (or refused); every change is written at once."""

    clinic_wide = False  # this kiosk's own

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        self._data = data
        self.path = path
        # A clinic station hears the clinic's settings on its link's thread.
        self._writing = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path) -> JsonKioskSettings:
        """The kiosk's settings; raises KioskSettingsError if they cannot be read."""
        path = data_dir / FILE_NAME
        data = _read_json(path)
        if data is None:
            data = cls._from_legacy(data_dir, path)
        pin = data.get(PIN_KEY)
        if pin is not None and not (isinstance(pin, str) and pin):
            raise KioskSettingsError(path, "the PIN's entry is damaged")
        return cls(data, path)

    @staticmethod
    def _from_legacy(data_dir: Path, path: Path) -> dict[str, Any]:
        """Before kiosk.json, the PIN's hash was in settings.json: move it over once. A
        settings.json that cannot be read may hold a PIN, so it is refused, not ignored."""
        legacy_path = data_dir / PREFERENCES_FILE
        legacy = _read_json(legacy_path)
        data: dict[str, Any] = {}
        if legacy is None:
            return data
        if isinstance(legacy.get(LEGACY_PIN_KEY), str) and legacy[LEGACY_PIN_KEY]:
            data[PIN_KEY] = legacy[LEGACY_PIN_KEY]
        if isinstance(legacy.get(LEGACY_IDLE_KEY), int):
            data[IDLE_KEY] = legacy[LEGACY_IDLE_KEY]
        if legacy.get(START_KEY) is True:
            data[START_KEY] = True
        if LEGACY_PIN_KEY in legacy or LEGACY_IDLE_KEY in legacy:
            write_json_atomically(path, data)
            # The secret leaves the display preferences only once it is safe in kiosk.json.
            rest = {k: v for k, v in legacy.items() if k not in (LEGACY_PIN_KEY, LEGACY_IDLE_KEY)}
            write_json_atomically(legacy_path, rest)
        return data

    def _set(self, key: str, value: object) -> None:
        with self._writing:
            data = dict(self._data)
            data[key] = value
            write_json_atomically(self.path, data)
            self._data = data

    def pin_hash(self) -> str | None:
        value = self._data.get(PIN_KEY)
        return value if isinstance(value, str) and value else None

    def set_pin_hash(self, value: str) -> None:
        self._set(PIN_KEY, value)

    def lock_state(self) -> LockState:
        """The clinician PIN's wrong tries and lock, as left by the last run."""
        from kneeapp.domain.pin import LockState  # hashlib: only a kiosk needs it

        return LockState.from_mapping(self._data.get(LOCK_KEY))

    def save_lock_state(self, state: LockState) -> None:
        self._set(LOCK_KEY, state.as_mapping())

    def idle_seconds(self) -> int:
        value = self._data.get(IDLE_KEY)
        # Only the offered choices: a hand-edited 0 must not clear the screen at once.
        return value if isinstance(value, int) and value in IDLE_CHOICES else DEFAULT_IDLE_SECONDS

    def set_idle_seconds(self, seconds: int) -> None:
        self._set(IDLE_KEY, int(seconds))

    def check_idle_seconds(self) -> int:
        value = self._data.get(CHECK_IDLE_KEY)
        if isinstance(value, int) and value in CHECK_IDLE_CHOICES:
            return value
        return DEFAULT_CHECK_IDLE_SECONDS

    def set_check_idle_seconds(self, seconds: int) -> None:
        self._set(CHECK_IDLE_KEY, int(seconds))

    def language(self) -> str:
        """The clinic's language for the start screen ("system", "en" or "es")."""
        value = self._data.get(LANGUAGE_KEY)
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        self._set(LANGUAGE_KEY, language if language in LANGUAGES else "system")

    def keep_photos_allowed(self) -> bool:
        """Whether a patient may keep a photo with their results: only if the clinic said so."""
        return self._data.get(KEEP_PHOTOS_KEY) is True

    def set_keep_photos_allowed(self, allowed: bool) -> None:
        self._set(KEEP_PHOTOS_KEY, bool(allowed))

    def start_as_kiosk(self) -> bool:
        return self._data.get(START_KEY) is True

    def clinic_values(self) -> dict[str, Any]:
        """This station's own values of the clinic's settings (those it has)."""
        data = self._data  # replaced whole on each change: safe to read from any thread
        return {key: data[key] for key in CLINIC_KEYS if key in data}

    def take_clinic_values(self, values: dict[str, Any]) -> bool:
        """Keep the clinic's settings as this station's; whether any changed. Read back
        through the getters, which accept only what they offer."""
        taken = {key: value for key, value in values.items() if key in CLINIC_KEYS}
        if taken.get(PIN_KEY) is not None and not (
            isinstance(taken[PIN_KEY], str) and taken[PIN_KEY]
        ):
            del taken[PIN_KEY]  # a damaged PIN never replaces a good one
        with self._writing:
            if all(self._data.get(key) == value for key, value in taken.items()):
                return False
            data = {**self._data, **taken}
            write_json_atomically(self.path, data)
            self._data = data
        return True


if TYPE_CHECKING:

    def _implements_protocol(settings: JsonKioskSettings) -> KioskSettings:
        return settings
