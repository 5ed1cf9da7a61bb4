"""The data folder against unlucky and hostile states: hot WAL files beside a damaged or
newer file, backups from a newer KneeCheck, restores in a row, foreign SQLite files,
exports aimed at the data itself, erased patients, lookalike names."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kneeapp.domain.kiosk import match_patient, patient_name
from kneeapp.domain.repository import StorageError
from kneeapp.domain.session import Reading, Session, build_session
from kneeapp.exchange.formats import ExportJob
from kneeapp.exporters import CSV
from kneeapp.paths import ensure_data_dir
from kneeapp.storage import backups, health
from kneeapp.storage.database import connect
from kneeapp.storage.migrations import SCHEMA_VERSION
from kneeapp.storage.sessions import open_repository
from kneeapp.storage.startup import open_data

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
UID = "0c6b6a1e-2f0d-4c4e-9a55-5f9a1e0b7d21"
UID_2 = "1c6b6a1e-2f0d-4c4e-9a55-5f9a1e0b7d22"


def a_session(uid: str = UID, *, profile: str = "default", note: str = "kept") -> Session:
    return Session(
        uid=uid,
        profile=profile,
        recorded_at=datetime(2025, 3, 1, 8, 0, tzinfo=UTC),
        readings=(Reading("ankle_step", "range", 6, 8), Reading("ankle_step", "pain", 1, 0)),
        note=note,
        red_flags={},
    )


def run(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KNEEAPP_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "kneeapp", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def saved(data_dir: Path, *sessions: Session) -> Path:
    with open_repository(data_dir) as repository:
        for session in sessions or (a_session(),):
            repository.save(session)
        return repository.path


@pytest.fixture
def hot_wal(data_dir: Path) -> Iterator[Callable[[int], Path]]:
    """A data file whose last commit is still only in its -wal (a power cut), at the
    given user_version: the files are copied while the writer holds them open."""
    opened: list[sqlite3.Connection] = []

    def make(version: int) -> Path:
        database = saved(data_dir)
        writer = sqlite3.connect(database, isolation_level=None)
        opened.append(writer)
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        writer.execute("UPDATE sessions SET note = 'only in the log'")
        writer.execute(f"PRAGMA user_version = {version}")
        copy = data_dir.parent / "copy"
        copy.mkdir(mode=0o700)
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{database}{suffix}", copy / f"kneeapp.sqlite3{suffix}")
        return copy / "kneeapp.sqlite3"

    yield make
    for connection in opened:
        connection.close()


# Point 9: the health check reads only; -wal/-shm move aside with the file


def test_the_health_check_of_a_newer_file_with_a_hot_log_changes_nothing(
    hot_wal: Callable[[int], Path],
) -> None:
    database = hot_wal(SCHEMA_VERSION + 1)
    before = database.read_bytes(), Path(f"{database}-wal").read_bytes()
    state = health.inspect(database)
    assert state.state is health.State.NEWER
    assert state.version == SCHEMA_VERSION + 1
    assert (database.read_bytes(), Path(f"{database}-wal").read_bytes()) == before


def test_a_damaged_file_moves_aside_with_its_log_unchanged(
    hot_wal: Callable[[int], Path],
) -> None:
    database = hot_wal(SCHEMA_VERSION)
    data = bytearray(database.read_bytes())
    data[4096 : 4096 * 2] = bytes(4096)  # a page of zeros: damaged
    database.write_bytes(bytes(data))
    before = database.read_bytes(), Path(f"{database}-wal").read_bytes()
    state = health.inspect(database)
    assert state.state is health.State.DAMAGED
    moved = health.quarantine(database, NOW)
    names = sorted(path.name for path in moved)
    assert [name.split(".corrupt-")[0] for name in names] == [
        "kneeapp.sqlite3",
        "kneeapp.sqlite3-wal",
    ] or "kneeapp.sqlite3-shm" in "".join(names)
    main = next(path for path in moved if path.name.startswith("kneeapp.sqlite3.corrupt"))
    log = next(path for path in moved if path.name.startswith("kneeapp.sqlite3-wal.corrupt"))
    assert (main.read_bytes(), log.read_bytes()) == before


# Point 10: a backup from a newer KneeCheck is refused before anything is replaced


def test_restoring_a_newer_backup_is_refused_and_the_data_stays_open(data_dir: Path) -> None:
    database = saved(data_dir)
    newer = data_dir.parent / "newer.sqlite3"
    shutil.copyfile(database, newer)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    opened = open_data(data_dir, NOW)
    try:
        with pytest.raises(StorageError, match="newer version of KneeCheck") as raised:
            opened.restore(newer, NOW)
        assert "nothing was changed" in str(raised.value).lower()
        assert opened.repository.get(UID) is not None  # still open, still the same data
        opened.repository.save(a_session(UID_2))
    finally:
        opened.close()
    assert backups.list_backups(data_dir) == [] or all(
        b.kind != backups.BEFORE_RESTORE for b in backups.list_backups(data_dir)
    )


# Point 13: the copy taken before a run of restores is never pruned


def test_five_restores_then_a_new_day_keep_the_copy_from_before_the_first(
    data_dir: Path,
) -> None:
    database = saved(data_dir, a_session(note="before any restore"))
    first_day = backups.daily_backup(database, NOW)
    assert first_day is not None
    with open_repository(data_dir) as repository:
        repository.save(a_session(UID_2, note="saved after the daily copy"))
    for index in range(5):
        health.restore(database, first_day.path, NOW + timedelta(minutes=index + 1))
    backups.daily_backup(database, NOW + timedelta(days=1))
    kept = [b for b in backups.list_backups(data_dir) if b.kind == backups.BEFORE_RESTORE]
    holding = []
    for backup in kept:
        connection = sqlite3.connect(backup.path)
        notes = {row[0] for row in connection.execute("SELECT note FROM sessions")}
        connection.close()
        if "saved after the daily copy" in notes:
            holding.append(backup)
    assert holding, "the only copy of the session saved before the restores was pruned"


# Point 14: export never writes into the data folder


@pytest.mark.parametrize("target", ["kneeapp.sqlite3", "settings.json", "backups/x.csv", "new.csv"])
def test_export_refuses_paths_inside_the_data_folder(data_dir: Path, target: str) -> None:
    database = saved(data_dir)
    (data_dir / "backups").mkdir(exist_ok=True)
    before = database.read_bytes()
    for file_format in ("csv", "pdf"):
        result = run(
            "export", "--format", file_format, "--out", data_dir / target, data_dir=data_dir
        )
        assert result.returncode == 2, result.stdout + result.stderr
        assert "inside the data folder" in result.stderr
    assert database.read_bytes() == before
    assert not (data_dir / "new.csv").exists()


def test_export_through_a_symlink_into_the_data_folder_is_refused(
    data_dir: Path, tmp_path: Path
) -> None:
    saved(data_dir)
    link = tmp_path / "elsewhere"
    link.symlink_to(data_dir)
    result = run("export", "--out", link / "kneeapp.sqlite3", data_dir=data_dir)
    assert result.returncode == 2
    assert "inside the data folder" in result.stderr


# Point 18: parent folders and the lock file are private


def test_missing_parent_folders_are_created_private_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "data"
    previous = os.umask(0)
    try:
        ensure_data_dir(target)
    finally:
        os.umask(previous)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


# Point 19: a foreign or mismatched SQLite file is never written to


def foreign(database: Path, *statements: str) -> bytes:
    database.parent.mkdir(mode=0o700, exist_ok=True)
    connection = sqlite3.connect(database, isolation_level=None)
    for statement in statements:
        connection.execute(statement)
    connection.close()
    return database.read_bytes()


def test_a_foreign_sqlite_file_is_refused_unchanged(data_dir: Path) -> None:
    database = data_dir / "kneeapp.sqlite3"
    before = foreign(database, "CREATE TABLE profiles (x)", "INSERT INTO profiles VALUES (1)")
    with pytest.raises(StorageError, match="not a KneeCheck data file") as raised:
        connect(database)
    assert "start KneeCheck again" not in str(raised.value)
    assert "has not been changed" in str(raised.value)
    assert database.read_bytes() == before
    assert not Path(f"{database}-wal").exists()
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize("version", [-3, 1, 2])
def test_a_version_that_does_not_match_the_tables_is_refused_without_a_backup(
    data_dir: Path, version: int
) -> None:
    database = saved(data_dir)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute(f"PRAGMA user_version = {version}")
    connection.close()
    before = database.read_bytes()
    for _ in range(2):
        with pytest.raises(StorageError) as raised:
            connect(database)
        message = str(raised.value)
        assert "start KneeCheck again" not in message and "duplicate column" not in message
        assert "has not been changed" in message
    assert database.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_a_newer_file_with_an_unknown_collation_opens_read_only(data_dir: Path) -> None:
    database = saved(data_dir)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.create_collation("future", lambda a, b: (a > b) - (a < b))
    connection.execute("CREATE TABLE future_things (name TEXT COLLATE future)")
    connection.execute("CREATE INDEX future_index ON future_things (name)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    state = health.inspect(database)
    assert state.state is health.State.NEWER


def test_import_into_a_damaged_file_says_it_is_damaged(data_dir: Path, tmp_path: Path) -> None:
    database = saved(data_dir)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(database.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
    database.write_bytes(bytes(data))
    incoming = tmp_path / "in.csv"
    with open_repository(tmp_path / "other") as other:
        other.save(a_session(UID_2))
        CSV.write(ExportJob(other, None, incoming, datetime.now(UTC)))
    result = run("import", incoming, data_dir=data_dir)
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert "did not pass its check" not in result.stderr


# Point 6: secure delete on every connection; exports and partial copies erased


def test_a_deleted_note_is_not_left_readable_in_the_file(data_dir: Path) -> None:
    secret = "secret-note-" + "x" * 40
    with open_repository(data_dir) as repository:
        repository.save(a_session(note=secret))
        repository.save(a_session(UID_2, note="other"))
        repository.delete(UID)
        database = repository.path
    # Closing checkpoints the log into the file.
    assert secret.encode() not in database.read_bytes()
    assert (
        not Path(f"{database}-wal").exists()
        or secret.encode() not in Path(f"{database}-wal").read_bytes()
    )


def test_erasing_a_patient_erases_their_exports_and_stray_partial_copies(
    data_dir: Path,
) -> None:
    from kneeapp.ui.kiosk.clinician_mode import safe_file_name

    database = saved(data_dir, a_session(profile="Ana Ruiz"), a_session(UID_2, profile="Ana"))
    exports = data_dir / "exports"
    exports.mkdir(mode=0o700)
    ana_ruiz = [exports / safe_file_name(f"kneecheck-Ana Ruiz-2025-03-0{d}.{e}") for d, e in
                ((1, "csv"), (2, "pdf"))]  # fmt: skip
    ana = exports / safe_file_name("kneecheck-Ana-2025-03-01.pdf")
    for path in (*ana_ruiz, ana):
        path.write_text("x")
    backups.take_backup(database, backups.DAILY, NOW)
    partial = data_dir / "backups" / ".kneeapp-20250101T000000000000Z-daily.sqlite3.partial"
    partial.write_bytes(database.read_bytes())
    with open_repository(data_dir) as repository:
        assert repository.erase_profile("Ana Ruiz")
    assert not any(path.exists() for path in ana_ruiz)
    assert ana.exists()  # another patient's export stays
    assert not partial.exists()


def test_staff_can_purge_every_backup(data_dir: Path) -> None:
    database = saved(data_dir)
    backups.take_backup(database, backups.DAILY, NOW)
    backups.take_backup(database, backups.BEFORE_IMPORT, NOW + timedelta(seconds=1))
    result = run("purge-backups", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Deleted 2 backup copies")
    assert backups.list_backups(data_dir) == []
    with open_repository(data_dir) as repository:
        assert repository.get(UID) is not None  # the data itself is untouched


# Point 7: names are NFC and lookalikes stay apart


@pytest.mark.parametrize(
    ("typed", "stored", "expected"),
    [
        ("WEISS", ["Weiß"], "WEISS"),
        ("strauss", ["Strauß"], "strauss"),
        ("Fiona", ["\ufb01ona"], "Fiona"),
        ("Jose\u0301", ["Jos\u00e9"], "Jos\u00e9"),
        ("anna", ["Anna"], "Anna"),
    ],
)
def test_names_match_without_merging_different_people(
    typed: str, stored: list[str], expected: str
) -> None:
    assert match_patient(patient_name(typed), stored) == expected


def test_a_decomposed_name_is_stored_composed(data_dir: Path) -> None:
    assert patient_name("Jose\u0301") == "Jos\u00e9"
    session = a_session()
    built = build_session(
        uid=UID, profile="Jose\u0301", recorded_at=session.recorded_at, readings=session.readings
    )
    with open_repository(data_dir) as repository:
        repository.save(built)
        assert repository.profiles() == ["Jos\u00e9"]


# Point 15: readers and a start get through while a long import commits


def test_a_start_is_not_blocked_by_an_import_holding_the_write_lock(data_dir: Path) -> None:
    database = saved(data_dir)
    writer = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE sessions SET note = 'being imported'")
    try:
        done = threading.Event()
        failure: list[BaseException] = []

        def start() -> None:
            try:
                opened = open_data(data_dir, NOW + timedelta(days=1))
                try:
                    assert opened.repository.get(UID) is not None
                finally:
                    opened.repository.close()
            except BaseException as error:  # reported below
                failure.append(error)
            done.set()

        thread = threading.Thread(target=start)
        thread.start()
        assert done.wait(3), "the start waited on the import's write lock"
        thread.join()
        assert not failure, failure
    finally:
        writer.execute("ROLLBACK")
        writer.close()
