"""Patients' PINs on the clinic server, so that a patient signs in at any station.

A kiosk connects as the kiosk role, which reads no table: it asks for the name's salt,
derives the scrypt key of the typed PIN here and the server's ``patient_pin_try``
compares it, counts wrong tries and locks the name (see schema.py), on the server's
clock. An unknown name gets a salt and answers like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg

from kneeapp.domain.kiosk import name_key
from kneeapp.domain.patient_pins import PinAnswer, PinVerdict
from kneeapp.domain.pin import derive_key
from kneeapp.storage.postgres.connection import connect, server_error
from kneeapp.storage.postgres.schema import require_known_schema

if TYPE_CHECKING:
    from kneeapp.domain.patient_pins import PatientPins

PIN_TIMEOUT_MS = 10_000


class ServerPatientPins:
    """One short connection per try: a kiosk signs a patient in now and then."""

    def __init__(self, url: str) -> None:
        self._url = url

    def check(self, name: str, pin: str) -> PinAnswer:
        return self._try(name, pin, choosing=False)

    def choose(self, name: str, pin: str) -> PinAnswer:
        return self._try(name, pin, choosing=True)

    def _try(self, name: str, pin: str, *, choosing: bool) -> PinAnswer:
        key = name_key(name)
        connection = connect(self._url, statement_timeout_ms=PIN_TIMEOUT_MS)
        try:
            require_known_schema(connection)
            [(salt,)] = connection.execute("SELECT patient_pin_salt(%s)", (key,)).fetchall()
            [(verdict, tries_left, locked_seconds)] = connection.execute(
                "SELECT * FROM patient_pin_try(%s, %s, %s)",
                (key, derive_key(pin, str(salt)), choosing),
            ).fetchall()
        except psycopg.Error as error:
            raise server_error(error) from error
        finally:
            connection.close()
        return PinAnswer(PinVerdict(verdict), int(tries_left), float(locked_seconds))

    def reset(self, name: str) -> None:
        connection = connect(self._url, statement_timeout_ms=PIN_TIMEOUT_MS)
        try:
            require_known_schema(connection)
            connection.execute("SELECT patient_pin_reset(%s)", (name_key(name),))
        except psycopg.Error as error:
            raise server_error(error) from error
        finally:
            connection.close()


if TYPE_CHECKING:

    def _implements_port(pins: ServerPatientPins) -> PatientPins:
        return pins
