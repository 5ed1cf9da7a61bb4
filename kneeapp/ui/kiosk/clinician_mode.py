"""Clinician mode at a kiosk, behind the PIN: the patients with their histories and
reports (saved to the export folder or printed), erasing a patient or their PIN, and the
clinic's settings (start screen language, idle times, photos)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from kneeapp.domain.kiosk import NO_PATIENT
from kneeapp.domain.preferences import LANGUAGE_NAMES
from kneeapp.domain.repository import StorageError
from kneeapp.domain.text import NUMERUS
from kneeapp.ui.data_safety import backup_failed_text
from kneeapp.ui.i18n import error_text, plural
from kneeapp.ui.kiosk.clinician_page import idle_label

# A message with plural forms (see kneeapp.domain.text.NUMERUS).
REPORT_SENT = NUMERUS.translate(
    "KioskController", "Sent the report for {name} (%n page(s)) to {printer}.", None, 1
)

if TYPE_CHECKING:
    from kneeapp.ui.kiosk.parts import KioskParts
    from kneeapp.ui.pages.history import HistoryPage


def safe_file_name(name: str) -> str:
    """A patient's name may hold "/" or "..": never let it choose the folder."""
    return re.sub(r"[^\w.-]", "_", name).lstrip(".") or "export"


class ClinicianMode:
    """The kiosk controller's part for clinic staff (its texts are the controller's,
    context "KioskController")."""

    clinician_history: HistoryPage | None  # the patient's history staff opened

    def _drop_histories(self: KioskParts) -> None:
        # The history page is built for one profile: never reuse it for the next patient.
        self.window.drop_history()
        if self.clinician_history is not None:
            self.window.stack.removeWidget(self.clinician_history)
            self.clinician_history.deleteLater()
        self.clinician_history = None

    def in_clinician_mode(self: KioskParts) -> bool:
        page = self.window.current_page()
        return page is not None and page in (self.clinician, self.clinician_history)

    def set_clinic_language(self: KioskParts, language: str) -> None:
        try:
            self.settings.set_language(language)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.use_clinic_language()
        self.open_clinician(
            QCoreApplication.translate(
                "KioskController", "The start screen is now in {language} after each patient."
            ).format(language=LANGUAGE_NAMES[language])
        )

    def patient_listing(self: KioskParts) -> list[tuple[str, int]]:
        """Every patient's name and number of self-checks (may raise StorageError)."""
        names = [name for name in self.patients.profiles() if name != NO_PATIENT]
        return [(name, self.patients.count(name)) for name in names]

    def _clinic_settings(self: KioskParts) -> tuple[int, int, str, bool]:
        settings = self.settings
        return (
            settings.idle_seconds(),
            settings.check_idle_seconds(),
            settings.language(),
            settings.keep_photos_allowed(),
        )

    def open_clinician(self: KioskParts, message: str = "", *, warning: bool = False) -> None:
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

    def _backup_message(self: KioskParts) -> str:
        """A day's backup that failed is told to staff, never on the patients' screen."""
        backups = self.window.backups
        problem = backups.daily_problem() if backups is not None else None
        return backup_failed_text(problem) if problem else ""

    def open_patient_history(self: KioskParts, name: str) -> None:
        from kneeapp.ui.pages.history import HistoryPage

        self._drop_histories()
        history = HistoryPage(
            self.window.repository,
            profile=name,
            clock=self.window.clock,
            exports=self.exports,
            staff=True,  # whose history this is, never "your"; the exports in staff's words
            printable=True,
            choose_save_path=self.export_path,  # no file dialog: into the export folder
        )
        history.back_requested.connect(self.close_patient_history)
        history.print_requested.connect(lambda: self.print_report(history))
        self.window.stack.addWidget(history)
        self.clinician_history = history
        history.reload()
        self.window.show_page(history)

    def print_report(self: KioskParts, history: HistoryPage) -> None:
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
            history.show_message(
                QCoreApplication.translate("KioskController", "The report could not be printed.")
            )
            return
        target = printer.outputFileName() or printer.printerName()
        history.show_message(
            plural(
                QCoreApplication.translate(
                    "KioskController",
                    REPORT_SENT,
                    "",
                    pages,
                ),
                pages,
            ).format(name=history.person, printer=target)
        )

    def choose_printer(self: KioskParts) -> QPrinter | None:
        """The print dialog; None when staff cancel it. Replaceable in tests."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def close_patient_history(self: KioskParts) -> None:
        self._drop_histories()
        self.open_clinician()

    def export_path(self: KioskParts, _title: str, suggested: str, _filter: str) -> Path | None:
        try:
            self.export_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None
        return self.export_dir / safe_file_name(suggested)

    def erase_patient(self: KioskParts, name: str) -> None:
        try:
            found = self.patients.erase_profile(name)
        except StorageError as error:
            self.open_clinician(
                QCoreApplication.translate(
                    "KioskController", "Could not delete {name}: {error}"
                ).format(name=name, error=error_text(error)),
                warning=True,
            )
            return
        self.open_clinician(
            (
                QCoreApplication.translate(
                    "KioskController",
                    "Deleted {name} and all of their data, with their exports. Backup "
                    "copies made before now still hold it until they are rotated out, "
                    "within 4 weeks; to delete those too, run kneeapp purge-backups.",
                )
                if found
                else QCoreApplication.translate("KioskController", "{name} was already deleted.")
            ).format(name=name)
        )

    def reset_patient_pin(self: KioskParts, name: str) -> None:
        if self.pins is None:
            return
        try:
            self.pins.reset(name)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.clinician.show_message(
            QCoreApplication.translate(
                "KioskController",
                "The PIN of {name} is cleared: they choose a new one when they next sign in.",
            ).format(name=name)
        )

    def set_idle_seconds(self: KioskParts, seconds: int) -> None:
        try:
            self.settings.set_idle_seconds(seconds)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.watcher.set_timeout(seconds)
        self.clinician.show_message(
            QCoreApplication.translate(
                "KioskController", "The screen now clears after {time} without a touch."
            ).format(time=idle_label(seconds))
        )

    def set_check_idle_seconds(self: KioskParts, seconds: int) -> None:
        try:
            self.settings.set_check_idle_seconds(seconds)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.clinician.show_message(
            QCoreApplication.translate(
                "KioskController", "During a check, the screen now waits {time} for a touch."
            ).format(time=idle_label(seconds))
        )

    def set_keep_photos_allowed(self: KioskParts, allowed: bool) -> None:
        try:
            self.settings.set_keep_photos_allowed(allowed)
        except StorageError as error:
            self.clinician.show_message(error_text(error), warning=True)
            return
        self.window.keep_photos_allowed = allowed
        self.clinician.show_message(
            QCoreApplication.translate(
                "KioskController", "Patients may now keep the photos they measure an angle on."
            )
            if allowed
            else QCoreApplication.translate(
                "KioskController",
                "Photos are no longer kept on this kiosk; the marked points still are.",
            )
        )

    def leave_kiosk(self: KioskParts) -> None:
        self.guard.allow_close = True
        self.reset()
        self.window.close()
