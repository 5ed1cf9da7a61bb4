"""The one factory of storage backends, used by the window (app.py) and the command line.

On a computer on its own the backend is the SQLite file of the data folder. A station of
a clinic keeps that same file (it saves there first, always) and adds an outbox towards
the clinic server. Nothing of PostgreSQL is imported unless a server is configured.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kneeapp.domain.ports import ClinicLink, SessionRepository, StorageError
from kneeapp.storage.startup import HealthCheck, OpenedData, ReopenableRepository, open_data

if TYPE_CHECKING:
    from kneeapp.domain.ports import Backend

SERVER_ENV_VAR = "KNEEAPP_SERVER"
STATION_ENV_VAR = "KNEEAPP_STATION"


class ServerConfig(NamedTuple):
    """A clinic server (a libpq URL, no password in it) and this station's name."""

    url: str
    station: str


def resolve_server(
    url: str | None, station: str | None, settings: dict[str, object]
) -> ServerConfig | None:
    """The clinic server from the flag, else $KNEEAPP_SERVER, else the settings' "clinic"
    entry; None when none says one (a computer on its own).

    Raises StorageError for a password in the settings file: it belongs in libpq's own
    places (.pgpass, a service file, PGPASSWORD).
    """
    clinic = settings.get("clinic")
    stored = clinic if isinstance(clinic, dict) else {}
    from_settings = stored.get("server")
    chosen = (
        url
        or os.environ.get(SERVER_ENV_VAR, "")
        or (from_settings if isinstance(from_settings, str) else "")
    )
    if not chosen:
        return None
    if not url and not os.environ.get(SERVER_ENV_VAR) and _has_password(chosen):
        raise StorageError(
            "The clinic server's address in settings.json holds a password. Remove it and "
            "keep the password in ~/.pgpass (or a service file) instead."
        )
    stored_station = stored.get("station")
    name = (
        station
        or os.environ.get(STATION_ENV_VAR, "")
        or (stored_station if isinstance(stored_station, str) else "")
    )
    if not name:
        import socket

        name = socket.gethostname()
    return ServerConfig(chosen, name.strip() or "station")


def _has_password(url: str) -> bool:
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    if parts.scheme in ("postgresql", "postgres"):
        return bool(parts.password) or "password" in parse_qs(parts.query)
    return "password=" in url  # a key=value connection string


class LocalBackend:
    """This computer's SQLite file, and the outbox to the clinic server on a station."""

    def __init__(self, opened: OpenedData, clinic: ClinicLink | None = None) -> None:
        self.opened = opened  # the file's health, drafts and backups: app.py's to show
        self._clinic = clinic

    @property
    def sessions(self) -> ReopenableRepository:
        return self.opened.repository

    @property
    def clinic(self) -> ClinicLink | None:
        return self._clinic

    def close(self) -> None:
        try:
            if self._clinic is not None:
                self._clinic.close()
        finally:
            self.opened.close()


def open_backend(
    data_dir: Path,
    now: datetime,
    *,
    check: HealthCheck | None = None,
    server: ServerConfig | None = None,
) -> LocalBackend:
    """Open the data folder the safe way (see ``open_data``) and, on a clinic station,
    start sending its outbox to the server. Raises StorageError."""
    if server is None:
        return LocalBackend(open_data(data_dir, now, check))
    opened = open_data(data_dir, now, check, station=server.station)
    if opened.drafts is None:  # a file too new for this KneeCheck: nothing to send from it
        return LocalBackend(opened)
    from kneeapp.storage.postgres.outbox import OutboxSender

    sender = OutboxSender(opened.repository.path, server.url, server.station)
    opened.repository.set_after_save(sender.wake)
    return LocalBackend(opened, sender)


def send_outbox(database: Path, server: ServerConfig, timeout: float = 30.0) -> int:
    """Send what this computer's outbox holds (e.g. after ``kneeapp import``), trying until
    it is empty, the server cannot be reached, or ``timeout``; return how many still wait."""
    import time

    from kneeapp.storage.postgres.outbox import OutboxSender

    sender = OutboxSender(database, server.url, server.station)
    deadline = time.monotonic() + timeout
    try:
        while True:
            status = sender.status()
            if status.waiting == 0 or status.problem or time.monotonic() > deadline:
                return status.waiting
            sender.wait_for_round(sender.rounds + 1, 1.0)
    finally:
        sender.close()


@contextmanager
def open_sessions(
    data_dir: Path, server: ServerConfig | None = None
) -> Iterator[SessionRepository]:
    """The sessions the command line reads: this computer's, or the clinic server's."""
    if server is None:
        from kneeapp.storage.sessions import open_repository

        with open_repository(data_dir) as local:
            yield local
        return
    from kneeapp.storage.postgres.repository import PostgresSessionRepository

    with PostgresSessionRepository.connect(server.url) as clinic:
        yield clinic


if TYPE_CHECKING:

    def _implements_port(backend: LocalBackend) -> Backend:
        return backend
