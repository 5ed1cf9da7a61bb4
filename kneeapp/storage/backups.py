"""Consistent copies of the database in ``<data folder>/backups/``.

Copies are made with SQLite's backup API (safe while the file is in use), checked
with ``integrity_check`` before they get their final name, and kept as plain
single files (no WAL) so that any SQLite tool can open them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.domain.repository import BackupCopy, BackupKind, StorageError
from kneeapp.files import sync_file, sync_folder

FOLDER_NAME = "backups"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
DAILY = BackupKind.DAILY
BEFORE_UPDATE = BackupKind.BEFORE_UPDATE
BEFORE_RESTORE = BackupKind.BEFORE_RESTORE
BEFORE_IMPORT = BackupKind.BEFORE_IMPORT
KINDS = tuple(BackupKind)
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_OTHER = 4  # of each one-off kind

# kneeapp-20261125T133000123456Z-daily.sqlite3: year to microsecond (UTC), then the kind.
_NAME = re.compile(
    r"^kneeapp-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{6})Z-([a-z-]+)\.sqlite3$"
)
_STAMP = "%Y%m%dT%H%M%S%f"


# The domain's description of a copy, so the window can list them without storage.
Backup = BackupCopy


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER_NAME


def _private_new_file(path: Path) -> None:
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    try:
        os.fchmod(descriptor, FILE_MODE)  # whatever the umask
    finally:
        os.close(descriptor)


# A whole-file pass (a check, a copy) reads each page about once: a small page cache
# keeps its memory to a fraction of SQLite's default 2 MB, and costs it no time.
ONE_PASS_CACHE_KIB = 256


def one_pass(connection: sqlite3.Connection) -> sqlite3.Connection:
    """``connection``, set up for one pass over the whole file."""
    connection.execute(f"PRAGMA cache_size = -{ONE_PASS_CACHE_KIB:d}")
    return connection


def integrity_ok(path: Path) -> bool:
    """True if ``path`` is an SQLite file that passes ``PRAGMA integrity_check``."""
    try:
        with Path(path).open("rb") as stream:
            if stream.read(16) != b"SQLite format 3\x00":
                return False
        connection = one_pass(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True))
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False
    return rows == [("ok",)]


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` into the new file ``target`` (0600) and check the copy.

    Raises StorageError, leaving no ``target``, if the copy is not sound.
    """
    _private_new_file(target)
    try:
        reader = one_pass(sqlite3.connect(source, isolation_level=None))
        try:
            writer = one_pass(sqlite3.connect(target, isolation_level=None))
            try:
                reader.backup(writer)
                # A single self-contained file, whatever mode the source was in.
                writer.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                writer.close()
        finally:
            reader.close()
        sync_file(target)
        if not integrity_ok(target):
            raise StorageError(f"The copy of {source} did not pass its check.")
    except BaseException as error:
        with contextlib.suppress(OSError):
            target.unlink()
        if isinstance(error, sqlite3.Error | OSError):
            raise StorageError(
                f"The data could not be copied to {target.parent}: {error}."
            ) from error
        raise


