"""Kiosk rules without Qt: the PIN hash and its lockout, patient names, the idle timer."""

from __future__ import annotations

import pytest

from kneeapp.domain.kiosk import IdlePhase, IdleTimer, match_patient, patient_name
from kneeapp.domain.pin import (
    FIRST_LOCK_SECONDS,
    FREE_TRIES,
    MAX_LOCK_SECONDS,
    LockState,
    PinLock,
    hash_pin,
    is_pin_key,
    validate_new_pin,
    validate_patient_pin,
    verify_pin,
)
from kneeapp.domain.validation import ValidationError


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("2468")


def test_pin_is_stored_salted_and_verified(stored: str) -> None:
    # The PIN is not in the stored text (the hex of a random salt may hold any digits,
    # so look only where a PIN could be written as itself: outside the hex fields).
    assert stored.startswith("scrypt$")
    assert "2468" not in stored.replace(stored.split("$")[-2], "").replace(
        stored.split("$")[-1], ""
    )
    assert hash_pin("2468") != stored  # a fresh salt every time
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("2468", "scrypt$garbage")
    assert not verify_pin("2468", "")


def test_new_pin_rules() -> None:
    assert validate_new_pin("0000") == "0000"
    for bad in ("123", "12a4", "1" * 13, "１２３４"):
        with pytest.raises(ValidationError):
            validate_new_pin(bad)


def test_five_wrong_tries_lock_for_30_s_then_doubling(stored: str) -> None:
    clock = FakeClock()
    lock = PinLock(clock)
    for left in range(FREE_TRIES - 1, 0, -1):
        attempt = lock.check("0000", stored)
        assert not attempt.accepted and attempt.locked_seconds == 0 and attempt.tries_left == left
    fifth = lock.check("0000", stored)
    assert fifth.locked_seconds == FIRST_LOCK_SECONDS == 30
    # Locked: even the right PIN is refused, and not compared at all.
    clock.now += 29.5
    assert not lock.check("2468", stored).accepted
    assert lock.locked_for() == pytest.approx(0.5)
    clock.now += 0.5
    assert lock.locked_for() == 0
    # After a lock, one more wrong try locks again for twice as long.
    assert lock.check("0000", stored).locked_seconds == 60
    clock.now += 60
    assert lock.check("0000", stored).locked_seconds == 120
    clock.now += 120
    assert lock.check("2468", stored).accepted
    # A right PIN starts the count afresh.
    for _ in range(FREE_TRIES - 1):
        assert lock.check("0000", stored).locked_seconds == 0


def test_patient_names_are_tidied_and_matched_ignoring_case() -> None:
    assert patient_name("  Anna   K ") == "Anna K"
    for bad in ("", "   ", "x" * 61, "a\tb\x00"):
        with pytest.raises(ValidationError):
            patient_name(bad)
    assert match_patient("anna k", ["Bob", "Anna K"]) == "Anna K"
    assert match_patient("Carl", ["Bob", "Anna K"]) == "Carl"


def test_idle_timer_warns_then_expires() -> None:
    timer = IdleTimer(90, now=0, warning=20)
    assert timer.phase(89.9) is IdlePhase.ACTIVE
    assert timer.phase(90) is IdlePhase.WARNING
    assert timer.seconds_left(90.5) == 20
    assert timer.seconds_left(109.2) == 1
    assert timer.phase(110) is IdlePhase.EXPIRED
    timer.touch(100)
    assert timer.phase(110) is IdlePhase.ACTIVE


def test_a_lock_outlives_a_restart_and_a_clock_set_back(stored: str) -> None:
    clock = FakeClock()
    kept: list[LockState] = []
    lock = PinLock(clock, save=kept.append)
    for _ in range(FREE_TRIES):
        lock.check("0000", stored)
    assert kept[-1].failures == FREE_TRIES and lock.locked_for() == FIRST_LOCK_SECONDS
    # A restart 10 s later: the same lock, 20 s still to go, the right PIN refused.
    clock.now += 10
    again = PinLock(clock, kept[-1], kept.append)
    assert again.locked_for() == pytest.approx(20)
    assert not again.check("2468", stored).accepted
    # A damaged stored state locks for as long as a lock can last, never a fresh start.
    damaged = PinLock(clock, LockState.from_mapping({"failures": "x"}))
    assert damaged.locked_for() == MAX_LOCK_SECONDS
    # A clock set far forward in the stored state is held to the longest lock.
    far = PinLock(clock, LockState(FREE_TRIES, 60.0, clock.now + 10**9))
    assert far.locked_for() == MAX_LOCK_SECONDS


def test_only_single_digits_count_as_pin_keys() -> None:
    assert all(is_pin_key(d) for d in "0123456789")
    for other in ("a", "A", "", "12", "١", "٣", " ", "\r"):
        assert not is_pin_key(other)


def test_patient_pin_is_four_digits() -> None:
    assert validate_patient_pin("0042") == "0042"
    for bad in ("123", "12345", "12a4", "１２３４"):
        with pytest.raises(ValidationError):
            validate_patient_pin(bad)
