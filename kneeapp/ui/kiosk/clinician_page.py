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

from kneeapp.domain.kiosk import CHECK_IDLE_CHOICES, IDLE_CHOICES
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
    done = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Clinician mode"), self.tr("Patients who used this kiosk, and its settings.")
        )
        self.message = wrapped_label("", "banner")
        self.message.hide()
        self.body.addWidget(self.message)
        self.patients = QListWidget()
        self.patients.setObjectName("patientList")
        self.patients.setAccessibleName(self.tr("Patients"))
        self.patients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patients.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.patients.setMinimumHeight(220)
        self.patients.currentItemChanged.connect(self._update)
        self.body.addWidget(self.patients, 1)
        row = QHBoxLayout()
        self.history_button = Button(self.tr("Open history and reports"), self)
        self.history_button.clicked.connect(self._on_history)
        self.erase_button = Button(
            self.tr("Delete patient and all their data…"), self, role="danger"
        )
        self.erase_button.clicked.connect(self._on_erase)
        self.pin_reset_button = Button(self.tr("Reset their PIN"), self)
        self.pin_reset_button.setAccessibleName(self.tr("Reset the patient's PIN"))
        self.pin_reset_button.clicked.connect(self._on_pin_reset)
        row.addWidget(self.history_button)
        row.addWidget(self.pin_reset_button)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        self.patient_actions = row
        self.body.addLayout(row)

        self.body.addWidget(
            wrapped_label(self.tr("Clear the screen after no touch for"), "sectionTitle")
        )
        self.idle_row = ChoiceRow(
            [idle_label(s) for s in IDLE_CHOICES], self.tr("Idle time"), min_width=96
        )
        self.idle_row.chosen.connect(lambda index: self.idle_chosen.emit(IDLE_CHOICES[index]))
        self.body.addWidget(self.idle_row, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(
            wrapped_label(self.tr("During a check, wait for a touch for"), "sectionTitle")
        )
        self.check_idle_row = ChoiceRow(
            [idle_label(s) for s in CHECK_IDLE_CHOICES],
            self.tr("Idle time during a check"),
            min_width=96,
        )
        self.check_idle_row.chosen.connect(
            lambda index: self.check_idle_chosen.emit(CHECK_IDLE_CHOICES[index])
        )
        self.body.addWidget(self.check_idle_row, 0, Qt.AlignmentFlag.AlignLeft)

        self.confirm_bar = NoticeBar(self)
        self.confirm_bar.confirmed.connect(self._on_erase_confirmed)
        self.outer.insertWidget(self.outer.count() - 1, self.confirm_bar)

        self.done_button = self.add_button(self.tr("Lock and return to start"), role="primary")
        self.done_button.clicked.connect(self.done)
        self.leave_button = self.add_button(self.tr("Close KneeCheck"), stretch_before=True)
        self.leave_button.clicked.connect(self.leave_kiosk_requested)
        self.initial_focus = self.patients
        self._update()

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
        self, patients: list[tuple[str, int]], idle_seconds: int, check_idle_seconds: int
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
        if idle_seconds in IDLE_CHOICES:
            self.idle_row.set_choice(IDLE_CHOICES.index(idle_seconds))
        if check_idle_seconds in CHECK_IDLE_CHOICES:
            self.check_idle_row.set_choice(CHECK_IDLE_CHOICES.index(check_idle_seconds))
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
