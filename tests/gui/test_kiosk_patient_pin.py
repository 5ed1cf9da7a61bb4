"""A patient's own PIN on the kiosk, by taps alone and on a clock the test moves: chosen
on the first visit, asked alike for every name, five wrong tries lock that name, staff
reset it, and patients from before PINs choose one at their next visit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y import visible_texts
from gui_steps import WindowFactory, click
from kiosk_steps import PATIENT_PIN, PIN, Kiosk, enter_pin, open_kiosk, patient_pin, sign_in
from pytestqt.qtbot import QtBot

from kneeapp.domain.pin import FIRST_LOCK_SECONDS, FREE_TRIES
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.kiosk.pin_page import PinPurpose
from tests.clinic.stations import make_session


@pytest.fixture
def kiosk(make_window: WindowFactory, data_dir: Path) -> Iterator[Kiosk]:
    opened = open_kiosk(make_window, data_dir)
    yield opened
    opened.controller.guard.allow_close = True


def type_name(qtbot: QtBot, kiosk: Kiosk, name: str) -> None:
    page = kiosk.controller.start_page
    assert kiosk.window.current_page() is page
    qtbot.keyClicks(page.name_field, name)
    click(qtbot, page.start_button)
    assert kiosk.window.current_page() is kiosk.controller.pin_page


def sign_out(qtbot: QtBot, kiosk: Kiosk) -> None:
    click(qtbot, kiosk.controller.window.home.done_button)
    assert kiosk.window.current_page() is kiosk.controller.start_page


def screen_after_wrong_pin(qtbot: QtBot, kiosk: Kiosk, name: str) -> list[str]:
    type_name(qtbot, kiosk, name)
    enter_pin(qtbot, kiosk, "0000")
    shown = visible_texts(kiosk.window)
    click(qtbot, kiosk.controller.pin_page.cancel_button)
    return shown


def test_a_first_visit_chooses_a_pin_and_the_next_visit_types_it(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    window, pin_page = kiosk.window, kiosk.controller.pin_page
    type_name(qtbot, kiosk, "Ana")
    assert pin_page.purpose is PinPurpose.PATIENT and pin_page.choose_button.isVisible()
    click(qtbot, pin_page.choose_button)
    assert pin_page.purpose is PinPurpose.PATIENT_CHOOSE
    enter_pin(qtbot, kiosk, "123")  # three digits are not a PIN
    assert pin_page.message.text() == "Your PIN is 4 digits."
    enter_pin(qtbot, kiosk, "1234")
    assert pin_page.purpose is PinPurpose.PATIENT_CONFIRM
    enter_pin(qtbot, kiosk, "1243")  # typed differently the second time
    assert pin_page.purpose is PinPurpose.PATIENT_CHOOSE
    assert "differ" in pin_page.message.text()
    enter_pin(qtbot, kiosk, "1234")
    enter_pin(qtbot, kiosk, "1234")
    assert window.current_page() is window.home and window.profile == "Ana"
    sign_out(qtbot, kiosk)

    type_name(qtbot, kiosk, "ana")
    enter_pin(qtbot, kiosk, "1234")
    assert window.current_page() is window.home and window.profile == "Ana"


def test_a_known_name_with_a_wrong_pin_looks_like_an_unknown_name(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    sign_in(qtbot, kiosk, "Ana", "1234")
    sign_out(qtbot, kiosk)
    known = screen_after_wrong_pin(qtbot, kiosk, "Ana")
    unknown = screen_after_wrong_pin(qtbot, kiosk, "Zoe")
    assert known == unknown
    assert any("do not go together" in text for text in known)
    assert not any("Ana" in text or "Zoe" in text for text in known)


def test_five_wrong_tries_lock_that_name_for_a_while(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, pin_page = kiosk.window, kiosk.controller.pin_page
    sign_in(qtbot, kiosk, "Ana", "1234")
    sign_out(qtbot, kiosk)
    type_name(qtbot, kiosk, "Ana")
    for _ in range(FREE_TRIES):
        enter_pin(qtbot, kiosk, "9999")
    assert not pin_page.ok_button.isEnabled()
    assert not any(key.isEnabled() for key in pin_page.keys.values())  # seen to be off
    assert "Try again in 30 s" in pin_page.message.text()
    for digit in "1234":  # the keypad takes nothing while locked
        click(qtbot, pin_page.keys[digit])
    assert pin_page.field.text() == ""
    kiosk.advance(10)
    assert "Try again in 20 s" in pin_page.message.text()

    # Another patient is not locked out by Ana's lock.
    click(qtbot, pin_page.cancel_button)
    sign_in(qtbot, kiosk, "Ben")
    sign_out(qtbot, kiosk)
    type_name(qtbot, kiosk, "Ana")
    enter_pin(qtbot, kiosk, "1234")  # still locked: even her own PIN is refused
    assert window.current_page() is pin_page and not pin_page.ok_button.isEnabled()

    kiosk.advance(FIRST_LOCK_SECONDS)
    assert pin_page.ok_button.isEnabled() and not pin_page.message.isVisible()
    assert all(key.isEnabled() for key in pin_page.keys.values())
    # Each further wrong PIN locks twice as long: long locks are told in minutes.
    for lock in (60, 120, 240, 480):
        enter_pin(qtbot, kiosk, "9999")
        kiosk.advance(1)
        left = lock - 1
        expected = f"{left} s" if left < 120 else f"{-(-left // 60)} min"
        assert f"Try again in {expected}." in pin_page.message.text()
        for _ in range(lock // 60):  # the patient waits, touching the screen now and then
            click(qtbot, pin_page.field)
            kiosk.advance(60)
    enter_pin(qtbot, kiosk, "1234")
    assert window.current_page() is window.home and window.profile == "Ana"


def test_choosing_another_pin_for_a_name_that_has_one_does_not_get_in(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    window, controller = kiosk.window, kiosk.controller
    sign_in(qtbot, kiosk, "Ana", "1234")
    sign_out(qtbot, kiosk)
    type_name(qtbot, kiosk, "Ana")
    patient_pin(qtbot, kiosk, "5678", first_visit=True)
    assert window.current_page() is controller.pin_page
    assert controller.pin_page.purpose is PinPurpose.PATIENT
    assert "already has another PIN" in controller.pin_page.message.text()
    enter_pin(qtbot, kiosk, "1234")
    assert window.current_page() is window.home and window.profile == "Ana"


def test_a_patient_from_before_pins_chooses_one_and_staff_can_reset_it(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    with open_repository(data_dir) as repository:
        repository.save(make_session(1, "Old Timer"))
    kiosk = open_kiosk(make_window, data_dir)
    try:
        window, controller = kiosk.window, kiosk.controller
        # No PIN yet: a typed one is refused like any wrong PIN...
        type_name(qtbot, kiosk, "old timer")
        enter_pin(qtbot, kiosk, PATIENT_PIN)
        assert window.current_page() is controller.pin_page
        # ...and choosing one opens the patient's own history.
        patient_pin(qtbot, kiosk, PATIENT_PIN, first_visit=True)
        assert window.current_page() is window.home and window.profile == "Old Timer"
        sign_out(qtbot, kiosk)

        click(qtbot, controller.start_page.staff_button)
        enter_pin(qtbot, kiosk, PIN)
        clinician = controller.clinician
        clinician.patients.setCurrentRow(0)
        click(qtbot, clinician.pin_reset_button)
        assert "The PIN of Old Timer is cleared" in clinician.message.text()
        click(qtbot, clinician.done_button)
        type_name(qtbot, kiosk, "Old Timer")
        patient_pin(qtbot, kiosk, "8642", first_visit=True)
        assert window.current_page() is window.home and window.profile == "Old Timer"
    finally:
        kiosk.controller.guard.allow_close = True
