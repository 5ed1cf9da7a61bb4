"""Clinician mode: patients, their history and reports, erasure, idle time, leaving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
)

from kneeapp.domain.kiosk import CHECK_IDLE_CHOICES, IDLE_CHOICES, PATIENT_LANGUAGES
from kneeapp.domain.preferences import LANGUAGE_NAMES
from kneeapp.ui.i18n import plural
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button, ChoiceRow
from kneeapp.ui.widgets.notice_bar import NoticeBar

NAME_ROLE = Qt.ItemDataRole.UserRole


def idle_label(seconds: int) -> str:
    if seconds < 120:
        return QCoreApplication.translate("ClinicianPage", "{seconds} s").format(seconds=seconds)
    minutes = seconds // 60
    return QCoreApplication.translate("ClinicianPage", "{minutes} min").format(minutes=minutes)


class ClinicianPage(Page):
    history_requested = Signal(str)
    erase_requested = Signal(str)
    pin_reset_requested = Signal(str)
    idle_chosen = Signal(int)
    check_idle_chosen = Signal(int)
    leave_kiosk_requested = Signal()
    language_chosen = Signal(str)  # the clinic's language
    change_pin_requested = Signal()
    keep_photos_chosen = Signal(bool)  # may patients keep the photos of their angles?
    done = Signal()

    def __init__(self, *, patients_here: bool = True, clinic_wide: bool = False) -> None:
        """``patients_here``: patients use this screen too, so it has their start
        screen's language and their photos to set (not the therapist's desk);
        ``clinic_wide``: the settings are the clinic server's, for every station."""
        super().__init__("")
        self.patients_here = patients_here
        self.clinic_wide = clinic_wide
        self.message = wrapped_label("", "banner")
        self.message.hide()
        self.body.addWidget(self.message)
        self.patients = QListWidget()
        self.patients.setObjectName("patientList")
        self.patients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patients.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.patients.setMinimumHeight(220)
        self.patients.currentItemChanged.connect(self._update)
        self.body.addWidget(self.patients, 1)
        row = QHBoxLayout()
        self.history_button = Button("", self)
        self.history_button.clicked.connect(self._on_history)
        self.erase_button = Button("", self, role="danger")
        self.erase_button.clicked.connect(self._on_erase)
        self.pin_reset_button = Button("", self)
        self.pin_reset_button.clicked.connect(self._on_pin_reset)
        row.addWidget(self.history_button)
        row.addWidget(self.pin_reset_button)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        self.patient_actions = row
        self.body.addLayout(row)

        self.idle_title = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.idle_title)
        self.idle_row = ChoiceRow([idle_label(s) for s in IDLE_CHOICES], "", min_width=96)
        self.idle_row.chosen.connect(lambda index: self.idle_chosen.emit(IDLE_CHOICES[index]))
        self.body.addWidget(self.idle_row, 0, Qt.AlignmentFlag.AlignLeft)
        self.check_idle_title = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.check_idle_title)
        self.check_idle_row = ChoiceRow(
            [idle_label(s) for s in CHECK_IDLE_CHOICES], "", min_width=96
        )
        self.check_idle_row.chosen.connect(
            lambda index: self.check_idle_chosen.emit(CHECK_IDLE_CHOICES[index])
        )
        self.body.addWidget(self.check_idle_row, 0, Qt.AlignmentFlag.AlignLeft)
        self.language_title = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.language_title)
        # Each language named in itself, as on the start screen.
        self.language_row = ChoiceRow(
            [LANGUAGE_NAMES[code] for code in PATIENT_LANGUAGES], "", min_width=160
        )
        self.language_row.chosen.connect(
            lambda index: self.language_chosen.emit(PATIENT_LANGUAGES[index])
        )
        self.body.addWidget(self.language_row, 0, Qt.AlignmentFlag.AlignLeft)
        self.photos_title = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.photos_title)
        self.photos_row = ChoiceRow(["", ""], "", vertical=True)
        self.photos_row.chosen.connect(lambda index: self.keep_photos_chosen.emit(index == 1))
        self.body.addWidget(self.photos_row)
        self.pin_title = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.pin_title)
        self.change_pin_button = Button("", self)
        self.change_pin_button.clicked.connect(self.change_pin_requested)
        self.body.addWidget(self.change_pin_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.confirm_bar = NoticeBar(self)
        self.confirm_bar.confirmed.connect(self._on_erase_confirmed)
        self.outer.insertWidget(self.outer.count() - 1, self.confirm_bar)

        self.done_button = self.add_button("", role="primary")
        self.done_button.clicked.connect(self.done)
        self.leave_button = self.add_button("", stretch_before=True)
        self.leave_button.clicked.connect(self.leave_kiosk_requested)
        self.initial_focus = self.patients
        for part in (self.language_title, self.language_row, self.photos_title, self.photos_row):
            part.setVisible(patients_here)
        self.retranslate_ui()
        self._update()

    def retranslate_ui(self) -> None:
        self.set_title(self.tr("Clinician mode"))
        if not self.patients_here:  # the therapist's desk
            self.set_subtitle(
                self.tr(
                    "Every patient of the clinic, and the clinic's settings: a change here "
                    "applies at every station."
                )
            )
        elif self.clinic_wide:
            self.set_subtitle(
                self.tr(
                    "Patients who used this kiosk, and the clinic's settings: a change here "
                    "applies at every station."
                )
            )
        else:
            self.set_subtitle(self.tr("Patients who used this kiosk, and its settings."))
        self.patients.setAccessibleName(self.tr("Patients"))
        self.history_button.setText(self.tr("Open history and reports"))
        self.erase_button.setText(self.tr("Delete patient and all their data…"))
        self.pin_reset_button.setText(self.tr("Reset their PIN"))
        self.pin_reset_button.setAccessibleName(self.tr("Reset the patient's PIN"))
        self.idle_title.setText(self.tr("Clear the screen after no touch for"))
        self.idle_row.set_labels([idle_label(s) for s in IDLE_CHOICES], self.tr("Idle time"))
        self.check_idle_title.setText(self.tr("During a check, wait for a touch for"))
        self.check_idle_row.set_labels(
            [idle_label(s) for s in CHECK_IDLE_CHOICES], self.tr("Idle time during a check")
        )
        self.language_title.setText(
            self.tr("The start screen's language (each patient may choose another)")
        )
        self.language_row.set_labels(
            [LANGUAGE_NAMES[code] for code in PATIENT_LANGUAGES], self.tr("Clinic language")
        )
        self.photos_title.setText(
            self.tr("Photos a patient measures an angle on (the marked points are always kept)")
        )
        self.photos_row.set_labels(
            [
                self.tr("Never kept on this kiosk"),
                self.tr("Kept with the results when the patient ticks it"),
            ],
            self.tr("Keeping photos"),
        )
        self.pin_title.setText(self.tr("Clinician PIN"))
        self.change_pin_button.setText(self.tr("Change the clinician PIN…"))
        self.done_button.setText(self.tr("Lock and return to start"))
        self.leave_button.setText(self.tr("Close KneeCheck"))

    def fit_buttons(self) -> None:
        super().fit_buttons()
        # The patient's two actions, too, go one above the other when they do not fit.
        margins = self.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 8
        buttons = [self.history_button, self.erase_button]
        if not self.pin_reset_button.isHidden():
            buttons.append(self.pin_reset_button)
        need = sum(button.sizeHint().width() for button in buttons) + (
            self.patient_actions.spacing() * (len(buttons) - 1)
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
        )
        if self.patient_actions.direction() != direction:
            self.patient_actions.setDirection(direction)

    def show_patients(
        self,
        patients: list[tuple[str, int]],
        idle_seconds: int,
        check_idle_seconds: int,
        language: str = "",
        keep_photos: bool | None = None,
    ) -> None:
        self.patients.clear()
        for name, sessions in patients:
            count = plural(self.tr("%n self-check(s)", "", sessions), sessions)
            item = QListWidgetItem(f"{name}  ·  {count}")
            item.setData(NAME_ROLE, name)
            self.patients.addItem(item)
        if not patients:
            self.patients.addItem(QListWidgetItem(self.tr("No patients yet.")))
            self.patients.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.show_settings(idle_seconds, check_idle_seconds, language, keep_photos)

    def show_settings(
        self,
        idle_seconds: int,
        check_idle_seconds: int,
        language: str = "",
        keep_photos: bool | None = None,
    ) -> None:
        if idle_seconds in IDLE_CHOICES:
            self.idle_row.set_choice(IDLE_CHOICES.index(idle_seconds))
        if check_idle_seconds in CHECK_IDLE_CHOICES:
            self.check_idle_row.set_choice(CHECK_IDLE_CHOICES.index(check_idle_seconds))
        self.language_row.set_choice(
            PATIENT_LANGUAGES.index(language) if language in PATIENT_LANGUAGES else None
        )
        if keep_photos is not None:
            self.photos_row.set_choice(1 if keep_photos else 0)
        self._update()

    def clear(self) -> None:
        self.patients.clear()
        self.confirm_bar.hide()
        self.show_message("")
        self._update()

    def show_message(self, text: str, *, warning: bool = False) -> None:
        """Show ``text`` above the list (amber when something went wrong), or nothing."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # Repolished only when the colour changes: style() builds Python's QStyle enums.
        if bool(self.message.property("flagged")) != warning:
            self.message.setProperty("flagged", warning)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def chosen_patient(self) -> str | None:
        item = self.patients.currentItem()
        name = None if item is None else item.data(NAME_ROLE)
        return name if isinstance(name, str) else None

    def _update(self) -> None:
        chosen = self.chosen_patient() is not None
        self.history_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.pin_reset_button.setEnabled(chosen)

    def set_pin_reset_shown(self, shown: bool) -> None:
        """Only where patients have PINs (not at the clinic desk)."""
        self.pin_reset_button.setVisible(shown)

    def _on_pin_reset(self) -> None:
        name = self.chosen_patient()
        if name is not None:
            self.pin_reset_requested.emit(name)

    def _on_history(self) -> None:
        name = self.chosen_patient()
        if name is not None:
            self.history_requested.emit(name)

    def _on_erase(self) -> None:
        name = self.chosen_patient()
        if name is None:
            return
        self.confirm_bar.confirm(
            self.tr(
                "Delete {name} and every self-check saved under that name? This cannot be undone."
            ).format(name=name),
            confirm=self.tr("Delete for good"),
            cancel=self.tr("Keep"),
        )

    def _on_erase_confirmed(self) -> None:
        name = self.chosen_patient()
        if name is not None:
            self.erase_requested.emit(name)
