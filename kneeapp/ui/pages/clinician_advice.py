"""Shown when a safety answer means the person should see a clinician first."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kneeapp.domain.red_flags import SEE_CLINICIAN
from kneeapp.ui.pages.base import Page, wrapped_label


class ClinicianAdvicePage(Page):
    done = Signal()

    def __init__(self) -> None:
        super().__init__("See a clinician first")
        advice = wrapped_label(SEE_CLINICIAN, "safety")
        self.body.addWidget(advice)
        self.body.addWidget(
            wrapped_label(
                "Nothing from today has been saved. Once a clinician has looked at your "
                "knee and says it is fine to load it, you can come back to KneeCheck."
            )
        )
        self.body.addStretch(1)
        self.done_button = self.add_button("Back to start", role="primary", stretch_before=True)
        self.done_button.clicked.connect(self.done)
