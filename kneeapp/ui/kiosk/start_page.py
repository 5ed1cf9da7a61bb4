"""The kiosk's start screen: a patient types a name or clinic code, nothing else shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit

from kneeapp.domain.kiosk import PATIENT_LANGUAGES, PATIENT_NAME_MAX
from kneeapp.domain.preferences import LANGUAGE_NAMES
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import ChoiceRow
from kneeapp.ui.widgets.hints import show_hint


class PatientStartPage(Page):
    start_requested = Signal(str)
    staff_requested = Signal()
    language_chosen = Signal(str)  # for this patient, until they sign out

    def __init__(self) -> None:
        super().__init__("")
        # Each language named in itself: a patient finds their own whatever is on screen.
        self.language_row = ChoiceRow(
            [LANGUAGE_NAMES[code] for code in PATIENT_LANGUAGES], "Language", min_width=160
        )
        self.language_row.chosen.connect(
            lambda index: self.language_chosen.emit(PATIENT_LANGUAGES[index])
        )
        self.outer.insertWidget(0, self.language_row, 0, Qt.AlignmentFlag.AlignRight)
        # The heading scrolls with the field: with the touch keyboard open under the page and
        # large text, a fixed heading would be squeezed until its words are cut off.
        for label in (self.title, self.subtitle):
            self.outer.removeWidget(label)
            self.body.addWidget(label)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("kioskField")
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
        self.staff_button = self.add_button("")
        self.staff_button.clicked.connect(self.staff_requested)
        self.start_button = self.add_button("", role="primary", stretch_before=True)
        self.start_button.clicked.connect(self._on_start)
        self.initial_focus = self.name_field
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_title(self.tr("Welcome to KneeCheck"))
        self.set_subtitle(
            self.tr(
                "A left/right self-check for runners whose knees hurt after running. Type "
                "your name or the code the clinic gave you. Use the same one next time to see "
                "your earlier results: nobody else's are ever shown here."
            )
        )
        self.language_row.set_labels(
            [LANGUAGE_NAMES[code] for code in PATIENT_LANGUAGES], self.tr("Language")
        )
        self.name_field.setAccessibleName(self.tr("Your name or clinic code"))
        show_hint(self.name_field, self.tr("Your name or clinic code"))
        self.staff_button.setText(self.tr("Clinic staff"))
        self.staff_button.setAccessibleName(self.tr("Clinic staff: enter the PIN"))
        self.start_button.setText(self.tr("Continue"))

    def show_language(self, code: str) -> None:
        """The language on screen, shown as chosen."""
        chosen = PATIENT_LANGUAGES.index(code) if code in PATIENT_LANGUAGES else None
        self.language_row.set_choice(chosen)

    def clear(self) -> None:
        # setText, unlike clear(), also empties the undo history: no Ctrl+Z to a name.
        self.name_field.setText("")
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_start(self) -> None:
        self.start_requested.emit(self.name_field.text())
