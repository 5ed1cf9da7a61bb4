"""A station's outbox sender: sessions saved on this computer go to the clinic server.

The save itself never waits on the network: it is a local SQLite transaction that also
queues the session (``clinic_outbox``). This thread sends what is queued with the
server's ``add_session`` (``INSERT … ON CONFLICT (uid) DO NOTHING``, so a replay adds
nothing), and removes an item only after the server's commit. When the server cannot be
reached it tries again after growing gaps; a server whose schema is newer than this
station knows gets nothing at all.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from kneeapp.domain.ports import ClinicStatus
from kneeapp.domain.repository import StorageError
from kneeapp.storage.postgres.clinic_settings import exchange_settings
from kneeapp.storage.postgres.connection import CONNECT_TIMEOUT_S, connect
from kneeapp.storage.postgres.schema import NewerServerSchema, require_known_schema
from kneeapp.storage.postgres.station_rows import ADD_SESSION, session_arguments

BATCH = 100  # sessions per server transaction
FIRST_GAP_S = 1.0  # the first retry after a failure; each next one doubles it
MAX_GAP_S = 60.0
IDLE_POLL_S = 30.0  # with nothing to send: look again at least this often
# How often a station asks which of its patients were erased, and the clinic's settings.
ERASURES_EVERY_S = 60.0
SEND_TIMEOUT_MS = 10_000
CLOSE_WAIT_S = 2.0
SETTLE_S = 0.1  # a save is sent once no other has followed it for this long...
SETTLE_MAX_S = 0.5  # ...or this long after it, whichever comes first


class OutboxSender:
    """The ClinicLink of a station: one background thread, started at once."""

    def __init__(
        self,
        database: Path,
        url: str,
        station: str,
        *,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        first_gap: float = FIRST_GAP_S,
        max_gap: float = MAX_GAP_S,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._database = Path(database)
        self._url = url
        self._station = station
        self._connect_timeout = connect_timeout
        self._first_gap = first_gap
        self._max_gap = max_gap
        self._clock = clock
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._hurry = threading.Event()
        self._stopping = threading.Event()
        self._last_contact: datetime | None = None
        self._problem = ""
        self._update_needed = False
        self._rounds = 0  # sending rounds finished, for callers that wait for one
        self._erasures_checked = -ERASURES_EVERY_S  # time.monotonic() of the last check
        self._to_fetch: set[str] = set()  # patients signed in here: their history to bring
        # The clinic's settings: what this station brings, and who hears them.
        self._settings: (
            tuple[Callable[[], dict[str, Any]], Callable[[dict[str, Any]], None]] | None
        ) = None
        self._round_done = threading.Condition(self._lock)
        # status() may be asked from any thread: a connection of its own, under the lock.
        self._counter = sqlite3.connect(
            self._database, check_same_thread=False, isolation_level=None, timeout=5
        )
        self._thread = threading.Thread(target=self._run, name="kneeapp-clinic-outbox")
        self._thread.daemon = True  # the outbox is durable: a hard exit loses nothing
        self._thread.start()

    # The ClinicLink port

    @property
    def station(self) -> str:
        return self._station

    def status(self) -> ClinicStatus:
        with self._lock:
            try:
                row = self._counter.execute("SELECT COUNT(*) FROM clinic_outbox").fetchone()
                waiting = int(row[0])
            except sqlite3.Error:
                waiting = -1
            return ClinicStatus(waiting, self._last_contact, self._problem, self._update_needed)

    def wake(self) -> None:
        self._wake.set()

    def fetch_patient(self, name: str) -> None:
        with self._lock:
            self._to_fetch.add(name)
        self.send_now()

    def share_settings(
        self,
        seed: Callable[[], dict[str, Any]],
        received: Callable[[dict[str, Any]], None],
    ) -> None:
        with self._lock:
            self._settings = (seed, received)
            self._erasures_checked = -ERASURES_EVERY_S  # hear them at the next round
        self.send_now()

    def send_now(self) -> None:
        self._hurry.set()
        self._wake.set()

    def close(self, timeout: float = CLOSE_WAIT_S) -> None:
        """Stop the thread; an item being sent is finished, or left in the outbox for the
        next start (the server ignores a second copy), so closing never waits long."""
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout)
        with self._lock:
            self._counter.close()

    def wait_for_round(self, rounds: int, timeout: float) -> bool:
        """Wait until ``rounds`` sending rounds have finished (for the command line)."""
        with self._round_done:
            return self._round_done.wait_for(lambda: self._rounds >= rounds, timeout)

    @property
    def rounds(self) -> int:
        with self._lock:
            return self._rounds

    # The thread

    def _run(self) -> None:
        server: psycopg.Connection[Any] | None = None
        gap = 0.0
        try:
            while not self._stopping.is_set():
                try:
                    # The file is opened anew each round: a restored backup may have
                    # replaced it meanwhile.
                    local = sqlite3.connect(self._database, isolation_level=None, timeout=5)
                    # Only outbox rows are written here; one lost to a power cut is sent
                    # again and the server ignores it. So no fsync per removal, and the
                    # station's saves wait less for the write lock.
                    local.execute("PRAGMA synchronous = NORMAL")
                    try:
                        server, sent_all = self._send_round(local, server)
                    finally:
                        local.close()
                except Exception as error:  # the thread must outlive any one failure
                    if server is not None:
                        server.close()
                        server = None
                    gap = min(self._max_gap, gap * 2 if gap else self._first_gap)
                    self._set_problem(error)
                    sent_all = True
                else:
                    gap = 0.0
                self._finish_round()
                if not sent_all and not gap:
                    continue  # more waiting: the next batch at once
                self._pause(gap or IDLE_POLL_S, wakes=not gap)
        finally:
            if server is not None:
                server.close()

    def _pause(self, seconds: float, *, wakes: bool) -> None:
        """Sleep ``seconds``; a save ends an idle pause, "Send now" ends any pause."""
        deadline = time.monotonic() + seconds
        while not self._stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._wake.wait(left)
            self._wake.clear()
            if self._hurry.is_set():
                self._hurry.clear()
                return
            if wakes:
                self._settle()
                return

    def _settle(self) -> None:
        """Saves often come in runs (an import, a busy kiosk): wait until they pause, for
        at most SETTLE_MAX_S, so that they go in one batch and the sending competes with
        this station's saves as little as possible."""
        until = time.monotonic() + SETTLE_MAX_S
        while not self._stopping.is_set() and not self._hurry.is_set():
            if not self._wake.wait(min(SETTLE_S, max(0.0, until - time.monotonic()))):
                return  # quiet
            self._wake.clear()
            if time.monotonic() >= until:
                return

    def _send_round(
        self, local: sqlite3.Connection, server: psycopg.Connection[Any] | None
    ) -> tuple[psycopg.Connection[Any] | None, bool]:
        """Send one batch; the connection to keep, and whether the outbox was emptied."""
        erasures_due = time.monotonic() - self._erasures_checked >= ERASURES_EVERY_S
        queued = local.execute(
            "SELECT session_uid, station FROM clinic_outbox ORDER BY queued_at LIMIT ?",
            (BATCH,),
        ).fetchall()
        with self._lock:
            to_fetch, self._to_fetch = self._to_fetch, set()
            settings = self._settings
        if not queued and not erasures_due and not to_fetch:
            return server, True
        if server is None or server.closed:
            server = connect(
                self._url,
                connect_timeout=self._connect_timeout,
                statement_timeout_ms=SEND_TIMEOUT_MS,
            )
            try:
                require_known_schema(server)
            except BaseException:
                server.close()
                raise
        from kneeapp.storage.sessions import SqliteSessionRepository

        reader = SqliteSessionRepository(local, self._database)
        if erasures_due:
            # Before sending: a patient erased on the server must not come back from here.
            self._erase_what_the_clinic_erased(local, server, reader)
            if settings is not None:
                seed, received = settings
                received(exchange_settings(server, seed()))
            self._erasures_checked = time.monotonic()
        try:
            for name in sorted(to_fetch):
                self._fetch(server, reader, name)
        except BaseException:
            with self._lock:
                self._to_fetch |= to_fetch  # tried again at the next round
            raise
        if not queued:  # only erasures or a patient's history this round
            self._contact()
            return server, True
        uids = [uid for uid, _ in queued]
        stored = reader.get_many(uids)  # one read for the batch
        # Deleted here before it was sent: nothing to send.
        batch = [
            session_arguments(stored[uid], station) for uid, station in queued if uid in stored
        ]
        with server.transaction(), server.cursor() as cursor:
            # One pipelined exchange for the batch, not a round trip per session.
            cursor.executemany(ADD_SESSION.encode(), batch)
        # Committed on the server: only now may the items leave the outbox.
        local.execute("BEGIN IMMEDIATE")
        try:
            local.executemany(
                "DELETE FROM clinic_outbox WHERE session_uid = ?", [(uid,) for uid in uids]
            )
            local.execute("COMMIT")
        except BaseException:
            local.execute("ROLLBACK")
            raise
        self._contact()
        return server, len(queued) < BATCH

    def _contact(self) -> None:
        with self._lock:
            self._last_contact = self._clock()
            self._problem = ""
            self._update_needed = False

    @staticmethod
    def _fetch(server: psycopg.Connection[Any], reader: Any, name: str) -> None:
        """Add the patient's sessions saved elsewhere to this computer (not to its outbox:
        the server has them)."""
        from kneeapp.domain.repository import ImportConflict
        from kneeapp.storage.postgres.station_rows import patient_sessions

        sessions = patient_sessions(server, name)
        if sessions:
            # A session changed here (its note) is kept as it is here.
            with contextlib.suppress(ImportConflict):
                reader.import_sessions(sessions)

    @staticmethod
    def _erase_what_the_clinic_erased(
        local: sqlite3.Connection, server: psycopg.Connection[Any], reader: Any
    ) -> None:
        held = local.execute("SELECT name, created_at FROM profiles").fetchall()
        if not held:
            return
        erased = server.execute(
            "SELECT patient FROM erased_among(%s::text[], %s::timestamptz[])",
            ([name for name, _ in held], [since for _, since in held]),
        ).fetchall()
        for (name,) in erased:
            reader.erase_profile(name)

    def _set_problem(self, error: BaseException) -> None:
        with self._lock:
            self._update_needed = isinstance(error, NewerServerSchema)
            if isinstance(error, StorageError):
                self._problem = str(error)
            elif isinstance(error, sqlite3.Error):
                self._problem = f"This computer's data file could not be read ({error})."
            else:
                self._problem = str(StorageError(f"The clinic server cannot be reached ({error})."))

    def _finish_round(self) -> None:
        with self._round_done:
            self._rounds += 1
            self._round_done.notify_all()
