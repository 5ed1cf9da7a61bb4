"""A full disk, for real, in a separate process: `kneeapp import` under RLIMIT_FSIZE
(SIGXFSZ ignored) fails with a plain message and leaves the earlier data whole."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kneeapp.domain.session import build_session, new_session_uid, validate_reading
from kneeapp.storage.csv_write import write_csv
from kneeapp.storage.sessions import open_repository

ROOT = Path(__file__).resolve().parents[2]


def sessions(count: int, note: str) -> list:  # type: ignore[type-arg]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        build_session(
            uid=new_session_uid(),
            profile="default",
            recorded_at=start + timedelta(hours=index),
            readings=[
                validate_reading("ankle_step", "range", 5, 8),
                validate_reading("ankle_step", "pain", 1, 0),
            ],
            note=note,
        )
        for index in range(count)
    ]


def run_with_file_size_limit(
    limit: int, *args: str, data_dir: Path
) -> subprocess.CompletedProcess[str]:
    def limit_writes() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, KNEEAPP_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "kneeapp", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=limit_writes,
    )


def test_import_on_a_full_disk_fails_plainly_and_harms_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        repository.import_sessions(sessions(3, "before"))
        database = repository.path
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8", newline="") as stream:
        write_csv(sessions(400, "x" * 1500), stream)
    # Room for the file as it is, not for 400 long notes more.
    limit = database.stat().st_size + 64 * 1024
    result = run_with_file_size_limit(limit, "import", str(big), data_dir=data)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "free some space" in result.stderr.lower()
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        notes = [row[0] for row in connection.execute("SELECT note FROM sessions")]
    finally:
        connection.close()
    assert notes == ["before"] * 3, "all or nothing: not one session of the import"


def test_a_pdf_export_on_a_full_disk_fails_plainly_and_keeps_the_old_report(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        # Short notes: the data file stays well below the report's size (~80 KB).
        repository.import_sessions(sessions(30, "a note"))
        database = repository.path
    out = tmp_path / "report.pdf"
    good = b"%PDF-1.4 the report from last week\n%%EOF\n"
    out.write_bytes(good)
    # Room for the data's own files (the -shm is 32 KB), not for the report (~90 KB).
    limit = max(database.stat().st_size, 32768) + 4096
    result = run_with_file_size_limit(
        limit, "export", "--format", "pdf", "--out", str(out), data_dir=data
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Wrote" not in result.stdout
    assert "Traceback" not in result.stderr
    assert "could not be written" in result.stderr.lower() or "full" in result.stderr.lower()
    assert out.read_bytes() == good, "the earlier report was replaced"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.pdf"]
