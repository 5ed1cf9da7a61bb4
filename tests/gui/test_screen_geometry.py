"""Every page at 1024×768, in each theme: at the largest text in Spanish (the longest
words) and at the normal size in English. Fails when a text needs more room than it has,
reaches outside what holds it, or when laid-out widgets overlap — compared as widget
geometries mapped to the window, not as pixels.

Set KNEEAPP_SCREENSHOTS to a folder to keep a PNG of each screen there, to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from geometry import geometry_problems
from gui_steps import WindowFactory, click
from history_data import VARIED_NOW, varied_sessions
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from screens import SCREEN_SIZE, flow_screens, kiosk_screens, settle, write_display

from kneeapp.storage.sessions import open_repository
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.profile import ProfilePage

THEMES = ("light", "dark", "high_contrast")
# The widest Spanish at the largest text, and English as most people see it.
LOOKS = (("es", "extra_large"), ("en", "normal"))
MATRIX = [(theme, language, size) for theme in THEMES for language, size in LOOKS]


def _save_png(window: MainWindow, name: str, look: str) -> None:
    folder = os.environ.get("KNEEAPP_SCREENSHOTS")
    if not folder:
        return
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    window.grab().save(str(path / f"{look}-{slug}.png"))


def _desktop_screens(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """flow_screens, with the profile details visited from home."""
    for name in flow_screens(qtbot, window):
        yield name
        if name == "home":
            window.open_profile()
            assert isinstance(window.current_page(), ProfilePage)
            settle(window)
            yield "profile"
            click(qtbot, window.current_page().back_button)  # type: ignore[attr-defined]
            settle(window)


def _look_at(window: MainWindow, name: str, look: str, problems: dict[str, list[str]]) -> None:
    _save_png(window, name, look)
    for kind, found in geometry_problems(window).items():
        if found:
            problems[f"{name}: {kind}"] = found


def _report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{key}:\n    " + "\n    ".join(v) for key, v in problems.items())


@pytest.mark.parametrize(("theme", "language", "size"), MATRIX)
def test_every_page_fits_at_1024x768(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: str, language: str, size: str
) -> None:
    with open_repository(data_dir) as repository:  # the history has weeks to show
        for session in varied_sessions():
            repository.save(session)
    write_display(data_dir, language=language, text_size=size, theme=theme)
    window = make_window(clock=lambda: VARIED_NOW)
    look = f"{theme}-{language}-{size}"
    problems: dict[str, list[str]] = {}
    names = []
    for name in _desktop_screens(qtbot, window):
        assert (window.width(), window.height()) == SCREEN_SIZE
        names.append(name)
        _look_at(window, name, look, problems)
    assert {"home", "profile", "safety", "see a clinician", "history", "settings"} <= set(names)
    assert sum(name.startswith("check ") for name in names) == 5
    assert not problems, _report(problems)


@pytest.mark.parametrize(("theme", "language", "size"), MATRIX)
def test_every_kiosk_page_fits_at_1024x768(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, theme: str, language: str, size: str
) -> None:
    write_display(data_dir, language=language, text_size=size, theme=theme)
    look = f"kiosk-{theme}-{language}-{size}"
    problems: dict[str, list[str]] = {}
    for name, window in kiosk_screens(qtbot, make_window, data_dir):
        _look_at(window, name, look, problems)
    assert not problems, _report(problems)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # fixed sizes, offscreen
def test_the_checks_catch_cut_text_and_overlaps(qtbot: QtBot) -> None:
    """The checks themselves: a label squeezed under its text, a button pushed half out
    of its holder and two widgets placed over each other are all found."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    layout = QVBoxLayout(window)
    squeezed = QLabel("A sentence far too long for forty pixels")
    squeezed.setFixedWidth(40)
    layout.addWidget(squeezed)
    holder = QWidget()
    holder.setFixedSize(100, 40)
    layout.addWidget(holder)
    pushed = QPushButton("Half out of sight", holder)
    pushed.setGeometry(60, 0, 160, 40)
    row = QHBoxLayout()
    layout.addLayout(row)
    first, second = QLabel("one"), QLabel("two")
    row.addWidget(first)
    row.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    assert not geometry_problems(window)["overlap"]
    second.setMinimumWidth(10)
    first.move(second.pos())  # as a layout gone wrong would place them
    problems = geometry_problems(window)
    assert any("far too long" in p for p in problems["text cut off"]), problems
    assert any("Half out of sight" in p for p in problems["outside what holds it"]), problems
    assert any("'one'" in p and "'two'" in p for p in problems["overlap"]), problems
