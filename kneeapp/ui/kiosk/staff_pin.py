"""The clinician PIN at a kiosk: asked on the way into clinician mode and out of the
kiosk, chosen at the first start and changed in clinician mode (typed twice), and locked
for a while after wrong tries (the lock survives a restart)."""

from __future__ import annotations

import contextlib
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kneeapp.domain.pin import LockState, hash_pin, validate_new_pin
from kneeapp.domain.repository import StorageError
from kneeapp.domain.text import NUMERUS
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.i18n import error_text, plural
from kneeapp.ui.kiosk.pin_page import PATIENT_PURPOSES, PinPurpose

# A message with plural forms (see kneeapp.domain.text.NUMERUS).
WRONG_PIN = NUMERUS.translate(
    "KioskController", "Wrong PIN. %n tr(y|ies) left before entry locks.", None, 1
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kneeapp.ui.kiosk.parts import KioskParts


class StaffPin:
    """The kiosk controller's part that asks for and checks the clinician PIN (its texts
    are the controller's, context "KioskController")."""

    _new_pin: str | None  # a new PIN, typed once, waiting to be typed again
    _changing_pin: bool  # a new PIN chosen in clinician mode (Cancel keeps the old one)
    _return_to: QWidget | None  # where Cancel goes back to

    def ask_clinician_pin(self: KioskParts) -> None:
        self._ask_pin(PinPurpose.CLINICIAN)

    def ask_new_clinician_pin(self: KioskParts) -> None:
        """Clinician mode: a new PIN, typed twice; Cancel keeps the old one."""
        self._ask_pin(PinPurpose.CHANGE)
        self.pin_page.ask(PinPurpose.CHANGE, can_cancel=True)
        self._changing_pin = True

    def ask_leave_pin(self: KioskParts) -> None:
        if self.settings.pin_hash() is None:
            return  # the first PIN is still being chosen; that screen stays
        if self.in_clinician_mode():
            self.leave_kiosk()  # staff gave the PIN on the way in
            return
        self._ask_pin(PinPurpose.LEAVE)

    def _ask_pin(self: KioskParts, purpose: PinPurpose) -> None:
        self._forget_patient_pin()  # staff first: a patient's half-typed sign-in goes
        current = self.window.current_page()
        if current is not self.pin_page:
            self._return_to = current
        self.pin_page.ask(purpose)
        self.window.show_page(self.pin_page)
        self.refresh_lock()

    def _save_lock(self: KioskParts, state: LockState) -> None:
        with contextlib.suppress(StorageError):  # the lock still holds while KneeCheck runs
            self.settings.save_lock_state(state)

    def refresh_lock(self: KioskParts) -> None:
        if self.window.current_page() is not self.pin_page:
            return
        if self.pin_page.purpose in PATIENT_PURPOSES and self.patient_pin is not None:
            self.pin_page.set_locked(self.patient_pin.locked_seconds())
        else:
            self.pin_page.set_locked(math.ceil(self.lock.locked_for()))

    def on_pin_cancelled(self: KioskParts) -> None:
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

    def on_pin_submitted(self: KioskParts, pin: str) -> None:
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
                    QCoreApplication.translate(
                        "KioskController", "The two PINs differ. Choose the PIN again."
                    ),
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
                self.open_clinician(
                    QCoreApplication.translate("KioskController", "The clinician PIN is changed.")
                )
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
                        QCoreApplication.translate(
                            "KioskController",
                            WRONG_PIN,
                            "",
                            left,
                        ),
                        left,
                    )
                )
            return
        self._return_to = None
        if purpose is PinPurpose.LEAVE:
            self.leave_kiosk()
        else:
            self.open_clinician()
