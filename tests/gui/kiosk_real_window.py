"""Run by test_kiosk_real_window.py on a real X server (Xvfb): full screen, and closing
refused without the PIN. Prints one line of facts for the test to read."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kiosk_steps import _PIN_HASH
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kneeapp.app import create_main_window
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.kiosk.guard import show_full_screen


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()
        QTest.qWait(25)


def main() -> None:
    app = QApplication(sys.argv)
    data_dir = Path(tempfile.mkdtemp())
    JsonKioskSettings(data_dir).set_pin_hash(_PIN_HASH)
    window = create_main_window(data_dir, kiosk=True)
    show_full_screen(window)
    settle(app)
    screen = app.primaryScreen().geometry().getRect()
    covers = window.geometry().getRect() == screen and window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    window.showNormal()
    settle(app)
    print(
        f"platform={app.platformName()} covers={covers} "
        f"still_open={window.isVisible()} still_full={window.isFullScreen()}"
    )


if __name__ == "__main__":
    main()
