"""Hearing of other stations' saves: LISTEN on the channel the sessions' trigger notifies
(new sessions' uids only), on a thread of its own with a bounded wait, and a full reload
after every (re)connect, since notifications sent while away are lost."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg

from kneeapp.domain.repository import StorageError
from kneeapp.storage.postgres.connection import connect
from kneeapp.storage.postgres.migrations import NOTIFY_CHANNEL

WAIT_S = 0.5  # the longest the thread waits before looking whether it should stop
RETRY_S = 2.0


class SessionListener:
    """Calls ``on_change`` from its own thread: with the new sessions' uids, or with None
    when everything must be read again (after a (re)connect)."""

    def __init__(self, url: str, on_change: Callable[[frozenset[str] | None], None]) -> None:
        self._url = url
        self._on_change = on_change
        self._stopping = threading.Event()
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kneeapp-clinic-listener")
        self._thread.daemon = True
        self._thread.start()

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(WAIT_S + 6)

    def _run(self) -> None:
        while not self._stopping.is_set():
            connection: psycopg.Connection[Any] | None = None
            try:
                connection = connect(self._url)
                connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                self.connected.set()
                self._on_change(None)  # whatever happened while away
                while not self._stopping.is_set():
                    uids = frozenset(
                        notify.payload
                        for notify in connection.notifies(timeout=WAIT_S, stop_after=1000)
                    )
                    if uids:
                        self._on_change(uids)
            except (psycopg.Error, StorageError, OSError):
                self.connected.clear()
                self._stopping.wait(RETRY_S)
            finally:
                if connection is not None:
                    connection.close()
