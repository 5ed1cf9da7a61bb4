"""Kiosk rules without Qt: who a patient is, when an idle screen is cleared, and the
interfaces the kiosk screens use for patients and settings."""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Iterable
from typing import Protocol

from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.domain.validation import ValidationError

DEFAULT_IDLE_SECONDS = 90
IDLE_CHOICES = (30, 60, 90, 120, 180, 300)
# How long "Are you still there?" counts down before the screen is cleared.
WARNING_SECONDS = 20
PATIENT_NAME_MAX = 60
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


def match_patient(name: str, known: Iterable[str]) -> str:
    """The stored profile this name means, ignoring case ("anna" finds "Anna"); else the
    name itself, which starts a new profile."""
    key = _name_key(name)
    for profile in known:
        if _name_key(profile) == key and profile != NO_PATIENT:
            return profile
    return name


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
    def pin_hash(self) -> str | None: ...

    def set_pin_hash(self, value: str) -> None: ...

    def idle_seconds(self) -> int: ...

    def set_idle_seconds(self, seconds: int) -> None: ...
