"""Turns the main window into a clinic kiosk: patient sign-in, idle reset, clinician
mode behind the PIN, and a window that does not close without it.

The controller is a child of the window; ``kiosk_controller(window)`` finds it.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from kneeapp.domain.kiosk import (
    NO_PATIENT,
    KioskSettings,
    PatientStore,
    match_patient,
    patient_name,
)
from kneeapp.domain.pin import LockState, PinLock, hash_pin, validate_new_pin
from kneeapp.domain.repository import StorageError
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.data_safety import backup_failed_text
from kneeapp.ui.i18n import error_text, plural
from kneeapp.ui.kiosk.clinician_page import ClinicianPage
from kneeapp.ui.kiosk.guard import KioskGuard
from kneeapp.ui.kiosk.idle import IdleOverlay, IdleWatcher
from kneeapp.ui.kiosk.pin_page import PinPage, PinPurpose
from kneeapp.ui.kiosk.start_page import PatientStartPage
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.base import wrapped_label
from kneeapp.ui.widgets.buttons import Button

if TYPE_CHECKING:
    from kneeapp.ui.pages.history import HistoryPage


def safe_file_name(name: str) -> str:
    """A patient's name may hold "/" or "..": never let it choose the folder."""
    return re.sub(r"[^\w.-]", "_", name).lstrip(".") or "export"


