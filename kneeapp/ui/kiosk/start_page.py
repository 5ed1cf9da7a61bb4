"""The kiosk's start screen: a patient types a name or clinic code, nothing else shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit

from kneeapp.domain.kiosk import PATIENT_NAME_MAX
from kneeapp.ui.pages.base import Page, wrapped_label


class PatientStartPage(Page):
    start_requested = Signal(str)
    staff_requested = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to KneeCheck"),
            self.tr(
                "A left/right self-check for runners whose knees hurt after running. Type "
                "your name or the code the clinic gave you. Use the same one next time to see "
                "your earlier results: nobody else's are ever shown here."
            ),
        )
        # The heading scrolls with the field: with the touch keyboard open under the page and
        # large text, a fixed heading would be squeezed until its words are cut off.
        for label in (self.title, self.subtitle):
            self.outer.removeWidget(label)
            self.body.addWidget(label)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("kioskField")
        self.name_field.setAccessibleName(self.tr("Your name or clinic code"))
        self.name_field.setPlaceholderText(self.tr("Your name or clinic code"))
        self.name_field.setMaxLength(PATIENT_NAME_MAX)
        # No word suggestions: an on-screen keyboard must not offer the last patient's name.
        self.name_field.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.name_field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.name_field.returnPressed.connect(self._on_start)
        self.body.addWidget(self.name_field)
        self.error = wrapped_label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.staff_button = self.add_button(self.tr("Clinic staff"))
        self.staff_button.setAccessibleName(self.tr("Clinic staff: enter the PIN"))
        self.staff_button.clicked.connect(self.staff_requested)
        self.start_button = self.add_button(
            self.tr("Continue"), role="primary", stretch_before=True
        )
        self.start_button.clicked.connect(self._on_start)
        self.initial_focus = self.name_field

    def clear(self) -> None:
        # setText, unlike clear(), also empties the undo history: no Ctrl+Z to a name.
        self.name_field.setText("")
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_start(self) -> None:
        self.start_requested.emit(self.name_field.text())
