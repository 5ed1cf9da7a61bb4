"""Asking where to save a file, and showing a folder: the desktop's own dialogs.

The Qt classes are imported on first use: neither is needed to show the home screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# (title, suggested file name, filter) -> the chosen path, or None when cancelled
SavePathChooser = Callable[[str, str, str], Path | None]


def ask_save_path(title: str, suggested: str, file_filter: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(None, title, suggested, file_filter)
    return Path(chosen) if chosen else None


def open_in_file_manager(folder: Path) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
