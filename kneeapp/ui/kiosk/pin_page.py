"""The clinician PIN: set on first start, then asked before clinician mode or leaving."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kneeapp.domain.pin import PATIENT_PIN_LENGTH, PIN_MAX_LENGTH, PIN_MIN_LENGTH
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button

KEY_SIZE = 72  # px: a keypad a finger cannot miss, that fits a 768-line screen
KEY_WIDTH = 112
KEY_GAP = 10


class PinPurpose(enum.Enum):
    SET = "set"  # first kiosk start: choose the PIN
    CONFIRM = "confirm"  # type the new PIN again
    CLINICIAN = "clinician"  # open clinician mode
    LEAVE = "leave"  # close the kiosk
    PATIENT = "patient"  # a patient's own PIN, after their name
    PATIENT_CHOOSE = "patient_choose"  # a patient's first visit: choose a PIN
    PATIENT_CONFIRM = "patient_confirm"  # type it again
    CHANGE = "change"  # clinician mode: choose a new clinician PIN


PATIENT_PURPOSES = (PinPurpose.PATIENT, PinPurpose.PATIENT_CHOOSE, PinPurpose.PATIENT_CONFIRM)


TITLES = {
    PinPurpose.SET: QT_TRANSLATE_NOOP("PinPage", "Choose the clinician PIN"),
    PinPurpose.CONFIRM: QT_TRANSLATE_NOOP("PinPage", "Type the new PIN again"),
    PinPurpose.CLINICIAN: QT_TRANSLATE_NOOP("PinPage", "Clinic staff: enter the PIN"),
    PinPurpose.LEAVE: QT_TRANSLATE_NOOP("PinPage", "Enter the PIN to close KneeCheck"),
    PinPurpose.CHANGE: QT_TRANSLATE_NOOP("PinPage", "Choose a new clinician PIN"),
    PinPurpose.PATIENT: QT_TRANSLATE_NOOP("PinPage", "Your PIN"),
    PinPurpose.PATIENT_CHOOSE: QT_TRANSLATE_NOOP("PinPage", "Choose your PIN"),
    PinPurpose.PATIENT_CONFIRM: QT_TRANSLATE_NOOP("PinPage", "Type your new PIN again"),
}
SUBTITLES = {
    PinPurpose.SET: QT_TRANSLATE_NOOP(
        "PinPage",
        "This kiosk has no PIN yet. Choose {least} to {most} digits: staff need it to see "
        "patients, change settings and close KneeCheck.",
    ),
    PinPurpose.CONFIRM: QT_TRANSLATE_NOOP("PinPage", "To be sure it was typed as meant."),
    PinPurpose.CLINICIAN: QT_TRANSLATE_NOOP(
        "PinPage", "For clinic staff only. Patients: press Cancel."
    ),
    PinPurpose.LEAVE: QT_TRANSLATE_NOOP(
        "PinPage", "KneeCheck stays open for patients unless clinic staff close it."
    ),
    PinPurpose.CHANGE: QT_TRANSLATE_NOOP(
        "PinPage",
        "{least} to {most} digits. Staff need it to see patients, change settings and close "
        "KneeCheck; the old PIN stops working once the new one is typed twice.",
    ),
    PinPurpose.PATIENT: QT_TRANSLATE_NOOP(
        "PinPage",
        "Type the {count} digits you chose for this name. First visit, or no PIN yet? "
        "Choose one below.",
    ),
    PinPurpose.PATIENT_CHOOSE: QT_TRANSLATE_NOOP(
        "PinPage",
        "Choose {count} digits you will remember and keep them to yourself: you type them "
        "with your name each time, and nobody sees your results without them.",
    ),
    PinPurpose.PATIENT_CONFIRM: QT_TRANSLATE_NOOP("PinPage", "To be sure it was typed as meant."),
}
KEY_NAMES = {
    "Clear": QT_TRANSLATE_NOOP("PinPage", "Clear"),
    "⌫": "⌫",
}
KEY_DESCRIPTIONS = {
    "Clear": QT_TRANSLATE_NOOP("PinPage", "Clear PIN"),
    "⌫": QT_TRANSLATE_NOOP("PinPage", "Delete last digit"),
}


class PinPage(Page):
    """A masked field and a large keypad; the controller decides what a PIN does."""

    submitted = Signal(str)
    cancelled = Signal()
    choose_requested = Signal()  # a patient's first visit

    def __init__(self) -> None:
        super().__init__(self.tr(TITLES[PinPurpose.CLINICIAN]))
        self.purpose = PinPurpose.CLINICIAN
        self._locked_message = False
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_MAX_LENGTH)
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.setObjectName("kioskField")
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # Letters from a physical keyboard are not taken at all: never a wrong try.
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX_LENGTH}}}"))
        )
        self.field.setFixedWidth(4 * KEY_WIDTH + 3 * KEY_GAP)  # over the keys and OK
        self.field.returnPressed.connect(self._on_ok)
        self.body.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)

        # Above the keypad, in room kept for two lines while empty: a message never moves
        # a key, and stays in sight on a small screen.
        self.message = wrapped_label("", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.message.hide()
        self.body.addWidget(self.message)
        self._keep_message_room()

        keypad = QWidget()
        grid = QGridLayout(keypad)
        grid.setSpacing(KEY_GAP)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, Button] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "⌫"]
        for index, label in enumerate(labels):
            text = self.tr(KEY_NAMES[label]) if label in KEY_NAMES else label
            key = Button(text, keypad, role="pinKey" if label.isdigit() else "pinAction")
            key.setFixedSize(KEY_WIDTH, KEY_SIZE)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.setAccessibleName(
                self.tr(KEY_DESCRIPTIONS[label]) if label in KEY_DESCRIPTIONS else label
            )
            key.setProperty("key", label)
            key.clicked.connect(self._on_key_clicked)
            grid.addWidget(key, index // 3, index % 3)
            self.keys[label] = key
        # OK beside the keypad, where the finger already is; as tall as two keys.
        self.ok_button = Button("", keypad, role="primary")
        self.ok_button.setProperty("pinOk", True)
        self.ok_button.setMinimumWidth(KEY_WIDTH)  # wider if its word needs it
        self.ok_button.setFixedHeight(2 * KEY_SIZE + KEY_GAP)
        self.ok_button.clicked.connect(self._on_ok)
        grid.addWidget(self.ok_button, 2, 3, 2, 1)
        self.body.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)

        self.cancel_button = self.add_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel)
        # In the footer, never scrolled out of sight: a first visit starts here.
        self.choose_button = self.add_button(
            self.tr("First visit? Choose a PIN"), stretch_before=True
        )
        self.choose_button.setAccessibleName(self.tr("First visit, or no PIN yet: choose a PIN"))
        self.choose_button.clicked.connect(self.choose_requested)
        self.choose_button.hide()
        self.buttons.addStretch(1)
        self.ok_button.setText(self.tr("OK"))
        self.initial_focus = self.field

    def retranslate_ui(self) -> None:
        self._show_purpose()
        self.field.setAccessibleName(self.tr("PIN"))
        for label, key in self.keys.items():
            if label in KEY_NAMES:
                key.setText(self.tr(KEY_NAMES[label]))
            if label in KEY_DESCRIPTIONS:
                key.setAccessibleName(self.tr(KEY_DESCRIPTIONS[label]))
        self.cancel_button.setText(self.tr("Cancel"))
        self.choose_button.setText(self.tr("First visit? Choose a PIN"))
        self.choose_button.setAccessibleName(self.tr("First visit, or no PIN yet: choose a PIN"))
        self.ok_button.setText(self.tr("OK"))

    def _show_purpose(self) -> None:
        self.set_title(self.tr(TITLES[self.purpose]))
        self.subtitle.setText(
            self.tr(SUBTITLES[self.purpose]).format(
                least=PIN_MIN_LENGTH, most=PIN_MAX_LENGTH, count=PATIENT_PIN_LENGTH
            )
        )
        self.subtitle.show()

    def ask(self, purpose: PinPurpose, message: str = "", *, can_cancel: bool = False) -> None:
        """Ask for a PIN for ``purpose``; choosing the kiosk's first PIN has no Cancel
        unless ``can_cancel`` (a PIN changed in clinician mode)."""
        self.purpose = purpose
        self._show_purpose()
        patient = purpose in PATIENT_PURPOSES
        self.field.setMaxLength(PATIENT_PIN_LENGTH if patient else PIN_MAX_LENGTH)
        self.choose_button.setVisible(purpose is PinPurpose.PATIENT)
        # Setting the first PIN cannot be skipped: the kiosk has no other way in.
        self.cancel_button.setVisible(
            can_cancel or purpose not in (PinPurpose.SET, PinPurpose.CONFIRM)
        )
        self.clear()
        self.show_message(message)

    def clear(self) -> None:
        # setText, unlike clear(), also empties the undo history.
        self.field.setText("")
        self.show_message("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._keep_message_room()

    def _keep_message_room(self) -> None:
        lines = self.message.fontMetrics().lineSpacing() * 2
        margins = self.message.contentsMargins()
        self.message.setMinimumHeight(lines + margins.top() + margins.bottom() + 12)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_locked(self, seconds: int) -> None:
        """Refuse tries for ``seconds``; 0 opens entry again."""
        locked = seconds > 0
        self.ok_button.setEnabled(not locked)
        for key in self.keys.values():  # seen to be off, not only ignored
            key.setEnabled(not locked)
        self.field.setReadOnly(locked)
        if locked:
            self.field.setText("")
            if seconds < 120:
                text = self.tr("Too many wrong PINs. Try again in {seconds} s.").format(
                    seconds=seconds
                )
            else:  # a lock of up to an hour: said in whole minutes, rounded up
                text = self.tr("Too many wrong PINs. Try again in {minutes} min.").format(
                    minutes=-(-seconds // 60)
                )
            self.show_message(text)
            self._locked_message = True
        elif self._locked_message:
            self._locked_message = False
            self.show_message("")

    def _on_key_clicked(self) -> None:
        key = self.sender()
        if isinstance(key, Button):
            self.press(str(key.property("key")))

    def press(self, label: str) -> None:
        """One keypad key: a digit, "Clear" or "⌫"."""
        if self.field.isReadOnly():
            return
        if label == "Clear":
            self.field.setText("")
        elif label == "⌫":
            self.field.setText(self.field.text()[:-1])
        else:
            self.field.insert(label)

    def _on_ok(self) -> None:
        if self.ok_button.isEnabled() and self.field.text():
            pin = self.field.text()
            self.field.setText("")
            self.submitted.emit(pin)

    def _on_cancel(self) -> None:
        self.clear()
        self.cancelled.emit()
