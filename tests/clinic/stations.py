"""Helpers of the clinic tests: sessions, a station on a data folder, the server's rows."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from kneeapp.domain.ports import ClinicStatus
from kneeapp.domain.session import Session, build_session, new_session_uid, validate_reading
from kneeapp.paths import database_path, ensure_data_dir
from kneeapp.storage.postgres.outbox import OutboxSender
from kneeapp.storage.sessions import SqliteSessionRepository

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def make_session(number: int, profile: str = "Ana") -> Session:
    return build_session(
        uid=new_session_uid(),
        profile=profile,
        recorded_at=START + timedelta(minutes=number),
        readings=[
            validate_reading("ankle_step", "range", number % 11, 8),
            validate_reading("ankle_step", "pain", 2, 0),
        ],
        red_flags={"hot_swollen": False},
    )


def clinic_settings_on(owner_url: str) -> dict[str, object]:
    """The clinic's settings as its server keeps them."""
    with psycopg.connect(owner_url) as owner:
        rows = owner.execute("SELECT key, value FROM kneeapp.clinic_settings").fetchall()
    return dict(rows)


def contact_until(sender: OutboxSender, done: Callable[[], bool], timeout: float = 10) -> bool:
    """Ask the sender for rounds ("Send now") until ``done()``; whether it came in time.
    (A round begun before the change may end first: asking again settles it.)"""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        rounds = sender.rounds
        sender.send_now()
        sender.wait_for_round(rounds + 1, max(0.0, deadline - time.monotonic()))
    return True


class Station:
    """A station as the window runs it: local SQLite first, the outbox sender beside it."""

    def __init__(self, data_dir: Path, url: str, name: str, **sender: float) -> None:
        database = database_path(ensure_data_dir(data_dir))
        self.local = SqliteSessionRepository.open(database, station=name)
        self.sender = OutboxSender(database, url, name, **sender)
        self.local.set_after_save(self.sender.wake)

    def close(self) -> None:
        self.sender.close()
        self.local.close()


@contextmanager
def station(data_dir: Path, url: str, name: str = "kiosk-1", **sender: float) -> Iterator[Station]:
    opened = Station(data_dir, url, name, **sender)
    try:
        yield opened
    finally:
        opened.close()


def wait_for_status(
    sender: OutboxSender, wanted: Callable[[ClinicStatus], bool], timeout: float = 20
) -> ClinicStatus:
    """The sender's status once ``wanted`` holds, checked after each sending round."""
    deadline = time.monotonic() + timeout
    while not wanted(status := sender.status()):
        assert time.monotonic() < deadline, status
        sender.wait_for_round(sender.rounds + 1, 0.5)
    return status


def wait_until_sent(sender: OutboxSender, timeout: float = 20) -> ClinicStatus:
    return wait_for_status(sender, lambda status: status.waiting == 0, timeout)


def server_uids(owner_url: str) -> list[str]:
    """Every session uid on the server, duplicates included (there must be none)."""
    with psycopg.connect(owner_url) as connection:
        rows = connection.execute("SELECT uid::text FROM kneeapp.sessions").fetchall()
    return [row[0] for row in rows]


@contextmanager
def silent_server() -> Iterator[str]:
    """A TCP server that accepts connections and never answers: a hung database."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                continue
            accepted.append(client)  # kept open, never read, never answered

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"postgresql://kiosk@127.0.0.1:{listener.getsockname()[1]}/clinic"
    finally:
        stop.set()
        thread.join()
        for client in accepted:
            client.close()
        listener.close()
