"""The clinician PIN of a kiosk: salted scrypt hashes and a lockout after wrong tries.

Pure logic: the clock is passed in, so the lockout timing is tested without waiting.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.domain.validation import ValidationError

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12
# scrypt cost: about 50 ms per try here, 16 MiB of memory; stored with each hash.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
SCHEME = "scrypt"

FREE_TRIES = 5
FIRST_LOCK_SECONDS = 30.0
MAX_LOCK_SECONDS = 3600.0


def validate_new_pin(pin: str) -> str:
    """A new PIN is 4 to 12 digits: typed on the on-screen keypad."""
    if not (pin.isascii() and pin.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The PIN may only contain the digits 0 to 9.")
        )
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The PIN needs {least} to {most} digits; it has {count}."),
            least=PIN_MIN_LENGTH,
            most=PIN_MAX_LENGTH,
            count=len(pin),
        )
    return pin


PATIENT_PIN_LENGTH = 4


def validate_patient_pin(pin: str) -> str:
    """A patient's PIN is 4 digits, typed on the keypad."""
    if not (pin.isascii() and pin.isdigit() and len(pin) == PATIENT_PIN_LENGTH):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Your PIN is {count} digits."), count=PATIENT_PIN_LENGTH
        )
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=KEY_BYTES
    )


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$key`` (hex): the only form in which a PIN is ever stored."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def derive_key(pin: str, salt_hex: str) -> str:
    """The scrypt key (hex) of ``pin`` with ``salt_hex``, at the stored cost: what a kiosk
    sends to the clinic server, which compares it there with the one it keeps."""
    return _derive(pin, bytes.fromhex(salt_hex), SCRYPT_N, SCRYPT_R, SCRYPT_P).hex()


_BLANK_HASH: list[str] = []


def spend_a_check(pin: str) -> None:
    """Take as long as checking a PIN: a name without one must answer as slowly as a
    name with one, or the time would tell which names are known."""
    if not _BLANK_HASH:
        _BLANK_HASH.append(hash_pin("0000"))
    verify_pin(pin, _BLANK_HASH[0])


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches ``stored``, compared in constant time; a damaged hash
    never matches."""
    try:
        scheme, n, r, p, salt_hex, key_hex = stored.split("$")
        if scheme != SCHEME:
            return False
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(key_hex)
        actual = _derive(pin, salt, int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class Attempt:
    """What became of one try: accepted, or refused with the seconds still locked."""

    accepted: bool
    locked_seconds: float = 0.0
    tries_left: int = 0


@dataclass(frozen=True)
class LockState:
    """Wrong tries so far and the lock they earned, kept across restarts.

    ``locked_until`` is on the lock's clock: wall-clock seconds (time.time) in the app,
    so that a lock outlives a restart of the kiosk.
    """

    failures: int = 0
    next_lock: float = FIRST_LOCK_SECONDS
    locked_until: float = 0.0

    def as_mapping(self) -> dict[str, float]:
        return {
            "failures": self.failures,
            "next_lock": self.next_lock,
            "locked_until": self.locked_until,
        }

    @classmethod
    def from_mapping(cls, data: object) -> LockState:
        """A stored state; anything unreadable in it counts as locked as long as a lock
        can last, never as a fresh start."""
        if data is None:
            return cls()
        try:
            assert isinstance(data, dict)
            failures = int(data["failures"])
            next_lock = float(data["next_lock"])
            locked_until = float(data["locked_until"])
            if failures < 0 or not FIRST_LOCK_SECONDS <= next_lock <= MAX_LOCK_SECONDS:
                raise ValueError(data)
        except (AssertionError, KeyError, TypeError, ValueError):
            return cls(FREE_TRIES, MAX_LOCK_SECONDS, float("inf"))
        return cls(failures, next_lock, locked_until)


def is_pin_key(text: str) -> bool:
    """A key typed into a PIN field counts only if it is one digit; anything else (a
    letter on a physical keyboard) is ignored, not taken as a wrong try."""
    return len(text) == 1 and text.isascii() and text.isdigit()


class PinLock:
    """Counts wrong tries: the fifth locks entry for 30 s; after a lock, every further
    wrong try locks again for twice as long (up to an hour). A right PIN resets it.

    ``clock`` returns seconds (time.time in the app); ``save`` keeps each new state, so
    that a restart grants no fresh tries.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        state: LockState | None = None,
        save: Callable[[LockState], None] | None = None,
    ) -> None:
        self._clock = clock
        state = state or LockState()
        latest = clock() + MAX_LOCK_SECONDS
        if state.locked_until > latest:
            # A clock set back (or a damaged entry) must not lock for longer than a lock lasts.
            state = LockState(state.failures, state.next_lock, latest)
        self.state = state
        self._save = save

    def locked_for(self) -> float:
        """Seconds until a PIN may be tried again; 0 when it may be tried now."""
        return max(0.0, self.state.locked_until - self._clock())

    def _keep(self, state: LockState) -> None:
        self.state = state
        if self._save is not None:
            self._save(state)

    def reset(self) -> None:
        self._keep(LockState())

    def check(self, pin: str, stored: str | None) -> Attempt:
        """Try ``pin`` against ``stored`` (None: nothing matches, but the try counts)."""
        if self.locked_for() > 0:
            # While locked, the PIN is not even compared.
            return Attempt(False, self.locked_for())
        if stored is not None and verify_pin(pin, stored):
            if self.state != LockState():
                self._keep(LockState())
            return Attempt(True)
        state = self.state
        failures = state.failures + 1
        if failures < FREE_TRIES:
            self._keep(LockState(failures, state.next_lock, 0.0))
            return Attempt(False, 0.0, FREE_TRIES - failures)
        self._keep(
            LockState(
                failures,
                min(state.next_lock * 2, MAX_LOCK_SECONDS),
                self._clock() + state.next_lock,
            )
        )
        return Attempt(False, self.locked_for())
