"""A patient's second factor on a kiosk: the 4-digit PIN they choose on their first visit.

Nothing tells whether a name is known before its PIN is right: a name nobody uses and a
known name with a wrong PIN get the same answer, count tries and lock alike. Choosing a
PIN is accepted for a name without one (a first visit, or a patient from before PINs);
for a name that has one, only that same PIN is accepted, and any other counts as a
wrong try.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol


class PinVerdict(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"  # a typed PIN that does not go with the name (or no such name)
    TAKEN = "taken"  # a PIN chosen for a name that has another one
    LOCKED = "locked"  # too many wrong tries: not even compared


@dataclass(frozen=True)
class PinAnswer:
    verdict: PinVerdict
    tries_left: int = 0
    locked_seconds: float = 0.0
    # The stored profile the name means, when the store knows it (else the caller's match).
    profile: str | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict is PinVerdict.ACCEPTED


class PatientPins(Protocol):
    """Where patients' PINs and their wrong tries are kept: this computer's data file,
    or the clinic server (checked there: a kiosk never reads a PIN's hash)."""

    def check(self, name: str, pin: str) -> PinAnswer:
        """A returning patient's typed PIN. Raises StorageError."""

    def choose(self, name: str, pin: str) -> PinAnswer:
        """A PIN chosen on a first visit (or by a patient who has none yet)."""

    def reset(self, name: str) -> None:
        """Staff: forget the patient's PIN and lock; they choose a new one next time."""