def take_backup(database: Path, kind: str, now: datetime) -> Backup:
    """A checked copy of ``database`` in the backups folder; raises StorageError."""
    folder = backups_dir(Path(database).parent)
    try:
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        folder.chmod(FOLDER_MODE)
    except OSError as error:
        raise StorageError(f"The backups folder {folder} could not be created: {error}.") from error
    taken_at = now.astimezone(UTC)
    final = folder / f"kneeapp-{taken_at.strftime(_STAMP)}Z-{kind}.sqlite3"
    temporary = folder / f".{final.name}.partial"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()  # left by a copy that was interrupted
    copy_database(Path(database), temporary)
    try:
        os.replace(temporary, final)
        sync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StorageError(f"The copy could not be kept in {folder}: {error}.") from error
    return Backup(final, taken_at, kind)


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups found, newest first."""
    folder = backups_dir(data_dir)
    found: list[Backup] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = _NAME.match(name)
        if match and match.group(8) in KINDS:
            # Read field by field: datetime.strptime would load the locale machinery.
            year, month, day, hour, minute, second, micro = map(int, match.groups()[:7])
            taken_at = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
            found.append(Backup(folder / name, taken_at, match.group(8)))
    found.sort(key=lambda backup: backup.taken_at, reverse=True)
    return found


def daily_backup_due(data_dir: Path, now: datetime) -> bool:
    today = now.astimezone(UTC).date()
    return not any(b.kind == DAILY and b.taken_at.date() == today for b in list_backups(data_dir))


def backups_to_remove(backups: list[Backup]) -> list[Backup]:
    """Which copies fall out of the rotation: the newest copy of each of the last
    7 days and of each of the last 4 weeks stays, and the last 4 of each one-off kind."""
    keep: set[Path] = set()
    daily = [b for b in backups if b.kind == DAILY]  # newest first
    days: dict[object, Backup] = {}
    weeks: dict[object, Backup] = {}
    for backup in daily:
        days.setdefault(backup.taken_at.date(), backup)
        weeks.setdefault(backup.taken_at.isocalendar()[:2], backup)
    keep.update(b.path for b in list(days.values())[:KEEP_DAYS])
    keep.update(b.path for b in list(weeks.values())[:KEEP_WEEKS])
    for kind in (BEFORE_UPDATE, BEFORE_RESTORE, BEFORE_IMPORT):
        keep.update(b.path for b in [b for b in backups if b.kind == kind][:KEEP_OTHER])
    # Restores in a row each copy what the one before put back; only the copy taken
    # before the first of them holds what was there before: it is never pruned.
    for newer, older in zip(backups, [*backups[1:], None], strict=True):
        if newer.kind == BEFORE_RESTORE and (older is None or older.kind != BEFORE_RESTORE):
            keep.add(newer.path)
    return [b for b in backups if b.path not in keep]


def purge(data_dir: Path) -> int:
    """Delete every backup copy (and any left half made); how many copies there were.

    For staff, after erasing a patient: until then the copies keep that patient's data."""
    removed = 0
    for backup in list_backups(data_dir):
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise StorageError(
                f"The backup {backup.path} could not be deleted: {error}."
            ) from error
        removed += 1
    remove_partials(data_dir)
    return removed


def remove_partials(data_dir: Path) -> None:
    """Delete the half-made copies that interrupted backups left behind."""
    folder = backups_dir(data_dir)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(".kneeapp-") and name.endswith(".partial"):
            with contextlib.suppress(OSError):
                (folder / name).unlink()


def prune(data_dir: Path) -> None:
    from kneeapp.storage import recovery

    if recovery.undecided(data_dir):
        return  # a damaged start nobody has answered yet: every copy may be the way back
    for backup in backups_to_remove(list_backups(data_dir)):
        with contextlib.suppress(OSError):
            backup.path.unlink()


def daily_backup(database: Path, now: datetime) -> Backup | None:
    """Once a day on start: copy the file if today has no copy yet, then rotate."""
    data_dir = Path(database).parent
    if not Path(database).exists() or not daily_backup_due(data_dir, now):
        return None
    backup = take_backup(database, DAILY, now)
    prune(data_dir)
    return backup


def backup_before(database: Path, kind: str, now: datetime) -> Backup:
    """A one-off copy before a bulk change, such as an import."""
    backup = take_backup(database, kind, now)
    prune(Path(database).parent)
    return backup


def newest_good_backup(data_dir: Path, before: datetime | None = None) -> Backup | None:
    """The newest backup (taken before ``before``, if given) that passes
    ``integrity_check``."""
    return next(
        (
            b
            for b in list_backups(data_dir)
            if (before is None or b.taken_at <= before) and integrity_ok(b.path)
        ),
        None,
    )
