"""Settings: language, look, units, and the data folder with export and delete-all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLineEdit, QVBoxLayout

from kneeapp.domain.preferences import DISTANCE_UNITS, TEXT_SIZES, DisplaySettings
from kneeapp.domain.repository import BackupCopy
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button, ChoiceRow

LANGUAGE_NAMES = {"system": "The system's language", "en": "English", "es": "Español"}
THEME_NAMES = {
    "system": "Follow the system",
    "light": "Light",
    "dark": "Dark",
    "high_contrast": "High contrast",
}
TEXT_SIZE_NAMES = {"normal": "Normal", "large": "Large", "extra_large": "Extra large"}
UNIT_NAMES = {"cm": "Centimetres", "in": "Inches"}
DELETE_WORD = "DELETE"


def _combo(names: dict[str, str], current: str, accessible_name: str) -> QComboBox:
    combo = QComboBox()
    for key, label in names.items():
        combo.addItem(label, key)
    combo.setCurrentIndex(list(names).index(current))
    combo.setAccessibleName(accessible_name)
    combo.setMinimumHeight(44)
    return combo


class SettingsPage(Page):
    settings_changed = Signal(object)  # DisplaySettings
    open_folder_requested = Signal()
    export_requested = Signal()
    delete_all_requested = Signal()
    restore_requested = Signal(object)  # BackupCopy

    def __init__(self, settings: DisplaySettings, data_folder: str) -> None:
        super().__init__("Settings")
        form = QFormLayout()
        form.setVerticalSpacing(14)
        self.language = _combo(LANGUAGE_NAMES, settings.language, "Language")
        self.theme = _combo(THEME_NAMES, settings.theme, "Theme")
        self.text_size = ChoiceRow([TEXT_SIZE_NAMES[s] for s in TEXT_SIZES], "Text size")
        self.text_size.set_choice(TEXT_SIZES.index(settings.text_size))
        self.distance_unit = ChoiceRow(
            [UNIT_NAMES[u] for u in DISTANCE_UNITS], "Knee-to-wall distance in"
        )
        self.distance_unit.set_choice(DISTANCE_UNITS.index(settings.distance_unit))
        form.addRow("Language", self.language)
        form.addRow("Theme", self.theme)
        form.addRow("Text size", self.text_size)
        form.addRow("Knee-to-wall distance in", self.distance_unit)
        self.body.addLayout(form)

        data = QFrame()
        data.setObjectName("sidePanel")
        data_layout = QVBoxLayout(data)
        data_layout.setContentsMargins(16, 12, 16, 12)
        data_layout.addWidget(wrapped_label("Your data", "sectionTitle"))
        self.folder = wrapped_label(f"Kept in {data_folder}")
        data_layout.addWidget(self.folder)
        self.open_folder_button = Button("Open the data folder")
        self.export_button = Button("Export all data as CSV…")
        data_layout.addWidget(self.open_folder_button)
        data_layout.addWidget(self.export_button)
        data_layout.addWidget(
            wrapped_label(
                f"Delete all data: every saved session, for good. Type {DELETE_WORD} to confirm."
            )
        )
        self.delete_word = QLineEdit()
        self.delete_word.setAccessibleName(f"Type {DELETE_WORD} to confirm deleting all data")
        self.delete_word.setPlaceholderText(DELETE_WORD)
        self.delete_button = Button("Delete all data", role="danger")
        self.delete_button.setEnabled(False)
        data_layout.addWidget(self.delete_word)
        data_layout.addWidget(self.delete_button)
        data_layout.addWidget(
            wrapped_label(
                "Restore from a backup: KneeCheck keeps a checked copy of your data each "
                "day. Your current data is backed up first, so nothing is lost."
            )
        )
        self.backups = QComboBox()
        self.backups.setAccessibleName("Backup to restore")
        self.backups.setMinimumHeight(44)
        self.restore_button = Button("Restore this copy")
        data_layout.addWidget(self.backups)
        data_layout.addWidget(self.restore_button)
        self.status = wrapped_label("", "banner")
        self.status.hide()
        data_layout.addWidget(self.status)
        self.body.addWidget(data)
        self.body.addStretch(1)

        self.back_button = self.add_button("Back to start", role="primary")
        self.buttons.insertStretch(0, 1)
        self.initial_focus = self.language

        self.back_button.clicked.connect(self.back_requested)
        self.language.currentIndexChanged.connect(self._on_changed)
        self.theme.currentIndexChanged.connect(self._on_changed)
        self.text_size.chosen.connect(self._on_changed)
        self.distance_unit.chosen.connect(self._on_changed)
        self.open_folder_button.clicked.connect(self.open_folder_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_word.textChanged.connect(self._on_delete_word_changed)
        self.delete_button.clicked.connect(self.delete_all_requested)
        self.restore_button.clicked.connect(self._on_restore_clicked)

    def show_backups(self, copies: list[BackupCopy]) -> None:
        self.backups.clear()
        for copy in copies:
            when = copy.taken_at.astimezone().strftime("%d %B %Y, %H:%M")
            self.backups.addItem(f"{when} ({copy.kind.replace('-', ' ')})", copy)
        if not copies:
            self.backups.addItem("No backups yet: the first is made when KneeCheck starts.")
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
        self.delete_button.setEnabled(text.strip() == DELETE_WORD)
