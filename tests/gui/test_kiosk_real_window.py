"""The kiosk on the two window systems a clinic screen meets, judged from a screenshot:
X (Xvfb) and Wayland under cage itself (headless, as a non-root user, grim).

CI installs both (see .ci/run); elsewhere a missing one skips its test.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent
CHILD = HERE / "kiosk_real_window.py"
# A user with no rights of its own, for cage when the tests run as root.
UNPRIVILEGED = "nobody"


def need(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"not installed: {', '.join(missing)}")


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(HERE.parents[1])])
    return env


def assert_fills_and_painted(shot: Path, width: int, height: int) -> None:
    """The screenshot is the screen's size, the kiosk's light background reaches all four
    corners, and almost nothing is black (an unpainted window shows black)."""
    image = QImage(str(shot))
    assert not image.isNull(), shot
    assert (image.width(), image.height()) == (width, height)
    step = 8
    samples = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    black = sum(1 for c in samples if c.red() + c.green() + c.blue() < 30)
    assert black / len(samples) < 0.02, f"{black} of {len(samples)} samples black"
    inset = 3
    for x, y in (
        (inset, inset),
        (width - 1 - inset, inset),
        (inset, height - 1 - inset),
        (width - 1 - inset, height - 1 - inset),
    ):
        assert image.pixelColor(x, y).lightness() > 200, (x, y, image.pixelColor(x, y).name())


def facts(stdout: str) -> dict[str, str]:
    line = [line for line in stdout.splitlines() if line.startswith("platform=")][-1]
    return dict(part.split("=", 1) for part in line.split())


def test_on_x_the_kiosk_fills_the_screen_is_painted_and_refuses_to_close(
    tmp_path: Path,
) -> None:
    need("xvfb-run", "xauth")
    shot = tmp_path / "x.png"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(CHILD), str(shot)],
        env=child_env(QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    seen = facts(result.stdout)
    assert seen == {
        "platform": "xcb",
        "screen": "1280x800",
        "covers": "True",
        "still_open": "True",
        "still_full": "True",
    }, result.stdout + result.stderr
    assert_fills_and_painted(shot, 1280, 800)


@pytest.fixture
def cage() -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """cage with its headless backend, run as an unprivileged user; yields the path of its
    Wayland socket. The kiosk connects to it as a second client.

    The output is turned once (portrait, ``-r``): Debian's cage 0.1.4 hands a full-screen
    window's buffer straight to a headless output, and grim then reads black whatever the
    window drew; a turned output is composed, so the screenshot shows what a screen would.
    """
    need("cage", "grim")
    runtime = Path(tempfile.mkdtemp(prefix="kneeapp-cage-"))
    command = [str(shutil.which("cage")), "-r", "--", "sleep", "600"]
    if os.geteuid() == 0:
        user = pwd.getpwnam(UNPRIVILEGED)
        os.chown(runtime, user.pw_uid, user.pw_gid)
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        command = [runuser, "-u", UNPRIVILEGED, "--", *command]
    runtime.chmod(0o700)
    env = {
        "PATH": "/usr/bin:/bin",
        "XDG_RUNTIME_DIR": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
    }
    log_path = Path(tempfile.mkdtemp(prefix="kneeapp-cage-log-")) / "cage.log"
    log = log_path.open("wb")
    process = subprocess.Popen(command, env=env, cwd="/", stdout=log, stderr=log)
    socket = runtime / "wayland-0"
    deadline = time.monotonic() + 30
    while not socket.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # waiting for another program's socket, not for our own code
    try:
        assert socket.exists(), log_path.read_text(errors="replace")
        yield socket, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(runtime, ignore_errors=True)
        shutil.rmtree(log_path.parent, ignore_errors=True)


def test_under_cage_the_kiosk_fills_the_screen_and_is_painted(
    tmp_path: Path, cage: tuple[Path, subprocess.Popen[bytes]]
) -> None:
    socket, _ = cage
    shot = tmp_path / "wayland.png"
    taken = tmp_path / "taken"
    env = child_env(
        QT_QPA_PLATFORM="wayland",
        WAYLAND_DISPLAY=str(socket),
        XDG_RUNTIME_DIR=str(socket.parent),
    )
    kiosk = subprocess.Popen(
        [sys.executable, str(CHILD), str(taken)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert kiosk.stdout is not None
        ready = kiosk.stdout.readline()
        assert ready.startswith("ready"), ready + (kiosk.stderr.read() if kiosk.stderr else "")
        grim = subprocess.run(
            ["grim", str(shot)],
            env=dict(env, WAYLAND_DISPLAY=str(socket)),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        taken.touch()
        out, err = kiosk.communicate(timeout=60)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait()
    assert grim.returncode == 0, grim.stderr
    assert kiosk.returncode == 0, out + err
    seen = facts(out)
    assert seen["platform"] == "wayland", out + err
    assert (seen["covers"], seen["still_open"], seen["still_full"]) == ("True",) * 3, out + err
    width, height = (int(n) for n in seen["screen"].split("x"))
    assert (width, height) == (720, 1280)  # cage's headless output, turned
    assert_fills_and_painted(shot, width, height)
