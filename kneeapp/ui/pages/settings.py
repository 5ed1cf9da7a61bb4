"""Settings: language, look, units, and the data folder with export and delete-all."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLineEdit, QVBoxLayout

from kneeapp.domain.dates import format_moment
from kneeapp.domain.preferences import (
    DISTANCE_UNIT_NAMES,
    DISTANCE_UNITS,
    LANGUAGE_NAMES,
    TEXT_SIZE_NAMES,
    TEXT_SIZES,
    THEME_NAMES,
    DisplaySettings,
)
from kneeapp.domain.repository import BACKUP_KIND_NAMES, BackupCopy
from kneeapp.exchange.formats import ExportFormat
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button, ChoiceRow
from kneeapp.ui.widgets.hints import show_hint

DELETE_WORD = "DELETE"  # always accepted, whatever the language shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def _combo(names: dict[str, str], current: str, accessible_name: str) -> QComboBox:
    combo = QComboBox()
    for key, label in names.items():
        combo.addItem(_tr(label), key)
    combo.setCurrentIndex(list(names).index(current))
    combo.setAccessibleName(accessible_name)
    combo.setMinimumHeight(44)
    return combo


class SettingsPage(Page):
    settings_changed = Signal(object)  # DisplaySettings
    open_folder_requested = Signal()
    export_requested = Signal(object)  # the ExportFormat chosen
    delete_all_requested = Signal()
    restore_requested = Signal(object)  # BackupCopy

    def __init__(
        self, settings: DisplaySettings, data_folder: str, exports: Sequence[ExportFormat] = ()
    ) -> None:
        """``exports``: the formats all data may be written in (those of everyone)."""
        super().__init__(self.tr("Settings"))
        # The word to type may be translated; it is checked in the language shown.
        self.delete_word_text = self.tr("DELETE")
        form = QFormLayout()
        form.setVerticalSpacing(14)
        self.language = _combo(LANGUAGE_NAMES, settings.language, self.tr("Language"))
        self.theme = _combo(THEME_NAMES, settings.theme, self.tr("Theme"))
        self.text_size = ChoiceRow(
            [_tr(TEXT_SIZE_NAMES[s]) for s in TEXT_SIZES], self.tr("Text size")
        )
        self.text_size.set_choice(TEXT_SIZES.index(settings.text_size))
        self.distance_unit = ChoiceRow(
            [_tr(DISTANCE_UNIT_NAMES[u]) for u in DISTANCE_UNITS],
            self.tr("Knee-to-wall distance in"),
        )
        self.distance_unit.set_choice(DISTANCE_UNITS.index(settings.distance_unit))
        form.addRow(wrapped_label(self.tr("Language")), self.language)
        form.addRow(wrapped_label(self.tr("Theme")), self.theme)
        form.addRow(wrapped_label(self.tr("Text size")), self.text_size)
        form.addRow(wrapped_label(self.tr("Knee-to-wall distance in")), self.distance_unit)
        self.body.addLayout(form)

        data = QFrame()
        data.setObjectName("sidePanel")
        data_layout = QVBoxLayout(data)
        data_layout.setContentsMargins(16, 12, 16, 12)
        data_layout.addWidget(wrapped_label(self.tr("Your data"), "sectionTitle"))
        self.folder = wrapped_label(self.tr("Kept in {folder}").format(folder=data_folder))
        data_layout.addWidget(self.folder)
        self.open_folder_button = Button(self.tr("Open the data folder"))
        data_layout.addWidget(self.open_folder_button)
        self.export_buttons: dict[str, Button] = {}
        for export in exports:
            if export.one_profile:
                continue  # a report is of one person: made from their history
            name = QCoreApplication.translate("Exports", export.name)
            button = Button(self.tr("Export all data as {format}…").format(format=name))
            button.clicked.connect(
                lambda _=False, chosen=export: self.export_requested.emit(chosen)
            )
            data_layout.addWidget(button)
            self.export_buttons[export.id] = button
        data_layout.addWidget(
            wrapped_label(
                self.tr(
                    "Delete all data: every saved session, for good. Type {word} to confirm."
                ).format(word=self.delete_word_text)
            )
        )
        self.delete_word = QLineEdit()
        self.delete_word.setAccessibleName(
            self.tr("Type {word} to confirm deleting all data").format(word=self.delete_word_text)
        )
        show_hint(self.delete_word, self.delete_word_text)
        self.delete_button = Button(self.tr("Delete all data"), role="danger")
        self.delete_button.setEnabled(False)
        data_layout.addWidget(self.delete_word)
        data_layout.addWidget(self.delete_button)
        data_layout.addWidget(
            wrapped_label(
                self.tr(
                    "Restore from a backup: KneeCheck keeps a checked copy of your data each "
                    "day. Your current data is backed up first, so nothing is lost."
                )
            )
        )
        self.backups = QComboBox()
        self.backups.setAccessibleName(self.tr("Backup to restore"))
        self.backups.setMinimumHeight(44)
        self.restore_button = Button(self.tr("Restore this copy"))
        data_layout.addWidget(self.backups)
        data_layout.addWidget(self.restore_button)
        self.status = wrapped_label("", "banner")
        self.status.hide()
        data_layout.addWidget(self.status)
        self.body.addWidget(data)
        self.body.addStretch(1)

        self.back_button = self.add_button(self.tr("Back to start"), role="primary")
        self.buttons.insertStretch(0, 1)
        self.initial_focus = self.language

        self.back_button.clicked.connect(self.back_requested)
        self.language.currentIndexChanged.connect(self._on_changed)
        self.theme.currentIndexChanged.connect(self._on_changed)
        self.text_size.chosen.connect(self._on_changed)
        self.distance_unit.chosen.connect(self._on_changed)
        self.open_folder_button.clicked.connect(self.open_folder_requested)
        self.delete_word.textChanged.connect(self._on_delete_word_changed)
        self.delete_button.clicked.connect(self.delete_all_requested)
        self.restore_button.clicked.connect(self._on_restore_clicked)

    def show_backups(self, copies: list[BackupCopy]) -> None:
        self.backups.clear()
        for copy in copies:
            when = format_moment(copy.taken_at, qt_translate)
            kind = _tr(BACKUP_KIND_NAMES.get(copy.kind, copy.kind.replace("-", " ")))
            self.backups.addItem(self.tr("{when} ({kind})").format(when=when, kind=kind), copy)
        if not copies:
            self.backups.addItem(
                self.tr("No backups yet: KneeCheck makes one each day, when it starts.")
            )
        self.backups.setEnabled(bool(copies))
        self.restore_button.setEnabled(bool(copies))

    def _on_restore_clicked(self) -> None:
        copy = self.backups.currentData()
        if isinstance(copy, BackupCopy):
            self.restore_requested.emit(copy)

    def current(self) -> DisplaySettings:
        return DisplaySettings(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            text_size=TEXT_SIZES[self.text_size.choice() or 0],
            distance_unit=DISTANCE_UNITS[self.distance_unit.choice() or 0],
        )

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear_delete_word(self) -> None:
        self.delete_word.clear()

    def _on_changed(self) -> None:
        self.settings_changed.emit(self.current())

    def _on_delete_word_changed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip() in (self.delete_word_text, DELETE_WORD))
