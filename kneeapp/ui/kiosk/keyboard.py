"""KneeCheck's own touch keyboard for the kiosk: a touch screen under a single-app
compositor has no system keyboard, and none is needed.

Letters, digits, space, backspace, shift and the Spanish letters á é í ó ú ü ñ; every key
at least 56 px. It types into the text field that has the focus and offers nothing of its
own: no suggestions, no memory of what anyone typed before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.widgets.buttons import Button

KEY_SIZE = 60  # px, at least 56: a key a finger cannot miss
SHIFT = "shift"
BACKSPACE = "backspace"
SPACE = "space"
ROWS = (
    ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
    ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"),
    ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"),
    (SHIFT, "z", "x", "c", "v", "b", "n", "m", BACKSPACE),
    ("á", "é", "í", "ó", "ú", "ü", SPACE, "-", ".", ","),
)
KEY_TEXTS = {SHIFT: "⇧", BACKSPACE: "⌫", SPACE: "␣"}
KEY_NAMES = {
    SHIFT: QT_TRANSLATE_NOOP("TouchKeyboard", "Shift"),
    BACKSPACE: QT_TRANSLATE_NOOP("TouchKeyboard", "Delete the last letter"),
    SPACE: QT_TRANSLATE_NOOP("TouchKeyboard", "Space"),
}
TextField = QLineEdit | QPlainTextEdit


class TouchKeyboard(QFrame):
    """Keys that never take the focus, so the field keeps it while they type into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchKeyboard")
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.target: TextField | None = None
        self.shifted = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(8)
        self.keys: dict[str, Button] = {}
        for row in ROWS:
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addStretch(1)
            for key in row:
                button = Button(KEY_TEXTS.get(key, key), self, role="keyboardKey")
                width = KEY_SIZE * 3 if key == SPACE else KEY_SIZE + (24 if key in KEY_TEXTS else 0)
                button.setFixedSize(width, KEY_SIZE)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setAutoRepeat(key == BACKSPACE)
                button.setCheckable(key == SHIFT)
                button.setAccessibleName(self.tr(KEY_NAMES[key]) if key in KEY_NAMES else key)
                button.setProperty("key", key)
                if key == SHIFT:
                    # Followed through toggled: assistive technology's Toggle never clicks.
                    button.toggled.connect(self._on_shift_toggled)
                else:
                    button.clicked.connect(self._on_key)
                line.addWidget(button)
                self.keys[key] = button
            line.addStretch(1)
            outer.addLayout(line)
        self.hide()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("On-screen keyboard"))
        for key, name in KEY_NAMES.items():
            self.keys[key].setAccessibleName(self.tr(name))

    def attach(self, field: TextField | None) -> None:
        """Type into ``field`` from now on (None: nothing, and the keyboard hides)."""
        self.target = field
        self._set_shift(False)
        self.setVisible(field is not None)

    def _set_shift(self, on: bool) -> None:
        self.shifted = on
        for key, button in self.keys.items():
            if len(key) == 1 and key.isalpha():
                button.setText(key.upper() if on else key)
        self.keys[SHIFT].setChecked(on)

    def _on_shift_toggled(self, on: bool) -> None:
        if on != self.shifted:
            self._set_shift(on)

    def _on_key(self) -> None:
        button = self.sender()
        if isinstance(button, Button):
            self.press(str(button.property("key")))

    def press(self, key: str) -> None:
        field = self.target
        if key == SHIFT:
            self._set_shift(not self.shifted)
            return
        if field is None or field.isReadOnly():
            return
        if key == BACKSPACE:
            if isinstance(field, QLineEdit):
                field.backspace()
            else:
                field.textCursor().deletePreviousChar()
            return
        text = " " if key == SPACE else (key.upper() if self.shifted else key)
        if isinstance(field, QLineEdit):
            field.insert(text)
        else:
            field.insertPlainText(text)
        if self.shifted:
            self._set_shift(False)  # one capital, as on a phone
