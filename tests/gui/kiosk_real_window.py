"""Run by test_kiosk_real_window.py on a real window system: X (Xvfb) or Wayland (cage).

Shows the kiosk as the app does, tries to close it (Escape, the window's close, Alt+F4),
then prints one line of facts for the test to read. On X it takes the screenshot itself
(the X server's own pixels); on Wayland it waits until the test has taken one with grim
(the file named by the second argument appears), at most 60 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kiosk_steps import _PIN_HASH
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kneeapp.app import create_main_window
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.kiosk.controller import kiosk_controller
from kneeapp.ui.kiosk.guard import show_full_screen


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(25)


def main() -> None:
    screenshot = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp())
    JsonKioskSettings.open(data_dir).set_pin_hash(_PIN_HASH)
    window = create_main_window(data_dir, kiosk=True)
    show_full_screen(window)
    settle(app, 40)
    screen = app.primaryScreen().geometry()
    covers = window.geometry() == screen and window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    window.showNormal()
    settle(app)
    if app.platformName() == "xcb":
        # The root window: what the X server shows, not what the widget would draw.
        assert app.primaryScreen().grabWindow(0).save(str(screenshot))
    else:
        print(f"ready screen={screen.width()}x{screen.height()}", flush=True)
        deadline = time.monotonic() + 60
        while not screenshot.exists() and time.monotonic() < deadline:
            settle(app, 4)
    print(
        f"platform={app.platformName()} screen={screen.width()}x{screen.height()} "
        f"covers={covers} still_open={window.isVisible()} still_full={window.isFullScreen()}",
        flush=True,
    )
    controller = kiosk_controller(window)
    assert controller is not None
    controller.guard.allow_close = True
    window.close()


if __name__ == "__main__":
    main()
