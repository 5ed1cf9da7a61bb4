"""A real SIGKILL of a real KneeCheck process in the middle of a check: the next start
resumes the same page with the exact values, kept within a second of the last touch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from gui_steps import click
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.data_safety import DraftKeeper
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.widgets.measure_inputs import ScaleSlider

CHILD = Path(__file__).with_name("rate_then_wait.py")
ROOT = Path(__file__).resolve().parents[2]


def test_a_kill_mid_check_loses_no_touch(
    qtbot: QtBot, make_window: Callable[..., MainWindow], data_dir: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    try:
        rated = child.stdout.readline().split()
        kept = child.stdout.readline().split()
        assert rated[0] == "rated" and kept[0] == "kept", (rated, kept)
        assert float(kept[1]) - float(rated[1]) < 1.0  # within a second of the last touch
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    window = make_window()
    keeper = window.findChild(DraftKeeper)
    assert keeper is not None and keeper.bar.isVisible()
    click(qtbot, keeper.bar.buttons["resume"])
    page = window.current_page()
    assert isinstance(page, CheckPage) and page.check.id == "ankle_step"
    for side, value in ((Side.LEFT, 2), (Side.RIGHT, 6)):
        control = page.inputs["range", side]
        assert isinstance(control, ScaleSlider)
        assert control.slider.rated and control.value() == value
    assert page.inputs["pain", Side.LEFT].value() is None  # still not rated, not "0"
    assert page.live_lines["range"].text() == "Range: left side worse by 4 points. Worth noting."
