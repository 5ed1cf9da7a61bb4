"""When Qt cannot open a window, the person is told what to do: the apt packages of the
X11 libraries a minimal desktop lacks, or that there is no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kneeapp.ui.qt_platform import XCB_PACKAGES, platform_advice

# What Qt 6 writes when its xcb plugin cannot load for want of libraries (on a desktop).
LIBRARIES_MISSING = "\n".join(
    (
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt "
        "xcb platform plugin.",
        'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was '
        "found.",
        "This application failed to start because no Qt platform plugin could be initialized. "
        "Reinstalling the application may fix this problem.",
        "",
        "Available platform plugins are: minimal, linuxfb, offscreen, xcb, wayland, eglfs, vnc.",
    )
)


def test_missing_libraries_are_named_as_apt_packages() -> None:
    advice = platform_advice(LIBRARIES_MISSING, {"DISPLAY": ":0"})
    assert advice is not None
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in advice
    assert XCB_PACKAGES == ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")


def test_other_messages_get_no_advice() -> None:
    assert platform_advice("qt.qpa.fonts: Populating font family aliases took 12 ms", {}) is None


def test_without_a_display_the_command_says_so_before_qt_gives_up(tmp_path: Path) -> None:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    environment.update(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "--data-dir", str(tmp_path / "data")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    # Qt's own words are still there, and after them what to do.
    assert "could not connect to display" in result.stderr
    assert "KneeCheck could not open its window: no display is set" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_display_is_named(tmp_path: Path) -> None:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    environment.update(QT_QPA_PLATFORM="xcb", DISPLAY=":97", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "--data-dir", str(tmp_path / "data")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "the display :97 cannot be reached" in result.stderr
