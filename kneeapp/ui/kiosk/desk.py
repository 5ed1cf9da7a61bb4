"""The therapist's desk (``kneeapp --server URL --clinic``): clinician mode in an ordinary
window, after the PIN, on every patient of the clinic server; refreshed whenever any
station saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal

from kneeapp.ui.kiosk.clinician_page import NAME_ROLE
from kneeapp.ui.kiosk.controller import KioskController
from kneeapp.ui.kiosk.pin_page import PinPurpose


class ClinicDesk(KioskController):
    # Emitted from the listener's thread (Qt queues it to the window's): new sessions'
    # uids, or None when everything must be read again.
    clinic_changed = Signal(object)
    # No patients at a desk: no start screen's language, nor photos, to set.
    patients_here = False

    def __init__(
        self,
        *args: object,
        patient_counts: Callable[[], list[tuple[str, int]]] | None = None,
        **kwargs: object,
    ) -> None:
        """``patient_counts``: every patient with their number of self-checks, at once."""
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.patient_counts = patient_counts
        self.clinic_changed.connect(self.on_clinic_changed)

    def show_start(self) -> None:
        """A desk has no patients' sign-in: it starts, and returns, at the PIN."""
        if self.settings.pin_hash() is None:
            super().show_start()
            return
        if self.pin_page.purpose is not PinPurpose.CLINICIAN:
            self.pin_page.ask(PinPurpose.CLINICIAN)
        self.window.show_page(self.pin_page)

    def patient_listing(self) -> list[tuple[str, int]]:
        if self.patient_counts is None:
            return super().patient_listing()
        return self.patient_counts()

    def on_clinic_changed(self, _uids: frozenset[str] | None) -> None:
        page = self.window.current_page()
        if page is self.clinician:
            chosen = self.clinician.chosen_patient()
            self.open_clinician()
            if chosen is not None:
                self._select(chosen)
        elif page is not None and page is self.clinician_history:
            self.clinician_history.reload()

    def _select(self, name: str) -> None:
        patients = self.clinician.patients
        for row in range(patients.count()):
            if patients.item(row).data(NAME_ROLE) == name:
                patients.setCurrentRow(row)
                return