class KioskController(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        patients: PatientStore,
        settings: KioskSettings,
        export_dir: Path,
        monotonic: Callable[[], float],
        wall: Callable[[], float],
        keep_full_screen: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.patients = patients
        self.settings = settings
        self.export_dir = export_dir
        self.lock = PinLock(wall, settings.lock_state(), self._save_lock)
        self._new_pin: str | None = None
        self._return_to: QWidget | None = None
        self.clinician_history: HistoryPage | None = None

        self.start_page = PatientStartPage()
        self.start_page.start_requested.connect(self.sign_in)
        self.start_page.staff_requested.connect(self.ask_clinician_pin)
        self.pin_page = PinPage()
        self.pin_page.submitted.connect(self.on_pin_submitted)
        self.pin_page.cancelled.connect(self.on_pin_cancelled)
        self.clinician = ClinicianPage()
        self.clinician.history_requested.connect(self.open_patient_history)
        self.clinician.erase_requested.connect(self.erase_patient)
        self.clinician.idle_chosen.connect(self.set_idle_seconds)
        self.clinician.leave_kiosk_requested.connect(self.ask_leave_pin)
        self.clinician.done.connect(self.reset)
        for page in (self.start_page, self.pin_page, self.clinician):
            window.stack.addWidget(page)

        # The patient's home: who is signed in, and a way to sign out.
        home = window.home
        self.patient_label = wrapped_label("", "sectionTitle")
        home.body.insertWidget(0, self.patient_label)
        # Settings lead to the file manager and to deleting everyone's data: staff only.
        settings_button = getattr(home, "settings_button", None)
        if isinstance(settings_button, QWidget):
            settings_button.hide()
        self.done_button = Button(self.tr("I'm done"), home)
        self.done_button.clicked.connect(self.reset)
        home.buttons.insertWidget(0, self.done_button)
        # First on screen, first for Tab.
        QWidget.setTabOrder(self.done_button, home.history_button)
        QWidget.setTabOrder(home.history_button, home.start_button)

        self.overlay = IdleOverlay(window)
        self.overlay.still_here.connect(self.on_still_here)
        self.watcher = IdleWatcher(monotonic, settings.idle_seconds(), self.armed, self)
        self.watcher.warning.connect(self.overlay.show_countdown)
        self.watcher.resumed.connect(self.overlay.hide)
        self.watcher.expired.connect(self.reset)
        self.watcher.timer.timeout.connect(self.refresh_lock)
        self.guard = KioskGuard(window, keep_full_screen=keep_full_screen)
        self.guard.close_refused.connect(self.ask_leave_pin)

        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.guard)
        app.installEventFilter(self.watcher)
        window.page_changed.connect(self.on_page_changed)
        window.closed.connect(self.on_closed)
        self.watcher.timer.start()
        self.show_start()

    # -- start and reset --------------------------------------------------------

    def show_start(self) -> None:
        if self.settings.pin_hash() is None:
            if self.pin_page.purpose not in (PinPurpose.SET, PinPurpose.CONFIRM):
                self.pin_page.ask(PinPurpose.SET)
            self.window.show_page(self.pin_page)
            return
        self.window.show_page(self.start_page)

    def armed(self) -> bool:
        """Whether an idle screen has anything to clear."""
        page = self.window.current_page()
        if page is self.start_page:
            return bool(self.start_page.name_field.text())
        return not (page is self.pin_page and self.pin_page.purpose is PinPurpose.SET)

    def reset(self) -> None:
        """Back to a clean start: the unsaved session discarded, every view of a
        patient's data emptied or destroyed. Saved data stays saved."""
        window = self.window
        self.window.discard_draft()  # the unsaved session and its kept copy go together
        self.overlay.hide()
        self._drop_histories()
        window.profile = NO_PATIENT
        window.go_home()  # ends the session; its pages are deleted
        window.confirm_bar.hide()
        window.home.show_banner("")
        window.home.show_reminder("")
        self.patient_label.setText("")
        self.clinician.clear()
        if self.pin_page.purpose not in (PinPurpose.SET, PinPurpose.CONFIRM):
            self.pin_page.clear()
        self.start_page.clear()
        self._return_to = None
        self.watcher.touch()
        self.show_start()

    def _drop_histories(self) -> None:
        # The history page is built for one profile: never reuse it for the next patient.
        self.window.drop_history()
        if self.clinician_history is not None:
            self.window.stack.removeWidget(self.clinician_history)
            self.clinician_history.deleteLater()
        self.clinician_history = None

    def on_page_changed(self, page: QWidget) -> None:
        if page is self.window.home and self.window.profile == NO_PATIENT:
            self.show_start()
            return
        if page is self.window.history:
            self._lock_down_patient_history()
        if page is not self.pin_page:
            self.pin_page.set_locked(0)

    def _lock_down_patient_history(self) -> None:
        from kneeapp.ui.pages.history import HistoryPage

        history = self.window.history
        if isinstance(history, HistoryPage):
            # Patients get no files: exports are for clinic staff.
            history.csv_button.hide()
            history.pdf_button.hide()
            history.choose_save_path = lambda _title, _name, _filter: None

    def on_still_here(self) -> None:
        self.watcher.touch()

    # -- patients ---------------------------------------------------------------

    def sign_in(self, typed: str) -> None:
        try:
            name = patient_name(typed)
            profile = match_patient(name, self.patients.profiles())
        except (ValidationError, StorageError) as error:
            self.start_page.show_error(error_text(error))
            return
        self._drop_histories()
        self.window.profile = profile
        self.start_page.clear()
        self.patient_label.setText(self.tr("Signed in as {name}").format(name=profile))
        self.window.go_home()

    # -- the PIN ----------------------------------------------------------------

    def ask_clinician_pin(self) -> None:
        self._ask_pin(PinPurpose.CLINICIAN)

    def ask_leave_pin(self) -> None:
        if self.settings.pin_hash() is None:
            return  # the first PIN is still being chosen; that screen stays
        self._ask_pin(PinPurpose.LEAVE)

    def _ask_pin(self, purpose: PinPurpose) -> None:
        current = self.window.current_page()
        if current is not self.pin_page:
            self._return_to = current
        self.pin_page.ask(purpose)
        self.window.show_page(self.pin_page)
        self.refresh_lock()

    def _save_lock(self, state: LockState) -> None:
        with contextlib.suppress(StorageError):  # the lock still holds while KneeCheck runs
            self.settings.save_lock_state(state)

    def refresh_lock(self) -> None:
        if self.window.current_page() is self.pin_page:
            self.pin_page.set_locked(math.ceil(self.lock.locked_for()))

    def on_pin_cancelled(self) -> None:
        back, self._return_to = self._return_to, None
        if back is None or self.window.stack.indexOf(back) < 0:
            self.show_start()
        else:
            self.window.show_page(back)

    def on_pin_submitted(self, pin: str) -> None:
        purpose = self.pin_page.purpose
        if purpose is PinPurpose.SET:
            try:
                self._new_pin = validate_new_pin(pin)
            except ValidationError as error:
                self.pin_page.show_message(error_text(error))
                return
            self.pin_page.ask(PinPurpose.CONFIRM)
            return
        if purpose is PinPurpose.CONFIRM:
            if pin != self._new_pin:
                self._new_pin = None
                self.pin_page.ask(
                    PinPurpose.SET, self.tr("The two PINs differ. Choose the PIN again.")
                )
                return
            try:
                self.settings.set_pin_hash(hash_pin(pin))
            except StorageError as error:
                self._new_pin = None
                self.pin_page.ask(PinPurpose.SET, error_text(error))
                return
            self._new_pin = None
            self.pin_page.purpose = PinPurpose.CLINICIAN
            self.show_start()
            return
        stored = self.settings.pin_hash()
        if stored is None:
            self.show_start()
            return
        attempt = self.lock.check(pin, stored)
        if not attempt.accepted:
            if attempt.locked_seconds > 0:
                self.pin_page.set_locked(math.ceil(attempt.locked_seconds))
            else:
                left = attempt.tries_left
                self.pin_page.show_message(
                    plural(
                        self.tr("Wrong PIN. %n tr(y|ies) left before entry locks.", "", left), left
                    )
                )
            return
        self._return_to = None
        if purpose is PinPurpose.LEAVE:
            self.leave_kiosk()
        else:
            self.open_clinician()

    # -- clinician mode ---------------------------------------------------------

    def open_clinician(self, message: str = "", *, warning: bool = False) -> None:
        try:
            names = [name for name in self.patients.profiles() if name != NO_PATIENT]
            listing = [(name, self.patients.count(name)) for name in names]
        except StorageError as error:
            listing, message, warning = [], error_text(error), True
        self.clinician.show_patients(listing, self.settings.idle_seconds())
        if not message:
            message = self._backup_message()
            warning = bool(message)
        self.clinician.show_message(message, warning=warning)
        self.window.show_page(self.clinician)

    def _backup_message(self) -> str:
        """A day's backup that failed is told to staff, never on the patients' screen."""
        backups = self.window.backups
        problem = backups.daily_problem() if backups is not None else None
        return backup_failed_text(problem) if problem else ""

    def open_patient_history(self, name: str) -> None:
        from kneeapp.ui.pages.history import HistoryPage

        self._drop_histories()
        history = HistoryPage(self.window.repository, profile=name, clock=self.window.clock)
        # No file dialog on a kiosk: reports go to the export folder.
        history.choose_save_path = self.export_path
        history.back_requested.connect(self.close_patient_history)
        self.window.stack.addWidget(history)
        self.clinician_history = history
        history.reload()
        self.window.show_page(history)

    def close_patient_history(self) -> None:
        self._drop_histories()
        self.open_clinician()

    def export_path(self, _title: str, suggested: str, _filter: str) -> Path | None:
        try:
            self.export_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None
        return self.export_dir / safe_file_name(suggested)

    def erase_patient(self, name: str) -> None:
        try:
            found = self.patients.erase_profile(name)
        except StorageError as error:
            self.open_clinician(
                self.tr("Could not delete {name}: {error}").format(
                    name=name, error=error_text(error)
                ),
                warning=True,
            )
            return
        self.open_clinician(
            (
                self.tr(
                    "Deleted {name} and all of their data, with their exports. Backup "
                    "copies made before now still hold it until they are rotated out, "
                    "within 4 weeks; to delete those too, run kneeapp purge-backups."
                )
                if found
                else self.tr("{name} was already deleted.")
            ).format(name=name)
        )

    def set_idle_seconds(self, seconds: int) -> None:
        self.settings.set_idle_seconds(seconds)
        self.watcher.set_timeout(seconds)
        self.clinician.show_message(
            self.tr("The screen now clears after {seconds} s without a touch.").format(
                seconds=seconds
            )
        )

    def leave_kiosk(self) -> None:
        self.guard.allow_close = True
        self.reset()
        self.window.close()

    def on_closed(self) -> None:
        self.watcher.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.guard)
            app.removeEventFilter(self.watcher)


def kiosk_controller(window: QWidget) -> KioskController | None:
    return window.findChild(KioskController)
