"""A patient's second factor on the PIN page: their PIN typed, or chosen and typed again
on a first visit, answered alike for every name (see domain/patient_pins.py)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject

from kneeapp.domain.patient_pins import PatientPins, PinVerdict
from kneeapp.domain.pin import validate_patient_pin
from kneeapp.domain.repository import StorageError
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.i18n import error_text, plural
from kneeapp.ui.kiosk.pin_page import PinPage, PinPurpose


class PatientSignIn(QObject):
    """``show`` puts the PIN page on screen; ``signed_in(name, profile)`` is called once
    the PIN is right (``profile``: the stored name, when the store knows it)."""

    def __init__(
        self,
        pins: PatientPins,
        pin_page: PinPage,
        *,
        monotonic: Callable[[], float],
        show: Callable[[], None],
        signed_in: Callable[[str, str | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pins = pins
        self.pin_page = pin_page
        self._monotonic = monotonic
        self._show = show
        self._signed_in = signed_in
        self.name: str | None = None  # typed, waiting for its PIN
        self._chosen: str | None = None  # chosen, waiting to be typed again
        self._unlock_at: float | None = None  # monotonic end of this name's lock

    def start(self, name: str) -> None:
        self.forget()
        self.name = name
        self._ask(PinPurpose.PATIENT)

    def forget(self) -> None:
        self.name = None
        self._chosen = None
        self._unlock_at = None

    def locked_seconds(self) -> int:
        until = self._unlock_at
        return max(0, math.ceil(0.0 if until is None else until - self._monotonic()))

    def _ask(self, purpose: PinPurpose, message: str = "") -> None:
        self.pin_page.ask(purpose, message)
        self._show()

    def choose(self) -> None:
        """A first visit, or a patient without a PIN yet."""
        self._chosen = None
        self._ask(PinPurpose.PATIENT_CHOOSE)

    def submit(self, purpose: PinPurpose, pin: str) -> None:
        name = self.name
        if name is None:
            return
        if purpose is PinPurpose.PATIENT_CHOOSE:
            try:
                self._chosen = validate_patient_pin(pin)
            except ValidationError as error:
                self.pin_page.show_message(error_text(error))
                return
            self.pin_page.ask(PinPurpose.PATIENT_CONFIRM)
            return
        if purpose is PinPurpose.PATIENT_CONFIRM and pin != self._chosen:
            self._chosen = None
            self._ask(
                PinPurpose.PATIENT_CHOOSE, self.tr("The two PINs differ. Choose your PIN again.")
            )
            return
        try:
            if purpose is PinPurpose.PATIENT_CONFIRM:
                answer = self.pins.choose(name, pin)
            else:
                answer = self.pins.check(name, pin)
        except StorageError:
            # The clinic server's own words are for staff (clinician mode shows them).
            self.pin_page.show_message(
                self.tr(
                    "Your PIN cannot be checked just now. Please try again in a moment, or "
                    "ask the clinic staff."
                )
            )
            return
        self._chosen = None
        if answer.verdict is PinVerdict.ACCEPTED:
            self.forget()
            self._signed_in(name, answer.profile)
        elif answer.verdict is PinVerdict.LOCKED:
            self._unlock_at = self._monotonic() + answer.locked_seconds
            self._ask(PinPurpose.PATIENT)
        elif answer.verdict is PinVerdict.TAKEN:
            self._ask(
                PinPurpose.PATIENT,
                self.tr(
                    "This name or code already has another PIN. Type your own PIN, or press "
                    "Cancel and use another name or code."
                ),
            )
        else:
            left = answer.tries_left
            self.pin_page.show_message(
                plural(
                    self.tr(
                        "This name and PIN do not go together. %n tr(y|ies) left before this "
                        "name is locked for a while.",
                        "",
                        left,
                    ),
                    left,
                )
            )
