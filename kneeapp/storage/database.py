"""Opening the SQLite file: private permissions, durable settings, current schema."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.storage.backups import BEFORE_UPDATE, take_backup
from kneeapp.storage.errors import storage_error
from kneeapp.storage.identity import identify
from kneeapp.storage.migrations import SCHEMA_VERSION, migrate, user_version

FILE_MODE = 0o600  # health data: readable by its owner only
BUSY_TIMEOUT_MS = 5000


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only, whatever the umask."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return
    try:
        os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` and bring it up to date.

    A file written by a newer KneeCheck is refused before anything is written to it.
    """
    path = Path(path)
    try:
        _create_private_file(path)
    except OSError as error:
        raise storage_error(
            sqlite3.OperationalError(f"unable to open database file: {error.strerror}"),
            path,
            "start KneeCheck again",
        ) from error
    # Known to be KneeCheck's (its version and tables), read without writing, first:
    # switching to WAL would write to a file we must not touch.
    version = identify(path)
    try:
        # isolation_level=None: the sqlite3 module issues no BEGIN of its own; we do.
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as error:
        raise storage_error(error, path, "start KneeCheck again") from error
    try:
        if 0 < version < SCHEMA_VERSION:
            # An update changes the schema: keep the file as it was, checked, first.
            take_backup(path, BEFORE_UPDATE, datetime.now(UTC))
        for pragma in (
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}",
            # Deleted notes and erased patients are overwritten, whatever SQLite's build.
            "PRAGMA secure_delete = ON",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
        ):
            connection.execute(pragma).fetchall()
        # Already WAL (every file after its first start): asking again would wait for the
        # lock of a long import's commit, so it is asked of new files only.
        if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            connection.execute("PRAGMA journal_mode = WAL").fetchall()
        if user_version(connection) != SCHEMA_VERSION:
            # Up to date needs no write lock: a start gets through while an import commits.
            migrate(connection, path)
    except sqlite3.Error as error:
        connection.close()
        raise storage_error(error, path, "start KneeCheck again") from error
    except BaseException:
        connection.close()
        raise
    return connection


__all__ = ["BUSY_TIMEOUT_MS", "FILE_MODE", "SCHEMA_VERSION", "connect"]


@contextmanager
def transaction(
    connection: sqlite3.Connection, database: Path, begin: str, retry: str
) -> Iterator[None]:
    """``begin`` ("BEGIN" or "BEGIN IMMEDIATE") ... COMMIT, or a rollback on any error;
    SQLite errors come out as a StorageError that says what to do (``retry``)."""
    try:
        connection.execute(begin)
        yield
        connection.execute("COMMIT")
    except BaseException as error:
        if connection.in_transaction:
            # SQLite may already have rolled back by itself (e.g. on a full disk).
            with suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise storage_error(error, database, retry) from error
        raise
