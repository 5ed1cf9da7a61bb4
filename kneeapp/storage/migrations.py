"""The database schema, as an ordered list of steps from one version to the next.

Step N takes a database from version N to N + 1; the version lives in
``PRAGMA user_version``. Each step runs in one ``BEGIN IMMEDIATE`` transaction that
also bumps the version, so a failed step leaves the file exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.storage.errors import storage_error

Migration = Callable[[sqlite3.Connection], None]

# A random (version 4) UUID made by SQLite itself, one per row it is evaluated for.
RANDOM_UUID_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def _create_tables(connection: sqlite3.Connection) -> None:
    """Version 1: profiles, sessions and their left/right measurements."""
    for statement in (
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            recorded_at TEXT NOT NULL, -- UTC, ISO 8601 with +00:00
            note TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE measurements (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            check_id TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            left_value REAL NOT NULL,
            right_value REAL NOT NULL,
            PRIMARY KEY (session_id, check_id, measure_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX sessions_by_profile_time ON sessions(profile_id, recorded_at)",
    ):
        connection.execute(statement)


def _add_red_flag_answers(connection: sqlite3.Connection) -> None:
    """Version 2: the safety-screen answers given before each session."""
    connection.execute(
        """CREATE TABLE red_flag_answers (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            flag_id TEXT NOT NULL,
            answer INTEGER NOT NULL CHECK (answer IN (0, 1)),
            PRIMARY KEY (session_id, flag_id)
        ) WITHOUT ROWID"""
    )


def _add_session_advice(connection: sqlite3.Connection) -> None:
    """Version 3: the "consider seeing a clinician" message a session ended with."""
    connection.execute("ALTER TABLE sessions ADD COLUMN advice TEXT NOT NULL DEFAULT ''")


def _add_drafts(connection: sqlite3.Connection) -> None:
    """Version 4: the session being entered, kept as JSON so a crash does not lose it."""
    connection.execute(
        """CREATE TABLE drafts (
            profile TEXT PRIMARY KEY,
            payload TEXT NOT NULL,
            saved_at TEXT NOT NULL
        ) WITHOUT ROWID"""
    )


def _add_clinic_outbox(connection: sqlite3.Connection) -> None:
    """Version 5: sessions a clinic station has saved but not yet sent to the clinic
    server; a row leaves only after the server has committed the session."""
    connection.execute(
        """CREATE TABLE clinic_outbox (
            session_uid TEXT PRIMARY KEY,
            station TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID"""
    )


def _allow_missing_sides(connection: sqlite3.Connection) -> None:
    """Version 6: a side may have no value (not rated, or skipped with a reason)."""
    skip = "TEXT CHECK ({side}_skip IN ('not_done', 'too_painful', 'could_not'))"
    for statement in (
        f"""CREATE TABLE measurements_v6 (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            check_id TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            left_value REAL,
            right_value REAL,
            left_skip {skip.format(side="left")},
            right_skip {skip.format(side="right")},
            PRIMARY KEY (session_id, check_id, measure_id),
            CHECK (left_skip IS NULL OR left_value IS NULL),
            CHECK (right_skip IS NULL OR right_value IS NULL)
        ) WITHOUT ROWID""",
        "INSERT INTO measurements_v6 (session_id, check_id, measure_id, left_value, right_value)"
        " SELECT session_id, check_id, measure_id, left_value, right_value FROM measurements",
        "DROP TABLE measurements",
        "ALTER TABLE measurements_v6 RENAME TO measurements",
    ):
        connection.execute(statement)


def _add_profile_details(connection: sqlite3.Connection) -> None:
    """Version 7: a profile's optional details (display name, year of birth, painful side,
    weekly running distance) and a random id that names it in exported files."""
    for statement in (
        "ALTER TABLE profiles ADD COLUMN display_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE profiles ADD COLUMN birth_year INTEGER",
        "ALTER TABLE profiles ADD COLUMN painful_side TEXT "
        "CHECK (painful_side IN ('left', 'right', 'both'))",
        "ALTER TABLE profiles ADD COLUMN weekly_km REAL",
        "ALTER TABLE profiles ADD COLUMN uid TEXT",
    ):
        connection.execute(statement)
    connection.execute(f"UPDATE profiles SET uid = {RANDOM_UUID_SQL}")
    connection.execute("CREATE UNIQUE INDEX profiles_by_uid ON profiles(uid)")


def _add_patient_pins(connection: sqlite3.Connection) -> None:
    """Version 8: a kiosk patient's PIN (scrypt hash) and wrong tries, by profile name.
    A row may exist for a name without a profile: its tries count like a known name's."""
    connection.execute(
        """CREATE TABLE patient_pins (
            profile TEXT PRIMARY KEY,
            pin_hash TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_lock REAL NOT NULL,
            locked_until REAL NOT NULL DEFAULT 0
        )"""
    )


def _add_photo_marks(connection: sqlite3.Connection) -> None:
    """Version 9: what a side's photo angle was measured from (the marks as JSON: each
    photo's points, reference line and size, and the KneeCheck version), and the photos
    the person chose to keep."""
    side = "TEXT NOT NULL CHECK (side IN ('left', 'right'))"
    for statement in (
        f"""CREATE TABLE photo_marks (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            check_id TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            side {side},
            marks TEXT NOT NULL,
            PRIMARY KEY (session_id, check_id, measure_id, side)
        ) WITHOUT ROWID""",
        # A row per kept photo (large: not WITHOUT ROWID), by the position of its marks.
        f"""CREATE TABLE kept_photos (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            check_id TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            side {side},
            position INTEGER NOT NULL,
            image BLOB NOT NULL,
            UNIQUE (session_id, check_id, measure_id, side, position)
        )""",
    ):
        connection.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    _create_tables,
    _add_red_flag_answers,
    _add_session_advice,
    _add_drafts,
    _add_clinic_outbox,
    _allow_missing_sides,
    _add_profile_details,
    _add_patient_pins,
    _add_photo_marks,
)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(connection: sqlite3.Connection) -> int:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return int(version)


def refuse_newer(version: int, database: Path, known: int = SCHEMA_VERSION) -> None:
    if version > known:
        raise StorageError(
            f"The data file {database} was written by a newer version of KneeCheck "
            f"(data version {version}; this version reads up to {known}). Install the "
            f"newer KneeCheck to open it. The file has not been changed.",
            StorageProblem.NEWER_VERSION,
            database,
        )


def migrate(
    connection: sqlite3.Connection,
    database: Path,
    steps: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the database up to ``len(steps)``; return the version it ends at."""
    target = len(steps)
    while True:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise storage_error(error, database, "start KneeCheck again") from error
        try:
            # Read inside the write lock: another process may have migrated meanwhile.
            version = user_version(connection)
            refuse_newer(version, database, target)
            if version == target:
                connection.execute("COMMIT")
                return version
            steps[version](connection)
            # PRAGMA takes no parameters; the value is our own integer.
            connection.execute(f"PRAGMA user_version = {version + 1:d}")
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise storage_error(error, database, "start KneeCheck again") from error
            raise
