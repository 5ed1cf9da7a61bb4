"""After a patient saves: thanks, and a sign-out within seconds so that the next person
in the queue never sees their results; one large button shows them again meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button

SIGN_OUT_SECONDS = 10


class DonePage(Page):
    results_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self) -> None:
        super().__init__("")
        self._seconds = SIGN_OUT_SECONDS
        self.countdown = wrapped_label("", "idleSeconds")
        self.body.addWidget(self.countdown)
        self.results_button = Button("", self, role="primary")
        self.results_button.setProperty("big", True)
        self.results_button.clicked.connect(self.results_requested)
        self.body.addWidget(self.results_button)
        self.body.addStretch(1)
        self.sign_out_button = self.add_button("")
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.initial_focus = self.results_button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_title(self.tr("Saved. Thank you!"))
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.results_button.setText(self.tr("Show my results again"))
        self.sign_out_button.setText(self.tr("Sign out now"))
        self.show_seconds(self._seconds)

    def show_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.set_subtitle(
            self.tr(
                "Your self-check is saved. For your privacy you will be signed out in {seconds} s."
            ).format(seconds=seconds)
        )
        self.countdown.setText(self.tr("{seconds} s").format(seconds=seconds))
