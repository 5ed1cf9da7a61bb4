"""Keeps a kiosk window open and in front: closing, Alt+F4, Escape and the usual
quit shortcuts are refused until clinic staff have given the PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

# Keys that close, quit, or leave full screen in common window managers and apps.
BLOCKED_SEQUENCES = (
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.FullScreen,
    QKeySequence.StandardKey.Cancel,  # Escape
)


def is_blocked_key(event: QKeyEvent) -> bool:
    key = event.key()
    modifiers = event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and modifiers & Qt.KeyboardModifier.AltModifier:
        return True
    return any(event.matches(sequence) for sequence in BLOCKED_SEQUENCES)


class KioskGuard(QObject):
    """Installed on the application; ``allow_close`` is set once the PIN is given."""

    close_refused = Signal()

    def __init__(self, window: QWidget, *, keep_full_screen: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.allow_close = False
        self.keep_full_screen = keep_full_screen
        # Whether staff are in already (clinician mode): then closing asks nothing.
        self.may_close: Callable[[], bool] = lambda: False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.Close
            and watched is self.window
            and not self.allow_close
            and not self.may_close()
        ):
            event.ignore()
            self.close_refused.emit()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if is_blocked_key(event):
                if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F4:
                    self.close_refused.emit()
                event.accept()
                return True
        if (
            kind == QEvent.Type.WindowStateChange
            and watched is self.window
            and self.keep_full_screen
            and not self.allow_close
            and not self.window.isFullScreen()
        ):
            # Minimised or restored by the desktop: back to full screen.
            show_full_screen(self.window)
        return False


def show_full_screen(window: QWidget) -> None:
    """Full screen. On X, the whole screen's size too: without a window manager (a bare X
    server) the full-screen state alone keeps the old size. On Wayland the compositor
    sizes the window; a size set beforehand leaves it unpainted under cage."""
    screen = window.screen()
    if screen is not None and not QGuiApplication.platformName().startswith("wayland"):
        window.setGeometry(screen.geometry())
    window.showFullScreen()
