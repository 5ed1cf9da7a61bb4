"""The main window's frame: the pages (on a kiosk's wide screen, between two margins that
take the width a page may not), and the window's size and state kept between starts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from kneeapp.domain.preferences import Preferences


def pages_frame(stack: QStackedWidget, *, kiosk: bool) -> QWidget:
    """What holds the pages: the stack itself, or on a kiosk the stack between margins
    (kiosk/screen_fit.py says how wide a page may be)."""
    if not kiosk:
        return stack
    frame = QWidget()
    row = QHBoxLayout(frame)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addStretch(1)
    row.addWidget(stack, 1000)
    row.addStretch(1)
    return frame


def restore_geometry(window: QMainWindow, preferences: Preferences) -> None:
    saved = preferences.window_geometry()
    if saved is None or not window.restoreGeometry(QByteArray.fromBase64(saved.encode())):
        window.resize(1024, 768)
    # Never larger than the screen (a 1280×720 kiosk display, a smaller laptop): the
    # bottom with its buttons would be cut off.
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        if window.width() > room.width() or window.height() > room.height():
            window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
    # Said in the settings file too: some window managers drop the maximised state
    # Qt keeps in the geometry when it is restored before the window is shown.
    if preferences.window_maximised():
        # Named here only: the Qt namespace costs a normal start tens of milliseconds
        # (see kneeapp.ui.properties).
        from PySide6.QtCore import Qt

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_geometry(window: QMainWindow, preferences: Preferences) -> None:
    preferences.save_window_geometry(
        window.saveGeometry().toBase64().toStdString(), maximised=window.isMaximized()
    )
