"""Patients' PINs in this computer's data file (a kiosk without a clinic server).

Each name has one row, made at its first try even for a name nobody uses, so that an
unknown name counts tries and locks exactly like a known one. The row is keyed by the
profile's name: erasing a patient erases it with the rest of their data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from kneeapp.domain.kiosk import match_patient
from kneeapp.domain.patient_pins import PinAnswer, PinVerdict
from kneeapp.domain.pin import (
    LockState,
    PinLock,
    hash_pin,
    spend_a_check,
)
from kneeapp.storage.database import transaction

if TYPE_CHECKING:
    from pathlib import Path

    from kneeapp.domain.patient_pins import PatientPins


class SqlitePatientPins:
    """``connection`` gives the data file's connection at each call (a restored backup
    replaces it); ``clock`` is wall-clock seconds, so that a lock outlives a restart."""

    def __init__(
        self,
        connection: Callable[[], sqlite3.Connection],
        path: Path,
        clock: Callable[[], float],
    ) -> None:
        self._connection = connection
        self._path = path
        self._clock = clock

    def _profile(self, connection: sqlite3.Connection, name: str) -> str:
        """The stored name this one means (ignoring case), among profiles and PINs."""
        known = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM profiles UNION ALL SELECT profile FROM patient_pins"
            )
        ]
        return match_patient(name, known)

    def check(self, name: str, pin: str) -> PinAnswer:
        return self._try(name, pin, choosing=False)

    def choose(self, name: str, pin: str) -> PinAnswer:
        return self._try(name, pin, choosing=True)

    def _try(self, name: str, pin: str, *, choosing: bool) -> PinAnswer:
        connection = self._connection()
        with transaction(connection, self._path, "BEGIN IMMEDIATE", "try again"):
            profile = self._profile(connection, name)
            row = connection.execute(
                "SELECT pin_hash, failures, next_lock, locked_until FROM patient_pins "
                "WHERE profile = ?",
                (profile,),
            ).fetchone()
            stored: str | None = None
            state = LockState()
            if row is not None:
                stored = row[0]
                state = LockState.from_mapping(
                    {"failures": row[1], "next_lock": row[2], "locked_until": row[3]}
                )
            lock = PinLock(self._clock, state, lambda new: self._keep(connection, profile, new))
            if lock.locked_for() > 0:
                return PinAnswer(PinVerdict.LOCKED, locked_seconds=lock.locked_for())
            if stored is None and choosing:
                # A first visit, or a patient from before PINs: the PIN is theirs from now.
                self._keep(connection, profile, LockState(), hash_pin(pin))
                return PinAnswer(PinVerdict.ACCEPTED, profile=profile)
            if stored is None:
                spend_a_check(pin)  # as slow as a known name's check
            attempt = lock.check(pin, stored)
            if attempt.accepted:
                return PinAnswer(PinVerdict.ACCEPTED, profile=profile)
            if attempt.locked_seconds > 0:
                return PinAnswer(PinVerdict.LOCKED, locked_seconds=attempt.locked_seconds)
            verdict = PinVerdict.TAKEN if choosing else PinVerdict.WRONG
            return PinAnswer(verdict, tries_left=attempt.tries_left)

    @staticmethod
    def _keep(
        connection: sqlite3.Connection,
        profile: str,
        state: LockState,
        pin_hash: str | None = None,
    ) -> None:
        """Store the tries (and a newly chosen PIN's hash) in the caller's transaction."""
        connection.execute(
            "INSERT INTO patient_pins (profile, pin_hash, failures, next_lock, locked_until) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile) DO UPDATE SET "
            "pin_hash = COALESCE(excluded.pin_hash, pin_hash), failures = excluded.failures, "
            "next_lock = excluded.next_lock, locked_until = excluded.locked_until",
            (profile, pin_hash, state.failures, state.next_lock, state.locked_until),
        )

    def reset(self, name: str) -> None:
        connection = self._connection()
        with transaction(connection, self._path, "BEGIN IMMEDIATE", "reset the PIN again"):
            profile = self._profile(connection, name)
            connection.execute("DELETE FROM patient_pins WHERE profile = ?", (profile,))


if TYPE_CHECKING:

    def _implements_port(pins: SqlitePatientPins) -> PatientPins:
        return pins
