"""Every start that cannot open the data says why, in a window and on the command line;
a lock nobody answers for never keeps KneeCheck closed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from kneeapp.ui.single_instance import LOCK_NAME, SingleInstance

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("start_and_close.py")


def start(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DRIVER), *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def window_of(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stdout.splitlines() if line.startswith("WINDOW ")]
    assert lines, result.stdout + result.stderr
    return lines[0].removeprefix("WINDOW ")


# Point 1: stale, garbage and foreign locks; read-only folders; a kiosk's exit status


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x17garbage\xff", b"4242\nkneeapp\nanother-computer\n"],
    ids=["empty", "garbage", "other-host"],
)
def test_a_lock_nobody_answers_for_does_not_block_the_start(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOCK_NAME).write_bytes(content)
    result = start("--data-dir", data_dir)
    assert window_of(result) == "MainWindow", result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


@pytest.fixture
def held_lock(data_dir: Path) -> Iterator[QLockFile]:
    """The lock held by a live process on this computer that does not answer (this test)."""
    data_dir.mkdir(mode=0o700)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    assert lock.tryLock(0)
    yield lock
    lock.unlock()


def test_a_kiosk_that_finds_the_data_open_elsewhere_exits_with_an_error(
    qtbot: QtBot, held_lock: QLockFile, data_dir: Path
) -> None:
    result = start("--kiosk", "--data-dir", data_dir)
    assert window_of(result) == "AlreadyOpenPage"
    assert result.returncode != 0, "systemd restarts a kiosk only after a failure"
    assert "already open" in result.stderr


@pytest.fixture
def read_only_folder(data_dir: Path) -> Iterator[Path]:
    data_dir.mkdir(mode=0o700)
    if os.geteuid() == 0:  # root writes anywhere, except into an immutable folder
        made = subprocess.run(["chattr", "+i", str(data_dir)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip("root, and this file system cannot make a folder immutable")
        yield data_dir
        subprocess.run(["chattr", "-i", str(data_dir)], check=True)
    else:
        data_dir.chmod(0o500)
        yield data_dir
        data_dir.chmod(0o700)


def test_a_read_only_data_folder_is_called_read_only(read_only_folder: Path) -> None:
    result = start("--data-dir", read_only_folder)
    assert window_of(result) == "StartFailedPage"
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert "already open" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


# Point 11: every start failure is a window and a line on stderr


def test_a_data_folder_name_too_long_is_a_window_and_a_line(tmp_path: Path) -> None:
    result = start("--data-dir", tmp_path / ("x" * 300))
    assert window_of(result) == "StartFailedPage"
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    complaint = [line for line in result.stderr.splitlines() if line.startswith("kneeapp: ")]
    assert complaint and "x" * 20 in complaint[0]
    assert any(line.startswith("TEXT ") and "x" * 20 in line for line in result.stdout.splitlines())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_data_folder_under_an_unreadable_parent_is_a_window_and_a_line(
    tmp_path: Path,
) -> None:
    parent = tmp_path / "locked"
    (parent / "data").mkdir(parents=True)
    parent.chmod(0)
    try:
        result = start("--data-dir", parent / "data")
    finally:
        parent.chmod(0o700)
    assert window_of(result) == "StartFailedPage"
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "kneeapp: " in result.stderr


def test_a_damaged_settings_path_is_a_window_not_a_traceback(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "kneeapp.sqlite3").mkdir()  # a folder where the data file should be
    result = start("--data-dir", data_dir)
    assert window_of(result) == "StartFailedPage"
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


# Point 18: the lock file is private


def test_the_lock_file_is_private_whatever_the_umask(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    previous = os.umask(0)
    try:
        instance = SingleInstance(data_dir)
        assert instance.acquire()
    finally:
        os.umask(previous)
    try:
        assert stat.S_IMODE((data_dir / LOCK_NAME).stat().st_mode) == 0o600
    finally:
        instance.release()
