"""A kiosk on a big touch screen: text scaled to the screen, lines of about 70
characters, the page centred, OK beside the keypad, and no key moved by a message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from kiosk_steps import Kiosk, enter_pin, open_kiosk
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


@pytest.fixture
def kiosk(make_window: WindowFactory, data_dir: Path) -> Iterator[Kiosk]:
    opened = open_kiosk(make_window, data_dir)
    yield opened
    opened.controller.guard.allow_close = True


def on_window(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def at_size(kiosk: Kiosk, width: int, height: int) -> None:
    kiosk.window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()
    kiosk.window.grab()


def test_text_grows_with_the_screen_and_lines_stay_readable(kiosk: Kiosk) -> None:
    start = kiosk.controller.start_page
    at_size(kiosk, 1366, 768)
    small = start.subtitle.font().pixelSize()
    at_size(kiosk, 1920, 1080)
    large = start.subtitle.font().pixelSize()
    assert large >= small * 1.2
    # About 70 characters a line, not 200, and the page in the middle of the screen.
    characters = start.subtitle.width() / QFontMetrics(start.subtitle.font()).averageCharWidth()
    assert 55 <= characters <= 80, characters
    page = on_window(start)
    assert abs(page.center().x() - kiosk.window.width() // 2) <= 2


def test_ok_is_beside_the_keypad_and_a_message_moves_no_key(qtbot: QtBot, kiosk: Kiosk) -> None:
    at_size(kiosk, 1920, 1080)
    controller = kiosk.controller
    click(qtbot, controller.start_page.staff_button)
    pin_page = controller.pin_page
    at_size(kiosk, 1920, 1080)
    nine, ok = on_window(pin_page.keys["9"]), on_window(pin_page.ok_button)
    assert 0 < ok.left() - nine.right() <= 24  # right beside the keys
    assert abs(ok.top() - nine.top()) <= 6 and ok.height() >= 2 * nine.height() - 6
    before = {label: on_window(key) for label, key in pin_page.keys.items()}
    enter_pin(qtbot, kiosk, "0000")  # a wrong PIN: its message appears
    assert pin_page.message.isVisible()
    at_size(kiosk, 1920, 1080)
    assert {label: on_window(key) for label, key in pin_page.keys.items()} == before
