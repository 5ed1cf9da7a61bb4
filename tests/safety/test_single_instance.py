"""One KneeCheck per data folder, across real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kneeapp.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Path(__file__).with_name("hold_instance.py")


@pytest.fixture
def holder(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    data_dir.mkdir(mode=0o700)
    process = subprocess.Popen(
        [sys.executable, str(HOLDER), str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    process.stdout.close()


def test_a_second_start_defers_and_brings_the_first_forward(
    qtbot: QtBot, holder: subprocess.Popen[str], data_dir: Path
) -> None:
    second = SingleInstance(data_dir)
    assert not second.acquire()
    assert second.bring_forward()
    assert holder.stdout is not None and holder.stdout.readline().strip() == "raised"
    # The whole program, started a second time, leaves at once (and raises the first).
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "--data-dir", str(data_dir)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert holder.stdout.readline().strip() == "raised"


def test_a_stale_lock_from_a_killed_process_is_taken_over(
    qtbot: QtBot, holder: subprocess.Popen[str], data_dir: Path
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert (data_dir / "kneeapp.lock").exists()
    instance = SingleInstance(data_dir)
    try:
        assert instance.acquire()
        assert instance.server is not None and instance.server.isListening()
    finally:
        instance.release()


def test_without_an_answer_the_second_start_says_so(qtbot: QtBot, data_dir: Path) -> None:
    from kneeapp.ui.single_instance import ALREADY_OPEN, AlreadyOpenPage

    data_dir.mkdir(mode=0o700)
    first = SingleInstance(data_dir)
    assert first.acquire()
    assert first.server is not None
    first.server.close()  # alive, but not answering
    try:
        second = SingleInstance(data_dir)
        assert not second.acquire()
        assert not second.bring_forward()
        page = AlreadyOpenPage()
        qtbot.addWidget(page)
        assert page.message.text() == ALREADY_OPEN
    finally:
        first.release()
