"""The clinic kiosk around a window built for a shared screen: patient sign-in, the idle
reset, the touch keyboard, the language, and a window that does not close without the
PIN. Its parts: the clinician PIN (``staff_pin.py``) and clinician mode
(``clinician_mode.py``).

The controller is a child of the window; ``kiosk_controller(window)`` finds it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from kneeapp.domain.kiosk import (
    NO_PATIENT,
    PATIENT_LANGUAGES,
    KioskSettings,
    PatientStore,
    match_patient,
    patient_name,
)
from kneeapp.domain.patient_pins import PatientPins
from kneeapp.domain.pin import PinLock
from kneeapp.domain.repository import StorageError
from kneeapp.domain.validation import ValidationError
from kneeapp.exchange.formats import ExportFormat
from kneeapp.ui.i18n import error_text
from kneeapp.ui.kiosk.clinician_mode import ClinicianMode
from kneeapp.ui.kiosk.clinician_page import ClinicianPage
from kneeapp.ui.kiosk.done_page import SIGN_OUT_SECONDS, DonePage
from kneeapp.ui.kiosk.guard import KioskGuard
from kneeapp.ui.kiosk.idle import IdleOverlay, IdleWatcher
from kneeapp.ui.kiosk.keyboard import TouchKeyboard
from kneeapp.ui.kiosk.patient_sign_in import PatientSignIn
from kneeapp.ui.kiosk.pin_page import PATIENT_PURPOSES, PinPage, PinPurpose
from kneeapp.ui.kiosk.screen_fit import ScreenFit
from kneeapp.ui.kiosk.staff_pin import StaffPin
from kneeapp.ui.kiosk.start_page import PatientStartPage
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.base import Page

if TYPE_CHECKING:
    from kneeapp.ui.pages.history import HistoryPage


class KioskController(StaffPin, ClinicianMode, QObject):
    # The clinic's settings changed on its server (emitted from the clinic link's thread).
    clinic_settings_changed = Signal()
    # Patients use this screen (a kiosk): clinician mode sets their screens too.
    patients_here = True

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
        exports: Sequence[ExportFormat] = (),
        pins: PatientPins | None = None,
    ) -> None:
        """``exports``: what clinic staff may write from a patient's history (into
        ``export_dir``); the patients' own screens are given none by the window."""
        super().__init__(window)
        self.window = window
        self.patients = patients
        self.settings = settings
        self.export_dir = export_dir
        self.exports = tuple(exports)
        window.keep_photos_allowed = settings.keep_photos_allowed()
        self.lock = PinLock(wall, settings.lock_state(), self._save_lock)
        # Patients' own PINs; None: patients sign in by name alone (the clinic desk).
        self.pins = pins
        self._new_pin: str | None = None
        self._return_to: QWidget | None = None
        self.clinician_history: HistoryPage | None = None

        self.start_page = PatientStartPage()
        self.start_page.start_requested.connect(self.sign_in)
        self.start_page.staff_requested.connect(self.ask_clinician_pin)
        self.start_page.language_chosen.connect(self.use_language)
        self._language = ""  # the language setting in use: a patient's, or the clinic's
        self._clinic_language = ""  # the clinic's, as last put on the start screen
        self._changing_pin = False  # a new clinician PIN chosen in clinician mode
        self.pin_page = PinPage()
        self.pin_page.submitted.connect(self.on_pin_submitted)
        self.pin_page.cancelled.connect(self.on_pin_cancelled)
        self.patient_pin = (
            None
            if pins is None
            else PatientSignIn(
                pins,
                self.pin_page,
                monotonic=monotonic,
                show=self._show_pin_page,
                signed_in=self._signed_in,
                parent=self,
            )
        )
        if self.patient_pin is not None:
            self.pin_page.choose_requested.connect(self.patient_pin.choose)
        self.clinician = ClinicianPage(
            patients_here=self.patients_here, clinic_wide=settings.clinic_wide
        )
        self.clinician.history_requested.connect(self.open_patient_history)
        self.clinician.erase_requested.connect(self.erase_patient)
        self.clinician.pin_reset_requested.connect(self.reset_patient_pin)
        self.clinician.language_chosen.connect(self.set_clinic_language)
        self.clinician.change_pin_requested.connect(self.ask_new_clinician_pin)
        self.clinician.set_pin_reset_shown(pins is not None)
        self.clinician.idle_chosen.connect(self.set_idle_seconds)
        self.clinician.check_idle_chosen.connect(self.set_check_idle_seconds)
        self.clinician.keep_photos_chosen.connect(self.set_keep_photos_allowed)
        self.clinician.leave_kiosk_requested.connect(self.ask_leave_pin)
        self.clinician.done.connect(self.reset)
        self.done_page = DonePage()
        self.done_page.results_requested.connect(self.show_results_again)
        self.done_page.sign_out_requested.connect(self.reset)
        self._sign_out_at: float | None = None
        self._monotonic = monotonic
        window.session_saved.connect(self.on_session_saved)
        for page in (self.start_page, self.pin_page, self.clinician, self.done_page):
            window.stack.addWidget(page)

        # The patient's home says who is signed in and has "I'm done" (the window was
        # built for a shared screen: no settings, no profiles).
        window.home.sign_out_requested.connect(self.reset)

        # The only keyboard a touch screen under cage has: shown under the page while a
        # text field has the focus.
        self.keyboard = TouchKeyboard(window)
        window.add_below_pages(self.keyboard)

        self.screen_fit = ScreenFit(window, self.is_wide_page)

        self.overlay = IdleOverlay(window)
        self.overlay.still_here.connect(self.on_still_here)
        self.watcher = IdleWatcher(monotonic, settings.idle_seconds(), self.armed, self)
        self.watcher.warning.connect(self.overlay.show_countdown)
        self.watcher.resumed.connect(self.overlay.hide)
        self.watcher.expired.connect(self.reset)
        self.watcher.timer.timeout.connect(self.on_tick)
        self.guard = KioskGuard(window, keep_full_screen=keep_full_screen)
        self.guard.close_refused.connect(self.ask_leave_pin)
        self.guard.may_close = self.in_clinician_mode

        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.guard)
        app.installEventFilter(self.watcher)
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self.on_focus_changed)
        app.installEventFilter(self)  # a touch on a text field brings the keyboard too
        window.page_changed.connect(self.on_page_changed)
        window.closed.connect(self.on_closed)
        self.watcher.timer.start()
        self.clinic_settings_changed.connect(self.on_clinic_settings_changed)
        self.use_clinic_language()
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
        window.home.show_patient("")
        self.clinician.clear()
        if self.pin_page.purpose in PATIENT_PURPOSES:
            self.pin_page.purpose = PinPurpose.CLINICIAN
        if self.pin_page.purpose not in (PinPurpose.SET, PinPurpose.CONFIRM):
            self.pin_page.clear()
        self._forget_patient_pin()
        self.start_page.clear()
        self._sign_out_at = None
        self._return_to = None
        self._changing_pin = False
        self.watcher.touch()
        self.use_clinic_language()  # the patient's choice ends with them
        self.show_start()

    def idle_seconds_for(self, page: QWidget) -> int:
        """Long on a check page (an exercise on the floor takes minutes), short elsewhere."""
        from kneeapp.ui.pages.check_page import CheckPage

        if isinstance(page, CheckPage):
            return self.settings.check_idle_seconds()
        return self.settings.idle_seconds()

    def on_page_changed(self, page: QWidget) -> None:
        # A page opens with the keyboard only if it opens on a text field.
        focus = page.initial_focus if isinstance(page, Page) else None
        self.on_focus_changed(None, focus or page)
        timeout = self.idle_seconds_for(page)
        if self.watcher.timer_state.timeout != timeout:
            self.watcher.set_timeout(timeout)
        if page is self.window.home and self.window.profile == NO_PATIENT:
            self.show_start()
            return
        if page is not self.pin_page:
            self.pin_page.set_locked(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            # The press lands on a text box's viewport, or on the line edit itself.
            widget = watched if isinstance(watched, QWidget) else None
            for candidate in (widget, widget.parentWidget() if widget else None):
                if isinstance(candidate, (QLineEdit, QPlainTextEdit)):
                    self.on_focus_changed(None, candidate)
                    break
        return False

    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self.keyboard.isAncestorOf(new):
            return  # a key was touched, or the window lost the focus: the field keeps it
        typed_into = isinstance(new, (QLineEdit, QPlainTextEdit)) and not new.isReadOnly()
        if typed_into and new is not self.pin_page.field and self.window.isAncestorOf(new):
            assert isinstance(new, (QLineEdit, QPlainTextEdit))
            self.keyboard.attach(new)
        else:
            self.keyboard.attach(None)

    def on_still_here(self) -> None:
        self.watcher.touch()

    # -- language ---------------------------------------------------------------

    def clinic_language(self) -> str:
        """The start screen's language: the kiosk's own setting, else the display's."""
        chosen = self.settings.language()
        if chosen in PATIENT_LANGUAGES:
            return chosen
        return self.window.preferences.display_settings().language

    def use_clinic_language(self) -> None:
        self._clinic_language = self.clinic_language()
        self.use_language(self._clinic_language)

    def use_language(self, language: str) -> None:
        """Everything on screen in ``language`` ("system", "en", "es"); not stored."""
        if language != self._language:
            self._language = language
            shown = self.window.language
            display = self.window.preferences.display_settings()
            self.window.apply_display(display._replace(language=language))
            if self.window.language != shown:
                self.retranslate_ui()
        self.start_page.show_language(self.window.language or "en")

    def retranslate_ui(self) -> None:
        self.start_page.retranslate_ui()
        self.pin_page.retranslate_ui()
        self.clinician.retranslate_ui()
        self.done_page.retranslate_ui()
        self.overlay.retranslate_ui()
        self.keyboard.retranslate_ui()

    def on_clinic_settings_changed(self) -> None:
        """Staff changed the clinic's settings elsewhere: follow them here at once."""
        window, page = self.window, self.window.current_page()
        window.keep_photos_allowed = self.settings.keep_photos_allowed()
        if page is not None:
            self.watcher.set_timeout(self.idle_seconds_for(page))
        if page is self.start_page and self._language == self._clinic_language:
            self.use_clinic_language()  # not over a language a patient just chose
        elif page is self.clinician:
            self.clinician.show_settings(*self._clinic_settings())
        elif (
            page is self.pin_page
            and self.pin_page.purpose in (PinPurpose.SET, PinPurpose.CONFIRM)
            and not self._changing_pin
            and self.settings.pin_hash() is not None
        ):
            # A new station: the clinic's PIN arrived before one was chosen here.
            self._new_pin = None
            self.pin_page.ask(PinPurpose.CLINICIAN)
            self.show_start()

    # -- patients ---------------------------------------------------------------

    def sign_in(self, typed: str) -> None:
        """A name, then its PIN: whether the name is known shows only once its PIN is
        right, so every name is asked for its PIN alike."""
        try:
            name = patient_name(typed)
        except ValidationError as error:
            self.start_page.show_error(error_text(error))
            return
        if self.patient_pin is None:
            self._signed_in(name, None)
            return
        self.start_page.clear()
        self.patient_pin.start(name)

    def _show_pin_page(self) -> None:
        self.window.show_page(self.pin_page)
        self.refresh_lock()

    def _forget_patient_pin(self) -> None:
        if self.patient_pin is not None:
            self.patient_pin.forget()

    def _signed_in(self, name: str, profile: str | None) -> None:
        self._forget_patient_pin()
        try:
            profile = profile or match_patient(name, self.patients.profiles())
        except StorageError as error:
            self.show_start()
            self.start_page.show_error(error_text(error))
            return
        self.pin_page.purpose = PinPurpose.CLINICIAN
        self.pin_page.clear()
        self._drop_histories()
        self.window.profile = profile
        self.start_page.clear()
        self.window.home.show_patient(profile)
        self.window.go_home()

    # -- the PIN ----------------------------------------------------------------

    def is_wide_page(self, page: QWidget) -> bool:
        """Columns side by side: a history, a check's two sides, the clinician's patients."""
        from kneeapp.ui.pages.check_page import CheckPage
        from kneeapp.ui.pages.history import HistoryPage

        return page is self.clinician or isinstance(page, (HistoryPage, CheckPage))

    # -- after Save ---------------------------------------------------------------

    def on_session_saved(self, _uid: str) -> None:
        """Thanks, then signed out within seconds: the next person must not see this."""
        self._sign_out_at = self._monotonic() + SIGN_OUT_SECONDS
        self.done_page.show_seconds(SIGN_OUT_SECONDS)
        self.window.show_page(self.done_page)

    def show_results_again(self) -> None:
        self._sign_out_at = None
        self.window.open_history()

    def refresh_done(self) -> None:
        if self._sign_out_at is None or self.window.current_page() is not self.done_page:
            return
        left = math.ceil(self._sign_out_at - self._monotonic())
        if left <= 0:
            self.reset()
        else:
            self.done_page.show_seconds(left)

    def on_tick(self) -> None:
        """Every half second (and in tests, whenever the clock moves)."""
        self.refresh_lock()
        self.refresh_done()

    # -- clinician mode ---------------------------------------------------------

    def on_closed(self) -> None:
        self.watcher.timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self.guard)
            app.removeEventFilter(self.watcher)
            app.focusChanged.disconnect(self.on_focus_changed)
            app.removeEventFilter(self)


def kiosk_controller(window: QWidget) -> KioskController | None:
    return window.findChild(KioskController)
