"""One KneeCheck per data folder: a lock file in the folder, and a local socket over
which a second start asks the running window to come forward."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.pages.base import Page, wrapped_label

LOCK_NAME = "kneeapp.lock"
RAISE_REQUEST = b"raise\n"
TIMEOUT_MS = 1000

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "AlreadyOpenPage",
    "KneeCheck is already open for this data, in another window. Switch to that window "
    "to carry on. Two windows on the same data could get in each other's way, so this "
    "one will not open.",
)


def server_name(data_dir: Path) -> str:
    """A name per data folder and user; kept short because sockets have a length limit."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{Path(data_dir).resolve()}"
    # Qt's own SHA-256: Python's hashlib would load OpenSSL (3.5 MB) for one hash.
    digest = QCryptographicHash.hash(key.encode(), QCryptographicHash.Algorithm.Sha256)
    return "kneeapp-" + bytes(digest.toHex().data()).decode()[:20]


class SingleInstance(QObject):
    """Call ``acquire()``; if it fails, ``bring_forward()`` asks the first one to show."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        # A lock whose process is gone is taken over at once (QLockFile checks the PID);
        # staleLockTime 0 keeps a long-running instance's lock from ever counting as old.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True once this process holds the data folder; False if another KneeCheck
        does, or if the lock cannot be written (``cannot_lock`` then says so)."""
        if not self._try_lock():
            return False
        # We hold the lock, so any server left under our name belongs to a dead process.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if server.listen(self.name):
            self.server = server
        # Without the server a second start says "already open"; the lock still holds.
        return True

    def _try_lock(self) -> bool:
        # Private whatever the umask: the lock names this computer and this process.
        previous = os.umask(0o077)
        try:
            locked = self.lock.tryLock(0)
        finally:
            os.umask(previous)
        if locked:
            with contextlib.suppress(OSError):
                os.chmod(self.lock.fileName(), 0o600)
        return locked

    @property
    def cannot_lock(self) -> bool:
        """The lock file could not be written at all (a read-only folder, say)."""
        return self.lock.error() not in (QLockFile.LockError.NoError,
                                         QLockFile.LockError.LockFailedError)  # fmt: skip

    def take_over_unanswered(self) -> bool:
        """After ``bring_forward`` got no answer: take the lock if no KneeCheck can be
        holding it (empty or garbled after a power cut, or written on another computer,
        whose process cannot be asked). A live process on this computer keeps it."""
        if self.cannot_lock:
            return False
        pid, host, _app = self.lock.getLockInfo()
        if pid > 0 and host == QSysInfo.machineHostName() and _alive(pid):
            return False
        return self.lock.removeStaleLockFile() and self.acquire()

    def bring_forward(self) -> bool:
        """Ask the running KneeCheck to show its window; False if it did not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(RAISE_REQUEST)
        done = socket.waitForBytesWritten(TIMEOUT_MS)
        if done:
            # Wait for the answer, so the request is known to have been read.
            done = socket.waitForReadyRead(TIMEOUT_MS) and socket.readAll().data() == b"ok\n"
        socket.disconnectFromServer()
        return done

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _on_new_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._on_request(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and socket.readLine().data() == RAISE_REQUEST:
            socket.write(b"ok\n")
            socket.flush()
            self.activation_requested.emit()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


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
