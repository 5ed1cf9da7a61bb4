"""Is the database sound? Checked on start; a damaged file is moved aside, never
overwritten or deleted, and only a file that passed ``integrity_check`` is swapped in."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from kneeapp.domain.repository import StorageError
from kneeapp.files import sync_folder
from kneeapp.storage import backups
from kneeapp.storage.errors import storage_error
from kneeapp.storage.identity import identify, read_only
from kneeapp.storage.migrations import SCHEMA_VERSION

COMPANIONS = ("", "-wal", "-shm")  # the database and the files SQLite keeps beside it
HEADER = b"SQLite format 3\x00"


class State(Enum):
    MISSING = "missing"
    OK = "ok"
    NEWER = "newer"
    DAMAGED = "damaged"


class Health(NamedTuple):
    state: State
    detail: str = ""
    version: int = 0


def inspect(database: Path) -> Health:
    """``PRAGMA quick_check`` and the schema version, without writing anything."""
    database = Path(database)
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        return Health(State.MISSING)
    except OSError as error:
        raise StorageError(f"The data file {database} cannot be read: {error.strerror}.") from error
    if size == 0:
        return Health(State.DAMAGED, "the file is empty")
    try:
        with database.open("rb") as stream:
            header = stream.read(len(HEADER))
    except OSError as error:
        raise StorageError(f"The data file {database} cannot be read: {error.strerror}.") from error
    if header != HEADER:
        return Health(State.DAMAGED, "the file is not a KneeCheck data file")
    version = 0
    try:
        # Read-only: a read-write connection would checkpoint a hot log into the file as
        # it closes, changing the very file that is to be kept as it is.
        connection = backups.one_pass(read_only(database))
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            try:
                rows = connection.execute("PRAGMA quick_check").fetchall()
            except sqlite3.OperationalError:
                if version > SCHEMA_VERSION:
                    # A newer KneeCheck's file may use what this one cannot check (a
                    # collation, say): shown read-only, never changed.
                    return Health(State.NEWER, "", version)
                raise
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (11, 26) or "malformed" in str(error) or "not a database" in str(error):
            return Health(State.DAMAGED, f"parts of the file are damaged ({error})")
        raise storage_error(error, database, "start KneeCheck again") from error
    if rows != [("ok",)]:
        return Health(State.DAMAGED, "parts of the file are damaged", version)
    if version > SCHEMA_VERSION:
        return Health(State.NEWER, "", version)
    return Health(State.OK, "", version)


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _move_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename ``path`` to ``<name>.<label>-<timestamp>``, never replacing a file."""
    base = f"{path.name}.{label}-{_stamp(now)}"
    for attempt in range(1000):
        target = path.with_name(base if attempt == 0 else f"{base}-{attempt}")
        try:
            # link + unlink: unlike rename, link fails rather than replace an existing file.
            os.link(path, target)
        except FileExistsError:
            continue
        os.unlink(path)
        return target
    raise StorageError(f"{path} could not be moved aside: too many earlier copies.")


def quarantine(database: Path, now: datetime) -> list[Path]:
    """Move the database and its -wal/-shm to ``*.corrupt-<timestamp>``; return the new names."""
    moved: list[Path] = []
    try:
        for suffix in COMPANIONS:
            path = Path(f"{database}{suffix}")
            if path.exists():
                moved.append(_move_aside(path, "corrupt", now))
    except OSError as error:
        raise StorageError(
            f"The damaged data file {database} could not be moved aside "
            f"({error.strerror or error}): allow writing to {database.parent}."
        ) from error
    return moved


def restore(database: Path, backup: Path, now: datetime) -> backups.Backup | None:
    """Put the copy in ``backup`` in place of ``database``; no connection may be open.

    The backup is copied and checked first; the current file, if sound, is backed up
    before it is replaced, and a damaged one is moved aside. Returns that backup.
    """
    database = Path(database)
    staged = database.with_name(f".{database.name}.restoring")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()  # left by an interrupted restore; the original is untouched
    if not backups.integrity_ok(backup):
        raise StorageError(f"The backup {backup.name} did not pass its check; nothing was changed.")
    try:
        identify(backup)  # a newer KneeCheck's copy would leave nothing this one can open
    except StorageError as error:
        raise StorageError(
            f"The backup {backup.name} cannot be restored, and nothing was changed: {error}"
        ) from error
    backups.copy_database(backup, staged)
    try:
        state = inspect(database).state
        saved: backups.Backup | None = None
        if state in (State.OK, State.NEWER):
            saved = backups.take_backup(database, backups.BEFORE_RESTORE, now)
            for suffix in COMPANIONS[1:]:
                leftover = Path(f"{database}{suffix}")
                if leftover.exists():  # its content is in the copy just taken
                    _move_aside(leftover, "replaced", now)
        elif state is State.DAMAGED:
            quarantine(database, now)
        os.replace(staged, database)
        sync_folder(database.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    return saved
