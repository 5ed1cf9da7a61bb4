"""Turns the main window into a clinic kiosk: patient sign-in, idle reset, clinician
mode behind the PIN, and a window that does not close without it.

The controller is a child of the window; ``kiosk_controller(window)`` finds it.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from kneeapp.domain.kiosk import (
    NO_PATIENT,
    PATIENT_LANGUAGES,
    KioskSettings,
    PatientStore,
    match_patient,
    patient_name,
)
from kneeapp.domain.patient_pins import PatientPins
from kneeapp.domain.pin import (
    LockState,
    PinLock,
    hash_pin,
    validate_new_pin,
)
from kneeapp.domain.preferences import LANGUAGE_NAMES
from kneeapp.domain.repository import StorageError
from kneeapp.domain.validation import ValidationError
from kneeapp.exchange.formats import ExportFormat
from kneeapp.ui.data_safety import backup_failed_text
from kneeapp.ui.i18n import error_text, plural
from kneeapp.ui.kiosk.clinician_page import ClinicianPage, idle_label
from kneeapp.ui.kiosk.done_page import SIGN_OUT_SECONDS, DonePage
from kneeapp.ui.kiosk.guard import KioskGuard
from kneeapp.ui.kiosk.idle import IdleOverlay, IdleWatcher
from kneeapp.ui.kiosk.keyboard import TouchKeyboard
from kneeapp.ui.kiosk.patient_sign_in import PatientSignIn
from kneeapp.ui.kiosk.pin_page import PATIENT_PURPOSES, PinPage, PinPurpose
from kneeapp.ui.kiosk.screen_fit import ScreenFit
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
    # The clinic's settings changed on its server (emitted from the clinic link's thread).
    clinic_settings_changed = Signal()

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
        self.print_button: Button | None = None  # on the clinician's patient history

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
        self.clinician = ClinicianPage()
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

        # The only keyboard a touch screen under cage has: shown under the page while a
        # text field has the focus.
        self.keyboard = TouchKeyboard(window)
        body = window.centralWidget()
        central = body.layout() if body is not None else None
        assert isinstance(central, QBoxLayout)
        central.insertWidget(central.indexOf(window.stack) + 1, self.keyboard)

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
        self.patient_label.setText("")
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

    def _drop_histories(self) -> None:
        # The history page is built for one profile: never reuse it for the next patient.
        self.window.drop_history()
        if self.clinician_history is not None:
            self.window.stack.removeWidget(self.clinician_history)
            self.clinician_history.deleteLater()
        self.clinician_history = None

    def idle_seconds_for(self, page: QWidget) -> int:
        """Long on a check page (an exercise on the floor takes minutes), short elsewhere."""
        from kneeapp.ui.pages.check_page import CheckPage

        if isinstance(page, CheckPage):
            return self.settings.check_idle_seconds()
        return self.settings.idle_seconds()

    def on_page_changed(self, page: QWidget) -> None:
        # A page opens with the keyboard only if it opens on a text field.
        self.on_focus_changed(None, getattr(page, "initial_focus", None) or page)
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
        self.done_button.setText(self.tr("I'm done"))
        if self.window.profile != NO_PATIENT:
            self.patient_label.setText(
                self.tr("Signed in as {name}").format(name=self.window.profile)
            )

    def set_clinic_language(self, language: str) -> None:
        try:
            self.settings.set_language(language)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.use_clinic_language()
        self.open_clinician(
            self.tr("The start screen is now in {language} after each patient.").format(
                language=LANGUAGE_NAMES[language]
            )
        )

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
        self.patient_label.setText(self.tr("Signed in as {name}").format(name=profile))
        self.window.go_home()

    # -- the PIN ----------------------------------------------------------------

    def ask_clinician_pin(self) -> None:
        self._ask_pin(PinPurpose.CLINICIAN)

    def ask_new_clinician_pin(self) -> None:
        """Clinician mode: a new PIN, typed twice; Cancel keeps the old one."""
        self._ask_pin(PinPurpose.CHANGE)
        self.pin_page.ask(PinPurpose.CHANGE, can_cancel=True)
        self._changing_pin = True

    def is_wide_page(self, page: QWidget) -> bool:
        """Columns side by side: a history, a check's two sides, the clinician's patients."""
        from kneeapp.ui.pages.check_page import CheckPage
        from kneeapp.ui.pages.history import HistoryPage

        return page is self.clinician or isinstance(page, (HistoryPage, CheckPage))

    def in_clinician_mode(self) -> bool:
        page = self.window.current_page()
        return page is not None and page in (self.clinician, self.clinician_history)

    def ask_leave_pin(self) -> None:
        if self.settings.pin_hash() is None:
            return  # the first PIN is still being chosen; that screen stays
        if self.in_clinician_mode():
            self.leave_kiosk()  # staff gave the PIN on the way in
            return
        self._ask_pin(PinPurpose.LEAVE)

    def _ask_pin(self, purpose: PinPurpose) -> None:
        self._forget_patient_pin()  # staff first: a patient's half-typed sign-in goes
        current = self.window.current_page()
        if current is not self.pin_page:
            self._return_to = current
        self.pin_page.ask(purpose)
        self.window.show_page(self.pin_page)
        self.refresh_lock()

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

    def _save_lock(self, state: LockState) -> None:
        with contextlib.suppress(StorageError):  # the lock still holds while KneeCheck runs
            self.settings.save_lock_state(state)

    def refresh_lock(self) -> None:
        if self.window.current_page() is not self.pin_page:
            return
        if self.pin_page.purpose in PATIENT_PURPOSES and self.patient_pin is not None:
            self.pin_page.set_locked(self.patient_pin.locked_seconds())
        else:
            self.pin_page.set_locked(math.ceil(self.lock.locked_for()))

    def on_pin_cancelled(self) -> None:
        self._changing_pin = False
        self._new_pin = None
        if self.patient_pin is not None and self.patient_pin.name is not None:
            self._forget_patient_pin()
            self.pin_page.purpose = PinPurpose.CLINICIAN
            self.show_start()
            return
        back, self._return_to = self._return_to, None
        if back is None or self.window.stack.indexOf(back) < 0:
            self.show_start()
        else:
            self.window.show_page(back)

    def on_pin_submitted(self, pin: str) -> None:
        purpose = self.pin_page.purpose
        if purpose in PATIENT_PURPOSES:
            if self.patient_pin is None or self.patient_pin.name is None:
                self.reset()
            else:
                self.patient_pin.submit(purpose, pin)
            return
        if purpose in (PinPurpose.SET, PinPurpose.CHANGE):
            try:
                self._new_pin = validate_new_pin(pin)
            except ValidationError as error:
                self.pin_page.show_message(error_text(error))
                return
            self.pin_page.ask(PinPurpose.CONFIRM, can_cancel=self._changing_pin)
            return
        if purpose is PinPurpose.CONFIRM:
            again = PinPurpose.CHANGE if self._changing_pin else PinPurpose.SET
            if pin != self._new_pin:
                self._new_pin = None
                self.pin_page.ask(
                    again,
                    self.tr("The two PINs differ. Choose the PIN again."),
                    can_cancel=self._changing_pin,
                )
                return
            try:
                self.settings.set_pin_hash(hash_pin(pin))
            except StorageError as error:
                self._new_pin = None
                self.pin_page.ask(again, error_text(error), can_cancel=self._changing_pin)
                return
            self._new_pin = None
            self.pin_page.purpose = PinPurpose.CLINICIAN
            if self._changing_pin:
                self._changing_pin = False
                self._return_to = None
                self.open_clinician(self.tr("The clinician PIN is changed."))
                return
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

    def patient_listing(self) -> list[tuple[str, int]]:
        """Every patient's name and number of self-checks (may raise StorageError)."""
        names = [name for name in self.patients.profiles() if name != NO_PATIENT]
        return [(name, self.patients.count(name)) for name in names]

    def _clinic_settings(self) -> tuple[int, int, str, bool]:
        settings = self.settings
        return (
            settings.idle_seconds(),
            settings.check_idle_seconds(),
            settings.language(),
            settings.keep_photos_allowed(),
        )

    def open_clinician(self, message: str = "", *, warning: bool = False) -> None:
        try:
            listing = self.patient_listing()
        except StorageError as error:
            listing, message, warning = [], error_text(error), True
        self.clinician.show_patients(listing, *self._clinic_settings())
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
        history = HistoryPage(
            self.window.repository, profile=name, clock=self.window.clock, exports=self.exports
        )
        # No file dialog on a kiosk: reports go to the export folder.
        history.choose_save_path = self.export_path
        history.back_requested.connect(self.close_patient_history)
        # Whose history this is, never "your": staff open many patients' in turn.
        history.neutral_wording = True
        history.set_subtitle(
            self.tr(
                "{name}'s saved self-checks, and whether the difference between their sides "
                "is shrinking."
            ).format(name=name)
        )
        history.empty_label.setText(self.tr("{name} has no saved self-checks.").format(name=name))
        report_button = history.export_buttons.get("pdf")
        if report_button is not None:  # staff save it; "for your therapist" is the patient's
            report_button.setText(self.tr("Save the report (PDF)…"))
        print_button = Button(self.tr("Print…"), history)
        print_button.setAccessibleName(self.tr("Print the report"))
        print_button.clicked.connect(lambda: self.print_report(history))
        history.buttons.insertWidget(history.buttons.indexOf(history.back_button) + 1, print_button)
        self.print_button = print_button
        self.window.stack.addWidget(history)
        self.clinician_history = history
        history.reload()
        self.window.show_page(history)

    def print_report(self, history: HistoryPage) -> None:
        """The patient's report on paper, through the system's print dialog."""
        from kneeapp.ui.report_pdf import print_report

        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_report(
                self.window.repository, history.profile, printer, now=self.window.clock()
            )
        except StorageError as error:
            history.show_message(error_text(error))
            return
        except OSError:
            history.show_message(self.tr("The report could not be printed."))
            return
        target = printer.outputFileName() or printer.printerName()
        history.show_message(
            plural(
                self.tr("Sent the report for {name} (%n page(s)) to {printer}.", "", pages), pages
            ).format(name=history.person, printer=target)
        )

    def choose_printer(self) -> QPrinter | None:
        """The print dialog; None when staff cancel it. Replaceable in tests."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

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

    def reset_patient_pin(self, name: str) -> None:
        if self.pins is None:
            return
        try:
            self.pins.reset(name)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.clinician.show_message(
            self.tr(
                "The PIN of {name} is cleared: they choose a new one when they next sign in."
            ).format(name=name)
        )

    def set_idle_seconds(self, seconds: int) -> None:
        try:
            self.settings.set_idle_seconds(seconds)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.watcher.set_timeout(seconds)
        self.clinician.show_message(
            self.tr("The screen now clears after {time} without a touch.").format(
                time=idle_label(seconds)
            )
        )

    def set_check_idle_seconds(self, seconds: int) -> None:
        try:
            self.settings.set_check_idle_seconds(seconds)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.clinician.show_message(
            self.tr("During a check, the screen now waits {time} for a touch.").format(
                time=idle_label(seconds)
            )
        )

    def set_keep_photos_allowed(self, allowed: bool) -> None:
        try:
            self.settings.set_keep_photos_allowed(allowed)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.window.keep_photos_allowed = allowed
        self.clinician.show_message(
            self.tr("Patients may now keep the photos they measure an angle on.")
            if allowed
            else self.tr("Photos are no longer kept on this kiosk; the marked points still are.")
        )

    def leave_kiosk(self) -> None:
        self.guard.allow_close = True
        self.reset()
        self.window.close()

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
