"""The clinic server's part of the assembly (``app.py`` calls it only when a server is
configured): the therapist's desk window, a station's line about the server, and a kiosk
station's settings kept in step with the clinic's."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kneeapp.domain.kiosk import NO_PATIENT
from kneeapp.domain.ports import ClinicLink
from kneeapp.domain.repository import StorageError
from kneeapp.exporters import EXPORTERS
from kneeapp.paths import EXPORTS_FOLDER as KIOSK_EXPORT_FOLDER
from kneeapp.storage.backends import ServerConfig
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.storage.postgres.clinic_settings import ServerKioskSettings
from kneeapp.storage.preferences import JsonPreferences
from kneeapp.ui.capabilities import Capabilities
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.style import application_icon


def follow_clinic_settings(
    settings: ServerKioskSettings, link: ClinicLink, changed: Callable[[], None]
) -> None:
    """Hear the clinic's settings at every contact of ``link`` (on its thread); call
    ``changed`` (a signal's emit, queued to the window's thread) when any differ here."""

    def received(values: dict[str, Any]) -> None:
        if settings.take(values):
            changed()

    link.share_settings(settings.seed, received)


def create_desk_window(
    data_dir: Path,
    server: ServerConfig,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    monotonic: Callable[[], float] = time.monotonic,
) -> MainWindow:
    """The therapist's desk on the clinic server: clinician mode in an ordinary window
    after the PIN, every patient of the clinic, refreshed when any station saves."""
    from kneeapp.paths import ensure_data_dir
    from kneeapp.storage.postgres.clinic_settings import ServerKioskSettings
    from kneeapp.storage.postgres.listener import SessionListener
    from kneeapp.storage.postgres.patient_pins import ServerPatientPins
    from kneeapp.storage.postgres.repository import PostgresSessionRepository
    from kneeapp.ui.kiosk.desk import ClinicDesk

    folder = ensure_data_dir(Path(data_dir))
    repository = PostgresSessionRepository.connect(server.url, station=server.station)
    preferences = JsonPreferences(folder)
    window = MainWindow(
        repository,
        preferences,
        profile=NO_PATIENT,
        clock=clock,
        data_dir=folder,
        kiosk=True,
        capabilities=Capabilities(settings=False, profiles=False),  # clinician mode only
    )
    window.setWindowTitle(window.tr("KneeCheck — clinic"))
    window.apply_display(preferences.display_settings())
    window.setWindowIcon(application_icon())
    window.restore_window_geometry()
    # The clinic's PIN and settings, as the stations have them.
    settings = ServerKioskSettings(JsonKioskSettings.open(folder), server.url)
    with contextlib.suppress(StorageError):  # out of reach: the last ones this desk saw
        settings.pull()
    desk = ClinicDesk(
        window,
        patients=repository,
        settings=settings,
        export_dir=folder / KIOSK_EXPORT_FOLDER,
        exports=EXPORTERS,
        monotonic=monotonic,
        wall=lambda: clock().timestamp(),
        pins=ServerPatientPins(server.url),
        patient_counts=repository.patient_counts,  # one query for the whole clinic
    )
    listener = SessionListener(server.url, desk.clinic_changed.emit)

    def on_page_changed(page: object) -> None:
        # Each time the desk locks, it hears the clinic's PIN again (changed at a station?).
        if page is desk.pin_page:
            with contextlib.suppress(StorageError):
                settings.pull()

    window.page_changed.connect(on_page_changed)

    def close() -> None:
        listener.close()
        repository.close()

    window.closed.connect(close)
    return window


def show_clinic_link(window: MainWindow, link: ClinicLink) -> None:
    """A station's line about the clinic server, and the question when closing with checks
    that have not reached it."""
    from PySide6.QtWidgets import QVBoxLayout

    from kneeapp.ui.widgets.clinic_status import ClinicStatusLine, ClosingWithChecksWaiting
    from kneeapp.ui.widgets.notice_bar import NoticeBar

    line = ClinicStatusLine(link, window)
    line.show_send_now(not window.kiosk)
    if window.kiosk:
        from kneeapp.ui.kiosk.controller import kiosk_controller

        controller = kiosk_controller(window)
        if controller is not None:
            # On a kiosk, "Send now" is for staff: shown in clinician mode only.
            clinician = controller.clinician
            window.page_changed.connect(lambda page: line.show_send_now(page is clinician))
        signed_in = [NO_PATIENT]

        def on_page_changed(_page: object) -> None:
            # A patient who signs in here sees the sessions saved at the other stations too.
            if window.profile not in (NO_PATIENT, signed_in[0]):
                link.fetch_patient(window.profile)
            signed_in[0] = window.profile

        window.page_changed.connect(on_page_changed)
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    assert isinstance(layout, QVBoxLayout)
    layout.addWidget(line)
    bar = NoticeBar(window)
    window.add_bar(bar)
    ClosingWithChecksWaiting(window, link, bar)
