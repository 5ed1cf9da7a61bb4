"""Damaged, newer and old data files; backups; file modes. Real files, real damage."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.errors import StorageError, StorageProblem
from kneeapp.domain.profiles import ProfileDetails
from kneeapp.domain.session import Reading, Session
from kneeapp.storage import backups, health
from kneeapp.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from kneeapp.storage.startup import HealthCheck, ReadOnlyRepository, open_data

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
UID = "0c6b6a1e-2f0d-4c4e-9a55-5f9a1e0b7d21"
SESSION = Session(
    uid=UID,
    profile="default",
    recorded_at=datetime(2025, 3, 1, 8, 0, tzinfo=UTC),
    readings=(Reading("ankle_step", "range", 6, 8), Reading("ankle_step", "pain", 1, 0)),
    note="kept",
    red_flags={},
)


def saved_folder(data_dir: Path) -> Path:
    opened = open_data(data_dir, NOW)
    try:
        opened.repository.save(SESSION)
    finally:
        opened.close()
    return data_dir / "kneeapp.sqlite3"


def flip_page(database: Path, page: int) -> None:
    size = 4096
    data = bytearray(database.read_bytes())
    for index in range(page * size, min((page + 1) * size, len(data))):
        data[index] ^= 0xFF
    database.write_bytes(bytes(data))


DAMAGE = {
    "zero_length": lambda db: db.write_bytes(b""),
    "garbage_header": lambda db: db.write_bytes(b"this is not sqlite" + db.read_bytes()[18:]),
    "flipped_page": lambda db: flip_page(db, 1),
}


@pytest.mark.parametrize("checked_early", [False, True], ids=["checked-on-open", "checked-early"])
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_file_is_moved_aside_and_backup_restored(
    data_dir: Path, damage: str, checked_early: bool
) -> None:
    database = saved_folder(data_dir)
    assert backups.daily_backup(database, NOW) is not None
    damaged_bytes_written = DAMAGE[damage]
    damaged_bytes_written(database)
    damaged = database.read_bytes()

    # The command starts the check on a thread of its own before Qt loads.
    check = HealthCheck(data_dir) if checked_early else None
    opened = open_data(data_dir, NOW + timedelta(hours=1), check)
    try:
        assert opened.health.state is health.State.DAMAGED
        # Moved aside unchanged, never deleted; a fresh empty file took its place.
        assert next(p.name for p in opened.quarantined).startswith("kneeapp.sqlite3.corrupt-")
        assert opened.quarantined[0].read_bytes() == damaged
        assert opened.repository.count() == 0
        assert opened.offered_backup is not None
        opened.restore(opened.offered_backup.path, NOW + timedelta(hours=1))
        assert opened.repository.get(UID) == SESSION
    finally:
        opened.close()
    assert backups.integrity_ok(database)
    assert opened.quarantined[0].read_bytes() == damaged


def test_an_early_check_finds_what_the_check_on_open_finds(data_dir: Path) -> None:
    database = saved_folder(data_dir)
    check = HealthCheck(data_dir)
    assert (
        check.result()
        == health.inspect(database)
        == health.Health(health.State.OK, "", SCHEMA_VERSION)
    )
    opened = open_data(data_dir, NOW, check)
    try:
        assert opened.health.state is health.State.OK
        assert opened.repository.get(UID) == SESSION
    finally:
        opened.close()


def test_an_early_check_that_cannot_read_the_file_says_so_when_asked(data_dir: Path) -> None:
    (data_dir / "kneeapp.sqlite3").mkdir(parents=True)  # there, but no file to read
    check = HealthCheck(data_dir)
    with pytest.raises(StorageError, match="cannot be read"):
        open_data(data_dir, NOW, check)


def test_a_backup_that_fails_its_check_is_never_swapped_in(data_dir: Path) -> None:
    database = saved_folder(data_dir)
    backup = backups.take_backup(database, backups.DAILY, NOW)
    flip_page(backup.path, 1)
    assert backups.newest_good_backup(data_dir) is None
    before = database.read_bytes()
    with pytest.raises(StorageError, match="did not pass"):
        health.restore(database, backup.path, NOW)
    assert database.read_bytes() == before


def test_restore_backs_up_the_current_file_first(data_dir: Path) -> None:
    database = saved_folder(data_dir)
    old = backups.take_backup(database, backups.DAILY, NOW)
    opened = open_data(data_dir, NOW)
    opened.repository.delete(UID)
    opened.restore(old.path, NOW + timedelta(minutes=5))
    assert opened.repository.get(UID) == SESSION
    opened.close()
    before_restore = [b for b in backups.list_backups(data_dir) if b.kind == "before-restore"]
    assert len(before_restore) == 1 and backups.integrity_ok(before_restore[0].path)


def test_one_daily_backup_a_day_and_the_rotation(data_dir: Path) -> None:
    database = saved_folder(data_dir)
    assert backups.daily_backup(database, NOW) is not None
    assert backups.daily_backup(database, NOW + timedelta(hours=3)) is None
    for day in range(1, 60):
        backups.daily_backup(database, NOW + timedelta(days=day))
    daily = [b for b in backups.list_backups(data_dir) if b.kind == "daily"]
    days = {b.taken_at.date() for b in daily}
    last_week = {(NOW + timedelta(days=d)).date() for d in range(53, 60)}
    assert last_week <= days
    assert len(daily) <= 7 + 4 and len(daily) >= 9


def test_the_days_first_open_backs_up_while_the_data_is_in_use(data_dir: Path) -> None:
    saved_folder(data_dir)
    opened = open_data(data_dir, NOW + timedelta(days=1))
    try:
        assert opened.daily_backup is not None  # on its own thread
        assert opened.repository.get(UID) == SESSION
        assert opened.wait_for_daily_backup() == ""
        assert opened.daily_backup_outcome() == ""
    finally:
        opened.close()
    today = [b for b in backups.list_backups(data_dir) if b.kind == "daily"]
    assert len(today) == 1 and backups.integrity_ok(today[0].path)
    again = open_data(data_dir, NOW + timedelta(days=1, hours=2))
    again.close()
    assert backups.list_backups(data_dir) == today  # one a day


def test_a_daily_backup_that_fails_keeps_nobody_from_their_data(data_dir: Path) -> None:
    saved_folder(data_dir)
    (data_dir / backups.FOLDER_NAME).write_text("a file where the backups folder goes")
    opened = open_data(data_dir, NOW + timedelta(days=1))
    try:
        assert "backups folder" in opened.wait_for_daily_backup()
        assert opened.repository.get(UID) == SESSION
    finally:
        opened.close()


def test_a_copy_that_cannot_be_kept_is_said_and_the_data_still_closes(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_folder(data_dir)

    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", full_disk)
    opened = open_data(data_dir, NOW + timedelta(days=1))
    assert "could not be kept" in opened.wait_for_daily_backup()
    opened.close()
    with pytest.raises(sqlite3.ProgrammingError):  # closed, not left open
        opened.repository.connection.execute("SELECT 1")
    monkeypatch.undo()
    assert not [p for p in backups.backups_dir(data_dir).iterdir() if p.name.endswith(".partial")]


def test_newer_file_opens_read_only_and_is_not_changed(data_dir: Path) -> None:
    database = saved_folder(data_dir)
    connection = sqlite3.connect(database)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = database.read_bytes()
    opened = open_data(data_dir, NOW)
    try:
        assert opened.health.state is health.State.NEWER and opened.drafts is None
        assert isinstance(opened.repository, ReadOnlyRepository)
        assert opened.repository.get(UID) == SESSION
        repository = opened.repository
        # Every way of changing the data is refused as what it is, never as a read-only
        # folder (which it is not, and which the person could do nothing about).
        for change in (
            lambda: repository.save(SESSION),
            lambda: repository.import_sessions([SESSION]),
            lambda: repository.delete(UID),
            lambda: repository.update_note(UID, "a note"),
            lambda: repository.update_profile("default", ProfileDetails("Ana")),
            lambda: repository.erase_profile("default"),
            lambda: repository.erase_all(),
        ):
            with pytest.raises(StorageError, match="newer version") as refused:
                change()
            assert (refused.value.kind, refused.value.path) == (
                StorageProblem.NEWER_VERSION,
                database,
            )
    finally:
        opened.close()
    assert database.read_bytes() == before


# -- migrations from every version the schema has had ------------------------------


def file_at_version(folder: Path, version: int) -> Path:
    """A database made by the steps 1..version alone, holding one session (if it can)."""
    folder.mkdir(mode=0o700)
    database = folder / "kneeapp.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        migrate(connection, database, MIGRATIONS[:version])
        if version >= 1:
            connection.execute("BEGIN")
            connection.execute(
                "INSERT INTO profiles (id, name, created_at) "
                "VALUES (1, 'default', '2025-01-01T00:00:00.000000+00:00')"
            )
            connection.execute(
                "INSERT INTO sessions (id, uid, profile_id, recorded_at, note) "
                "VALUES (1, ?, 1, '2025-03-01T08:00:00.000000+00:00', 'kept')",
                (UID,),
            )
            connection.executemany(
                "INSERT INTO measurements (session_id, check_id, measure_id, left_value, "
                "right_value) VALUES (1, 'ankle_step', ?, ?, ?)",
                [("range", 6.0, 8.0), ("pain", 1.0, 0.0)],
            )
            connection.execute("COMMIT")
    finally:
        connection.close()
    return database


def dump(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return [*list(connection.iterdump()), str(user_version(connection))]
    finally:
        connection.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_old_version_is_upgraded_after_a_backup(data_dir: Path, version: int) -> None:
    database = file_at_version(data_dir, version)
    before = dump(database)
    opened = open_data(data_dir, NOW)
    try:
        assert opened.repository.get(UID) == SESSION
        assert opened.drafts is not None
        opened.drafts.keep("default", SessionDraft(("ankle_step",)), 1)
    finally:
        opened.close()
    copies = [b for b in backups.list_backups(data_dir) if b.kind == "before-update"]
    assert len(copies) == 1 and backups.integrity_ok(copies[0].path)
    assert dump(copies[0].path) == before


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_failure_half_way_leaves_the_old_file_untouched(data_dir: Path, version: int) -> None:
    database = file_at_version(data_dir, version)
    before = dump(database)

    def half_done(connection: sqlite3.Connection) -> None:
        MIGRATIONS[version](connection)  # the real next step, then a failure
        raise sqlite3.OperationalError("disk I/O error")

    connection = sqlite3.connect(database, isolation_level=None)
    try:
        with pytest.raises(StorageError):
            migrate(connection, database, (*MIGRATIONS[:version], half_done))
    finally:
        connection.close()
    assert dump(database) == before


# -- file modes -----------------------------------------------------------------


@pytest.mark.usefixtures("umask_022")
def test_files_are_private_whatever_the_umask(
    data_dir: Path, file_mode: Callable[[Path], int]
) -> None:
    database = saved_folder(data_dir)
    opened = open_data(data_dir, NOW + timedelta(days=1))  # takes the daily backup
    try:
        assert opened.wait_for_daily_backup() == ""
        assert file_mode(data_dir) == 0o700
        for suffix in ("", "-wal", "-shm"):
            assert file_mode(Path(f"{database}{suffix}")) == 0o600, suffix
        assert file_mode(backups.backups_dir(data_dir)) == 0o700
        listed = backups.list_backups(data_dir)
        assert listed and all(file_mode(b.path) == 0o600 for b in listed)
    finally:
        opened.close()


@pytest.mark.usefixtures("umask_022")
def test_exports_are_private_whatever_the_umask(
    data_dir: Path, tmp_path: Path, file_mode: Callable[[Path], int]
) -> None:
    from kneeapp.cli import main

    saved_folder(data_dir)
    out = tmp_path / "export.csv"
    assert main(["export", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    assert file_mode(out) == 0o600
