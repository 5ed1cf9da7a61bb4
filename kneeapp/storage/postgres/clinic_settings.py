"""The clinic's settings on the clinic server: one clinician PIN, the idle times, the start
screen's language and the photo rule for every station and desk.

Each station keeps the last settings it saw in its own ``kiosk.json`` (it works on when the
server cannot be reached) and hears the clinic's again at every contact (the outbox's
thread brings them). A change made in clinician mode goes to the server first, so that no
station keeps a setting the others never hear of; with the server out of reach nothing
changes, and staff are told so.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import psycopg

from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.storage.kiosk_settings import (
    CHECK_IDLE_KEY,
    IDLE_KEY,
    KEEP_PHOTOS_KEY,
    LANGUAGE_KEY,
    PIN_KEY,
)
from kneeapp.storage.postgres.connection import connect, first_line
from kneeapp.storage.postgres.schema import require_known_schema

if TYPE_CHECKING:
    from kneeapp.domain.kiosk import KioskSettings
    from kneeapp.domain.pin import LockState
    from kneeapp.storage.kiosk_settings import JsonKioskSettings

SETTINGS_TIMEOUT_MS = 10_000


def exchange_settings(connection: psycopg.Connection[Any], seed: dict[str, Any]) -> dict[str, Any]:
    """The clinic's settings, after giving it those of ``seed`` it has none of yet."""
    rows = connection.execute(
        "SELECT key, value FROM clinic_settings(%s::jsonb)", (json.dumps(seed),)
    ).fetchall()
    return {str(key): value for key, value in rows}


class ClinicSettingsUnreachable(StorageError):
    """A setting could not reach the clinic server: nothing was changed anywhere."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "The clinic's settings are kept on the clinic server, which cannot be reached "
            f"just now ({detail}): nothing was changed. Try again when this station is back "
            "in contact.",
            StorageProblem.CLINIC_SETTINGS_UNREACHABLE,
        )


class ServerKioskSettings:
    """A station's (or desk's) kiosk settings when the clinic keeps them on its server:
    read from this computer's copy, changed on the server first."""

    clinic_wide = True

    def __init__(self, local: JsonKioskSettings, url: str) -> None:
        self.local = local
        self._url = url

    # Kept in step with the clinic

    def seed(self) -> dict[str, Any]:
        """What this station brings to a clinic that has none of these settings yet."""
        return self.local.clinic_values()

    def take(self, values: dict[str, Any]) -> bool:
        """The clinic's settings as heard from the server; whether any changed here."""
        return self.local.take_clinic_values(values)

    def pull(self) -> bool:
        """Hear the clinic's settings now (the desk, on its own connection)."""
        connection = self._connect()
        try:
            values = exchange_settings(connection, self.seed())
        except psycopg.Error as error:
            raise ClinicSettingsUnreachable(first_line(error)) from error
        finally:
            connection.close()
        return self.take(values)

    def _send(self, key: str, value: object) -> None:
        connection = self._connect()
        try:
            connection.execute("SELECT set_clinic_settings(%s::jsonb)", (json.dumps({key: value}),))
        except psycopg.Error as error:
            raise ClinicSettingsUnreachable(first_line(error)) from error
        finally:
            connection.close()
        self.local.take_clinic_values({key: value})

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            connection = connect(self._url, statement_timeout_ms=SETTINGS_TIMEOUT_MS)
        except StorageError as error:
            raise ClinicSettingsUnreachable(first_line(error.__cause__ or error)) from error
        try:
            require_known_schema(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    # The KioskSettings port

    def pin_hash(self) -> str | None:
        return self.local.pin_hash()

    def set_pin_hash(self, value: str) -> None:
        self._send(PIN_KEY, value)

    def lock_state(self) -> LockState:
        return self.local.lock_state()

    def save_lock_state(self, state: LockState) -> None:
        self.local.save_lock_state(state)  # each station counts its own wrong tries

    def idle_seconds(self) -> int:
        return self.local.idle_seconds()

    def set_idle_seconds(self, seconds: int) -> None:
        self._send(IDLE_KEY, int(seconds))

    def check_idle_seconds(self) -> int:
        return self.local.check_idle_seconds()

    def set_check_idle_seconds(self, seconds: int) -> None:
        self._send(CHECK_IDLE_KEY, int(seconds))

    def language(self) -> str:
        return self.local.language()

    def set_language(self, language: str) -> None:
        self._send(LANGUAGE_KEY, language)

    def keep_photos_allowed(self) -> bool:
        return self.local.keep_photos_allowed()

    def set_keep_photos_allowed(self, allowed: bool) -> None:
        self._send(KEEP_PHOTOS_KEY, bool(allowed))


if TYPE_CHECKING:

    def _implements_protocol(settings: ServerKioskSettings) -> KioskSettings:
        return settings
