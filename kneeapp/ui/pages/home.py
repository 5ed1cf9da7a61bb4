"""The start screen: what KneeCheck is for, when to use it, what it is not."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kneeapp.ui.pages.base import Page, wrapped_label

ABOUT = (
    "KneeCheck walks you through the left/right checks a physical therapist uses for "
    "knee pain after running: how well your ankle and hip move, and how each side feels "
    "at the end of its range. It keeps your results on this computer and shows whether "
    "the difference between your two sides is shrinking."
)
WHEN = (
    "When to use it: the day after a run that made your knee hurt, then every week or "
    "two. Each check takes a minute or two per side."
)
NOT_A_DIAGNOSIS = (
    "What it is not: a diagnosis. It records what you notice. If your knee is swollen, "
    "locks or gives way, or the pain keeps you up at night, see a clinician."
)


class HomePage(Page):
    start_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()

    def __init__(self) -> None:
        super().__init__("KneeCheck", "A self-check for runners whose knees hurt after running")
        self.banner = wrapped_label("", "banner")
        self.banner.hide()
        self.body.addWidget(self.banner)
        for text in (ABOUT, WHEN, NOT_A_DIAGNOSIS):
            self.body.addWidget(wrapped_label(text))
        self.last_check = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.last_check)
        self.body.addStretch(1)
        self.settings_button = self.add_button("Settings")
        self.history_button = self.add_button("History and reports")
        self.start_button = self.add_button(
            "Start a self-check", role="primary", stretch_before=True
        )
        self.start_button.clicked.connect(self.start_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button.clicked.connect(self.settings_requested)

    def show_reminder(self, text: str) -> None:
        self.last_check.setText(text)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
