"""Opening the data on start: health check, daily backup, recovery and read-only mode."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager, suppress
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple

from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.paths import database_path, ensure_data_dir
from kneeapp.storage import backups, health, recovery
from kneeapp.storage.background import Pending
from kneeapp.storage.database import BUSY_TIMEOUT_MS, connect
from kneeapp.storage.drafts import SqliteDraftStore
from kneeapp.storage.errors import storage_error
from kneeapp.storage.sessions import SqliteSessionRepository


class ReopenableRepository(SqliteSessionRepository):
    """A repository whose file can be swapped (restore) under the same object, so the
    window and its pages keep working with it."""

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    def reopen(self) -> None:
        self._connection.close()
        self._connection = connect(self._path)


class ReadOnlyRepository(ReopenableRepository):
    """A file written by a newer KneeCheck: shown, never changed (or migrated back)."""

    def __init__(self, path: Path, version: int) -> None:
        try:
            connection = sqlite3.connect(
                f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        except sqlite3.Error as error:
            raise storage_error(error, path, "start KneeCheck again") from error
        super().__init__(connection, Path(path))
        self.version = version

    def _refuse(self) -> StorageError:
        return StorageError(
            f"This data was written by a newer version of KneeCheck (data version "
            f"{self.version}) and is open for reading only. Install the newer KneeCheck "
            f"to add or change sessions.",
            StorageProblem.NEWER_VERSION,
            self.path,
        )

    def reopen(self) -> None:
        raise self._refuse()

    def _write(self, retry: str) -> AbstractContextManager[None]:
        # Every change goes through here, so none is forgotten (and none is told as a
        # read-only folder, which it is not).
        raise self._refuse()


class OpenedData(NamedTuple):
    """What ``open_data`` found and opened."""

    repository: ReopenableRepository
    drafts: SqliteDraftStore | None  # None when the data is read-only
    health: health.Health
    quarantined: tuple[Path, ...] = ()  # the damaged files, moved aside
    offered_backup: backups.Backup | None = None
    # The day's backup, made on a thread of its own while the window opens: it says what
    # went wrong, or "".
    daily_backup: Pending[str] | None = None

    def daily_backup_outcome(self) -> str | None:
        """None while the day's backup is being made; then what went wrong, or ""."""
        if self.daily_backup is None:
            return ""
        return self.daily_backup.result() if self.daily_backup.done() else None

    def wait_for_daily_backup(self) -> str:
        """What went wrong with the day's backup, or "", once it is over."""
        return "" if self.daily_backup is None else self.daily_backup.result()

    def close(self) -> None:
        try:
            self.wait_for_daily_backup()
        finally:
            self.repository.close()

    def decide_recovery(self, now: datetime) -> None:
        """Someone answered the offer after a damaged start: it is not made again."""
        with suppress(OSError):  # else it is simply offered again at the next start
            recovery.decide(self.repository.path.parent, now)

    def restore(self, backup: Path, now: datetime) -> None:
        """Swap in ``backup`` (checked first; the current file is backed up first)."""
        self.wait_for_daily_backup()  # the day's copy is of the file being replaced
        self.repository.close()
        try:
            health.restore(self.repository.path, backup, now)
        except BaseException:
            # Reopen what is there, but report why the restore failed, not a reopen error.
            with suppress(StorageError, sqlite3.Error):
                self.repository.reopen()
            raise
        self.repository.reopen()


class HealthCheck(Pending[health.Health]):
    """``health.inspect`` of a data folder's database on a thread of its own.

    The check reads every page of the file (some 60 ms for 100,000 sessions): started
    before Qt loads, it is done by the time the window is built. It changes no data, and
    SQLite's own locking keeps it safe beside another KneeCheck on the same file, so it
    may start before this process holds the data folder's lock.
    """

    def __init__(self, data_dir: Path) -> None:
        self.database = database_path(Path(data_dir))
        super().__init__(partial(health.inspect, self.database), "kneeapp-health-check")


def _take_daily_backup(database: Path, now: datetime) -> str:
    """Today's copy, if there is none yet; what went wrong, or ""."""
    try:
        backups.daily_backup(database, now)
    except StorageError as error:
        return str(error)  # not a reason to keep the person from their data
    return ""


def open_data(
    data_dir: Path,
    now: datetime,
    check: HealthCheck | None = None,
    *,
    station: str | None = None,
) -> OpenedData:
    """Open the data folder's database the safe way; raises StorageError.

    ``check``, if given, is the health check already under way for this folder. The
    day's backup is made on a thread of its own (``OpenedData.daily_backup``).
    ``station``: this computer's name as a clinic station, whose saves are queued for
    the clinic server.
    """
    folder = ensure_data_dir(Path(data_dir))
    database = database_path(folder)
    assert check is None or check.database == database, "a check of another folder"
    state = health.inspect(database) if check is None else check.result()
    if state.state is health.State.NEWER:
        repository: ReopenableRepository = ReadOnlyRepository(database, state.version)
        return OpenedData(repository, None, state)
    quarantined: tuple[Path, ...] = ()
    offered: backups.Backup | None = None
    if state.state is health.State.DAMAGED:
        health.quarantine(database, now)
    # Damaged files nobody has decided about yet, from this start or an earlier one: the
    # way back to the copy from before the damage stays on offer.
    pending = recovery.undecided(folder)
    if pending:
        quarantined = tuple(path for path, _when in reversed(pending))
        offered = backups.newest_good_backup(folder, before=pending[0][1])
    repository = ReopenableRepository(connect(database), database, station=station)
    drafts = SqliteDraftStore(lambda: repository.connection, database)
    daily: Pending[str] | None = None
    if state.state is health.State.OK:
        # A copy and its check read the whole file twice: done beside the window.
        daily = Pending(partial(_take_daily_backup, database, now), "kneeapp-daily-backup")
    return OpenedData(repository, drafts, state, quarantined, offered, daily)
