"""Asking where to save a file, and showing a folder: the desktop's own dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

# (title, suggested file name, filter) -> the chosen path, or None when cancelled
SavePathChooser = Callable[[str, str, str], Path | None]


def ask_save_path(title: str, suggested: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(None, title, suggested, file_filter)
    return Path(chosen) if chosen else None


def open_in_file_manager(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
