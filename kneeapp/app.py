"""The one place where KneeCheck is assembled: storage, services and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.domain.session import DEFAULT_PROFILE
from kneeapp.storage.preferences import JsonPreferences
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.style import application_icon, apply_style


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_main_window(
    data_dir: Path, *, kiosk: bool = False, clock: Callable[[], datetime] = utc_now
) -> MainWindow:
    """Build the main window on the data in ``data_dir``; a QApplication must exist.

    ``clock`` tells the time (timezone-aware); tests pass one they control.
    """
    repository = open_repository(Path(data_dir))
    preferences = JsonPreferences(Path(data_dir))
    window = MainWindow(repository, preferences, profile=DEFAULT_PROFILE, clock=clock, kiosk=kiosk)
    window.closed.connect(repository.close)
    apply_style(window, kiosk=kiosk)
    window.setWindowIcon(application_icon())
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


def export_pdf(data_dir: Path, out: Path, profile: str) -> None:
    """Write the therapist report of ``profile`` to ``out`` (e.g. for the command line).

    Creates an offscreen Qt application when none is running: the charts are
    drawn by widgets, so no window ever appears. Raises StorageError or OSError.
    """
    import os

    from PySide6.QtWidgets import QApplication

    from kneeapp.ui.report_pdf import write_report

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept referenced until the report is written.
        app = QApplication([sys.argv[0] if sys.argv else "kneeapp"])
    else:
        app = None
    with open_repository(Path(data_dir)) as repository:
        write_report(repository, profile, Path(out), now=utc_now())
    del app
