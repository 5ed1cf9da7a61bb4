"""Windows for GUI tests: built the way the app builds them, always closed afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kneeapp.app import create_main_window
from kneeapp.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(folder: Path | None = None, **options: Any) -> MainWindow:
        window = create_main_window(folder or data_dir, **options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Keyboard focus only exists in the active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        # A test may leave a session open; closing must not be refused afterwards.
        window.draft = None
        window.close()
