"""A kiosk's way to choose a photo: the photos in the one folder the clinic puts them in,
newest first, as large rows to tap. No file dialog, so nobody at the kiosk can look
around the computer's files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kneeapp.ui.photo_files import readable_suffixes
from kneeapp.ui.widgets.buttons import Button

PATH_ROLE = Qt.ItemDataRole.UserRole


def photos_in(folder: Path) -> list[Path]:
    """The photos Qt can read in ``folder`` (not below it), newest first."""
    suffixes = {f".{suffix.lower()}" for suffix in readable_suffixes()}
    try:
        found = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in suffixes]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


class PhotoPicker(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a photo"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Photos sent to this kiosk, newest first"), self)
        heading.setObjectName("sectionTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Photos sent to this kiosk"))
        for path in photos_in(folder):
            taken = datetime.fromtimestamp(path.stat().st_mtime).strftime("%H:%M")
            item = QListWidgetItem(self.tr("{time}  ·  {name}").format(time=taken, name=path.name))
            item.setData(PATH_ROLE, str(path))
            self.list.addItem(item)
        if self.list.count() == 0:
            empty = QListWidgetItem(
                self.tr("No photos have been sent to this kiosk: ask the staff.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.cancel_button = Button(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.use_button = Button(self.tr("Open this photo"), self, role="primary")
        self.use_button.clicked.connect(self.accept)
        self.use_button.setEnabled(self.chosen() is not None)
        self.list.currentRowChanged.connect(
            lambda _row: self.use_button.setEnabled(self.chosen() is not None)
        )
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        layout.addLayout(buttons)
        self.resize(640, 480)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        found = None if item is None else item.data(PATH_ROLE)
        return Path(found) if found else None


def folder_chooser(folder: Path) -> Callable[[QWidget], Path | None]:
    """A photo chooser that offers only the photos in ``folder``."""

    def choose(parent: QWidget) -> Path | None:
        picker = PhotoPicker(folder, parent)
        try:
            if picker.exec() == QDialog.DialogCode.Accepted:
                return picker.chosen()
            return None
        finally:
            picker.deleteLater()

    return choose
