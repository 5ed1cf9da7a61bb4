"""KneeCheck opens no network connection: every socket the GUI flow creates, at the
system-call level, is a local (AF_UNIX) one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOW = Path(__file__).with_name("gui_flow.py")


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_the_gui_flow_opens_no_network_socket(tmp_path: Path) -> None:
    trace = tmp_path / "trace"
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket",
            "-o",
            str(trace),
            sys.executable,
            str(FLOW),
            str(tmp_path / "data"),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 and "PTRACE" in result.stderr.upper():
        pytest.skip("tracing is not allowed here")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    calls = re.findall(r"socket\((\w+)", trace.read_text())
    assert "AF_UNIX" in calls  # the one-instance server: the trace did see sockets
    assert set(calls) == {"AF_UNIX"}, calls
