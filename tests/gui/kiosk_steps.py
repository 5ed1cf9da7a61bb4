"""A kiosk window with a clock the test moves, and the steps a patient or clinician takes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gui_steps import WindowFactory, click
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kneeapp.domain.pin import hash_pin
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.kiosk.controller import KioskController, kiosk_controller
from kneeapp.ui.main_window import MainWindow

PIN = "2468"

# Hashed once: scrypt is slow on purpose.
_PIN_HASH = hash_pin(PIN)


WALL_START = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


class Ticker:
    """A monotonic clock the test moves by hand; ``wall`` is the date and time that
    moves with it (PIN locks, saved sessions)."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return WALL_START + timedelta(seconds=self.now)


@dataclass
class Kiosk:
    window: MainWindow
    controller: KioskController
    clock: Ticker
    data_dir: Path

    def advance(self, seconds: float) -> None:
        self.clock.now += seconds
        self.controller.watcher.tick()
        self.controller.on_tick()


def open_kiosk(make_window: WindowFactory, data_dir: Path, *, with_pin: bool = True) -> Kiosk:
    if with_pin:
        data_dir.mkdir(parents=True, exist_ok=True)
        JsonKioskSettings.open(data_dir).set_pin_hash(_PIN_HASH)
    clock = Ticker()
    window = make_window(kiosk=True, monotonic=clock, clock=clock.wall)
    controller = kiosk_controller(window)
    assert controller is not None
    return Kiosk(window, controller, clock, data_dir)


PATIENT_PIN = "1357"


def sign_in(
    qtbot: QtBot, kiosk: Kiosk, name: str, pin: str = PATIENT_PIN, *, first_visit: bool = True
) -> None:
    """The name, then the PIN: chosen on the keypad (twice) on a first visit, else typed."""
    page = kiosk.controller.start_page
    assert kiosk.window.current_page() is page
    qtbot.keyClicks(page.name_field, name)
    click(qtbot, page.start_button)
    patient_pin(qtbot, kiosk, pin, first_visit=first_visit)
    assert kiosk.window.current_page() is kiosk.window.home


def patient_pin(qtbot: QtBot, kiosk: Kiosk, pin: str, *, first_visit: bool) -> None:
    """The PIN page after a name: a first visit's PIN chosen and typed again, or typed."""
    page = kiosk.controller.pin_page
    assert kiosk.window.current_page() is page
    if first_visit:
        click(qtbot, page.choose_button)
        enter_pin(qtbot, kiosk, pin)
    enter_pin(qtbot, kiosk, pin)


def enter_pin(qtbot: QtBot, kiosk: Kiosk, pin: str) -> None:
    page = kiosk.controller.pin_page
    assert kiosk.window.current_page() is page
    for digit in pin:
        click(qtbot, page.keys[digit])
    click(qtbot, page.ok_button)


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def all_widgets(window: QWidget) -> list[QWidget]:
    return [window, *window.findChildren(QWidget)]
