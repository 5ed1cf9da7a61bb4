"""The kiosk's language: a patient's choice on the start screen lasts until they sign
out; the clinic's default, the idle times and the clinician PIN are set in clinician mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from kiosk_steps import PIN, Kiosk, enter_pin, open_kiosk, sign_in
from pytestqt.qtbot import QtBot

from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.kiosk.pin_page import PinPurpose

ENGLISH, SPANISH = 0, 1  # the language buttons, each language named in itself


@pytest.fixture
def kiosk(make_window: WindowFactory, data_dir: Path) -> Iterator[Kiosk]:
    opened = open_kiosk(make_window, data_dir)
    yield opened
    opened.controller.guard.allow_close = True


def to_clinician_mode(qtbot: QtBot, kiosk: Kiosk, pin: str = PIN) -> None:
    click(qtbot, kiosk.controller.start_page.staff_button)
    enter_pin(qtbot, kiosk, pin)


def test_a_patient_chooses_spanish_until_they_sign_out(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    start = controller.start_page
    assert start.title.text() == "Welcome to KneeCheck"
    assert start.language_row.choice() == ENGLISH
    click(qtbot, start.language_row.buttons[SPANISH])
    assert start.title.text() == "Te damos la bienvenida a KneeCheck"
    assert start.start_button.text() == "Continuar"
    sign_in(qtbot, kiosk, "Lucia")
    assert controller.window.home.done_button.text() == "He terminado"
    assert window.home.start_button.text() != "Start a self-check"
    click(qtbot, controller.window.home.done_button)
    # Signed out: the next patient finds the clinic's language.
    assert window.current_page() is start
    assert start.title.text() == "Welcome to KneeCheck"
    assert start.language_row.choice() == ENGLISH
    assert JsonKioskSettings.open(kiosk.data_dir).language() == "system"  # nothing stored


def test_staff_set_the_clinic_language_and_the_idle_times(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    to_clinician_mode(qtbot, kiosk)
    clinician = controller.clinician
    assert clinician.subtitle.text() == "Patients who used this kiosk, and its settings."
    click(qtbot, clinician.language_row.buttons[SPANISH])
    assert JsonKioskSettings.open(kiosk.data_dir).language() == "es"
    assert clinician.title.text() == "Modo profesional"
    assert "Español" in clinician.message.text()
    click(qtbot, clinician.check_idle_row.buttons[0])
    click(qtbot, clinician.idle_row.buttons[1])
    settings = JsonKioskSettings.open(kiosk.data_dir)
    assert (settings.check_idle_seconds(), settings.idle_seconds()) == (120, 60)
    click(qtbot, clinician.done_button)
    start = controller.start_page
    assert start.title.text() == "Te damos la bienvenida a KneeCheck"
    # A patient may still choose English; after them, Spanish again.
    click(qtbot, start.language_row.buttons[ENGLISH])
    assert start.title.text() == "Welcome to KneeCheck"
    sign_in(qtbot, kiosk, "Ann")
    click(qtbot, controller.window.home.done_button)
    assert window.current_page() is start
    assert start.title.text() == "Te damos la bienvenida a KneeCheck"


def test_staff_change_the_clinician_pin(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    pin_page, clinician = controller.pin_page, controller.clinician
    to_clinician_mode(qtbot, kiosk)
    # Cancel keeps the old PIN.
    click(qtbot, clinician.change_pin_button)
    assert pin_page.purpose is PinPurpose.CHANGE and pin_page.cancel_button.isVisible()
    enter_pin(qtbot, kiosk, "9753")
    assert pin_page.purpose is PinPurpose.CONFIRM and pin_page.cancel_button.isVisible()
    click(qtbot, pin_page.cancel_button)
    assert window.current_page() is clinician
    # Typed differently the second time: asked again.
    click(qtbot, clinician.change_pin_button)
    enter_pin(qtbot, kiosk, "9753")
    enter_pin(qtbot, kiosk, "9735")
    assert pin_page.purpose is PinPurpose.CHANGE and "differ" in pin_page.message.text()
    enter_pin(qtbot, kiosk, "9753")
    enter_pin(qtbot, kiosk, "9753")
    assert window.current_page() is clinician
    assert clinician.message.text() == "The clinician PIN is changed."
    click(qtbot, clinician.done_button)

    to_clinician_mode(qtbot, kiosk, PIN)  # the old one no longer opens it
    assert window.current_page() is pin_page
    enter_pin(qtbot, kiosk, "9753")
    assert window.current_page() is clinician
