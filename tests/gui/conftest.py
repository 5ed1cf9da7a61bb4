"""Windows for GUI tests: built the way the app builds them, always closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_steps import WindowFactory
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kneeapp.app import create_main_window
from kneeapp.ui.i18n import install_language
from kneeapp.ui.main_window import MainWindow


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
        window.end_session()
        window.close()


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: object) -> Iterator[None]:
    """A test that switches KneeCheck to another language leaves it in English."""
    # "The system's language" means English here, whatever the machine's locale.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    install_language("en")
