"""Is an SQLite file KneeCheck's? Decided from its version and its tables, read through a
read-only connection, before anything is written to it."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.storage.errors import storage_error
from kneeapp.storage.migrations import MIGRATIONS, SCHEMA_VERSION, refuse_newer

# {table: (column, ...)}: what a file of one version holds.
Layout = dict[str, tuple[str, ...]]


def _layout(connection: sqlite3.Connection) -> Layout:
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        str(name): tuple(
            sorted(str(row[1]) for row in connection.execute("SELECT * FROM pragma_table_info(?)",
                                                             (name,)))
        )
        for (name,) in tables
    }  # fmt: skip


@cache
def expected_layout(version: int) -> Layout:
    """The tables and columns the migrations give a file of ``version``."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS[:version]:
            step(connection)
        return _layout(connection)
    finally:
        connection.close()


def read_only(database: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``database`` (nor checkpoint its log on close)."""
    return sqlite3.connect(
        f"{Path(database).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
    )


def identify(database: Path) -> int:
    """The version of the KneeCheck file ``database`` (0: a new, empty file); raises
    StorageError, without writing anything, for a file that is not KneeCheck's, is
    newer, or whose tables do not match its version."""
    database = Path(database)
    try:
        connection = read_only(database)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            refuse_newer(version, database)
            layout = _layout(connection) if version >= 0 else {}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise storage_error(error, database, "start KneeCheck again") from error
    if version < 0 or (version == 0 and layout):
        raise StorageError(
            f"The file {database} is an SQLite file, but not a KneeCheck data file (it holds "
            f"other tables, or a version KneeCheck never writes). It has not been changed. "
            f"Move it elsewhere, or start KneeCheck with another --data-dir.",
            StorageProblem.NOT_KNEECHECK,
            database,
        )
    if version > 0 and layout != expected_layout(version):
        raise StorageError(
            f"The data file {database} says it is KneeCheck data version {version}, but its "
            f"tables are not those of that version: another program has changed it, or it "
            f"is not KneeCheck's. It has not been changed. Keep a copy of it and ask for "
            f"help, or restore a backup.",
            StorageProblem.NOT_KNEECHECK,
            database,
        )
    return version


__all__ = ["SCHEMA_VERSION", "expected_layout", "identify", "read_only"]
