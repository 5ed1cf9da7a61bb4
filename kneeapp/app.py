"""The one place where KneeCheck is assembled: storage, services and the main window."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.domain.session import DEFAULT_PROFILE
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.style import apply_style


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_main_window(data_dir: Path, *, kiosk: bool = False) -> MainWindow:
    """Build the main window on the data in ``data_dir``; a QApplication must exist."""
    repository = open_repository(Path(data_dir))
    window = MainWindow(repository, profile=DEFAULT_PROFILE, clock=utc_now, kiosk=kiosk)
    window.closed.connect(repository.close)
    apply_style(window, kiosk=kiosk)
    window.resize(1024, 768)
    return window


def run_gui(data_dir: Path, *, kiosk: bool = False) -> int:
    """Start the application and return its exit status."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kneeapp.domain.repository import StorageError

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("kneeapp")
    app.setApplicationDisplayName("KneeCheck")
    app.setDesktopFileName("kneeapp")
    app.setStyle("Fusion")
    try:
        window = create_main_window(data_dir, kiosk=kiosk)
    except StorageError as error:
        QMessageBox.critical(None, "KneeCheck cannot open its data", str(error))
        return 1
    if kiosk:
        window.showFullScreen()
    else:
        window.show()
    return app.exec()
