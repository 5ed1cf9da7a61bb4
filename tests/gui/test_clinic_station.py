"""A station's window on a real clinic server: the save is local, the line tells what
waits for the server, and closing with checks waiting says so first."""

from __future__ import annotations

import time
from pathlib import Path

from gui_steps import WindowFactory, click
from pytestqt.qtbot import QtBot
from test_data_safety import to_summary

from kneeapp.storage.backends import ServerConfig
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.widgets.clinic_status import ClinicStatusLine
from kneeapp.ui.widgets.notice_bar import NoticeBar
from tests.clinic.stations import server_uids, silent_server
from tests.postgres_server import ClinicDatabase


def status_line(window: MainWindow) -> ClinicStatusLine:
    line = window.findChild(ClinicStatusLine)
    assert line is not None
    return line


def save_through_the_window(qtbot: QtBot, window: MainWindow) -> float:
    """Save one session as a person would; how long the Save click took."""
    summary = to_summary(qtbot, window)
    started = time.monotonic()
    with qtbot.waitSignal(window.session_saved):
        click(qtbot, summary.save_button)
    return time.monotonic() - started


def test_a_saved_check_reaches_the_clinic_server(
    qtbot: QtBot, make_window: WindowFactory, clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    window = make_window(server=ServerConfig(clinic_database.kiosk_url, "front-desk"))
    line = status_line(window)
    assert line.isVisible()
    save_through_the_window(qtbot, window)
    assert window.repository.count() == 1
    qtbot.waitUntil(lambda: len(server_uids(clinic_database.owner_url)) == 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: line.text.text().startswith("Every check has reached the clinic server · last"),
        timeout=5000,
    )
    window.grab().save(str(tmp_path / "station-sent.png"))


def test_a_server_that_never_answers_leaves_the_window_responsive(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    with silent_server() as url:
        window = make_window(server=ServerConfig(url, "front-desk"))
        took = save_through_the_window(qtbot, window)
        assert took < 1.0  # the save never waited on the network
        assert window.repository.count() == 1
        line = status_line(window)
        qtbot.waitUntil(
            lambda: (
                line.text.text() == "1 check waiting to reach the clinic server · no contact yet"
            ),
            timeout=5000,
        )
        window.grab().save(str(tmp_path / "station-waiting.png"))
        # Closing says that the check has not reached the server, and waits for an answer.
        window.close()
        assert window.isVisible()
        bar = next(b for b in window.findChildren(NoticeBar) if b.isVisible())
        assert bar.message.text().startswith("1 check has not reached the clinic server")
        window.grab().save(str(tmp_path / "station-closing.png"))
        click(qtbot, bar.buttons["keep"])
        assert window.isVisible()
        window.close()
        click(qtbot, bar.buttons["close"])
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_kiosk_station_offers_send_now_in_clinician_mode_only(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    from kiosk_steps import _PIN_HASH, PIN

    from kneeapp.storage.kiosk_settings import JsonKioskSettings
    from kneeapp.ui.kiosk.controller import kiosk_controller

    data_dir.mkdir(parents=True)
    JsonKioskSettings.open(data_dir).set_pin_hash(_PIN_HASH)
    with silent_server() as url:
        window = make_window(kiosk=True, server=ServerConfig(url, "front-desk"))
        controller = kiosk_controller(window)
        assert controller is not None
        line = status_line(window)
        assert line.isVisible() and not line.send_button.isVisible()  # the patients' screen
        controller.ask_clinician_pin()
        for digit in PIN:
            click(qtbot, controller.pin_page.keys[digit])
        click(qtbot, controller.pin_page.ok_button)
        assert window.current_page() is controller.clinician
        assert line.send_button.isVisible()
        click(qtbot, line.send_button)  # tries again at once, in the background
        controller.guard.allow_close = True


def test_a_patient_signing_in_at_another_kiosk_finds_their_history(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_dir: Path,
    clinic_database: ClinicDatabase,
    tmp_path: Path,
) -> None:
    from kiosk_steps import _PIN_HASH

    from kneeapp.storage.kiosk_settings import JsonKioskSettings
    from kneeapp.storage.postgres.patient_pins import ServerPatientPins
    from kneeapp.ui.kiosk.controller import kiosk_controller
    from tests.clinic.stations import make_session, station, wait_until_sent

    earlier = make_session(1, "Ana")
    with station(tmp_path / "first-kiosk", clinic_database.kiosk_url, "kiosk-1") as first:
        assert ServerPatientPins(clinic_database.kiosk_url).choose("Ana", "2580").accepted
        first.local.save(earlier)
        wait_until_sent(first.sender)
    data_dir.mkdir(parents=True)
    JsonKioskSettings.open(data_dir).set_pin_hash(_PIN_HASH)
    window = make_window(kiosk=True, server=ServerConfig(clinic_database.kiosk_url, "kiosk-2"))
    controller = kiosk_controller(window)
    assert controller is not None
    page = controller.start_page
    qtbot.keyClicks(page.name_field, "Ana")
    click(qtbot, page.start_button)
    # Ana chose her PIN at the first kiosk: this one asks the server.
    for digit in "2580":
        click(qtbot, controller.pin_page.keys[digit])
    click(qtbot, controller.pin_page.ok_button)
    assert window.current_page() is window.home
    qtbot.waitUntil(lambda: window.repository.get(earlier.uid) == earlier, timeout=5000)
    line = status_line(window)
    assert line.status().waiting == 0  # brought here, not sent back
    controller.guard.allow_close = True


def test_a_patient_is_told_plainly_when_the_server_cannot_check_their_pin(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    import socket

    from kiosk_steps import _PIN_HASH

    from kneeapp.storage.kiosk_settings import JsonKioskSettings
    from kneeapp.ui.kiosk.controller import kiosk_controller

    with socket.socket() as probe:  # a port nobody listens on: refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data_dir.mkdir(parents=True)
    JsonKioskSettings.open(data_dir).set_pin_hash(_PIN_HASH)
    url = f"postgresql://kiosk@127.0.0.1:{port}/clinic"
    window = make_window(kiosk=True, server=ServerConfig(url, "front-desk"))
    controller = kiosk_controller(window)
    assert controller is not None
    qtbot.keyClicks(controller.start_page.name_field, "Ana")
    click(qtbot, controller.start_page.start_button)
    for digit in "1234":
        click(qtbot, controller.pin_page.keys[digit])
    click(qtbot, controller.pin_page.ok_button)
    assert window.current_page() is controller.pin_page
    assert controller.pin_page.message.text() == (
        "Your PIN cannot be checked just now. Please try again in a moment, or ask the "
        "clinic staff."
    )
    controller.guard.allow_close = True
