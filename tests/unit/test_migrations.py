"""Schema migrations on real SQLite files, from version 1 to the latest."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kneeapp.domain.profiles import ProfileDetails
from kneeapp.domain.repository import StorageError
from kneeapp.domain.session import Reading, Session
from kneeapp.storage import open_repository
from kneeapp.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, user_version

UID = "6f1c2b9e-3a47-4d2e-9b51-0c8d7e6f5a41"


@pytest.fixture
def v1_file(data_dir: Path) -> Iterator[Path]:
    """A version-1 database made by the version-1 step alone, holding one session."""
    data_dir.mkdir(mode=0o700)
    database = data_dir / "kneeapp.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        migrate(connection, database, MIGRATIONS[:1])
        assert user_version(connection) == 1
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO profiles (id, name, created_at) VALUES (1, 'default', ?)",
            ("2024-04-01T00:00:00.000000+00:00",),
        )
        connection.execute(
            "INSERT INTO sessions (id, uid, profile_id, recorded_at, note) VALUES (1, ?, 1, ?, ?)",
            (UID, "2024-05-01T07:30:00.000000+00:00", "before the upgrade"),
        )
        connection.executemany(
            "INSERT INTO measurements VALUES (1, ?, ?, ?, ?)",
            [
                ("ankle_step", "range", 6.0, 8.0),
                ("ankle_step", "pain", 2.0, 0.0),
                ("ankle_step", "knee_to_wall", 7.5, 10.0),
            ],
        )
        connection.execute("COMMIT")
    finally:
        connection.close()
    yield database


def tables(database: Path) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}
    finally:
        connection.close()


def snapshot(database: Path) -> tuple[object, ...]:
    """Everything a person could lose: schema, version and every row."""
    connection = sqlite3.connect(database)
    try:
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
        return (
            schema.fetchall(),
            connection.execute("PRAGMA user_version").fetchone(),
            connection.execute("SELECT * FROM profiles").fetchall(),
            connection.execute("SELECT * FROM sessions").fetchall(),
            connection.execute("SELECT * FROM measurements ORDER BY measure_id").fetchall(),
        )
    finally:
        connection.close()


EXPECTED = Session(
    uid=UID,
    profile="default",
    recorded_at=datetime(2024, 5, 1, 7, 30, tzinfo=UTC),
    readings=(
        Reading("ankle_step", "range", 6, 8),
        Reading("ankle_step", "pain", 2, 0),
        Reading("ankle_step", "knee_to_wall", 7.5, 10),
    ),
    note="before the upgrade",
    red_flags={},
)


def test_latest_version_is_nine() -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) == 9


def test_version_5_adds_the_clinic_outbox_and_keeps_the_sessions(v1_file: Path) -> None:
    assert "clinic_outbox" not in tables(v1_file)
    with open_repository(v1_file.parent) as repository:
        assert repository.get(UID) == EXPECTED
    assert "clinic_outbox" in tables(v1_file)
    connection = sqlite3.connect(v1_file)
    try:
        # A session saved before there was a server is not sent by an upgrade.
        assert connection.execute("SELECT COUNT(*) FROM clinic_outbox").fetchone() == (0,)
    finally:
        connection.close()


def test_version_6_keeps_every_value_and_allows_missing_sides(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    database = data_dir / "kneeapp.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        migrate(connection, database, MIGRATIONS[:5])
        connection.execute(
            "INSERT INTO profiles (id, name, created_at) VALUES (1, 'default', '2024')"
        )
        connection.execute(
            "INSERT INTO sessions (id, uid, profile_id, recorded_at) VALUES (1, ?, 1, ?)",
            (UID, "2024-05-01T07:30:00.000000+00:00"),
        )
        connection.execute("INSERT INTO measurements VALUES (1, 'ankle_step', 'range', 6.0, 8.0)")
        migrate(connection, database)
        assert connection.execute("SELECT * FROM measurements").fetchall() == [
            (1, "ankle_step", "range", 6.0, 8.0, None, None)
        ]
        connection.execute(
            "INSERT INTO measurements VALUES "
            "(1, 'ankle_step', 'pain', NULL, 2, 'too_painful', NULL)"
        )
        with pytest.raises(sqlite3.IntegrityError):  # a skipped side holds no value
            connection.execute(
                "INSERT INTO measurements VALUES "
                "(1, 'kneeling_lunge', 'pain', 1, 2, 'not_done', NULL)"
            )
        with pytest.raises(sqlite3.IntegrityError):  # only the three reasons
            connection.execute(
                "INSERT INTO measurements VALUES "
                "(1, 'kneeling_lunge', 'pain', NULL, 2, 'bored', NULL)"
            )
    finally:
        connection.close()


def test_version_7_gives_existing_profiles_an_id_and_empty_details(v1_file: Path) -> None:
    with open_repository(v1_file.parent) as repository:
        (profile,) = repository.profile_list()
        assert profile.name == "default"
        assert profile.sessions == 1
        assert profile.details == ProfileDetails()
        assert str(uuid.UUID(profile.uid)) == profile.uid
        repository.update_profile("default", ProfileDetails("Ana", 1990, "left", 25.5))
        assert repository.profile("default") == profile._replace(
            display_name="Ana", birth_year=1990, painful_side="left", weekly_km=25.5
        )


def test_version_9_adds_photo_marks_and_keeps_a_version_8_file_whole(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    database = data_dir / "kneeapp.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        migrate(connection, database, MIGRATIONS[:8])
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO profiles (id, name, created_at, display_name, uid) "
            "VALUES (1, 'default', '2024-04-01T00:00:00.000000+00:00', 'Ana', ?)",
            (str(uuid.uuid4()),),
        )
        connection.execute(
            "INSERT INTO sessions (id, uid, profile_id, recorded_at, note) VALUES (1, ?, 1, ?, ?)",
            (UID, "2024-05-01T07:30:00.000000+00:00", "before the upgrade"),
        )
        connection.executemany(
            "INSERT INTO measurements VALUES (1, ?, ?, ?, ?, ?, ?)",
            [
                ("ankle_step", "range", 6.0, 8.0, None, None),
                ("ankle_step", "pain", 2.0, 0.0, None, None),
                ("ankle_step", "knee_to_wall", 7.5, 10.0, None, None),
            ],
        )
        connection.execute("COMMIT")
    finally:
        connection.close()
    assert "photo_marks" not in tables(database)
    with open_repository(data_dir) as repository:
        assert repository.get(UID) == EXPECTED
        assert repository.profile_list()[0].display_name == "Ana"
    assert {"photo_marks", "kept_photos"} <= tables(database)
    assert snapshot(database)[1] == (9,)


def test_a_new_file_gets_the_latest_schema(data_dir: Path) -> None:
    with open_repository(data_dir) as repository:
        database = repository.path
    assert {"profiles", "sessions", "measurements", "red_flag_answers"} <= tables(database)
    assert snapshot(database)[1] == (SCHEMA_VERSION,)


def test_version_1_file_is_upgraded_with_its_data_intact(v1_file: Path) -> None:
    assert "red_flag_answers" not in tables(v1_file)
    with open_repository(v1_file.parent) as repository:
        assert repository.get(UID) == EXPECTED
        assert repository.count() == 1
        assert repository.profiles() == ["default"]
        # The new table works: answers can now be stored.
        repository.update_note(UID, "after the upgrade")
    assert "red_flag_answers" in tables(v1_file)
    assert snapshot(v1_file)[1] == (SCHEMA_VERSION,)


def test_upgrading_twice_changes_nothing(v1_file: Path) -> None:
    with open_repository(v1_file.parent):
        pass
    upgraded = snapshot(v1_file)
    with open_repository(v1_file.parent):
        pass
    assert snapshot(v1_file) == upgraded


def _failing_v2_step(connection: sqlite3.Connection) -> None:
    MIGRATIONS[1](connection)  # the real step runs, then something goes wrong
    connection.execute("INSERT INTO no_such_table VALUES (1)")


def test_a_failing_step_leaves_the_version_1_file_untouched(v1_file: Path) -> None:
    before = snapshot(v1_file)
    connection = sqlite3.connect(v1_file, isolation_level=None)
    try:
        with pytest.raises(StorageError):
            migrate(connection, v1_file, (MIGRATIONS[0], _failing_v2_step))
        assert not connection.in_transaction
    finally:
        connection.close()
    assert snapshot(v1_file) == before
    assert "red_flag_answers" not in tables(v1_file)
    # And the real migration still works afterwards.
    with open_repository(v1_file.parent) as repository:
        assert repository.get(UID) == EXPECTED


def test_a_step_raising_any_error_is_rolled_back_too(v1_file: Path) -> None:
    before = snapshot(v1_file)

    def broken(connection: sqlite3.Connection) -> None:
        MIGRATIONS[1](connection)
        raise RuntimeError("a bug in the step")

    connection = sqlite3.connect(v1_file, isolation_level=None)
    try:
        with pytest.raises(RuntimeError):
            migrate(connection, v1_file, (MIGRATIONS[0], broken))
    finally:
        connection.close()
    assert snapshot(v1_file) == before


def test_migrate_refuses_a_newer_file(v1_file: Path) -> None:
    before = snapshot(v1_file)
    connection = sqlite3.connect(v1_file, isolation_level=None)
    try:
        with pytest.raises(StorageError, match="newer version"):
            migrate(connection, v1_file, ())
    finally:
        connection.close()
    assert snapshot(v1_file) == before
