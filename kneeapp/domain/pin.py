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


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=KEY_BYTES
    )


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$key`` (hex): the only form in which a PIN is ever stored."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


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


class PinLock:
    """Counts wrong tries: the fifth locks entry for 30 s; after a lock, every further
    wrong try locks again for twice as long (up to an hour). A right PIN resets it.

    ``clock`` returns seconds that only move forward (time.monotonic in the app).
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._failures = 0
        self._next_lock = FIRST_LOCK_SECONDS
        self._locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds until a PIN may be tried again; 0 when it may be tried now."""
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str, stored: str) -> Attempt:
        if self.locked_for() > 0:
            # While locked, the PIN is not even compared.
            return Attempt(False, self.locked_for())
        if verify_pin(pin, stored):
            self._failures = 0
            self._next_lock = FIRST_LOCK_SECONDS
            return Attempt(True)
        self._failures += 1
        if self._failures < FREE_TRIES:
            return Attempt(False, 0.0, FREE_TRIES - self._failures)
        self._locked_until = self._clock() + self._next_lock
        self._next_lock = min(self._next_lock * 2, MAX_LOCK_SECONDS)
        return Attempt(False, self.locked_for())
