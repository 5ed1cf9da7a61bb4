"""One KneeCheck per data folder: a lock file in the folder, and a request file beside it
through which a second start asks the running window to come forward.

Both live in the data folder (readable by its owner only) and need nothing beyond
QtCore: a local socket server would load Qt's network module on every start.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.pages.base import Page, wrapped_label

LOCK_NAME = "kneeapp.lock"
REQUEST_NAME = "kneeapp.raise"  # a second start writes RAISE_REQUEST; the first empties it
RAISE_REQUEST = b"raise\n"
TIMEOUT_S = 1.0
FILE_MODE = 0o600

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "AlreadyOpenPage",
    "KneeCheck is already open for this data, in another window. Switch to that window "
    "to carry on. Two windows on the same data could get in each other's way, so this "
    "one will not open.",
)


class SingleInstance(QObject):
    """Call ``acquire()``; if it fails, ``bring_forward()`` asks the first one to show."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        # A lock whose process is gone is taken over at once (QLockFile checks the PID);
        # staleLockTime 0 keeps a long-running instance's lock from ever counting as old.
        self.lock.setStaleLockTime(0)
        self.request = Path(data_dir) / REQUEST_NAME
        self.watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        if not self.lock.tryLock(0):
            return False
        # We hold the lock, so a request in the file was left for a process now gone.
        try:
            self._write_request(b"", truncate=True)
        except OSError:
            return True  # without the request file a second start says "already open"
        watcher = QFileSystemWatcher([str(self.request)], self)
        watcher.fileChanged.connect(self._on_request_changed)
        self.watcher = watcher
        return True

    def listening(self) -> bool:
        """True while a second start can ask this one to come forward."""
        return self.watcher is not None and str(self.request) in self.watcher.files()

    def bring_forward(self) -> bool:
        """Ask the running KneeCheck to show its window; False if it did not answer."""
        try:
            self._write_request(RAISE_REQUEST, truncate=False)
        except OSError:
            return False
        # The running one empties the file once it has read the request.
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if self.request.stat().st_size == 0:
                    return True
            time.sleep(0.01)
        return False

    def release(self) -> None:
        if self.watcher is not None:
            self.watcher.removePath(str(self.request))
            self.watcher = None
            with contextlib.suppress(OSError):
                self.request.unlink()
        self.lock.unlock()

    def _write_request(self, data: bytes, *, truncate: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if truncate else os.O_APPEND)
        descriptor = os.open(self.request, flags, FILE_MODE)
        try:
            os.write(descriptor, data)
        finally:
            os.close(descriptor)

    def _on_request_changed(self, path: str) -> None:
        try:
            asked = RAISE_REQUEST in self.request.read_bytes()
            if asked:
                self._write_request(b"", truncate=True)
        except OSError:
            asked = False
        if self.watcher is not None and path not in self.watcher.files():
            self.watcher.addPath(path)  # a file replaced rather than written is watched anew
        if asked:
            self.activation_requested.emit()


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class AlreadyOpenPage(Page):
    """Shown instead of the window when another KneeCheck has the data and did not answer."""

    def __init__(self) -> None:
        super().__init__(self.tr("KneeCheck is already open"))
        self.setWindowTitle(self.tr("KneeCheck"))
        self.message = wrapped_label(self.tr(ALREADY_OPEN))
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.close_button = self.add_button(self.tr("Close"), role="primary", stretch_before=True)
        self.close_button.clicked.connect(self.close)
        self.initial_focus = self.close_button
