"""What the kiosk's parts (``staff_pin.StaffPin``, ``clinician_mode.ClinicianMode``) use
of the controller they are mixed into (``controller.KioskController``), for the type
checker: each part's methods take ``self`` as one of these."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from kneeapp.domain.kiosk import KioskSettings, PatientStore
    from kneeapp.domain.patient_pins import PatientPins
    from kneeapp.domain.pin import PinLock
    from kneeapp.exchange.formats import ExportFormat
    from kneeapp.ui.kiosk.clinician_page import ClinicianPage
    from kneeapp.ui.kiosk.guard import KioskGuard
    from kneeapp.ui.kiosk.idle import IdleWatcher
    from kneeapp.ui.kiosk.patient_sign_in import PatientSignIn
    from kneeapp.ui.kiosk.pin_page import PinPage, PinPurpose
    from kneeapp.ui.main_window import MainWindow
    from kneeapp.ui.pages.history import HistoryPage


class KioskParts(Protocol):
    window: MainWindow
    patients: PatientStore
    settings: KioskSettings
    pins: PatientPins | None
    export_dir: Path
    exports: tuple[ExportFormat, ...]
    lock: PinLock
    pin_page: PinPage
    patient_pin: PatientSignIn | None
    clinician: ClinicianPage
    clinician_history: HistoryPage | None
    watcher: IdleWatcher
    guard: KioskGuard
    _new_pin: str | None
    _changing_pin: bool
    _return_to: QWidget | None

    # The controller's own
    def show_start(self) -> None: ...
    def reset(self) -> None: ...
    def use_clinic_language(self) -> None: ...
    def _drop_histories(self) -> None: ...
    def _forget_patient_pin(self) -> None: ...

    # The staff PIN's
    def _ask_pin(self, purpose: PinPurpose) -> None: ...
    def refresh_lock(self) -> None: ...

    # Clinician mode's
    def in_clinician_mode(self) -> bool: ...
    def open_clinician(self, message: str = "", *, warning: bool = False) -> None: ...
    def leave_kiosk(self) -> None: ...
    def patient_listing(self) -> list[tuple[str, int]]: ...
    def _clinic_settings(self) -> tuple[int, int, str, bool]: ...
    def _backup_message(self) -> str: ...
    def print_report(self, history: HistoryPage) -> None: ...
    def choose_printer(self) -> QPrinter | None: ...
    def close_patient_history(self) -> None: ...
    def export_path(self, _title: str, suggested: str, _filter: str) -> Path | None: ...
