"""The kiosk on a real X server (Xvfb), where window state is the window system's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed")
def test_kiosk_covers_the_screen_and_refuses_to_close() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(HERE.parents[1])])
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            str(HERE / "kiosk_real_window.py"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-4:] == [
        "platform=xcb",
        "covers=True",
        "still_open=True",
        "still_full=True",
    ], result.stdout + result.stderr
