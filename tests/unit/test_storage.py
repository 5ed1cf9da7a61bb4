"""SqliteSessionRepository on real SQLite files."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.domain.session import (
    DEFAULT_PROFILE,
    Reading,
    Session,
    build_session,
    new_session_uid,
    validate_reading,
)
from kneeapp.domain.validation import ValidationError
from kneeapp.storage import SqliteSessionRepository, open_repository
from kneeapp.storage import sessions as sessions_module
from kneeapp.storage.errors import storage_error
from kneeapp.storage.migrations import SCHEMA_VERSION

START = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)


def make_session(
    minutes: int = 0,
    *,
    profile: str = DEFAULT_PROFILE,
    note: str = "",
    red_flags: dict[str, bool] | None = None,
    uid: str | None = None,
) -> Session:
    return build_session(
        uid=uid or new_session_uid(),
        profile=profile,
        recorded_at=START + timedelta(minutes=minutes),
        readings=[
            validate_reading("ankle_step", "range", 6, 8),
            validate_reading("ankle_step", "pain", 2, 0),
            validate_reading("ankle_step", "knee_to_wall", 7.5, 10),
            validate_reading("kneeling_lunge", "range", 5, 5),
            validate_reading("kneeling_lunge", "pain", 0, 3),
        ],
        note=note,
        red_flags=red_flags if red_flags is not None else {"hot_swollen": False},
    )


def raw_rows(database: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# Saving and reading


def test_round_trip_is_exact(repository: SqliteSessionRepository) -> None:
    session = build_session(
        uid=new_session_uid(),
        profile="Ana",
        # Not UTC, with microseconds: comes back as the same instant, in UTC.
        recorded_at=datetime(2024, 5, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2))),
        readings=[
            validate_reading("ankle_step", "range", 6, 8),
            validate_reading("ankle_step", "pain", 2, 0),
            validate_reading("ankle_step", "knee_to_wall", 24.5, 0),
            validate_reading("single_leg_squat", "drift", 0, 2),
            validate_reading("single_leg_squat", "pain", 1, 1),
            validate_reading("single_leg_bridge", "reps", 100, 37),
            validate_reading("single_leg_bridge", "pain", 10, 0),
        ],
        note='Ran 10 km; "sharp" twinge,\nthen fine. Ünïcödé ✓',
        red_flags={"hot_swollen": False, "night_rest_pain": True},
    )
    repository.save(session)
    stored = repository.get(session.uid)
    assert stored == session
    assert stored is not None
    assert stored.recorded_at.utcoffset() == timedelta(0)
    assert stored.recorded_at.tzinfo is not None
    assert stored.red_flags == {"hot_swollen": False, "night_rest_pain": True}
    assert repository.list_sessions("Ana") == [session]
    assert list(repository.iter_sessions()) == [session]


def test_get_unknown_is_none(repository: SqliteSessionRepository) -> None:
    assert repository.get(new_session_uid()) is None


def test_readings_come_back_in_catalog_order(repository: SqliteSessionRepository) -> None:
    session = make_session()
    shuffled = Session(
        uid=session.uid,
        profile=session.profile,
        recorded_at=session.recorded_at,
        readings=tuple(reversed(session.readings)),
        red_flags=session.red_flags,
    )
    repository.save(shuffled)
    assert repository.get(session.uid) == session


def test_list_is_newest_first_and_per_profile(repository: SqliteSessionRepository) -> None:
    old, new, middle = make_session(0), make_session(60), make_session(30)
    other = make_session(45, profile="Ben")
    for session in (old, new, other, middle):
        repository.save(session)
    assert [s.uid for s in repository.list_sessions(DEFAULT_PROFILE)] == [
        new.uid,
        middle.uid,
        old.uid,
    ]
    assert repository.list_sessions("Ben") == [other]
    assert repository.list_sessions("nobody") == []


def test_iter_is_oldest_first_across_pages(
    repository: SqliteSessionRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sessions_module, "PAGE_SIZE", 3)
    saved = [
        make_session(minutes, profile="Ben" if minutes % 3 else "Ana") for minutes in range(10)
    ]
    # Two sessions at the same moment: order between them is still stable and complete.
    saved.append(make_session(5, profile="Ana"))
    for session in reversed(saved):
        repository.save(session)
    every = list(repository.iter_sessions())
    assert sorted(s.uid for s in every) == sorted(s.uid for s in saved)
    assert [s.recorded_at for s in every] == sorted(s.recorded_at for s in saved)
    ana = list(repository.iter_sessions("Ana"))
    assert {s.uid for s in ana} == {s.uid for s in saved if s.profile == "Ana"}
    assert [s.recorded_at for s in ana] == sorted(s.recorded_at for s in ana)


def test_count_and_profiles(repository: SqliteSessionRepository) -> None:
    assert repository.count() == 0
    assert repository.profiles() == []
    repository.save(make_session(0))
    repository.save(make_session(1, profile="Ben"))
    repository.save(make_session(2, profile="Ben"))
    assert repository.count() == 3
    assert repository.count("Ben") == 2
    assert repository.count(DEFAULT_PROFILE) == 1
    assert repository.count("nobody") == 0
    assert repository.profiles() == ["Ben", DEFAULT_PROFILE]


def test_listing_takes_a_few_queries_not_one_per_session(
    repository: SqliteSessionRepository,
) -> None:
    repository.import_sessions(make_session(minutes) for minutes in range(50))
    statements: list[str] = []
    repository._connection.set_trace_callback(statements.append)
    try:
        assert len(repository.list_sessions(DEFAULT_PROFILE)) == 50
        listed = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len(listed) <= 5  # the order, then one page (with its photo marks)
        statements.clear()
        assert len(list(repository.iter_sessions())) == 50
        iterated = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len(iterated) <= 5  # the order, then one page (with its photo marks)
    finally:
        repository._connection.set_trace_callback(None)


def test_saving_a_stored_uid_is_refused(repository: SqliteSessionRepository) -> None:
    session = make_session(note="first")
    repository.save(session)
    again = make_session(10, note="second", uid=session.uid)
    with pytest.raises(StorageError, match="already saved"):
        repository.save(again)
    assert repository.count() == 1
    assert repository.get(session.uid) == session


def test_delete(repository: SqliteSessionRepository) -> None:
    kept, gone = make_session(0), make_session(1)
    repository.save(kept)
    repository.save(gone)
    assert repository.delete(gone.uid) is True
    assert repository.delete(gone.uid) is False
    assert repository.get(gone.uid) is None
    assert repository.get(kept.uid) == kept
    # Readings and answers go with their session.
    assert raw_rows(repository.path, "SELECT COUNT(*) FROM measurements") == [(len(kept.readings),)]
    assert raw_rows(repository.path, "SELECT COUNT(*) FROM red_flag_answers") == [(1,)]


def test_update_note(repository: SqliteSessionRepository) -> None:
    session = make_session(note="before")
    repository.save(session)
    repository.update_note(session.uid, "after, with\nmore")
    stored = repository.get(session.uid)
    assert stored is not None
    assert stored.note == "after, with\nmore"
    assert stored.readings == session.readings
    with pytest.raises(ValidationError):
        repository.update_note(session.uid, "x" * 5000)
    with pytest.raises(StorageError, match="no longer stored"):
        repository.update_note(new_session_uid(), "lost")


# All or nothing


def install_failure(database: Path, table: str) -> None:
    """A trigger that fails the first insert into ``table``: a failure half-way through."""
    connection = sqlite3.connect(database)
    try:
        connection.execute(
            f"CREATE TRIGGER fail_half_way BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        )
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize("table", ["measurements", "red_flag_answers"])
def test_a_failure_half_way_through_save_leaves_nothing(data_dir: Path, table: str) -> None:
    with open_repository(data_dir) as repository:
        install_failure(repository.path, table)
        with pytest.raises(StorageError):
            repository.save(make_session(red_flags={"hot_swollen": True}))
        assert repository.count() == 0
        assert repository.profiles() == []
    database = data_dir / "kneeapp.sqlite3"
    for counted in ("profiles", "sessions", "measurements", "red_flag_answers"):
        assert raw_rows(database, f"SELECT COUNT(*) FROM {counted}") == [(0,)]


def test_a_duplicate_reading_fails_the_whole_save(repository: SqliteSessionRepository) -> None:
    session = make_session()
    doubled = Session(
        uid=session.uid,
        profile=session.profile,
        recorded_at=session.recorded_at,
        readings=(*session.readings, Reading("ankle_step", "range", 1, 1)),
    )
    with pytest.raises(StorageError):
        repository.save(doubled)
    assert repository.count() == 0
    assert raw_rows(repository.path, "SELECT COUNT(*) FROM measurements") == [(0,)]


def test_import_adds_new_sessions_once(repository: SqliteSessionRepository) -> None:
    first = [make_session(0), make_session(1, profile="Ben")]
    assert repository.import_sessions(first) == 2
    assert repository.import_sessions(first) == 0
    assert repository.import_sessions([*first, make_session(2)]) == 1
    assert repository.count() == 3
    assert repository.get(first[1].uid) == first[1]


def test_import_is_all_or_nothing(repository: SqliteSessionRepository) -> None:
    repository.save(make_session(0))
    install_failure(repository.path, "red_flag_answers")
    # The stored session is skipped, the second new one fails: nothing is added.
    batch = [make_session(1, red_flags={}), make_session(2, red_flags={"hot_swollen": True})]
    with pytest.raises(StorageError):
        repository.import_sessions(batch)
    assert repository.count() == 1


# Failures become messages a person can act on


def test_full_disk_is_reported_plainly(repository: SqliteSessionRepository) -> None:
    connection = repository._connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    session = make_session()
    # Longer than a note may be, to need more pages than the "disk" has left.
    too_big = Session(
        session.uid, session.profile, session.recorded_at, session.readings, "x" * 50_000
    )
    with pytest.raises(
        StorageError, match="The disk is full: free some space and press Save"
    ) as full:
        repository.save(too_big)
    assert (full.value.kind, full.value.path) == (StorageProblem.DISK_FULL, repository.path)
    connection.execute("PRAGMA max_page_count = 1073741823")
    assert repository.count() == 0


def test_busy_database_is_reported_plainly(repository: SqliteSessionRepository) -> None:
    repository._connection.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(repository.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError, match="in use by another"):
            repository.save(make_session())
        other.execute("ROLLBACK")
    finally:
        other.close()
    repository.save(make_session())
    assert repository.count() == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to read-only files")
def test_read_only_data_is_reported_plainly(data_dir: Path) -> None:
    with open_repository(data_dir):
        pass
    database = data_dir / "kneeapp.sqlite3"
    database.chmod(0o400)
    try:
        with pytest.raises(StorageError, match="read-only"):
            repository = open_repository(data_dir)
            try:
                repository.save(make_session())
            finally:
                repository.close()
    finally:
        database.chmod(0o600)


def test_read_only_error_message(data_dir: Path) -> None:
    # A read-only connection gives SQLite's real read-only error even when run as root.
    with open_repository(data_dir) as repository:
        database = repository.path
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            connection.execute("DELETE FROM sessions")
    finally:
        connection.close()
    error = storage_error(raised.value, database, "press Save again")
    assert (error.kind, error.path) == (StorageProblem.READ_ONLY, data_dir)
    message = str(error)
    assert message.startswith(f"The data folder is read-only: {data_dir}.")
    assert message.endswith("press Save again.")


def test_a_mistake_in_kneechecks_own_use_of_sqlite_is_not_told_as_try_again(
    data_dir: Path,
) -> None:
    """A programming error (here a statement on a closed connection) goes on as itself:
    worded as "try again" it would hide the bug and the person would retry in vain."""
    repository = open_repository(data_dir)
    repository._connection.close()
    with pytest.raises(sqlite3.ProgrammingError):
        repository.save(make_session())


# The file itself


def test_pragmas_are_set(repository: SqliteSessionRepository) -> None:
    connection = repository._connection

    def pragma(name: str) -> object:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("user_version") == SCHEMA_VERSION
    # WAL is a property of the file, seen by any other connection too.
    assert raw_rows(repository.path, "PRAGMA journal_mode") == [("wal",)]


@pytest.mark.usefixtures("umask_022")
def test_files_are_private_under_a_permissive_umask(
    data_dir: Path, file_mode: Callable[[Path], int]
) -> None:
    with open_repository(data_dir) as repository:
        repository.save(make_session())
        assert file_mode(data_dir) == 0o700
        assert file_mode(repository.path) == 0o600
        for suffix in ("-wal", "-shm"):
            companion = repository.path.with_name(repository.path.name + suffix)
            assert file_mode(companion) == 0o600


def test_a_newer_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    database = data_dir / "kneeapp.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = database.read_bytes()
    listing = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(StorageError, match="newer version of KneeCheck"):
        open_repository(data_dir)

    assert database.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == listing


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    database = data_dir / "kneeapp.sqlite3"
    database.write_bytes(b"this is a shopping list, not a database" * 100)
    before = database.read_bytes()
    with pytest.raises(StorageError, match="damaged or is not a KneeCheck file"):
        open_repository(data_dir)
    assert database.read_bytes() == before


def test_reopening_keeps_the_data(data_dir: Path) -> None:
    session = make_session(note="kept")
    with open_repository(data_dir) as repository:
        repository.save(session)
    with open_repository(data_dir) as repository:
        assert repository.get(session.uid) == session
        assert repository.path == data_dir / "kneeapp.sqlite3"


def test_a_history_page_carries_every_field_of_its_sessions(data_dir: Path) -> None:
    session = make_session(1)
    advised = Session(
        session.uid,
        session.profile,
        session.recorded_at,
        session.readings,
        "a note",
        {"hot_swollen": False},
        "Consider seeing a clinician.",
    )
    with open_repository(data_dir) as repository:
        repository.save(advised)
        assert repository.session_page(advised.profile, 0, 10) == [advised]
        assert repository.session_page(advised.profile, 1, 10) == []
