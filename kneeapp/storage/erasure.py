"""Erasing a patient: every row of the profile, with nothing left readable in the files.

``secure_delete`` makes SQLite overwrite deleted content with zeros; the checkpoint then
copies the zeroed pages into the main file and truncates the write-ahead log, whose
older frames still hold the deleted values.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path

from kneeapp.domain.repository import StorageError
from kneeapp.paths import EXPORTS_FOLDER
from kneeapp.storage.backups import remove_partials


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
    for table in _tables_keyed_by_profile_name(connection):
        connection.execute(f"DELETE FROM {table} WHERE profile = ?", (name,))
    return True


def delete_everything(connection: sqlite3.Connection) -> None:
    """Inside the caller's write transaction: every profile, session and kept draft."""
    connection.execute("DELETE FROM sessions")
    connection.execute("DELETE FROM profiles")
    for table in _tables_keyed_by_profile_name(connection):
        connection.execute(f"DELETE FROM {table}")


def _tables_keyed_by_profile_name(connection: sqlite3.Connection) -> list[str]:
    """Tables keyed by a profile's name rather than its id (the kept drafts), each
    quoted as an identifier; the names come from the schema itself."""
    named = connection.execute(
        "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND c.name = 'profile' AND m.name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return ['"' + str(table).replace('"', '""') + '"' for (table,) in named]


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


def _file_stem(name: str) -> str:
    """A profile's name as the kiosk's export file names hold it."""
    return re.sub(r"[^\w.-]", "_", name).lstrip(".") or "export"


def erase_files(data_dir: Path, name: str | None) -> None:
    """The exports (and their temporary files) of profile ``name``, or of everyone when
    None, in the data folder's export folder; and the half-made backup copies that
    interrupted backups left, which would keep the erased data indefinitely."""
    folder = Path(data_dir) / EXPORTS_FOLDER
    person = r"[^/]*" if name is None else re.escape(_file_stem(name))
    # kneecheck-<name>-<YYYY-MM-DD>.<suffix> in any format KneeCheck writes (csv, json,
    # pdf, …), and .<that name>.<random>.tmp beside it.
    pattern = re.compile(
        rf"^\.?kneecheck-{person}-\d{{4}}-\d{{2}}-\d{{2}}(_\d+)?\.[a-z0-9]{{1,8}}(\.[^.]+\.tmp)?$"
    )
    with contextlib.suppress(OSError):
        for entry in os.listdir(folder):
            if pattern.match(entry):
                try:
                    (folder / entry).unlink()
                except FileNotFoundError:
                    continue
                except OSError as error:
                    raise StorageError(
                        f"The data was deleted, but the export {folder / entry} could not "
                        f"be: {error.strerror or error}. Delete it by hand."
                    ) from error
    remove_partials(Path(data_dir))
