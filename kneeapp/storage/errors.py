"""Turn SQLite failures into StorageErrors of a kind, with a message a person can act on;
a mistake in KneeCheck's own use of SQLite is not one of them and goes on as it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kneeapp.domain.errors import StorageError, StorageProblem

# SQLite primary result codes (https://sqlite.org/rescode.html).
_PERM = 3
_BUSY = 5
_LOCKED = 6
_READONLY = 8
_IOERR = 10
_CORRUPT = 11
_FULL = 13
_CANTOPEN = 14
_NOTADB = 26


_KINDS = {
    _FULL: StorageProblem.DISK_FULL,
    _READONLY: StorageProblem.READ_ONLY,
    _PERM: StorageProblem.READ_ONLY,
    _BUSY: StorageProblem.IN_USE,
    _LOCKED: StorageProblem.IN_USE,
    _IOERR: StorageProblem.DISK_ERROR,
    _CORRUPT: StorageProblem.DAMAGED,
    _NOTADB: StorageProblem.DAMAGED,
    _CANTOPEN: StorageProblem.CANNOT_OPEN,
}

_PROGRAMMING_ERRORS = (sqlite3.ProgrammingError, sqlite3.InterfaceError, sqlite3.NotSupportedError)


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    # Older builds carry no code: fall back on SQLite's fixed English messages.
    text = str(error).lower()
    for fragment, fallback in (
        ("disk is full", _FULL),
        ("readonly", _READONLY),
        ("locked", _BUSY),
        ("disk i/o", _IOERR),
        ("not a database", _NOTADB),
        ("malformed", _CORRUPT),
        ("unable to open", _CANTOPEN),
    ):
        if fragment in text:
            return fallback
    return None


def storage_error(error: sqlite3.Error, database: Path, retry: str) -> StorageError:
    """A StorageError for ``error``; ``retry`` says how to try again, e.g. "press Save again".
    Programming errors (a closed connection, a wrong statement) are raised as they are:
    trying again would not help, and hiding them would hide the bug."""
    if isinstance(error, _PROGRAMMING_ERRORS):
        raise error
    folder = database.parent
    code = _primary_code(error)
    kind = _KINDS.get(code, StorageProblem.OTHER) if code is not None else StorageProblem.OTHER
    if code == _FULL:
        message = f"The disk is full: free some space and {retry}."
    elif code in (_READONLY, _PERM):
        message = (
            f"The data folder is read-only: {folder}. Allow writing to it, or start "
            f"KneeCheck with another --data-dir, then {retry}."
        )
    elif code in (_BUSY, _LOCKED):
        message = (
            f"The data is in use by another KneeCheck window or program: close it, then {retry}."
        )
    elif code == _IOERR:
        # A write refused for size (a full disk or quota) surfaces as an I/O error too.
        message = (
            f"The disk holding {folder} could not be read or written: it may be full, "
            f"or not connected. Free some space or check the disk, then {retry}."
        )
    elif code in (_CORRUPT, _NOTADB):
        message = (
            f"The data file {database} is damaged or is not a KneeCheck file. Keep a copy "
            f"of it and ask for help; KneeCheck has not changed it."
        )
    elif code == _CANTOPEN:
        message = (
            f"The data file {database} could not be opened: check that the folder exists "
            f"and that you may write to it."
        )
    else:
        message = f"The data could not be stored or read ({error}): {retry}."
    storage = StorageError(message, kind, folder if kind is StorageProblem.READ_ONLY else database)
    storage.__cause__ = error
    return storage
