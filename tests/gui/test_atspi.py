"""The safety questions driven as a screen reader or voice control drives them: through
AT-SPI on a real X server (Xvfb), in a session bus of its own, with the actions the
accessibility bus offers for each answer. KneeCheck runs from this environment; the
driver runs in the system's python3, which has pyatspi (Debian: python3-pyatspi).

CI installs what it needs (see .ci/run); elsewhere a missing part skips the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "atspi"
# The interpreter Debian's python3-pyatspi is installed for.
SYSTEM_PYTHON = "/usr/bin/python3"


def missing_parts() -> list[str]:
    missing = [p for p in ("Xvfb", "dbus-run-session") if shutil.which(p) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


def test_the_safety_answers_are_radio_buttons_a_screen_reader_can_answer(
    tmp_path: Path,
) -> None:
    missing = missing_parts()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"not installed: {', '.join(missing)}")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(HERE.parents[2])
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            str(HERE / "session.py"),
            str(tmp_path / "data"),
            SYSTEM_PYTHON,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    answers = seen["atspi"]["answers"]
    assert len(answers) == 6, seen
    for answer in answers:
        # One choice of two, as a screen reader announces it: "radio button, 1 of 2".
        assert answer["role"] == "radio button", answer
        assert answer["done"] == "Toggle", answer
    for question, group in seen["atspi"]["groups"].items():
        assert group["siblings"] == ["radio button", "radio button"], (question, group)
        assert group["parent_name"] and question.startswith(group["parent_name"]), group
    # What the screen reader did counts: every question answered no, Continue enabled.
    shown = seen["app"]
    assert set(shown["answers"].values()) == {False} and len(shown["answers"]) == 6, shown
    assert shown["continue_enabled"] is True, shown
    assert shown["remaining"] == "", shown
    assert all(seen["atspi"]["continue_enabled"]), seen
