"""Erasing a patient: every row of the profile, with nothing left readable in the files.

``secure_delete`` makes SQLite overwrite deleted content with zeros; the checkpoint then
copies the zeroed pages into the main file and truncates the write-ahead log, whose
older frames still hold the deleted values.
"""

from __future__ import annotations

import sqlite3

from kneeapp.domain.repository import StorageError


def enable_secure_delete(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA secure_delete = ON").fetchall()


def delete_profile(connection: sqlite3.Connection, name: str) -> bool:
    """Inside the caller's write transaction: the profile and, by cascade, its sessions,
    readings and answers (and anything else that references the profile)."""
    row = connection.execute("SELECT id FROM profiles WHERE name = ?", (name,)).fetchone()
    if row is None:
        return False
    profile_id = int(row[0])
    # Explicit as well as cascaded: correct even if a table lacks ON DELETE CASCADE.
    connection.execute("DELETE FROM sessions WHERE profile_id = ?", (profile_id,))
    connection.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
    # Tables keyed by the profile's name rather than its id (the kept drafts).
    named = connection.execute(
        "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND c.name = 'profile' AND m.name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for (table,) in named:
        # The table name comes from the schema itself, quoted as an identifier.
        quoted = '"' + str(table).replace('"', '""') + '"'
        connection.execute(f"DELETE FROM {quoted} WHERE profile = ?", (name,))
    return True


def checkpoint_truncate(connection: sqlite3.Connection) -> None:
    """Move every WAL frame into the main file and empty the WAL; raise if a reader
    kept the log from being emptied, since the deleted values would then stay in it."""
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as error:
        busy = 1
        cause: Exception | None = error
    else:
        cause = None
    if busy:
        raise StorageError(
            "The patient was deleted, but another program is reading the data file, so "
            "traces may remain in it until KneeCheck is restarted. Close other copies of "
            "KneeCheck and delete again to be sure."
        ) from cause
