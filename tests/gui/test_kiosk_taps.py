"""A patient with a touch screen only: signs in, rates both sides, writes a note and
saves, by taps alone on KneeCheck's own keyboard and controls (not one key event)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_steps import answer_red_flags, check_pages, click, rate, start
from kiosk_steps import Kiosk, WindowFactory, open_kiosk
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.kiosk.keyboard import BACKSPACE, KEY_SIZE, SHIFT, SPACE, TouchKeyboard
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.summary import SummaryPage


class KeyEventCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.count += 1
        return False


@pytest.fixture
def kiosk(make_window: WindowFactory, data_dir: Path) -> Iterator[Kiosk]:
    opened = open_kiosk(make_window, data_dir)
    yield opened
    opened.controller.guard.allow_close = True


def tap_text(qtbot: QtBot, keyboard: TouchKeyboard, text: str) -> None:
    """Type ``text`` by tapping keys: shift before a capital, as a patient would."""
    for char in text:
        if char == " ":
            click(qtbot, keyboard.keys[SPACE])
            continue
        if char != char.lower():
            click(qtbot, keyboard.keys[SHIFT])
        click(qtbot, keyboard.keys[char.lower()])


def test_sign_in_rate_write_a_note_and_save_by_taps_alone(
    qtbot: QtBot, kiosk: Kiosk, data_dir: Path
) -> None:
    window, controller = kiosk.window, kiosk.controller
    keyboard = controller.keyboard
    keys = KeyEventCounter()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(keys)
    try:
        start_page = controller.start_page
        # The name field has the focus on the start screen: the keyboard is there.
        qtbot.waitUntil(keyboard.isVisible)
        assert keyboard.target is start_page.name_field
        for key in keyboard.keys.values():
            assert key.width() >= 56 and key.height() >= 56, key.accessibleName()
        assert KEY_SIZE >= 56
        tap_text(qtbot, keyboard, "Nuñez Áx")
        click(qtbot, keyboard.keys[BACKSPACE])
        tap_text(qtbot, keyboard, "lvaro 7")
        assert start_page.name_field.text() == "Nuñez Álvaro 7"
        click(qtbot, start_page.start_button)
        # A first visit: the patient chooses a PIN on the keypad and types it again.
        assert not keyboard.isVisible()  # the keypad is the PIN's keyboard
        click(qtbot, controller.pin_page.choose_button)
        for _ in range(2):
            for digit in "2024":
                click(qtbot, controller.pin_page.keys[digit])
            click(qtbot, controller.pin_page.ok_button)
        assert window.profile == "Nuñez Álvaro 7"
        assert not keyboard.isVisible()  # no text field on the home page

        answer_red_flags(qtbot, start(qtbot, window))
        for page in check_pages(window):
            rate(page, "range", Side.LEFT, 4)
            rate(page, "range", Side.RIGHT, 7)
            click(qtbot, page.next_button)
        note = window.current_page()
        assert isinstance(note, NotePage)
        click(qtbot, note.edit)
        qtbot.waitUntil(keyboard.isVisible)
        assert keyboard.target is note.edit
        tap_text(qtbot, keyboard, "Left knee ached, 8 km.")
        click(qtbot, note.next_button)
        summary = window.current_page()
        assert isinstance(summary, SummaryPage)
        click(qtbot, summary.save_button)
    finally:
        app.removeEventFilter(keys)
    assert keys.count == 0
    with open_repository(data_dir) as repository:
        (saved,) = repository.list_sessions("Nuñez Álvaro 7")
    assert saved.note == "Left knee ached, 8 km."
    assert {r.left for r in saved.readings if r.measure_id == "range"} == {4.0}


def test_shift_follows_the_toggle_of_assistive_technology(qtbot: QtBot, kiosk: Kiosk) -> None:
    """A screen reader's or voice control's Toggle action checks the Shift key without
    clicking it: the letters follow all the same, and toggling back lowers them."""
    keyboard = kiosk.controller.keyboard
    qtbot.waitUntil(keyboard.isVisible)
    field = kiosk.controller.start_page.name_field
    keyboard.keys[SHIFT].toggle()
    assert keyboard.shifted and keyboard.keys["a"].text() == "A"
    click(qtbot, keyboard.keys["a"])
    assert field.text() == "A"
    assert not keyboard.shifted  # one capital, then lower case again
    keyboard.keys[SHIFT].toggle()
    keyboard.keys[SHIFT].toggle()
    assert not keyboard.shifted and keyboard.keys["a"].text() == "a"
