"""Kiosk stations of one clinic share its settings: a new station takes the clinic's
clinician PIN, and what staff set at one station applies at every other one."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from kiosk_steps import _PIN_HASH, PIN
from pytestqt.qtbot import QtBot

from kneeapp.storage.backends import ServerConfig
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.kiosk.controller import KioskController, kiosk_controller
from kneeapp.ui.kiosk.pin_page import PinPurpose
from kneeapp.ui.main_window import MainWindow
from tests.clinic.stations import clinic_settings_on
from tests.postgres_server import ClinicDatabase, free_port

SPANISH = 1


@pytest.fixture(autouse=True)
def _contact_often(monkeypatch: pytest.MonkeyPatch) -> None:
    from kneeapp.storage.postgres import outbox

    monkeypatch.setattr(outbox, "ERASURES_EVERY_S", 0.0)  # ask the clinic at every contact
    monkeypatch.setattr(outbox, "IDLE_POLL_S", 0.2)  # and contact it often


def open_station(
    make_window: WindowFactory, folder: Path, url: str, name: str, *, pin: bool
) -> tuple[MainWindow, KioskController]:
    folder.mkdir(parents=True)
    if pin:
        JsonKioskSettings.open(folder).set_pin_hash(_PIN_HASH)
    window = make_window(folder, kiosk=True, server=ServerConfig(url, name))
    controller = kiosk_controller(window)
    assert controller is not None
    return window, controller


def to_clinician_mode(qtbot: QtBot, controller: KioskController) -> None:
    click(qtbot, controller.start_page.staff_button)
    for digit in PIN:
        click(qtbot, controller.pin_page.keys[digit])
    click(qtbot, controller.pin_page.ok_button)
    assert controller.window.current_page() is controller.clinician


def test_a_new_station_takes_the_clinic_s_pin_and_follows_its_settings(
    qtbot: QtBot, make_window: WindowFactory, clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    url = clinic_database.kiosk_url
    _, first = open_station(make_window, tmp_path / "k1", url, "kiosk-1", pin=True)
    # The first station brings its PIN to a clinic that has none.
    qtbot.waitUntil(
        lambda: "pin_hash" in clinic_settings_on(clinic_database.owner_url), timeout=10_000
    )
    second_window, second = open_station(make_window, tmp_path / "k2", url, "kiosk-2", pin=False)
    # A new station asks for no PIN of its own: the clinic's arrives and it opens at the start.
    qtbot.waitUntil(lambda: second_window.current_page() is second.start_page, timeout=10_000)
    assert second.pin_page.purpose is not PinPurpose.SET

    to_clinician_mode(qtbot, first)
    click(qtbot, first.clinician.idle_row.buttons[1])  # 60 s
    click(qtbot, first.clinician.language_row.buttons[SPANISH])
    click(qtbot, first.clinician.photos_row.buttons[1])
    on_server = clinic_settings_on(clinic_database.owner_url)
    assert (on_server["idle_seconds"], on_server["language"], on_server["keep_photos"]) == (
        60,
        "es",
        True,
    )

    # The other station follows at its next contact, on the screen it shows.
    qtbot.waitUntil(lambda: second_window.keep_photos_allowed, timeout=10_000)
    assert second.start_page.title.text() == "Te damos la bienvenida a KneeCheck"
    assert second.settings.idle_seconds() == 60
    assert second.watcher.timer_state.timeout == 60
    assert second_window.keep_photos_allowed
    assert JsonKioskSettings.open(tmp_path / "k2").idle_seconds() == 60  # kept for offline
    # Staff get in there with the clinic's PIN, and see the clinic's settings.
    to_clinician_mode(qtbot, second)
    assert "se aplica en todos los puestos" in second.clinician.subtitle.text()  # in Spanish
    assert second.clinician.idle_row.choice() == 1
    assert second.clinician.photos_row.choice() == 1
    for controller in (first, second):
        controller.guard.allow_close = True


def test_a_setting_changed_with_the_server_out_of_reach_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    url = f"postgresql://kiosk@127.0.0.1:{free_port()}/clinic"  # nobody listens there
    window, controller = open_station(make_window, tmp_path / "k", url, "kiosk-1", pin=True)
    to_clinician_mode(qtbot, controller)
    click(qtbot, controller.clinician.idle_row.buttons[1])
    message = controller.clinician.message.text()
    assert "cannot be reached" in message and "nothing was changed" in message
    assert controller.settings.idle_seconds() != 60
    assert JsonKioskSettings.open(tmp_path / "k").idle_seconds() != 60
    assert window.current_page() is controller.clinician
    controller.guard.allow_close = True
