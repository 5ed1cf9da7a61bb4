"""The therapist's desk on a real clinic server: the PIN first, then every patient of the
clinic; a save at any station appears within 2 s, in the list and in an open history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_steps import click
from kiosk_steps import _PIN_HASH, PIN
from pytestqt.qtbot import QtBot

from kneeapp.clinic_app import create_desk_window
from kneeapp.storage.backends import ServerConfig
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.kiosk.clinician_page import NAME_ROLE
from kneeapp.ui.kiosk.controller import kiosk_controller
from kneeapp.ui.kiosk.desk import ClinicDesk
from kneeapp.ui.main_window import MainWindow
from tests.clinic.stations import make_session, station, wait_until_sent
from tests.postgres_server import ClinicDatabase

REFRESH_WITHIN_MS = 2000


@pytest.fixture
def desk(
    qtbot: QtBot, clinic_database: ClinicDatabase, data_dir: Path
) -> Iterator[tuple[MainWindow, ClinicDesk]]:
    data_dir.mkdir(parents=True)
    JsonKioskSettings.open(data_dir).set_pin_hash(_PIN_HASH)
    window = create_desk_window(data_dir, ServerConfig(clinic_database.clinician_url, "desk"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controller = kiosk_controller(window)
    assert isinstance(controller, ClinicDesk)
    yield window, controller
    controller.guard.allow_close = True
    window.close()


def names_listed(controller: ClinicDesk) -> list[str]:
    patients = controller.clinician.patients
    return [patients.item(row).data(NAME_ROLE) for row in range(patients.count())]


def test_the_desk_opens_at_the_pin_then_shows_every_patient_and_follows_saves(
    qtbot: QtBot,
    desk: tuple[MainWindow, ClinicDesk],
    clinic_database: ClinicDatabase,
    tmp_path: Path,
) -> None:
    window, controller = desk
    assert window.current_page() is controller.pin_page
    assert not window.isFullScreen()
    with station(tmp_path / "k1", clinic_database.kiosk_url, "kiosk-1") as kiosk:
        kiosk.local.save(make_session(1, "Ana"))
        wait_until_sent(kiosk.sender)
        for digit in PIN:
            click(qtbot, controller.pin_page.keys[digit])
        click(qtbot, controller.pin_page.ok_button)
        assert window.current_page() is controller.clinician
        assert controller.clinician.subtitle.text().startswith("Every patient of the clinic")
        assert names_listed(controller) == ["Ana"]
        # Another station saves a new patient: the list follows.
        with station(tmp_path / "k2", clinic_database.kiosk_url, "kiosk-2") as other:
            other.local.save(make_session(2, "Ben"))
            qtbot.waitUntil(
                lambda: names_listed(controller) == ["Ana", "Ben"], timeout=REFRESH_WITHIN_MS
            )
            window.grab().save(str(tmp_path / "desk-list.png"))
            # An open history follows too.
            controller.open_patient_history("Ana")
            history = controller.clinician_history
            assert history is not None and window.current_page() is history
            before = window.repository.count("Ana")
            other.local.save(make_session(3, "Ana"))
            qtbot.waitUntil(
                lambda: history.model.rowCount() == before + 1, timeout=REFRESH_WITHIN_MS
            )
            window.grab().save(str(tmp_path / "desk-history.png"))


def test_the_desk_resets_a_patient_s_pin_for_every_station(
    qtbot: QtBot,
    desk: tuple[MainWindow, ClinicDesk],
    clinic_database: ClinicDatabase,
    tmp_path: Path,
) -> None:
    from kneeapp.domain.patient_pins import PinVerdict
    from kneeapp.storage.postgres.patient_pins import ServerPatientPins

    _window, controller = desk
    at_a_station = ServerPatientPins(clinic_database.kiosk_url)
    assert at_a_station.choose("Ana", "1234").accepted
    with station(tmp_path / "k1", clinic_database.kiosk_url, "kiosk-1") as kiosk:
        kiosk.local.save(make_session(1, "Ana"))
        wait_until_sent(kiosk.sender)
    for digit in PIN:
        click(qtbot, controller.pin_page.keys[digit])
    click(qtbot, controller.pin_page.ok_button)
    clinician = controller.clinician
    assert not clinician.language_row.isVisible()  # a desk has no patients' start screen
    clinician.patients.setCurrentRow(0)
    click(qtbot, clinician.pin_reset_button)
    assert "The PIN of Ana is cleared" in clinician.message.text()
    assert at_a_station.choose("Ana", "5678").verdict is PinVerdict.ACCEPTED


def test_the_desk_takes_the_clinician_pin_changed_at_a_station(
    qtbot: QtBot,
    desk: tuple[MainWindow, ClinicDesk],
    clinic_database: ClinicDatabase,
    tmp_path: Path,
) -> None:
    from kneeapp.domain.pin import hash_pin
    from kneeapp.storage.postgres.clinic_settings import ServerKioskSettings

    window, controller = desk
    enter_pin(qtbot, controller, PIN)
    assert window.current_page() is controller.clinician
    # Meanwhile, staff at a station choose a new clinician PIN for the clinic.
    folder = tmp_path / "station"
    folder.mkdir()
    at_a_station = ServerKioskSettings(JsonKioskSettings.open(folder), clinic_database.kiosk_url)
    at_a_station.set_pin_hash(hash_pin("86420"))
    click(qtbot, controller.clinician.done_button)  # the desk locks
    assert window.current_page() is controller.pin_page
    enter_pin(qtbot, controller, PIN)
    assert window.current_page() is controller.pin_page  # the old PIN no longer opens it
    enter_pin(qtbot, controller, "86420")
    assert window.current_page() is controller.clinician


def enter_pin(qtbot: QtBot, controller: ClinicDesk, pin: str) -> None:
    for digit in pin:
        click(qtbot, controller.pin_page.keys[digit])
    click(qtbot, controller.pin_page.ok_button)
