"""A station's line about the clinic server: how many checks wait to reach it and when it
was last in contact; closing the window with checks waiting says so first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kneeapp.domain.ports import ClinicLink, ClinicStatus
from kneeapp.ui.widgets.buttons import Button
from kneeapp.ui.widgets.notice_bar import NoticeBar

REFRESH_MS = 1000


class ClinicStatusLine(QFrame):
    """Refreshed every second from the outbox's own status (never from the network)."""

    def __init__(self, link: ClinicLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicStatus")
        self._link = link
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setObjectName("clinicStatusText")
        layout.addWidget(self.text, 1)
        self.send_button = Button("", self)
        self.send_button.clicked.connect(link.send_now)
        self.send_button.hide()  # shown to clinicians only (see show_send_now)
        layout.addWidget(self.send_button)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.send_button.setText(self.tr("Send now"))
        self.send_button.setAccessibleName(self.tr("Send the waiting checks now"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_send_now(self, shown: bool) -> None:
        self.send_button.setVisible(shown)

    def status(self) -> ClinicStatus:
        return self._link.status()

    def refresh(self) -> None:
        self.text.setText(self.describe(self._link.status()))

    def describe(self, status: ClinicStatus) -> str:
        if status.update_needed:
            return self.tr(
                "The clinic server has been upgraded: update this station. Checks are kept "
                "on this computer until then ({count} waiting)."
            ).format(count=status.waiting)
        if status.waiting == 1:
            waiting = self.tr("1 check waiting to reach the clinic server")
        elif status.waiting > 1:
            waiting = self.tr("{count} checks waiting to reach the clinic server").format(
                count=status.waiting
            )
        else:
            waiting = self.tr("Every check has reached the clinic server")
        if status.last_contact is None:
            contact = self.tr("no contact yet")
        else:
            when = status.last_contact.astimezone().strftime("%H:%M")
            contact = self.tr("last contact {time}").format(time=when)
        return f"{waiting} · {contact}"


class ClosingWithChecksWaiting(QObject):
    """Asks before a station's window closes while checks have not reached the server."""

    def __init__(self, window: QWidget, link: ClinicLink, add_bar: NoticeBar) -> None:
        super().__init__(window)
        self._window = window
        self._link = link
        self._bar = add_bar
        self._allowed = False
        self._bar.chosen.connect(self._on_chosen)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.Close
            and not self._allowed
            and (waiting := self._link.status().waiting) > 0
        ):
            event.ignore()
            self._link.send_now()
            if waiting == 1:
                message = self.tr(
                    "1 check has not reached the clinic server yet. It is kept on this "
                    "computer and sent the next time KneeCheck starts here."
                )
            else:
                message = self.tr(
                    "{count} checks have not reached the clinic server yet. They are kept on "
                    "this computer and sent the next time KneeCheck starts here."
                ).format(count=waiting)
            self._bar.ask(
                message,
                [
                    ("keep", self.tr("Keep open"), ""),
                    ("close", self.tr("Close anyway"), "danger"),
                ],
            )
            return True
        return False

    def _on_chosen(self, key: str) -> None:
        self._bar.hide()
        if key == "close":
            self._allowed = True
            self._window.close()
