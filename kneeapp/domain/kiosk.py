"""Kiosk rules without Qt: who a patient is, when an idle screen is cleared, and the
interfaces the kiosk screens use for patients and settings."""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kneeapp.domain.repository import StorageError
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.domain.validation import ValidationError

if TYPE_CHECKING:
    from kneeapp.domain.pin import LockState

DEFAULT_IDLE_SECONDS = 90
IDLE_CHOICES = (30, 60, 90, 120, 180, 300)
# On a check page a patient may be on the floor or on a step for minutes (the bridge,
# five slow squats per side): the screen waits longer there.
DEFAULT_CHECK_IDLE_SECONDS = 300
CHECK_IDLE_CHOICES = (120, 180, 300, 420, 600)
# How long "Are you still there?" counts down before the screen is cleared.
WARNING_SECONDS = 20
PATIENT_NAME_MAX = 60
# What a patient may choose on the start screen, and the clinic's default.
PATIENT_LANGUAGES = ("en", "es")
# The window's profile while no patient has signed in: never a stored profile name.
NO_PATIENT = ""


def patient_name(typed: str) -> str:
    """The name or clinic code as typed, with spaces tidied; refused if empty or long."""
    # Composed (NFC): a "José" typed with a combining accent is the same José.
    name = unicodedata.normalize("NFC", " ".join(typed.split()))
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Type your name or the code the clinic gave you.")
        )
    if len(name) > PATIENT_NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please use at most {count} characters."),
            count=PATIENT_NAME_MAX,
        )
    if not name.isprintable():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please use letters, digits and spaces only.")
        )
    return name


def _name_key(name: str) -> str:
    """Equal for the same name in another case; different for different letters.

    ``lower()`` of the composed form, not ``casefold()``: case folding makes "Weiß" and
    "WEISS", or the "ﬁ" ligature and "fi", one person's history."""
    return unicodedata.normalize("NFC", name).lower()


def name_key(name: str) -> str:
    """What two spellings of one patient's name have in common (see _name_key)."""
    return _name_key(name)


def match_patient(name: str, known: Iterable[str]) -> str:
    """The stored profile this name means, ignoring case ("anna" finds "Anna"); else the
    name itself, which starts a new profile."""
    key = _name_key(name)
    for profile in known:
        if _name_key(profile) == key and profile != NO_PATIENT:
            return profile
    return name


class KioskSettingsError(StorageError):
    """The kiosk's settings file exists but cannot be read or parsed: the kiosk refuses
    to start rather than take it for "no PIN yet"."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Cannot read the kiosk settings {path}: {reason}.")
        self.path = path
        self.reason = reason


class IdlePhase(enum.Enum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


class IdleTimer:
    """Input resets it; after ``timeout`` seconds without input it warns, and after the
    warning's ``WARNING_SECONDS`` it expires. Times are seconds from a monotonic clock."""

    def __init__(self, timeout: float, now: float, warning: float = WARNING_SECONDS) -> None:
        self.timeout = timeout
        self.warning = warning
        self._last_input = now

    def touch(self, now: float) -> None:
        self._last_input = now

    def phase(self, now: float) -> IdlePhase:
        idle = now - self._last_input
        if idle < self.timeout:
            return IdlePhase.ACTIVE
        if idle < self.timeout + self.warning:
            return IdlePhase.WARNING
        return IdlePhase.EXPIRED

    def seconds_left(self, now: float) -> int:
        """Whole seconds of the warning still to run (rounded up), 0 when expired."""
        left = self._last_input + self.timeout + self.warning - now
        return max(0, math.ceil(left))


class PatientStore(Protocol):
    """Patients are profiles; a kiosk lists and erases them (clinician mode only)."""

    def profiles(self) -> list[str]: ...

    def count(self, profile: str | None = None) -> int: ...

    def erase_profile(self, name: str) -> bool:
        """Delete the profile with all its data so that none of it stays readable in the
        files; False if there was no such profile."""


class KioskSettings(Protocol):
    @property
    def clinic_wide(self) -> bool:
        """Whether these are the clinic server's settings, the same at every station."""

    def pin_hash(self) -> str | None: ...

    def set_pin_hash(self, value: str) -> None:
        """Raises StorageError if it could not be stored."""

    def lock_state(self) -> LockState: ...

    def save_lock_state(self, state: LockState) -> None: ...

    def idle_seconds(self) -> int:
        """Seconds without a touch before "still there?" outside the check pages."""

    def set_idle_seconds(self, seconds: int) -> None: ...

    def check_idle_seconds(self) -> int:
        """The same on a check page, where an exercise takes minutes."""

    def set_check_idle_seconds(self, seconds: int) -> None: ...

    def language(self) -> str:
        """The clinic's language: the start screen's, back again after each patient."""

    def set_language(self, language: str) -> None: ...

    def keep_photos_allowed(self) -> bool:
        """Whether a patient may keep the photos an angle was measured on (never unless
        the clinic allows it: the photos are of them, on a shared computer)."""

    def set_keep_photos_allowed(self, allowed: bool) -> None: ...
